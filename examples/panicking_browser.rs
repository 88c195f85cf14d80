//! The browser, made to panic when asked to copy (`y`): the tmux tests use it to check
//! that a panic restores the terminal and prints its message readably. Test-only: the
//! release binary's host has no such switch; this one wraps it.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use woonbeleid::catalog::Catalog;
use woonbeleid::notes::Place;
use woonbeleid::notes::position::Position;
use woonbeleid::tui::{self, Done, Host, Job, Options, Stop, TerminalHost};
use woonbeleid::ui::theme::Theme;

struct Panicky(TerminalHost);

impl Host for Panicky {
    fn copy(&mut self, _: &str) -> io::Result<()> {
        panic!("deliberate panic: asked to copy");
    }
    fn write_markdown(&mut self, stem: &str, contents: &str) -> io::Result<PathBuf> {
        self.0.write_markdown(stem, contents)
    }
    fn start(&mut self, job: Job, catalog: Arc<Catalog>) -> Option<Done> {
        self.0.start(job, catalog)
    }
    fn prepare(&mut self, app: &mut woonbeleid::app::App) {
        self.0.prepare(app);
    }
    fn edit_note(&mut self, text: &str) -> io::Result<Option<String>> {
        self.0.edit_note(text)
    }
    fn save_note(&mut self, place: &Place, text: &str, base: &str) -> Result<String, String> {
        self.0.save_note(place, text, base)
    }
    fn save_bookmark(&mut self, place: &Place, on: bool) -> Result<(), String> {
        self.0.save_bookmark(place, on)
    }
    fn save_position(&mut self, position: &Position) {
        self.0.save_position(position);
    }
    fn suspend(&mut self, whom: Stop) -> io::Result<bool> {
        self.0.suspend(whom)
    }
}

fn main() -> Result<(), woonbeleid::commands::Failure> {
    let data = woonbeleid::store::embedded()?;
    let opts = Options {
        use_cache: false,
        mouse: true,
        theme: Theme::COLOUR,
        log: None,
        started: Instant::now(),
        fresh: true,
        accessible: false,
        grouping: woonbeleid::app::Grouping::ByCity,
        notices: &[],
    };
    tui::run_with(
        tui::DataSource::Ready(Box::new(Catalog::new(data))),
        &opts,
        Panicky,
    )?;
    Ok(())
}

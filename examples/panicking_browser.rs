//! The browser, made to panic when the help overlay opens: the tmux tests use it to check
//! that a panic restores the terminal and prints its message readably. Test-only; the
//! release binary has no such switch.

use std::time::Instant;

use woonbeleid::tui::{self, Options};
use woonbeleid::ui::theme::Theme;

fn main() -> Result<(), woonbeleid::commands::Failure> {
    let data = woonbeleid::store::embedded()?;
    let opts = Options {
        mouse: true,
        theme: Theme { color: true },
        log: None,
        started: Instant::now(),
        inspect: Some(|app| assert!(!app.help, "deliberate panic: the help overlay opened")),
    };
    tui::run(tui::DataSource::Ready(data), &opts)
}

//! A host of the test's own, recording what the loop asks of it, and the loop driven
//! over a script of events.

use crate::common;

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Instant;

use crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::App;
use woonbeleid::catalog::Catalog;
use woonbeleid::notes::position::Position;
use woonbeleid::notes::{Notes, Place};
use woonbeleid::store;
use woonbeleid::tui::event_loop::{self, Options};
use woonbeleid::tui::{Done, Event, Exit, Host, Job, Session, Stop};

#[derive(Default)]
pub struct Recorder {
    /// What the user's editor gives back; `None`: no editor, the built-in one opens.
    pub editor: Option<String>,
    pub notes: Vec<(Place, String)>,
    pub positions: Vec<Position>,
    pub copied: Vec<String>,
    pub written: Vec<(String, String)>,
    pub suspended: Vec<Stop>,
    /// Ctrl-z cannot stop the job (Windows, or a shell without job control).
    pub no_job_control: bool,
    /// Why the notes file refuses every note, if it does.
    pub notes_refused: Option<String>,
    /// The current folder cannot be written either.
    pub no_files: bool,
    pub searched: usize,
    /// What another process wrote to the notes file, read at the loop's next look.
    pub on_disk: Option<Notes>,
    /// The texts the user's editor was given, and the bases the saves were made on.
    pub given: Vec<String>,
    pub bases: Vec<String>,
}

impl Host for Recorder {
    fn copy(&mut self, text: &str) -> io::Result<()> {
        self.copied.push(text.to_owned());
        Ok(())
    }
    fn write_markdown(&mut self, stem: &str, contents: &str) -> io::Result<PathBuf> {
        if self.no_files {
            return Err(io::Error::other("read-only folder"));
        }
        self.written.push((stem.to_owned(), contents.to_owned()));
        Ok(PathBuf::from(format!("woonbeleid-{stem}.md")))
    }
    fn start(&mut self, job: Job, catalog: Arc<Catalog>) -> Option<Done> {
        self.searched += usize::from(matches!(job, Job::Search(_)));
        Some(job.run(&catalog, &|| true))
    }
    fn prepare(&mut self, _: &mut App) {}
    fn edit_note(&mut self, text: &str) -> io::Result<Option<String>> {
        self.given.push(text.to_owned());
        Ok(self.editor.clone())
    }
    fn reread_notes(&mut self, _: bool) -> Option<Result<Notes, String>> {
        self.on_disk.take().map(Ok)
    }
    fn save_note(&mut self, place: &Place, text: &str, base: &str) -> Result<String, String> {
        self.bases.push(base.to_owned());
        if let Some(why) = &self.notes_refused {
            return Err(why.clone());
        }
        self.notes.push((place.clone(), text.to_owned()));
        Ok(text.to_owned())
    }
    fn save_bookmark(&mut self, _: &Place, _: bool) -> Result<(), String> {
        Ok(())
    }
    fn save_position(&mut self, position: &Position) {
        self.positions.push(position.clone());
    }
    fn suspend(&mut self, whom: Stop) -> io::Result<bool> {
        if self.no_job_control && whom == Stop::Job {
            return Ok(false);
        }
        self.suspended.push(whom);
        Ok(true)
    }
}

pub fn key(c: char) -> Event {
    Event::Term(TermEvent::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

pub fn code(k: KeyCode) -> Event {
    Event::Term(TermEvent::Key(KeyEvent::new(k, KeyModifiers::NONE)))
}

pub fn ctrl(c: char) -> Event {
    Event::Term(TermEvent::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )))
}

pub fn browsing() -> Session {
    Session::Browsing(Box::new(App::new(
        Arc::new(Catalog::new(store::embedded().unwrap())),
        100,
        30,
    )))
}

/// Runs the loop over `events` (a quit is not added: the script says how it ends).
pub type Driven = (
    Result<Exit, woonbeleid::commands::Failure>,
    String,
    Recorder,
);

pub fn drive(session: Session, events: Vec<Event>) -> Driven {
    drive_with(Recorder::default(), session, events)
}

pub fn drive_with(mut host: Recorder, session: Session, events: Vec<Event>) -> Driven {
    let (tx, rx) = mpsc::channel();
    for e in events {
        tx.send(e).unwrap();
    }
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut opts = Options {
        theme: common::COLOR,
        mouse: true,
        log: None,
        started: Instant::now(),
    };
    drop(tx);
    let exit = event_loop::run(&mut terminal, session, &rx, &mut host, &mut opts);
    let screen = common::text_of(&terminal);
    (exit, screen, host)
}

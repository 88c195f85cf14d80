//! What the loop waits for: one channel, fed by the input, signal and worker threads.

use std::sync::Arc;

use super::jobs::Done;
use crate::cache;
use crate::catalog::Catalog;
use crate::commands::Failure;

/// Everything the loop waits for, on one channel.
#[derive(Debug)]
pub enum Event {
    /// A key, a mouse event or a resize.
    Term(crossterm::event::Event),
    /// A signal that ends the browser.
    Signal(i32),
    /// SIGTSTP from outside: suspend as Ctrl-z does.
    Stop,
    /// The terminal cannot be read any more (it was closed).
    InputGone,
    /// A dataset file was read, or could not be.
    Loaded(Result<Loaded, Failure>),
    /// Something worth saying about the dataset that came after it loaded (its snapshot
    /// could not be kept).
    Note(cache::Note),
    /// A background job finished.
    Done(Done),
}

impl Event {
    /// What the event was, for `--log`: a line, however much it carries (a loaded
    /// catalog's `Debug` is the whole dataset; a search's, every hit).
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Event::Term(e) => format!("{e:?}"),
            Event::Signal(n) => format!("Signal({n})"),
            Event::Stop => "Stop".to_owned(),
            Event::InputGone => "InputGone".to_owned(),
            Event::Loaded(Ok(l)) => format!("Loaded({} items)", l.catalog.len()),
            Event::Loaded(Err(e)) => format!("Loaded(failed: {e:?})"),
            Event::Note(n) => format!("Note({})", n.text),
            Event::Done(done) => done.describe(),
        }
    }
}

/// A dataset file as read, and what is worth saying about how (its snapshot).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Arc<Catalog>,
    pub notes: Vec<cache::Note>,
}

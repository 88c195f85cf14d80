//! What the loop asks of the world outside it: the terminal, files, threads. The real
//! host is `host::TerminalHost`; tests put a recorder in its place.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::{Done, Job};
use crate::app::App;
use crate::catalog::Catalog;
use crate::notes::position::Position;
use crate::notes::{Notes, Place};

/// What the loop cannot do itself: the outside world.
pub trait Host {
    /// Puts text on the clipboard.
    ///
    /// # Errors
    /// The terminal could not be written.
    fn copy(&mut self, text: &str) -> io::Result<()>;
    /// Writes a new Markdown file; returns its path.
    ///
    /// # Errors
    /// The folder could not be written.
    fn write_markdown(&mut self, stem: &str, contents: &str) -> io::Result<PathBuf>;
    /// Starts a background job. Its result comes back as `Event::Done`, unless the host
    /// answers at once (a test's host does, by default).
    fn start(&mut self, job: Job, catalog: Arc<Catalog>) -> Option<Done> {
        Some(job.run(&catalog, &|| true))
    }
    /// Readies a browser that was just made: the user's notes, and the last position.
    fn prepare(&mut self, app: &mut App);
    /// Edits a note in the user's own editor; `None` when there is none.
    ///
    /// # Errors
    /// The editor could not be run, or its file read back.
    fn edit_note(&mut self, text: &str) -> io::Result<Option<String>>;
    /// Stores a note, merged with what is on disk; returns what was stored.
    ///
    /// # Errors
    /// Why the notes file cannot be written, in a line.
    fn save_note(&mut self, place: &Place, text: &str, base: &str) -> Result<String, String>;
    /// The notes as they are on disk when they changed since last read (always read with
    /// `force`): `None` when they did not.
    fn reread_notes(&mut self, _force: bool) -> Option<Result<Notes, String>> {
        None
    }
    /// Stores a bookmark.
    ///
    /// # Errors
    /// Why the notes file cannot be written, in a line.
    fn save_bookmark(&mut self, place: &Place, on: bool) -> Result<(), String>;
    /// Reads the dataset file again, from the RON (its snapshot was found damaged); the
    /// catalog comes back as `Event::Loaded`. Whether it is being read.
    fn reload(&mut self) -> bool {
        false
    }
    /// Adds what was accepted in the filter or the search to the history of the next runs.
    fn remember(&mut self, _input: crate::notes::history::Input, _typed: &str) {}
    /// Keeps where the browser was left, for the next start.
    fn save_position(&mut self, position: &Position);
    /// Hands the terminal back and stops until resumed: the whole job for Ctrl-z, as the
    /// terminal would stop it, or only this process for a SIGTSTP sent to it.
    ///
    /// # Errors
    /// The terminal could not be restored or taken back.
    /// Whether it stopped: Ctrl-z does not where nobody could continue it (no job control).
    fn suspend(&mut self, whom: Stop) -> io::Result<bool>;
}

/// Who stops on a suspend.
pub use crate::platform::Stop;

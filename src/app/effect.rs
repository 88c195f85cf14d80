//! Work only the terminal loop can do, handed back by `App::take_effects`: the app stays
//! free of terminals, clipboards, files and threads, so tests see exactly what it asked.

use super::action::Find;
use super::find::SearchJob;
use crate::notes::Place;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard (OSC 52, so it works over SSH).
    Copy(String),
    /// Write a Markdown file in the current folder, named from `stem`, never overwriting.
    WriteMarkdown { stem: String, contents: String },
    /// Run a text search away from the keys and hand its outcome to `App::search_done`.
    Search(SearchJob),
    /// Build the related-texts index away from the keys and hand it to
    /// `App::related_ready`.
    BuildRelated,
    /// Hand the terminal back and stop the process until the shell resumes it.
    Suspend,
    /// Edit a note in the user's editor (`$VISUAL`, `$EDITOR`) and hand the text to
    /// `App::note_edited`, or, without one, to `App::open_editor`.
    EditNote { place: Place, text: String },
    /// Store a note (merged into the notes file) and hand what was stored to
    /// `App::note_saved`. `base` is the text the edit began from: a version on disk that
    /// is neither is another writer's, kept beside it.
    SaveNote {
        place: Place,
        text: String,
        base: String,
    },
    /// Store a bookmark and confirm with `App::bookmark_saved`.
    SaveBookmark { place: Place, on: bool },
    /// Add what was accepted in an input to the history kept for the next run.
    Remember { which: Find, typed: String },
}

/// Terminals drop (or paint) clipboard requests much above this: OSC 52 is commonly capped
/// near 100 kB of base64 (xterm, tmux, kitty), and a copy that vanishes is worse than a
/// refusal that says why.
pub const COPY_LIMIT: usize = 74_000;

/// The most a file written from the browser may hold: it is built on the key thread, and
/// at this size building it takes 40 ms (marked texts) to 65 ms (the grid), within a key's 100 ms (measured in
/// `benches/find.rs`, `export_limit`). Larger outputs are refused with the reason, and the
/// command line (`export`, `show`) writes any size.
pub const WRITE_LIMIT: usize = 10_000_000;

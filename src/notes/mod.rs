//! The user's own layer over the dataset: a note per item, bookmarks, and where the
//! browser was left. Items are named by city and title, so a refreshed dataset keeps them;
//! a note whose item is gone is an orphan, listed, never dropped.
//!
//! Losing what the user wrote is the worst failure this tool can have, hence the rules in
//! `file` and `store`: every write is atomic and merged under a lock into what is on disk,
//! a file that cannot be read is never overwritten, and a note changed in two places keeps
//! both versions.

pub mod cli;
pub mod file;
pub mod home;
pub mod position;
pub mod store;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use store::NoteStore;

/// An item by name: what survives a dataset refresh.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub city: String,
    pub title: String,
}

impl Place {
    #[must_use]
    pub fn new(city: &str, title: &str) -> Place {
        Place {
            city: city.to_owned(),
            title: title.to_owned(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} › {}", self.city, self.title)
    }
}

/// The notes and bookmarks, in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    pub notes: BTreeMap<Place, String>,
    pub bookmarks: BTreeSet<Place>,
}

impl Notes {
    #[must_use]
    pub fn note(&self, place: &Place) -> Option<&str> {
        self.notes.get(place).map(String::as_str)
    }

    /// Sets a note; empty (or blank) text removes it.
    pub fn set(&mut self, place: Place, text: &str) {
        if text.trim().is_empty() {
            self.notes.remove(&place);
        } else {
            self.notes.insert(place, text.trim_end().to_owned());
        }
    }
}

/// Why the notes cannot be read or written. Never a reason to overwrite the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotesError {
    #[error("{}{}: cannot be read: {why}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Unreadable {
        path: PathBuf,
        line: Option<usize>,
        why: String,
    },
    #[error("{}: written by a newer woonbeleid (format {version}, this one reads up to {})", path.display(), file::VERSION)]
    Newer { path: PathBuf, version: u32 },
    #[error("{}: cannot be written: {why}", path.display())]
    Unwritable { path: PathBuf, why: String },
    #[error("no folder for the notes: {0} (set WOONBELEID_HOME)")]
    NoHome(String),
}

/// The OS's reason without Rust's " (os error N)".
pub(crate) fn reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

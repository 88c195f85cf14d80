//! The notes file on disk: human-readable RON with a version, read whole, written whole
//! and atomically (a temporary file beside it, synced, renamed over it, the folder synced),
//! under a lock that two processes share.

use std::collections::btree_map::Entry;
use std::fs::{self, File};
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::store::read::regular;
use crate::store::write::Durability;

use super::error::{NotesError, reason};
use super::place::{Notes, Place};

/// The format this version writes, and the newest it reads.
pub const VERSION: u32 = 1;
pub const NOTES: &str = "notes.ron";
const LOCK: &str = "notes.lock";

// Unknown fields are refused at every level: a misspelt `note:` read as "no notes" would
// be overwritten by the next write, and the user's notes with it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Notes", deny_unknown_fields)]
struct OnDisk {
    version: u32,
    #[serde(default)]
    notes: Vec<Note>,
    #[serde(default)]
    bookmarks: Vec<Place>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Note {
    city: String,
    title: String,
    text: String,
}

/// Reads the notes; a missing file is no notes.
///
/// # Errors
/// A file that exists but cannot be read or parsed, holds two different notes for one
/// item, or is of a newer format.
pub fn read(dir: &Path) -> Result<Notes, NotesError> {
    let path = dir.join(NOTES);
    let unreadable = |line: Option<usize>, why: String| NotesError::Unreadable {
        path: path.clone(),
        line,
        why,
    };
    let Some(text) = read_regular(&path).map_err(|e| unreadable(None, reason(&e)))? else {
        return Ok(Notes::default());
    };
    // Windows' Notepad writes a byte-order mark; a dataset with one loads, so does this.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let disk: OnDisk = ron::from_str(text).map_err(|e| {
        let why = crate::strings::files::at_column(
            e.span.start.col,
            &crate::strings::ron::reason(&e.code),
        );
        unreadable(Some(e.span.start.line), why)
    })?;
    if disk.version > VERSION {
        return Err(NotesError::Newer {
            path,
            version: disk.version,
            reads: VERSION,
        });
    }
    gather(disk).map_err(|why| unreadable(None, why))
}

/// The notes of the file; one item's note twice with different texts is refused rather
/// than reduced to one (the same text twice loses nothing and is taken once).
fn gather(disk: OnDisk) -> Result<Notes, String> {
    let mut notes = Notes::default();
    for n in disk.notes {
        match notes.notes.entry(Place {
            city: n.city,
            title: n.title,
        }) {
            Entry::Vacant(v) => _ = v.insert(n.text),
            Entry::Occupied(o) if *o.get() == n.text => {}
            Entry::Occupied(o) => {
                return Err(crate::strings::cli::two_notes(&o.key().to_string()));
            }
        }
    }
    notes.bookmarks.extend(disk.bookmarks);
    Ok(notes)
}

/// A file of ours read whole; `None` when there is none. Anything but a regular file is
/// refused before it is opened: opening a FIFO would wait for a writer forever.
///
/// # Errors
/// The file is not a regular file, or cannot be read.
pub(crate) fn read_regular(path: &Path) -> io::Result<Option<String>> {
    match regular(path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    }
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// The notes as the file holds them.
///
/// # Errors
/// Never for these types in practice; `ron` says it may fail.
pub fn to_ron(notes: &Notes) -> Result<String, ron::Error> {
    let disk = OnDisk {
        version: VERSION,
        notes: notes
            .notes
            .iter()
            .map(|(p, text)| Note {
                city: p.city.clone(),
                title: p.title.clone(),
                text: text.clone(),
            })
            .collect(),
        bookmarks: notes.bookmarks.iter().cloned().collect(),
    };
    // LF on every platform (RON's default is CRLF on Windows), as the dataset is written:
    // one file reads the same wherever it was made.
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .new_line("\n");
    ron::ser::to_string_pretty(&disk, config).map(|s| s + "\n")
}

/// Writes the notes: after this returns, a crash at any moment leaves the old file or the
/// new one, never a mix.
///
/// # Errors
/// The folder cannot be made or written.
pub fn write(dir: &Path, notes: &Notes) -> Result<(), NotesError> {
    let path = dir.join(NOTES);
    let fail = |e: io::Error| NotesError::Unwritable {
        path: path.clone(),
        why: reason(&e),
    };
    let text = to_ron(notes).map_err(|e| NotesError::Unwritable {
        path: path.clone(),
        why: e.to_string(),
    })?;
    // A file made read-only is the user's way of saying "leave it": a dataset target is
    // refused without --force, and the notes are never forced.
    if fs::metadata(&path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(NotesError::Unwritable {
            path,
            why: crate::strings::cli::NOTES_READ_ONLY.to_string(),
        });
    }
    replace(dir, NOTES, text.as_bytes()).map_err(fail)
}

/// Replaces `dir/name` with `contents` atomically and durably, as `store::write` replaces
/// a dataset (its temporary files, their clean-up on signals and after a killed writer).
///
/// # Errors
/// The folder cannot be made or written.
pub fn replace(dir: &Path, name: &str, contents: &[u8]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    crate::store::write::replace(&dir.join(name), false, Durability::Always, |w| {
        w.write_all(contents)
    })
    .map_err(|refused| io::Error::other(refused.reason()))?;
    crate::platform::sync_folder(dir)
}

/// Holds the folder's lock while alive: readers and writers of the notes take turns.
pub struct Lock(File);

/// Takes the lock, waiting for another process to let go.
///
/// # Errors
/// The folder cannot be made or the lock file opened.
pub fn lock(dir: &Path) -> Result<Lock, NotesError> {
    let path = dir.join(LOCK);
    let fail = |e: io::Error| NotesError::Unwritable {
        path: path.clone(),
        why: reason(&e),
    };
    fs::create_dir_all(dir).map_err(fail)?;
    match regular(&path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(fail(e)),
        _ => {}
    }
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(fail)?;
    file.lock().map_err(fail)?;
    Ok(Lock(file))
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

#[cfg(test)]
mod tests;

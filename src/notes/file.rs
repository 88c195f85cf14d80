//! The notes file on disk: human-readable RON with a version, read whole, written whole
//! and atomically (a temporary file beside it, synced, renamed over it, the folder synced),
//! under a lock that two processes share.

use std::fs::{self, File};
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::store::write::Durability;

use super::{Notes, NotesError, Place, reason};

/// The format this version writes, and the newest it reads.
pub const VERSION: u32 = 1;
pub const NOTES: &str = "notes.ron";
const LOCK: &str = "notes.lock";

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename = "Notes")]
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
/// A file that exists but cannot be read or parsed, or is of a newer format.
pub fn read(dir: &Path) -> Result<Notes, NotesError> {
    let path = dir.join(NOTES);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Notes::default()),
        Err(e) => {
            return Err(NotesError::Unreadable {
                path,
                why: reason(&e),
            });
        }
    };
    let disk: OnDisk = ron::from_str(&text).map_err(|e| NotesError::Unreadable {
        path: path.clone(),
        why: format!(
            "line {}, column {}: {}",
            e.span.start.line, e.span.start.col, e.code
        ),
    })?;
    if disk.version > VERSION {
        return Err(NotesError::Newer {
            path,
            version: disk.version,
        });
    }
    let mut notes = Notes::default();
    for n in disk.notes {
        notes.notes.insert(
            Place {
                city: n.city,
                title: n.title,
            },
            n.text,
        );
    }
    notes.bookmarks.extend(disk.bookmarks);
    Ok(notes)
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
    let config = ron::ser::PrettyConfig::new().struct_names(true);
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
    replace(dir, NOTES, text.as_bytes()).map_err(fail)
}

/// Replaces `dir/name` with `contents` atomically and durably, as `store::write` replaces
/// a dataset (its temporary files, their clean-up on signals and after a killed writer).
///
/// # Errors
/// The folder cannot be made or written.
pub fn replace(dir: &Path, name: &str, contents: &[u8]) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    crate::store::write::replace(&dir.join(name), true, Durability::Always, |w| {
        w.write_all(contents)
    })
    .map_err(|refused| io::Error::other(refused.reason()))?;
    // The rename itself is durable only once the folder is.
    File::open(dir)?.sync_all()
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
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip_and_a_missing_file_is_none() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path()).unwrap(), Notes::default());
        let mut notes = Notes::default();
        notes.set(
            Place::new("Gent", "Lokaal woonoverleg"),
            "Vraag \"Gent\"\nhoe\\ ze het doen ✎",
        );
        notes
            .bookmarks
            .insert(Place::new("Aalst", "Lokale woonraad"));
        write(dir.path(), &notes).unwrap();
        assert_eq!(read(dir.path()).unwrap(), notes);
        let text = fs::read_to_string(dir.path().join(NOTES)).unwrap();
        assert!(
            text.starts_with("Notes(\n    version: 1,"),
            "readable by a person: {text}"
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [NOTES], "no temporary file left");
    }

    #[test]
    fn broken_or_newer_files_are_errors_not_empty() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(NOTES), "Notes(version: 1, notes: [").unwrap();
        assert!(matches!(
            read(dir.path()),
            Err(NotesError::Unreadable { .. })
        ));
        fs::write(dir.path().join(NOTES), "Notes(version: 7)").unwrap();
        assert!(matches!(
            read(dir.path()),
            Err(NotesError::Newer { version: 7, .. })
        ));
        fs::write(dir.path().join(NOTES), "Notes(version: 0)").unwrap();
        assert_eq!(
            read(dir.path()).unwrap(),
            Notes::default(),
            "an older format reads"
        );
    }

    #[test]
    fn leftovers_of_dead_writers_go_and_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir
            .path()
            .join(format!(".{NOTES}.woonbeleid-tmp-999999999"));
        let live = dir.path().join(format!(".{NOTES}.woonbeleid-tmp-1"));
        fs::write(&dead, "half").unwrap();
        fs::write(&live, "bezig").unwrap();
        write(dir.path(), &Notes::default()).unwrap();
        assert!(!dead.exists(), "a killed writer's file is removed");
        assert!(
            live.exists(),
            "pid 1 is alive: its file is not ours to take"
        );
    }

    #[test]
    fn a_leftover_of_an_earlier_run_with_this_process_id_does_not_block_writing() {
        // Containers often give every run the same pid: its own leftover is not a writer.
        let dir = tempfile::tempdir().unwrap();
        let own = dir
            .path()
            .join(format!(".{NOTES}.woonbeleid-tmp-{}", std::process::id()));
        fs::write(&own, "half").unwrap();
        let mut notes = Notes::default();
        notes.set(Place::new("Gent", "X"), "bewaard");
        write(dir.path(), &notes).unwrap();
        assert_eq!(read(dir.path()).unwrap(), notes);
        assert!(!own.exists());
    }

    #[test]
    fn blank_text_removes_a_note() {
        let mut notes = Notes::default();
        let p = Place::new("Gent", "X");
        notes.set(p.clone(), "iets\n\n");
        assert_eq!(notes.note(&p), Some("iets"));
        notes.set(p.clone(), " \n ");
        assert_eq!(notes.note(&p), None);
    }
}

//! The notes as one process holds them, written back by merging into what is on disk under
//! the folder's lock: two browsers (or a browser and a script) never lose each other's
//! notes, and a note changed in both since it was read keeps both versions, marked.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::error::NotesError;
use super::file;
use super::place::{Notes, Place};

pub use crate::strings::notes::CONFLICT_START;
pub const CONFLICT_END: &str = ">>>>>>>";

#[derive(Debug)]
pub struct NoteStore {
    dir: PathBuf,
    /// The notes as this process last read or wrote them: the base a change is made on.
    seen: Notes,
    /// The file as it was when last read: a change says someone wrote it since.
    stamp: Option<Stamp>,
}

/// What the notes file looked like: its length and time of change, enough to tell a
/// write (every write replaces the file) without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(dir: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(dir.join(file::NOTES)).ok()?;
    Some(Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

impl NoteStore {
    /// Reads the notes in `dir`.
    ///
    /// # Errors
    /// A notes file that cannot be read; it is left untouched.
    pub fn open(dir: &Path) -> Result<NoteStore, NotesError> {
        let stamp = stamp(dir);
        Ok(NoteStore {
            dir: dir.to_owned(),
            seen: file::read(dir)?,
            stamp,
        })
    }

    /// Reads the file again when it was written since it was last read (or always, with
    /// `force`): what another browser or `woonbeleid note --set` wrote becomes what this
    /// process has seen, to be shown. Whether the notes differ from what was seen.
    ///
    /// # Errors
    /// The file cannot be read now; what was seen stays, and nothing will be written
    /// until it can be (every write reads it first).
    pub fn reread(&mut self, force: bool) -> Result<bool, NotesError> {
        let now = stamp(&self.dir);
        if now == self.stamp && !force {
            return Ok(false);
        }
        // Taken before the read, so a write between the two is read at the next look.
        self.stamp = now;
        let disk = file::read(&self.dir)?;
        let changed = disk != self.seen;
        self.seen = disk;
        Ok(changed)
    }

    #[must_use]
    pub fn notes(&self) -> &Notes {
        &self.seen
    }

    /// Reads the disk under the lock, applies `change` to it, writes it back. Only the
    /// `places` written become what this process has seen: another process's change to
    /// any other note stays unseen, so editing that note later still finds the conflict
    /// (taking the whole disk as seen would let a stale text overwrite it silently).
    fn update<T>(
        &mut self,
        places: &[&Place],
        change: impl FnOnce(&mut Notes, &Notes) -> T,
    ) -> Result<T, NotesError> {
        let _lock = file::lock(&self.dir)?;
        let mut disk = file::read(&self.dir)?;
        let out = change(&mut disk, &self.seen);
        file::write(&self.dir, &disk)?;
        for &place in places {
            self.seen
                .set(place.clone(), disk.note(place).unwrap_or_default());
            if disk.bookmarks.contains(place) {
                self.seen.bookmarks.insert(place.clone());
            } else {
                self.seen.bookmarks.remove(place);
            }
        }
        Ok(out)
    }

    /// Sets a note (empty text removes it); returns what was stored, which holds both
    /// versions when another process changed the same note since this one read it.
    ///
    /// # Errors
    /// The notes file cannot be read (then nothing is written) or written.
    pub fn set_note(&mut self, place: &Place, text: &str) -> Result<String, NotesError> {
        let base = self.seen.note(place).map(str::to_owned);
        self.set_note_over(place, text, base.as_deref())
    }

    /// Sets a note that was edited from `base` (what the editor was given): another
    /// version on disk that is neither `base` nor the new text is kept beside it, marked,
    /// even when this process read it while the editor was open.
    ///
    /// # Errors
    /// As `set_note`.
    pub fn set_note_over(
        &mut self,
        place: &Place,
        text: &str,
        base: Option<&str>,
    ) -> Result<String, NotesError> {
        let base = base.filter(|b| !b.trim().is_empty());
        self.update(&[place], |disk, _| {
            let theirs = disk.note(place);
            let ours = text.trim_end();
            let stored = match theirs {
                Some(t) if Some(t) != base && t != ours => conflict(ours, &CONFLICT_START, t),
                _ => ours.to_owned(),
            };
            disk.set(place.clone(), &stored);
            disk.note(place).unwrap_or_default().to_owned()
        })
    }

    /// Adds or removes a bookmark.
    ///
    /// # Errors
    /// As `set_note`.
    pub fn set_bookmark(&mut self, place: &Place, on: bool) -> Result<(), NotesError> {
        self.update(&[place], |disk, _| {
            if on {
                disk.bookmarks.insert(place.clone());
            } else {
                disk.bookmarks.remove(place);
            }
        })
    }

    /// Re-attaches a note and a bookmark from one title to another (a renamed item).
    /// Whether there was anything to move.
    ///
    /// # Errors
    /// As `set_note`.
    pub fn move_place(&mut self, from: &Place, to: &Place) -> Result<bool, NotesError> {
        self.update(&[from, to], |disk, _| {
            let mut moved = false;
            if let Some(text) = disk.notes.remove(from) {
                let joined = match disk.notes.remove(to) {
                    Some(there) if there != text => conflict(
                        &there,
                        &crate::strings::notes::moved_from(&from.title),
                        &text,
                    ),
                    _ => text,
                };
                disk.notes.insert(to.clone(), joined);
                moved = true;
            }
            if disk.bookmarks.remove(from) {
                disk.bookmarks.insert(to.clone());
                moved = true;
            }
            moved
        })
    }
}

/// Both versions of a note, ours first, the other marked with `why` so a reader sees what
/// happened.
fn conflict(ours: &str, why: &str, theirs: &str) -> String {
    format!("{ours}\n\n{why}\n{theirs}\n{CONFLICT_END}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_stores_merge_instead_of_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = NoteStore::open(dir.path()).unwrap();
        let mut b = NoteStore::open(dir.path()).unwrap();
        let (gent, aalst) = (Place::new("Gent", "X"), Place::new("Aalst", "Y"));
        a.set_note(&gent, "van a").unwrap();
        b.set_note(&aalst, "van b").unwrap();
        let disk = file::read(dir.path()).unwrap();
        assert_eq!(
            (disk.note(&gent), disk.note(&aalst)),
            (Some("van a"), Some("van b"))
        );
        b.set_bookmark(&gent, true).unwrap();
        a.set_bookmark(&aalst, true).unwrap();
        assert_eq!(file::read(dir.path()).unwrap().bookmarks.len(), 2);
    }

    #[test]
    fn a_note_changed_in_both_keeps_both_versions() {
        let dir = tempfile::tempdir().unwrap();
        let p = Place::new("Gent", "X");
        let mut a = NoteStore::open(dir.path()).unwrap();
        a.set_note(&p, "eerst").unwrap();
        let mut b = NoteStore::open(dir.path()).unwrap();
        a.set_note(&p, "a schreef dit").unwrap();
        let stored = b.set_note(&p, "b schreef dat").unwrap();
        assert!(stored.starts_with("b schreef dat\n\n<<<<<<<"), "{stored}");
        assert!(stored.contains("a schreef dit") && stored.ends_with(CONFLICT_END));
        // Writing on top of what one has seen is no conflict.
        let again = b.set_note(&p, "opgelost").unwrap();
        assert_eq!(again, "opgelost");
        // Nor is writing what is already there.
        let mut c = NoteStore::open(dir.path()).unwrap();
        b.set_note(&p, "zelfde").unwrap();
        assert_eq!(c.set_note(&p, "zelfde").unwrap(), "zelfde");
    }

    #[test]
    fn writing_one_note_does_not_take_another_process_s_changes_as_seen() {
        let dir = tempfile::tempdir().unwrap();
        let (edited, other) = (Place::new("Gent", "P"), Place::new("Gent", "Q"));
        let mut first = NoteStore::open(dir.path()).unwrap();
        first.set_note(&edited, "oud").unwrap();
        let mut second = NoteStore::open(dir.path()).unwrap();
        second.set_note(&edited, "van b").unwrap();
        // A writes another note; its user still sees "oud" for P, then edits P.
        first.set_note(&other, "iets anders").unwrap();
        assert_eq!(
            first.notes().note(&edited),
            Some("oud"),
            "only Q became seen"
        );
        let stored = first.set_note(&edited, "van a").unwrap();
        assert!(
            stored.contains("van a") && stored.contains("van b"),
            "{stored}"
        );
        // The same for bookmarks and moves: B's note on P is not taken as seen by A.
        let mut third = NoteStore::open(dir.path()).unwrap();
        second.set_note(&edited, "weer b").unwrap();
        third.set_bookmark(&other, true).unwrap();
        third.move_place(&other, &Place::new("Gent", "R")).unwrap();
        assert_ne!(third.notes().note(&edited), Some("weer b"));
    }

    #[test]
    fn what_another_process_wrote_is_read_again_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = Place::new("Aalst", "Lokaal woonoverleg");
        let mut browser = NoteStore::open(dir.path()).unwrap();
        assert!(!browser.reread(false).unwrap(), "nothing written yet");
        NoteStore::open(dir.path())
            .unwrap()
            .set_note(&p, "van de shell")
            .unwrap();
        assert!(browser.reread(false).unwrap());
        assert_eq!(browser.notes().note(&p), Some("van de shell"));
        assert!(!browser.reread(false).unwrap(), "read once");
        assert!(!browser.reread(true).unwrap(), "forced, but the same");
        // Its own write is nothing new to show.
        browser.set_note(&p, "van de browser").unwrap();
        assert!(!browser.reread(false).unwrap());
        // Now the editing in the browser starts from what it read: no conflict.
        NoteStore::open(dir.path())
            .unwrap()
            .set_note(&p, "weer de shell")
            .unwrap();
        assert!(browser.reread(true).unwrap());
        assert_eq!(browser.set_note(&p, "samen").unwrap(), "samen");
    }

    #[test]
    fn a_note_written_elsewhere_while_the_editor_was_open_is_kept_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = Place::new("Gent", "X");
        let mut browser = NoteStore::open(dir.path()).unwrap();
        browser.set_note(&p, "begin").unwrap();
        // The editor opens on "begin"; meanwhile a script writes, and the browser reads it.
        NoteStore::open(dir.path())
            .unwrap()
            .set_note(&p, "van het script")
            .unwrap();
        assert!(browser.reread(false).unwrap());
        let stored = browser
            .set_note_over(&p, "uit de editor", Some("begin"))
            .unwrap();
        assert!(
            stored.starts_with("uit de editor\n\n<<<<<<<") && stored.contains("van het script"),
            "{stored}"
        );
        // Edited from what is there: no conflict; from nothing onto nothing: none either.
        let stored = browser
            .set_note_over(&p, "opgelost", Some(&stored))
            .unwrap();
        assert_eq!(stored, "opgelost");
        let q = Place::new("Gent", "Y");
        assert_eq!(
            browser.set_note_over(&q, "nieuw", Some("")).unwrap(),
            "nieuw"
        );
    }

    #[test]
    fn an_unreadable_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(file::NOTES), "kapot(").unwrap();
        assert!(NoteStore::open(dir.path()).is_err());
        let mut store = NoteStore {
            dir: dir.path().to_owned(),
            seen: Notes::default(),
            stamp: None,
        };
        assert!(store.set_note(&Place::new("A", "B"), "x").is_err());
        assert_eq!(
            std::fs::read_to_string(dir.path().join(file::NOTES)).unwrap(),
            "kapot("
        );
    }

    #[test]
    fn moving_a_renamed_title_keeps_note_and_bookmark() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = NoteStore::open(dir.path()).unwrap();
        let (old, new) = (Place::new("Gent", "Oud"), Place::new("Gent", "Nieuw"));
        s.set_note(&old, "mijn notitie").unwrap();
        s.set_bookmark(&old, true).unwrap();
        assert!(s.move_place(&old, &new).unwrap());
        assert_eq!(s.notes().note(&new), Some("mijn notitie"));
        assert!(s.notes().note(&old).is_none() && s.notes().bookmarks.contains(&new));
        assert!(!s.move_place(&old, &new).unwrap(), "nothing left to move");
    }
}

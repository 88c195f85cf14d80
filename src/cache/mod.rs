//! Snapshots of RON datasets, kept in the user's cache folder: the RON stays the source;
//! a snapshot is only a faster way to read it, used when it matches the RON exactly
//! (size, modification time and content hash) and rebuilt from the RON otherwise. A
//! folder that cannot be written only costs speed, said once.

use std::fs;
use std::io;
use std::path::Path;

use crate::catalog::Catalog;
use crate::catalog::snapshot::{self, Key};
use crate::model::Dataset;

mod folder;
mod keep;
mod key;
mod note;
mod prune;
mod read;

pub use folder::{ENV, dir, snapshot_path};
pub use keep::{Pending, forget, forget_in, keep};
use key::{Hashing, mtime_ns, open_regular};
pub use key::{Keyed, Written, key, key_of_written};
pub use note::Note;

/// A dataset file as opened: its catalog, what is worth saying about how it was read, and,
/// when it was read from the RON, the snapshot still to be written.
#[derive(Debug)]
pub struct Opened {
    pub catalog: Catalog,
    pub notes: Vec<Note>,
    pub pending: Option<Pending>,
    /// A snapshot used before the RON's hash was known: whether it was the right one.
    pub unverified: Option<Unverified>,
}

/// When the RON's content hash is compared with the snapshot's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Before the snapshot is used: a command's output cannot be taken back.
    Before,
    /// After, when size and time agree: the browser shows the snapshot at once (hashing a
    /// gigabyte of RON took 300 ms of a 500 ms start) and rereads the RON if the hash
    /// then disagrees, as it does for a snapshot found damaged.
    After,
}

/// The hash of the RON still being worked out, and the one the snapshot used was made for.
#[derive(Debug)]
pub struct Unverified {
    hashing: Hashing,
    expected: Key,
    snapshot: std::path::PathBuf,
}

impl Unverified {
    /// Waits for the hash: false when the RON is not what the snapshot was made from. A
    /// RON that can no longer be read says nothing against the snapshot.
    #[must_use]
    pub fn holds(self) -> bool {
        match self.hashing.join() {
            Ok(Ok((key, at_rest))) => {
                if key == self.expected {
                    seen_at_rest(&self.snapshot, &key, at_rest);
                }
                key == self.expected
            }
            Ok(Err(_)) => true,
            Err(_) => false,
        }
    }
}

/// Records in the snapshot where its RON stands, once a hash of the RON at rest agreed
/// with it: the next open needs no hash while the RON stays there unchanged. A slot that
/// cannot be written only costs the next open its hash.
fn seen_at_rest(snapshot: &Path, key: &Key, at_rest: Option<snapshot::Seen>) {
    if let Some(seen) = at_rest {
        let _ = snapshot::mark_seen(snapshot, key, seen);
    }
}

/// A dataset file's catalog: from its snapshot when that is current, else from the RON
/// (then the snapshot is rebuilt for next time). `load_ron` reads the RON without the
/// cache, and whenever the cache cannot read or parse it itself (its errors are the
/// caller's to show); a snapshot is made only of bytes the cache read and hashed itself.
///
/// # Errors
/// `load_ron`'s, when the RON has to be read.
pub fn open<E>(
    ron: &Path,
    use_cache: bool,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<(Catalog, Vec<Note>), E> {
    Ok(kept(open_later(ron, use_cache, load_ron)?))
}

/// `open`, leaving the snapshot to write to the caller (`Opened::pending`).
///
/// # Errors
/// As `open`.
pub fn open_later<E>(
    ron: &Path,
    use_cache: bool,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<Opened, E> {
    open_checked(ron, use_cache, Check::Before, load_ron)
}

/// `open_later`, the RON's hash compared when `check` says.
///
/// # Errors
/// As `open`.
pub fn open_checked<E>(
    ron: &Path,
    use_cache: bool,
    check: Check,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<Opened, E> {
    if !use_cache {
        return Ok(Opened {
            catalog: Catalog::new(load_ron(ron)?),
            notes: Vec::new(),
            pending: None,
            unverified: None,
        });
    }
    if let Some(folder) = dir() {
        return open_in_checked(&folder, ron, check, load_ron);
    }
    Ok(Opened {
        catalog: Catalog::new(load_ron(ron)?),
        notes: vec![Note::warn(crate::strings::cli::NO_CACHE_FOLDER.into())],
        pending: None,
        unverified: None,
    })
}

/// `open`, with the snapshots in `folder`.
///
/// # Errors
/// As `open`.
pub fn open_in<E>(
    folder: &Path,
    ron: &Path,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<(Catalog, Vec<Note>), E> {
    Ok(kept(open_in_checked(folder, ron, Check::Before, load_ron)?))
}

fn kept(opened: Opened) -> (Catalog, Vec<Note>) {
    let Opened {
        catalog,
        mut notes,
        pending,
        unverified: _,
    } = opened;
    notes.extend(pending.and_then(|p| p.keep(&catalog)));
    (catalog, notes)
}

/// `open_checked`, with the snapshots in `folder`.
///
/// # Errors
/// As `open`.
pub fn open_in_checked<E>(
    folder: &Path,
    ron: &Path,
    check: Check,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<Opened, E> {
    let path = snapshot_path(folder, ron);
    if let Some(opened) = open_at_rest(&path, ron) {
        return Ok(opened);
    }
    // The RON's hash and the snapshot's reading overlap: two cores, half the wait.
    let hashing = Hashing::start(ron);
    let hashing = match check {
        Check::Before => hashing,
        Check::After => match open_unverified(&path, ron, hashing) {
            Ok(opened) => return Ok(opened),
            Err(hashing) => hashing,
        },
    };
    match reuse(&path, hashing) {
        Ok(catalog) => {
            prune::used(&path);
            let notes = vec![Note::log(crate::strings::snapshot::used(
                &path.display().to_string(),
            ))];
            Ok(Opened {
                catalog,
                notes,
                pending: None,
                unverified: None,
            })
        }
        Err(why) => {
            let notes = not_used(&path, &why).into_iter().collect();
            // The hash worked out beside the snapshot's reading was of another read: the
            // key kept is of the bytes parsed.
            let (catalog, key) = read::parsed(ron, load_ron)?;
            Ok(Opened {
                catalog,
                notes,
                pending: key.map(|key| Pending {
                    folder: folder.to_owned(),
                    ron: ron.to_owned(),
                    key: Some(key),
                }),
                unverified: None,
            })
        }
    }
}

/// The snapshot at `path`, if the RON stands where its last agreeing hash found it at
/// rest: the same device, inode, change time, size and modification time. A write, a
/// rename over it, `cp -p`, `rsync -t` or `touch` all move the change time, which nothing
/// sets back; Windows gives none, so there the hash is always compared.
fn open_at_rest(path: &Path, ron: &Path) -> Option<Opened> {
    // The slot first: where none was ever written (always on Windows) the RON is not
    // opened an extra time, which there would hold up a rename over it.
    let file = open_regular(path).ok()?;
    let (key, seen) = snapshot::key_and_seen(&file).ok()?;
    let seen = seen?;
    // Opened, not only looked at: a snapshot answers only for a RON its reader may read.
    let meta = open_regular(ron).and_then(|f| f.metadata()).ok()?;
    if crate::platform::identity(&meta) != Some(seen)
        || key.len != meta.len()
        || key.mtime_ns != mtime_ns(&meta)
    {
        return None;
    }
    let catalog = snapshot::open(file, key).ok()?;
    prune::used(path);
    Some(Opened {
        catalog,
        notes: vec![Note::log(crate::strings::snapshot::used_unchanged(
            &path.display().to_string(),
        ))],
        pending: None,
        unverified: None,
    })
}

/// The snapshot at `path`, once the RON's hash says it is of this RON.
fn reuse(path: &Path, hashing: Hashing) -> Result<Catalog, snapshot::Unusable> {
    let opened = open_regular(path).map_err(snapshot::Unusable::Io);
    let key = hashing.join().ok().and_then(Result::ok);
    match (opened, key) {
        (Ok(file), Some((key, at_rest))) => {
            let catalog = snapshot::open(file, key)?;
            seen_at_rest(path, &key, at_rest);
            Ok(catalog)
        }
        (Err(e), _) => Err(e),
        (Ok(_), None) => Err(snapshot::Unusable::Io(io::Error::other(
            crate::strings::snapshot::RON_UNREADABLE.get(),
        ))),
    }
}

/// What to say of a snapshot not used: nothing when there was none.
fn not_used(path: &Path, why: &snapshot::Unusable) -> Option<Note> {
    if matches!(why, snapshot::Unusable::Io(e) if e.kind() == io::ErrorKind::NotFound) {
        return None;
    }
    // A RON edited or a program upgraded is ordinary, and a folder that cannot be read is
    // said once, when the snapshot cannot be kept; a damaged one is news.
    let ordinary = matches!(
        why,
        snapshot::Unusable::Stale | snapshot::Unusable::Version(_) | snapshot::Unusable::Io(_)
    );
    let text = crate::strings::snapshot::not_used(&path.display().to_string(), &why.to_string());
    Some(if ordinary {
        Note::log(text)
    } else {
        Note::warn(text)
    })
}

/// The snapshot at `path`, if it was made from a RON of the size and time `ron` has now;
/// else the hashing handed back, for the usual way.
fn open_unverified(path: &Path, ron: &Path, hashing: Hashing) -> Result<Opened, Hashing> {
    // Opened, not only looked at: a snapshot answers only for a RON its reader may read.
    let Ok(meta) = fs::File::open(ron).and_then(|f| f.metadata()) else {
        return Err(hashing);
    };
    let Ok(file) = open_regular(path) else {
        return Err(hashing);
    };
    let same = |k: &Key| k.len == meta.len() && k.mtime_ns == mtime_ns(&meta);
    match snapshot::open_if(file, same) {
        Ok((catalog, expected)) => {
            prune::used(path);
            Ok(Opened {
                catalog,
                notes: vec![Note::log(crate::strings::snapshot::used_hash_after(
                    &path.display().to_string(),
                ))],
                pending: None,
                unverified: Some(Unverified {
                    hashing,
                    expected,
                    snapshot: path.to_owned(),
                }),
            })
        }
        Err(_) => Err(hashing),
    }
}

//! Writing snapshots into the cache folder, and dropping them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::key::unchanged_since;
use super::prune::{LIMITS, is_our_temporary, prune};
use super::{Note, dir, snapshot_path};
use crate::catalog::Catalog;
use crate::catalog::snapshot::{self, Key};
use crate::store::write::{TMP_MARK, remove_dead_writers};

/// A snapshot to write once the user has been answered: a first run then waits for the
/// RON alone, as it did before there were snapshots.
#[derive(Debug)]
pub struct Pending {
    pub(super) folder: PathBuf,
    pub(super) ron: PathBuf,
    pub(super) key: Option<Key>,
}

impl Pending {
    /// The snapshot of `ron` to keep in `folder`; `key` is the RON's when known.
    #[must_use]
    pub fn new(folder: PathBuf, ron: PathBuf, key: Option<Key>) -> Pending {
        Pending { folder, ron, key }
    }

    /// Writes the snapshot of `catalog`, which must be what was opened; a warning when the
    /// folder cannot take it. Without the key of the bytes `catalog` was made from, none:
    /// hashing the RON now could hash other content than that.
    #[must_use]
    pub fn keep(self, catalog: &Catalog) -> Option<Note> {
        keep(&self.folder, &self.ron, catalog, self.key?)
            .err()
            .map(|e| {
                Note::warn(format!(
                    "cannot keep a snapshot in {}: {e}; the RON is read each time",
                    self.folder.display()
                ))
            })
    }
}

/// Writes the snapshot of `ron` (as read into `catalog`) atomically: a temporary file
/// beside it, renamed over it. Two processes doing so at once leave one whole snapshot.
/// `key` is that of the RON's bytes `catalog` was made from.
///
/// # Errors
/// The folder cannot be made or written.
pub fn keep(folder: &Path, ron: &Path, catalog: &Catalog, key: Key) -> io::Result<()> {
    if !unchanged_since(ron, &key) {
        // Kept by the next open, from what the RON is then.
        return Ok(());
    }
    fs::create_dir_all(folder)?;
    // Temporary snapshots of writers that died before renaming theirs (a browser quit
    // while its snapshot was being written in the background).
    remove_dead_writers(folder, is_our_temporary);
    let path = snapshot_path(folder, ron);
    // The snapshot replaced is of an older RON: dropped first, its memory in the page cache
    // is given back before the new one is written (written into memory never used before,
    // a gigabyte of snapshot took 2-3 s more on a VM). A reader meanwhile reads the RON.
    let _ = fs::remove_file(&path);
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy().into_owned());
    // Recognisable and one per writer, even for two threads of one process.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}{TMP_MARK}{}-", std::process::id()))
        .tempfile_in(folder)?;
    tmp.as_file().try_lock().map_err(io::Error::from)?;
    snapshot::write(catalog, key, tmp.as_file_mut())?;
    // Not synced: a snapshot torn by a crash fails its checksums and is rebuilt.
    // Renamed with the file still open, so its claim holds until the name is taken.
    let (file, tmp) = tmp.into_parts();
    crate::platform::rename_over(&tmp, &path)?;
    drop((file, tmp));
    prune(folder, &path, LIMITS);
    Ok(())
}

/// After a read found the snapshot damaged: it is dropped, so the next open rebuilds it.
pub fn forget(ron: &Path) {
    if let Some(folder) = dir() {
        forget_in(&folder, ron);
    }
}

/// `forget`, with the snapshots in `folder`.
pub fn forget_in(folder: &Path, ron: &Path) {
    let _ = fs::remove_file(snapshot_path(folder, ron));
}

//! Writing snapshots into the cache folder, and dropping them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::key::{key, unchanged_since};
use super::{Note, TMP_MARK, dir, snapshot_path};
use crate::catalog::Catalog;
use crate::catalog::snapshot::{self, Key};

/// A snapshot to write once the user has been answered: a first run then waits for the
/// RON alone, as it did before there were snapshots.
#[derive(Debug)]
pub struct Pending {
    pub(super) folder: PathBuf,
    pub(super) ron: PathBuf,
    pub(super) key: Option<Key>,
}

impl Pending {
    /// Writes the snapshot of `catalog`, which must be what was opened; a warning when the
    /// folder cannot take it.
    #[must_use]
    pub fn keep(self, catalog: &Catalog) -> Option<Note> {
        keep(&self.folder, &self.ron, catalog, self.key)
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
/// `known` is the RON's key when the caller has it (working it out reads the RON).
///
/// # Errors
/// The folder cannot be made or written.
pub fn keep(folder: &Path, ron: &Path, catalog: &Catalog, known: Option<Key>) -> io::Result<()> {
    let key = match known {
        Some(k) => k,
        None => key(ron)?,
    };
    if !unchanged_since(ron, &key) {
        // Kept by the next open, from what the RON is then.
        return Ok(());
    }
    fs::create_dir_all(folder)?;
    remove_leftovers(folder);
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
    snapshot::write(catalog, key, tmp.as_file_mut())?;
    // Not synced: a snapshot torn by a crash fails its checksums and is rebuilt.
    tmp.persist(&path).map_err(|e| e.error)?;
    Ok(())
}

/// Temporary snapshots of writers that died before renaming theirs (a browser quit while
/// its snapshot was being written in the background): nobody will finish them.
fn remove_leftovers(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.split_once(TMP_MARK))
            .and_then(|(_, rest)| rest.split('-').next())
            .and_then(|p| p.parse::<i32>().ok())
        else {
            continue;
        };
        let gone = rustix::process::Pid::from_raw(pid).is_none_or(|p| {
            matches!(
                rustix::process::test_kill_process(p),
                Err(rustix::io::Errno::SRCH)
            )
        });
        if gone {
            let _ = fs::remove_file(entry.path());
        }
    }
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

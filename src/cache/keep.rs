//! Writing snapshots into the cache folder, and dropping them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::folder::{dir, snapshot_path};
use super::key::unchanged_since;
use super::note::Note;
use super::prune::{LIMITS, is_our_temporary, prune};
use crate::catalog::Catalog;
use crate::catalog::snapshot::{self, Key};
use crate::sections::SectionIndex;
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
                Note::warn(crate::strings::cli::snapshot_unkept(
                    &self.folder.display().to_string(),
                    &e.to_string(),
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
    fs::create_dir_all(folder).map_err(failed(Step::Folder))?;
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
    let mut tmp = claimed_temporary(folder, &name)?;
    let sections = SectionIndex::new(catalog).precomputed(catalog);
    snapshot::write(catalog, &sections, key, tmp.as_file_mut()).map_err(failed(Step::Write))?;
    // Not synced: a snapshot torn by a crash fails its checksums and is rebuilt.
    // Renamed with the file still open, so its claim holds until the name is taken.
    let (file, tmp) = tmp.into_parts();
    crate::platform::rename_over(&tmp, &path).map_err(failed(Step::Rename))?;
    drop((file, tmp));
    prune(folder, &path, LIMITS);
    Ok(())
}

/// A new temporary file for the snapshot `name`, claimed. Recognisable and one per writer,
/// even for two threads of one process. Another writer may take it for a dead one's in
/// the moment before the claim and remove it: then a new one is made.
fn claimed_temporary(folder: &Path, name: &str) -> io::Result<tempfile::NamedTempFile> {
    let mut tries = 0;
    loop {
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}{TMP_MARK}{}-", std::process::id()))
            .tempfile_in(folder)
            .map_err(failed(Step::Temporary))?;
        crate::store::write::claim_ref(tmp.as_file()).map_err(failed(Step::Claim))?;
        if tmp.path().exists() || tries == 3 {
            return Ok(tmp);
        }
        tries += 1;
    }
}

/// The step of keeping a snapshot that failed: a warning says it in words, since the OS's
/// reason alone ("File exists") does not say which file, and tempfile's names the
/// temporary file, which the user never made.
#[derive(Clone, Copy)]
enum Step {
    Folder,
    Temporary,
    Claim,
    Write,
    Rename,
}

/// The error of `step`, with the OS's reason and not its number or a temporary file's name.
fn failed(step: Step) -> impl FnOnce(io::Error) -> io::Error {
    move |e| {
        let what = match step {
            Step::Folder => crate::strings::cli::SNAPSHOT_FOLDER,
            Step::Temporary => crate::strings::cli::SNAPSHOT_TEMPORARY,
            Step::Claim => crate::strings::cli::SNAPSHOT_CLAIM,
            Step::Write => crate::strings::cli::SNAPSHOT_WRITE,
            Step::Rename => crate::strings::cli::SNAPSHOT_RENAME,
        };
        // The common kinds in the user's words; a rare one in the system's, without its
        // number and the temporary file's path that tempfile adds.
        let why = crate::strings::files::io_reason(&e);
        let why = why.split(" at path ").next().unwrap_or(&why);
        io::Error::new(e.kind(), format!("{what} ({why})"))
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

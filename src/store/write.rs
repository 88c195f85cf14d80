//! Writing files without clobbering what should not be: the output must be a regular file
//! or not exist (a symlink is followed and kept), a read-only one is replaced only when
//! asked to (`--force`), the new file takes the old one's mode (or the umask's), and the
//! data goes to `.NAME.woonbeleid-tmp-PID` beside it first, then is renamed over it. The
//! temporary file is removed on failure, on SIGINT/SIGTERM/SIGHUP (see `signals`) and, if a
//! SIGKILL left it, by the next run writing there.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use super::pipe::Pipelined;
use crate::platform;
use crate::strings::files;

/// In the name of a file being written (a dataset, a snapshot), before the writer's process id.
pub const TMP_MARK: &str = ".woonbeleid-tmp-";

/// Temporary files being written now: what a signal must remove.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Why a file was not written: the words after `cannot write: `.
#[derive(Debug)]
pub enum Refusal {
    Io(io::Error),
    Why(String),
}

impl Refusal {
    #[must_use]
    pub fn reason(&self) -> String {
        match self {
            Refusal::Io(e) => super::reason::io_reason(e),
            Refusal::Why(why) => why.clone(),
        }
    }
}

impl From<io::Error> for Refusal {
    fn from(e: io::Error) -> Self {
        Refusal::Io(e)
    }
}

/// What is at the output now.
struct Target {
    /// Where the data goes: the output, or the file its symlinks lead to.
    path: PathBuf,
    /// What the file replaced, if any, passes on to the new one.
    old: Option<platform::Kept>,
}

/// When the data is forced to the disk before the rename.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Always: what is written could not be made again (notes).
    Always,
    /// Only when a file is replaced, so that a crash cannot leave an empty file where the
    /// old one was. A new file lost in a crash is made again by running the command again;
    /// forcing it costs as much as the import itself on a fast disk (75 ms for 69 MB).
    Replacing,
}

/// Replaces (or creates) `path` with what `fill` writes, atomically; where it went (the
/// output, or the file its symlinks lead to) and the file's metadata as written (the
/// rename keeps its size and time, so they name this content at that path).
///
/// # Errors
/// See the module comment; and the writer's errors (a full disk, `ulimit -f`).
pub fn replace(
    path: &Path,
    force: bool,
    durability: Durability,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(PathBuf, fs::Metadata), Refusal> {
    let target = target(path, force)?;
    let (tmp, created) = create_temporary(&target.path)?;
    let result = (|| {
        let mut out = Pipelined::new(created);
        fill(&mut out)?;
        let written = out.finish()?;
        if let Some(kept) = &target.old {
            platform::apply_kept(kept, &written)?;
        }
        if target.old.is_some() || durability == Durability::Always {
            written.sync_all()?;
        }
        let meta = written.metadata()?;
        let mut pending = pending();
        if let Some(kept) = &target.old {
            platform::before_replacing(&target.path, kept)?;
        }
        platform::rename_over(&tmp, &target.path)?;
        pending.retain(|p| *p != tmp);
        Ok(meta)
    })();
    match result {
        Ok(meta) => Ok((target.path, meta)),
        Err(e) => {
            forget(&tmp);
            Err(Refusal::Io(e))
        }
    }
}

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes every temporary file being written: for a signal handler, before it exits.
pub fn remove_temporaries() {
    for tmp in pending().drain(..) {
        let _ = fs::remove_file(tmp);
    }
}

fn forget(tmp: &Path) {
    let mut pending = pending();
    let _ = fs::remove_file(tmp);
    pending.retain(|p| p != tmp);
}

/// Follows symlinks to the file they lead to and checks what is there.
fn target(path: &Path, force: bool) -> Result<Target, Refusal> {
    let mut path = path.to_owned();
    for _ in 0..40 {
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                folder_exists(&path)?;
                return Ok(Target { path, old: None });
            }
            Err(e) => return Err(e.into()),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = fs::read_link(&path)?;
            path = folder_of(&path).join(link);
            continue;
        }
        if !kind.is_file() {
            return Err(Refusal::Why(files::target_not_regular(
                &path.display().to_string(),
                files::kind(platform::file_kind(kind)),
            )));
        }
        if meta.permissions().readonly() && !force {
            return Err(Refusal::Why(files::target_read_only(
                &path.display().to_string(),
            )));
        }
        return Ok(Target {
            old: Some(platform::keep(&meta)),
            path,
        });
    }
    Err(Refusal::Why(files::too_many_links(
        &path.display().to_string(),
    )))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn folder_exists(path: &Path) -> Result<(), Refusal> {
    let dir = folder_of(path);
    if dir.is_dir() {
        Ok(())
    } else {
        Err(Refusal::Why(files::no_such_folder(
            &dir.display().to_string(),
        )))
    }
}

/// `.NAME.woonbeleid-tmp-PID` beside `path`, created new with the umask's mode; leftovers
/// of dead processes for the same name are removed first.
fn create_temporary(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_leftovers(dir, &name);
    let tmp = dir.join(format!(".{name}{TMP_MARK}{}", std::process::id()));
    // Registered first: a signal between creating and registering would leave it behind.
    pending().push(tmp.clone());
    let open = || platform::new_file().open(&tmp).and_then(claim);
    let file = match open() {
        // Only this process writes this name; an earlier run with the same id left it.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(&tmp).and_then(|()| open())
        }
        other => other,
    };
    match file {
        Ok(file) => Ok((tmp, file)),
        Err(e) => {
            pending().retain(|p| *p != tmp);
            Err(e)
        }
    }
}

/// Removes `.NAME.woonbeleid-tmp-PID` files whose process is gone (a SIGKILL, a crash).
fn remove_leftovers(dir: &Path, name: &str) {
    let prefix = format!(".{name}{TMP_MARK}");
    remove_dead_writers(dir, |file| file.starts_with(&prefix));
}

/// Marks `file` as being written by this process for as long as it is open: a lock that
/// the system lets go when the writer ends, however it ends.
///
/// # Errors
/// The file cannot be locked.
pub fn claim(file: File) -> io::Result<File> {
    claim_ref(&file)?;
    Ok(file)
}

/// `claim` of a file held elsewhere (a temporary file's handle). Another writer's look
/// at whether the file is dead (`is_unclaimed`) holds the lock for a moment: a claim
/// tries again for a while before it fails, so two writers at once both go on.
///
/// # Errors
/// The file stays locked by someone else.
pub fn claim_ref(file: &File) -> io::Result<()> {
    let mut tries = 0;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if tries < CLAIM_TRIES => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            Err(e) => return Err(io::Error::from(e)),
        }
    }
}

/// About a tenth of a second of tries: a look holds the lock for microseconds.
const CLAIM_TRIES: u32 = 50;

/// Removes the temporary files in `dir` that `ours` picks by name (`…-tmp-PID` or
/// `…-tmp-PID-…`) and whose writer is gone: nobody will finish them. A writer's `claim`
/// holds while it lives, on every platform; a file nobody can open is left alone.
pub fn remove_dead_writers(dir: &Path, ours: impl Fn(&str) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let named = file
            .to_str()
            .filter(|f| ours(f))
            .and_then(|f| f.rsplit_once(TMP_MARK))
            .and_then(|(_, rest)| rest.split('-').next())
            .is_some_and(|pid| pid.parse::<u32>().is_ok());
        // Only a regular file is opened: a FIFO of that name would block the open.
        let regular = entry.file_type().is_ok_and(|kind| kind.is_file());
        // Removed with the lock held: a writer that claims its file meanwhile waits, then
        // finds its name gone (and starts a new one) instead of renaming nothing.
        if named
            && regular
            && let Ok(held) = File::open(entry.path())
            && held.try_lock().is_ok()
        {
            let _ = fs::remove_file(entry.path());
            drop(held);
        }
    }
}

#[cfg(test)]
fn is_unclaimed(path: &Path) -> bool {
    File::open(path).is_ok_and(|file| file.try_lock().is_ok())
}

/// Writes `contents` as a new file in `dir` named by `name(n)` for n = 1, 2, …: the first
/// name that is free. Never replaces a file. Returns the path written.
///
/// # Errors
/// The folder cannot be written.
pub fn create_new(
    dir: &Path,
    name: impl Fn(usize) -> String,
    contents: &[u8],
) -> io::Result<PathBuf> {
    let first = dir.join(name(1));
    let (tmp, mut file) = create_temporary(&first)?;
    let written = file.write_all(contents).and_then(|()| file.sync_all());
    let result = written.and_then(|()| {
        for n in 1..10_000 {
            let path = dir.join(name(n));
            // A hard link fails when the name is taken, where a rename would replace it.
            match fs::hard_link(&tmp, &path) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other(files::NO_FREE_NAME.to_string()))
    });
    forget(&tmp);
    result
}

#[cfg(test)]
mod tests;

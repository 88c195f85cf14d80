//! Unix (Linux and macOS).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::fd::AsFd;
use std::os::unix::fs::{FileExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use signal_hook::consts::{
    SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2, SIGXFSZ,
};

use super::{Signal, Stop};

/// Ctrl-z can stop the program and a shell's `fg` continue it, where the shell does job
/// control (see `job_control`).
pub const JOB_CONTROL: bool = true;

/// Whether a shell with job control started us: it gave our job a process group of its own.
/// A shell without it (`sh -c`, a script, tmux's command) leaves us in its own group, the
/// session leader's, and stopped there nobody would continue us.
#[must_use]
pub fn job_control() -> bool {
    rustix::process::getsid(None).is_ok_and(|sid| sid != rustix::process::getpgrp())
}

/// Fills `buf` from `offset` on, without moving the file's position (threads share it).
///
/// # Errors
/// The read fails or the file ends first.
pub fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    file.read_exact_at(buf, offset)
}

/// Writes all of `buf` at `offset`, without moving the file's position.
///
/// # Errors
/// The write fails.
pub fn write_all_at(file: &File, buf: &[u8], offset: u64) -> io::Result<()> {
    file.write_all_at(buf, offset)
}

/// What a file being replaced passes on to the new one: its mode and owner.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    mode: u32,
    uid: u32,
    gid: u32,
}

#[must_use]
pub fn keep(meta: &fs::Metadata) -> Kept {
    Kept {
        mode: meta.mode(),
        uid: meta.uid(),
        gid: meta.gid(),
    }
}

/// Gives the new file, still unnamed, what the old one had.
///
/// # Errors
/// The mode cannot be set.
pub fn apply_kept(kept: &Kept, file: &File) -> io::Result<()> {
    file.set_permissions(fs::Permissions::from_mode(kept.mode & 0o7777))?;
    // Keeping the owner needs privileges; without them the file is ours, as any editor's
    // would be.
    let _ = std::os::unix::fs::fchown(file, Some(kept.uid), Some(kept.gid));
    Ok(())
}

/// Unix renames over a read-only file: nothing to do before.
///
/// # Errors
/// Never here.
pub fn before_replacing(_path: &Path, _kept: &Kept) -> io::Result<()> {
    Ok(())
}

/// Renames `from` over `to` atomically: a reader of the old `to` keeps reading it.
///
/// # Errors
/// The rename fails.
pub fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    fs::rename(from, to)
}

/// Makes a rename in `dir` durable: on Unix only once the folder itself is synced.
///
/// # Errors
/// The folder cannot be opened or synced.
pub fn sync_folder(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// A new file with the umask's mode.
#[must_use]
pub fn new_file() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true).mode(0o666);
    options
}

/// What stands where a regular file should: for messages.
/// The file's device, inode and change time (which no program can set back: `touch`,
/// `cp -p` and `rsync -t` restore the modification time, never this one).
#[must_use]
pub fn identity(meta: &fs::Metadata) -> Option<super::Identity> {
    let ctime_ns = u64::try_from(meta.ctime())
        .ok()?
        .checked_mul(1_000_000_000)?;
    Some(super::Identity {
        device: meta.dev(),
        inode: meta.ino(),
        changed_ns: ctime_ns.checked_add(u64::try_from(meta.ctime_nsec()).ok()?)?,
    })
}

#[must_use]
pub fn file_kind(kind: fs::FileType) -> super::FileKind {
    use super::FileKind;
    if kind.is_dir() {
        FileKind::Folder
    } else if kind.is_fifo() {
        FileKind::Fifo
    } else if kind.is_socket() {
        FileKind::Socket
    } else if kind.is_char_device() {
        FileKind::CharDevice
    } else if kind.is_block_device() {
        FileKind::BlockDevice
    } else {
        FileKind::Other
    }
}

/// Standard output as a file of its own (not Rust's line-buffered `Stdout`).
///
/// # Errors
/// There is no standard output.
pub fn stdout() -> io::Result<Box<dyn Write + Send>> {
    Ok(Box::new(stdout_file()?))
}

/// Standard output, or `/dev/null` opened for writing when that is what stdout is: opened
/// only for reading (`1</dev/null`), every write to it failed, where the user meant the
/// output to be thrown away, as in any other mode.
fn stdout_file() -> io::Result<File> {
    let out = io::stdout().as_fd().try_clone_to_owned().map(File::from)?;
    let is_null = |meta: &fs::Metadata| meta.file_type().is_char_device().then(|| meta.rdev());
    let null = fs::metadata("/dev/null").ok().and_then(|m| is_null(&m));
    if null.is_some() && out.metadata().ok().and_then(|m| is_null(&m)) == null {
        return File::options().write(true).open("/dev/null");
    }
    Ok(out)
}

/// Whether colour escapes written to stdout show as colour (asked only of a terminal):
/// every terminal a Unix runs takes them.
#[must_use]
pub fn stdout_takes_colour() -> bool {
    true
}

/// Whether there is no standard output. A closed one (`>&-`) is not missing here: Rust's
/// runtime puts `/dev/null`, opened for reading and writing, in its place before `main`
/// (so that the next file opened does not become stdout), and that cannot be told from a
/// `/dev/null` the user opened so (Python's `DEVNULL`, daemons): both take the output.
#[must_use]
pub fn stdout_closed() -> bool {
    stdout_file().is_err()
}

/// Whether the terminal we draw on was hung up (its window closed): its ioctls then fail
/// with EIO. Reading it only says end-of-file, which crossterm reads again for ever, and
/// a session leader that ignores the hangup passes no SIGHUP on.
#[must_use]
pub fn terminal_gone() -> bool {
    matches!(
        rustix::termios::tcgetattr(io::stdout()),
        Err(rustix::io::Errno::IO)
    )
}

/// Ends the output before the program does: a reader waiting for the end of it (`| wc -l`)
/// need not wait for what is left to do after the answer.
pub fn end_stdout() {
    if let Ok(null) = File::options().write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdout(&null);
    }
}

/// Puts the calling thread behind the keys and the terminal: on two cores a search beside
/// the loop and tmux stretched frames from 0.5 to 4.6 ms. Only Linux gives a nice value to a
/// single thread; elsewhere the thread keeps its priority.
pub fn lower_thread_priority() {
    #[cfg(target_os = "linux")]
    {
        let _ = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 10);
    }
}

/// Stops as the shell expects; `fg` continues here. SIGSTOP for the job, because SIGTSTP
/// would come back to our own handler.
///
/// # Errors
/// The signal cannot be sent.
pub fn suspend(whom: Stop) -> io::Result<()> {
    match whom {
        Stop::Job => rustix::process::kill_current_process_group(rustix::process::Signal::STOP)
            .map_err(io::Error::from),
        Stop::Process => signal_hook::low_level::emulate_default_handler(SIGTSTP),
    }
}

/// Calls `on` on a thread of its own for every signal that ends a program (and SIGTSTP when
/// `stop` is asked for).
///
/// # Errors
/// The handlers cannot be installed.
pub fn watch_signals(stop: bool, mut on: impl FnMut(Signal) + Send + 'static) -> io::Result<()> {
    let mut wanted = vec![SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];
    if stop {
        wanted.push(SIGTSTP);
    }
    let mut signals = signal_hook::iterator::Signals::new(wanted)?;
    crate::parallel::background("signals", move || {
        for signal in signals.forever() {
            on(if signal == SIGTSTP {
                Signal::Stop
            } else {
                Signal::End(signal)
            });
        }
    })?;
    Ok(())
}

/// `ulimit -f` makes a write fail like a full disk instead of killing the process without
/// a word: with a handler (rather than the default action) the write that exceeds the
/// limit fails with EFBIG.
///
/// # Errors
/// The handler cannot be installed.
pub fn survive_file_size_limit() -> io::Result<()> {
    signal_hook::flag::register(SIGXFSZ, Arc::new(AtomicBool::new(false))).map(|_| ())
}

/// The user's editor on `path`, through the shell as git runs it, so that
/// `EDITOR="code -w"` works.
#[must_use]
pub fn editor_command(editor: &str, path: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path);
    command
}

/// The user's locale where it is not in the environment: on Unix it is (`LANG`, `LC_*`).
#[must_use]
pub fn user_locale() -> Option<String> {
    None
}

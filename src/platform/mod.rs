//! Everything that differs by operating system, behind one set of functions: positioned
//! reads, what a replaced file passes on to its successor, what kind of file stands where a
//! regular one should, standard output (and whether it takes colour), signals and console
//! events, suspending, thread priority and the editor's command line. The rest of the program calls these and names no
//! operating system itself (`tests/it/layers.rs` keeps it so).

#[cfg(unix)]
mod unix;
#[cfg(unix)]
use unix as os;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as os;

pub use os::{
    JOB_CONTROL, Kept, apply_kept, before_replacing, editor_command, end_stdout, file_kind,
    identity, job_control, keep, lower_thread_priority, new_file, read_exact_at, rename_over,
    stdout, stdout_closed, stdout_takes_colour, survive_file_size_limit, suspend, sync_folder,
    terminal_gone, user_locale, watch_signals, write_all_at,
};

/// Which file this is and when it last changed, as far as the system can tell: equal
/// identities of one path at two moments mean nothing was written to it in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    pub device: u64,
    pub inode: u64,
    /// The inode's change time: set by every write, rename and change of owner or mode.
    pub changed_ns: u64,
}

/// What stands where a regular file should: told by the operating system's file types,
/// named in the user's words by `strings::files::kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Other,
}

/// A signal (or, on Windows, a console event), by the number Unix gives the signal that
/// means the same; a process ended by it exits with 128 + that number, as a shell reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// Asked to end: the number of the signal.
    End(i32),
    /// Asked to stop for a while (Ctrl-z from the shell: SIGTSTP). Never on Windows.
    Stop,
}

/// SIGHUP's number: what the browser reports when its input went away.
pub const HANGUP: i32 = 1;

/// Who stops on a suspend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Ctrl-z: the job (the process group), as the terminal does outside raw mode, so a
    /// shell script that started the browser stops with it.
    Job,
    /// A SIGTSTP sent to this process: it alone stops, as by default.
    Process,
}

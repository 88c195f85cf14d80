//! Windows. The only `unsafe` of the program is here: calls into the Win32 API that no
//! safe crate offers as we need them (the console's control handler must do its work
//! before it returns, or closing the window kills the process first; the console's mode,
//! for colour on the command line, which crossterm sets only for the browser).

use std::fs::{self, File, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::os::windows::fs::FileExt;
use std::os::windows::io::{AsHandle, AsRawHandle};
use std::os::windows::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use windows_sys::Win32::System::Console::{
    CONSOLE_MODE, CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT,
    ENABLE_VIRTUAL_TERMINAL_PROCESSING, GetConsoleMode, SetConsoleCtrlHandler, SetConsoleMode,
};
use windows_sys::Win32::System::Threading::{
    GetCurrentThread, SetThreadPriority, THREAD_PRIORITY_BELOW_NORMAL,
};
use windows_sys::core::BOOL;

use super::{Signal, Stop};

/// Windows has no job control.
pub const JOB_CONTROL: bool = false;

/// Never on Windows.
#[must_use]
pub fn job_control() -> bool {
    false
}

/// Fills `buf` from `offset` on. Windows' positioned read moves the file's position too,
/// which nothing here relies on.
///
/// # Errors
/// The read fails or the file ends first.
pub fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match file.seek_read(buf, offset) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Writes all of `buf` at `offset`, without moving the file's position.
///
/// # Errors
/// The write fails.
pub fn write_all_at(file: &File, mut buf: &[u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match file.seek_write(buf, offset) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => {
                buf = &buf[n..];
                offset += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// What a file being replaced passes on to the new one: whether it was read-only (it is
/// only replaced then when forced).
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    read_only: bool,
}

#[must_use]
pub fn keep(meta: &fs::Metadata) -> Kept {
    Kept {
        read_only: meta.permissions().readonly(),
    }
}

/// Gives the new file, still unnamed, what the old one had.
///
/// # Errors
/// The attribute cannot be set.
pub fn apply_kept(kept: &Kept, file: &File) -> io::Result<()> {
    if kept.read_only {
        let mut permissions = file.metadata()?.permissions();
        permissions.set_readonly(true);
        file.set_permissions(permissions)?;
    }
    Ok(())
}

/// Windows refuses to rename over a read-only file: the attribute goes first (the new file
/// has it again, see `apply_kept`).
///
/// # Errors
/// The attribute cannot be cleared.
pub fn before_replacing(path: &Path, kept: &Kept) -> io::Result<()> {
    if kept.read_only {
        let mut permissions = fs::metadata(path)?.permissions();
        #[allow(clippy::permissions_set_readonly_false)] // on Windows this is the attribute
        permissions.set_readonly(false);
        fs::set_permissions(path, permissions)?;
    }
    Ok(())
}

/// How long a rename waits for another program to let go of the file it replaces.
const RENAME_PATIENCE: Duration = Duration::from_secs(3);

/// Renames `from` over `to` atomically. std's rename replaces a file that others hold open
/// when they let it be deleted (as this program's readers do); a program that does not
/// (an editor, a virus scanner) blocks it for a while, so the rename is tried again for a
/// few seconds, never for ever.
///
/// # Errors
/// The rename fails, or is still refused after `RENAME_PATIENCE`.
pub fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    let until = Instant::now() + RENAME_PATIENCE;
    loop {
        match fs::rename(from, to) {
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied && Instant::now() < until => {
                std::thread::sleep(Duration::from_millis(25));
            }
            // Said as "another program holds it open" (`strings::files::io_kind`).
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return Err(io::Error::new(io::ErrorKind::ResourceBusy, e));
            }
            other => return other,
        }
    }
}

/// NTFS journals a rename with the file's metadata, and a folder cannot be opened as a
/// file without a flag std does not set: nothing to do.
///
/// # Errors
/// Never.
pub fn sync_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[must_use]
pub fn new_file() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    options
}

/// What stands where a regular file should: for messages.
/// None here: the standard library gives no change time on Windows, so a snapshot is
/// always checked by its RON's hash.
#[must_use]
pub fn identity(_meta: &fs::Metadata) -> Option<super::Identity> {
    None
}

#[must_use]
pub fn file_kind(kind: fs::FileType) -> super::FileKind {
    if kind.is_dir() {
        super::FileKind::Folder
    } else {
        super::FileKind::Other
    }
}

/// Standard output as a file of its own; on a console Rust's `Stdout`, the one writer that
/// shows UTF-8 right there (it writes UTF-16 to the console).
///
/// # Errors
/// There is no standard output.
pub fn stdout() -> io::Result<Box<dyn Write + Send>> {
    let stdout = io::stdout();
    if stdout.is_terminal() {
        return Ok(Box::new(stdout));
    }
    let file = stdout.as_handle().try_clone_to_owned().map(File::from)?;
    Ok(Box::new(file))
}

/// Whether colour escapes written to stdout show as colour: a console of Windows 10 or
/// later does once asked to (Windows Terminal is by default); an older one cannot, and
/// gets none.
#[must_use]
#[allow(unsafe_code)]
pub fn stdout_takes_colour() -> bool {
    let handle = io::stdout().as_raw_handle();
    let mut mode: CONSOLE_MODE = 0;
    // SAFETY: stdout's own handle, valid while the process runs; the calls only read and
    // set the console's mode, and fail (0) for a handle that is no console.
    unsafe {
        GetConsoleMode(handle, &raw mut mode) != 0
            && (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING != 0
                || SetConsoleMode(handle, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0)
    }
}

/// Whether there is no standard output (started without one, or with it closed).
#[must_use]
pub fn stdout_closed() -> bool {
    io::stdout().as_handle().try_clone_to_owned().is_err()
}

/// A closed console window ends the process through the console's control handler.
#[must_use]
pub fn terminal_gone() -> bool {
    false
}

/// Nothing: the reader gets the end of the output when the program ends.
pub fn end_stdout() {}

/// Puts the calling thread behind the keys and the terminal.
#[allow(unsafe_code)]
pub fn lower_thread_priority() {
    // SAFETY: the pseudo handle of the calling thread, always valid; the result is only a
    // preference.
    unsafe {
        SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
    }
}

/// Windows has no job control; `JOB_CONTROL` keeps the key unbound.
///
/// # Errors
/// Never.
pub fn suspend(_whom: Stop) -> io::Result<()> {
    Ok(())
}

type Handler = Box<dyn FnMut(Signal) + Send>;

static HANDLER: OnceLock<Mutex<Handler>> = OnceLock::new();

/// The console's events by the Unix signal that means the same: Ctrl-c SIGINT, Ctrl-break
/// SIGQUIT, closing the window SIGHUP, logging off or shutting down SIGTERM.
fn signal_of(event: u32) -> i32 {
    match event {
        CTRL_C_EVENT => 2,
        CTRL_BREAK_EVENT => 3,
        CTRL_CLOSE_EVENT => super::HANGUP,
        _ => 15,
    }
}

/// Runs on a thread the console starts. Windows ends the process when it returns from a
/// close, log-off or shutdown event, so the handler does its work (and exits) before.
extern "system" fn on_console_event(event: u32) -> BOOL {
    if let Some(handler) = HANDLER.get() {
        let mut handler = handler.lock().unwrap_or_else(PoisonError::into_inner);
        handler(Signal::End(signal_of(event)));
    }
    1
}

/// Calls `on` for every console event that ends a program. A second call keeps the first
/// handler (one per process, as on Unix in practice).
///
/// # Errors
/// The handler cannot be installed.
#[allow(unsafe_code)]
pub fn watch_signals(_stop: bool, on: impl FnMut(Signal) + Send + 'static) -> io::Result<()> {
    if HANDLER.set(Mutex::new(Box::new(on))).is_err() {
        return Ok(());
    }
    // SAFETY: a handler with the signature the console expects, alive for the whole
    // process (a plain function).
    if unsafe { SetConsoleCtrlHandler(Some(on_console_event), 1) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Windows has no file size limit signal.
///
/// # Errors
/// Never.
pub fn survive_file_size_limit() -> io::Result<()> {
    Ok(())
}

/// The user's editor on `path`, through `cmd`, so that `EDITOR="code -w"` works; the path
/// in quotes, as it may hold spaces.
#[must_use]
pub fn editor_command(editor: &str, path: &Path) -> Command {
    let mut command = Command::new("cmd");
    command
        .arg("/C")
        .raw_arg(format!("{editor} \"{}\"", path.display()));
    command
}

/// The user's locale (`nl-BE`, `en-GB`): Windows keeps it outside the environment.
#[must_use]
#[allow(unsafe_code)]
pub fn user_locale() -> Option<String> {
    use windows_sys::Win32::Globalization::GetUserDefaultLocaleName;
    // LOCALE_NAME_MAX_LENGTH.
    let mut name = [0u16; 85];
    let len = i32::try_from(name.len()).unwrap_or(0);
    // SAFETY: the buffer is as long as the length given, and the call writes at most that.
    let written = unsafe { GetUserDefaultLocaleName(name.as_mut_ptr(), len) };
    let written = usize::try_from(written).ok().filter(|n| *n > 1)?;
    Some(String::from_utf16_lossy(&name[..written - 1]))
}

//! Standard output and standard error as the commands use them. A reader that went away
//! (`| head`) ends a command quietly with exit 0; any other failed write to stdout is an
//! error, also when stdout was closed (`>&-`), which Rust's own `stdout()` would hide by
//! discarding the output. Nothing written to stderr can make the program fail or panic.

use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use super::failure::Failure;
use crate::platform;

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Run first: notes whether stdout was closed (see `platform::stdout_closed`).
pub fn guard_standard_streams() {
    STDOUT_CLOSED.store(platform::stdout_closed(), Ordering::Relaxed);
}

/// Standard output for a command's result, buffered.
///
/// # Errors
/// Stdout is closed.
pub fn stdout() -> Result<BufWriter<Box<dyn Write + Send>>, Failure> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Err(Failure::Output(io::Error::other(
            crate::strings::cli::STDOUT_CLOSED.get(),
        )));
    }
    let out = platform::stdout().map_err(Failure::Output)?;
    Ok(BufWriter::with_capacity(1 << 20, out))
}

/// A command's write result: a reader that went away is not a failure.
///
/// # Errors
/// Any other write error.
pub fn finish(result: io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Output(e)),
        Ok(()) => Ok(()),
    }
}

/// Writes `text` to stdout.
///
/// # Errors
/// See `stdout` and `finish`.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = stdout()?;
    finish(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// Ends the output before the program does: a reader waiting for the end of it (`| wc -l`)
/// need not wait for what is left to do after the answer (writing a snapshot).
pub fn end_stdout() {
    platform::end_stdout();
}

pub use super::stderr::warn;

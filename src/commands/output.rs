//! Standard output and standard error as the commands use them. A reader that went away
//! (`| head`) ends a command quietly with exit 0; any other failed write to stdout is an
//! error, also when stdout was closed (`>&-`), which Rust's own `stdout()` would hide by
//! discarding the output. Nothing written to stderr can make the program fail or panic.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Failure;

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Run first: notes whether stdout was closed. Rust's runtime puts `/dev/null`, opened
/// for reading and writing, in the place of a closed standard descriptor before `main`
/// (so that the next file opened does not become stdout or stderr); that is how a closed
/// stdout is recognised. A shell's `>/dev/null` opens it for writing only.
pub fn guard_standard_streams() {
    let closed = match io::stdout().as_fd().try_clone_to_owned() {
        Err(_) => true,
        Ok(fd) => is_runtime_null(&File::from(fd)),
    };
    STDOUT_CLOSED.store(closed, Ordering::Relaxed);
}

/// `/dev/null` opened for reading and writing: what stands for a closed descriptor.
fn is_runtime_null(file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    let (Ok(meta), Ok(null)) = (file.metadata(), std::fs::metadata("/dev/null")) else {
        return false;
    };
    meta.rdev() == null.rdev()
        && meta.dev() == null.dev()
        && rustix::fs::fcntl_getfl(file)
            .is_ok_and(|flags| flags & rustix::fs::OFlags::RWMODE == rustix::fs::OFlags::RDWR)
}

/// Standard output for a command's result, buffered.
///
/// # Errors
/// Stdout is closed.
pub fn stdout() -> Result<BufWriter<File>, Failure> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Err(Failure::Output(io::Error::other("it is closed")));
    }
    let fd = io::stdout()
        .as_fd()
        .try_clone_to_owned()
        .map_err(Failure::Output)?;
    Ok(BufWriter::with_capacity(1 << 20, File::from(fd)))
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
    if let Ok(null) = File::options().write(true).open("/dev/null") {
        let _ = rustix::stdio::dup2_stdout(&null);
    }
}

/// Writes lines to stderr; a stderr that cannot be written (`2>/dev/full`) is ignored, as
/// there is nowhere left to report it.
pub fn warn(lines: &[String]) {
    let mut err = io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
}

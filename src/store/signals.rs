//! Signals while the command line writes files: a SIGINT, SIGTERM or SIGHUP removes the
//! temporary file being written and ends the process with 128 + the signal, as a shell
//! reports it; `ulimit -f` makes a write fail like a full disk instead of killing the
//! process without a word (SIGXFSZ).

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};

/// Installs both behaviours for the rest of the process. Not for the browser, which
/// restores the terminal on these signals itself (and calls `remove_temporaries`).
///
/// # Errors
/// When the handlers cannot be installed.
pub fn clean_up_on_signals() -> std::io::Result<()> {
    // A handler (rather than the default action) makes the write that exceeds the limit
    // fail with EFBIG, which is reported like any other write error.
    signal_hook::flag::register(SIGXFSZ, Arc::new(AtomicBool::new(false)))?;
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            super::write::remove_temporaries();
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

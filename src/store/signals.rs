//! Signals while the command line writes files: a signal that ends the program (on Windows,
//! Ctrl-c, Ctrl-break or closing the console) removes the temporary file being written and
//! ends the process with 128 + the signal, as a shell reports it; `ulimit -f` makes a write
//! fail like a full disk instead of killing the process without a word.

use crate::platform::{self, Signal};

/// Installs both behaviours for the rest of the process. Not for the browser, which
/// restores the terminal on these signals itself (and calls `remove_temporaries`).
///
/// # Errors
/// When the handlers cannot be installed.
pub fn clean_up_on_signals() -> std::io::Result<()> {
    platform::survive_file_size_limit()?;
    platform::watch_signals(false, |signal| {
        if let Signal::End(signal) = signal {
            super::write::remove_temporaries();
            std::process::exit(128 + signal);
        }
    })
}

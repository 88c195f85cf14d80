//! `woonbeleid completions` and `woonbeleid man`: generated from the one clap definition,
//! so they cannot drift from what the program accepts.

use super::failure::Failure;
use super::output;
use crate::cli;

/// The completion script for `shell`, on stdout.
///
/// # Errors
/// Standard output cannot be written.
pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli::command(), "woonbeleid", &mut script);
    output::print(&String::from_utf8_lossy(&script))
}

/// The manual page, in roff, on stdout.
///
/// # Errors
/// Standard output cannot be written.
pub fn man() -> Result<(), Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cli::command())
        .render(&mut page)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    output::print(&String::from_utf8_lossy(&page))
}

//! What can go wrong with the notes, said so that nobody is tempted to overwrite them.

use std::path::PathBuf;

/// Why the notes cannot be read or written. Never a reason to overwrite the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotesError {
    #[error("{}", crate::strings::notes::unreadable(&format!("{}{}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default()), why))]
    Unreadable {
        path: PathBuf,
        line: Option<usize>,
        why: String,
    },
    #[error("{}", crate::strings::notes::newer(&path.display().to_string(), *version, *reads))]
    Newer {
        path: PathBuf,
        version: u32,
        reads: u32,
    },
    #[error("{}", crate::strings::notes::unwritable(&path.display().to_string(), why))]
    Unwritable { path: PathBuf, why: String },
    #[error("{}", crate::strings::notes::no_home(.0))]
    NoHome(String),
}

/// The reason in the user's words (the OS's own, without Rust's " (os error N)", only for
/// a kind too rare to have words of ours).
pub(crate) fn reason(e: &std::io::Error) -> String {
    crate::strings::files::io_reason(e)
}

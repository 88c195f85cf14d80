//! What can go wrong with the notes, said so that nobody is tempted to overwrite them.

use std::path::PathBuf;

/// Why the notes cannot be read or written. Never a reason to overwrite the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotesError {
    #[error("{}{}: kan niet gelezen worden: {why}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
    Unreadable {
        path: PathBuf,
        line: Option<usize>,
        why: String,
    },
    #[error("{}: geschreven door een nieuwere woonbeleid (formaat {version}, deze leest tot {reads})", path.display())]
    Newer {
        path: PathBuf,
        version: u32,
        reads: u32,
    },
    #[error("{}: kan niet geschreven worden: {why}", path.display())]
    Unwritable { path: PathBuf, why: String },
    #[error("geen map voor de notities: {0} (zet WOONBELEID_HOME)")]
    NoHome(String),
}

/// The OS's reason without Rust's " (os error N)".
pub(crate) fn reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

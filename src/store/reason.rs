//! An I/O error as the user reads it, for every file the store reads or writes.

pub(crate) fn io_reason(e: &std::io::Error) -> String {
    if let Some(words) = crate::strings::files::io_kind(e.kind()) {
        return words.to_owned();
    }
    // The OS message without Rust's " (os error N)" suffix, which says nothing to a user.
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

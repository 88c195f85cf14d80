//! An I/O error as the user reads it, for every file the store reads or writes.

pub(crate) use crate::strings::files::io_reason;

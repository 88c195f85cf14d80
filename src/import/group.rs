//! A group of a grouped export (one city), as its first pass found it: a leaf the passes,
//! the plan and the name checks share.

use std::ops::Range;

/// One group as the first pass found it; a second pass can read its rows again from
/// `rows` without the rest of the text.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub name: String,
    /// The name as the header wrote it (trimmed), to tell look-alikes apart.
    pub raw_name: String,
    pub header_line: usize,
    pub count: usize,
    /// The bytes of its rows: from the line after the header to the next header.
    pub rows: Range<usize>,
    pub first_row_line: usize,
    pub found: usize,
}

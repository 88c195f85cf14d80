//! One step of a text search: a run of whole texts folded, with the texts as read, so a
//! hit can be printed from the original without reading its text a second time.

use super::strings::Strings;

/// Whole texts from `first` on, folded, each followed by a NUL; and the same texts as
/// they were read.
pub struct Step<'a> {
    pub first: usize,
    pub folded: &'a [u8],
    pub(super) originals: Originals<'a>,
}

pub(super) enum Originals<'a> {
    Memory(&'a Strings),
    /// Texts read from a snapshot, each checked against its checksum: `raw` holds the
    /// bytes from `from` on, `starts` where each text of the file starts.
    Disk {
        raw: &'a [u8],
        from: u64,
        starts: &'a [u64],
    },
}

impl Step<'_> {
    /// The bytes of the text at `position`, as read (a text from a snapshot is checked
    /// against its sum, not yet known to be UTF-8: a caller decodes what it shows).
    #[must_use]
    pub fn original(&self, position: usize) -> Option<&[u8]> {
        match &self.originals {
            Originals::Memory(texts) => {
                (position < texts.len()).then(|| texts.get(position).as_bytes())
            }
            Originals::Disk { raw, from, starts } => {
                let at = |p: usize| usize::try_from(starts.get(p)?.checked_sub(*from)?).ok();
                raw.get(at(position)?..at(position + 1)?)
            }
        }
    }
}

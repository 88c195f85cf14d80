//! What a snapshot's reader and writer agree on, leaning on neither: the format's
//! version, the RON's identity, the kinds of section, and why a file cannot be used.

use crate::strings::snapshot as say;
use std::io;

pub(super) const MAGIC: &[u8; 8] = b"WOONSNAP";
/// Bumped whenever the layout or the folding changes: an older snapshot is rebuilt.
pub const VERSION: u32 = 6;

/// The RON file a snapshot was made from: its size, modification time and content hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Key {
    pub len: u64,
    pub mtime_ns: u64,
    pub hash: u128,
}

/// Why a snapshot cannot be used; the caller rebuilds it from the RON.
#[derive(Debug, thiserror::Error)]
pub enum Unusable {
    #[error("{}", say::FOREIGN)]
    Foreign,
    #[error("{}", say::version(*.0, VERSION))]
    Version(u32),
    #[error("{}", say::STALE)]
    Stale,
    #[error("{}", say::damaged(.0))]
    Damaged(crate::strings::Text),
    #[error("{0}")]
    Io(#[from] io::Error),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Meta = 1,
    Names,
    FoldedNames,
    CityStarts,
    Titles,
    FoldedTitles,
    Attachments,
    Chars,
    TextStarts,
    TextSums,
    Texts,
    SectionTitles,
    SectionOf,
    Sources,
}

pub(super) const KINDS: [Kind; 14] = [
    Kind::Meta,
    Kind::Names,
    Kind::FoldedNames,
    Kind::CityStarts,
    Kind::Titles,
    Kind::FoldedTitles,
    Kind::Attachments,
    Kind::Chars,
    Kind::TextStarts,
    Kind::TextSums,
    Kind::Texts,
    Kind::SectionTitles,
    Kind::SectionOf,
    Kind::Sources,
];

//! What the catalog hands out besides strings: an item's face, and what a snapshot worked
//! out once.

use crate::model::ItemId;

/// What the snapshot worked out once so that opening it costs no more: the sections
/// across cities (titles in chapter order, and each item's section).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Precomputed {
    pub section_titles: Vec<String>,
    pub section_of: Vec<u32>,
}

/// One item as the catalog gives it out; its text comes from `Catalog::text`, which may
/// read it from disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef<'a> {
    pub id: ItemId,
    pub title: &'a str,
    pub attachment: bool,
    /// Characters of text.
    pub chars: usize,
}

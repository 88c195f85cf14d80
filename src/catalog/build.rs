//! A catalog built item by item as an import goes, so that `import -o` can write the
//! snapshot of what it wrote without reading it back. It gives up (and frees what it
//! holds) past a memory budget: for an export of many tiny rows the per-item bookkeeping
//! would outgrow the input, and the first open builds the snapshot instead.

use std::borrow::Cow;

use super::{Catalog, Strings, Texts};
use crate::model::Alias;

/// Bytes of bookkeeping per item besides its strings: three offsets, a flag, a length.
const PER_ITEM: usize = 3 * 8 + 1 + 4;

#[derive(Debug)]
pub struct Builder {
    catalog: Option<Catalog>,
    texts: Strings,
    budget: usize,
}

impl Builder {
    /// A builder that gives up once it holds more than `budget` bytes.
    #[must_use]
    pub fn new(aliases: Vec<Alias>, budget: usize) -> Builder {
        Builder {
            catalog: Some(Catalog::empty(String::new(), aliases)),
            texts: Strings::new(false),
            budget,
        }
    }

    pub fn begin(&mut self, chapter: &str) {
        if let Some(c) = &mut self.catalog {
            chapter.clone_into(&mut c.chapter);
        }
    }

    pub fn city(&mut self, name: &str) {
        if let Some(c) = &mut self.catalog {
            c.names.push(name);
            c.folded_names.push_folded(name);
        }
    }

    /// An item whose text is `lines` joined by newlines, blank lines at either end left out
    /// (as the importer joins them).
    pub fn item(&mut self, title: &str, lines: &[Cow<'_, str>], attachment: bool) {
        let Some(c) = &mut self.catalog else {
            return;
        };
        c.titles.push(title);
        c.folded_titles.push_folded(title);
        let first = lines
            .iter()
            .position(|l| !l.is_empty())
            .unwrap_or(lines.len());
        let last = lines
            .iter()
            .rposition(|l| !l.is_empty())
            .map_or(first, |l| l + 1);
        let kept = &lines[first..last.max(first)];
        let chars = self.texts.push_joined(kept);
        c.attachments.push(attachment);
        c.chars.push(u32::try_from(chars).unwrap_or(u32::MAX));
        let held = self.texts.blob.len()
            + c.titles.blob.len()
            + c.folded_titles.blob.len()
            + c.chars.len() * PER_ITEM;
        if held > self.budget {
            self.catalog = None;
            self.texts = Strings::new(false);
        }
    }

    pub fn end_city(&mut self) {
        if let Some(c) = &mut self.catalog {
            c.city_starts.push(c.titles.len());
        }
    }

    /// The catalog, unless the budget ran out.
    #[must_use]
    pub fn finish(self) -> Option<Catalog> {
        let mut c = self.catalog?;
        c.texts = Texts::Memory(self.texts);
        Some(c)
    }
}

//! A catalog built item by item as an import goes, so that `import -o` can write the
//! snapshot of what it wrote without reading it back. It gives up (and frees what it
//! holds) past a memory budget: for an export of many tiny rows the per-item bookkeeping
//! would outgrow the input, and the first open builds the snapshot instead. Told how far
//! the import has read, it gives up as soon as what it holds per byte read says the
//! budget will not last: the work and the memory of the rest are never spent.

use std::borrow::Cow;

use super::{Catalog, Strings, Texts};
use crate::model::Alias;

/// Bytes of bookkeeping per item besides its strings: three offsets, a flag, a length.
const PER_ITEM: usize = 3 * 8 + 1 + 4;
/// Per city besides its names: the offsets of its two names and its first item.
const PER_CITY: usize = 3 * 8;

#[derive(Debug)]
pub struct Builder {
    catalog: Option<Catalog>,
    texts: Strings,
    budget: usize,
    /// The bytes of the import's input.
    input: usize,
}

impl Builder {
    /// A builder for an import of `input` bytes that gives up once it holds more than
    /// `budget` bytes, or once it is bound to.
    #[must_use]
    pub fn new(aliases: Vec<Alias>, budget: usize, input: usize) -> Builder {
        let mut texts = Strings::new(false);
        // The texts are at most about the input: room for them at once, so the buffer is
        // never copied into one twice its size (for a moment, both held: half again the
        // peak). Pages never written are never taken from the system.
        if budget > 0 {
            texts.blob.reserve(input);
        }
        Builder {
            catalog: Some(Catalog::empty(String::new(), aliases)),
            texts,
            budget,
            input,
        }
    }

    /// Everything before byte `offset` of the input has been handed over. From a
    /// sixteenth of the input on (where the mix of rows has shown), what is held per byte
    /// read, carried over the whole input, must stay within the budget.
    pub fn read_up_to(&mut self, offset: usize) {
        if offset < self.input / 16 {
            return;
        }
        let Some(held) = self.held() else {
            return;
        };
        let bound = held as u128 * self.input as u128;
        if bound > self.budget as u128 * offset as u128 {
            self.give_up();
        }
    }

    fn held(&self) -> Option<usize> {
        let c = self.catalog.as_ref()?;
        // The cities too: an export of a city per item holds as much for its names as for
        // its titles (400,000 cities of one item went past the budget uncounted).
        Some(
            self.texts.blob.len()
                + c.titles.blob.len()
                + c.folded_titles.blob.len()
                + c.chars.len() * PER_ITEM
                + c.names.blob.len()
                + c.folded_names.blob.len()
                + c.names.len() * PER_CITY,
        )
    }

    fn give_up(&mut self) {
        self.catalog = None;
        self.texts = Strings::new(false);
    }

    /// The exports the dataset is imported from, as its file will name them.
    pub fn sources(&mut self, sources: &[String]) {
        if let Some(c) = &mut self.catalog {
            c.sources = Some(sources.to_vec());
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
        if self.held().is_some_and(|held| held > self.budget) {
            self.give_up();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `items` rows of `per_row` input bytes each, saying where each row starts.
    fn fed(input: usize, per_row: usize, items: usize) -> Option<Catalog> {
        let mut b = Builder::new(Vec::new(), input + input / 4, input);
        b.city("Gent");
        for i in 0..items {
            b.read_up_to(i * per_row);
            b.item(&format!("Titel nummer {i:04}"), &[], false);
        }
        b.end_city();
        b.finish()
    }

    #[test]
    fn rows_that_hold_more_than_they_read_give_up_once_a_sixteenth_is_read() {
        // 64 bytes held per 40 read: 1.6 times the input, over a budget of 1.25.
        let (input, per_row) = (16_000, 40);
        assert!(
            fed(input, per_row, 25).is_some(),
            "not judged before 1,000 bytes"
        );
        assert!(fed(input, per_row, 26).is_none(), "judged at 1,000 bytes");
    }

    #[test]
    fn told_nothing_of_the_reading_the_budget_alone_counts() {
        // 64 bytes held per row (titles twice, bookkeeping, an empty text): ten rows are
        // exactly the budget.
        let plain = |rows: usize| {
            let mut b = Builder::new(Vec::new(), 640, 100);
            for i in 0..rows {
                b.item(&format!("Titel nummer {i:04}"), &[], false);
            }
            b.finish()
        };
        assert!(plain(10).is_some());
        assert!(plain(11).is_none());
    }

    #[test]
    fn holding_exactly_the_budget_carried_over_is_still_within_it() {
        let (input, budget) = (16_000, 20_000);
        let mut b = Builder::new(Vec::new(), budget, input);
        b.city("Gent");
        // Gent: its names (4 + 4) and 24 bytes of bookkeeping.
        b.item("Titel nummer 0000", &[Cow::Owned("x".repeat(1_154))], false);
        assert_eq!(
            b.held(),
            Some(1_250),
            "1,250 held per 1,000 read: 20,000 per 16,000"
        );
        b.read_up_to(1_000);
        assert!(b.finish().is_some());
    }

    #[test]
    fn the_cities_count_against_the_budget_as_the_items_do() {
        // Per city of one item: its name twice (30 bytes) and 24 of bookkeeping, the title
        // twice (35, with its NUL) and 29: 118 bytes, over a budget of 100 per row.
        let mut b = Builder::new(Vec::new(), 100 * 50, 100 * 50);
        for i in 0..50 {
            b.city(&format!("Stad nummer {i:03}"));
            b.item(&format!("Titel nummer {i:04}"), &[], false);
            b.end_city();
        }
        assert!(
            b.finish().is_none(),
            "a city per item holds more than its titles"
        );
    }

    #[test]
    fn rows_that_hold_less_than_they_read_are_all_kept() {
        let catalog = fed(16_000, 80, 200).expect("0.8 times the input fits");
        assert_eq!(catalog.titles.len(), 200);
        assert_eq!(catalog.city_starts, [0, 200]);
    }
}

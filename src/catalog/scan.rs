//! The texts read to find something in them: folded, in steps of whole texts, over all
//! items or a run of them (a search hands the runs to threads of its own).

use std::ops::Range;

use super::Strings;
use super::step::Originals;
use super::{Catalog, Step, Texts};
use crate::text::fold::fold_bytes_into;

impl Catalog {
    /// The texts folded, about `step` bytes of them at a time, whole texts only: `visit`
    /// is given each `Step` and returns whether to go on. Whether the scan went to the
    /// end (a text on disk that is not what was written ends it, the catalog damaged).
    pub fn scan_folded(&self, step: usize, visit: &mut dyn FnMut(&Step<'_>) -> bool) -> bool {
        self.scan_folded_in(0..self.len(), step, visit)
    }

    /// `scan_folded` over the items at `positions` only.
    pub fn scan_folded_in(
        &self,
        positions: Range<usize>,
        step: usize,
        visit: &mut dyn FnMut(&Step<'_>) -> bool,
    ) -> bool {
        let positions = positions.start..positions.end.min(self.len());
        let originals = match &self.texts {
            Texts::Disk(d) => return d.scan_folded(positions, step, visit),
            Texts::Memory(texts) => texts,
        };
        // Folded as read unless a copy is kept already: a command that searches once
        // would hold every text twice for it (the browser keeps one, for its offsets).
        let Some(folded) = self.folded.get() else {
            return fold_as_read(originals, positions, step, visit);
        };
        let blob = folded.blob().as_bytes();
        let mut first = positions.start;
        while first < positions.end {
            let start = folded.start(first);
            let last = folded
                .at_offset((start + step).min(blob.len().saturating_sub(1)))
                .clamp(first, positions.end - 1);
            let end = folded.start(last + 1);
            let step = Step {
                first,
                folded: &blob[start..end],
                originals: Originals::Memory(originals),
            };
            if !visit(&step) {
                return false;
            }
            first = last + 1;
        }
        true
    }

    /// All items in at most `parts` runs of about as many bytes of text each, and of
    /// `at_least` bytes each when there are more than that, in order, none empty: work
    /// for as many threads.
    #[must_use]
    pub fn text_parts(&self, parts: usize, at_least: u64) -> Vec<Range<usize>> {
        let (len, total) = (self.len(), self.text_bytes());
        let parts = (parts as u64).min(total / at_least.max(1)).max(1);
        let mut cuts = vec![0];
        for k in 1..parts {
            let at = self.item_at_byte(total * k / parts);
            if cuts.last().is_some_and(|&c| at > c) && at < len {
                cuts.push(at);
            }
        }
        cuts.push(len);
        cuts.windows(2)
            .map(|w| w[0]..w[1])
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// Bytes of text in all items together.
    fn text_bytes(&self) -> u64 {
        match &self.texts {
            Texts::Memory(t) => t.blob().len() as u64,
            Texts::Disk(d) => d.starts.last().copied().unwrap_or(0),
        }
    }

    /// The item whose text holds the `byte`-th byte of all texts together.
    fn item_at_byte(&self, byte: u64) -> usize {
        match &self.texts {
            Texts::Memory(t) => t.at_offset(usize::try_from(byte).unwrap_or(usize::MAX)),
            Texts::Disk(d) => d.starts.partition_point(|&s| s <= byte).saturating_sub(1),
        }
    }

    /// The folded texts when they are in memory: a search then places a hit by the
    /// texts' offsets instead of counting the NULs before it.
    #[must_use]
    pub fn folded_in_memory(&self) -> Option<&super::Strings> {
        match &self.texts {
            Texts::Memory(_) => Some(self.folded_texts()),
            Texts::Disk(_) => None,
        }
    }
}

/// `scan_folded_in` over texts in memory with no folded copy: each step's texts folded
/// into one buffer, used again for the next.
fn fold_as_read(
    originals: &Strings,
    positions: Range<usize>,
    step: usize,
    visit: &mut dyn FnMut(&Step<'_>) -> bool,
) -> bool {
    let mut folded = Vec::new();
    let mut first = positions.start;
    while first < positions.end {
        let from = originals.start(first);
        let mut last = first;
        while last + 1 < positions.end && originals.start(last + 2) - from <= step {
            last += 1;
        }
        folded.clear();
        for p in first..=last {
            fold_bytes_into(originals.get(p).as_bytes(), &mut folded);
            folded.push(0);
        }
        let step = Step {
            first,
            folded: &folded,
            originals: Originals::Memory(originals),
        };
        if !visit(&step) {
            return false;
        }
        first = last + 1;
    }
    true
}

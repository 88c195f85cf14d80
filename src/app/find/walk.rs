//! The walk `n`/`N` make over the hits in visible items, in the order the screen shows
//! them: in source order per stad, section by section per sectie. Whether a step went
//! round from the last hit to the first (or back) is handed back, for the status line.

use super::Finder;
use crate::app::action::Direction;
use crate::query::Hit;
use crate::sections::SectionIndex;

/// Where a hit stands in the walk: its group's rank, then the item, then the offset.
type Key = (u32, u32, u32);

impl Finder {
    /// Walks the hits in the order of `sections` (per sectie) or in source order (`None`).
    pub fn walk_by(&mut self, sections: Option<&SectionIndex>) {
        if sections.is_some() != self.section_of.is_some() {
            self.section_of = sections.map(|s| s.of_positions().to_vec());
        }
    }

    fn key(&self, h: Hit) -> Key {
        let group = self
            .section_of
            .as_ref()
            .and_then(|s| s.get(h.item as usize).copied())
            .unwrap_or(0);
        (group, h.item, h.at)
    }

    /// How many hits `n`/`N` walk.
    fn shown_len(&self) -> usize {
        self.shown.as_ref().map_or(self.hits.len(), Vec::len)
    }

    /// The `i`th hit `n`/`N` walk, in source order.
    fn shown_hit(&self, i: usize) -> Hit {
        self.hits[self.shown.as_ref().map_or(i, |s| s[i] as usize)]
    }

    fn shown_hits(&self) -> impl Iterator<Item = Hit> + Clone + '_ {
        (0..self.shown_len()).map(|i| self.shown_hit(i))
    }

    /// How many of the hits `n`/`N` walk come before the first whose key is not below
    /// `key`; in source order a binary search, per sectie a count.
    fn shown_below(&self, key: Key) -> usize {
        if self.section_of.is_some() {
            return self.shown_hits().filter(|h| self.key(*h) < key).count();
        }
        let before = |h: &Hit| (h.item, h.at) < (key.1, key.2);
        match &self.shown {
            None => self.hits.partition_point(before),
            Some(shown) => shown.partition_point(|&k| before(&self.hits[k as usize])),
        }
    }

    /// Hits in visible items, and which of them is the current one (1-based).
    #[must_use]
    pub fn hit_counter(&self) -> (Option<usize>, usize) {
        let len = self.shown_len();
        let at = self.current.and_then(|c| {
            let i = self.shown_below(self.key(c));
            let walked = if self.section_of.is_some() {
                self.shown_hits().any(|h| h == c)
            } else {
                i < len && self.shown_hit(i) == c
            };
            walked.then_some(i)
        });
        (at.map(|i| i + 1), len)
    }

    /// The next (or previous) hit among visible items in the walk's order, from the
    /// current hit or else from the item at `here`; wraps around, and says when it did.
    pub fn step(&mut self, way: Direction, here: Option<usize>) -> Option<(Hit, bool)> {
        let current = self.current.map(|c| self.key(c));
        let here = u32::try_from(here.unwrap_or(0)).unwrap_or(u32::MAX);
        let (group, _, _) = self.key(Hit { item: here, at: 0 });
        // From the current hit, the one past it; from an item, its own hits count.
        let ahead = |k: &Key| match (current, way) {
            (Some(c), Direction::Forward) => *k > c,
            (Some(c), Direction::Backward) => *k < c,
            (None, Direction::Forward) => (k.0, k.1) >= (group, here),
            (None, Direction::Backward) => (k.0, k.1) <= (group, here),
        };
        let keyed = self.shown_hits().map(|h| (self.key(h), h));
        let (next, round) = match way {
            Direction::Forward => (
                keyed
                    .clone()
                    .filter(|(k, _)| ahead(k))
                    .min_by_key(|(k, _)| *k),
                keyed.min_by_key(|(k, _)| *k),
            ),
            Direction::Backward => (
                keyed
                    .clone()
                    .filter(|(k, _)| ahead(k))
                    .max_by_key(|(k, _)| *k),
                keyed.max_by_key(|(k, _)| *k),
            ),
        };
        let wrapped = next.is_none();
        let (_, hit) = next.or(round)?;
        self.current = Some(hit);
        Some((hit, wrapped))
    }
}

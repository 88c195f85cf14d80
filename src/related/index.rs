//! The index itself and its one query: the postings of an item's strongest terms walked,
//! scores summed, the best kept.

use crate::model::ItemId;

/// How many terms an item keeps: the index's size and a query's cost are bounded by it.
pub const TERMS_PER_ITEM: usize = 64;

/// How many of its item's terms a query walks the postings of.
pub const QUERY_TERMS: usize = 32;

/// How many shared words a related item shows.
pub const SHARED_WORDS: usize = 5;

/// One related item, best first in `RelatedIndex::related`.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    pub id: ItemId,
    /// Cosine similarity, 0 to 1.
    pub score: f32,
    /// The words both texts weigh most, as the dataset spells them most often (lower case,
    /// accents kept), strongest first; a part already shown inside a longer word is left
    /// out (`woonraad`, not also `raad`).
    pub shared: Vec<String>,
}

/// The terms of every item of one catalog, and their postings.
#[derive(Debug, Default)]
pub struct RelatedIndex {
    /// Per city, the position of its first item; one more, for the end.
    pub(super) city_starts: Vec<u32>,
    /// Per item position, where its terms start in `item_terms`; one more, for the end.
    pub(super) item_starts: Vec<u32>,
    /// Each item's terms, strongest first, with their weights (unit length per item).
    pub(super) item_terms: Vec<(u32, f32)>,
    /// Per term, where its postings start in `postings`; one more, for the end.
    pub(super) posting_starts: Vec<u32>,
    /// Per term, the items holding it (ascending) with its weight there.
    pub(super) postings: Vec<(u32, f32)>,
    /// Per term, how it is shown, one after another; `surface_starts` has one more entry.
    pub(super) surfaces: String,
    pub(super) surface_starts: Vec<u32>,
    /// Per item position, its place in (city name, title) order, for ties.
    pub(super) order: Vec<u32>,
}

impl RelatedIndex {
    /// Up to `limit` items of other cities related to `id`, best first; none for an item
    /// with no words that count (an empty text, only stop words) or one not in the index.
    #[must_use]
    pub fn related(&self, id: ItemId, limit: usize) -> Vec<Related> {
        let Some(at) = self.position(id) else {
            return Vec::new();
        };
        let own = self.city_range(id.city);
        let query = self.terms_of(at);
        let query = &query[..query.len().min(QUERY_TERMS)];
        let mut score = vec![0.0_f32; self.order.len()];
        let mut touched = Vec::new();
        for &(term, weight) in query {
            for &(item, there) in self.postings_of(term) {
                if own.contains(&item) {
                    continue;
                }
                let s = &mut score[item as usize];
                // Weights are positive: zero is an item not reached yet.
                if *s <= 0.0 {
                    touched.push(item);
                }
                *s += weight * there;
            }
        }
        let better = |a: &u32, b: &u32| {
            let (a, b) = (*a as usize, *b as usize);
            score[b]
                .total_cmp(&score[a])
                .then(self.order[a].cmp(&self.order[b]))
        };
        if touched.len() > limit && limit > 0 {
            touched.select_nth_unstable_by(limit - 1, better);
        }
        touched.truncate(limit);
        touched.sort_unstable_by(better);
        touched
            .into_iter()
            .filter_map(|item| {
                Some(Related {
                    id: self.id_at(item)?,
                    score: score[item as usize],
                    shared: self.shared(query, item as usize),
                })
            })
            .collect()
    }

    /// How many postings a query of `id` walks: what its time is proportional to (the
    /// postings of its `QUERY_TERMS` strongest terms, never all items).
    #[must_use]
    pub fn cost(&self, id: ItemId) -> usize {
        self.position(id).map_or(0, |at| {
            let query = self.terms_of(at);
            query[..query.len().min(QUERY_TERMS)]
                .iter()
                .map(|(term, _)| self.postings_of(*term).len())
                .sum()
        })
    }

    /// Bytes the index holds, for comparing with the texts'.
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        fn bytes<T>(v: &Vec<T>) -> usize {
            v.capacity() * std::mem::size_of::<T>()
        }
        bytes(&self.city_starts)
            + bytes(&self.item_starts)
            + bytes(&self.item_terms)
            + bytes(&self.posting_starts)
            + bytes(&self.postings)
            + self.surfaces.capacity()
            + bytes(&self.surface_starts)
            + bytes(&self.order)
    }

    /// The terms `query` and `item` share, strongest first, as shown.
    fn shared(&self, query: &[(u32, f32)], item: usize) -> Vec<String> {
        let theirs = self.terms_of(item);
        let mut both: Vec<(f32, u32)> = query
            .iter()
            .filter_map(|&(term, w)| {
                let (_, there) = theirs.iter().find(|(t, _)| *t == term)?;
                Some((w * there, term))
            })
            .collect();
        both.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut shown: Vec<String> = Vec::new();
        for (_, term) in both {
            let word = self.surface(term);
            if shown.iter().any(|s| s.contains(word)) {
                continue;
            }
            // A longer word holding one shown takes its place (`oost-vlaanderen`, `oost`).
            match shown.iter().position(|s| word.contains(s.as_str())) {
                Some(at) => {
                    word.clone_into(&mut shown[at]);
                    // Any other shown word inside it goes too.
                    let mut i = 0;
                    shown.retain(|s| {
                        let keep = i == at || !word.contains(s.as_str());
                        i += 1;
                        keep
                    });
                }
                None => shown.push(word.to_owned()),
            }
            if shown.len() == SHARED_WORDS {
                break;
            }
        }
        shown
    }

    fn position(&self, id: ItemId) -> Option<usize> {
        let range = self.city_range(id.city);
        let at = range.start as usize + id.item;
        (at < range.end as usize).then_some(at)
    }

    fn id_at(&self, position: u32) -> Option<ItemId> {
        let city = self
            .city_starts
            .partition_point(|s| *s <= position)
            .checked_sub(1)?;
        Some(ItemId {
            city,
            item: (position - self.city_starts[city]) as usize,
        })
    }

    fn city_range(&self, city: usize) -> std::ops::Range<u32> {
        match (self.city_starts.get(city), self.city_starts.get(city + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        }
    }

    fn terms_of(&self, position: usize) -> &[(u32, f32)] {
        slice(&self.item_starts, &self.item_terms, position)
    }

    fn postings_of(&self, term: u32) -> &[(u32, f32)] {
        slice(&self.posting_starts, &self.postings, term as usize)
    }

    fn surface(&self, term: u32) -> &str {
        let t = term as usize;
        match (self.surface_starts.get(t), self.surface_starts.get(t + 1)) {
            (Some(&a), Some(&b)) => self.surfaces.get(a as usize..b as usize).unwrap_or(""),
            _ => "",
        }
    }
}

/// Entry `at` of a list of lists laid out as `starts` into `all`.
pub(super) fn slice<'a, T>(starts: &[u32], all: &'a [T], at: usize) -> &'a [T] {
    match (starts.get(at), starts.get(at + 1)) {
        (Some(&a), Some(&b)) => all.get(a as usize..b as usize).unwrap_or(&[]),
        _ => &[],
    }
}

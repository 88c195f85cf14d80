//! The title filter and the text search as the browser uses them: the two input lines,
//! the items they leave visible, and the hits `n`/`N` walk. A text search over a large
//! dataset takes longer than a keystroke may, so it runs as a job elsewhere (see
//! `Effect::Search`) and its hits come back by generation; the filter is fast enough to
//! run at once.

use tui_input::{Input, InputRequest};

use super::action::{Edit, Find};
use super::user::UserLayer;
use crate::catalog::Catalog;
use crate::query::{self, Hit, Needle, Query};
use earlier::Earlier;

/// Matches scored for the best one after a filter key, at most: about a tenth of a second
/// on one core; a query that matches more is still being typed.
const BEST_OF_AT_MOST: usize = 100_000;

/// A text search to run away from the keys: the loop runs it and hands the outcome back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchJob {
    pub generation: u64,
    pub needle: Needle,
}

/// What a search job found; `hits` is `None` when a newer job made it stop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchOutcome {
    pub generation: u64,
    pub hits: Option<Vec<Hit>>,
}

impl SearchJob {
    /// Runs the job; `go_on` says whether it is still wanted.
    #[must_use]
    pub fn run(&self, catalog: &Catalog, go_on: &dyn Fn() -> bool) -> SearchOutcome {
        SearchOutcome {
            generation: self.generation,
            hits: query::search(catalog, &self.needle, go_on),
        }
    }
}

/// What the filter and the search leave visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowing {
    /// By position.
    wanted: Vec<bool>,
    per_city: Vec<usize>,
    pub items: usize,
    pub cities: usize,
}

impl Narrowing {
    #[must_use]
    pub fn wants(&self, position: usize) -> bool {
        self.wanted.get(position).copied().unwrap_or(false)
    }

    #[must_use]
    pub fn in_city(&self, city: usize) -> usize {
        self.per_city.get(city).copied().unwrap_or(0)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Finder {
    filter: Input,
    search: Input,
    query: Query,
    /// Positions matching the filter; `None` while no filter is set.
    matches: Option<Vec<u32>>,
    /// The matches of the queries this one grew from, for a backspace.
    earlier: Earlier,
    needle: Option<Needle>,
    generation: u64,
    /// The needle the hits belong to: they may be a finished search's while the next runs.
    hits_for: Option<Needle>,
    hits: Vec<Hit>,
    narrowing: Option<Narrowing>,
    /// The searched text in the notes: found at once (notes are few), and walked with the
    /// text's hits once those are in (merged into `hits` in source order).
    note_hits: Vec<Hit>,
    /// The notes changed: matches and hits are due again.
    stale: bool,
    /// Indices into `hits` of the hits in visible items: what `n`/`N` walk.
    /// `None`: all of them (no filter hides any).
    shown: Option<Vec<u32>>,
    current: Option<Hit>,
    /// The section of each position while the screen goes section by section: `n`/`N`
    /// walk in the order shown. `None`: per stad, in source order.
    section_of: Option<Vec<u32>>,
}

impl Finder {
    #[must_use]
    pub fn input(&self, which: Find) -> &Input {
        match which {
            Find::Filter => &self.filter,
            Find::Search => &self.search,
        }
    }

    fn input_mut(&mut self, which: Find) -> &mut Input {
        match which {
            Find::Filter => &mut self.filter,
            Find::Search => &mut self.search,
        }
    }

    /// Applies an edit; whether the text or the cursor moved.
    pub fn edit(&mut self, which: Find, edit: Edit) -> bool {
        let request = match edit {
            Edit::Insert(c) => InputRequest::InsertChar(c),
            Edit::DeleteBack => InputRequest::DeletePrevChar,
            Edit::DeleteForward => InputRequest::DeleteNextChar,
            Edit::Left => InputRequest::GoToPrevChar,
            Edit::Right => InputRequest::GoToNextChar,
            Edit::WordLeft => InputRequest::GoToPrevWord,
            Edit::WordRight => InputRequest::GoToNextWord,
            Edit::Start => InputRequest::GoToStart,
            Edit::End => InputRequest::GoToEnd,
            Edit::DeleteWordBack => InputRequest::DeletePrevWord,
            Edit::DeleteToStart => InputRequest::DeleteFromStart,
            Edit::DeleteToEnd => InputRequest::DeleteTillEnd,
        };
        // A control character typed into the input would reach the terminal when drawn.
        if matches!(edit, Edit::Insert(c) if c.is_control()) {
            return false;
        }
        self.input_mut(which).handle(request).is_some()
    }

    /// Puts `text` in an input, the cursor at its end.
    pub fn set(&mut self, which: Find, text: String) {
        *self.input_mut(which) = Input::new(text);
    }

    /// Empties an input; whether it held anything.
    pub fn clear(&mut self, which: Find) -> bool {
        let input = self.input_mut(which);
        let had = !input.value().is_empty();
        input.reset();
        had
    }

    #[must_use]
    pub fn query(&self) -> &Query {
        &self.query
    }

    #[must_use]
    pub fn needle(&self) -> Option<&Needle> {
        self.needle.as_ref()
    }

    #[must_use]
    pub fn filter_active(&self) -> bool {
        self.matches.is_some()
    }

    #[must_use]
    pub fn search_active(&self) -> bool {
        self.needle.is_some()
    }

    /// A search job runs whose hits are not in yet.
    #[must_use]
    pub fn searching(&self) -> bool {
        self.needle.is_some() && self.needle != self.hits_for
    }

    #[must_use]
    pub fn narrowing(&self) -> Option<&Narrowing> {
        self.narrowing.as_ref()
    }

    /// Whether the item at `position` is shown under the filter and the search.
    #[must_use]
    pub fn wants(&self, position: usize) -> bool {
        self.narrowing.as_ref().is_none_or(|n| n.wants(position))
    }

    /// Brings matches and hits in line with what is typed: the filter narrows from its
    /// previous result while the query only grows; a changed search text gives a job.
    pub fn sync(&mut self, catalog: &Catalog, user: &UserLayer) -> Option<SearchJob> {
        // What is shown is worked out again only when matches or hits change: a move or a
        // scroll must not cost a pass over every item.
        let mut changed = self.refilter(catalog, user);
        let searched_before = self.searched();
        let needle = Needle::new(self.search.value());
        if self.stale || needle != self.needle {
            let note_hits = needle
                .as_ref()
                .map(|n| user.search(catalog, n))
                .unwrap_or_default();
            // A new needle keeps the hits shown until its own come in (`finish`): what is
            // shown changes here only with the notes' hits (or below, as a search stops),
            // and going over millions of hits again per keystroke would be for nothing.
            let notes_moved = note_hits != self.note_hits;
            changed |= self.stale || notes_moved;
            self.note_hits = note_hits;
            if notes_moved && needle == self.hits_for {
                self.merge_note_hits();
            }
        }
        self.stale = false;
        let mut job = None;
        if needle != self.needle {
            self.current = None;
            self.needle.clone_from(&needle);
            if let Some(needle) = needle {
                self.generation += 1;
                job = Some(SearchJob {
                    generation: self.generation,
                    needle,
                });
            } else {
                self.hits_for = None;
                self.hits.clear();
            }
        }
        if changed || self.searched() != searched_before {
            self.renarrow(catalog);
        }
        job
    }

    /// Filters again when the query changed (or the notes did); whether the matches changed.
    fn refilter(&mut self, catalog: &Catalog, user: &UserLayer) -> bool {
        let query = Query::parse(self.filter.value());
        if !(self.stale || query != self.query || (self.matches.is_none() && !query.is_empty())) {
            return false;
        }
        if self.stale {
            self.earlier.clear();
            self.matches = None;
        }
        let shown = self
            .matches
            .take()
            .map(|m| (std::mem::take(&mut self.query), m));
        // Eight results the size of the dataset at most (32 MB at a million items): a
        // query of common letters matches most items at each of its first few keys.
        let most = catalog.len().saturating_mul(8);
        self.matches = (!query.is_empty()).then(|| {
            self.earlier.step(shown, &query, most, |within| {
                // Titles and cities, and the notes, which are few: each term in one field.
                let mut m = query::filter(catalog, &query, within);
                m.extend(user.filter(catalog, &query));
                m.sort_unstable();
                m.dedup();
                m
            })
        });
        if query.is_empty() {
            self.earlier.clear();
        }
        self.query = query;
        true
    }

    /// The position of the filter's best match, or `keep` when it is as good: fzf's
    /// cursor after each key. `None` without a filter, or with more matches than a key
    /// may spend scoring (then the selection stays where the narrowing leaves it).
    #[must_use]
    pub fn best_match(&self, catalog: &Catalog, keep: Option<usize>) -> Option<usize> {
        let matches = self
            .matches
            .as_ref()
            .filter(|m| m.len() <= BEST_OF_AT_MOST)?;
        let keep = keep.and_then(|k| u32::try_from(k).ok());
        query::best(catalog, &self.query, matches, keep).map(|at| at as usize)
    }

    /// The notes changed: the filter and the search look at them again.
    pub fn notes_changed(&mut self) {
        self.stale = true;
    }

    /// Takes a finished job's hits, if they are for the search typed now.
    pub fn finish(&mut self, catalog: &Catalog, outcome: SearchOutcome) -> bool {
        let Some(hits) = outcome.hits else {
            return false;
        };
        if outcome.generation != self.generation || self.needle.is_none() {
            return false;
        }
        self.hits = hits;
        self.merge_note_hits();
        self.hits_for.clone_from(&self.needle);
        self.current = None;
        self.renarrow(catalog);
        true
    }

    /// The notes' hits in with the texts' (replacing any earlier ones), in source order: one
    /// merge of two sorted lists.
    fn merge_note_hits(&mut self) {
        let texts = std::mem::take(&mut self.hits);
        let mut notes = self.note_hits.iter().copied().peekable();
        let mut merged = Vec::with_capacity(texts.len() + self.note_hits.len());
        for hit in texts.into_iter().filter(|h| !h.in_note()) {
            while let Some(n) = notes.next_if(|n| n.order() < hit.order()) {
                merged.push(n);
            }
            merged.push(hit);
        }
        merged.extend(notes);
        self.hits = merged;
    }

    /// Whether hits narrow what is shown: a search is set and some search's hits are in.
    fn searched(&self) -> bool {
        self.hits_for.is_some() && self.needle.is_some()
    }

    fn renarrow(&mut self, catalog: &Catalog) {
        let searched = self.searched();
        if self.matches.is_none() && !searched {
            self.narrowing = None;
            self.shown = Some(Vec::new());
            return;
        }
        let n = catalog.len();
        let mut wanted = vec![self.matches.is_none(); n];
        let mark = |flags: &mut Vec<bool>, at: u32| {
            if let Some(f) = flags.get_mut(at as usize) {
                *f = true;
            }
        };
        for &m in self.matches.iter().flatten() {
            mark(&mut wanted, m);
        }
        if searched {
            let mut hit = vec![false; n];
            // The notes' hits merged into `hits` may be an earlier needle's: those of the
            // needle typed now are `note_hits`, found at once.
            for h in self.hits.iter().filter(|h| !h.in_note()) {
                mark(&mut hit, h.item);
            }
            for h in &self.note_hits {
                mark(&mut hit, h.item);
            }
            for (w, h) in wanted.iter_mut().zip(hit) {
                *w &= h;
            }
        }
        let per_city: Vec<usize> = (0..catalog.city_count())
            .map(|city| catalog.city_positions(city).filter(|p| wanted[*p]).count())
            .collect();
        // Without a filter every hit is in a wanted item: no list of millions to make.
        self.shown = self.matches.is_some().then(|| {
            (0..self.hits.len() as u32)
                .filter(|&k| wanted.get(self.hits[k as usize].item as usize) == Some(&true))
                .collect()
        });
        if self
            .current
            .is_some_and(|h| wanted.get(h.item as usize) != Some(&true))
        {
            self.current = None;
        }
        self.narrowing = Some(Narrowing {
            items: per_city.iter().sum(),
            cities: per_city.iter().filter(|n| **n > 0).count(),
            wanted,
            per_city,
        });
    }

    /// The hit `n`/`N` went to last.
    #[must_use]
    pub fn current_hit(&self) -> Option<Hit> {
        self.current
    }
}

mod earlier;
#[cfg(test)]
mod tests;
mod walk;

//! The title filter and the text search as the browser uses them: the input lines, the
//! items they leave visible, and walking the search hits.

use super::{App, Edit, Focus, Input};
use crate::model::ItemId;
use crate::query::{Hit, Query, fold, fold_with_origin};

#[derive(Debug, Clone, Default)]
pub struct TitleFilter {
    /// As typed.
    pub input: String,
    pub query: Query,
    /// Positions in the search index of the matching items; `None` when no filter is set.
    pub matches: Option<Vec<u32>>,
}

#[derive(Debug, Clone, Default)]
pub struct TextSearch {
    /// As typed.
    pub input: String,
    /// Folded, as searched.
    pub needle: String,
    pub hits: Vec<Hit>,
    /// The hit last jumped to, for `hit 3/17`.
    pub current: Option<usize>,
}

impl TextSearch {
    #[must_use]
    pub fn is_active(&self) -> bool {
        !self.needle.is_empty()
    }
}

/// What the filter and the search leave visible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowing {
    /// By position in the search index.
    pub wanted: Vec<bool>,
    /// Wanted items per city.
    pub per_city: Vec<usize>,
    pub items: usize,
    pub cities: usize,
}

impl App {
    pub(super) fn edit(&mut self, edit: Edit) {
        let text = match self.input {
            Input::Filter => &mut self.filter.input,
            Input::Search => &mut self.search.input,
            Input::None => return,
        };
        match edit {
            Edit::Char(c) => text.push(c),
            Edit::Backspace => {
                text.pop();
            }
            Edit::DeleteWord => {
                let kept = text.trim_end().rfind(' ').map_or(0, |i| i + 1);
                text.truncate(kept);
            }
            Edit::DeleteAll => text.clear(),
        }
        self.dirty = true;
    }

    pub(super) fn accept(&mut self) {
        let was = std::mem::take(&mut self.input);
        if self.focus == Focus::Text {
            self.focus = Focus::Members;
        }
        if was == Input::Search && self.search.is_active() {
            self.refresh_narrowing();
            self.search.current = None;
            self.jump_to_hit(true);
        }
    }

    pub(super) fn clear(&mut self) {
        let which = match self.input {
            Input::None if self.filter.matches.is_some() => Input::Filter,
            Input::None => Input::Search,
            open => open,
        };
        match which {
            Input::Filter => self.filter.input.clear(),
            _ => self.search.input.clear(),
        }
        self.input = Input::None;
        self.dirty = true;
    }

    /// Recomputes matches and hits for what is typed now: the filter narrows from its
    /// previous result while the query only grows.
    pub(super) fn refresh_narrowing(&mut self) {
        let query = Query::parse(&self.filter.input);
        if query != self.filter.query || (self.filter.matches.is_none() && !query.is_empty()) {
            let previous = self
                .filter
                .matches
                .as_deref()
                .filter(|_| query.narrows(&self.filter.query));
            self.filter.matches = (!query.is_empty()).then(|| self.index.filter(&query, previous));
            self.filter.query = query;
        }
        let needle = fold(self.search.input.trim());
        if needle != self.search.needle {
            self.search.hits = self.index.search(&self.data, &needle);
            self.search.needle = needle;
            self.search.current = None;
        }
        self.narrowing = self.compute_narrowing();
        // A remembered selection that no longer matches gives way to the first match.
        let index = &self.index;
        if let Some(n) = &self.narrowing {
            self.sections
                .selected
                .retain(|&city, &mut item| n.wanted[index.position(ItemId { city, item })]);
        }
    }

    fn compute_narrowing(&self) -> Option<Narrowing> {
        if self.filter.matches.is_none() && !self.search.is_active() {
            return None;
        }
        let n = self.index.len();
        let mut wanted = match &self.filter.matches {
            Some(m) => {
                let mut w = vec![false; n];
                for &i in m {
                    w[i as usize] = true;
                }
                w
            }
            None => vec![true; n],
        };
        if self.search.is_active() {
            let mut hit = vec![false; n];
            for h in &self.search.hits {
                hit[h.item as usize] = true;
            }
            for (w, h) in wanted.iter_mut().zip(hit) {
                *w &= h;
            }
        }
        let mut per_city = vec![0; self.data.cities.len()];
        for (i, _) in wanted.iter().enumerate().filter(|(_, w)| **w) {
            per_city[self.index.ids[i].city] += 1;
        }
        Some(Narrowing {
            items: per_city.iter().sum(),
            cities: per_city.iter().filter(|n| **n > 0).count(),
            wanted,
            per_city,
        })
    }

    /// Selects the next (or previous) hit across items and cities, opening the nodes
    /// above it and scrolling the text to it.
    pub(super) fn jump_to_hit(&mut self, forward: bool) {
        let hits = &self.search.hits;
        if hits.is_empty() {
            return;
        }
        let here = self
            .current()
            .map_or(0, |id| self.index.position(id) as u32);
        let next = match self.search.current {
            Some(i) if forward => (i + 1) % hits.len(),
            Some(i) => (i + hits.len() - 1) % hits.len(),
            None if forward => hits.iter().position(|h| h.item >= here).unwrap_or(0),
            None => hits
                .iter()
                .rposition(|h| h.item <= here)
                .unwrap_or(hits.len() - 1),
        };
        self.search.current = Some(next);
        let hit = hits[next];
        let id = self.index.ids[hit.item as usize];
        self.select(id);
        self.scroll_to = Some(hit);
    }

    /// Scrolls the text so `hit` sits a third of the way down the pane.
    pub(super) fn scroll_to_hit(&mut self, hit: Hit) {
        let Some((layout, height)) = self.text_layout() else {
            return;
        };
        let Some(item) = self.data.item(self.index.ids[hit.item as usize]) else {
            return;
        };
        let (line, byte) = hit_location(
            self.index.folded_description(&self.data, hit.item),
            &item.description,
            hit.at as usize,
        );
        let row = layout
            .rows
            .iter()
            .rposition(|r| r.line == line && r.range.start <= byte)
            .unwrap_or(0);
        self.text.scroll = row.saturating_sub(height / 3);
    }

    /// Is the search or filter bar showing, and for which?
    #[must_use]
    pub fn typing(&self) -> bool {
        self.input != Input::None
    }
}

/// A folded byte offset as a line number and a byte offset within that line of the
/// original text (folding changes lengths but keeps newlines and char order).
fn hit_location(folded: &str, original: &str, at: usize) -> (usize, usize) {
    let line = memchr::memchr_iter(b'\n', &folded.as_bytes()[..at]).count();
    let line_start = folded[..at].rfind('\n').map_or(0, |i| i + 1);
    let folded_char = folded[line_start..at].chars().count();
    let original_line = original.split('\n').nth(line).unwrap_or("");
    let (_, origin) = fold_with_origin(original_line);
    let char_index = origin.get(folded_char).copied().unwrap_or(0);
    let byte = original_line
        .char_indices()
        .nth(char_index)
        .map_or(original_line.len(), |(b, _)| b);
    (line, byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hit_locations_map_back_through_accents() {
        let original = "eerste\nDe Cliënt en de cliënt";
        let folded = fold(original);
        let at = folded.rfind("client").unwrap();
        let (line, byte) = hit_location(&folded, original, at);
        assert_eq!(line, 1);
        assert_eq!(&original.split('\n').nth(1).unwrap()[byte..], "cliënt");
    }
}

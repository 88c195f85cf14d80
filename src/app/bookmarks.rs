//! The bookmarks across cities, as an overlay: Enter goes to one, `'` removes it. A
//! bookmark whose item is gone from the dataset stays listed, marked.

use ratatui::layout::{Constraint, Flex, Layout, Rect};

use super::screen::{Emphasis, Line, Pane, Seg, Tone, fit};
use super::user::UserLayer;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::Place;
use crate::strings;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BookmarkList {
    /// The bookmarks: those in the dataset in its order, then the orphans; then the notes
    /// whose item is gone (`true`), so they are never out of sight.
    entries: Vec<(Place, Option<ItemId>)>,
    orphan_notes: Vec<Place>,
    selected: usize,
    top: usize,
    rect: Rect,
}

impl BookmarkList {
    #[must_use]
    pub fn new(catalog: &Catalog, user: &UserLayer) -> BookmarkList {
        let mut entries: Vec<(Place, Option<ItemId>)> = user
            .bookmarks()
            .iter()
            .map(|p| (p.clone(), user.locate(catalog, p)))
            .collect();
        entries.sort_by_key(|(p, id)| {
            (
                id.is_none(),
                id.and_then(|i| catalog.position(i)),
                p.clone(),
            )
        });
        let orphan_notes = user.orphans().to_vec();
        entries.extend(orphan_notes.iter().map(|p| (p.clone(), None)));
        BookmarkList {
            entries,
            orphan_notes,
            ..BookmarkList::default()
        }
    }

    #[must_use]
    pub fn selected(&self) -> Option<&(Place, Option<ItemId>)> {
        self.entries.get(self.selected)
    }

    pub fn remove_selected(&mut self) -> Option<Place> {
        if self.selected >= self.entries.len() {
            return None;
        }
        let (place, _) = self.entries.remove(self.selected);
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
        Some(place)
    }

    fn height(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2)).max(1)
    }

    pub fn step(&mut self, m: super::Move) {
        self.selected = m.apply(self.selected, self.entries.len(), self.height());
    }

    pub fn sync(&mut self, area: Rect) {
        let rows = (self.entries.len().max(1) + 2).min(usize::from(area.height));
        let [row] = Layout::vertical([Constraint::Length(rows as u16)])
            .flex(Flex::Center)
            .areas(area);
        let [rect] = Layout::horizontal([Constraint::Percentage(70)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
        self.top =
            super::layout::keep_in_view(self.top, self.selected, self.height(), self.entries.len());
    }

    #[must_use]
    pub fn pane(&self) -> Pane {
        let width = usize::from(self.rect.width.saturating_sub(2));
        let lines = self
            .entries
            .iter()
            .enumerate()
            .skip(self.top)
            .take(self.height())
            .map(|(i, (place, id))| {
                let gone = if id.is_none() { strings::ORPHAN } else { "" };
                let sign = if id.is_none() && self.orphan_notes.contains(place) {
                    strings::NOTE_MARK
                } else {
                    strings::BOOKMARK_MARK
                };
                let text = fit(&format!("{sign} {place}{gone}"), width).unwrap_or_default();
                let mut line = Line::new(vec![Seg::new(
                    text,
                    if id.is_some() { Tone::Plain } else { Tone::Dim },
                )]);
                if i == self.selected {
                    line.emphasis = Emphasis::Selected { focused: true };
                }
                line
            })
            .collect();
        Pane {
            rect: self.rect,
            title: format!(" {} ", strings::BOOKMARKS_TITLE),
            focused: true,
            lines,
            empty: Some(strings::NO_BOOKMARKS.to_owned()),
            ..Pane::default()
        }
    }
}

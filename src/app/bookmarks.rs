//! The bookmarks across cities, as an overlay: Enter goes to one, `'` removes it. A
//! bookmark whose item is gone from the dataset stays listed, marked; so does a note whose
//! item is gone, which Enter opens to read (there is nowhere to go).

use std::collections::HashMap;

use ratatui::layout::{Constraint, Flex, Layout, Rect};

use super::action::{Action, Move};
use super::layout::keep_in_view;
use super::next::Next;
use super::screen::{Emphasis, Line, Pane, Seg, Tone, fit};
use super::shared::Shared;
use super::user::UserLayer;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::Place;
use crate::strings;

/// One row of the list: a bookmark (its item, unless the item is gone), or a note whose
/// item is gone, listed so it is never out of sight (not a bookmark: `'` leaves it be).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Bookmark(Place, Option<ItemId>),
    OrphanNote(Place),
}

impl Entry {
    /// The item to go to, when it is in the dataset.
    #[must_use]
    pub fn item(&self) -> Option<ItemId> {
        match self {
            Entry::Bookmark(_, id) => *id,
            Entry::OrphanNote(_) => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BookmarkList {
    /// The bookmarks in the dataset's order, then the orphan bookmarks, then orphan notes.
    entries: Vec<Entry>,
    /// The text of each note whose item is gone, by where it was.
    gone_notes: HashMap<Place, String>,
    selected: usize,
    top: usize,
    rect: Rect,
}

impl BookmarkList {
    #[must_use]
    pub fn new(catalog: &Catalog, user: &UserLayer) -> BookmarkList {
        let mut bookmarks: Vec<(Place, Option<ItemId>)> = user
            .bookmarks()
            .iter()
            .map(|p| (p.clone(), user.locate(catalog, p)))
            .collect();
        bookmarks.sort_by_key(|(p, id)| {
            (
                id.is_none(),
                id.and_then(|i| catalog.position(i)),
                p.clone(),
            )
        });
        let mut entries: Vec<Entry> = bookmarks
            .into_iter()
            .map(|(p, id)| Entry::Bookmark(p, id))
            .collect();
        entries.extend(
            user.orphans()
                .iter()
                .map(|(place, _)| Entry::OrphanNote(place.clone())),
        );
        BookmarkList {
            entries,
            gone_notes: user.orphans().iter().cloned().collect(),
            ..BookmarkList::default()
        }
    }

    /// The note of the selected row when its item is gone: where it was, and its text.
    #[must_use]
    pub fn gone_note(&self) -> Option<(Place, String)> {
        let place = match self.selected()? {
            Entry::Bookmark(place, None) | Entry::OrphanNote(place) => place,
            Entry::Bookmark(_, Some(_)) => return None,
        };
        let text = self.gone_notes.get(place)?;
        Some((place.clone(), text.clone()))
    }

    #[must_use]
    pub fn selected(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }

    /// Takes the selected bookmark off the list; a note is not a bookmark (`None`).
    pub fn remove_selected(&mut self) -> Option<Place> {
        let Some(Entry::Bookmark(..)) = self.entries.get(self.selected) else {
            return None;
        };
        let Entry::Bookmark(place, _) = self.entries.remove(self.selected) else {
            return None;
        };
        self.selected = self.selected.min(self.entries.len().saturating_sub(1));
        Some(place)
    }

    fn height(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2)).max(1)
    }

    pub fn step(&mut self, m: Move) {
        self.selected = m.apply(self.selected, self.entries.len(), self.height());
    }

    /// Enter: to the item; where it is gone, why not, and its note opened to read (the one
    /// thing left to read), the list kept open to remove it.
    fn accept(&self, shared: &mut Shared) -> Next {
        let Some(entry) = self.selected() else {
            return Next::Close;
        };
        if let Some(id) = entry.item() {
            return Next::Go(id);
        }
        let why = match entry {
            Entry::Bookmark(..) => strings::ORPHAN_BOOKMARK_GONE,
            Entry::OrphanNote(_) => strings::ORPHAN_NOTE_GONE,
        };
        shared.say(why.to_string());
        if self.gone_note().is_some() {
            Next::ReadNote
        } else {
            Next::Stay
        }
    }

    /// A key on the list: move, go to a bookmark, remove one, or close.
    pub fn update(&mut self, shared: &mut Shared, action: Action) -> Next {
        match action {
            Action::Move(m) => self.step(m),
            Action::Accept => return self.accept(shared),
            Action::ToggleBookmark => {
                if !shared.refuse_writes()
                    && let Some(place) = self.remove_selected()
                {
                    shared.remove_bookmark_or(place, false);
                }
            }
            Action::Undo => shared.undo(),
            Action::Back => return Next::Close,
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        Next::Stay
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
        self.top = keep_in_view(self.top, self.selected, self.height(), self.entries.len());
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
            .map(|(i, entry)| {
                let (sign, place) = match entry {
                    Entry::Bookmark(place, _) => (strings::BOOKMARK_MARK, place),
                    Entry::OrphanNote(place) => (strings::NOTE_MARK, place),
                };
                let here = entry.item().is_some();
                let gone = if here { "" } else { strings::ORPHAN.get() };
                let text = fit(&format!("{sign} {place}{gone}"), width).unwrap_or_default();
                let mut line = Line::new(vec![Seg::new(
                    text,
                    if here { Tone::Plain } else { Tone::Dim },
                )]);
                if i == self.selected {
                    line.emphasis = Emphasis::Selected { focused: true };
                }
                line
            })
            .collect();
        let whole = self
            .selected()
            .map(|entry| match entry {
                Entry::Bookmark(place, _) | Entry::OrphanNote(place) => place.to_string(),
            })
            .into_iter()
            .collect();
        Pane {
            rect: self.rect,
            title: format!(" {} ", strings::BOOKMARKS_TITLE),
            focused: true,
            lines,
            whole,
            empty: Some(strings::NO_BOOKMARKS.to_string()),
            ..Pane::default()
        }
    }
}

//! What every view reads and answers through: the dataset and its sections, the window,
//! the narrowing, the user's notes and bookmarks, the marks, and the status message and
//! effects handed back to the loop. The views borrow it; none of them owns it.

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::Find;
use super::effect::{COPY_LIMIT, Effect, WRITE_LIMIT};
use super::find::Finder;
use super::recall::Recall;
use super::user::UserLayer;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::{Notes, Place};
use crate::sections::{Cell, Coverage, SectionIndex};
use crate::strings;

/// Messages kept for the log: a session's worth, bounded.
pub const LOG_KEPT: usize = 200;

#[derive(Debug)]
pub struct Shared {
    pub catalog: Arc<Catalog>,
    pub sections: SectionIndex,
    /// The terminal's size.
    pub area: Rect,
    pub finder: Finder,
    /// What was accepted in the inputs, for Ctrl-p/Ctrl-n.
    pub recall: Recall,
    /// Notes and bookmarks.
    pub user: UserLayer,
    /// Items marked (`v`) for comparing and exporting.
    pub marks: BTreeSet<ItemId>,
    /// One line for the status bar until the next key (what was copied or written).
    pub message: Option<String>,
    /// Everything said this session, oldest first (the last `LOG_KEPT`), to read again
    /// whole with `M`: a status line is cut to the window and gone at the next key.
    pub log: VecDeque<String>,
    pub effects: Vec<Effect>,
    /// For screen readers and braille displays: the cursor on the selection, no box
    /// drawing, no hints rewritten under the reader, the pane named when it changes.
    pub accessible: bool,
    /// The last destructive step, for `u`.
    undo: Option<Undo>,
    /// A bookmark being put back by `u`: its save says so.
    restoring: Option<Place>,
}

/// What `u` puts back.
#[derive(Debug, Clone)]
enum Undo {
    Marks(BTreeSet<ItemId>),
    Bookmark(Place),
}

impl Shared {
    pub fn new(catalog: Arc<Catalog>, area: Rect) -> Shared {
        let sections = SectionIndex::new(&catalog);
        let user = UserLayer::new(&catalog, Ok(Notes::default()));
        Shared {
            catalog,
            sections,
            area,
            finder: Finder::default(),
            recall: Recall::default(),
            user,
            marks: BTreeSet::new(),
            message: None,
            log: VecDeque::new(),
            effects: Vec::new(),
            accessible: false,
            undo: None,
            restoring: None,
        }
    }

    pub fn say(&mut self, message: String) {
        if self.log.len() == LOG_KEPT {
            self.log.pop_front();
        }
        self.log.push_back(message.clone());
        self.message = Some(message);
    }

    /// Esc: clears the filter, else the search, else the marks; says what it did.
    pub fn back(&mut self) {
        let finder = &mut self.finder;
        if finder.filter_active() || !finder.input(Find::Filter).value().is_empty() {
            finder.clear(Find::Filter);
        } else if finder.search_active() {
            finder.clear(Find::Search);
        } else if !self.marks.is_empty() {
            let n = self.marks.len();
            self.undo = Some(Undo::Marks(std::mem::take(&mut self.marks)));
            self.say(strings::marks_cleared(n));
        }
    }

    /// Whether the filter and search leave an item visible.
    pub fn wants(&self, id: ItemId) -> bool {
        self.catalog
            .position(id)
            .is_some_and(|p| self.finder.wants(p))
    }

    /// Per sectie: the visible items of a section, one per city (its first there).
    pub fn section_cities(&self, section: usize) -> Vec<ItemId> {
        let mut out: Vec<ItemId> = Vec::new();
        for m in self.sections.get(section).map_or(&[][..], |s| &s.members) {
            if self.wants(*m) && out.last().is_none_or(|l| l.city != m.city) {
                out.push(*m);
            }
        }
        out
    }

    /// Cities with something shown.
    pub fn visible_cities(&self) -> Vec<usize> {
        match self.finder.narrowing() {
            None => (0..self.catalog.city_count()).collect(),
            Some(n) => (0..self.catalog.city_count())
                .filter(|c| n.in_city(*c) > 0)
                .collect(),
        }
    }

    /// Sections with something shown.
    pub fn visible_sections(&self) -> Vec<usize> {
        match self.finder.narrowing() {
            None => (0..self.sections.len()).collect(),
            Some(_) => (0..self.sections.len())
                .filter(|s| {
                    self.sections
                        .get(*s)
                        .is_some_and(|sec| sec.members.iter().any(|m| self.wants(*m)))
                })
                .collect(),
        }
    }

    /// What a city has of a section.
    pub fn cell(&self, city: usize, section: usize) -> Cell {
        self.sections.get(section).map_or(
            Cell {
                coverage: Coverage::Missing,
                chars: 0,
            },
            |s| s.cell(&self.catalog, city),
        )
    }

    /// Asks the loop to copy, or says why not: a copy the terminal would drop is refused.
    pub fn copy(&mut self, text: String) {
        if self.may_copy(text.len()) {
            self.effects.push(Effect::Copy(text));
        }
    }

    /// Whether a copy of at least `bytes` can reach the clipboard; says why not when it
    /// cannot, so a copy too big is refused before it is built.
    pub fn may_copy(&mut self, bytes: usize) -> bool {
        let size = bytes.div_ceil(3) * 4;
        let fits = size <= COPY_LIMIT;
        if !fits {
            self.say(strings::copy_too_large(size, COPY_LIMIT));
        }
        fits
    }

    /// Whether a file of at least `bytes` may be built on the key thread; says why not.
    pub fn may_write(&mut self, bytes: usize) -> bool {
        let fits = bytes <= WRITE_LIMIT;
        if !fits {
            self.say(strings::write_too_large(bytes, WRITE_LIMIT));
        }
        fits
    }

    /// The bytes of text of `ids` at least: what an export or a copy of them holds.
    #[must_use]
    pub fn text_bytes(&self, ids: &[ItemId]) -> usize {
        ids.iter()
            .filter_map(|id| self.catalog.get(*id))
            .map(|i| i.chars + i.title.len())
            .sum()
    }

    /// Writes items as Markdown, one after another, in a file named for what they have in
    /// common.
    pub fn export_items(&mut self, ids: &[ItemId]) {
        if ids.is_empty() || !self.may_write(self.text_bytes(ids)) {
            return;
        }
        let stem = self.stem_of(ids);
        let user = &self.user;
        let contents = crate::export::items_markdown(&self.catalog, ids, |id| user.note(id));
        self.effects.push(Effect::WriteMarkdown { stem, contents });
    }

    /// Writes items side by side, a Markdown table as the comparison shows them.
    pub fn export_side_by_side(&mut self, ids: &[ItemId]) {
        if ids.is_empty() || !self.may_write(self.text_bytes(ids)) {
            return;
        }
        let stem = self.stem_of(ids);
        let contents = crate::export::side_by_side_markdown(&self.catalog, ids);
        self.effects.push(Effect::WriteMarkdown { stem, contents });
    }

    /// A file name for `ids` (not empty): their city and section where they share them.
    fn stem_of(&self, ids: &[ItemId]) -> String {
        let catalog = &self.catalog;
        let sections: Vec<Option<usize>> = ids
            .iter()
            .map(|id| self.sections.of(catalog, *id))
            .collect();
        let one_section = sections.iter().all(|s| *s == sections[0]);
        let first = ids[0];
        let one_city = ids.iter().all(|id| id.city == first.city);
        let title = |s: Option<usize>| {
            s.and_then(|s| self.sections.get(s))
                .map_or(String::new(), |s| s.title.clone())
        };
        match (one_city, one_section) {
            (true, true) => format!("{} {}", catalog.city_name(first.city), title(sections[0])),
            (false, true) => title(sections[0]),
            (true, false) => catalog.city_name(first.city).to_owned(),
            (false, false) => strings::COMPARISON_STEM.to_string(),
        }
    }

    /// Says why the user's layer cannot be written, if it cannot.
    pub fn refuse_writes(&mut self) -> bool {
        let why = self.user.unavailable().map(strings::notes_unavailable);
        let refused = why.is_some();
        if let Some(why) = why {
            self.say(why);
        }
        refused
    }

    /// Hands the selected item's note to the user's editor.
    pub fn edit_note(&mut self, current: Option<ItemId>) {
        if self.refuse_writes() {
            return;
        }
        let Some(id) = current else { return };
        let Some(place) = UserLayer::place(&self.catalog, id) else {
            return;
        };
        let text = self.user.note(id).unwrap_or_default().to_owned();
        self.effects.push(Effect::EditNote { place, text });
    }

    /// Asks to set or clear the bookmark on the selected item.
    pub fn toggle_bookmark(&mut self, current: Option<ItemId>) {
        if self.refuse_writes() {
            return;
        }
        let Some(place) = current.and_then(|id| UserLayer::place(&self.catalog, id)) else {
            return;
        };
        let on = !self.user.bookmarks().contains(&place);
        self.remove_bookmark_or(place, on);
    }

    /// Stores a bookmark set, or removed (which `u` can undo).
    pub fn remove_bookmark_or(&mut self, place: Place, on: bool) {
        if !on {
            self.undo = Some(Undo::Bookmark(place.clone()));
        }
        self.effects.push(Effect::SaveBookmark { place, on });
    }

    /// `u`: puts back what the last destructive step took, and says what.
    pub fn undo(&mut self) {
        match self.undo.take() {
            None => self.say(strings::NOTHING_TO_UNDO.to_string()),
            Some(Undo::Marks(marks)) => {
                let n = marks.len();
                // Marks set since stay: the union is what the user had and has.
                self.marks.extend(marks);
                self.say(strings::marks_put_back(n));
            }
            Some(Undo::Bookmark(place)) => {
                if self.refuse_writes() {
                    self.undo = Some(Undo::Bookmark(place));
                    return;
                }
                self.restoring = Some(place.clone());
                self.effects.push(Effect::SaveBookmark { place, on: true });
            }
        }
    }

    /// Takes the notes as read, or why they could not be (then nothing is written).
    pub fn load_notes(&mut self, notes: Result<Notes, String>) {
        self.user = UserLayer::new(&self.catalog, notes);
        self.finder.notes_changed();
        if let Some(why) = self.user.unavailable() {
            self.say(strings::notes_unavailable(why));
        }
    }

    /// The text the user's editor gave back from `base`; stored if it changed.
    pub fn note_edited(&mut self, place: Place, base: String, text: String) {
        if text.trim_end() == base.trim_end() {
            self.say(strings::NOTE_UNCHANGED.to_string());
        } else {
            self.effects.push(Effect::SaveNote { place, text, base });
        }
    }

    /// The note at a place as the browser shows it now (empty when it has none).
    #[must_use]
    pub fn note_at(&self, place: &Place) -> String {
        self.user
            .locate(&self.catalog, place)
            .and_then(|id| self.user.note(id))
            .unwrap_or_default()
            .to_owned()
    }

    /// The notes file was written by another process: shown as it is now.
    pub fn notes_reread(&mut self, notes: Result<Notes, String>) {
        let ok = notes.is_ok();
        self.load_notes(notes);
        if ok {
            self.say(strings::NOTES_REREAD.to_string());
        }
    }

    /// What the notes file holds now for a place, after a save.
    pub fn note_saved(&mut self, place: &Place, stored: &str, asked: &str) {
        self.user.set_note(&self.catalog, place, stored);
        self.finder.notes_changed();
        self.say(
            if stored.trim().is_empty() {
                strings::NOTE_REMOVED
            } else if stored.trim_end() != asked.trim_end() {
                strings::NOTE_CONFLICT
            } else {
                strings::NOTE_SAVED
            }
            .to_string(),
        );
    }

    /// A bookmark was stored.
    pub fn bookmark_saved(&mut self, place: Place, on: bool) {
        if on && self.restoring.as_ref() == Some(&place) {
            self.say(strings::bookmark_restored(&place.city, &place.title));
        } else {
            self.say(strings::bookmark_set(on).to_owned());
        }
        self.restoring = None;
        self.user.set_bookmark(&self.catalog, place, on);
    }
}

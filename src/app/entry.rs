//! What the loop tells the app besides actions (a search's hits, a saved note, the notes
//! read at start, where the user left off) and what it reads back.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::bookmarks::BookmarkList;
use super::editor::NoteEditor;
use super::{
    App, Effect, Find, Focus, Grouping, Mode, Narrowing, Page, Screen, SearchOutcome, related,
};
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::position::Position;
use crate::notes::{Notes, Place};
use crate::sections::SectionIndex;

impl App {
    /// Goes to an item (by identity) in either grouping, opening the nodes above it.
    pub fn go_to(&mut self, id: ItemId) -> bool {
        self.shared.message = None;
        self.browser.select(&self.shared, id);
        let changed = self.settle();
        self.browser.wish_for_current(&self.shared);
        changed
    }

    /// Takes the hits of a search job the loop ran.
    pub fn search_done(&mut self, outcome: SearchOutcome) -> bool {
        let shared = &mut self.shared;
        if !shared.finder.finish(&shared.catalog, outcome) {
            return false;
        }
        self.settle();
        self.browser.try_jump(&mut self.shared);
        self.settle();
        true
    }

    /// The related-texts index the loop built; the list opens if `r` is waiting for it.
    pub fn related_ready(&mut self, index: Arc<crate::related::RelatedIndex>) -> bool {
        self.related_index = Some(index);
        if std::mem::take(&mut self.related_pending) && self.mode() != Mode::TooSmall {
            let from = self.browser.current();
            self.related = related::open(&mut self.shared, self.related_index.as_deref(), from);
        }
        self.settle()
    }

    /// What the loop says back after an effect, shown in the status line.
    pub fn report(&mut self, message: String) -> bool {
        self.shared.say(message);
        self.settle()
    }

    /// Work the terminal loop has to do for the last actions.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.shared.effects)
    }

    /// Takes the notes as read, or why they could not be (then nothing is written).
    pub fn load_notes(&mut self, notes: Result<Notes, String>) -> bool {
        self.shared.load_notes(notes);
        self.settle()
    }

    /// Takes what was typed into the filter and the search in earlier runs, for Ctrl-p.
    pub fn load_history(&mut self, history: crate::notes::history::History) {
        self.shared.recall.load(history);
    }

    /// The text the user's editor gave back, edited from `base`; stored if it changed.
    pub fn note_edited(&mut self, place: Place, base: String, text: String) -> bool {
        self.shared.note_edited(place, base, text);
        self.settle()
    }

    /// The notes file changed on disk (another browser, `woonbeleid note --set`, a text
    /// editor): the tree's marks, the note shown and what the filter finds follow it.
    pub fn notes_reread(&mut self, notes: Result<Notes, String>) -> bool {
        self.shared.notes_reread(notes);
        self.settle()
    }

    /// The note at a place as shown now.
    #[must_use]
    pub fn note_at(&self, place: &Place) -> String {
        self.shared.note_at(place)
    }

    /// No editor of the user's: edit in the built-in one.
    pub fn open_editor(&mut self, place: Place, text: &str) -> bool {
        self.editor = Some(NoteEditor::new(place, text));
        self.settle()
    }

    /// What the notes file holds now for a place, after a save.
    pub fn note_saved(&mut self, place: &Place, stored: &str, asked: &str) -> bool {
        self.shared.note_saved(place, stored, asked);
        self.settle()
    }

    /// A bookmark was stored.
    pub fn bookmark_saved(&mut self, place: Place, on: bool) -> bool {
        self.shared.bookmark_saved(place, on);
        // One put back by `u` while the list is open is listed again.
        if on && self.bookmarks.is_some() {
            let list = BookmarkList::new(&self.shared.catalog, &self.shared.user);
            self.bookmarks = Some(list);
        }
        self.settle()
    }

    /// Where the browser is, by name, for the next start with the same dataset.
    #[must_use]
    pub fn position(&self) -> Position {
        self.browser.position(&self.shared)
    }

    /// Back where the user left off (what still exists of it).
    pub fn restore(&mut self, p: &Position) -> bool {
        self.browser.restore(&mut self.shared, p);
        self.settle();
        self.browser
            .scroll_text(p.scroll.try_into().unwrap_or(isize::MAX));
        self.settle()
    }

    /// Accessible mode on or off (`--toegankelijk`).
    pub fn set_accessible(&mut self, on: bool) -> bool {
        self.shared.accessible = on;
        self.settle()
    }

    #[must_use]
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    #[must_use]
    pub fn quit(&self) -> bool {
        self.quit
    }

    #[must_use]
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.shared.catalog
    }

    #[must_use]
    pub fn sections(&self) -> &SectionIndex {
        &self.shared.sections
    }

    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
        self.browser.current()
    }

    #[must_use]
    pub fn focus(&self) -> Focus {
        self.browser.focus()
    }

    #[must_use]
    pub fn grouping(&self) -> Grouping {
        self.browser.grouping()
    }

    #[must_use]
    pub fn page(&self) -> Page {
        self.page
    }

    #[must_use]
    pub fn marks(&self) -> &BTreeSet<ItemId> {
        &self.shared.marks
    }

    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.shared.message.as_deref()
    }

    #[must_use]
    pub fn typing(&self) -> Option<Find> {
        self.typing
    }

    /// The text in an input line, as edited so far.
    #[must_use]
    pub fn typed(&self, which: Find) -> &str {
        self.shared.finder.input(which).value()
    }

    #[must_use]
    pub fn help_open(&self) -> bool {
        self.help.is_some()
    }

    /// The narrowing by filter and search, when either is active.
    #[must_use]
    pub fn narrowing(&self) -> Option<&Narrowing> {
        self.shared.finder.narrowing()
    }

    /// Hits in visible items, and which one `n`/`N` went to (1-based).
    #[must_use]
    pub fn hit_counter(&self) -> (Option<usize>, usize) {
        self.shared.finder.hit_counter()
    }

    /// The first pane's rows: cities (per stad) or sections (per sectie), by index.
    #[must_use]
    pub fn group_rows(&self) -> &[usize] {
        self.browser.group_rows()
    }

    /// The second pane's rows as items: a city's tree, or one item per city in a section.
    #[must_use]
    pub fn member_items(&self) -> Vec<ItemId> {
        self.browser.member_items()
    }

    /// The selected group's index (a city, or a section).
    #[must_use]
    pub fn selected_group(&self) -> Option<usize> {
        self.browser.selected_group()
    }

    /// The text pane's first row and how many rows its text has and shows.
    #[must_use]
    pub fn text_scroll(&self) -> (usize, usize, usize) {
        self.browser.text_scroll()
    }

    /// The grid's cursor: a city and a section.
    #[must_use]
    pub fn grid_cursor(&self) -> (usize, usize) {
        self.grid.cursor()
    }
}

//! The user's own layer in the browser: writing notes (handed to the user's editor, or the
//! built-in one), bookmarks and their list, and the position kept between runs.

use std::sync::Arc;

use super::bookmarks::BookmarkList;
use super::editor::NoteEditor;
use super::user::UserLayer;
use super::{Action, App, Effect, Focus, Grouping};
use crate::model::ItemId;
use crate::notes::position::{self, Position};
use crate::notes::{Notes, Place};
use crate::strings;

impl App {
    /// Takes the notes as read, or why they could not be (then nothing is written).
    pub fn load_notes(&mut self, notes: Result<Notes, String>) -> bool {
        self.user = UserLayer::new(&self.catalog, notes);
        self.finder.notes_changed();
        if let Some(why) = self.user.unavailable() {
            self.message = Some(strings::notes_unavailable(why));
        }
        self.settle()
    }

    /// Says why the user's layer cannot be written, if it cannot.
    fn refuse_writes(&mut self) -> bool {
        let why = self.user.unavailable().map(strings::notes_unavailable);
        let refused = why.is_some();
        if let Some(why) = why {
            self.say(why);
        }
        refused
    }

    pub(super) fn edit_note(&mut self) {
        if self.refuse_writes() {
            return;
        }
        let Some(id) = self.current else { return };
        let Some(place) = UserLayer::place(&self.catalog, id) else {
            return;
        };
        let text = self.user.note(id).unwrap_or_default().to_owned();
        self.effects.push(Effect::EditNote { place, text });
    }

    /// The text the user's editor gave back; stored if it changed.
    pub fn note_edited(&mut self, place: Place, text: String) -> bool {
        let before = self
            .user
            .locate(&self.catalog, &place)
            .and_then(|id| self.user.note(id))
            .unwrap_or_default();
        if text.trim_end() == before.trim_end() {
            self.message = Some(strings::NOTE_UNCHANGED.to_owned());
        } else {
            self.effects.push(Effect::SaveNote { place, text });
        }
        self.settle()
    }

    /// No editor of the user's: edit in the built-in one.
    pub fn open_editor(&mut self, place: Place, text: &str) -> bool {
        self.editor = Some(NoteEditor::new(place, text));
        self.settle()
    }

    pub(super) fn editor_action(&mut self, action: Action) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        match action {
            Action::Note(edit) => editor.apply(edit),
            Action::Accept => {
                if let Some(e) = self.editor.take() {
                    if e.changed() {
                        self.effects.push(Effect::SaveNote {
                            place: e.place.clone(),
                            text: e.text(),
                        });
                    } else {
                        self.say(strings::NOTE_UNCHANGED.to_owned());
                    }
                }
            }
            Action::Back => {
                let changed = self.editor.take().is_some_and(|e| e.changed());
                if changed {
                    self.say(strings::NOTE_DISCARDED.to_owned());
                }
            }
            _ => {}
        }
    }

    /// What the notes file holds now for a place, after a save.
    pub fn note_saved(&mut self, place: &Place, stored: &str, asked: &str) -> bool {
        let catalog = Arc::clone(&self.catalog);
        self.user.set_note(&catalog, place, stored);
        self.finder.notes_changed();
        self.message = Some(
            if stored.trim().is_empty() {
                strings::NOTE_REMOVED
            } else if stored.trim_end() != asked.trim_end() {
                strings::NOTE_CONFLICT
            } else {
                strings::NOTE_SAVED
            }
            .to_owned(),
        );
        self.settle()
    }

    pub(super) fn toggle_bookmark(&mut self) {
        if self.refuse_writes() {
            return;
        }
        let Some(place) = self
            .current
            .and_then(|id| UserLayer::place(&self.catalog, id))
        else {
            return;
        };
        let on = !self.user.bookmarks().contains(&place);
        self.effects.push(Effect::SaveBookmark { place, on });
    }

    /// A bookmark was stored.
    pub fn bookmark_saved(&mut self, place: Place, on: bool) -> bool {
        let catalog = Arc::clone(&self.catalog);
        self.user.set_bookmark(&catalog, place, on);
        self.message = Some(strings::bookmark_set(on).to_owned());
        self.settle()
    }

    pub(super) fn open_bookmarks(&mut self) {
        self.bookmarks = Some(BookmarkList::new(&self.catalog, &self.user));
    }

    pub(super) fn bookmarks_action(&mut self, action: Action) {
        let Some(list) = &mut self.bookmarks else {
            return;
        };
        match action {
            Action::Move(m) => list.step(m),
            Action::Accept => {
                let target = list.selected().and_then(super::bookmarks::Entry::item);
                self.bookmarks = None;
                if let Some(id) = target {
                    self.select(id);
                    self.page = super::Page::Browse;
                }
            }
            Action::ToggleBookmark => {
                if !self.refuse_writes()
                    && let Some(list) = &mut self.bookmarks
                    && let Some(place) = list.remove_selected()
                {
                    self.effects.push(Effect::SaveBookmark { place, on: false });
                }
            }
            Action::Back => self.bookmarks = None,
            _ => {}
        }
    }

    /// Where the browser is, by name, for the next start with the same dataset.
    #[must_use]
    pub fn position(&self) -> Position {
        let place = |id: ItemId| UserLayer::place(&self.catalog, id);
        Position {
            dataset: self.catalog.fingerprint(),
            grouping: match self.grouping {
                Grouping::ByCity => position::Grouping::PerCity,
                Grouping::BySection => position::Grouping::PerSection,
            },
            pane: match self.focus {
                Focus::Groups => position::Pane::Groups,
                Focus::Members => position::Pane::Members,
                Focus::Text => position::Pane::Text,
            },
            item: self.current.and_then(place),
            closed: self.tree.closed_nodes().filter_map(place).collect(),
            scroll: self.text.scroll_state().0,
            marks: self.marks.iter().copied().filter_map(place).collect(),
            ..Position::default()
        }
    }

    /// Back where the user left off (what still exists of it).
    pub fn restore(&mut self, p: &Position) -> bool {
        let catalog = Arc::clone(&self.catalog);
        let find = |place: &Place| self.user.locate(&catalog, place);
        let closed: Vec<ItemId> = p.closed.iter().filter_map(find).collect();
        let marks: Vec<ItemId> = p.marks.iter().filter_map(find).collect();
        let item = p.item.as_ref().and_then(find);
        self.grouping = match p.grouping {
            position::Grouping::PerCity => Grouping::ByCity,
            position::Grouping::PerSection => Grouping::BySection,
        };
        self.focus = match p.pane {
            position::Pane::Groups => Focus::Groups,
            position::Pane::Members => Focus::Members,
            position::Pane::Text => Focus::Text,
        };
        for id in closed {
            self.tree.close(&catalog, id);
        }
        self.marks.extend(marks);
        if let Some(id) = item {
            self.select(id);
        }
        self.settle();
        self.text
            .scroll_by(p.scroll.try_into().unwrap_or(isize::MAX));
        self.settle()
    }
}

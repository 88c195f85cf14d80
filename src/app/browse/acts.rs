//! What the selection is used for: marking, copying, exporting, the search's hits;
//! and the keys that reach the panes while an input line is open.

use super::Browser;
use crate::app::action::{Action, Direction, Find, Focus};
use crate::app::effect::Effect;
use crate::app::next::Next;
use crate::app::shared::Shared;
use crate::app::text::TextState;
use crate::model::ItemId;
use crate::strings;

impl Browser {
    pub(super) fn next_hit(&mut self, shared: &mut Shared, way: Direction) {
        if !shared.finder.search_active() {
            shared.say(strings::NO_SEARCH.to_string());
            return;
        }
        if shared.finder.searching() {
            self.jump_on_arrival = way == Direction::Forward;
            return;
        }
        let here = self.current.and_then(|id| shared.catalog.position(id));
        let Some((hit, wrapped)) = shared.finder.step(way, here) else {
            let said = if shared.finder.filter_active() {
                strings::NO_HITS_SHOWN.to_string()
            } else {
                strings::no_hits(shared.finder.input(Find::Search).value())
            };
            shared.say(said);
            return;
        };
        if wrapped {
            let said = match way {
                Direction::Forward => strings::WRAPPED_TO_FIRST,
                Direction::Backward => strings::WRAPPED_TO_LAST,
            };
            shared.say(said.to_string());
        }
        if let Some(id) = shared.catalog.id_at(hit.item as usize) {
            self.jump_to(shared, id);
            self.text.aim(id, hit.at as usize);
        }
    }

    /// Goes to the first hit after the selection once the search's hits are in.
    pub fn try_jump(&mut self, shared: &mut Shared) {
        if self.jump_on_arrival && !shared.finder.searching() {
            self.jump_on_arrival = false;
            self.next_hit(shared, Direction::Forward);
        }
    }

    pub(super) fn toggle_mark(&mut self, shared: &mut Shared) {
        let Some(id) = self.current else { return };
        if !shared.marks.remove(&id) {
            shared.marks.insert(id);
        }
        shared.say(strings::marked(shared.marks.len()));
    }

    /// Copies the selected item as the text pane shows it: breadcrumb, then the text.
    pub(super) fn copy_current(&mut self, shared: &mut Shared) {
        let Some(id) = self.current else { return };
        if !shared.may_copy(shared.text_bytes(&[id])) {
            return;
        }
        let Some(item) = shared.catalog.get(id) else {
            return;
        };
        let crumb = TextState::breadcrumb_of(&shared.catalog, id);
        let text = format!("{}\n{crumb}\n\n{}\n", item.title, shared.catalog.text(id));
        shared.copy(text);
    }

    /// Writes the marked items (or the selected one) as Markdown.
    pub(super) fn export_marked(&mut self, shared: &mut Shared) {
        let ids: Vec<ItemId> = if shared.marks.is_empty() {
            self.current.into_iter().collect()
        } else {
            shared.marks.iter().copied().collect()
        };
        shared.export_items(&ids);
    }

    /// A key while an input line is open: Enter and Esc close the line.
    pub fn typing(&mut self, shared: &mut Shared, which: Find, action: Action) -> Next {
        match action {
            Action::Edit(edit) => {
                let before = shared.finder.input(which).value().to_owned();
                shared.recall.end();
                shared.finder.edit(which, edit);
                self.to_best_match |=
                    which == Find::Filter && shared.finder.input(which).value() != before;
            }
            Action::Recall(direction) => {
                let typed = shared.finder.input(which).value();
                if let Some(text) = shared.recall.step(which, direction, typed) {
                    shared.finder.set(which, text);
                    self.to_best_match |= which == Find::Filter;
                }
            }
            Action::Accept => {
                let typed = shared.finder.input(which).value();
                if let Some(typed) = shared.recall.remember(which, typed) {
                    shared.effects.push(Effect::Remember { which, typed });
                }
                self.accept(shared, which);
                return Next::Close;
            }
            Action::Back => {
                shared.recall.end();
                shared.finder.clear(which);
                return Next::Close;
            }
            Action::Move(m) => self.move_in(shared, self.focus_for_lists(), m),
            Action::Click { .. } | Action::Wheel { .. } => self.update(shared, action),
            _ => {}
        }
        Next::Stay
    }

    /// Where ↑/↓ go while typing: the pane that has the focus, or the members when the
    /// focus is on the text (the list is what narrows as one types).
    pub(super) fn focus_for_lists(&self) -> Focus {
        match self.focus {
            Focus::Text => Focus::Members,
            f => f,
        }
    }

    fn accept(&mut self, shared: &mut Shared, which: Find) {
        if self.focus == Focus::Text {
            self.focus = Focus::Members;
        }
        if which == Find::Search && shared.finder.search_active() {
            self.jump_on_arrival = true;
            self.try_jump(shared);
        }
    }
}

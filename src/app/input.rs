//! Keys on the help overlay and the input lines: what they do before the panes get any.

use super::help::HelpState;
use super::{Action, App, Direction, Find, Focus};

impl App {
    pub(super) fn help_action(&mut self, action: Action) {
        match action {
            Action::CloseHelp | Action::ToggleHelp | Action::Click { .. } => self.help = None,
            Action::Move(m) => {
                if let Some(h) = &mut self.help {
                    h.scroll(m);
                }
            }
            Action::Wheel { way, .. } => {
                if let Some(h) = &mut self.help {
                    h.wheel(way);
                }
            }
            _ => {}
        }
    }

    pub(super) fn open_help(&mut self) {
        self.help = Some(HelpState::new(self.mode()));
    }

    pub(super) fn typing_action(&mut self, action: Action) {
        let Some(which) = self.typing else { return };
        match action {
            Action::Edit(edit) => {
                self.finder.edit(which, edit);
            }
            Action::Accept => self.accept(which),
            Action::Back => {
                self.finder.clear(which);
                self.typing = None;
            }
            Action::Move(m) => self.move_in(self.focus_for_lists(), m),
            Action::Click { .. } | Action::Wheel { .. } => self.browse_action(action),
            _ => {}
        }
    }

    /// Where ↑/↓ go while typing: the pane that has the focus, or the members when the
    /// focus is on the text (the list is what narrows as one types).
    fn focus_for_lists(&self) -> Focus {
        match self.focus {
            Focus::Text => Focus::Members,
            f => f,
        }
    }

    fn accept(&mut self, which: Find) {
        self.typing = None;
        if self.focus == Focus::Text {
            self.focus = Focus::Members;
        }
        if which == Find::Search && self.finder.search_active() {
            self.jump_on_arrival = true;
            self.try_jump();
        }
    }

    /// Goes to the first hit after the selection once the search's hits are in.
    pub(super) fn try_jump(&mut self) {
        if self.jump_on_arrival && !self.finder.searching() {
            self.jump_on_arrival = false;
            self.next_hit(Direction::Forward);
        }
    }

    /// Opens the text search or the filter line.
    pub(super) fn open_input(&mut self, which: Find) {
        self.typing = Some(which);
    }
}

//! The browser: the three panes (groups, members, text) with the one selection, an item's
//! identity, that both groupings show. It owns the focus, the grouping, the tree's open
//! nodes, the text's layout and the rows derived after every change (`settle`, in
//! `rows.rs`); drawing it (`draw.rs`) only reads.

mod acts;
mod draw;
mod label;
mod members;
mod pointer;
mod position;
mod rows;

use std::collections::HashMap;

use super::action::{Action, Focus, Grouping, Move};
use super::layout::{self, Panes};
use super::shared::Shared;
use super::text::TextState;
use super::tree::TreeState;
use crate::model::ItemId;
use crate::strings;
use members::{Rows, Wish};

#[derive(Debug, Default)]
pub struct Browser {
    focus: Focus,
    grouping: Grouping,
    /// The selected item: the one identity both groupings show.
    current: Option<ItemId>,
    /// The last item seen per city, and the last city per section, to come back to.
    item_of_city: HashMap<usize, usize>,
    city_of_section: HashMap<usize, usize>,
    /// First rows on screen of the two list panes.
    offsets: [usize; 2],
    wish: Wish,
    tree: TreeState,
    text: TextState,
    rows: Rows,
    /// Enter was pressed on a search whose hits are not in yet: go to the first on arrival.
    jump_on_arrival: bool,
    /// The filter's text changed: the best match is selected once the matches are in.
    to_best_match: bool,
    /// An input line is open: a narrow window shows the list it narrows, not the text.
    typing: bool,
    /// Where jumps came from, the latest last: Ctrl-o goes back along them.
    jumps: Vec<ItemId>,
}

/// Places kept to jump back to: as vim's jump list.
const JUMPS_KEPT: usize = 100;

impl Browser {
    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
        self.current
    }

    #[must_use]
    pub fn focus(&self) -> Focus {
        self.focus
    }

    #[must_use]
    pub fn grouping(&self) -> Grouping {
        self.grouping
    }

    /// The first pane's rows: cities (per stad) or sections (per sectie), by index.
    #[must_use]
    pub fn group_rows(&self) -> &[usize] {
        &self.rows.groups
    }

    /// The second pane's rows as items: a city's tree, or one item per city in a section.
    #[must_use]
    pub fn member_items(&self) -> Vec<ItemId> {
        self.rows.member_items()
    }

    /// The selected group's index (a city, or a section).
    #[must_use]
    pub fn selected_group(&self) -> Option<usize> {
        self.rows.selected_group
    }

    /// The text pane's first row and how many rows its text has and shows.
    #[must_use]
    pub fn text_scroll(&self) -> (usize, usize, usize) {
        self.text.scroll_state()
    }

    /// Where the panes go in a window of `area`; `None` when it is too small.
    #[must_use]
    pub fn panes(&self, area: ratatui::layout::Rect) -> Option<Panes> {
        let focus = if self.typing {
            self.focus_for_lists()
        } else {
            self.focus
        };
        layout::panes(area, focus, self.grouping)
    }

    /// An input line opened or closed over the browser.
    pub fn set_typing(&mut self, typing: bool) {
        self.typing = typing;
    }

    /// Rows a pane shows at once (at least one).
    fn page_height(&self, shared: &Shared, pane: Focus) -> usize {
        self.panes(shared.area)
            .and_then(|p| p.get(pane))
            .map_or(1, |r| usize::from(layout::inner(r).height).max(1))
    }

    /// The browser's own actions. Those that open another view are the app's.
    pub fn update(&mut self, shared: &mut Shared, action: Action) {
        match action {
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::FocusPane(f) => self.focus = f,
            Action::ScrollText(rows) => self.text.scroll_by(rows),
            Action::Move(m) => self.move_in(shared, self.focus, m),
            Action::Left => self.left(shared),
            Action::Right => self.right(),
            Action::Toggle => self.toggle(shared),
            Action::OpenAll => self.set_all_closed(shared, false),
            Action::CloseAll => self.set_all_closed(shared, true),
            Action::Click { column, row } => self.click(shared, column, row),
            Action::Wheel { column, row, way } => self.wheel(shared, column, row, way),
            Action::Back => shared.back(),
            Action::NextHit(way) => self.next_hit(shared, way),
            Action::JumpBack => self.jump_back(shared),
            Action::Regroup => self.regroup(shared),
            Action::Mark => self.toggle_mark(shared),
            Action::Copy => self.copy_current(shared),
            Action::Export => self.export_marked(shared),
            Action::EditNote => shared.edit_note(self.current),
            Action::ToggleBookmark => shared.toggle_bookmark(self.current),
            Action::Undo => shared.undo(),
            _ => {}
        }
    }

    /// Selects an item in either grouping, opening the nodes above it.
    pub fn select(&mut self, shared: &Shared, id: ItemId) {
        if shared.catalog.contains(id) {
            self.tree.reveal(&shared.catalog, id);
            self.current = Some(id);
            self.wish_for_current(shared);
        }
    }

    /// Selects an item as a jump: where the selection was can be gone back to (Ctrl-o).
    pub fn jump_to(&mut self, shared: &Shared, id: ItemId) {
        if let Some(from) = self.current.filter(|from| *from != id) {
            if self.jumps.len() == JUMPS_KEPT {
                self.jumps.remove(0);
            }
            self.jumps.push(from);
        }
        self.select(shared, id);
    }

    fn jump_back(&mut self, shared: &mut Shared) {
        while let Some(id) = self.jumps.pop() {
            if shared.catalog.contains(id) && Some(id) != self.current {
                self.select(shared, id);
                shared.say(strings::jumped_back(self.jumps.len()));
                return;
            }
        }
        shared.say(strings::NO_JUMP_BACK.to_string());
    }

    /// Shows the text pane (an item opened from another view).
    pub fn focus_text(&mut self) {
        self.focus = Focus::Text;
    }

    fn move_in(&mut self, shared: &Shared, pane: Focus, m: Move) {
        let height = self.page_height(shared, pane);
        match pane {
            Focus::Groups => {
                let rows = &self.rows.groups;
                let Some(at) = self
                    .rows
                    .selected_group
                    .and_then(|g| rows.iter().position(|r| *r == g))
                else {
                    return;
                };
                let group = rows[m.apply(at, rows.len(), height)];
                if Some(group) != self.rows.selected_group
                    && let Some(id) = self.item_in_group(shared, group)
                {
                    self.current = Some(id);
                    // A wheel turn moves several rows before the next settle.
                    self.rows.selected_group = Some(group);
                }
            }
            Focus::Members => {
                let items = self.rows.member_items();
                if let Some(at) = self
                    .current
                    .and_then(|id| items.iter().position(|m| *m == id))
                {
                    self.current = Some(items[m.apply(at, items.len(), height)]);
                    self.wish_for_current(shared);
                }
            }
            Focus::Text => self.text.move_by(m),
        }
    }

    /// The selected tree node, per stad only (per sectie the second pane is flat).
    fn node(&self) -> Option<ItemId> {
        self.current.filter(|_| self.grouping == Grouping::ByCity)
    }

    fn left(&mut self, shared: &Shared) {
        let catalog = &shared.catalog;
        match self.focus {
            Focus::Members => {
                let Some(id) = self.node() else {
                    self.focus = Focus::Groups;
                    return;
                };
                if self.tree.close(catalog, id) {
                    return;
                }
                // A leaf or a closed node goes to its parent first, as tree views do.
                match self.tree.outline(catalog, id.city).parent(id.item) {
                    Some(parent) => {
                        self.current = Some(ItemId {
                            city: id.city,
                            item: parent,
                        });
                        self.wish_for_current(shared);
                    }
                    None => self.focus = Focus::Groups,
                }
            }
            Focus::Text => self.focus = Focus::Members,
            Focus::Groups => {}
        }
    }

    fn right(&mut self) {
        match self.focus {
            Focus::Members => {
                if !self.node().is_some_and(|id| self.tree.open(id)) {
                    self.focus = Focus::Text;
                }
            }
            Focus::Groups => self.focus = Focus::Members,
            Focus::Text => {}
        }
    }

    fn toggle(&mut self, shared: &Shared) {
        match self.focus {
            Focus::Members => {
                if !self
                    .node()
                    .is_some_and(|id| self.tree.toggle(&shared.catalog, id))
                {
                    self.focus = Focus::Text;
                }
            }
            Focus::Groups => self.focus = Focus::Members,
            Focus::Text => {}
        }
    }

    fn set_all_closed(&mut self, shared: &Shared, closed: bool) {
        if let Some(id) = self.node() {
            self.tree.set_all(&shared.catalog, id.city, closed);
        }
    }

    /// Switches between per stad and per sectie, keeping the selected item.
    fn regroup(&mut self, shared: &Shared) {
        self.grouping = match self.grouping {
            Grouping::ByCity => Grouping::BySection,
            Grouping::BySection => Grouping::ByCity,
        };
        self.offsets = [0, 0];
        if let Some(id) = self.current {
            self.select(shared, id);
        }
    }
}

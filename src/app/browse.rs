//! The three panes' actions: moving, opening and closing nodes, focus, the mouse, marks,
//! and stepping back with Esc.

use std::sync::Arc;

use super::layout::inner;
use super::rows::Members;
use super::{Action, App, Direction, Effect, Find, Focus, Grouping, Move, Page, Wheel};
use crate::model::ItemId;
use crate::strings;

impl App {
    pub(super) fn browse_action(&mut self, action: Action) {
        match action {
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::FocusPane(f) => self.focus = f,
            Action::ScrollText(rows) => self.text.scroll_by(rows),
            Action::Move(m) => self.move_in(self.focus, m),
            Action::Left => self.left(),
            Action::Right => self.right(),
            Action::Toggle => self.toggle(),
            Action::OpenAll => self.set_all_closed(false),
            Action::CloseAll => self.set_all_closed(true),
            Action::Click { column, row } => self.click(column, row),
            Action::Wheel { column, row, way } => self.wheel(column, row, way),
            Action::Open(which) => self.open_input(which),
            Action::Back => self.back(),
            Action::NextHit(way) => self.next_hit(way),
            Action::Regroup => self.regroup(),
            Action::ToggleGrid => self.open_grid(),
            Action::Mark => self.toggle_mark(),
            Action::Compare => self.open_compare(),
            Action::Copy => self.copy_current(),
            Action::Export => self.export_marked(),
            Action::ToggleHelp => self.open_help(),
            Action::EditNote => self.edit_note(),
            Action::ToggleBookmark => self.toggle_bookmark(),
            Action::Bookmarks => self.open_bookmarks(),
            Action::Quit
            | Action::Suspend
            | Action::Resize(..)
            | Action::CloseHelp
            | Action::Edit(_)
            | Action::Note(_)
            | Action::Accept => {}
        }
    }

    /// Selects an item in either grouping, opening the nodes above it.
    pub(super) fn select(&mut self, id: ItemId) {
        if self.catalog.contains(id) {
            let catalog = Arc::clone(&self.catalog);
            self.tree.reveal(&catalog, id);
            self.current = Some(id);
            self.wish_for_current();
        }
    }

    pub(super) fn move_in(&mut self, pane: Focus, m: Move) {
        let height = self.page_height(pane);
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
                    && let Some(id) = self.item_in_group(group)
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
                    self.wish_for_current();
                }
            }
            Focus::Text => self.text.move_by(m),
        }
    }

    /// The selected tree node, per stad only (per sectie the second pane is flat).
    fn node(&self) -> Option<ItemId> {
        self.current.filter(|_| self.grouping == Grouping::ByCity)
    }

    fn left(&mut self) {
        let catalog = Arc::clone(&self.catalog);
        match self.focus {
            Focus::Members => {
                let Some(id) = self.node() else {
                    self.focus = Focus::Groups;
                    return;
                };
                if self.tree.close(&catalog, id) {
                    return;
                }
                // A leaf or a closed node goes to its parent first, as tree views do.
                match self.tree.outline(&catalog, id.city).parent(id.item) {
                    Some(parent) => {
                        self.current = Some(ItemId {
                            city: id.city,
                            item: parent,
                        });
                        self.wish_for_current();
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

    fn toggle(&mut self) {
        let catalog = Arc::clone(&self.catalog);
        match self.focus {
            Focus::Members => {
                if !self.node().is_some_and(|id| self.tree.toggle(&catalog, id)) {
                    self.focus = Focus::Text;
                }
            }
            Focus::Groups => self.focus = Focus::Members,
            Focus::Text => {}
        }
    }

    fn set_all_closed(&mut self, closed: bool) {
        if let Some(id) = self.node() {
            let catalog = Arc::clone(&self.catalog);
            self.tree.set_all(&catalog, id.city, closed);
        }
    }

    /// Switches between per stad and per sectie, keeping the selected item.
    fn regroup(&mut self) {
        self.grouping = match self.grouping {
            Grouping::ByCity => Grouping::BySection,
            Grouping::BySection => Grouping::ByCity,
        };
        self.offsets = [0, 0];
        if let Some(id) = self.current {
            self.select(id);
        }
    }

    fn click(&mut self, column: u16, row: u16) {
        let Some(panes) = self.panes() else { return };
        let Some(pane) = panes.at(column, row) else {
            return;
        };
        self.focus = pane;
        let Some(rect) = panes.get(pane).map(inner) else {
            return;
        };
        if row < rect.y || row >= rect.bottom() {
            return;
        }
        let index = usize::from(row - rect.y);
        match pane {
            Focus::Groups => {
                if let Some(&g) = self.rows.groups.get(self.offsets[0] + index)
                    && let Some(id) = self.item_in_group(g)
                {
                    self.current = Some(id);
                }
            }
            Focus::Members => {
                if let Some(&id) = self.rows.member_items().get(self.offsets[1] + index) {
                    self.wish = super::rows::Wish {
                        section: self.sections.of(&self.catalog, id),
                        city: Some(id.city),
                    };
                    // A click on the fold marker opens or closes the node.
                    let on_marker = matches!(&self.rows.members, Members::Tree { rows, .. }
                    if rows.get(self.offsets[1] + index).is_some_and(|r| {
                        let at = rect.x + 1 + 2 * r.depth as u16;
                        r.has_children && (at..at + 2).contains(&column)
                    }));
                    self.current = Some(id);
                    if on_marker {
                        let catalog = Arc::clone(&self.catalog);
                        self.tree.toggle(&catalog, id);
                    }
                }
            }
            Focus::Text => {}
        }
    }

    fn wheel(&mut self, column: u16, row: u16, way: Wheel) {
        let Some(pane) = self.panes().and_then(|p| p.at(column, row)) else {
            return;
        };
        let step = match way {
            Wheel::Down => Move::Down,
            Wheel::Up => Move::Up,
        };
        for _ in 0..3 {
            self.move_in(pane, step);
        }
    }

    /// Esc: clears the filter, else the search, else the marks; says what it did.
    fn back(&mut self) {
        if self.finder.filter_active() || !self.finder.input(Find::Filter).value().is_empty() {
            self.finder.clear(Find::Filter);
        } else if self.finder.search_active() {
            self.finder.clear(Find::Search);
        } else if !self.marks.is_empty() {
            let n = self.marks.len();
            self.marks.clear();
            self.say(strings::marks_cleared(n));
        }
    }

    pub(super) fn next_hit(&mut self, way: Direction) {
        if !self.finder.search_active() {
            self.say(strings::NO_SEARCH.to_owned());
            return;
        }
        if self.finder.searching() {
            self.jump_on_arrival = way == Direction::Forward;
            return;
        }
        let here = self.current.and_then(|id| self.catalog.position(id));
        let Some(hit) = self.finder.step(way, here) else {
            self.say(strings::NO_HITS_SHOWN.to_owned());
            return;
        };
        if let Some(id) = self.catalog.id_at(hit.item as usize) {
            self.select(id);
            self.text.aim(id, hit.at as usize);
        }
    }

    fn toggle_mark(&mut self) {
        let Some(id) = self.current else { return };
        if !self.marks.remove(&id) {
            self.marks.insert(id);
        }
        self.say(strings::marked(self.marks.len()));
    }

    fn open_compare(&mut self) {
        if self.marks.len() >= 2 {
            self.page = Page::Compare;
            self.compare.open(self.marks.iter().copied().collect());
        } else {
            self.say(strings::mark_more(self.marks.len()));
        }
    }

    /// Copies the selected item as the text pane shows it: breadcrumb, then the text.
    fn copy_current(&mut self) {
        let Some(id) = self.current else { return };
        let Some(item) = self.catalog.get(id) else {
            return;
        };
        let crumb = super::text::TextState::breadcrumb_of(&self.catalog, id);
        let text = format!("{}\n{crumb}\n\n{}\n", item.title, self.catalog.text(id));
        self.copy(text);
    }

    /// Asks the loop to copy, or says why not: a copy the terminal would drop is refused.
    pub(super) fn copy(&mut self, text: String) {
        let size = text.len().div_ceil(3) * 4;
        if size > super::COPY_LIMIT {
            self.say(strings::copy_too_large(size, super::COPY_LIMIT));
        } else {
            self.effects.push(Effect::Copy(text));
        }
    }

    /// Writes the marked items (or the selected one) as Markdown.
    fn export_marked(&mut self) {
        let ids: Vec<ItemId> = if self.marks.is_empty() {
            self.current.into_iter().collect()
        } else {
            self.marks.iter().copied().collect()
        };
        self.export_items(&ids);
    }

    pub(super) fn export_items(&mut self, ids: &[ItemId]) {
        let Some(first) = ids.first() else { return };
        let catalog = Arc::clone(&self.catalog);
        let sections: Vec<Option<usize>> = ids
            .iter()
            .map(|id| self.sections.of(&catalog, *id))
            .collect();
        let one_section = sections.iter().all(|s| *s == sections[0]);
        let one_city = ids.iter().all(|id| id.city == first.city);
        let title = |s: Option<usize>| {
            s.and_then(|s| self.sections.get(s))
                .map_or(String::new(), |s| s.title.clone())
        };
        let stem = match (one_city, one_section) {
            (true, true) => format!("{} {}", catalog.city_name(first.city), title(sections[0])),
            (false, true) => title(sections[0]),
            (true, false) => catalog.city_name(first.city).to_owned(),
            (false, false) => strings::COMPARISON_STEM.to_owned(),
        };
        let user = &self.user;
        let contents = crate::export::items_markdown(&catalog, ids, |id| user.note(id));
        self.effects.push(Effect::WriteMarkdown { stem, contents });
    }
}

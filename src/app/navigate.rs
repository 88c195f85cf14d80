//! Moving through the panes: selection, opening and closing nodes, focus, the mouse. The
//! two list panes are handled alike through their rows, whatever the grouping.

use super::{App, Focus, Grouping};
use crate::model::ItemId;
use crate::ui::layout;
use crate::ui::list::Move;

impl App {
    /// Rows of the first pane: cities (per stad) or sections (per sectie), by index.
    #[must_use]
    pub fn group_rows(&self) -> Vec<usize> {
        match self.grouping {
            Grouping::ByCity => self.visible_cities(),
            Grouping::BySection => self.visible_sections(),
        }
    }

    #[must_use]
    pub fn selected_group(&self) -> Option<usize> {
        match self.grouping {
            Grouping::ByCity => self.city(),
            Grouping::BySection => self.section(),
        }
    }

    pub(super) fn set_group(&mut self, g: usize) {
        match self.grouping {
            Grouping::ByCity => self.cities.selected = g,
            Grouping::BySection => self.by_section.selected = g,
        }
    }

    /// Rows of the second pane: tree items of the city (per stad) or the cities that have
    /// the section (per sectie).
    #[must_use]
    pub fn member_rows(&self) -> Vec<usize> {
        match self.grouping {
            Grouping::ByCity => self
                .city()
                .map(|c| self.tree_rows(c).iter().map(|r| r.item).collect())
                .unwrap_or_default(),
            Grouping::BySection => self
                .section()
                .map(|s| self.section_cities(s).iter().map(|m| m.city).collect())
                .unwrap_or_default(),
        }
    }

    #[must_use]
    pub fn selected_member(&self) -> Option<usize> {
        let id = self.current()?;
        Some(match self.grouping {
            Grouping::ByCity => id.item,
            Grouping::BySection => id.city,
        })
    }

    pub(super) fn set_member(&mut self, m: usize) {
        match self.grouping {
            Grouping::ByCity => {
                if let Some(city) = self.city() {
                    self.sections.selected.insert(city, m);
                }
            }
            Grouping::BySection => {
                if let Some(s) = self.section() {
                    self.by_section.city.insert(s, m);
                }
            }
        }
    }

    pub(super) fn move_in(&mut self, pane: Focus, m: Move) {
        let rows_on_screen = self.page(pane);
        match pane {
            Focus::Groups => {
                let rows = self.group_rows();
                if let Some(pos) = self
                    .selected_group()
                    .and_then(|g| rows.iter().position(|r| *r == g))
                {
                    self.set_group(rows[m.apply(pos, rows.len(), rows_on_screen)]);
                }
            }
            Focus::Members => {
                let rows = self.member_rows();
                if let Some(pos) = self
                    .selected_member()
                    .and_then(|s| rows.iter().position(|r| *r == s))
                {
                    self.set_member(rows[m.apply(pos, rows.len(), rows_on_screen)]);
                }
            }
            Focus::Text => {
                let (total, height) = self.text_metrics();
                let max = total.saturating_sub(height);
                self.text.scroll = m.apply(self.text.scroll, max + 1, height);
            }
        }
    }

    /// The selected tree node and whether it has children (per stad only: per sectie the
    /// second pane is a flat list).
    fn selected_node(&self) -> Option<(ItemId, bool)> {
        let id = self
            .current()
            .filter(|_| self.grouping == Grouping::ByCity)?;
        Some((id, self.outline(id.city).has_children[id.item]))
    }

    pub(super) fn left(&mut self) {
        match self.focus {
            Focus::Members => match self.selected_node() {
                Some((id, true)) if !self.sections.closed.contains(&id) => {
                    self.sections.closed.insert(id);
                }
                _ => self.focus = Focus::Groups,
            },
            Focus::Text => self.focus = Focus::Members,
            Focus::Groups => {}
        }
    }

    pub(super) fn right(&mut self) {
        match self.focus {
            Focus::Members => match self.selected_node() {
                Some((id, true)) if self.sections.closed.contains(&id) => {
                    self.sections.closed.remove(&id);
                }
                _ => self.focus = Focus::Text,
            },
            Focus::Groups => self.focus = Focus::Members,
            Focus::Text => {}
        }
    }

    pub(super) fn toggle(&mut self) {
        match self.focus {
            Focus::Groups => self.focus = Focus::Members,
            Focus::Members => match self.selected_node() {
                Some((id, true)) => {
                    if !self.sections.closed.remove(&id) {
                        self.sections.closed.insert(id);
                    }
                }
                _ => self.focus = Focus::Text,
            },
            Focus::Text => {}
        }
    }

    pub(super) fn set_all_closed(&mut self, closed: bool) {
        let Some(city) = self.city().filter(|_| self.grouping == Grouping::ByCity) else {
            return;
        };
        let outline = self.outline(city);
        for item in (0..outline.has_children.len()).filter(|i| outline.has_children[*i]) {
            let id = ItemId { city, item };
            if closed {
                self.sections.closed.insert(id);
            } else {
                self.sections.closed.remove(&id);
            }
        }
    }

    pub(super) fn click(&mut self, column: u16, row: u16) {
        let Some(panes) = self.panes() else { return };
        let Some(pane) = panes.at(column, row) else {
            return;
        };
        self.focus = pane;
        let Some(rect) = panes.get(pane) else { return };
        let inner = layout::inner(rect);
        if row < inner.y || row >= inner.bottom() {
            return;
        }
        let index = usize::from(row - inner.y);
        match pane {
            Focus::Groups => {
                if let Some(&g) = self.group_rows().get(self.offsets.groups + index) {
                    self.set_group(g);
                }
            }
            Focus::Members => {
                if let Some(&m) = self.member_rows().get(self.offsets.members + index) {
                    self.set_member(m);
                }
            }
            Focus::Text => {}
        }
    }

    pub(super) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        if let Some(pane) = self.panes().and_then(|p| p.at(column, row)) {
            let step = if down { Move::Down } else { Move::Up };
            for _ in 0..3 {
                self.move_in(pane, step);
            }
        }
    }
}

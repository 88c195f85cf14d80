//! The mouse on the three panes: a click selects the row under it (and on a fold marker
//! opens or closes the node), the wheel moves the selection of the pane under it.

use super::Browser;
use super::members::{Members, Wish};
use crate::app::action::{Focus, Move, Wheel};
use crate::app::layout::inner;
use crate::app::shared::Shared;

impl Browser {
    pub(super) fn click(&mut self, shared: &Shared, column: u16, row: u16) {
        let Some(panes) = self.panes(shared.area) else {
            return;
        };
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
                    && let Some(id) = self.item_in_group(shared, g)
                {
                    self.current = Some(id);
                }
            }
            Focus::Members => self.click_member(shared, rect, column, index),
            Focus::Text => {}
        }
    }

    fn click_member(
        &mut self,
        shared: &Shared,
        rect: ratatui::layout::Rect,
        column: u16,
        index: usize,
    ) {
        let Some(&id) = self.rows.member_items().get(self.offsets[1] + index) else {
            return;
        };
        self.wish = Wish {
            section: shared.sections.of(&shared.catalog, id),
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
            self.tree.toggle(&shared.catalog, id);
        }
    }

    pub(super) fn wheel(&mut self, shared: &Shared, column: u16, row: u16, way: Wheel) {
        let Some(pane) = self.panes(shared.area).and_then(|p| p.at(column, row)) else {
            return;
        };
        let step = match way {
            Wheel::Down => Move::Down,
            Wheel::Up => Move::Up,
        };
        for _ in 0..3 {
            self.move_in(shared, pane, step);
        }
    }
}

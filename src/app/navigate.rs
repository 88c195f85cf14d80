//! Moving through the panes: selection, opening and closing nodes, focus, the mouse.

use super::{App, Focus};
use crate::model::ItemId;
use crate::ui::layout;
use crate::ui::list::Move;

impl App {
    pub(super) fn move_in(&mut self, pane: Focus, m: Move) {
        let rows_on_screen = self.page(pane);
        match pane {
            Focus::Cities => {
                let visible = self.visible_cities();
                if let Some(pos) = self
                    .city()
                    .and_then(|c| visible.iter().position(|v| *v == c))
                {
                    self.cities.selected = visible[m.apply(pos, visible.len(), rows_on_screen)];
                }
            }
            Focus::Sections => {
                let Some(current) = self.current() else {
                    return;
                };
                let rows = self.tree_rows(current.city);
                if let Some(pos) = rows.iter().position(|r| r.item == current.item) {
                    self.sections.selected.insert(
                        current.city,
                        rows[m.apply(pos, rows.len(), rows_on_screen)].item,
                    );
                }
            }
            Focus::Text => {
                let (total, height) = self.text_metrics();
                let max = total.saturating_sub(height);
                self.text.scroll = m.apply(self.text.scroll, max + 1, height);
            }
        }
    }

    fn selected_node(&self) -> Option<(ItemId, bool)> {
        let id = self.current()?;
        Some((id, self.outline(id.city).has_children[id.item]))
    }

    pub(super) fn left(&mut self) {
        match self.focus {
            Focus::Sections => match self.selected_node() {
                Some((id, true)) if !self.sections.closed.contains(&id) => {
                    self.sections.closed.insert(id);
                }
                _ => self.focus = Focus::Cities,
            },
            Focus::Text => self.focus = Focus::Sections,
            Focus::Cities => {}
        }
    }

    pub(super) fn right(&mut self) {
        match self.focus {
            Focus::Sections => match self.selected_node() {
                Some((id, true)) if self.sections.closed.contains(&id) => {
                    self.sections.closed.remove(&id);
                }
                _ => self.focus = Focus::Text,
            },
            Focus::Cities => self.focus = Focus::Sections,
            Focus::Text => {}
        }
    }

    pub(super) fn toggle(&mut self) {
        match self.focus {
            Focus::Cities => self.focus = Focus::Sections,
            Focus::Sections => match self.selected_node() {
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
        let Some(city) = self.city() else { return };
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
            Focus::Cities => {
                if let Some(&city) = self.visible_cities().get(self.cities.offset + index) {
                    self.cities.selected = city;
                }
            }
            Focus::Sections => {
                let Some(city) = self.city() else { return };
                if let Some(r) = self.tree_rows(city).get(self.sections.offset + index) {
                    self.sections.selected.insert(city, r.item);
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

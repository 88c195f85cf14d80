//! The comparing views: the coverage grid, marking items and showing them side by side,
//! and taking text out (clipboard, Markdown file) through effects the loop carries out.

use super::{App, Focus, View};
use crate::compare::Cell;
use crate::export;
use crate::strings;
use crate::ui::list::{Move, keep_in_view};
use crate::ui::{compare as compare_ui, grid as grid_ui, layout, text};

/// The grid's cursor by identity (a city, a section) and its scroll offsets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GridCursor {
    pub city: usize,
    pub section: usize,
    pub row_offset: usize,
    pub col_offset: usize,
}

/// Work only the terminal loop can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard (OSC 52, so it works over SSH).
    Copy(String),
    /// Write a Markdown file in the current folder, named from `stem`, never overwriting.
    Write { stem: String, contents: String },
}

impl App {
    pub(super) fn open_grid(&mut self) {
        if let Some(id) = self.current() {
            self.grid.city = id.city;
            if let Some(s) = self.sections_index.of(id) {
                self.grid.section = s;
            }
        }
        self.view = View::Grid;
    }

    pub(super) fn grid_action(&mut self, action: super::Action) {
        use super::Action;
        let rows = self.visible_cities();
        let cols = self.visible_sections();
        let (page_rows, page_cols) = grid_ui::visible_cells(layout::body(self.area));
        let step = |list: &[usize], at: usize, m: Move, page: usize| {
            list.iter()
                .position(|x| *x == at)
                .map(|p| list[m.apply(p, list.len(), page)])
        };
        match action {
            Action::Move(m) => {
                if let Some(c) = step(&rows, self.grid.city, m, page_rows) {
                    self.grid.city = c;
                }
            }
            Action::Left | Action::Right => {
                let m = if action == Action::Left {
                    Move::Up
                } else {
                    Move::Down
                };
                if let Some(s) = step(&cols, self.grid.section, m, page_cols) {
                    self.grid.section = s;
                }
            }
            Action::Toggle => self.open_cell(),
            Action::Clear | Action::ToggleGrid => self.view = View::Browse,
            _ => {}
        }
    }

    fn open_cell(&mut self) {
        let section = &self.sections_index.sections[self.grid.section];
        if let Some(&id) = section.members.iter().find(|m| m.city == self.grid.city) {
            self.select(id);
            self.view = View::Browse;
            self.focus = Focus::Text;
        } else {
            let city = &self.data.cities[self.grid.city].name;
            self.message = Some(strings::grid_missing(city, &section.title));
        }
    }

    /// One grid cell: whether `city` has `section`, and how much text.
    #[must_use]
    pub fn cell(&self, city: usize, section: usize) -> Cell {
        self.sections_index.sections[section].cell(&self.data, city)
    }

    pub(super) fn toggle_mark(&mut self) {
        let Some(id) = self.current() else { return };
        if !self.marked.remove(&id) {
            self.marked.insert(id);
        }
        self.message = Some(strings::marked(self.marked.len()));
    }

    pub(super) fn open_compare(&mut self) {
        if self.marked.len() >= 2 {
            self.view = View::Compare;
            self.compare_scroll = 0;
        } else {
            self.message = Some(strings::mark_more(self.marked.len()));
        }
    }

    pub(super) fn compare_action(&mut self, action: super::Action) {
        use super::Action;
        let (total, height) = compare_ui::metrics(self);
        match action {
            Action::Move(m) => {
                self.compare_scroll = m.apply(
                    self.compare_scroll,
                    total.saturating_sub(height) + 1,
                    height,
                );
            }
            Action::ScrollText(n) => {
                self.compare_scroll = self.compare_scroll.saturating_add_signed(n);
            }
            Action::Compare | Action::Clear => self.view = View::Browse,
            Action::Copy => self.copy(),
            Action::Export => self.export(),
            _ => {}
        }
    }

    /// Copies the selected item as the text pane shows it: title, breadcrumb, text.
    pub(super) fn copy(&mut self) {
        let Some(id) = self.current() else { return };
        let Some(item) = self.data.item(id) else {
            return;
        };
        let crumb = text::breadcrumb(&self.data, id);
        self.effects.push(Effect::Copy(format!(
            "{}\n{crumb}\n\n{}\n",
            item.title, item.description
        )));
    }

    /// Writes the marked items (or the selected one) as Markdown.
    pub(super) fn export(&mut self) {
        let ids: Vec<_> = if self.marked.is_empty() {
            self.current().into_iter().collect()
        } else {
            self.marked.iter().copied().collect()
        };
        if ids.is_empty() {
            return;
        }
        let sections: Vec<_> = ids
            .iter()
            .filter_map(|id| self.sections_index.of(*id))
            .collect();
        let stem = match sections.first() {
            Some(s) if sections.iter().all(|x| x == s) => {
                self.sections_index.sections[*s].title.clone()
            }
            _ => "vergelijking".to_owned(),
        };
        self.effects.push(Effect::Write {
            stem,
            contents: export::items_markdown(&self.data, &ids),
        });
    }

    /// Keeps the grid cursor and the side-by-side scroll valid.
    pub(super) fn clamp_views(&mut self) {
        let rows = self.visible_cities();
        let cols = self.visible_sections();
        if !rows.contains(&self.grid.city) {
            self.grid.city = rows.first().copied().unwrap_or(0);
        }
        if !cols.contains(&self.grid.section) {
            self.grid.section = cols.first().copied().unwrap_or(0);
        }
        let (page_rows, page_cols) = grid_ui::visible_cells(layout::body(self.area));
        let r = rows.iter().position(|c| *c == self.grid.city).unwrap_or(0);
        let c = cols
            .iter()
            .position(|s| *s == self.grid.section)
            .unwrap_or(0);
        self.grid.row_offset = keep_in_view(self.grid.row_offset, r, page_rows, rows.len());
        self.grid.col_offset = keep_in_view(self.grid.col_offset, c, page_cols, cols.len());
        self.marked.retain(|id| self.data.item(*id).is_some());
        if self.view == View::Compare {
            let (total, height) = compare_ui::metrics(self);
            self.compare_scroll = self.compare_scroll.min(total.saturating_sub(height));
        }
    }
}

//! The coverage grid: cities down, sections across, each cell saying whether the city has
//! the section and how long its text is. The city column and the headings stay put while
//! the cells scroll; the cursor is a city and a section, by identity.

mod draw;

use super::layout::{inner, keep_in_view};
use super::{Action, App, Focus, Move, Page, Wheel};
use crate::sections::{Cell, Coverage};
use crate::strings;

const CITY_WIDTH: usize = 16;
const MIN_CELL: usize = 12;
/// Section titles wrap over this many heading rows.
const HEADING_ROWS: usize = 2;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GridState {
    city: usize,
    section: usize,
    row_offset: usize,
    col_offset: usize,
}

/// How many rows and columns of cells fit in the grid's pane, and how wide a cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub rows: usize,
    pub cols: usize,
    pub cell: usize,
}

impl Geometry {
    #[must_use]
    pub fn of(pane: ratatui::layout::Rect, columns: usize) -> Geometry {
        let body = inner(pane);
        let rows = usize::from(body.height).saturating_sub(HEADING_ROWS).max(1);
        // One column for the `‹ ›` signs that say columns are scrolled off.
        let room = usize::from(body.width).saturating_sub(CITY_WIDTH + 1);
        let cols = (room / MIN_CELL).clamp(1, columns.max(1));
        let cell = (room / cols).max(MIN_CELL.min(room.max(1)));
        Geometry { rows, cols, cell }
    }
}

impl GridState {
    #[must_use]
    pub fn cursor(&self) -> (usize, usize) {
        (self.city, self.section)
    }
}

impl App {
    pub(super) fn open_grid(&mut self) {
        if let Some(id) = self.current {
            self.grid.city = id.city;
            if let Some(s) = self.sections.of(&self.catalog, id) {
                self.grid.section = s;
            }
        }
        self.page = Page::Grid;
    }

    fn grid_cities(&self) -> Vec<usize> {
        self.visible_cities()
    }

    fn grid_sections(&self) -> Vec<usize> {
        self.visible_sections()
    }

    fn geometry(&self, columns: usize) -> Geometry {
        Geometry::of(
            self.panes().map_or_else(Default::default, |p| p.body),
            columns,
        )
    }

    pub(super) fn grid_action(&mut self, action: Action) {
        let rows = self.grid_cities();
        let cols = self.grid_sections();
        let geo = self.geometry(cols.len());
        let step = |list: &[usize], at: usize, m: Move, page: usize| {
            list.iter()
                .position(|x| *x == at)
                .map(|p| list[m.apply(p, list.len(), page)])
        };
        match action {
            Action::Move(m) => {
                if let Some(c) = step(&rows, self.grid.city, m, geo.rows) {
                    self.grid.city = c;
                }
            }
            Action::Left | Action::Right => {
                let m = if action == Action::Left {
                    Move::Up
                } else {
                    Move::Down
                };
                if let Some(s) = step(&cols, self.grid.section, m, geo.cols) {
                    self.grid.section = s;
                }
            }
            Action::Wheel { way, .. } => {
                let m = if way == Wheel::Down {
                    Move::Down
                } else {
                    Move::Up
                };
                if let Some(c) = step(&rows, self.grid.city, m, geo.rows) {
                    self.grid.city = c;
                }
            }
            Action::Click { column, row } => self.click_cell(column, row, &rows, &cols),
            Action::Toggle => self.open_cell(),
            Action::Back | Action::ToggleGrid => self.page = Page::Browse,
            Action::Copy => {
                let table = self.grid_markdown(&rows, &cols);
                self.copy(table);
            }
            Action::Export => {
                let table = self.grid_markdown(&rows, &cols);
                self.effects.push(super::Effect::WriteMarkdown {
                    stem: strings::GRID_STEM.to_owned(),
                    contents: table,
                });
            }
            Action::ToggleHelp => self.open_help(),
            Action::Open(which) => self.open_input(which),
            _ => {}
        }
    }

    fn click_cell(&mut self, column: u16, row: u16, rows: &[usize], cols: &[usize]) {
        let Some(pane) = self.panes().map(|p| p.body) else {
            return;
        };
        let body = inner(pane);
        let geo = self.geometry(cols.len());
        let (x, y) = (
            usize::from(column.saturating_sub(body.x)),
            usize::from(row.saturating_sub(body.y)),
        );
        if row < body.y || y < HEADING_ROWS || column < body.x {
            return;
        }
        if let Some(&city) = rows.get(self.grid.row_offset + y - HEADING_ROWS) {
            self.grid.city = city;
        }
        if x >= CITY_WIDTH
            && let Some(&s) = cols.get(self.grid.col_offset + (x - CITY_WIDTH) / geo.cell)
        {
            self.grid.section = s;
        }
    }

    fn open_cell(&mut self) {
        let Some(section) = self.sections.get(self.grid.section) else {
            return;
        };
        if let Some(&id) = section.in_city(self.grid.city).first() {
            self.select(id);
            self.page = Page::Browse;
            self.focus = Focus::Text;
        } else {
            let city = self.catalog.city_name(self.grid.city).to_owned();
            let title = section.title.clone();
            self.say(strings::grid_missing(&city, &title));
        }
    }

    /// Keeps the cursor on a shown city and section, and on screen.
    pub(super) fn sync_grid(&mut self) {
        let rows = self.grid_cities();
        let cols = self.grid_sections();
        if !rows.contains(&self.grid.city) {
            self.grid.city = rows.first().copied().unwrap_or(0);
        }
        if !cols.contains(&self.grid.section) {
            self.grid.section = cols.first().copied().unwrap_or(0);
        }
        let geo = self.geometry(cols.len());
        let r = rows.iter().position(|c| *c == self.grid.city).unwrap_or(0);
        let c = cols
            .iter()
            .position(|s| *s == self.grid.section)
            .unwrap_or(0);
        self.grid.row_offset = keep_in_view(self.grid.row_offset, r, geo.rows, rows.len());
        self.grid.col_offset = keep_in_view(self.grid.col_offset, c, geo.cols, cols.len());
    }

    fn cell(&self, city: usize, section: usize) -> Cell {
        self.sections.get(section).map_or(
            Cell {
                coverage: Coverage::Missing,
                chars: 0,
            },
            |s| s.cell(&self.catalog, city),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::draw::heading_part;
    use super::*;

    #[test]
    fn headings_wrap_and_stay_distinct() {
        let parts = |t: &str| {
            (0..HEADING_ROWS)
                .map(|k| heading_part(t, 11, k))
                .collect::<Vec<_>>()
        };
        assert_eq!(parts("Lokaal woonoverleg"), ["Lokaal", "woonoverleg"]);
        assert_eq!(parts("Lokale woonraad"), ["Lokale", "woonraad"]);
        assert_ne!(
            parts("Overleg immobiliënsector"),
            parts("Overleg andere actoren")
        );
        assert!(parts("C. SAMENWERKINGSVERBANDEN")[1].ends_with('…'));
        assert_eq!(parts("Kort"), ["Kort", ""]);
    }

    #[test]
    fn the_grid_uses_the_width_it_has() {
        let g = Geometry::of(ratatui::layout::Rect::new(0, 0, 120, 38), 8);
        assert_eq!(g.cols, 8);
        assert!(g.cell >= MIN_CELL && CITY_WIDTH + 1 + g.cell * g.cols <= 118);
        let narrow = Geometry::of(ratatui::layout::Rect::new(0, 0, 80, 20), 8);
        assert!(narrow.cols < 8 && narrow.cols >= 1);
        assert_eq!(narrow.rows, 16);
    }
}

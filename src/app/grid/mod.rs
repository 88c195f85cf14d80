//! The coverage grid: cities down, sections across, each cell saying whether the city has
//! the section and how long its text is. The city column and the headings stay put while
//! the cells scroll; the cursor is a city and a section, by identity. `y` and `e` take it
//! as a Markdown table.

mod draw;

use std::fmt::Write as _;

use ratatui::layout::Rect;

use super::action::{Action, Move, Wheel};
use super::effect::Effect;
use super::layout::{inner, keep_in_view};
use super::next::Next;
use super::shared::Shared;
use crate::model::ItemId;
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
    pub fn of(pane: Rect, columns: usize) -> Geometry {
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

    /// Opens on the selected item's city and section.
    pub fn open(&mut self, shared: &Shared, current: Option<ItemId>) {
        if let Some(id) = current {
            self.city = id.city;
            if let Some(s) = shared.sections.of(&shared.catalog, id) {
                self.section = s;
            }
        }
    }

    /// An action on the grid, whose pane is `body`.
    pub fn update(&mut self, shared: &mut Shared, body: Rect, action: Action) -> Next {
        let rows = shared.visible_cities();
        let cols = shared.visible_sections();
        let geo = Geometry::of(body, cols.len());
        match action {
            Action::Move(m) => self.step_city(&rows, m, geo.rows),
            Action::Left => self.step_section(&cols, Move::Up, geo.cols),
            Action::Right => self.step_section(&cols, Move::Down, geo.cols),
            Action::Wheel { way, .. } => {
                let m = if way == Wheel::Down {
                    Move::Down
                } else {
                    Move::Up
                };
                self.step_city(&rows, m, geo.rows);
            }
            Action::Click { column, row } => self.click_cell(body, column, row, &rows, &cols),
            Action::Toggle => return self.open_cell(shared),
            Action::Back | Action::ToggleGrid => return Next::Close,
            Action::Copy | Action::Export => take_table(shared, &rows, &cols, action),
            Action::ToggleHelp => return Next::Help,
            Action::Open(which) => return Next::Input(which),
            _ => {}
        }
        Next::Stay
    }

    fn step_city(&mut self, rows: &[usize], m: Move, page: usize) {
        if let Some(c) = step(rows, self.city, m, page) {
            self.city = c;
        }
    }

    fn step_section(&mut self, cols: &[usize], m: Move, page: usize) {
        if let Some(s) = step(cols, self.section, m, page) {
            self.section = s;
        }
    }

    fn click_cell(&mut self, pane: Rect, column: u16, row: u16, rows: &[usize], cols: &[usize]) {
        let body = inner(pane);
        let geo = Geometry::of(pane, cols.len());
        let (x, y) = (
            usize::from(column.saturating_sub(body.x)),
            usize::from(row.saturating_sub(body.y)),
        );
        if row < body.y || y < HEADING_ROWS || column < body.x {
            return;
        }
        if let Some(&city) = rows.get(self.row_offset + y - HEADING_ROWS) {
            self.city = city;
        }
        if x >= CITY_WIDTH
            && let Some(&s) = cols.get(self.col_offset + (x - CITY_WIDTH) / geo.cell)
        {
            self.section = s;
        }
    }

    fn open_cell(&self, shared: &mut Shared) -> Next {
        let Some(section) = shared.sections.get(self.section) else {
            return Next::Stay;
        };
        if let Some(&id) = section.in_city(self.city).first() {
            return Next::Read(id);
        }
        let city = shared.catalog.city_name(self.city).to_owned();
        let title = section.title.clone();
        shared.say(strings::grid_missing(&city, &title));
        Next::Stay
    }

    /// Keeps the cursor on a shown city and section, and on screen.
    pub fn sync(&mut self, shared: &Shared, body: Rect) {
        let rows = shared.visible_cities();
        let cols = shared.visible_sections();
        if !rows.contains(&self.city) {
            self.city = rows.first().copied().unwrap_or(0);
        }
        if !cols.contains(&self.section) {
            self.section = cols.first().copied().unwrap_or(0);
        }
        let geo = Geometry::of(body, cols.len());
        let r = rows.iter().position(|c| *c == self.city).unwrap_or(0);
        let c = cols.iter().position(|s| *s == self.section).unwrap_or(0);
        self.row_offset = keep_in_view(self.row_offset, r, geo.rows, rows.len());
        self.col_offset = keep_in_view(self.col_offset, c, geo.cols, cols.len());
    }
}

/// The entry `m` moves to from `at` in `list`, a page being `page` long.
fn step(list: &[usize], at: usize, m: Move, page: usize) -> Option<usize> {
    list.iter()
        .position(|x| *x == at)
        .map(|p| list[m.apply(p, list.len(), page)])
}

/// The sign of a cell's coverage, on screen and in the Markdown table.
pub(super) fn symbol(c: Coverage) -> &'static str {
    match c {
        Coverage::Missing => "·",
        Coverage::Empty => "○",
        Coverage::Short => "◐",
        Coverage::Long => "●",
    }
}

/// The least the Markdown table of `rows` × `cols` takes: every cell holds at least a
/// two-byte sign and its ` | `. Known before the table is built, so a table too big for
/// the clipboard or the key thread is refused at once, whatever the number of sections.
fn table_bytes(rows: &[usize], cols: &[usize]) -> usize {
    rows.len().saturating_mul(cols.len() + 1).saturating_mul(5)
}

/// `y` and `e`: the table to the clipboard or a file, refused before it is built when it
/// cannot fit.
fn take_table(shared: &mut Shared, rows: &[usize], cols: &[usize], action: Action) {
    let least = table_bytes(rows, cols);
    if action == Action::Copy {
        if shared.may_copy(least) {
            let table = markdown(shared, rows, cols);
            shared.copy(table);
        }
    } else if shared.may_write(least) {
        let contents = markdown(shared, rows, cols);
        shared.effects.push(Effect::WriteMarkdown {
            stem: strings::GRID_STEM.to_string(),
            contents,
        });
    }
}

/// The grid as a Markdown table, for `y` and `e`.
fn markdown(shared: &Shared, rows: &[usize], cols: &[usize]) -> String {
    let mut out = String::with_capacity(table_bytes(rows, cols));
    out.push_str("| ");
    out.push_str(&strings::CITY);
    for section in cols.iter().filter_map(|s| shared.sections.get(*s)) {
        out.push_str(" | ");
        out.push_str(&section.title);
    }
    out.push_str(" |\n|");
    out.push_str(&" --- |".repeat(cols.len() + 1));
    out.push('\n');
    for &city in rows {
        out.push_str("| ");
        out.push_str(shared.catalog.city_name(city));
        for s in cols {
            let Cell { coverage, chars } = shared.cell(city, *s);
            out.push_str(" | ");
            out.push_str(symbol(coverage));
            if matches!(coverage, Coverage::Short | Coverage::Long) {
                let _ = write!(out, " {chars}");
            }
        }
        out.push_str(" |\n");
    }
    out
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

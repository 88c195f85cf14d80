//! The grid as drawn: the headings wrapped over two rows, a row per city, the cursor lit.

use unicode_width::UnicodeWidthStr;

use super::{CITY_WIDTH, Geometry, GridState, HEADING_ROWS, symbol};
use crate::app::screen::{Line, Pane, Seg, Tone, pad};
use crate::app::shared::Shared;
use crate::sections::{Cell, Coverage};
use crate::strings;
use crate::wrap;

impl GridState {
    /// The grid as drawn: headings wrapped over two rows, `‹ ›` where columns are
    /// scrolled off, the cursor's full section title in the pane's title.
    pub fn pane(&self, shared: &Shared, rect: ratatui::layout::Rect) -> Pane {
        let rows = shared.visible_cities();
        let cols = shared.visible_sections();
        let geo = Geometry::of(rect, cols.len());
        let shown: Vec<usize> = cols
            .iter()
            .copied()
            .skip(self.col_offset)
            .take(geo.cols)
            .collect();
        let cursor_title = shared
            .sections
            .get(self.section)
            .map_or("", |s| s.title.as_str());
        let cell = format!("{} × {cursor_title}", shared.catalog.city_name(self.city));
        let mut pane = Pane {
            rect,
            title: format!(" {} · {cell} ", strings::GRID_TITLE),
            whole: vec![cell],
            focused: true,
            legend: Some(format!(" {} ", strings::GRID_LEGEND)),
            ..Pane::default()
        };
        let more = (
            self.col_offset > 0,
            self.col_offset + shown.len() < cols.len(),
        );
        pane.lines = self.headings(shared, &shown, geo.cell, more);
        for city in rows.iter().copied().skip(self.row_offset).take(geo.rows) {
            pane.lines.push(self.row(shared, city, &shown, geo.cell));
        }
        pane
    }

    /// The section titles over the columns, wrapped over two rows, with `‹` and `›` where
    /// columns are scrolled off (`more`: to the left, to the right).
    fn headings(
        &self,
        shared: &Shared,
        shown: &[usize],
        cell: usize,
        more: (bool, bool),
    ) -> Vec<Line> {
        let sign = |there: bool, s: &'static str| if there { s } else { " " };
        (0..HEADING_ROWS)
            .map(|k| {
                let first = k == 0;
                let mut segs = vec![
                    Seg::new(sign(first && more.0, "‹"), Tone::Count),
                    Seg::plain(" ".repeat(CITY_WIDTH - 1)),
                ];
                for s in shown {
                    let title = shared.sections.get(*s).map_or("", |x| x.title.as_str());
                    let part = heading_part(title, cell - 1, k);
                    let tone = if *s == self.section {
                        Tone::Heading
                    } else {
                        Tone::Count
                    };
                    segs.push(Seg::new(pad(&part, cell), tone));
                }
                segs.push(Seg::new(sign(first && more.1, "›"), Tone::Count));
                Line::new(segs)
            })
            .collect()
    }

    /// One city's row: its name, then a cell per shown section.
    fn row(&self, shared: &Shared, city: usize, shown: &[usize], cell: usize) -> Line {
        let tone = if city == self.city {
            Tone::Heading
        } else {
            Tone::Plain
        };
        let mut segs = vec![Seg::new(
            pad(shared.catalog.city_name(city), CITY_WIDTH),
            tone,
        )];
        for s in shown {
            let Cell { coverage, chars } = shared.cell(city, *s);
            let mut label = match coverage {
                Coverage::Missing | Coverage::Empty => symbol(coverage).to_owned(),
                _ => format!("{} {chars}", symbol(coverage)),
            };
            let noted = shared.sections.get(*s).is_some_and(|sec| {
                sec.in_city(city)
                    .iter()
                    .any(|id| shared.user.note(*id).is_some())
            });
            if noted {
                label.push(' ');
                label.push_str(strings::NOTE_MARK);
            }
            let tone = if city == self.city && *s == self.section {
                Tone::Cursor
            } else if matches!(coverage, Coverage::Missing | Coverage::Empty) {
                Tone::Dim
            } else {
                Tone::Plain
            };
            segs.push(Seg::new(pad(&label, cell - 1), tone));
            segs.push(Seg::plain(" "));
        }
        Line::new(segs)
    }
}

/// Row `k` of a section title wrapped to `width`: word by word, the last row ending in `…`
/// when the title goes on.
pub(super) fn heading_part(title: &str, width: usize, k: usize) -> String {
    let rows = wrap::wrap(title, width.max(1));
    let Some(row) = rows.get(k) else {
        return String::new();
    };
    let text = &title[row.range.clone()];
    if k + 1 == HEADING_ROWS && rows.len() > HEADING_ROWS {
        let room = width.saturating_sub(1);
        let cut = crate::app::screen::take_width(text, room);
        if cut.width() < text.width() || rows.len() > HEADING_ROWS {
            return format!("{cut}…");
        }
    }
    text.to_owned()
}

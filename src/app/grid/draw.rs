//! The grid as drawn, and as a Markdown table for `y` and `e`.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::{CITY_WIDTH, Geometry, HEADING_ROWS};
use crate::app::App;
use crate::app::screen::{Line, Pane, Seg, Tone, pad};
use crate::sections::{Cell, Coverage};
use crate::strings;
use crate::wrap;

fn symbol(c: Coverage) -> &'static str {
    match c {
        Coverage::Missing => "·",
        Coverage::Empty => "○",
        Coverage::Short => "◐",
        Coverage::Long => "●",
    }
}

impl App {
    /// The grid as drawn: headings wrapped over two rows, `‹ ›` where columns are
    /// scrolled off, the cursor's full section title in the pane's title.
    pub(in crate::app) fn grid_pane(&self, rect: ratatui::layout::Rect) -> Pane {
        let rows = self.grid_cities();
        let cols = self.grid_sections();
        let geo = Geometry::of(rect, cols.len());
        let shown: Vec<usize> = cols
            .iter()
            .copied()
            .skip(self.grid.col_offset)
            .take(geo.cols)
            .collect();
        let cursor_title = self
            .sections
            .get(self.grid.section)
            .map_or("", |s| s.title.as_str());
        let mut pane = Pane {
            rect,
            title: format!(
                " {} · {} × {cursor_title} ",
                strings::GRID_TITLE,
                self.catalog.city_name(self.grid.city)
            ),
            focused: true,
            legend: Some(format!(" {} ", strings::GRID_LEGEND)),
            ..Pane::default()
        };
        let more = (
            self.grid.col_offset > 0,
            self.grid.col_offset + shown.len() < cols.len(),
        );
        pane.lines = self.grid_headings(&shown, geo.cell, more);
        for city in rows
            .iter()
            .copied()
            .skip(self.grid.row_offset)
            .take(geo.rows)
        {
            pane.lines.push(self.grid_row(city, &shown, geo.cell));
        }
        pane
    }

    /// The section titles over the columns, wrapped over two rows, with `‹` and `›` where
    /// columns are scrolled off (`more`: to the left, to the right).
    fn grid_headings(&self, shown: &[usize], cell: usize, more: (bool, bool)) -> Vec<Line> {
        let sign = |there: bool, s: &'static str| if there { s } else { " " };
        (0..HEADING_ROWS)
            .map(|k| {
                let first = k == 0;
                let mut segs = vec![
                    Seg::new(sign(first && more.0, "‹"), Tone::Count),
                    Seg::plain(" ".repeat(CITY_WIDTH - 1)),
                ];
                for s in shown {
                    let title = self.sections.get(*s).map_or("", |x| x.title.as_str());
                    let part = heading_part(title, cell - 1, k);
                    let tone = if *s == self.grid.section {
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
    fn grid_row(&self, city: usize, shown: &[usize], cell: usize) -> Line {
        let tone = if city == self.grid.city {
            Tone::Heading
        } else {
            Tone::Plain
        };
        let mut segs = vec![Seg::new(
            pad(self.catalog.city_name(city), CITY_WIDTH),
            tone,
        )];
        for s in shown {
            let Cell { coverage, chars } = self.cell(city, *s);
            let mut label = match coverage {
                Coverage::Missing | Coverage::Empty => symbol(coverage).to_owned(),
                _ => format!("{} {chars}", symbol(coverage)),
            };
            let noted = self.sections.get(*s).is_some_and(|sec| {
                sec.in_city(city)
                    .iter()
                    .any(|id| self.user.note(*id).is_some())
            });
            if noted {
                label.push(' ');
                label.push_str(strings::NOTE_MARK);
            }
            let tone = if city == self.grid.city && *s == self.grid.section {
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

    pub(super) fn grid_markdown(&self, rows: &[usize], cols: &[usize]) -> String {
        let titles: Vec<&str> = cols
            .iter()
            .filter_map(|s| self.sections.get(*s))
            .map(|s| s.title.as_str())
            .collect();
        let mut out = format!("| {} | {} |\n", strings::CITY, titles.join(" | "));
        let _ = writeln!(out, "|{}", " --- |".repeat(titles.len() + 1));
        for &city in rows {
            let cells: Vec<String> = cols
                .iter()
                .map(|s| {
                    let Cell { coverage, chars } = self.cell(city, *s);
                    match coverage {
                        Coverage::Missing => "·".to_owned(),
                        Coverage::Empty => "○".to_owned(),
                        _ => format!("{} {chars}", symbol(coverage)),
                    }
                })
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} |",
                self.catalog.city_name(city),
                cells.join(" | ")
            );
        }
        out
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

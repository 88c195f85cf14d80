//! The marked items side by side: columns divided by a rule, headings aligned, scrolling
//! together; with exactly two, the words that differ are marked. The layout and the word
//! diff are computed when the view opens or its width changes, never per frame.

use std::ops::Range;

use ratatui::layout::Rect;

use super::action::{Action, Move, Wheel};
use super::layout::inner;
use super::marks::styled_row;
use super::next::Next;
use super::screen::{Line, Pane, Scrollbar, Seg, Tone, pad};
use super::shared::Shared;
use super::text::TextState;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::wrap::{self, Row};
use crate::{export, strings, worddiff};

#[derive(Debug, Clone, Default)]
struct Column {
    width: usize,
    header: Vec<String>,
    rows: Vec<Row>,
    /// Where each line of the text lies, so a row finds its line without a scan.
    lines: Vec<Range<usize>>,
    /// Per line of the text, the ranges that differ from the other text.
    diff: Vec<Vec<Range<usize>>>,
}

#[derive(Debug, Clone, Default)]
pub struct CompareState {
    ids: Vec<ItemId>,
    scroll: usize,
    /// The width the columns were laid out for.
    width: u16,
    columns: Vec<Column>,
    /// Per item, the changed words (two items only), over its whole text.
    diff: Vec<Vec<Range<usize>>>,
    heading_rows: usize,
    height: usize,
}

impl CompareState {
    pub fn open(&mut self, ids: Vec<ItemId>) {
        *self = CompareState {
            ids,
            ..CompareState::default()
        };
    }

    fn total(&self) -> usize {
        self.columns.iter().map(|c| c.rows.len()).max().unwrap_or(0)
    }

    fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.total().saturating_sub(self.height));
    }

    fn layout(&mut self, catalog: &Catalog, width: u16) {
        if self.diff.is_empty() {
            self.diff = match self.ids.as_slice() {
                [a, b] => {
                    let (da, db) = worddiff::word_diff(&catalog.text(*a), &catalog.text(*b));
                    vec![da, db]
                }
                _ => vec![Vec::new(); self.ids.len()],
            };
        }
        self.width = width;
        let n = self.ids.len().max(1);
        // Columns of equal width, one column of rule between each two.
        let room = usize::from(width).saturating_sub(n - 1);
        self.columns = self
            .ids
            .iter()
            .enumerate()
            .map(|(k, id)| {
                let w = room / n + usize::from(k < room % n);
                let text = catalog.text(*id);
                let text = text.as_ref();
                let crumb = TextState::breadcrumb_of(catalog, *id);
                let header = wrap::wrap(&crumb, w.max(1))
                    .into_iter()
                    .map(|r| crumb[r.range].to_owned())
                    .collect();
                let mut at = 0;
                let lines = text
                    .split('\n')
                    .map(|l| {
                        let r = at..at + l.len();
                        at = r.end + 1;
                        r
                    })
                    .collect();
                Column {
                    width: w,
                    header,
                    rows: wrap::wrap(text, w.max(1)),
                    lines,
                    diff: per_line(text, self.diff.get(k).map_or(&[][..], Vec::as_slice)),
                }
            })
            .collect();
        self.heading_rows = self
            .columns
            .iter()
            .map(|c| c.header.len())
            .max()
            .unwrap_or(0)
            + 1;
    }
}

impl Column {
    /// Row `r` of this column's text, its differing words marked; the placeholder for an
    /// empty text sits where the text would start.
    fn cell(&self, text: &str, r: usize) -> Line {
        match self.rows.get(r) {
            Some(_) if text.is_empty() && r == 0 => Line::toned(strings::NO_DESCRIPTION, Tone::Dim),
            Some(row) => {
                let line = self
                    .lines
                    .get(row.line)
                    .and_then(|l| text.get(l.clone()))
                    .unwrap_or("");
                let marks: Vec<(Range<usize>, Tone)> = self
                    .diff
                    .get(row.line)
                    .map_or(&[][..], Vec::as_slice)
                    .iter()
                    .map(|r| (r.clone(), Tone::Diff))
                    .collect();
                styled_row(line, row, &marks)
            }
            None => Line::default(),
        }
    }
}

/// Cells of the given widths in one row, a rule between each two.
fn side_by_side(cells: impl Iterator<Item = (Line, usize)>) -> Line {
    let mut segs = Vec::new();
    for (i, (cell, width)) in cells.enumerate() {
        if i > 0 {
            segs.push(Seg::new("│", Tone::Rule));
        }
        let used = cell.width();
        segs.extend(cell.segs);
        segs.push(Seg::plain(" ".repeat(width.saturating_sub(used))));
    }
    Line::new(segs)
}

/// Byte ranges per line of `text`, from byte ranges over the whole text.
fn per_line(text: &str, ranges: &[Range<usize>]) -> Vec<Vec<Range<usize>>> {
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let end = start + line.len();
            let here = ranges
                .iter()
                .filter(|r| r.start < end && r.end > start)
                .map(|r| r.start.max(start) - start..r.end.min(end) - start)
                .collect();
            start = end + 1;
            here
        })
        .collect()
}

impl CompareState {
    /// An action on the comparison.
    pub fn update(&mut self, shared: &mut Shared, action: Action) -> Next {
        match action {
            Action::Move(m) => self.scroll_by(m),
            Action::ScrollText(n) => self.scroll = self.scroll.saturating_add_signed(n),
            Action::Wheel { way, .. } => {
                let m = if way == Wheel::Down {
                    Move::Down
                } else {
                    Move::Up
                };
                for _ in 0..3 {
                    self.scroll_by(m);
                }
            }
            Action::Compare | Action::Back => return Next::Close,
            Action::Copy if shared.may_copy(shared.text_bytes(&self.ids)) => {
                let text = export::side_by_side_markdown(&shared.catalog, &self.ids);
                shared.copy(text);
            }
            Action::Export => shared.export_items(&self.ids),
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        self.clamp();
        Next::Stay
    }

    fn scroll_by(&mut self, m: Move) {
        self.scroll = m.apply(
            self.scroll,
            self.total().saturating_sub(self.height) + 1,
            self.height,
        );
    }

    /// Lays the columns out for the pane's `body`; whether there is still something to
    /// compare.
    pub fn sync(&mut self, shared: &Shared, body: Option<Rect>) -> bool {
        // Marks may have changed under the view (an item unmarked elsewhere is impossible
        // while it shows, but a dataset without the items must not be indexed).
        self.ids.retain(|id| shared.catalog.contains(*id));
        if self.ids.len() < 2 {
            return false;
        }
        let Some(body) = body.map(inner) else {
            return true;
        };
        if body.width != self.width || self.columns.is_empty() {
            self.layout(&shared.catalog, body.width);
        }
        self.height = usize::from(body.height).saturating_sub(self.heading_rows);
        self.clamp();
        true
    }

    pub fn pane(&self, shared: &Shared, rect: Rect) -> Pane {
        let c = self;
        let mut pane = Pane {
            rect,
            title: format!(" {} ", strings::COMPARE_TITLE),
            focused: true,
            ..Pane::default()
        };
        for k in 0..c.heading_rows {
            let cells = c.columns.iter().map(|col| {
                let text = col.header.get(k).map_or("", String::as_str);
                (Line::toned(pad(text, col.width), Tone::Heading), col.width)
            });
            pane.lines.push(side_by_side(cells));
        }
        let owned: Vec<std::borrow::Cow<'_, str>> =
            c.ids.iter().map(|id| shared.catalog.text(*id)).collect();
        let texts: Vec<&str> = owned.iter().map(AsRef::as_ref).collect();
        for r in c.scroll..(c.scroll + c.height).min(c.total()) {
            let cells = c
                .columns
                .iter()
                .zip(&texts)
                .map(|(col, text)| (col.cell(text, r), col.width));
            pane.lines.push(side_by_side(cells));
        }
        let total = c.total();
        if c.height > 0 && total > 0 {
            let last = (c.scroll + c.height).min(total);
            pane.footer = Some(strings::line_range(c.scroll + 1, last, total));
        }
        if total > c.height && c.height > 0 {
            pane.scrollbar = Some(Scrollbar {
                position: c.scroll,
                total: total - c.height,
                viewport: c.height,
                fixed: c.heading_rows as u16,
            });
        }
        pane
    }
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::per_line;

    #[test]
    fn ranges_split_over_lines() {
        let text = "een twee\ndrie vier";
        let across: Vec<Range<usize>> = std::iter::once(4..13).collect();
        let lines = per_line(text, &across);
        assert_eq!(
            (lines[0].first(), lines[1].first()),
            (Some(&(4..8)), Some(&(0..4)))
        );
        assert_eq!(per_line(text, &[]), [vec![], vec![]]);
        let tail: Vec<Range<usize>> = std::iter::once(9..13).collect();
        let lines = per_line(text, &tail);
        assert!(lines[0].is_empty() && lines[1].first() == Some(&(0..4)));
    }
}

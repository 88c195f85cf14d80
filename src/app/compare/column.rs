//! One column of the comparison: an item's heading and text wrapped to the column's width,
//! its marked words split over the text's lines, and rows of columns joined by a rule.

use std::ops::Range;

use crate::app::marks::styled_row;
use crate::app::screen::{Line, Seg, Tone};
use crate::app::text::{TextState, line_starts, source_line};
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::strings;
use crate::wrap::{self, Row};

#[derive(Debug, Clone, Default)]
pub(super) struct Column {
    pub(super) width: usize,
    pub(super) header: Vec<String>,
    pub(super) rows: Vec<Row>,
    /// Where each line of the text lies, so a row finds its line without a scan.
    line_starts: Vec<usize>,
    /// The text itself, read once when laid out: a frame reads no dataset.
    text: String,
    /// Per line of the text, the ranges marked in it.
    marks: Vec<Vec<Range<usize>>>,
}

impl Column {
    /// `id`'s column at `width`, with `marks` (ascending byte ranges over its whole text).
    pub(super) fn new(catalog: &Catalog, id: ItemId, width: usize, marks: &[Range<usize>]) -> Self {
        let text = catalog.text(id).into_owned();
        let crumb = TextState::breadcrumb_of(catalog, id);
        let header = wrap::wrap(&crumb, width.max(1))
            .into_iter()
            .map(|r| crumb[r.range].to_owned())
            .collect();
        Column {
            width,
            header,
            rows: wrap::wrap(&text, width.max(1)),
            line_starts: line_starts(&text),
            marks: per_line(&text, marks),
            text,
        }
    }

    /// Row `r` of this column's text, its marked words toned; the placeholder for an empty
    /// text sits where the text would start.
    pub(super) fn cell(&self, r: usize) -> Line {
        match self.rows.get(r) {
            Some(_) if self.text.is_empty() && r == 0 => {
                Line::toned(strings::NO_DESCRIPTION, Tone::Dim)
            }
            Some(row) => {
                let line = source_line(&self.text, &self.line_starts, row.line);
                let marks: Vec<(Range<usize>, Tone)> = self
                    .marks
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

/// Cells of the given widths in one row, `rule` between each two.
pub(super) fn side_by_side(cells: impl Iterator<Item = (Line, usize)>, rule: &str) -> Line {
    let mut segs = Vec::new();
    for (i, (cell, width)) in cells.enumerate() {
        if i > 0 {
            segs.push(Seg::new(rule, Tone::Rule));
        }
        let used = cell.width();
        segs.extend(cell.segs);
        segs.push(Seg::plain(" ".repeat(width.saturating_sub(used))));
    }
    Line::new(segs)
}

/// Byte ranges per line of `text`, from ascending byte ranges over the whole text: one
/// walk over both, since a range may span lines.
fn per_line(text: &str, ranges: &[Range<usize>]) -> Vec<Vec<Range<usize>>> {
    let mut start = 0;
    let mut next = 0;
    text.split('\n')
        .map(|line| {
            let end = start + line.len();
            // Ranges wholly before this line are done with.
            while ranges.get(next).is_some_and(|r| r.end <= start) {
                next += 1;
            }
            let here = ranges[next..]
                .iter()
                .take_while(|r| r.start < end)
                .filter(|r| r.end > start)
                .map(|r| r.start.max(start) - start..r.end.min(end) - start)
                .collect();
            start = end + 1;
            here
        })
        .collect()
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

    #[test]
    fn several_ranges_land_on_their_own_lines() {
        let text = "a b\nc d\n\ne f";
        let lines = per_line(text, &[0..1, 2..3, 6..7, 11..12]);
        let one = |r: Range<usize>| std::iter::once(r).collect::<Vec<_>>();
        assert_eq!(lines, [vec![0..1, 2..3], one(2..3), vec![], one(2..3)]);
    }
}

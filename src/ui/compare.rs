//! The marked items side by side, scrolling together; with exactly two, the words that
//! differ are marked.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};

use super::text::{breadcrumb, styled_row};
use super::theme::Theme;
use crate::app::App;
use crate::compare::word_diff;
use crate::model::ItemId;
use crate::strings;
use crate::wrap::{self, Row};

/// Rows of the header above each column's text.
const HEADER: usize = 2;

fn columns(app: &App, area: Rect) -> Vec<Rect> {
    let n = app.marked.len().max(1);
    let inner = Block::bordered().inner(area);
    Layout::horizontal(vec![Constraint::Ratio(1, n as u32); n])
        .spacing(1)
        .split(inner)
        .to_vec()
}

/// The longest column's rows and how many fit, for scrolling.
#[must_use]
pub fn metrics(app: &App) -> (usize, usize) {
    let cols = columns(app, super::layout::body(app.area));
    let height = cols
        .first()
        .map_or(0, |c| usize::from(c.height).saturating_sub(HEADER));
    let total = app
        .marked
        .iter()
        .zip(&cols)
        .map(|(id, col)| {
            app.data.item(*id).map_or(0, |i| {
                wrap::wrap(&i.description, usize::from(col.width)).len()
            })
        })
        .max()
        .unwrap_or(0);
    (total, height)
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

pub struct CompareView<'a> {
    pub app: &'a App,
    pub theme: Theme,
}

impl Widget for CompareView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, self.theme);
        let block = t.pane(format!(" {} ", strings::COMPARE_TITLE), true);
        block.render(area, buf);
        let ids: Vec<ItemId> = app.marked.iter().copied().collect();
        let texts: Vec<&str> = ids
            .iter()
            .map(|id| app.data.item(*id).map_or("", |i| i.description.as_str()))
            .collect();
        let diffs: Vec<Vec<Range<usize>>> = match texts.as_slice() {
            [a, b] => {
                let (da, db) = word_diff(a, b);
                vec![da, db]
            }
            _ => vec![Vec::new(); texts.len()],
        };
        for (((id, text), diff), col) in ids.iter().zip(&texts).zip(&diffs).zip(columns(app, area))
        {
            let marks_per_line = per_line(text, diff);
            let mut lines = vec![
                Line::styled(breadcrumb(&app.data, *id), t.heading()),
                Line::raw(""),
            ];
            let source: Vec<&str> = text.split('\n').collect();
            let rows: Vec<Row> = wrap::wrap(text, usize::from(col.width));
            for row in rows
                .iter()
                .skip(app.compare_scroll)
                .take(usize::from(col.height).saturating_sub(HEADER))
            {
                let marks: Vec<(Range<usize>, Style)> = marks_per_line[row.line]
                    .iter()
                    .map(|r| (r.clone(), t.matched()))
                    .collect();
                lines.push(styled_row(source[row.line], row, &marks));
            }
            if text.is_empty() {
                lines.push(Line::styled(strings::NO_DESCRIPTION, t.dim()));
            }
            Paragraph::new(lines).render(col, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::per_line;

    #[test]
    fn ranges_split_over_lines() {
        let text = "een twee\ndrie vier";
        let across = std::iter::once(4..13).collect::<Vec<_>>();
        assert_eq!(
            per_line(text, &across),
            [
                std::iter::once(4..8).collect::<Vec<_>>(),
                std::iter::once(0..4).collect()
            ]
        );
        assert_eq!(per_line(text, &[]), [vec![], vec![]]);
    }
}

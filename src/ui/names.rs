//! A list of names with a count: the cities (per stad), the sections and the cities that
//! have one (per sectie), like the web list's `Stad : Aalst (7)` groups.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::spans::{char_ranges, marked};
use super::theme::Theme;
use crate::query::Query;

/// One row as the pane shows it.
pub struct NameRow<'a> {
    pub label: &'a str,
    /// `7`, or `3/7` while a filter or search narrows.
    pub count: String,
    /// Nothing to read behind it.
    pub dim: bool,
    /// Marked for comparing.
    pub marked: bool,
    pub chosen: bool,
}

pub struct NameList<'a> {
    pub title: String,
    /// The rows in the window on screen, from its first.
    pub rows: &'a [NameRow<'a>],
    pub focused: bool,
    /// The title filter, to highlight what it matches in the names.
    pub query: &'a Query,
    /// Said instead of an empty pane when the filter or search leaves nothing.
    pub empty: &'a str,
    pub theme: Theme,
}

impl NameList<'_> {
    fn line<'a>(&self, row: &'a NameRow<'a>, width: usize) -> Line<'a> {
        let t = self.theme;
        let marker = match (row.chosen, row.marked) {
            (true, _) => "▶ ",
            (false, true) => "✓ ",
            (false, false) => "  ",
        };
        // The count stays in view; a long name gives way, cut with an ellipsis.
        let room = width.saturating_sub(marker.width() + row.count.width() + 2);
        let (label, cut) = truncate(row.label, room);
        let used = marker.width() + label.width() + usize::from(cut) + row.count.width() + 1;
        let gap = width.saturating_sub(used).max(1);
        let base = if row.dim { t.dim() } else { Style::new() };
        let marks: Vec<_> = char_ranges(row.label, &self.query.highlight(row.label))
            .into_iter()
            .map(|r| (r, t.matched()))
            .collect();
        let mut spans = vec![Span::raw(marker)];
        spans.extend(marked(row.label, 0..label.len(), &marks, base));
        if cut {
            spans.push(Span::styled("…", base));
        }
        spans.push(Span::raw(" ".repeat(gap)));
        spans.push(Span::styled(row.count.clone(), t.count()));
        spans.push(Span::raw(" "));
        let line = Line::from(spans);
        if row.chosen {
            line.style(t.selected(self.focused))
        } else {
            line
        }
    }
}

impl Widget for NameList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = t.pane(self.title.clone(), self.focused);
        let inner = block.inner(area);
        block.render(area, buf);
        if self.rows.is_empty() {
            Paragraph::new(Line::styled(self.empty, t.dim()))
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let width = usize::from(inner.width);
        let lines: Vec<Line> = self
            .rows
            .iter()
            .take(usize::from(inner.height))
            .map(|row| self.line(row, width))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The longest prefix of `text` that fits in `width` columns with room for an ellipsis,
/// and whether it was cut.
fn truncate(text: &str, width: usize) -> (&str, bool) {
    if text.width() <= width {
        return (text, false);
    }
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + 1 > width {
            return (&text[..i], true);
        }
    }
    (text, false)
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_names_are_cut_to_fit() {
        assert_eq!(
            super::truncate("Lokaal woonoverleg", 30),
            ("Lokaal woonoverleg", false)
        );
        assert_eq!(super::truncate("Lokaal woonoverleg", 8), ("Lokaal ", true));
        assert_eq!(super::truncate("Coördinatie", 3), ("Co", true));
        assert_eq!(super::truncate("abc", 0), ("", true));
    }
}

//! The Secties pane: one city's items as a tree following the numbering.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::spans::{char_ranges, marked};
use super::theme::Theme;
use crate::model::City;
use crate::outline::Row;
use crate::query::Query;
use crate::strings;

pub struct SectionTree<'a> {
    pub city: Option<&'a City>,
    pub rows: &'a [Row],
    /// Whether each shown row's node is closed.
    pub closed: &'a dyn Fn(usize) -> bool,
    pub selected: Option<usize>,
    /// Whether each shown row's item is marked for comparing.
    pub marked: &'a dyn Fn(usize) -> bool,
    pub offset: usize,
    pub focused: bool,
    /// The title filter, to highlight what it matched in the titles on screen.
    pub query: &'a Query,
    pub theme: Theme,
}

impl SectionTree<'_> {
    fn row_line<'a>(&self, city: &'a City, row: &Row) -> Line<'a> {
        let t = self.theme;
        let item = &city.items[row.item];
        let chosen = self.selected == Some(row.item);
        let fold = match (row.has_children, (self.closed)(row.item)) {
            (false, _) => "  ",
            (true, false) => "▾ ",
            (true, true) => "▸ ",
        };
        let mut spans = vec![
            Span::raw(if chosen {
                "▶"
            } else if (self.marked)(row.item) {
                strings::MARK
            } else {
                " "
            }),
            Span::raw("  ".repeat(row.depth)),
            Span::raw(fold),
        ];
        // Dimmed: no text to read, or shown only as the parent of a match.
        let base = if item.description.is_empty() || row.context_only {
            t.dim()
        } else {
            Style::new()
        };
        let title = item.title.as_str();
        let marks: Vec<_> = if row.context_only {
            Vec::new()
        } else {
            char_ranges(title, &self.query.highlight(title))
                .into_iter()
                .map(|r| (r, t.matched()))
                .collect()
        };
        spans.extend(marked(title, 0..title.len(), &marks, base));
        if item.attachment {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(strings::ATTACHMENT_MARK, t.attachment()));
        }
        let line = Line::from(spans);
        if chosen {
            line.style(t.selected(self.focused))
        } else {
            line
        }
    }
}

impl Widget for SectionTree<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let title = match self.city {
            Some(c) => format!(" 2 {} · {} ", strings::SECTIONS, c.name),
            None => format!(" 2 {} ", strings::SECTIONS),
        };
        let block = t.pane(title, self.focused);
        let inner = block.inner(area);
        block.render(area, buf);
        let Some(city) = self.city.filter(|_| !self.rows.is_empty()) else {
            Paragraph::new(Line::styled(strings::NO_ITEMS, t.dim())).render(inner, buf);
            return;
        };
        let lines: Vec<Line> = self
            .rows
            .iter()
            .skip(self.offset)
            .take(usize::from(inner.height))
            .map(|row| self.row_line(city, row))
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

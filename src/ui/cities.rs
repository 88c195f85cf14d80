//! The Steden pane: the cities with their item counts, like the web list's groups.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::spans::{char_ranges, marked};
use super::strings;
use super::theme::Theme;
use crate::model::Dataset;
use crate::query::Query;

/// One city row as the pane shows it.
pub struct CityRow {
    pub city: usize,
    /// `7`, or `3/7` while a filter or search narrows.
    pub count: String,
}

pub struct CityList<'a> {
    pub data: &'a Dataset,
    /// The rows in the window on screen, from its first.
    pub rows: &'a [CityRow],
    pub selected: Option<usize>,
    pub focused: bool,
    /// The title filter, to highlight the city names it matches.
    pub query: &'a Query,
    /// Said instead of an empty pane when the filter or search leaves nothing.
    pub empty: &'a str,
    pub theme: Theme,
}

impl Widget for CityList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = Block::bordered()
            .border_type(t.border_type(self.focused))
            .border_style(t.border(self.focused))
            .title(Line::styled(
                format!(" 1 {} ", strings::CITIES),
                t.border(self.focused),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        if self.rows.is_empty() {
            Paragraph::new(Line::styled(self.empty, t.dim()))
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let width = usize::from(inner.width);
        let lines: Vec<Line> = self
            .rows
            .iter()
            .take(usize::from(inner.height))
            .map(|row| {
                let chosen = self.selected == Some(row.city);
                let name = self.data.cities[row.city].name.as_str();
                let marker = if chosen { "▶ " } else { "  " };
                let used = marker.width() + name.width() + row.count.width() + 1;
                let gap = width.saturating_sub(used).max(1);
                let marks: Vec<_> = char_ranges(name, &self.query.highlight(name))
                    .into_iter()
                    .map(|r| (r, t.matched()))
                    .collect();
                let mut spans = vec![Span::raw(marker)];
                spans.extend(marked(name, 0..name.len(), &marks, Style::new()));
                spans.push(Span::raw(" ".repeat(gap)));
                spans.push(Span::styled(row.count.as_str(), t.count()));
                spans.push(Span::raw(" "));
                let line = Line::from(spans);
                if chosen {
                    line.style(t.selected(self.focused))
                } else {
                    line
                }
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

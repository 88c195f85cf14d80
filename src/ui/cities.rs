//! The Steden pane: the cities with their item counts, like the web list's groups.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::strings;
use super::theme::Theme;
use crate::model::Dataset;

pub struct CityList<'a> {
    pub data: &'a Dataset,
    /// The cities shown, by index, with the count to show beside each.
    pub visible: &'a [(usize, String)],
    pub selected: Option<usize>,
    pub offset: usize,
    pub focused: bool,
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
        if self.visible.is_empty() {
            Paragraph::new(Line::styled(strings::NO_CITIES, t.dim())).render(inner, buf);
            return;
        }
        let width = usize::from(inner.width);
        let lines: Vec<Line> = self
            .visible
            .iter()
            .skip(self.offset)
            .take(usize::from(inner.height))
            .map(|(city, count)| {
                let chosen = self.selected == Some(*city);
                let name = &self.data.cities[*city].name;
                let marker = if chosen { "▶ " } else { "  " };
                let gap = width
                    .saturating_sub(marker.width() + name.width() + count.width() + 1)
                    .max(1);
                let line = Line::from(vec![
                    Span::raw(marker),
                    Span::raw(name.as_str()),
                    Span::raw(" ".repeat(gap)),
                    Span::styled(count.clone(), t.count()),
                    Span::raw(" "),
                ]);
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

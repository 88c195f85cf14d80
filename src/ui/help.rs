//! The help overlay: every key, centred over the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::strings;

pub struct Help {
    pub theme: Theme,
}

impl Widget for Help {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let key_width = strings::HELP
            .iter()
            .map(|(k, _)| k.width())
            .max()
            .unwrap_or(0);
        let text_width = strings::HELP
            .iter()
            .map(|(_, d)| d.width())
            .max()
            .unwrap_or(0);
        let width = (key_width + text_width + 6) as u16;
        let height = strings::HELP.len() as u16 + 2;
        let [row] = Layout::vertical([Constraint::Length(height)])
            .flex(ratatui::layout::Flex::Center)
            .areas(area);
        let [rect] = Layout::horizontal([Constraint::Length(width)])
            .flex(ratatui::layout::Flex::Center)
            .areas(row);
        Clear.render(rect, buf);
        let block = self.theme.pane(format!(" {} ", strings::HELP_TITLE), true);
        let lines: Vec<Line> = strings::HELP
            .iter()
            .map(|(key, what)| {
                let pad = " ".repeat(key_width - key.width() + 2);
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled(*key, self.theme.heading()),
                    Span::raw(pad),
                    Span::raw(*what),
                ])
            })
            .collect();
        Paragraph::new(lines).block(block).render(rect, buf);
    }
}

//! A pane as the app laid it out: a frame with its title (thick when focused), its rows,
//! a legend and a position on the bottom border, and a scrollbar.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{self, Span};
use ratatui::widgets::{
    Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget, Wrap,
};

use super::theme::Theme;
use crate::app::screen::{Emphasis, Line, Pane};

/// A line of the screen model as ratatui text.
pub fn line(l: &Line, theme: Theme) -> text::Line<'_> {
    let spans: Vec<Span> = l
        .segs
        .iter()
        .map(|s| Span::styled(s.text.as_str(), theme.tone(s.tone)))
        .collect();
    let out = text::Line::from(spans);
    match l.emphasis {
        Emphasis::None => out,
        Emphasis::Selected { focused } => out.style(theme.selected(focused)),
    }
}

pub struct PaneView<'a> {
    pub pane: &'a Pane,
    pub theme: Theme,
    /// Accessible mode: blank frames (the titles stay) and no scrollbar glyphs, which a
    /// braille display would spell out; the position is in the footer.
    pub plain: bool,
}

impl Widget for PaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (p, t) = (self.pane, self.theme);
        let mut block = t.pane(p.title.clone(), p.focused);
        if self.plain {
            block = block.border_set(ratatui::symbols::border::EMPTY);
        }
        if let Some(legend) = &p.legend {
            block = block.title_bottom(text::Line::styled(legend.clone(), t.count()));
        }
        if let Some(footer) = &p.footer {
            let label = format!(" {footer} ");
            // A label that does not fit whole is left out rather than cut into the corner.
            if label.chars().count() + 2 <= usize::from(area.width) {
                block = block
                    .title_bottom(text::Line::styled(label, t.count()).alignment(Alignment::Right));
            }
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if p.lines.is_empty() {
            if let Some(empty) = &p.empty {
                Paragraph::new(text::Line::styled(empty.as_str(), t.dim()))
                    .wrap(Wrap { trim: true })
                    .render(inner, buf);
            }
            return;
        }
        let lines: Vec<text::Line> = p.lines.iter().map(|l| line(l, t)).collect();
        Paragraph::new(lines).render(inner, buf);
        if let Some(bar) = p.scrollbar.filter(|_| !self.plain) {
            let mut state = ScrollbarState::new(bar.total)
                .position(bar.position)
                .viewport_content_length(bar.viewport);
            let bar_area = Rect {
                y: area.y + 1 + bar.fixed,
                height: area.height.saturating_sub(2 + bar.fixed),
                ..area
            };
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .render(bar_area, buf, &mut state);
        }
    }
}

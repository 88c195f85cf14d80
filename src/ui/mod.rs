//! Drawing: paints the app's `Screen` and computes nothing that changes state. Every label
//! arrives cut to its width; the theme gives each tone its style.

pub mod palette;
mod pane;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Position};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::screen::{Body, Screen};
use crate::strings;
use pane::{PaneView, line};
use theme::Theme;

pub fn draw(frame: &mut Frame, screen: &Screen, theme: Theme) {
    let area = frame.area();
    if let Some(header) = &screen.header {
        frame.render_widget(Paragraph::new(line(&header.left, theme)), header.rect);
        let right = line(&header.right, theme).alignment(Alignment::Right);
        frame.render_widget(Paragraph::new(right), header.rect);
    }
    match &screen.body {
        Body::TooSmall => {
            let message = Paragraph::new(strings::TOO_SMALL.get())
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true });
            frame.render_widget(message, area);
        }
        Body::Browse { .. } | Body::Grid(_) | Body::Compare(_) => {
            for pane in screen.body.panes() {
                let view = PaneView {
                    pane,
                    theme,
                    plain: screen.plain,
                };
                frame.render_widget(view, pane.rect);
            }
        }
    }
    if let Some(status) = &screen.status {
        frame.render_widget(
            Paragraph::new(line(&status.line, theme)).style(theme.status()),
            status.rect,
        );
        if let Some(x) = status.cursor {
            frame.set_cursor_position(Position {
                x: status.rect.x + x,
                y: status.rect.y,
            });
        }
    }
    if let Some(pane) = &screen.overlay {
        frame.render_widget(Clear, pane.rect);
        frame.render_widget(
            PaneView {
                pane,
                theme,
                plain: screen.plain,
            },
            pane.rect,
        );
    }
    if let Some((x, y)) = screen.cursor {
        frame.set_cursor_position(Position { x, y });
    }
}

/// One message in the middle of the screen (loading, for instance).
pub fn draw_message(frame: &mut Frame, message: &str, theme: Theme) {
    let area = frame.area();
    let [_, row, _] = Layout::vertical([
        Constraint::Min(0),
        Constraint::Length(3),
        Constraint::Min(0),
    ])
    .areas(area);
    let text = Paragraph::new(Line::styled(message, theme.heading()))
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true });
    frame.render_widget(text, row);
}

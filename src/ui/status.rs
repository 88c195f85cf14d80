//! The bottom line: the input line while typing, else what is filtered and the focused
//! pane's key hints.

use ratatui::Frame;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::{App, Focus, Input, View};
use crate::strings;

pub fn render(frame: &mut Frame, app: &App, area: Rect, theme: Theme) {
    let summary = summary(app);
    let [left, right] = ratatui::layout::Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(summary.width() as u16),
    ])
    .areas(area);
    let style = theme.status();
    if let Some((prompt, text)) = match app.input {
        Input::Filter => Some((strings::FILTER_PROMPT, &app.filter.input)),
        Input::Search => Some((strings::SEARCH_PROMPT, &app.search.input)),
        Input::None => None,
    } {
        let line = Line::from(vec![
            Span::styled(prompt, theme.heading()),
            Span::raw(text.as_str()),
        ]);
        frame.render_widget(Paragraph::new(line).style(style), left);
        // The terminal's own cursor shows where typing goes; past the edge it stays hidden.
        let x = left
            .x
            .saturating_add((prompt.width() + text.width()) as u16);
        if x < left.right() {
            frame.set_cursor_position(Position { x, y: left.y });
        }
    } else {
        let hints = match (&app.message, app.view, app.focus) {
            (Some(message), _, _) => message.as_str(),
            (None, View::Grid, _) => strings::GRID_HINTS,
            (None, View::Compare, _) => strings::COMPARE_HINTS,
            (None, View::Browse, Focus::Groups) => strings::HINTS_CITIES,
            (None, View::Browse, Focus::Members) => strings::HINTS_SECTIONS,
            (None, View::Browse, Focus::Text) => strings::HINTS_TEXT,
        };
        frame.render_widget(
            Paragraph::new(Line::raw(format!(" {hints}"))).style(style),
            left,
        );
    }
    frame.render_widget(Paragraph::new(Line::raw(summary)).style(style), right);
}

/// `filter: woonraad · 11 items in 11 steden`, `zoek: … · hit 3/17`, or nothing.
fn summary(app: &App) -> String {
    let mut parts = Vec::new();
    if !app.filter.input.trim().is_empty() {
        parts.push(strings::filter_summary(&app.filter.input));
    }
    if app.search.is_active() {
        parts.push(strings::search_summary(
            &app.search.input,
            app.search.current,
            app.search.hits.len(),
        ));
    }
    if let Some(n) = &app.narrowing {
        parts.push(strings::narrowed(n.items, n.cities));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" {} ", parts.join(" · "))
    }
}

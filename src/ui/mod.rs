//! Drawing: reads the `App`, never changes it.

pub mod cities;
pub mod help;
pub mod layout;
pub mod list;
pub mod sections;
pub mod strings;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Focus};
use crate::model::ItemId;
use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: Theme) {
    let area = frame.area();
    let Some(panes) = layout::panes(area, app.focus) else {
        frame.render_widget(
            Paragraph::new(strings::TOO_SMALL)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    };
    header(frame, app, panes.header, theme);
    let city = app.city();
    let current = app.current();
    if let Some(rect) = panes.cities {
        let visible: Vec<(usize, String)> = app
            .visible_cities()
            .into_iter()
            .map(|c| (c, app.data.cities[c].items.len().to_string()))
            .collect();
        frame.render_widget(
            cities::CityList {
                data: &app.data,
                visible: &visible,
                selected: city,
                offset: app.cities.offset,
                focused: app.focus == Focus::Cities,
                theme,
            },
            rect,
        );
    }
    if let Some(rect) = panes.sections {
        let rows = city.map(|c| app.tree_rows(c)).unwrap_or_default();
        let closed =
            |item| city.is_some_and(|city| app.sections.closed.contains(&ItemId { city, item }));
        frame.render_widget(
            sections::SectionTree {
                city: city.map(|c| &app.data.cities[c]),
                rows: &rows,
                closed: &closed,
                selected: current.map(|id| id.item),
                offset: app.sections.offset,
                focused: app.focus == Focus::Sections,
                theme,
            },
            rect,
        );
    }
    if let Some(rect) = panes.text {
        frame.render_widget(
            text::TextView {
                data: &app.data,
                current,
                scroll: app.text.scroll,
                focused: app.focus == Focus::Text,
                theme,
            },
            rect,
        );
    }
    let hints = match app.focus {
        Focus::Cities => strings::HINTS_CITIES,
        Focus::Sections => strings::HINTS_SECTIONS,
        Focus::Text => strings::HINTS_TEXT,
    };
    frame.render_widget(
        Paragraph::new(Line::raw(format!(" {hints}"))).style(theme.status()),
        panes.status,
    );
    if app.help {
        frame.render_widget(help::Help { theme }, area);
    }
}

fn header(frame: &mut Frame, app: &App, area: Rect, theme: Theme) {
    let totals = format!(
        "  {} ",
        strings::totals(app.data.cities.len(), app.data.item_count())
    );
    let [left, right] = ratatui::layout::Layout::horizontal([
        ratatui::layout::Constraint::Min(0),
        ratatui::layout::Constraint::Length(
            unicode_width::UnicodeWidthStr::width(totals.as_str()) as u16
        ),
    ])
    .areas(area);
    let title = Line::from(vec![
        ratatui::text::Span::styled(format!(" {} ", strings::APP), theme.heading()),
        ratatui::text::Span::raw(app.data.chapter.as_str()),
    ]);
    frame.render_widget(Paragraph::new(title), left);
    frame.render_widget(Paragraph::new(Line::styled(totals, theme.count())), right);
}

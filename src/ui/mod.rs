//! Drawing: reads the `App`, never changes it.

pub mod cities;
pub mod help;
pub mod layout;
pub mod list;
pub mod sections;
mod spans;
mod status;
pub mod strings;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus};
use crate::model::ItemId;
use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: Theme) {
    let area = frame.area();
    let Some(panes) = layout::panes(area, app.focus) else {
        let message = Paragraph::new(strings::TOO_SMALL)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, area);
        return;
    };
    header(frame, app, panes.header, theme);
    let city = app.city();
    let current = app.current();
    let query = &app.filter.query;
    if let Some(rect) = panes.cities {
        // Rows only for the window on screen: there may be thousands of cities.
        let height = usize::from(layout::inner(rect).height);
        let rows: Vec<cities::CityRow> = app
            .visible_cities()
            .into_iter()
            .skip(app.cities.offset)
            .take(height)
            .map(|c| {
                let total = app.data.cities[c].items.len();
                let count = match &app.narrowing {
                    Some(n) => format!("{}/{total}", n.per_city[c]),
                    None => total.to_string(),
                };
                cities::CityRow { city: c, count }
            })
            .collect();
        let empty = strings::no_results(&app.filter.input, &app.search.input);
        let list = cities::CityList {
            data: &app.data,
            rows: &rows,
            selected: city,
            focused: app.focus == Focus::Cities,
            query,
            empty: &empty,
            theme,
        };
        frame.render_widget(list, rect);
    }
    if let Some(rect) = panes.sections {
        let rows = city.map(|c| app.tree_rows(c)).unwrap_or_default();
        let closed =
            |item| city.is_some_and(|city| app.sections.closed.contains(&ItemId { city, item }));
        let tree = sections::SectionTree {
            city: city.map(|c| &app.data.cities[c]),
            rows: &rows,
            closed: &closed,
            selected: current.map(|id| id.item),
            offset: app.sections.offset,
            focused: app.focus == Focus::Sections,
            query,
            theme,
        };
        frame.render_widget(tree, rect);
    }
    if let Some(rect) = panes.text {
        let marked: Vec<&str> = std::iter::once(app.search.needle.as_str())
            .chain(
                query
                    .terms
                    .iter()
                    .filter(|t| !t.negated)
                    .map(|t| t.text.as_str()),
            )
            .filter(|m| !m.is_empty())
            .collect();
        let view = text::TextView {
            data: &app.data,
            marked: &marked,
            current,
            scroll: app.text.scroll,
            focused: app.focus == Focus::Text,
            theme,
        };
        frame.render_widget(view, rect);
    }
    status::render(frame, app, panes.status, theme);
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
        Constraint::Min(0),
        Constraint::Length(totals.width() as u16),
    ])
    .areas(area);
    let title = Line::from(vec![
        Span::styled(format!(" {} ", strings::APP), theme.heading()),
        Span::raw(app.data.chapter.as_str()),
    ]);
    frame.render_widget(Paragraph::new(title), left);
    frame.render_widget(Paragraph::new(Line::styled(totals, theme.count())), right);
}

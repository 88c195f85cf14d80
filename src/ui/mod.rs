//! Drawing: reads the `App`, never changes it.

pub mod compare;
pub mod grid;
pub mod help;
pub mod layout;
pub mod list;
pub mod names;
pub mod sections;
mod spans;
mod status;

pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Focus, Grouping, View};
use crate::model::ItemId;
use crate::strings;
use layout::Panes;
use names::{NameList, NameRow};
use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: Theme) {
    let area = frame.area();
    let Some(panes) = layout::panes(area, app.focus, app.grouping == Grouping::BySection) else {
        let message = Paragraph::new(strings::TOO_SMALL)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true });
        frame.render_widget(message, area);
        return;
    };
    header(frame, app, panes.header, theme);
    match app.view {
        View::Browse => browse(frame, app, &panes, theme),
        View::Grid => frame.render_widget(grid::Grid { app, theme }, layout::body(area)),
        View::Compare => {
            frame.render_widget(compare::CompareView { app, theme }, layout::body(area));
        }
    }
    status::render(frame, app, panes.status, theme);
    if app.help {
        frame.render_widget(help::Help { theme }, area);
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

fn browse(frame: &mut Frame, app: &App, panes: &Panes, theme: Theme) {
    let current = app.current();
    let empty = strings::no_results(&app.filter.input, &app.search.input);
    let query = &app.filter.query;
    let window =
        |rect: Rect, offset: usize| offset..offset + usize::from(layout::inner(rect).height);
    if let Some(rect) = panes.cities {
        let range = window(rect, app.offsets.groups);
        let rows: Vec<NameRow> = match app.grouping {
            Grouping::ByCity => city_rows(app, range),
            Grouping::BySection => section_rows(app, range),
        };
        let title = match app.grouping {
            Grouping::ByCity => format!(" 1 {} ", strings::CITIES),
            Grouping::BySection => format!(" 1 {} ", strings::SECTIONS_ACROSS),
        };
        let focused = app.focus == Focus::Groups;
        frame.render_widget(
            NameList {
                title,
                rows: &rows,
                focused,
                query,
                empty: &empty,
                theme,
            },
            rect,
        );
    }
    if let Some(rect) = panes.sections {
        let focused = app.focus == Focus::Members;
        match app.grouping {
            Grouping::ByCity => tree(frame, app, rect, theme),
            Grouping::BySection => {
                let rows = section_city_rows(app, window(rect, app.offsets.members));
                let title = match app.section() {
                    Some(s) => format!(
                        " 2 {} · {} ",
                        strings::CITIES,
                        app.sections_index.sections[s].title
                    ),
                    None => format!(" 2 {} ", strings::CITIES),
                };
                frame.render_widget(
                    NameList {
                        title,
                        rows: &rows,
                        focused,
                        query,
                        empty: strings::NO_ITEMS,
                        theme,
                    },
                    rect,
                );
            }
        }
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
}

/// Per stad, first pane: the cities in the window on screen.
fn city_rows(app: &App, window: std::ops::Range<usize>) -> Vec<NameRow<'_>> {
    let selected = app.city();
    app.visible_cities()
        .into_iter()
        .skip(window.start)
        .take(window.len())
        .map(|c| {
            let total = app.data.cities[c].items.len();
            let count = count(app.narrowing.as_ref().map(|n| n.per_city[c]), total);
            NameRow {
                label: &app.data.cities[c].name,
                count,
                dim: false,
                marked: false,
                chosen: selected == Some(c),
            }
        })
        .collect()
}

/// `7`, or `3/7` while a filter or search narrows.
fn count(shown: Option<usize>, total: usize) -> String {
    shown.map_or_else(|| total.to_string(), |n| format!("{n}/{total}"))
}

/// Per sectie, first pane: the sections with the number of cities that have them.
fn section_rows(app: &App, window: std::ops::Range<usize>) -> Vec<NameRow<'_>> {
    let selected = app.section();
    app.visible_sections()
        .into_iter()
        .skip(window.start)
        .take(window.len())
        .map(|s| {
            let section = &app.sections_index.sections[s];
            let shown = app.narrowing.as_ref().map(|_| app.section_cities(s).len());
            let count = count(shown, section.city_count());
            NameRow {
                label: &section.title,
                count,
                dim: false,
                marked: false,
                chosen: selected == Some(s),
            }
        })
        .collect()
}

/// Per sectie, second pane: the cities that have the section; empty texts dimmed.
fn section_city_rows(app: &App, window: std::ops::Range<usize>) -> Vec<NameRow<'_>> {
    let Some(s) = app.section() else {
        return Vec::new();
    };
    let current = app.current();
    app.section_cities(s)
        .into_iter()
        .skip(window.start)
        .take(window.len())
        .map(|id| {
            let chars = app
                .data
                .item(id)
                .map_or(0, |i| i.description.chars().count());
            NameRow {
                label: &app.data.cities[id.city].name,
                count: if chars == 0 {
                    "leeg".to_owned()
                } else {
                    chars.to_string()
                },
                dim: chars == 0,
                marked: app.marked.contains(&id),
                chosen: current == Some(id),
            }
        })
        .collect()
}

fn tree(frame: &mut Frame, app: &App, rect: Rect, theme: Theme) {
    let city = app.city();
    let rows = city.map(|c| app.tree_rows(c)).unwrap_or_default();
    let closed =
        |item| city.is_some_and(|city| app.sections.closed.contains(&ItemId { city, item }));
    let marked = |item| city.is_some_and(|city| app.marked.contains(&ItemId { city, item }));
    let tree = sections::SectionTree {
        city: city.map(|c| &app.data.cities[c]),
        rows: &rows,
        closed: &closed,
        selected: app.current().map(|id| id.item),
        marked: &marked,
        offset: app.offsets.members,
        focused: app.focus == Focus::Members,
        query: &app.filter.query,
        theme,
    };
    frame.render_widget(tree, rect);
}

fn header(frame: &mut Frame, app: &App, area: Rect, theme: Theme) {
    let grouping = match app.grouping {
        Grouping::ByCity => strings::GROUPED_BY_CITY,
        Grouping::BySection => strings::GROUPED_BY_SECTION,
    };
    let totals = format!(
        "  {} · {grouping} ",
        strings::totals(app.data.cities.len(), app.data.item_count())
    );
    let [left, right] = Layout::horizontal([
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

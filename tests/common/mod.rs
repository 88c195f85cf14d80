//! What the browser tests share: an app on the embedded dataset or on data built here,
//! items found by name (never by position), searches finished inline, and the screen as
//! text and as a ratatui buffer.

#![allow(dead_code, clippy::unwrap_used)] // each test file uses part of it; setup fails loudly

use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::{Action, App, Edit, Effect, Find};
use woonbeleid::catalog::Catalog;
use woonbeleid::model::{City, Dataset, Item, ItemId};
use woonbeleid::store;
use woonbeleid::ui::{self, theme::Theme};

pub const COLOR: Theme = Theme::COLOUR;

/// The number in the environment variable `name`, to run a test longer than CI does; else
/// `default`.
pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The embedded dataset in a browser of `width` × `height`.
pub fn app(width: u16, height: u16) -> App {
    App::new(
        Arc::new(Catalog::new(store::embedded().unwrap())),
        width,
        height,
    )
}

/// A browser on a dataset built here.
pub fn app_on(data: Dataset, width: u16, height: u16) -> App {
    App::new(Arc::new(Catalog::new(data)), width, height)
}

/// The window sizes a test of "every size" walks, from wide to the smallest the browser
/// still draws its panes in.
pub const SIZES: [(u16, u16); 7] = [
    (200, 50),
    (120, 40),
    (80, 24),
    (60, 20),
    (40, 12),
    (30, 10),
    (24, 8),
];

/// Builds datasets for tests: `Data::new().city("Gent", &[("A. X", "text")])`.
#[derive(Default)]
pub struct Data(Dataset);

impl Data {
    pub fn new() -> Data {
        Data(Dataset {
            chapter: "1. HOOFDSTUK".into(),
            ..Dataset::default()
        })
    }

    pub fn city(mut self, name: &str, items: &[(&str, &str)]) -> Data {
        self.0.cities.push(City {
            name: name.into(),
            items: items
                .iter()
                .map(|(title, text)| Item {
                    title: (*title).into(),
                    description: (*text).into(),
                    attachment: false,
                })
                .collect(),
        });
        self
    }

    pub fn build(self) -> Dataset {
        self.0
    }
}

/// The item titled `title` in `city`.
pub fn id(app: &App, city: &str, title: &str) -> ItemId {
    let c = app.catalog();
    (0..c.city_count())
        .filter(|i| c.city_name(*i) == city)
        .flat_map(|i| c.city_items(i))
        .find(|id| c.get(*id).unwrap().title == title)
        .unwrap_or_else(|| panic!("no '{title}' in {city}"))
}

/// Selects `city` › `title`.
pub fn select(app: &mut App, city: &str, title: &str) {
    let id = id(app, city, title);
    app.go_to(id);
    assert_eq!(app.current(), Some(id));
}

pub fn city_name(app: &App) -> String {
    app.catalog()
        .city_name(app.current().unwrap().city)
        .to_owned()
}

pub fn title(app: &App) -> String {
    app.catalog()
        .get(app.current().unwrap())
        .unwrap()
        .title
        .to_owned()
}

/// Applies actions, finishing any search they start as the loop would; returns the other
/// effects they asked for.
pub fn run(app: &mut App, actions: &[Action]) -> Vec<Effect> {
    let mut effects = Vec::new();
    for a in actions {
        app.update(*a);
        effects.extend(finish_searches(app));
    }
    effects
}

/// Runs the searches the app asked for and hands their hits back; other effects are
/// returned.
pub fn finish_searches(app: &mut App) -> Vec<Effect> {
    let mut others = Vec::new();
    for effect in app.take_effects() {
        match effect {
            Effect::Search(job) => {
                let outcome = job.run(app.catalog(), &|| true);
                app.search_done(outcome);
            }
            other => others.push(other),
        }
    }
    others
}

/// Opens an input line and types into it.
pub fn typed(app: &mut App, which: Find, text: &str) {
    let _ = run(app, &[Action::Open(which)]);
    for c in text.chars() {
        let _ = run(app, &[Action::Edit(Edit::Insert(c))]);
    }
}

pub fn down(n: usize) -> Vec<Action> {
    vec![Action::Move(woonbeleid::app::Move::Down); n]
}

/// The app drawn into a test terminal of its size.
pub fn render(app: &App, theme: Theme) -> Terminal<TestBackend> {
    let area = app.screen().area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal.draw(|f| ui::draw(f, app.screen(), theme)).unwrap();
    terminal
}

/// The rows of a drawn terminal as text.
pub fn text_of(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where `needle` first appears on a drawn screen: (column, row), in cells.
pub fn find_on(t: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    let text = text_of(t);
    text.lines().enumerate().find_map(|(y, line)| {
        let at = line.find(needle)?;
        Some((line[..at].chars().count() as u16, y as u16))
    })
}

/// The rectangle of a browse pane on the app's screen.
pub fn pane_rect(app: &App, pane: woonbeleid::app::Focus) -> ratatui::layout::Rect {
    browse_pane(app, pane).unwrap().rect
}

/// A browse pane as the app drew it, if it is on screen.
pub fn browse_pane(
    app: &App,
    pane: woonbeleid::app::Focus,
) -> Option<&woonbeleid::app::screen::Pane> {
    use woonbeleid::app::{Focus, screen::Body};
    let Body::Browse {
        groups,
        members,
        text,
    } = &app.screen().body
    else {
        panic!("not browsing")
    };
    let p = match pane {
        Focus::Groups => groups,
        Focus::Members => members,
        Focus::Text => text,
    };
    p.as_ref()
}

/// Where `needle` first appears inside `rect` on a drawn screen: (column, row), in cells.
pub fn find_in(
    t: &Terminal<TestBackend>,
    rect: ratatui::layout::Rect,
    needle: &str,
) -> Option<(u16, u16)> {
    let buf = t.backend().buffer();
    let first = needle.chars().next()?.to_string();
    for y in rect.y..rect.bottom() {
        for x in rect.x..rect.right() {
            if buf[(x, y)].symbol() != first {
                continue;
            }
            let row: String = (x..rect.right()).map(|x| buf[(x, y)].symbol()).collect();
            if row.starts_with(needle) {
                return Some((x, y));
            }
        }
    }
    None
}
pub mod cache_files;
pub mod cli;
pub mod files;
pub mod snapshots;
pub mod sources;
pub mod tmux;
pub mod writers;

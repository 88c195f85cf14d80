//! Where each pane goes for a terminal size and focus. `App` uses the same function to
//! know page heights and mouse targets, so drawing and input always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::Focus;

/// Below this many columns only the focused pane and the text are shown.
pub const NARROW: u16 = 80;
const MIN_WIDTH: u16 = 24;
const MIN_HEIGHT: u16 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub header: Rect,
    pub cities: Option<Rect>,
    pub sections: Option<Rect>,
    pub text: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    #[must_use]
    pub fn get(&self, pane: Focus) -> Option<Rect> {
        match pane {
            Focus::Groups => self.cities,
            Focus::Members => self.sections,
            Focus::Text => self.text,
        }
    }

    /// The pane under a screen position.
    #[must_use]
    pub fn at(&self, column: u16, row: u16) -> Option<Focus> {
        let pos = ratatui::layout::Position { x: column, y: row };
        Focus::ALL
            .into_iter()
            .find(|f| self.get(*f).is_some_and(|r| r.contains(pos)))
    }
}

/// `None` when the terminal is too small to show anything useful. `wide_groups` gives the
/// first pane more room, for section titles (per sectie) rather than city names.
#[must_use]
pub fn panes(area: Rect, focus: Focus, wide_groups: bool) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let mut panes = Panes {
        header,
        status,
        ..Panes::default()
    };
    if area.width >= NARROW {
        let city_width = if wide_groups {
            (area.width / 4).clamp(24, 40)
        } else {
            (area.width / 6).clamp(18, 26)
        };
        let [cities, sections, text] = Layout::horizontal([
            Constraint::Length(city_width),
            Constraint::Percentage(35),
            Constraint::Min(0),
        ])
        .areas(body);
        panes.cities = Some(cities);
        panes.sections = Some(sections);
        panes.text = Some(text);
    } else if focus == Focus::Text {
        panes.text = Some(body);
    } else {
        let [list, text] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Min(0)]).areas(body);
        match focus {
            Focus::Groups => panes.cities = Some(list),
            _ => panes.sections = Some(list),
        }
        panes.text = Some(text);
    }
    Some(panes)
}

/// Everything between the header line and the status line.
#[must_use]
pub fn body(area: Rect) -> Rect {
    let [_, body, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    body
}

/// The rows inside a bordered pane.
#[must_use]
pub fn inner(rect: Rect) -> Rect {
    rect.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    })
}

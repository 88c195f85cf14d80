//! Where each pane goes for a terminal size and focus. The app pages, scrolls and answers
//! clicks with these rectangles, and the ui draws into the same ones, so input and drawing
//! always agree.

use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};

use super::action::{Focus, Grouping};

/// Below this many columns only the focused pane and the text are shown.
pub const NARROW: u16 = 80;
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub header: Rect,
    /// Everything between the header and the status line.
    pub body: Rect,
    pub groups: Option<Rect>,
    pub members: Option<Rect>,
    pub text: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    #[must_use]
    pub fn get(&self, pane: Focus) -> Option<Rect> {
        match pane {
            Focus::Groups => self.groups,
            Focus::Members => self.members,
            Focus::Text => self.text,
        }
    }

    /// The pane under a screen position.
    #[must_use]
    pub fn at(&self, column: u16, row: u16) -> Option<Focus> {
        let pos = Position { x: column, y: row };
        Focus::ALL
            .into_iter()
            .find(|f| self.get(*f).is_some_and(|r| r.contains(pos)))
    }
}

/// `None` when the terminal is too small to show anything useful.
#[must_use]
pub fn panes(area: Rect, focus: Focus, grouping: Grouping) -> Option<Panes> {
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
        body,
        status,
        ..Panes::default()
    };
    if area.width >= NARROW {
        // Section titles (per sectie) need more room than city names.
        let groups_width = match grouping {
            Grouping::BySection => (area.width / 4).clamp(24, 40),
            Grouping::ByCity => (area.width / 6).clamp(18, 26),
        };
        let [groups, members, text] = Layout::horizontal([
            Constraint::Length(groups_width),
            Constraint::Percentage(35),
            Constraint::Min(0),
        ])
        .areas(body);
        panes.groups = Some(groups);
        panes.members = Some(members);
        panes.text = Some(text);
    } else if focus == Focus::Text {
        panes.text = Some(body);
    } else {
        let [list, text] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Min(0)]).areas(body);
        match focus {
            Focus::Groups => panes.groups = Some(list),
            _ => panes.members = Some(list),
        }
        panes.text = Some(text);
    }
    Some(panes)
}

/// The rows inside a bordered pane.
#[must_use]
pub fn inner(rect: Rect) -> Rect {
    rect.inner(Margin {
        horizontal: 1,
        vertical: 1,
    })
}

/// The first row to show so that `pos` is on screen, moving `offset` as little as possible.
#[must_use]
pub fn keep_in_view(offset: usize, pos: usize, height: usize, len: usize) -> usize {
    if height == 0 {
        return pos.min(len.saturating_sub(1));
    }
    let offset = if pos < offset {
        pos
    } else if pos >= offset + height {
        pos + 1 - height
    } else {
        offset
    };
    offset.min(len.saturating_sub(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_follows_the_selection() {
        assert_eq!(keep_in_view(0, 12, 10, 50), 3);
        assert_eq!(keep_in_view(5, 2, 10, 50), 2);
        assert_eq!(keep_in_view(5, 8, 10, 50), 5);
        assert_eq!(keep_in_view(45, 48, 10, 50), 40);
        assert_eq!(keep_in_view(3, 0, 0, 50), 0);
        assert_eq!(
            keep_in_view(0, 9, 10, 50),
            0,
            "the last row on the page stays put"
        );
        assert_eq!(keep_in_view(0, 10, 10, 50), 1);
        assert_eq!(keep_in_view(9, 3, 10, 5), 0, "never past the end");
    }

    #[test]
    fn wide_narrow_and_too_small() {
        let wide = panes(Rect::new(0, 0, 120, 40), Focus::Groups, Grouping::ByCity).unwrap();
        assert!(wide.groups.is_some() && wide.members.is_some() && wide.text.is_some());
        assert_eq!(wide.body.height, 38);
        let narrow = panes(Rect::new(0, 0, 79, 24), Focus::Members, Grouping::ByCity).unwrap();
        assert!(narrow.groups.is_none() && narrow.members.is_some());
        let text = panes(Rect::new(0, 0, 79, 24), Focus::Text, Grouping::ByCity).unwrap();
        assert!(text.members.is_none() && text.text.unwrap().width == 79);
        assert!(panes(Rect::new(0, 0, 23, 40), Focus::Groups, Grouping::ByCity).is_none());
        assert!(panes(Rect::new(0, 0, 80, 6), Focus::Groups, Grouping::ByCity).is_none());
        assert!(panes(Rect::new(0, 0, 24, 7), Focus::Groups, Grouping::ByCity).is_some());
        let by_section =
            panes(Rect::new(0, 0, 200, 40), Focus::Groups, Grouping::BySection).unwrap();
        assert_eq!(by_section.groups.unwrap().width, 40);
        assert_eq!(wide.at(1, 2), Some(Focus::Groups));
        assert_eq!(wide.at(119, 2), Some(Focus::Text));
        assert_eq!(wide.at(1, 0), None, "the header is no pane");
    }
}

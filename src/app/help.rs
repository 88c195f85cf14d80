//! The help overlay: the keys of the mode it was opened from, generated from the bindings
//! table, wrapped to the window and scrolled with the usual keys.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Move, Wheel};
use super::keys::{self, Mode};
use super::next::Next;
use super::screen::{Line, Pane, Scrollbar, Seg, Tone};
use crate::strings;
use crate::wrap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpState {
    /// The mode whose keys it lists.
    mode: Mode,
    scroll: usize,
    /// The overlay's size and wrapped lines, for the area they were laid out in.
    area: Rect,
    rect: Rect,
    lines: Vec<Line>,
}

impl HelpState {
    #[must_use]
    pub fn new(mode: Mode) -> HelpState {
        HelpState {
            mode,
            scroll: 0,
            area: Rect::default(),
            rect: Rect::default(),
            lines: Vec::new(),
        }
    }

    fn height(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2))
    }

    /// A key or click on the help: it scrolls, or closes.
    pub fn update(&mut self, action: Action) -> Next {
        match action {
            Action::CloseHelp | Action::ToggleHelp | Action::Click { .. } => return Next::Close,
            Action::Move(m) => self.scroll(m),
            Action::Wheel { way, .. } => self.wheel(way),
            _ => {}
        }
        Next::Stay
    }

    pub fn scroll(&mut self, m: Move) {
        let max = self.lines.len().saturating_sub(self.height());
        self.scroll = m.apply(self.scroll, max + 1, self.height());
    }

    pub fn wheel(&mut self, way: Wheel) {
        let m = if way == Wheel::Down {
            Move::Down
        } else {
            Move::Up
        };
        for _ in 0..3 {
            self.scroll(m);
        }
    }

    /// Lays the help out for a window; the scroll stays within the lines.
    pub fn sync(&mut self, area: Rect) {
        if area != self.area {
            self.area = area;
            self.layout();
        }
        self.scroll = self
            .scroll
            .min(self.lines.len().saturating_sub(self.height()));
    }

    fn layout(&mut self) {
        let entries = keys::help(self.mode);
        let mut rows: Vec<(String, &str)> =
            entries.iter().map(|l| (l.keys.clone(), l.what)).collect();
        if matches!(
            self.mode,
            Mode::Groups(_) | Mode::Outline | Mode::SectionCities | Mode::Text
        ) {
            rows.push((
                strings::ATTACHMENT_MARK.to_owned(),
                strings::ATTACHMENT_LEGEND,
            ));
        }
        let widest_keys = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
        let widest_what = rows.iter().map(|(_, w)| w.width()).max().unwrap_or(0);
        let max_width = usize::from(self.area.width.saturating_sub(2)).max(3);
        let width = (widest_keys + widest_what + 5).min(max_width);
        let inner = width.saturating_sub(2);
        // The keys take at most a third of a narrow overlay; what they do wraps beside them.
        let key_col = widest_keys.min(inner / 3).max(1);
        let what_col = inner.saturating_sub(key_col + 3).max(1);
        self.lines.clear();
        for (keys, what) in &rows {
            let key_rows = wrap::wrap(keys, key_col);
            let what_rows = wrap::wrap(what, what_col);
            for k in 0..key_rows.len().max(what_rows.len()) {
                let key = key_rows.get(k).map_or("", |r| &keys[r.range.clone()]);
                let text = what_rows.get(k).map_or("", |r| &what[r.range.clone()]);
                let gap = " ".repeat(key_col - key.width().min(key_col) + 2);
                self.lines.push(Line::new(vec![
                    Seg::plain(" "),
                    Seg::new(key, Tone::Heading),
                    Seg::plain(gap),
                    Seg::plain(text),
                ]));
            }
        }
        let height = (self.lines.len() + 2).min(usize::from(self.area.height));
        let [row] = Layout::vertical([Constraint::Length(height as u16)])
            .flex(Flex::Center)
            .areas(self.area);
        let [rect] = Layout::horizontal([Constraint::Length(width as u16)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
    }

    #[must_use]
    pub fn pane(&self) -> Pane {
        let height = self.height();
        let total = self.lines.len();
        let mut pane = Pane {
            rect: self.rect,
            title: format!(" {} ", strings::HELP_TITLE),
            focused: true,
            lines: self
                .lines
                .iter()
                .skip(self.scroll)
                .take(height)
                .cloned()
                .collect(),
            ..Pane::default()
        };
        if total > height && height > 0 {
            pane.footer = Some(strings::line_range(
                self.scroll + 1,
                (self.scroll + height).min(total),
                total,
            ));
            pane.scrollbar = Some(Scrollbar {
                position: self.scroll,
                total: total - height,
                viewport: height,
                fixed: 0,
            });
        }
        pane
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_scrolls_within_its_lines_and_closes_on_a_click() {
        let mut help = HelpState::new(Mode::Outline);
        help.sync(Rect::new(0, 0, 60, 10));
        assert_eq!(help.update(Action::Move(Move::Bottom)), Next::Stay);
        let last = help.scroll;
        assert!(last > 0, "the outline's keys fill more than eight rows");
        help.update(Action::Move(Move::Down));
        assert_eq!(help.scroll, last, "no further than the last line");
        assert_eq!(help.pane().lines.len(), help.height());
        help.update(Action::Move(Move::Top));
        assert_eq!(help.scroll, 0);
        assert_eq!(
            help.update(Action::Edit(crate::app::action::Edit::End)),
            Next::Stay
        );
        assert_eq!(
            help.update(Action::Click { column: 0, row: 0 }),
            Next::Close
        );
    }
}

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

/// What an overlay of lines shows: the keys of a mode, or the messages said so far.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Content {
    Keys(Mode),
    Log(Vec<String>),
}

/// Messages are read at this width at most, as a paragraph is.
const LOG_WIDTH: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpState {
    content: Content,
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
            content: Content::Keys(mode),
            scroll: 0,
            area: Rect::default(),
            rect: Rect::default(),
            lines: Vec::new(),
        }
    }

    /// The message log, scrolled to its end: the latest is what one looks for.
    #[must_use]
    pub fn log<'a>(said: impl IntoIterator<Item = &'a String>) -> HelpState {
        HelpState {
            content: Content::Log(said.into_iter().cloned().collect()),
            scroll: usize::MAX,
            ..HelpState::new(Mode::Help)
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
        match &self.content {
            Content::Keys(mode) => self.layout_keys(*mode),
            Content::Log(said) => {
                let said = said.clone();
                self.layout_log(&said);
            }
        }
    }

    /// Each message whole, wrapped, numbered, a blank row between.
    fn layout_log(&mut self, said: &[String]) {
        let max_width = usize::from(self.area.width).max(3);
        let width = (LOG_WIDTH + 4).min(max_width);
        let text_col = width
            .saturating_sub(4 + said.len().to_string().len())
            .max(1);
        self.lines.clear();
        if said.is_empty() {
            self.lines.push(Line::new(vec![
                Seg::plain(" "),
                Seg::plain(strings::LOG_EMPTY),
            ]));
        }
        let number_width = said.len().to_string().len();
        for (n, message) in said.iter().enumerate() {
            for (k, row) in wrap::wrap(message, text_col).iter().enumerate() {
                let number = if k == 0 {
                    format!("{:>number_width$}", n + 1)
                } else {
                    " ".repeat(number_width)
                };
                self.lines.push(Line::new(vec![
                    Seg::plain(" "),
                    Seg::new(number, Tone::Dim),
                    Seg::plain(" "),
                    Seg::plain(format!(
                        "{}{}",
                        " ".repeat(row.indent),
                        &message[row.range.clone()]
                    )),
                ]));
            }
        }
        self.place(width);
    }

    /// The overlay's rectangle: centred, as tall as its lines allow. One that would leave a
    /// column or less beside it takes the whole width, so no scrollbar peeks out beside its own.
    fn place(&mut self, width: usize) {
        let area_width = usize::from(self.area.width);
        let width = if width + 2 >= area_width {
            area_width
        } else {
            width
        };
        let height = (self.lines.len() + 2).min(usize::from(self.area.height));
        let [row] = Layout::vertical([Constraint::Length(height as u16)])
            .flex(Flex::Center)
            .areas(self.area);
        let [rect] = Layout::horizontal([Constraint::Length(width as u16)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
    }

    fn layout_keys(&mut self, mode: Mode) {
        let entries = keys::help(mode);
        let mut rows: Vec<(String, &str)> =
            entries.iter().map(|l| (l.keys.clone(), l.what)).collect();
        if matches!(
            mode,
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
        // …but never narrower than one key's name, which is not split.
        let longest_key = rows
            .iter()
            .flat_map(|(k, _)| k.split(['/', ' ']))
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);
        let key_col = widest_keys.min(inner / 3).max(longest_key).max(1);
        let what_col = inner.saturating_sub(key_col + 3).max(1);
        self.lines.clear();
        for (keys, what) in &rows {
            let key_rows = key_rows(keys, key_col);
            let what_rows = wrap::wrap(what, what_col);
            for k in 0..key_rows.len().max(what_rows.len()) {
                let key = key_rows.get(k).map_or("", String::as_str);
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
        self.place(width);
    }

    #[must_use]
    pub fn pane(&self) -> Pane {
        let height = self.height();
        let total = self.lines.len();
        let mut pane = Pane {
            rect: self.rect,
            title: format!(
                " {} ",
                match self.content {
                    Content::Keys(_) => strings::HELP_TITLE,
                    Content::Log(_) => strings::LOG_TITLE,
                }
            ),
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

/// The keys of a help line in rows of `width`, broken only after a `/` or between keys, so
/// no key's name is split.
fn key_rows(keys: &str, width: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for piece in keys.split_inclusive(['/', ' ']) {
        if !row.is_empty() && row.trim_end().width() + piece.trim_end().width() > width {
            rows.push(row.trim_end().to_owned());
            row.clear();
        }
        if !(row.is_empty() && piece.trim().is_empty()) {
            row.push_str(piece);
        }
    }
    if !row.trim().is_empty() {
        rows.push(row.trim_end().to_owned());
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_break_between_names_never_inside_one() {
        assert_eq!(key_rows("j/k  ↓/↑", 20), ["j/k  ↓/↑"]);
        assert_eq!(key_rows("Ctrl-d/Ctrl-u", 8), ["Ctrl-d/", "Ctrl-u"]);
        assert_eq!(key_rows("PgDn/PgUp  Spatie", 10), ["PgDn/PgUp", "Spatie"]);
        assert_eq!(
            key_rows("Shift-Tab", 4),
            ["Shift-Tab"],
            "too long: whole, on its own"
        );
        assert_eq!(
            key_rows("j/k", 3),
            ["j/k"],
            "as wide as the column: one row"
        );
        assert_eq!(key_rows("ab/cd", 5), ["ab/cd"]);
    }

    #[test]
    fn at_every_size_each_key_name_is_whole_on_one_row() {
        for mode in Mode::ALL {
            for (w, h) in [(24, 7), (30, 10), (40, 12), (60, 20), (80, 24), (120, 40)] {
                let mut help = HelpState::new(mode);
                help.sync(Rect::new(0, 0, w, h));
                let names: Vec<String> = keys::help(mode)
                    .iter()
                    .flat_map(|l| {
                        l.keys
                            .split(['/', ' '])
                            .map(str::to_owned)
                            .collect::<Vec<_>>()
                    })
                    .filter(|k| !k.is_empty())
                    .collect();
                let text: Vec<String> = help.lines.iter().map(Line::text).collect();
                for name in names {
                    assert!(
                        text.iter()
                            .any(|row| row.split(['/', ' ']).any(|t| t == name)),
                        "{mode:?} at {w}×{h}: {name:?} whole on a row: {text:#?}"
                    );
                }
                let rect = help.rect;
                assert!(
                    rect.width == w || rect.width + 2 < w,
                    "{mode:?} at {w}×{h}: the overlay leaves no 1-column sliver ({rect:?})"
                );
            }
        }
    }

    #[test]
    fn the_log_shows_every_message_whole_and_opens_at_its_end() {
        let said: Vec<String> = (1..=40)
            .map(|n| format!("bericht {n}: {}", "heel lang ".repeat(n % 7 * 5)))
            .collect();
        let mut log = HelpState::log(&said);
        log.sync(Rect::new(0, 0, 60, 20));
        let all: String = log
            .lines
            .iter()
            .map(Line::text)
            .collect::<Vec<_>>()
            .join(" ");
        for m in &said {
            let words: Vec<&str> = m.split_whitespace().collect();
            assert!(
                all.split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(words.len())
                    .any(|w| w == words),
                "{m:?} is in the log whole"
            );
        }
        let pane = log.pane();
        assert_eq!(pane.rect, log.rect, "drawn where it was laid out");
        assert!(pane.focused, "the log has the keys");
        let last = log.lines.last().map(Line::text);
        assert_eq!(
            pane.lines.last().map(Line::text),
            last,
            "it opens at its end, on the newest message"
        );
        let shown: Vec<String> = log.pane().lines.iter().map(Line::text).collect();
        assert!(
            shown.iter().any(|r| r.contains("bericht 40"))
                || shown.last().is_some_and(|r| r.contains("heel")),
            "opens on the latest: {shown:#?}"
        );
        assert!(log.pane().title.contains("Berichten"));
        let mut empty = HelpState::log(&[]);
        empty.sync(Rect::new(0, 0, 60, 20));
        assert!(empty.pane().lines[0].text().contains("Nog niets"));
    }

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

//! The help overlay: the keys of the mode it was opened from, generated from the bindings
//! table, wrapped to the window and scrolled with the usual keys. The same overlay shows
//! the message log and, to read, a note whose item is gone.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use super::action::{Action, Move, Wheel};
use super::keys::{self, Mode};
use super::next::Next;
use super::screen::{Line, Pane, Scrollbar, Seg, Tone};
use crate::notes::Place;
use crate::strings;
use crate::wrap;

/// What an overlay of lines shows: the keys of a mode, the messages said so far, or a
/// note whose item is gone (where it was, its text).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Content {
    Keys(Mode),
    Log(Vec<String>),
    Note(String, String),
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

    /// A note whose item is gone, to read (there is no item to edit it at), from its start.
    #[must_use]
    pub fn note(place: &Place, text: &str) -> HelpState {
        HelpState {
            content: Content::Note(place.to_string(), text.to_owned()),
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
            Content::Note(_, text) => {
                let text = text.clone();
                self.layout_note(&text);
            }
        }
    }

    /// The note's lines, each wrapped at a paragraph's width, blank lines kept.
    fn layout_note(&mut self, text: &str) {
        let width = (LOG_WIDTH + 4).min(usize::from(self.area.width).max(3));
        let text_col = width.saturating_sub(4).max(1);
        self.lines.clear();
        for line in text.split('\n') {
            let rows = wrap::wrap(line, text_col);
            if rows.is_empty() {
                self.lines.push(Line::default());
            }
            for row in rows {
                let shown = format!("{}{}", " ".repeat(row.indent), &line[row.range]);
                self.lines.push(Line::new(vec![
                    Seg::plain(" "),
                    Seg::new(shown, Tone::Note),
                ]));
            }
        }
        self.place(width);
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
                strings::ATTACHMENT_MARK.to_string(),
                strings::ATTACHMENT_LEGEND.get(),
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
        let (title, whole) = match &self.content {
            Content::Keys(_) => (strings::HELP_TITLE.to_string(), Vec::new()),
            Content::Log(_) => (strings::LOG_TITLE.to_string(), Vec::new()),
            Content::Note(place, _) => (strings::gone_note_title(place), vec![place.clone()]),
        };
        let mut pane = Pane {
            rect: self.rect,
            title: format!(" {title} "),
            whole,
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
mod tests;

//! The built-in note editor, for when no `$VISUAL` or `$EDITOR` is set: a multi-line text
//! area (ratatui-textarea's editing) over the panes, saved with Esc. Long lines wrap at
//! words as the texts do (a note is mostly paragraphs), and the bottom border says where
//! the cursor is.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui_textarea::{CursorMove, TextArea};

use super::action::{Action, NoteEdit};
use super::effect::Effect;
use super::next::Next;
use super::screen::{Line, Pane, Seg, Tone};
use super::shared::Shared;
use crate::notes::Place;
use crate::strings;
use crate::wrap::{self, Row};

#[derive(Debug)]
pub struct NoteEditor {
    pub place: Place,
    area: TextArea<'static>,
    /// The text wrapped to the editor's width, laid out by `sync`.
    rows: Vec<Row>,
    /// The width `rows` were wrapped at, until an edit makes them stale.
    wrapped_at: Option<usize>,
    /// The first row on screen.
    top: usize,
    /// Where the editor sits, for the window it was laid out in.
    rect: Rect,
    original: String,
}

impl NoteEditor {
    #[must_use]
    pub fn new(place: Place, text: &str) -> NoteEditor {
        let lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
        let mut area = TextArea::new(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        NoteEditor {
            place,
            area,
            rows: Vec::new(),
            wrapped_at: None,
            top: 0,
            rect: Rect::default(),
            original: text.to_owned(),
        }
    }

    /// The text as edited.
    #[must_use]
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    #[must_use]
    pub fn changed(&self) -> bool {
        self.text().trim_end() != self.original.trim_end()
    }

    fn height(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2)).max(1)
    }

    /// An action in the editor: an edit, or Esc (keep) or Ctrl-c (throw away), which
    /// close it.
    pub fn update(&mut self, shared: &mut Shared, action: Action) -> Next {
        match action {
            Action::Note(edit) => self.apply(edit),
            Action::Accept => {
                if self.changed() {
                    shared.effects.push(Effect::SaveNote {
                        place: self.place.clone(),
                        text: self.text(),
                        base: self.original.clone(),
                    });
                } else {
                    shared.say(strings::NOTE_UNCHANGED.to_string());
                }
                return Next::Close;
            }
            Action::Back => {
                if self.changed() {
                    shared.say(strings::NOTE_DISCARDED.to_string());
                }
                return Next::Close;
            }
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        Next::Stay
    }

    pub fn apply(&mut self, edit: NoteEdit) {
        self.wrapped_at = None;
        let page = self.height();
        let a = &mut self.area;
        match edit {
            // A control character in a note would reach the terminal when drawn.
            NoteEdit::Insert(c) if c.is_control() => {}
            NoteEdit::Insert(c) => a.insert_char(c),
            NoteEdit::Newline => a.insert_newline(),
            NoteEdit::DeleteBack => _ = a.delete_char(),
            NoteEdit::DeleteForward => _ = a.delete_next_char(),
            NoteEdit::Left => a.move_cursor(CursorMove::Back),
            NoteEdit::Right => a.move_cursor(CursorMove::Forward),
            NoteEdit::Up => a.move_cursor(CursorMove::Up),
            NoteEdit::Down => a.move_cursor(CursorMove::Down),
            NoteEdit::LineStart => a.move_cursor(CursorMove::Head),
            NoteEdit::LineEnd => a.move_cursor(CursorMove::End),
            NoteEdit::WordLeft => a.move_cursor(CursorMove::WordBack),
            NoteEdit::WordRight => a.move_cursor(CursorMove::WordForward),
            NoteEdit::Top => a.move_cursor(CursorMove::Top),
            NoteEdit::Bottom => a.move_cursor(CursorMove::Bottom),
            NoteEdit::PageUp | NoteEdit::PageDown => {
                let up = edit == NoteEdit::PageUp;
                for _ in 0..page {
                    a.move_cursor(if up { CursorMove::Up } else { CursorMove::Down });
                }
            }
            NoteEdit::DeleteWordBack => _ = a.delete_word(),
            NoteEdit::DeleteToStart => _ = a.delete_line_by_head(),
            NoteEdit::DeleteToEnd => _ = a.delete_line_by_end(),
        }
    }

    /// Lays the editor out over the panes, wraps the text to its width and keeps the
    /// cursor's row in view.
    pub fn sync(&mut self, area: Rect) {
        let [row] = Layout::vertical([Constraint::Percentage(70)])
            .flex(Flex::Center)
            .areas(area);
        let [rect] = Layout::horizontal([Constraint::Percentage(80)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
        // Every settle syncs the overlay; the note is wrapped again only when it changed.
        if self.wrapped_at != Some(self.width()) {
            self.rows = wrap::wrap(&self.text(), self.width());
            self.wrapped_at = Some(self.width());
        }
        let (at, _) = self.cursor_row();
        let height = self.height();
        if at < self.top {
            self.top = at;
        } else if at >= self.top + height {
            self.top = at + 1 - height;
        }
        self.top = self.top.min(self.rows.len().saturating_sub(height));
    }

    fn width(&self) -> usize {
        usize::from(self.rect.width.saturating_sub(2)).max(1)
    }

    /// The row the cursor is on, and the cursor's byte in its line.
    fn cursor_row(&self) -> (usize, usize) {
        let cursor = self.area.cursor();
        let (line, col) = (cursor.0, cursor.1);
        let text = self.area.lines().get(line).map_or("", String::as_str);
        let byte = text.char_indices().nth(col).map_or(text.len(), |(b, _)| b);
        // The last row of the line starting at or before the cursor; a space the wrap
        // broke at belongs to the row before it.
        let after = self
            .rows
            .partition_point(|r| (r.line, r.range.start) <= (line, byte));
        (after.saturating_sub(1), byte)
    }

    /// The editor as drawn, and where its cursor is on the screen.
    #[must_use]
    pub fn pane(&self) -> (Pane, Option<(u16, u16)>) {
        let width = self.width();
        let lines = self.area.lines();
        let text_of = |r: &Row| {
            lines
                .get(r.line)
                .and_then(|l| l.get(r.range.clone()))
                .unwrap_or("")
        };
        let shown = self
            .rows
            .iter()
            .skip(self.top)
            .take(self.height())
            .map(|r| {
                let row = format!("{}{}", " ".repeat(r.indent), text_of(r));
                Line::new(vec![Seg::new(row, Tone::Plain)])
            })
            .collect();
        let cursor = self.area.cursor();
        let (line, col) = (cursor.0, cursor.1);
        let pane = Pane {
            rect: self.rect,
            title: format!(" {} {} ", strings::NOTE_EDITOR, self.place),
            focused: true,
            lines: shown,
            legend: Some(format!(" {} ", strings::NOTE_EDITOR_LEGEND)),
            footer: Some(strings::editor_position(line + 1, lines.len(), col + 1)),
            whole: vec![self.place.to_string()],
            ..Pane::default()
        };
        let (at, byte) = self.cursor_row();
        let before = self.rows.get(at).map_or(0, |r| {
            let line = lines.get(r.line).map_or("", String::as_str);
            r.indent
                + unicode_width::UnicodeWidthStr::width(line.get(r.range.start..byte).unwrap_or(""))
        });
        // A cursor after the row's last column (typing at the end of a full row) waits in
        // the last column until the next character wraps.
        let x = self.rect.x + 1 + before.min(width - 1) as u16;
        let y = (self.rect.y + 1).saturating_add(at.saturating_sub(self.top) as u16);
        let inside = at >= self.top
            && x < self.rect.right().saturating_sub(1)
            && y < self.rect.bottom().saturating_sub(1);
        (pane, inside.then_some((x, y)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_a_note_line_by_line() {
        let mut e = NoteEditor::new(Place::new("Gent", "X"), "eerste");
        assert!(!e.changed());
        for edit in [
            NoteEdit::Newline,
            NoteEdit::Insert('t'),
            NoteEdit::Insert('w'),
            NoteEdit::Insert('\u{1b}'),
        ] {
            e.apply(edit);
        }
        assert_eq!(e.text(), "eerste\ntw", "escape characters are not typed in");
        e.apply(NoteEdit::Up);
        e.apply(NoteEdit::LineStart);
        e.apply(NoteEdit::DeleteToEnd);
        assert_eq!(e.text(), "\ntw");
        assert!(e.changed());
        e.sync(Rect::new(0, 0, 100, 30));
        let (pane, cursor) = e.pane();
        assert_eq!(pane.lines.len(), 2);
        assert_eq!(cursor, Some((pane.rect.x + 1, pane.rect.y + 1)));
        assert_eq!(pane.footer.as_deref(), Some("regel 1/2 · kolom 1"));
    }

    /// The text of each row on screen, and the cursor in the pane (column, row).
    fn drawn(e: &mut NoteEditor, area: Rect) -> (Vec<String>, (u16, u16)) {
        e.sync(area);
        let (pane, cursor) = e.pane();
        let (x, y) = cursor.expect("the cursor is in the editor");
        let rows = pane
            .lines
            .iter()
            .map(|l| l.text().trim_end().to_owned())
            .collect();
        (rows, (x - pane.rect.x - 1, y - pane.rect.y - 1))
    }

    #[test]
    fn a_long_line_wraps_at_words_and_the_cursor_follows_it() {
        // 30 columns: the editor takes 80 % of them, 22 inside its frame.
        let area = Rect::new(0, 0, 30, 20);
        let text = "Het woonoverleg komt samen in mei en in oktober";
        let mut e = NoteEditor::new(Place::new("Gent", "X"), text);
        let (rows, cursor) = drawn(&mut e, area);
        assert_eq!(
            rows,
            ["Het woonoverleg komt", "samen in mei en in", "oktober"]
        );
        assert_eq!(cursor, (7, 2), "after the last word, on the third row");
        e.apply(NoteEdit::LineStart);
        assert_eq!(drawn(&mut e, area).1, (0, 0));
        for _ in 0.."Het woonoverleg komt ".chars().count() {
            e.apply(NoteEdit::Right);
        }
        assert_eq!(
            drawn(&mut e, area).1,
            (0, 1),
            "the next word starts the next row"
        );
        e.apply(NoteEdit::Left);
        let (rows, cursor) = drawn(&mut e, area);
        assert_eq!(
            cursor.1, 0,
            "the space the row broke at stays on its row: {rows:?}"
        );
        let (pane, _) = e.pane();
        assert_eq!(pane.footer.as_deref(), Some("regel 1/1 · kolom 21"));
    }

    #[test]
    fn the_cursors_row_stays_in_view_when_wrapped_rows_fill_the_editor() {
        let area = Rect::new(0, 0, 30, 10);
        let long = "woord ".repeat(40);
        let mut e = NoteEditor::new(Place::new("Gent", "X"), &long);
        let (rows, cursor) = drawn(&mut e, area);
        assert_eq!(
            usize::from(cursor.1) + 1,
            rows.len(),
            "the end is shown, the cursor on the last row"
        );
        // One line of many rows: its start is its first row.
        e.apply(NoteEdit::LineStart);
        let (rows, cursor) = drawn(&mut e, area);
        assert_eq!(cursor, (0, 0));
        assert!(rows[0].starts_with("woord woord"));
    }
}

//! The built-in note editor, for when no `$VISUAL` or `$EDITOR` is set: a multi-line text
//! area (ratatui-textarea's editing) over the panes, saved with Esc.

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui_textarea::{CursorMove, TextArea};

use super::action::{Action, NoteEdit};
use super::effect::Effect;
use super::next::Next;
use super::screen::{Line, Pane, Seg, Tone, take_width};
use super::shared::Shared;
use crate::notes::Place;
use crate::strings;

#[derive(Debug)]
pub struct NoteEditor {
    pub place: Place,
    area: TextArea<'static>,
    /// The first line on screen.
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
                    shared.say(strings::NOTE_UNCHANGED.to_owned());
                }
                return Next::Close;
            }
            Action::Back => {
                if self.changed() {
                    shared.say(strings::NOTE_DISCARDED.to_owned());
                }
                return Next::Close;
            }
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        Next::Stay
    }

    pub fn apply(&mut self, edit: NoteEdit) {
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

    /// Lays the editor out over the panes and keeps the cursor's line in view.
    pub fn sync(&mut self, area: Rect) {
        let [row] = Layout::vertical([Constraint::Percentage(70)])
            .flex(Flex::Center)
            .areas(area);
        let [rect] = Layout::horizontal([Constraint::Percentage(80)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
        let line = self.area.cursor().0;
        let height = self.height();
        if line < self.top {
            self.top = line;
        } else if line >= self.top + height {
            self.top = line + 1 - height;
        }
    }

    /// The editor as drawn, and where its cursor is on the screen.
    #[must_use]
    pub fn pane(&self) -> (Pane, Option<(u16, u16)>) {
        let width = usize::from(self.rect.width.saturating_sub(2));
        let (line, col) = {
            let c = self.area.cursor();
            (c.0, c.1)
        };
        // Long lines scroll sideways to keep the cursor in view.
        let shift = |l: usize| {
            if l == line {
                col.saturating_sub(width.saturating_sub(1))
            } else {
                0
            }
        };
        let lines = self
            .area
            .lines()
            .iter()
            .enumerate()
            .skip(self.top)
            .take(self.height())
            .map(|(i, l)| {
                let rest: String = l.chars().skip(shift(i)).collect();
                Line::new(vec![Seg::new(take_width(&rest, width), Tone::Plain)])
            })
            .collect();
        let pane = Pane {
            rect: self.rect,
            title: format!(" {} {} ", strings::NOTE_EDITOR, self.place),
            focused: true,
            lines,
            legend: Some(format!(" {} ", strings::NOTE_EDITOR_LEGEND)),
            ..Pane::default()
        };
        let before: String = self.area.lines().get(line).map_or(String::new(), |l| {
            l.chars()
                .skip(shift(line))
                .take(col - shift(line))
                .collect()
        });
        let x = self.rect.x + 1 + unicode_width::UnicodeWidthStr::width(before.as_str()) as u16;
        let y = self.rect.y + 1 + (line - self.top) as u16;
        let inside =
            x < self.rect.right().saturating_sub(1) && y < self.rect.bottom().saturating_sub(1);
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
    }
}

//! The Tekst pane's state: the wrapped text of the selected item at the pane's width, the
//! scroll, and what is marked in it (search and filter matches, the current hit, links).
//! The layout is computed when the item or the width changes, never per frame.

use std::collections::HashMap;
use std::ops::Range;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::Move;
use super::layout::inner;
use super::marks::{Marking, line_marks, styled_row};
use super::screen::{Line, Pane, Seg, Tone, fit_end};
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::outline::{self, Outline};
use crate::query::{Hit, locate};
use crate::strings;
use crate::text::FoldedLine;
use crate::text::fold::fold;
use crate::wrap::{self, Row};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Heading {
    #[default]
    Whole,
    Short,
    None,
}

#[derive(Debug, Clone, Default)]
pub struct TextState {
    id: Option<ItemId>,
    width: usize,
    /// Body rows on screen (below the heading).
    height: usize,
    /// The heading pinned above the text: the whole breadcrumb (and the attachment notice)
    /// where it leaves the text most of the pane, else `short_header`, else nothing.
    header: Vec<Line>,
    /// The breadcrumb on one row, cut from the front, with 📎 for an attachment.
    short_header: Vec<Line>,
    /// The breadcrumb whole, for the status line when the pane shows less of it.
    crumb: String,
    /// Which heading the pane's height allows.
    heading: Heading,
    /// The item's text as read at layout: the rows index into it, and the frames read it
    /// from here, never from the catalog again (which may mean a disk read).
    text: String,
    /// Where each line of `text` starts, so a frame takes its lines without splitting it.
    line_starts: Vec<usize>,
    rows: Vec<Row>,
    /// The current hit in this text: its source line and the range in that line.
    hit: Option<(usize, Range<usize>)>,
    /// The current hit when it is in the note: the note's line and the range in it.
    note_hit: Option<(usize, Range<usize>)>,
    /// The user's note under the text, laid out.
    note_rows: Vec<Line>,
    scroll: usize,
    /// A place in an item's folded text to bring into view once its layout is known.
    aim: Option<(ItemId, usize)>,
    marking: Marking,
    /// Marks per source line, computed the first time the line is on screen.
    marks: HashMap<usize, Vec<(Range<usize>, Tone)>>,
}

impl TextState {
    /// First body row on screen, body rows in all, body rows on screen.
    #[must_use]
    pub fn scroll_state(&self) -> (usize, usize, usize) {
        (self.scroll, self.total(), self.height)
    }

    pub fn scroll_by(&mut self, rows: isize) {
        self.scroll = self.scroll.saturating_add_signed(rows);
        self.clamp();
    }

    pub fn move_by(&mut self, m: Move) {
        let max = self.total().saturating_sub(self.height);
        self.scroll = m.apply(self.scroll, max + 1, self.height);
    }

    /// Brings a place of an item's text into view once the item is shown.
    pub fn aim(&mut self, id: ItemId, folded_at: usize) {
        self.aim = Some((id, folded_at));
    }

    fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.total().saturating_sub(self.height));
    }

    /// The breadcrumb of any item.
    #[must_use]
    pub fn breadcrumb_of(catalog: &Catalog, id: ItemId) -> String {
        outline::breadcrumb(catalog, &Outline::of(catalog, id.city), id)
    }

    /// Follows the selection, the pane's size and what is marked.
    pub fn sync(
        &mut self,
        catalog: &Catalog,
        outline: &Outline,
        id: Option<ItemId>,
        rect: Option<Rect>,
        marking: Marking,
    ) {
        let body = rect.map_or(Rect::default(), inner);
        let width = usize::from(body.width);
        if id != self.id || width != self.width {
            if id != self.id {
                self.scroll = 0;
            }
            self.id = id;
            self.width = width;
            self.layout(catalog, outline);
        }
        if marking != self.marking {
            let hit_changed = marking.hit != self.marking.hit;
            self.marking = marking;
            self.marks.clear();
            if hit_changed {
                self.hit = self.place_hit();
                self.note_hit = self.place_note_hit();
            }
            // A note is short: laid out again for any change of what is marked in it.
            self.layout_note();
        }
        let rows = usize::from(body.height);
        // The heading may take a third of the rows; a small pane keeps its text readable.
        self.heading = if self.header.len() * 3 <= rows {
            Heading::Whole
        } else if rows >= 3 {
            Heading::Short
        } else {
            Heading::None
        };
        self.height = rows.saturating_sub(self.heading().len());
        if let Some((aimed, at)) = self.aim
            && Some(aimed) == self.id
        {
            self.aim = None;
            self.bring_into_view(at);
        }
        self.clamp();
    }

    /// Works out the marks of the lines in view, so drawing only reads them. Apart from
    /// `sync`: a text under the grid or the comparison is not drawn, nor marked.
    pub fn mark_rows_in_view(&mut self) {
        let end = (self.scroll + self.height).min(self.rows.len());
        for row in self.rows.get(self.scroll..end).unwrap_or_default() {
            let line = source_line(&self.text, &self.line_starts, row.line);
            line_marks(
                &mut self.marks,
                &self.marking,
                self.hit.as_ref(),
                row.line,
                line,
            );
        }
    }

    fn heading(&self) -> &[Line] {
        match self.heading {
            Heading::Whole => &self.header,
            Heading::Short => &self.short_header,
            Heading::None => &[],
        }
    }

    fn layout(&mut self, catalog: &Catalog, outline: &Outline) {
        self.marks.clear();
        self.header.clear();
        self.short_header.clear();
        self.rows.clear();
        self.text.clear();
        self.note_rows.clear();
        self.hit = None;
        let Some(item) = self.id.and_then(|id| catalog.get(id)) else {
            return;
        };
        let mut push_wrapped = |text: &str, tone: Tone| {
            for row in wrap::wrap(text, self.width) {
                let shown = format!("{}{}", " ".repeat(row.indent), &text[row.range]);
                self.header.push(Line::toned(shown, tone));
            }
        };
        let crumb = outline::breadcrumb(catalog, outline, item.id);
        push_wrapped(&crumb, Tone::Heading);
        self.crumb.clone_from(&crumb);
        if item.attachment {
            push_wrapped(&strings::ATTACHMENT_NOTE, Tone::Attachment);
        }
        self.header.push(Line::default());
        let clip = if item.attachment {
            format!("{} ", strings::ATTACHMENT_MARK)
        } else {
            String::new()
        };
        let room = self.width.saturating_sub(clip.width());
        let short = fit_end(&crumb, room).unwrap_or_default();
        self.short_header.push(Line::new(vec![
            Seg::new(clip, Tone::Attachment),
            Seg::new(short, Tone::Heading),
        ]));
        // No text still takes one row: the placeholder scrolls like text would.
        self.text = catalog.text(item.id).into_owned();
        self.line_starts = line_starts(&self.text);
        self.rows = wrap::wrap(&self.text, self.width);
        self.hit = self.place_hit();
        self.note_hit = self.place_note_hit();
        self.layout_note();
    }

    /// Where the current hit is in the shown text: worked out when the hit or the item
    /// changes, so no frame folds the text again.
    fn place_hit(&self) -> Option<(usize, Range<usize>)> {
        let (id, at, len) = self.marking.hit?;
        (Some(id) == self.id && !in_note(at)).then(|| self.original_place(at, len))
    }

    /// The same for a hit in the note under the text.
    fn place_note_hit(&self) -> Option<(usize, Range<usize>)> {
        let (id, at, len) = self.marking.hit?;
        let note = self.marking.note.as_deref()?;
        (Some(id) == self.id && in_note(at)).then(|| note_place(note, offset(at), len))
    }

    /// The line of the shown text, and the bytes in it, of `len` bytes at `at` in the
    /// folded text (folded from the text held, not read from the catalog again).
    fn original_place(&self, at: usize, len: usize) -> (usize, Range<usize>) {
        let (line_no, col) = locate(&fold(&self.text), at);
        let line = self.source_line(line_no);
        (line_no, FoldedLine::new(line).original(col..col + len))
    }

    fn source_line(&self, n: usize) -> &str {
        source_line(&self.text, &self.line_starts, n)
    }

    /// The note block under the text: a blank row, a heading, the note's rows.
    fn layout_note(&mut self) {
        self.note_rows.clear();
        let Some(note) = self.marking.note.as_deref() else {
            return;
        };
        self.note_rows.push(Line::default());
        self.note_rows
            .push(Line::toned(strings::NOTE_HEADING, Tone::Note));
        let starts = line_starts(note);
        let mut marks = HashMap::new();
        for row in wrap::wrap(note, self.width) {
            let line = source_line(note, &starts, row.line);
            line_marks(
                &mut marks,
                &self.marking,
                self.note_hit.as_ref(),
                row.line,
                line,
            );
            let mut styled = styled_row(line, &row, &marks[&row.line]);
            // The note's own tone, but for what the search and filter mark in it.
            for seg in &mut styled.segs {
                if !matches!(seg.tone, Tone::Match | Tone::CurrentHit) {
                    seg.tone = Tone::Note;
                }
            }
            self.note_rows.push(styled);
        }
    }

    /// The pane row (counted over text and note) holding folded offset `at` of the note.
    fn note_row(&self, at: usize) -> usize {
        let Some(note) = self.marking.note.as_deref() else {
            return self.rows.len();
        };
        let (line, bytes) = note_place(note, at, 0);
        let in_note = wrap::wrap(note, self.width)
            .iter()
            .rposition(|r| r.line == line && r.range.start <= bytes.start)
            .unwrap_or(0);
        // Past the text: a blank row and the heading come first.
        self.rows.len() + 2 + in_note
    }

    fn total(&self) -> usize {
        self.rows.len() + self.note_rows.len()
    }

    /// Scrolls so the row holding folded offset `at` is in view, a third of the way down
    /// when it was not.
    fn bring_into_view(&mut self, at: usize) {
        let row = if in_note(at) {
            self.note_row(offset(at))
        } else {
            let (line, bytes) = self.original_place(at, 0);
            let byte = bytes.start;
            self.rows
                .iter()
                .rposition(|r| r.line == line && r.range.start <= byte)
                .unwrap_or(0)
        };
        if row < self.scroll || row >= self.scroll + self.height {
            self.scroll = row.saturating_sub(self.height / 3);
        }
    }

    /// The pane as drawn: heading, the rows in view with their marks, the position.
    pub fn pane(&self, rect: Rect, focused: bool) -> Pane {
        let mut pane = Pane {
            rect,
            title: format!(" 3 {} ", strings::TEXT),
            focused,
            ..Pane::default()
        };
        if self.id.is_none() {
            return pane;
        }
        // Wrapped whole, the heading has it all; on one row or none, the status line does.
        if self.heading != Heading::Whole {
            pane.whole = vec![self.crumb.clone()];
        }
        pane.lines = self.heading().to_vec();
        let total = self.total();
        if self.text.is_empty() {
            if self.scroll == 0 {
                pane.lines
                    .push(Line::toned(strings::NO_DESCRIPTION, Tone::Dim));
            }
        } else {
            let end = (self.scroll + self.height).min(self.rows.len());
            for row in self.rows.get(self.scroll..end).unwrap_or_default() {
                let line = source_line(&self.text, &self.line_starts, row.line);
                let marks = self.marks.get(&row.line).map_or(&[][..], Vec::as_slice);
                pane.lines.push(styled_row(line, row, marks));
            }
        }
        let shown = pane.lines.len() - self.heading().len();
        let from = self.scroll.saturating_sub(self.rows.len());
        let room = self.height.saturating_sub(shown);
        pane.lines
            .extend(self.note_rows.iter().skip(from).take(room).cloned());
        pane.show_position(self.scroll, self.height, total, self.heading().len());
        pane
    }
}

/// Whether a place in the pane's text (as the finder gives it) is in the note.
fn in_note(at: usize) -> bool {
    u32::try_from(at).is_ok_and(|a| Hit { item: 0, at: a }.in_note())
}

fn offset(at: usize) -> usize {
    u32::try_from(at).map_or(at, |a| Hit { item: 0, at: a }.offset())
}

/// The line of `note`, and the bytes in it, of `len` bytes at `at` in the folded note.
fn note_place(note: &str, at: usize, len: usize) -> (usize, Range<usize>) {
    let (line_no, col) = locate(&fold(note), at);
    let starts = line_starts(note);
    let line = source_line(note, &starts, line_no);
    (line_no, FoldedLine::new(line).original(col..col + len))
}

pub(super) fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(at, _)| at + 1))
        .collect()
}

/// Line `n` of `text`, whose lines start at `starts` (empty past the end): a frame takes the
/// lines it shows without splitting the text again.
pub(super) fn source_line<'t>(text: &'t str, starts: &[usize], n: usize) -> &'t str {
    match (starts.get(n), starts.get(n + 1)) {
        (Some(&a), Some(&b)) => &text[a..b - 1],
        (Some(&a), None) => &text[a..],
        _ => "",
    }
}

#[cfg(test)]
mod tests;

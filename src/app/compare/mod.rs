//! Items side by side: the marked items (`c`), or one section in every city that has it
//! (`C`). As many columns as fit at a readable width, the rest reached by scrolling
//! sideways, each column's heading (city › path) fixed on top while the texts scroll down
//! together. With two texts the words that differ are marked; with more, the words only
//! that text uses (`related::distinctive`), so what is particular to each city stands out.
//!
//! The marks are found once, when the view is first laid out; the columns are laid out
//! when it opens, its width changes or it scrolls sideways, and only the columns shown:
//! a section in 14,000 cities wraps four texts, not 14,000.

mod column;

use std::ops::Range;

use ratatui::layout::Rect;

use super::action::{Action, Move, Wheel};
use super::layout::inner;
use super::next::Next;
use super::screen::{Line, Pane, Tone, pad};
use super::shared::Shared;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::{related, strings, worddiff};
use column::{Column, side_by_side};

/// Columns are never narrower than this (but for a window narrower than one): below it a
/// line holds three or four words and a text cannot be read.
pub const MIN_COLUMN: usize = 30;

/// Above this many bytes of text no words are marked: finding each text's own words reads
/// them all, on the key thread (2 MB: about 22 ms, `cargo bench --bench related --
/// distinctive`).
pub const MARKED_BYTES: usize = 2_000_000;

/// What the marked words are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Marking {
    /// Two texts: the words the other does not have.
    #[default]
    Changes,
    /// More: the words none of the others uses.
    Own,
    /// Too many texts to look for them.
    Unmarked,
}

#[derive(Debug, Clone, Default)]
pub struct CompareState {
    ids: Vec<ItemId>,
    /// The section shown in every city, when opened for one.
    section: Option<String>,
    marking: Marking,
    /// Per item, ascending ranges over its whole text; found at the first layout.
    marks: Option<Vec<Vec<Range<usize>>>>,
    scroll: usize,
    /// The first column shown.
    first: usize,
    /// The width and first column `columns` were laid out for.
    laid_out: Option<(u16, usize)>,
    /// The columns shown: of `ids[first..first + columns.len()]`.
    columns: Vec<Column>,
    heading_rows: usize,
    height: usize,
}

impl CompareState {
    /// The marked items.
    pub fn open(&mut self, ids: Vec<ItemId>) {
        *self = CompareState {
            ids,
            ..CompareState::default()
        };
    }

    /// `C`: the section of the item shown, in every city that has it; whether there was
    /// something to set side by side (else it is said why not).
    pub fn open_section(&mut self, shared: &mut Shared, shown: Option<ItemId>) -> bool {
        let Some(id) = shown else {
            shared.say(strings::SECTION_NOTHING_SELECTED.to_string());
            return false;
        };
        let Some(section) = shared
            .sections
            .of(&shared.catalog, id)
            .and_then(|s| shared.sections.get(s))
        else {
            return false;
        };
        if section.members.len() < 2 {
            shared.say(strings::SECTION_NOWHERE_ELSE.to_string());
            return false;
        }
        let title = section.title.clone();
        self.open(section.members.clone());
        self.section = Some(title);
        true
    }

    fn total(&self) -> usize {
        self.columns.iter().map(|c| c.rows.len()).max().unwrap_or(0)
    }

    fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.total().saturating_sub(self.height));
    }

    /// How many columns fit in `width`, each at least `MIN_COLUMN` wide with a rule between.
    fn fitting(width: u16) -> usize {
        (usize::from(width) + 1) / (MIN_COLUMN + 1)
    }

    fn find_marks(&mut self, catalog: &Catalog) -> Vec<Vec<Range<usize>>> {
        let n = self.ids.len();
        if let [a, b] = self.ids.as_slice() {
            self.marking = Marking::Changes;
            let (da, db) = worddiff::word_diff(&catalog.text(*a), &catalog.text(*b));
            return vec![da, db];
        }
        let bytes: usize = self
            .ids
            .iter()
            .filter_map(|id| catalog.get(*id))
            .map(|i| i.chars)
            .sum();
        if bytes > MARKED_BYTES {
            self.marking = Marking::Unmarked;
            return vec![Vec::new(); n];
        }
        self.marking = Marking::Own;
        let owned: Vec<_> = self.ids.iter().map(|id| catalog.text(*id)).collect();
        let texts: Vec<&str> = owned.iter().map(AsRef::as_ref).collect();
        let mut names: Vec<&str> = self
            .ids
            .iter()
            .map(|id| catalog.city_name(id.city))
            .collect();
        names.dedup();
        related::distinctive(&texts, &names, related::DISTINCT_TERMS)
    }

    fn layout(&mut self, catalog: &Catalog, width: u16) {
        if self.marks.is_none() {
            self.marks = Some(self.find_marks(catalog));
        }
        let shown = Self::fitting(width).clamp(1, self.ids.len().max(1));
        self.first = self.first.min(self.ids.len().saturating_sub(shown));
        // Columns of equal width, one column of rule between each two.
        let room = usize::from(width).saturating_sub(shown - 1);
        let marks = self.marks.as_deref().unwrap_or_default();
        self.columns = self
            .ids
            .iter()
            .enumerate()
            .skip(self.first)
            .take(shown)
            .enumerate()
            .map(|(k, (at, id))| {
                let w = room / shown + usize::from(k < room % shown);
                let marked = marks.get(at).map_or(&[][..], Vec::as_slice);
                Column::new(catalog, *id, w, marked)
            })
            .collect();
        self.heading_rows = self
            .columns
            .iter()
            .map(|c| c.header.len())
            .max()
            .unwrap_or(0)
            + 1;
        self.laid_out = Some((width, self.first));
    }

    /// An action on the comparison.
    pub fn update(&mut self, shared: &mut Shared, action: Action) -> Next {
        match action {
            Action::Move(m) => self.scroll_by(m),
            Action::Sideways(m) => {
                let shown = self.columns.len().max(1);
                let last = self.ids.len().saturating_sub(shown);
                self.first = m.apply(self.first, last + 1, shown);
            }
            Action::ScrollText(n) => self.scroll = self.scroll.saturating_add_signed(n),
            Action::Wheel { way, .. } => {
                let m = if way == Wheel::Down {
                    Move::Down
                } else {
                    Move::Up
                };
                for _ in 0..3 {
                    self.scroll_by(m);
                }
            }
            Action::Compare | Action::Back => return Next::Close,
            Action::Copy if shared.may_copy(shared.text_bytes(&self.ids)) => {
                let text = crate::export::side_by_side_markdown(&shared.catalog, &self.ids);
                shared.copy(text);
            }
            Action::Export => shared.export_side_by_side(&self.ids),
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        self.clamp();
        Next::Stay
    }

    fn scroll_by(&mut self, m: Move) {
        self.scroll = m.apply(
            self.scroll,
            self.total().saturating_sub(self.height) + 1,
            self.height,
        );
    }

    /// Lays the columns out for the pane's `body`; whether there is still something to
    /// compare.
    pub fn sync(&mut self, shared: &Shared, body: Option<Rect>) -> bool {
        // A dataset read again without some of the items must not be indexed by them.
        let before = self.ids.len();
        self.ids.retain(|id| shared.catalog.contains(*id));
        if self.ids.len() != before {
            self.marks = None;
            self.laid_out = None;
        }
        if self.ids.len() < 2 {
            return false;
        }
        let Some(body) = body.map(inner) else {
            return true;
        };
        if self.laid_out != Some((body.width, self.first)) {
            self.layout(&shared.catalog, body.width);
        }
        self.height = usize::from(body.height).saturating_sub(self.heading_rows);
        self.clamp();
        true
    }

    fn title(&self) -> String {
        let shown = self.columns.len();
        let what = match &self.section {
            Some(section) => strings::section_everywhere(section, self.ids.len()),
            None => strings::COMPARE_TITLE.to_string(),
        };
        if shown > 0 && shown < self.ids.len() {
            let columns =
                strings::columns_shown(self.first + 1, self.first + shown, self.ids.len());
            format!(" {what} · {columns} ")
        } else {
            format!(" {what} ")
        }
    }

    fn legend(&self) -> &'static str {
        match self.marking {
            Marking::Changes => strings::MARKED_CHANGES,
            Marking::Own => strings::MARKED_OWN,
            Marking::Unmarked => strings::MARKED_NONE,
        }
        .get()
    }

    pub fn pane(&self, shared: &Shared, rect: Rect) -> Pane {
        let c = self;
        // No box drawing for a braille display: a bar reads as a bar.
        let rule = if shared.accessible { "|" } else { "│" };
        let mut pane = Pane {
            rect,
            title: c.title(),
            focused: true,
            legend: Some(format!(" {} ", c.legend())),
            ..Pane::default()
        };
        for k in 0..c.heading_rows {
            let cells = c.columns.iter().map(|col| {
                let text = col.header.get(k).map_or("", String::as_str);
                (Line::toned(pad(text, col.width), Tone::Heading), col.width)
            });
            pane.lines.push(side_by_side(cells, rule));
        }
        for r in c.scroll..(c.scroll + c.height).min(c.total()) {
            let cells = c.columns.iter().map(|col| (col.cell(r), col.width));
            pane.lines.push(side_by_side(cells, rule));
        }
        pane.show_position(c.scroll, c.height, c.total(), c.heading_rows);
        pane
    }
}

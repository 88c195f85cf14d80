//! The lines around the views: the header (name, chapter, totals) and the status line
//! (what is typed, what narrows, then the message or the mode's hints), each cut to its
//! width.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::action::{Find, Grouping};
use super::keys::{self, Mode};
use super::screen::{Emphasis, Header, Line, Pane, Screen, Seg, Status, Tone, fit};
use super::shared::Shared;
use super::status::{self, Tail, Typed};
use crate::strings;

pub(super) fn header(shared: &Shared, grouping: Grouping, rect: Rect) -> Header {
    let catalog = &shared.catalog;
    let width = usize::from(rect.width);
    let app = format!(" {} ", strings::APP);
    let grouping = match grouping {
        Grouping::ByCity => strings::GROUPED_BY_CITY,
        Grouping::BySection => strings::GROUPED_BY_SECTION,
    };
    let totals = format!(
        " {} · {grouping} ",
        strings::totals(catalog.city_count(), catalog.len())
    );
    // The totals give way first, then the chapter; the name stays.
    let room = width.saturating_sub(app.width());
    let right = if room >= totals.width() + 10 {
        totals
    } else {
        String::new()
    };
    let chapter = fit(catalog.chapter(), room.saturating_sub(right.width())).unwrap_or_default();
    Header {
        rect,
        left: Line::new(vec![Seg::new(app, Tone::Heading), Seg::plain(chapter)]),
        right: Line::toned(right, Tone::Count),
    }
}

/// The status line; `cut`, the names of the selection its pane cuts, come before the
/// hints.
pub(super) fn status(
    shared: &Shared,
    (typing, mode): (Option<Find>, Mode),
    cut: &[&str],
    rect: Rect,
) -> Status {
    let finder = &shared.finder;
    let typed = typing.map(|which| Typed {
        prompt: match which {
            Find::Filter => strings::FILTER_PROMPT,
            Find::Search => strings::SEARCH_PROMPT.get(),
        },
        input: finder.input(which),
    });
    let mut summary = Vec::new();
    let filter = finder.input(Find::Filter).value().trim();
    if !filter.is_empty() && typing != Some(Find::Filter) {
        summary.push(strings::filter_summary(filter));
    }
    if finder.search_active() {
        let text = finder.input(Find::Search).value().trim();
        let (at, total) = finder.hit_counter();
        if finder.searching() {
            summary.push(strings::searching(text));
        } else if typing == Some(Find::Search) {
            summary.push(strings::hits(total));
        } else {
            summary.push(strings::search_summary(text, at, total));
        }
    }
    if let Some(n) = finder.narrowing() {
        summary.push(strings::narrowed(n.items, n.cities));
    }
    // Marks last as long as they are there: said on the line, not only after `v` (the
    // comparison shows them as its columns).
    if !shared.marks.is_empty() && mode != Mode::Compare {
        summary.push(strings::marks_summary(shared.marks.len()));
    }
    // Hints change with every move: read aloud, they would bury what matters.
    let hints = if shared.accessible {
        Vec::new()
    } else {
        keys::hints(mode)
    };
    let tail = match &shared.message {
        Some(m) => Tail::Message(m.clone()),
        None if cut.is_empty() => Tail::Hints(hints),
        None => Tail::Named(cut.iter().map(|n| (*n).to_owned()).collect(), hints),
    };
    let (line, cursor) = status::compose(usize::from(rect.width), typed.as_ref(), &summary, &tail);
    Status { rect, line, cursor }
}

/// What the keys go to in `mode`, as said in accessible mode when it changes; nothing for
/// typing, whose prompt says it.
pub(super) fn mode_name(mode: Mode) -> Option<&'static str> {
    Some(
        match mode {
            Mode::Groups(Grouping::ByCity) | Mode::SectionCities => strings::CITIES,
            Mode::Groups(Grouping::BySection) | Mode::Outline => strings::SECTIONS,
            Mode::Text => strings::TEXT,
            Mode::Grid => strings::GRID_TITLE,
            Mode::Compare => strings::COMPARE_TITLE,
            Mode::Help => strings::PANE_HELP,
            Mode::Bookmarks => strings::PANE_BOOKMARKS,
            Mode::Related => strings::PANE_RELATED,
            Mode::NoteEditor => strings::PANE_NOTE,
            Mode::TooSmall => strings::TOO_SMALL,
            Mode::Typing | Mode::Loading => return None,
        }
        .get(),
    )
}

/// The pane that takes the keys: the overlay, else the focused pane.
pub(super) fn keyed_pane(screen: &Screen) -> Option<&Pane> {
    screen
        .overlay
        .as_ref()
        .or_else(|| screen.body.panes().into_iter().find(|p| p.focused))
}

/// The cursor on the selected row of the pane that takes the keys (the overlay, else the
/// focused pane), at its first row where nothing is selected.
pub(super) fn selection_cursor(screen: &Screen) -> Option<(u16, u16)> {
    let pane = keyed_pane(screen)?;
    let row = pane
        .lines
        .iter()
        .position(|l| l.emphasis == Emphasis::Selected { focused: true })
        .unwrap_or(0);
    let y = pane.rect.y + 1 + u16::try_from(row).ok()?;
    (pane.rect.width > 2 && y + 1 < pane.rect.bottom()).then_some((pane.rect.x + 1, y))
}

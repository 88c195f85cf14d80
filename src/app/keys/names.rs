//! The names the configuration file gives modes and actions (`[toetsen.boom]`,
//! `omlaag = "n"`). They are the file's vocabulary, fixed in both languages, so a file
//! written by a Dutch colleague works for an English one; `woonbeleid config` prints each
//! with its meaning in the run's language.

use super::binding::Mode;
use crate::app::action::{Action, Direction, Edit, Find, Focus, Grouping, Move, NoteEdit};

/// A mode's name in the file: the table `[toetsen.NAME]`.
#[must_use]
pub const fn mode(mode: Mode) -> &'static str {
    match mode {
        Mode::Groups(Grouping::ByCity) => "steden",
        Mode::Groups(Grouping::BySection) => "secties",
        Mode::Outline => "boom",
        Mode::SectionCities => "steden-van-sectie",
        Mode::Text => "tekst",
        Mode::Grid => "raster",
        Mode::Compare => "vergelijking",
        Mode::Typing => "invoer",
        Mode::Help => "hulp",
        Mode::Loading => "laden",
        Mode::Bookmarks => "bladwijzers",
        Mode::Related => "verwant",
        Mode::NoteEditor => "notitie",
        Mode::TooSmall => "te-klein",
    }
}

/// The table that applies in every mode that has the action.
pub const EVERY_MODE: &str = "alle";

/// An action's name in the file; `None` for what no key is bound to (a click, a typed
/// character). Names repeat across modes (`begin` in a list and in the note editor), never
/// within one: a test holds every mode to that.
#[must_use]
pub const fn action(action: Action) -> Option<&'static str> {
    Some(match action {
        Action::Quit => "stoppen",
        Action::Suspend => "pauzeren",
        Action::Move(m) => moving(m),
        Action::Sideways(m) => sideways(m),
        Action::Left => "links",
        Action::Right => "rechts",
        Action::Toggle => "open-dicht",
        Action::OpenAll => "alles-open",
        Action::CloseAll => "alles-dicht",
        Action::FocusNext => "volgend-paneel",
        Action::FocusPrev => "vorig-paneel",
        Action::FocusPane(Focus::Groups) => "paneel-1",
        Action::FocusPane(Focus::Members) => "paneel-2",
        Action::FocusPane(Focus::Text) => "paneel-3",
        Action::ScrollText(n) if n > 0 => "tekst-omlaag",
        Action::ScrollText(_) => "tekst-omhoog",
        Action::ToggleHelp => "hulp",
        Action::CloseHelp => "hulp-sluiten",
        Action::Messages => "berichten",
        Action::JumpBack => "terugspringen",
        Action::Related => "verwant",
        Action::Open(Find::Filter) => "filter",
        Action::Open(Find::Search) => "zoeken",
        Action::Accept => "aanvaarden",
        Action::Back => "terug",
        Action::NextHit(Direction::Forward) => "volgende-treffer",
        Action::NextHit(Direction::Backward) => "vorige-treffer",
        Action::Undo => "ongedaan-maken",
        Action::Recall(Direction::Backward) => "vorige-invoer",
        Action::Recall(Direction::Forward) => "volgende-invoer",
        Action::Regroup => "groeperen",
        Action::ToggleGrid => "raster",
        Action::Mark => "markeren",
        Action::Compare => "vergelijken",
        Action::CompareSection => "sectie-vergelijken",
        Action::Copy => "kopieren",
        Action::Export => "exporteren",
        Action::EditNote => "notitie",
        Action::ToggleBookmark => "bladwijzer",
        Action::Bookmarks => "bladwijzers",
        Action::Edit(e) => return editing(e),
        Action::Note(e) => return note_editing(e),
        Action::Resize(..) | Action::Click { .. } | Action::Wheel { .. } => return None,
    })
}

const fn moving(m: Move) -> &'static str {
    match m {
        Move::Up => "omhoog",
        Move::Down => "omlaag",
        Move::Top => "begin",
        Move::Bottom => "einde",
        Move::PageUp => "pagina-omhoog",
        Move::PageDown => "pagina-omlaag",
        Move::HalfUp => "halve-pagina-omhoog",
        Move::HalfDown => "halve-pagina-omlaag",
    }
}

/// Sideways moves are columns: named apart from the rows' moves.
const fn sideways(m: Move) -> &'static str {
    match m {
        Move::Up => "kolom-links",
        Move::Down => "kolom-rechts",
        Move::Top => "eerste-kolom",
        Move::Bottom => "laatste-kolom",
        Move::PageUp | Move::HalfUp => "kolommen-links",
        Move::PageDown | Move::HalfDown => "kolommen-rechts",
    }
}

const fn editing(e: Edit) -> Option<&'static str> {
    Some(match e {
        Edit::Insert(_) => return None,
        Edit::DeleteBack => "wis-links",
        Edit::DeleteForward => "wis-rechts",
        Edit::Left => "cursor-links",
        Edit::Right => "cursor-rechts",
        Edit::WordLeft => "woord-links",
        Edit::WordRight => "woord-rechts",
        Edit::Start => "regelbegin",
        Edit::End => "regeleinde",
        Edit::DeleteWordBack => "wis-woord",
        Edit::DeleteToStart => "wis-tot-begin",
        Edit::DeleteToEnd => "wis-tot-einde",
    })
}

const fn note_editing(e: NoteEdit) -> Option<&'static str> {
    Some(match e {
        NoteEdit::Insert(_) => return None,
        NoteEdit::Newline => "nieuwe-regel",
        NoteEdit::DeleteBack => "wis-links",
        NoteEdit::DeleteForward => "wis-rechts",
        NoteEdit::Left => "cursor-links",
        NoteEdit::Right => "cursor-rechts",
        NoteEdit::Up => "cursor-omhoog",
        NoteEdit::Down => "cursor-omlaag",
        NoteEdit::LineStart => "regelbegin",
        NoteEdit::LineEnd => "regeleinde",
        NoteEdit::WordLeft => "woord-links",
        NoteEdit::WordRight => "woord-rechts",
        NoteEdit::PageUp => "pagina-omhoog",
        NoteEdit::PageDown => "pagina-omlaag",
        NoteEdit::Top => "begin",
        NoteEdit::Bottom => "einde",
        NoteEdit::DeleteWordBack => "wis-woord",
        NoteEdit::DeleteToStart => "wis-tot-begin",
        NoteEdit::DeleteToEnd => "wis-tot-einde",
    })
}

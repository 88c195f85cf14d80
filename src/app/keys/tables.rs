//! The bindings of every mode. Order matters: the first binding that matches a key wins,
//! and help lists them in this order.

use crossterm::event::KeyCode;

use super::binding::{
    BOTTOM, Binding, HALF_DOWN, HALF_UP, HELP, J, K, Key, LEFT, Mode, PAGE_DOWN, PAGE_UP, PAIRED,
    QUIT, RIGHT, SUSPEND, TOP, bind, hinted, shown,
};
use crate::app::action::{Action, Direction, Find, Focus, Grouping, Move};
use crate::strings::keys as say;

/// Moving a selection through a list or tree.
const LIST_MOVES: &[Binding] = &[
    bind(
        J,
        Action::Move(Move::Down),
        hinted(say::SELECT, say::HINT_SELECT),
    ),
    bind(K, Action::Move(Move::Up), PAIRED),
    bind(TOP, Action::Move(Move::Top), shown(say::FIRST_LAST)),
    bind(BOTTOM, Action::Move(Move::Bottom), PAIRED),
    bind(PAGE_DOWN, Action::Move(Move::PageDown), shown(say::PAGE)),
    bind(PAGE_UP, Action::Move(Move::PageUp), PAIRED),
    bind(
        HALF_DOWN,
        Action::Move(Move::HalfDown),
        shown(say::HALF_PAGE),
    ),
    bind(HALF_UP, Action::Move(Move::HalfUp), PAIRED),
];

/// Scrolling a text (the text pane, the comparison, the help).
pub(super) const SCROLLS: &[Binding] = &[
    bind(
        J,
        Action::Move(Move::Down),
        hinted(say::SCROLL, say::HINT_SCROLL),
    ),
    bind(K, Action::Move(Move::Up), PAIRED),
    bind(
        PAGE_DOWN,
        Action::Move(Move::PageDown),
        hinted(say::PAGE, say::HINT_PAGE),
    ),
    bind(PAGE_UP, Action::Move(Move::PageUp), PAIRED),
    // Its own line: paired with PgDn/PgUp it read as a pair of its own.
    bind(
        &[Key::char(' ')],
        Action::Move(Move::PageDown),
        shown(say::SPACE_PAGE),
    ),
    bind(
        HALF_DOWN,
        Action::Move(Move::HalfDown),
        shown(say::HALF_PAGE),
    ),
    bind(HALF_UP, Action::Move(Move::HalfUp), PAIRED),
    bind(
        TOP,
        Action::Move(Move::Top),
        hinted(say::START_END, say::HINT_START_END),
    ),
    bind(BOTTOM, Action::Move(Move::Bottom), PAIRED),
];

const GROUPS: &[Binding] = &[bind(
    &[
        Key::char('l'),
        Key::plain(KeyCode::Right),
        Key::plain(KeyCode::Enter),
    ],
    Action::Right,
    hinted(say::TO_MEMBERS, say::HINT_ON),
)];

const OUTLINE: &[Binding] = &[
    bind(LEFT, Action::Left, hinted(say::TREE_LEFT, say::HINT_CLOSE)),
    bind(RIGHT, Action::Right, PAIRED),
    bind(
        &[Key::plain(KeyCode::Enter), Key::char(' ')],
        Action::Toggle,
        shown(say::TOGGLE),
    ),
    bind(
        &[Key::char('='), Key::char('+')],
        Action::OpenAll,
        hinted(say::ALL_NODES, say::HINT_ALL),
    ),
    bind(&[Key::char('-')], Action::CloseAll, PAIRED),
];

const SECTION_CITIES: &[Binding] = &[
    bind(
        LEFT,
        Action::Left,
        hinted(say::LIST_LEFT, say::HINT_BACK_ON),
    ),
    bind(
        &[
            Key::char('l'),
            Key::plain(KeyCode::Right),
            Key::plain(KeyCode::Enter),
        ],
        Action::Right,
        PAIRED,
    ),
];

const TEXT: &[Binding] = &[bind(
    LEFT,
    Action::Left,
    hinted(say::TEXT_LEFT, say::HINT_BACK),
)];

/// Everything the three panes share.
const BROWSE: &[Binding] = &[
    bind(
        &[Key::char('/')],
        Action::Open(Find::Filter),
        hinted(say::FILTER, say::HINT_FILTER),
    ),
    bind(
        &[Key::char('s')],
        Action::Open(Find::Search),
        hinted(say::SEARCH, say::HINT_SEARCH),
    ),
    bind(
        &[Key::char('n')],
        Action::NextHit(Direction::Forward),
        hinted(say::NEXT_HIT, say::HINT_HIT),
    ),
    bind(
        &[Key::char('N')],
        Action::NextHit(Direction::Backward),
        PAIRED,
    ),
    bind(
        &[Key::char('b')],
        Action::Regroup,
        hinted(say::REGROUP, say::HINT_REGROUP),
    ),
    bind(
        &[Key::char('m')],
        Action::ToggleGrid,
        hinted(say::GRID, say::HINT_GRID),
    ),
    bind(
        &[Key::char('v')],
        Action::Mark,
        hinted(say::MARK, say::HINT_MARK),
    ),
    bind(
        &[Key::char('c')],
        Action::Compare,
        hinted(say::COMPARE, say::HINT_COMPARE),
    ),
    bind(
        &[Key::char('C')],
        Action::CompareSection,
        shown(say::COMPARE_SECTION),
    ),
    bind(&[Key::char('y')], Action::Copy, shown(say::COPY)),
    bind(&[Key::char('e')], Action::Export, shown(say::EXPORT)),
    bind(
        &[Key::char('a')],
        Action::EditNote,
        hinted(say::NOTE, say::HINT_NOTE),
    ),
    bind(
        &[Key::char('\'')],
        Action::ToggleBookmark,
        shown(say::BOOKMARK),
    ),
    bind(&[Key::char('B')], Action::Bookmarks, shown(say::BOOKMARKS)),
    bind(&[Key::char('u')], Action::Undo, shown(say::UNDO)),
    bind(&[Key::ctrl('o')], Action::JumpBack, shown(say::JUMP_BACK)),
    bind(
        &[Key::char('r')],
        Action::Related,
        hinted(say::RELATED, say::HINT_RELATED),
    ),
    bind(
        &[Key::plain(KeyCode::Tab)],
        Action::FocusNext,
        shown(say::NEXT_PANE),
    ),
    bind(&[Key::plain(KeyCode::BackTab)], Action::FocusPrev, PAIRED),
    bind(
        &[Key::char('1')],
        Action::FocusPane(Focus::Groups),
        shown(say::PANES),
    ),
    bind(&[Key::char('2')], Action::FocusPane(Focus::Members), PAIRED),
    bind(&[Key::char('3')], Action::FocusPane(Focus::Text), PAIRED),
    bind(
        &[Key::char('J'), Key::shift(KeyCode::Down)],
        Action::ScrollText(1),
        shown(say::SCROLL_TEXT),
    ),
    bind(
        &[Key::char('K'), Key::shift(KeyCode::Up)],
        Action::ScrollText(-1),
        PAIRED,
    ),
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Back,
        shown(say::BACK_BROWSE),
    ),
];

/// What every view answers.
pub(super) const GLOBAL: &[Binding] = &[
    bind(HELP, Action::ToggleHelp, hinted(say::HELP, say::HINT_HELP)),
    bind(&[Key::char('M')], Action::Messages, shown(say::MESSAGES)),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
    bind(QUIT, Action::Quit, hinted(say::QUIT, say::HINT_QUIT)),
];

/// The tables that apply in a mode, first match first.
pub(super) fn of(mode: Mode) -> &'static [&'static [Binding]] {
    use super::editor::EDITOR_KEYS;
    use super::views::{
        BOOKMARK_KEYS, COMPARE, GRID, HELP_KEYS, OVERLAY_END, OVERLAY_MOVES, RELATED_KEYS,
        STOP_ONLY, TOO_SMALL, TYPING,
    };
    match mode {
        Mode::Groups(Grouping::ByCity | Grouping::BySection) => {
            &[LIST_MOVES, GROUPS, BROWSE, GLOBAL]
        }
        Mode::Outline => &[LIST_MOVES, OUTLINE, BROWSE, GLOBAL],
        Mode::SectionCities => &[LIST_MOVES, SECTION_CITIES, BROWSE, GLOBAL],
        Mode::Text => &[SCROLLS, TEXT, BROWSE, GLOBAL],
        Mode::Grid => &[GRID, GLOBAL],
        Mode::Compare => &[SCROLLS, COMPARE, GLOBAL],
        Mode::Typing => &[TYPING],
        Mode::Help => &[HELP_KEYS],
        Mode::Bookmarks => &[OVERLAY_MOVES, BOOKMARK_KEYS, OVERLAY_END],
        Mode::Related => &[OVERLAY_MOVES, RELATED_KEYS, OVERLAY_END],
        Mode::NoteEditor => &[EDITOR_KEYS],
        Mode::Loading => &[STOP_ONLY],
        Mode::TooSmall => &[TOO_SMALL],
    }
}

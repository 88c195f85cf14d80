//! The bindings of the views over the panes: the grid, the comparison, the input line,
//! the help, the loading screen and a window too small to use.

use crossterm::event::{KeyCode, KeyModifiers};

use super::binding::{
    BOTTOM, Binding, HALF_DOWN, HALF_UP, HELP, J, K, Key, LEFT, PAGE_DOWN, PAGE_UP, PAIRED, QUIT,
    RIGHT, SUSPEND, TOP, bind, hinted, shown,
};
use crate::app::action::{Action, Direction, Edit, Move};
use crate::strings::keys as say;

pub(super) const GRID: &[Binding] = &[
    bind(
        J,
        Action::Move(Move::Down),
        hinted(say::GRID_ROWS, say::HINT_CELL),
    ),
    bind(K, Action::Move(Move::Up), PAIRED),
    bind(RIGHT, Action::Right, PAIRED),
    bind(LEFT, Action::Left, PAIRED),
    bind(TOP, Action::Move(Move::Top), shown(say::FIRST_LAST)),
    bind(BOTTOM, Action::Move(Move::Bottom), PAIRED),
    bind(PAGE_DOWN, Action::Move(Move::PageDown), shown(say::PAGE)),
    bind(PAGE_UP, Action::Move(Move::PageUp), PAIRED),
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Toggle,
        hinted(say::OPEN_CELL, say::HINT_OPEN),
    ),
    bind(&[Key::char('y')], Action::Copy, shown(say::COPY_GRID)),
    bind(&[Key::char('e')], Action::Export, shown(say::EXPORT_GRID)),
    bind(
        &[Key::plain(KeyCode::Esc), Key::char('m')],
        Action::Back,
        hinted(say::BACK_VIEW, say::HINT_BACK),
    ),
];

pub(super) const COMPARE: &[Binding] = &[
    bind(
        &[Key::char('y')],
        Action::Copy,
        hinted(say::COPY_COMPARE, say::HINT_COPY),
    ),
    bind(
        &[Key::char('e')],
        Action::Export,
        hinted(say::EXPORT_COMPARE, say::HINT_EXPORT),
    ),
    bind(
        &[Key::plain(KeyCode::Esc), Key::char('c'), Key::char('C')],
        Action::Back,
        hinted(say::BACK_VIEW, say::HINT_BACK),
    ),
    bind(
        LEFT,
        Action::Sideways(Move::Up),
        hinted(say::SIDEWAYS, say::HINT_SIDEWAYS),
    ),
    bind(RIGHT, Action::Sideways(Move::Down), PAIRED),
    bind(
        &[Key::char('0')],
        Action::Sideways(Move::Top),
        shown(say::SIDEWAYS_END),
    ),
    bind(&[Key::char('$')], Action::Sideways(Move::Bottom), PAIRED),
    bind(
        &[Key::char('H')],
        Action::Sideways(Move::PageUp),
        shown(say::SIDEWAYS_PAGE),
    ),
    bind(&[Key::char('L')], Action::Sideways(Move::PageDown), PAIRED),
];

pub(super) const TYPING: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Accept,
        hinted(say::ACCEPT, say::HINT_ACCEPT),
    ),
    bind(
        &[Key::plain(KeyCode::Esc), Key::ctrl('c')],
        Action::Back,
        hinted(say::CLEAR, say::HINT_CLEAR),
    ),
    bind(
        &[Key::plain(KeyCode::Down)],
        Action::Move(Move::Down),
        hinted(say::SELECT, say::HINT_SELECT_TYPING),
    ),
    bind(&[Key::plain(KeyCode::Up)], Action::Move(Move::Up), PAIRED),
    // fzf's --history keys: ↑/↓ stay with the list, which is what narrows as one types.
    bind(
        &[Key::ctrl('p')],
        Action::Recall(Direction::Backward),
        shown(say::RECALL),
    ),
    bind(
        &[Key::ctrl('n')],
        Action::Recall(Direction::Forward),
        PAIRED,
    ),
    bind(
        &[Key::plain(KeyCode::Left)],
        Action::Edit(Edit::Left),
        shown(say::CURSOR),
    ),
    bind(
        &[Key::plain(KeyCode::Right)],
        Action::Edit(Edit::Right),
        PAIRED,
    ),
    bind(
        &[
            Key::alt('b'),
            Key {
                code: KeyCode::Left,
                mods: KeyModifiers::CONTROL,
            },
        ],
        Action::Edit(Edit::WordLeft),
        shown(say::WORD),
    ),
    bind(
        &[
            Key::alt('f'),
            Key {
                code: KeyCode::Right,
                mods: KeyModifiers::CONTROL,
            },
        ],
        Action::Edit(Edit::WordRight),
        PAIRED,
    ),
    bind(
        &[Key::ctrl('a'), Key::plain(KeyCode::Home)],
        Action::Edit(Edit::Start),
        shown(say::LINE_ENDS),
    ),
    bind(
        &[Key::ctrl('e'), Key::plain(KeyCode::End)],
        Action::Edit(Edit::End),
        PAIRED,
    ),
    bind(
        &[Key::plain(KeyCode::Backspace), Key::ctrl('h')],
        Action::Edit(Edit::DeleteBack),
        shown(say::DELETE_CHAR),
    ),
    bind(
        &[Key::plain(KeyCode::Delete), Key::ctrl('d')],
        Action::Edit(Edit::DeleteForward),
        PAIRED,
    ),
    bind(
        &[
            Key::ctrl('w'),
            Key {
                code: KeyCode::Backspace,
                mods: KeyModifiers::ALT,
            },
        ],
        Action::Edit(Edit::DeleteWordBack),
        shown(say::DELETE_WORD),
    ),
    bind(
        &[Key::ctrl('u')],
        Action::Edit(Edit::DeleteToStart),
        shown(say::DELETE_TO_START),
    ),
    bind(
        &[Key::ctrl('k')],
        Action::Edit(Edit::DeleteToEnd),
        shown(say::DELETE_TO_END),
    ),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
];

pub(super) const HELP_KEYS: &[Binding] = &[
    bind(
        J,
        Action::Move(Move::Down),
        hinted(say::SCROLL, say::HINT_SCROLL),
    ),
    bind(K, Action::Move(Move::Up), PAIRED),
    bind(PAGE_DOWN, Action::Move(Move::PageDown), shown(say::PAGE)),
    bind(PAGE_UP, Action::Move(Move::PageUp), PAIRED),
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
    bind(TOP, Action::Move(Move::Top), shown(say::START_END)),
    bind(BOTTOM, Action::Move(Move::Bottom), PAIRED),
    bind(
        &[
            Key::plain(KeyCode::Esc),
            Key::char('q'),
            Key::char('?'),
            Key::char('M'),
            Key::plain(KeyCode::F(1)),
            Key::plain(KeyCode::Enter),
        ],
        Action::CloseHelp,
        hinted(say::CLOSE_HELP, say::HINT_CLOSE_HELP),
    ),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
    bind(&[Key::ctrl('c')], Action::Quit, shown(say::QUIT)),
];

pub(super) const STOP_ONLY: &[Binding] = &[
    bind(
        &[Key::char('q'), Key::plain(KeyCode::Esc), Key::ctrl('c')],
        Action::Quit,
        hinted(say::QUIT, say::HINT_QUIT),
    ),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
];

pub(super) const TOO_SMALL: &[Binding] = &[
    bind(QUIT, Action::Quit, hinted(say::QUIT, say::HINT_QUIT)),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
];

/// Moving in a list over the panes (bookmarks, related texts).
pub(super) const OVERLAY_MOVES: &[Binding] = &[
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
];

/// What every list over the panes answers besides its own keys.
pub(super) const OVERLAY_END: &[Binding] = &[
    bind(HELP, Action::ToggleHelp, hinted(say::HELP, say::HINT_HELP)),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
    bind(&[Key::ctrl('c')], Action::Quit, shown(say::QUIT)),
];

pub(super) const BOOKMARK_KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Enter)],
        Action::Accept,
        hinted(say::GO_TO_BOOKMARK, say::HINT_GO),
    ),
    bind(
        &[Key::char('\''), Key::char('d')],
        Action::ToggleBookmark,
        hinted(say::REMOVE_BOOKMARK, say::HINT_REMOVE),
    ),
    bind(&[Key::char('u')], Action::Undo, shown(say::UNDO)),
    bind(
        &[Key::plain(KeyCode::Esc), Key::char('q'), Key::char('B')],
        Action::Back,
        hinted(say::CLOSE_LIST, say::HINT_CLOSE_HELP),
    ),
];

pub(super) const RELATED_KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Enter), Key::char('l')],
        Action::Accept,
        hinted(say::GO_TO_RELATED, say::HINT_GO),
    ),
    bind(
        &[Key::plain(KeyCode::Esc), Key::char('q'), Key::char('r')],
        Action::Back,
        hinted(say::CLOSE_RELATED, say::HINT_CLOSE_HELP),
    ),
];

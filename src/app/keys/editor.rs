//! The note editor's keys: readline and editor conventions; Esc keeps the note, Ctrl-c
//! throws the changes away. Any other character is typed.

use crossterm::event::{KeyCode, KeyModifiers};

use super::binding::{Binding, Key, PAIRED, SUSPEND, bind, hinted, shown};
use crate::app::action::{Action, NoteEdit};
use crate::strings::keys as say;

const fn ctrl(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::CONTROL,
    }
}

const fn note(edit: NoteEdit) -> Action {
    Action::Note(edit)
}

pub(super) const EDITOR_KEYS: &[Binding] = &[
    bind(
        &[Key::plain(KeyCode::Esc)],
        Action::Accept,
        hinted(say::SAVE_NOTE, say::HINT_SAVE),
    ),
    bind(
        &[Key::ctrl('c')],
        Action::Back,
        hinted(say::DISCARD_NOTE, say::HINT_DISCARD),
    ),
    // Not `?`: in a note it is typed.
    bind(
        &[Key::plain(KeyCode::F(1))],
        Action::ToggleHelp,
        hinted(say::HELP, say::HINT_HELP),
    ),
    bind(
        &[Key::plain(KeyCode::Enter)],
        note(NoteEdit::Newline),
        shown(say::NEWLINE),
    ),
    bind(
        &[Key::plain(KeyCode::Left)],
        note(NoteEdit::Left),
        shown(say::CURSOR_MOVES),
    ),
    bind(&[Key::plain(KeyCode::Right)], note(NoteEdit::Right), PAIRED),
    bind(&[Key::plain(KeyCode::Up)], note(NoteEdit::Up), PAIRED),
    bind(&[Key::plain(KeyCode::Down)], note(NoteEdit::Down), PAIRED),
    bind(
        &[Key::alt('b'), ctrl(KeyCode::Left)],
        note(NoteEdit::WordLeft),
        shown(say::WORD),
    ),
    bind(
        &[Key::alt('f'), ctrl(KeyCode::Right)],
        note(NoteEdit::WordRight),
        PAIRED,
    ),
    bind(
        &[Key::ctrl('a'), Key::plain(KeyCode::Home)],
        note(NoteEdit::LineStart),
        shown(say::LINE_ENDS),
    ),
    bind(
        &[Key::ctrl('e'), Key::plain(KeyCode::End)],
        note(NoteEdit::LineEnd),
        PAIRED,
    ),
    bind(
        &[Key::plain(KeyCode::PageDown)],
        note(NoteEdit::PageDown),
        shown(say::PAGE),
    ),
    bind(
        &[Key::plain(KeyCode::PageUp)],
        note(NoteEdit::PageUp),
        PAIRED,
    ),
    bind(
        &[ctrl(KeyCode::Home)],
        note(NoteEdit::Top),
        shown(say::START_END),
    ),
    bind(&[ctrl(KeyCode::End)], note(NoteEdit::Bottom), PAIRED),
    bind(
        &[Key::plain(KeyCode::Backspace), Key::ctrl('h')],
        note(NoteEdit::DeleteBack),
        shown(say::DELETE_CHAR),
    ),
    bind(
        &[Key::plain(KeyCode::Delete), Key::ctrl('d')],
        note(NoteEdit::DeleteForward),
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
        note(NoteEdit::DeleteWordBack),
        shown(say::DELETE_WORD),
    ),
    bind(
        &[Key::ctrl('u')],
        note(NoteEdit::DeleteToStart),
        shown(say::DELETE_TO_LINE_START),
    ),
    bind(
        &[Key::ctrl('k')],
        note(NoteEdit::DeleteToEnd),
        shown(say::DELETE_TO_LINE_END),
    ),
    bind(SUSPEND, Action::Suspend, shown(say::SUSPEND)),
];

//! The one place where a terminal event becomes an `Action`.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::app::{Action, Edit, Focus};
use crate::ui::list::Move;

/// Which keys apply: the help overlay and the input line take keys before the panes do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse,
    Help,
    Typing,
}

impl Mode {
    #[must_use]
    pub fn of(app: &crate::app::App) -> Mode {
        if app.help {
            Mode::Help
        } else if app.typing() {
            Mode::Typing
        } else {
            Mode::Browse
        }
    }
}

/// The action for an event in a mode. Key releases are ignored (terminals with the kitty
/// protocol report them).
#[must_use]
pub fn action(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => match mode {
            Mode::Help => help_key(key),
            Mode::Typing => typing_key(key),
            Mode::Browse => key_action(key),
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: false,
            }),
            _ => None,
        },
        _ => None,
    }
}

fn is_ctrl(key: &KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

fn help_key(key: &KeyEvent) -> Option<Action> {
    if is_ctrl(key, 'c') {
        return Some(Action::Quit);
    }
    matches!(
        key.code,
        KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::F(1) | KeyCode::Enter
    )
    .then_some(Action::CloseHelp)
}

fn typing_key(key: &KeyEvent) -> Option<Action> {
    if is_ctrl(key, 'c') {
        return Some(Action::Quit);
    }
    if is_ctrl(key, 'w') {
        return Some(Action::Input(Edit::DeleteWord));
    }
    if is_ctrl(key, 'u') {
        return Some(Action::Input(Edit::DeleteAll));
    }
    if is_ctrl(key, 'n') {
        return Some(Action::Move(Move::Down));
    }
    if is_ctrl(key, 'p') {
        return Some(Action::Move(Move::Up));
    }
    Some(match key.code {
        KeyCode::Enter => Action::InputAccept,
        KeyCode::Esc => Action::Clear,
        KeyCode::Backspace => Action::Input(Edit::Backspace),
        KeyCode::Up => Action::Move(Move::Up),
        KeyCode::Down => Action::Move(Move::Down),
        KeyCode::Char(c)
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Action::Input(Edit::Char(c))
        }
        _ => return None,
    })
}

fn key_action(key: &KeyEvent) -> Option<Action> {
    if is_ctrl(key, 'c') {
        return Some(Action::Quit);
    }
    if is_ctrl(key, 'd') {
        return Some(Action::Move(Move::HalfDown));
    }
    if is_ctrl(key, 'u') {
        return Some(Action::Move(Move::HalfUp));
    }
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    Some(match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Up if shift => Action::ScrollText(-1),
        KeyCode::Down if shift => Action::ScrollText(1),
        KeyCode::Char('K') => Action::ScrollText(-1),
        KeyCode::Char('J') => Action::ScrollText(1),
        KeyCode::Up | KeyCode::Char('k') => Action::Move(Move::Up),
        KeyCode::Down | KeyCode::Char('j') => Action::Move(Move::Down),
        KeyCode::Home | KeyCode::Char('g') => Action::Move(Move::Top),
        KeyCode::End | KeyCode::Char('G') => Action::Move(Move::Bottom),
        KeyCode::PageUp => Action::Move(Move::PageUp),
        KeyCode::PageDown => Action::Move(Move::PageDown),
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::Enter | KeyCode::Char(' ') => Action::Toggle,
        KeyCode::Char('=' | '+') => Action::OpenAll,
        KeyCode::Char('-') => Action::CloseAll,
        KeyCode::Tab => Action::FocusNext,
        KeyCode::BackTab => Action::FocusPrev,
        KeyCode::Char('1') => Action::FocusPane(Focus::Groups),
        KeyCode::Char('2') => Action::FocusPane(Focus::Members),
        KeyCode::Char('3') => Action::FocusPane(Focus::Text),
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Char('/') => Action::StartFilter,
        KeyCode::Char('s') => Action::StartSearch,
        KeyCode::Char('n') => Action::Hit(true),
        KeyCode::Char('N') => Action::Hit(false),
        KeyCode::Esc => Action::Clear,
        KeyCode::Char('b') => Action::Regroup,
        KeyCode::Char('m') => Action::ToggleGrid,
        KeyCode::Char('v') => Action::Mark,
        KeyCode::Char('c') => Action::Compare,
        KeyCode::Char('y') => Action::Copy,
        KeyCode::Char('e') => Action::Export,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn conventional_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action(&key(KeyCode::Char('j'), none), Mode::Browse),
            Some(Action::Move(Move::Down))
        );
        assert_eq!(
            action(
                &key(KeyCode::Char('d'), KeyModifiers::CONTROL),
                Mode::Browse
            ),
            Some(Action::Move(Move::HalfDown))
        );
        assert_eq!(
            action(
                &key(KeyCode::Char('c'), KeyModifiers::CONTROL),
                Mode::Browse
            ),
            Some(Action::Quit)
        );
        assert_eq!(
            action(&key(KeyCode::Down, KeyModifiers::SHIFT), Mode::Browse),
            Some(Action::ScrollText(1))
        );
        assert_eq!(
            action(&key(KeyCode::Char('J'), KeyModifiers::SHIFT), Mode::Browse),
            Some(Action::ScrollText(1))
        );
        assert_eq!(
            action(&key(KeyCode::BackTab, KeyModifiers::SHIFT), Mode::Browse),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            action(&key(KeyCode::F(1), none), Mode::Browse),
            Some(Action::ToggleHelp)
        );
        assert_eq!(action(&key(KeyCode::Char('x'), none), Mode::Browse), None);
    }

    #[test]
    fn releases_are_ignored_and_help_swallows_keys() {
        let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action(&Event::Key(release), Mode::Browse), None);
        assert_eq!(
            action(&key(KeyCode::Char('j'), KeyModifiers::NONE), Mode::Help),
            None
        );
        assert_eq!(
            action(&key(KeyCode::Esc, KeyModifiers::NONE), Mode::Help),
            Some(Action::CloseHelp)
        );
    }
}

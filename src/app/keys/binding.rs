//! What a binding is: a mode, a key, the action it asks for and how help shows it; with
//! the keys every table shares. A leaf: the tables and the keymap read it, it reads none.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::action::{Action, Grouping};
use crate::strings::Text;
use crate::strings::keys::SPACE;

/// Which bindings apply: the top-most thing on screen takes keys first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The first pane: cities (per stad) or sections (per sectie).
    Groups(Grouping),
    /// A city's section tree.
    Outline,
    /// The cities that have the selected section.
    SectionCities,
    Text,
    Grid,
    Compare,
    Typing,
    Help,
    Loading,
    /// The list of bookmarks over the panes.
    Bookmarks,
    /// The texts related to the item shown, over the panes.
    Related,
    /// The built-in note editor.
    NoteEditor,
    /// The window is too small to show anything: only quitting and suspending act.
    TooSmall,
}

impl Mode {
    /// Every mode, each at its `index`: what a test means by "in every mode".
    pub const ALL: [Mode; 14] = [
        Mode::Groups(Grouping::ByCity),
        Mode::Groups(Grouping::BySection),
        Mode::Outline,
        Mode::SectionCities,
        Mode::Text,
        Mode::Grid,
        Mode::Compare,
        Mode::Typing,
        Mode::Help,
        Mode::Loading,
        Mode::Bookmarks,
        Mode::NoteEditor,
        Mode::TooSmall,
        Mode::Related,
    ];

    /// The mode's place in `ALL`. The match has no catch-all, so a new mode does not
    /// compile until it is given a place, and the check below fails until `ALL` holds it
    /// there.
    #[must_use]
    pub const fn index(self) -> usize {
        match self {
            Mode::Groups(Grouping::ByCity) => 0,
            Mode::Groups(Grouping::BySection) => 1,
            Mode::Outline => 2,
            Mode::SectionCities => 3,
            Mode::Text => 4,
            Mode::Grid => 5,
            Mode::Compare => 6,
            Mode::Typing => 7,
            Mode::Help => 8,
            Mode::Loading => 9,
            Mode::Bookmarks => 10,
            Mode::NoteEditor => 11,
            Mode::TooSmall => 12,
            Mode::Related => 13,
        }
    }
}

// `ALL` holds every mode at its index, checked when the crate compiles.
const _: () = {
    let mut i = 0;
    while i < Mode::ALL.len() {
        assert!(Mode::ALL[i].index() == i);
        i += 1;
    }
};

/// One key: a code with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    #[must_use]
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    #[must_use]
    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    #[must_use]
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    #[must_use]
    pub const fn shift(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::SHIFT,
        }
    }

    #[must_use]
    pub const fn alt(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::ALT,
        }
    }

    /// Whether a terminal's key event is this key. A character carries its own shift
    /// (`J`, `?`), so terminals that also report SHIFT for it still match.
    #[must_use]
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let relevant = match event.code {
            KeyCode::Char(_) | KeyCode::BackTab => KeyModifiers::CONTROL | KeyModifiers::ALT,
            _ => KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT,
        };
        self.code == event.code && (event.modifiers & relevant) == self.mods
    }

    /// Whether this key types a letter or sign (what a hint shows first).
    pub(super) fn is_char(&self) -> bool {
        matches!(self.code, KeyCode::Char(c) if c != ' ') && self.mods.is_empty()
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str(SPACE.get()),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// How a binding appears in the help and the hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// A help line of its own; `hint` is its word in the status line, if it has one there.
    Shown { what: Text, hint: Option<Text> },
    /// Shown on the previous binding's line, its keys after a `/` (`j/k`).
    WithPrevious,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub about: About,
}

pub(super) const fn shown(what: Text) -> About {
    About::Shown { what, hint: None }
}

pub(super) const fn hinted(what: Text, hint: Text) -> About {
    About::Shown {
        what,
        hint: Some(hint),
    }
}

pub(super) const fn bind(keys: &'static [Key], action: Action, about: About) -> Binding {
    Binding {
        keys,
        action,
        about,
    }
}

pub(super) const PAIRED: About = About::WithPrevious;

pub(super) const J: &[Key] = &[Key::char('j'), Key::plain(KeyCode::Down)];
pub(super) const K: &[Key] = &[Key::char('k'), Key::plain(KeyCode::Up)];
pub(super) const TOP: &[Key] = &[Key::char('g'), Key::plain(KeyCode::Home)];
pub(super) const BOTTOM: &[Key] = &[Key::char('G'), Key::plain(KeyCode::End)];
pub(super) const PAGE_DOWN: &[Key] = &[Key::plain(KeyCode::PageDown)];
pub(super) const PAGE_UP: &[Key] = &[Key::plain(KeyCode::PageUp)];
pub(super) const HALF_DOWN: &[Key] = &[Key::ctrl('d')];
pub(super) const HALF_UP: &[Key] = &[Key::ctrl('u')];
pub(super) const LEFT: &[Key] = &[Key::char('h'), Key::plain(KeyCode::Left)];
pub(super) const RIGHT: &[Key] = &[Key::char('l'), Key::plain(KeyCode::Right)];
pub(super) const QUIT: &[Key] = &[Key::char('q'), Key::ctrl('c')];
pub(super) const SUSPEND: &[Key] = &[Key::ctrl('z')];
pub(super) const HELP: &[Key] = &[Key::char('?'), Key::plain(KeyCode::F(1))];

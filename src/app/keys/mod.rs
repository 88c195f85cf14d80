//! Keys, described once: each mode has a table of bindings, and the keymap, the help
//! overlay and the status line's hints are all read from it, so they cannot disagree.

mod editor;
mod tables;
mod views;

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Edit, Grouping};

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
    /// The built-in note editor.
    NoteEditor,
    /// The window is too small to show anything: only quitting and suspending act.
    TooSmall,
}

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
    fn is_char(&self) -> bool {
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
            KeyCode::Char(' ') => f.write_str("Spatie"),
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
    Shown {
        what: &'static str,
        hint: Option<&'static str>,
    },
    /// Shown on the previous binding's line, its keys after a `/` (`j/k`).
    WithPrevious,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub about: About,
}

/// The bindings of a mode, in the order help lists them: the mode's own, then those it
/// shares with others.
#[must_use]
pub fn bindings(mode: Mode) -> Vec<&'static Binding> {
    tables::of(mode).iter().flat_map(|t| t.iter()).collect()
}

/// The action a key asks for in a mode. Key releases are ignored (terminals with the kitty
/// protocol report them).
#[must_use]
pub fn action(mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let bound = tables::of(mode)
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action);
    bound.or_else(|| match (mode, event.code) {
        (Mode::NoteEditor, KeyCode::Char(c))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Note(super::editor::NoteEdit::Insert(c)))
        }
        (Mode::Typing, KeyCode::Char(c))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Edit(Edit::Insert(c)))
        }
        _ => None,
    })
}

/// One line of the help: the keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub what: &'static str,
}

/// Groups a binding with the ones shown on its line: `(binding, those after it)`.
fn lines(mode: Mode) -> Vec<(&'static Binding, Vec<&'static Binding>)> {
    let mut out: Vec<(&'static Binding, Vec<&'static Binding>)> = Vec::new();
    for b in bindings(mode) {
        match b.about {
            About::Shown { .. } => out.push((b, Vec::new())),
            About::WithPrevious => {
                if let Some((_, more)) = out.last_mut() {
                    more.push(b);
                }
            }
        }
    }
    out
}

/// Every key of a mode, for the help overlay: `j/k  ↓/↑` style, pairs joined key by key.
#[must_use]
pub fn help(mode: Mode) -> Vec<HelpLine> {
    lines(mode)
        .into_iter()
        .filter_map(|(first, more)| {
            let About::Shown { what, .. } = first.about else {
                return None;
            };
            let group: Vec<&Binding> = std::iter::once(first).chain(more).collect();
            let width = group.iter().map(|b| b.keys.len()).max().unwrap_or(0);
            let keys: Vec<String> = (0..width)
                .map(|k| {
                    group
                        .iter()
                        .filter_map(|b| b.keys.get(k))
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("/")
                })
                .collect();
            Some(HelpLine {
                keys: keys.join("  "),
                what,
            })
        })
        .collect()
}

/// The status line's hints for a mode, most useful first: `j/k kies`. The key to the help
/// leads, so it is on screen however narrow the line.
#[must_use]
pub fn hints(mode: Mode) -> Vec<String> {
    let mut lines = lines(mode);
    lines.sort_by_key(|(b, _)| !matches!(b.action, Action::ToggleHelp));
    lines
        .into_iter()
        .filter_map(|(first, more)| {
            let About::Shown {
                hint: Some(word), ..
            } = first.about
            else {
                return None;
            };
            let label = std::iter::once(first)
                .chain(more)
                .filter_map(|b| b.keys.iter().find(|k| k.is_char()).or(b.keys.first()))
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("/");
            Some(format!("{label} {word}"))
        })
        .collect()
}

#[cfg(test)]
mod tests;

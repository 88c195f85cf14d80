//! Keys, described once: each mode has a table of bindings, and the keymap, the help
//! overlay and the status line's hints are all read from it, so they cannot disagree.

mod binding;
mod editor;
mod keymap;
pub mod names;
pub mod spelling;
mod tables;
mod views;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use binding::{About, Binding, Key, Mode};
pub use keymap::{Keymap, install};

use super::action::{Action, Edit, NoteEdit};

/// The bindings of a mode, in the order help lists them: the mode's own, then those it
/// shares with others.
#[must_use]
pub fn bindings(mode: Mode) -> Vec<&'static Binding> {
    keymap::in_use().of(mode).iter().collect()
}

/// The action a key asks for in a mode. Key releases are ignored (terminals with the kitty
/// protocol report them).
#[must_use]
pub fn action(mode: Mode, event: &KeyEvent) -> Option<Action> {
    keymap::in_use().action(mode, event)
}

impl Keymap {
    /// The action a key asks for in a mode, with this keymap.
    #[must_use]
    pub fn action(&self, mode: Mode, event: &KeyEvent) -> Option<Action> {
        action_in(self.of(mode), mode, event)
    }

    /// The help's lines for a mode, with this keymap.
    #[must_use]
    pub fn help(&self, mode: Mode) -> Vec<HelpLine> {
        help_of(self.of(mode))
    }

    /// The status line's hints for a mode, with this keymap.
    #[must_use]
    pub fn hints(&self, mode: Mode) -> Vec<String> {
        hints_of(self.of(mode))
    }
}

fn action_in(bindings: &[Binding], mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let bound = bindings
        .iter()
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action);
    bound.or_else(|| match (mode, event.code) {
        (Mode::NoteEditor, KeyCode::Char(c))
            if !event
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Note(NoteEdit::Insert(c)))
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
fn lines(bindings: &[Binding]) -> Vec<(&Binding, Vec<&Binding>)> {
    let mut out: Vec<(&Binding, Vec<&Binding>)> = Vec::new();
    for b in bindings {
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
    help_of(keymap::in_use().of(mode))
}

fn help_of(bindings: &[Binding]) -> Vec<HelpLine> {
    lines(bindings)
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
            // A line whose keys were all moved elsewhere by the configuration.
            if width == 0 {
                return None;
            }
            Some(HelpLine {
                keys: keys.join("  "),
                what: what.get(),
            })
        })
        .collect()
}

/// The status line's hints for a mode, most useful first: `j/k kies`. The key to the help
/// leads, so it is on screen however narrow the line.
#[must_use]
pub fn hints(mode: Mode) -> Vec<String> {
    hints_of(keymap::in_use().of(mode))
}

fn hints_of(bindings: &[Binding]) -> Vec<String> {
    let mut lines = lines(bindings);
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
            let group: Vec<&Binding> = std::iter::once(first).chain(more).collect();
            // A pair is named by keys of one kind: `Spatie/PgUp` would read as a pair.
            let group: Vec<&Binding> = group.into_iter().filter(|b| !b.keys.is_empty()).collect();
            let all_chars = group.iter().all(|b| b.keys.iter().any(Key::is_char));
            let label = group
                .iter()
                .filter_map(|b| {
                    let char_key = b.keys.iter().find(|k| k.is_char());
                    char_key.filter(|_| all_chars).or(b.keys.first())
                })
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("/");
            (!label.is_empty()).then(|| format!("{label} {word}"))
        })
        .collect()
}

#[cfg(test)]
mod keymap_tests;
#[cfg(test)]
mod tests;

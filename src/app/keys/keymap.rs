//! The bindings in use: the tables, with the configuration file's keys put in place of
//! the defaults. Built once when the browser starts; the keymap, the help and the hints
//! all read it, so a moved key is shown where it now is.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyModifiers};

use super::binding::{Binding, Key, Mode};
use super::names;
use super::spelling;
use super::tables;
use crate::app::action::Action;
use crate::config::{Entry, Problem, Value};
use crate::strings::config as say;

/// The bindings of every mode, at the mode's index.
#[derive(Debug, Clone)]
pub struct Keymap {
    modes: Vec<Vec<Binding>>,
}

/// An action of a mode, the keys an entry gives it, and the entry.
type Change<'e> = (Action, Vec<Key>, &'e Entry);

static IN_USE: OnceLock<Keymap> = OnceLock::new();

/// The keymap in use: the one `install` was given, else the defaults.
pub fn in_use() -> &'static Keymap {
    IN_USE.get_or_init(Keymap::defaults)
}

/// Makes `keymap` the one in use. Only the first call counts (the browser makes it once,
/// before its first key); a later one returns `false`.
pub fn install(keymap: Keymap) -> bool {
    IN_USE.set(keymap).is_ok()
}

impl Keymap {
    /// The tables as written.
    #[must_use]
    pub fn defaults() -> Keymap {
        let modes = Mode::ALL
            .iter()
            .map(|&mode| {
                tables::of(mode)
                    .iter()
                    .flat_map(|t| t.iter().copied())
                    .collect()
            })
            .collect();
        Keymap { modes }
    }

    /// The bindings of a mode, first match first.
    #[must_use]
    pub fn of(&self, mode: Mode) -> &[Binding] {
        &self.modes[mode.index()]
    }

    /// The defaults with the `[toetsen.*]` entries put in; each entry that cannot be used
    /// is a problem, and its mode keeps the defaults for that action.
    #[must_use]
    pub fn configured<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> (Keymap, Vec<Problem>) {
        let mut keymap = Keymap::defaults();
        let mut problems = Vec::new();
        let by_name: HashMap<&str, Mode> = Mode::ALL.iter().map(|&m| (names::mode(m), m)).collect();
        let (mut every, mut own): (Vec<&Entry>, Vec<&Entry>) = (Vec::new(), Vec::new());
        for entry in entries {
            match entry.table.get(1).map(String::as_str) {
                Some(names::EVERY_MODE) if entry.table.len() == 2 => every.push(entry),
                Some(name) if entry.table.len() == 2 && by_name.contains_key(name) => {
                    own.push(entry);
                }
                Some(name) if entry.table.len() == 2 => {
                    let modes: Vec<&str> = Mode::ALL.iter().map(|&m| names::mode(m)).collect();
                    problems.push(Problem::at(
                        entry,
                        say::unknown_mode(name, &modes.join(", ")),
                    ));
                }
                _ => problems.push(Problem::at(entry, say::UNKNOWN_ENTRY.get().to_string())),
            }
        }
        let mut wanted: Vec<Vec<Change<'_>>> = vec![Vec::new(); Mode::ALL.len()];
        for entry in every {
            let Some(keys) = keys_of(entry, &mut problems) else {
                continue;
            };
            let mut anywhere = false;
            for mode in Mode::ALL {
                if let Some(action) = keymap.named(mode, &entry.name) {
                    wanted[mode.index()].push((action, keys.clone(), entry));
                    anywhere = true;
                }
            }
            if !anywhere {
                problems.push(Problem::at(
                    entry,
                    say::unknown_action(&entry.name, names::EVERY_MODE),
                ));
            }
        }
        for entry in own {
            let mode = by_name[entry.table[1].as_str()];
            let Some(keys) = keys_of(entry, &mut problems) else {
                continue;
            };
            match keymap.named(mode, &entry.name) {
                Some(action) => wanted[mode.index()].push((action, keys, entry)),
                None => problems.push(Problem::at(
                    entry,
                    say::unknown_action(&entry.name, names::mode(mode)),
                )),
            }
        }
        for mode in Mode::ALL {
            let changes = std::mem::take(&mut wanted[mode.index()]);
            keymap.modes[mode.index()] = rebound(keymap.of(mode), mode, changes, &mut problems);
        }
        problems.sort_by_key(|p| p.line);
        (keymap, problems)
    }

    /// The action a mode's binding named `name` asks for.
    fn named(&self, mode: Mode, name: &str) -> Option<Action> {
        self.of(mode)
            .iter()
            .map(|b| b.action)
            .find(|&a| names::action(a) == Some(name))
    }
}

/// The keys an entry gives, or `None` with the problem said.
fn keys_of(entry: &Entry, problems: &mut Vec<Problem>) -> Option<Vec<Key>> {
    let texts: Vec<&str> = match &entry.value {
        Value::Text(t) => vec![t.as_str()],
        Value::List(list) => list.iter().map(String::as_str).collect(),
        Value::Switch(_) => {
            problems.push(Problem::at(
                entry,
                say::expected(&say::KIND_KEYS, &say::KIND_SWITCH),
            ));
            return None;
        }
        Value::Other(kind) => {
            problems.push(Problem::at(entry, say::expected(&say::KIND_KEYS, kind)));
            return None;
        }
    };
    if texts.is_empty() {
        problems.push(Problem::at(entry, say::NO_KEYS.get().to_string()));
        return None;
    }
    let mut keys = Vec::with_capacity(texts.len());
    for text in texts {
        let Some(key) = spelling::parse(text) else {
            problems.push(Problem::at(entry, say::unknown_key(text)));
            return None;
        };
        keys.push(key);
    }
    Some(keys)
}

/// A mode's bindings with `changes` made: an action's first binding takes the new keys,
/// its others lose theirs. A change that puts a key on two actions is undone and said;
/// the later entry gives way (undoing one can only free keys, so this ends).
fn rebound<'e>(
    defaults: &[Binding],
    mode: Mode,
    mut changes: Vec<Change<'e>>,
    problems: &mut Vec<Problem>,
) -> Vec<Binding> {
    // A mode's own entry comes after `alle` and wins over it for the same action.
    let mut seen = HashSet::new();
    let mut kept: Vec<Change<'e>> = Vec::new();
    for change in changes.drain(..).rev() {
        if seen.insert(change.0) {
            kept.push(change);
        }
    }
    kept.reverse();
    loop {
        let keys = apply(defaults, &kept);
        let Some((key, first, second)) = clash(defaults, &keys, &kept) else {
            return defaults
                .iter()
                .zip(keys)
                .map(|(b, keys)| match keys {
                    // Bindings hold their keys for the whole run, as the tables do; a
                    // configured mode's keys are made once, when the browser starts.
                    Some(keys) if !keys.is_empty() => Binding {
                        keys: Box::leak(keys.into_boxed_slice()),
                        ..*b
                    },
                    Some(_) => Binding { keys: &[], ..*b },
                    None => *b,
                })
                .collect();
        };
        let undone = kept
            .iter()
            .rposition(|(a, _, _)| *a == first || *a == second)
            .unwrap_or(kept.len() - 1);
        let (_, _, entry) = kept.remove(undone);
        let name = |a: Action| names::action(a).unwrap_or_default();
        problems.push(Problem::at(
            entry,
            say::bound_twice(
                &spelling::written(key),
                names::mode(mode),
                name(first),
                name(second),
            ),
        ));
    }
}

/// The keys each binding takes from `changes`: `None` keeps its own.
fn apply(defaults: &[Binding], changes: &[Change<'_>]) -> Vec<Option<Vec<Key>>> {
    let mut done = HashSet::new();
    defaults
        .iter()
        .map(|b| {
            let (_, keys, _) = changes.iter().find(|(a, _, _)| *a == b.action)?;
            Some(if done.insert(b.action) {
                keys.clone()
            } else {
                Vec::new()
            })
        })
        .collect()
}

/// A key on two different actions where one of them was configured: the key and both.
fn clash(
    defaults: &[Binding],
    keys: &[Option<Vec<Key>>],
    changes: &[Change<'_>],
) -> Option<(Key, Action, Action)> {
    let configured = |a: Action| changes.iter().any(|(c, _, _)| *c == a);
    let mut owner: HashMap<(KeyCode, KeyModifiers), Action> = HashMap::new();
    for (b, given) in defaults.iter().zip(keys) {
        for key in given.as_deref().unwrap_or(b.keys) {
            match owner.get(&(key.code, key.mods)) {
                Some(&other)
                    if other != b.action && (configured(other) || configured(b.action)) =>
                {
                    return Some((*key, other, b.action));
                }
                Some(_) => {}
                None => {
                    owner.insert((key.code, key.mods), b.action);
                }
            }
        }
    }
    None
}

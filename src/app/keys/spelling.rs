//! Keys as the configuration file writes them: `j`, `J`, `Ctrl-d`, `Alt-b`, `Shift-Tab`,
//! `PgDn`, `F1`, `Spatie`. Plain ASCII names (the help's `↓` is also read), modifiers and
//! names in any case; a letter's case is the letter (`J` is shift-j, as help shows it).

use std::fmt::Write as _;

use crossterm::event::{KeyCode, KeyModifiers};

use super::binding::Key;

const NAMED: &[(&str, KeyCode)] = &[
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("Backspace", KeyCode::Backspace),
    ("Del", KeyCode::Delete),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PgUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Spatie", KeyCode::Char(' ')),
];

/// Other spellings read as the names above.
const ALIASES: &[(&str, KeyCode)] = &[
    ("Space", KeyCode::Char(' ')),
    ("Escape", KeyCode::Esc),
    ("Return", KeyCode::Enter),
    ("Delete", KeyCode::Delete),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("↑", KeyCode::Up),
    ("↓", KeyCode::Down),
    ("←", KeyCode::Left),
    ("→", KeyCode::Right),
];

/// The key `text` names, or `None`.
#[must_use]
pub fn parse(text: &str) -> Option<Key> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text.trim();
    // A lone `-` is the minus key; `Ctrl--` is Ctrl with it.
    while let Some((head, tail)) = rest
        .split_once('-')
        .filter(|(h, t)| !h.is_empty() && !t.is_empty())
    {
        mods |= match head.to_ascii_lowercase().as_str() {
            "ctrl" | "control" => KeyModifiers::CONTROL,
            "alt" => KeyModifiers::ALT,
            "shift" => KeyModifiers::SHIFT,
            _ => break,
        };
        rest = tail;
    }
    let code = code(rest)?;
    Some(match (code, mods) {
        // Terminals report Shift-Tab as a key of its own.
        (KeyCode::Tab, KeyModifiers::SHIFT) => Key::plain(KeyCode::BackTab),
        // A character carries its shift: `Shift-j` is `J`.
        (KeyCode::Char(c), m) if m.contains(KeyModifiers::SHIFT) && c.is_alphabetic() => Key {
            code: KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
            mods: m - KeyModifiers::SHIFT,
        },
        (code, mods) => Key { code, mods },
    })
}

fn code(name: &str) -> Option<KeyCode> {
    // Names first: the arrows are single characters that name a key of their own.
    if let Some(&(_, code)) = NAMED
        .iter()
        .chain(ALIASES)
        .find(|(spelled, _)| spelled.eq_ignore_ascii_case(name))
    {
        return Some(code);
    }
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c)).filter(|_| !c.is_control());
    }
    if let Some(n) = name
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u8>().ok())
    {
        return Some(KeyCode::F(n)).filter(|_| (1..=24).contains(&n));
    }
    None
}

/// The key as the file writes it; `parse` reads it back as the same key.
#[must_use]
pub fn written(key: Key) -> String {
    let mut out = String::new();
    for (m, word) in [
        (KeyModifiers::CONTROL, "Ctrl-"),
        (KeyModifiers::ALT, "Alt-"),
        (KeyModifiers::SHIFT, "Shift-"),
    ] {
        if key.mods.contains(m) {
            out.push_str(word);
        }
    }
    match key.code {
        KeyCode::BackTab => out.push_str("Shift-Tab"),
        KeyCode::F(n) => {
            let _ = write!(out, "F{n}");
        }
        KeyCode::Char(c) if c != ' ' => out.push(c),
        code => match NAMED.iter().find(|(_, named)| *named == code) {
            Some((name, _)) => out.push_str(name),
            None => {
                let _ = write!(out, "{code:?}");
            }
        },
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_writing_a_key_is_read() {
        let cases = [
            ("j", Key::char('j')),
            ("J", Key::char('J')),
            ("Shift-j", Key::char('J')),
            ("ctrl-d", Key::ctrl('d')),
            ("Alt-b", Key::alt('b')),
            ("Shift-Tab", Key::plain(KeyCode::BackTab)),
            ("Shift-Down", Key::shift(KeyCode::Down)),
            ("pgdn", Key::plain(KeyCode::PageDown)),
            ("PageUp", Key::plain(KeyCode::PageUp)),
            ("F1", Key::plain(KeyCode::F(1))),
            ("Spatie", Key::char(' ')),
            ("space", Key::char(' ')),
            ("↓", Key::plain(KeyCode::Down)),
            ("-", Key::char('-')),
            ("Ctrl--", Key::ctrl('-')),
            (" Esc ", Key::plain(KeyCode::Esc)),
        ];
        for (text, key) in cases {
            assert_eq!(parse(text), Some(key), "{text:?}");
        }
    }

    #[test]
    fn what_is_not_a_key_is_refused() {
        for text in ["", "jj", "Hyper-j", "F0", "F25", "Ctrl-", "Entr", "\u{7}"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_written_key_reads_back_as_itself() {
        for mode in super::super::binding::Mode::ALL {
            for b in super::super::bindings(mode) {
                for &key in b.keys {
                    assert_eq!(parse(&written(key)), Some(key), "{}", written(key));
                }
            }
        }
    }
}

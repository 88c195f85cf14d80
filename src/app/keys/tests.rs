use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::*;
use crate::app::action::{Find, Grouping, Move};

fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

fn plain(code: KeyCode) -> KeyEvent {
    press(code, KeyModifiers::NONE)
}

#[test]
fn conventional_keys() {
    let g = Mode::Groups(Grouping::ByCity);
    assert_eq!(
        action(g, &plain(KeyCode::Char('j'))),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        action(g, &press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        Some(Action::Move(Move::HalfDown))
    );
    assert_eq!(
        action(g, &press(KeyCode::Down, KeyModifiers::SHIFT)),
        Some(Action::ScrollText(1)),
        "Shift-↓ is not ↓"
    );
    assert_eq!(
        action(g, &press(KeyCode::Char('J'), KeyModifiers::SHIFT)),
        Some(Action::ScrollText(1)),
        "a char's own shift does not matter"
    );
    assert_eq!(
        action(g, &press(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::FocusPrev)
    );
    assert_eq!(action(g, &plain(KeyCode::F(1))), Some(Action::ToggleHelp));
    assert_eq!(action(g, &plain(KeyCode::Char('x'))), None);
    assert_eq!(
        action(Mode::Text, &plain(KeyCode::Char(' '))),
        Some(Action::Move(Move::PageDown))
    );
    assert_eq!(
        action(Mode::Outline, &plain(KeyCode::Char(' '))),
        Some(Action::Toggle)
    );
}

#[test]
fn releases_are_ignored_everywhere() {
    for mode in Mode::ALL {
        let mut release = plain(KeyCode::Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action(mode, &release), None, "{mode:?}");
    }
}

#[test]
fn ctrl_c_and_q_in_every_mode() {
    let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let q = plain(KeyCode::Char('q'));
    for mode in Mode::ALL {
        let (c, q) = (action(mode, &ctrl_c), action(mode, &q));
        match mode {
            // Typing: Ctrl-c aborts the input, q is a letter.
            Mode::Typing => {
                assert_eq!(c, Some(Action::Back));
                assert_eq!(q, Some(Action::Edit(Edit::Insert('q'))));
            }
            // An overlay: q closes it.
            Mode::Help => {
                assert_eq!(c, Some(Action::Quit));
                assert_eq!(q, Some(Action::CloseHelp));
            }
            Mode::Bookmarks | Mode::Related => {
                assert_eq!(c, Some(Action::Quit));
                assert_eq!(q, Some(Action::Back));
            }
            // The note editor: Ctrl-c throws the changes away, q is a letter.
            Mode::NoteEditor => {
                assert_eq!(c, Some(Action::Back));
                assert_eq!(
                    q,
                    Some(Action::Note(crate::app::action::NoteEdit::Insert('q')))
                );
            }
            _ => {
                assert_eq!(c, Some(Action::Quit), "{mode:?}");
                assert_eq!(q, Some(Action::Quit), "{mode:?}");
            }
        }
    }
}

#[test]
fn ctrl_z_suspends_in_every_mode() {
    let ctrl_z = press(KeyCode::Char('z'), KeyModifiers::CONTROL);
    for mode in Mode::ALL {
        assert_eq!(action(mode, &ctrl_z), Some(Action::Suspend), "{mode:?}");
    }
}

#[test]
fn typing_edits_like_readline() {
    let t = Mode::Typing;
    let ctrl = |c| press(KeyCode::Char(c), KeyModifiers::CONTROL);
    assert_eq!(
        action(t, &plain(KeyCode::Char('j'))),
        Some(Action::Edit(Edit::Insert('j')))
    );
    assert_eq!(
        action(t, &plain(KeyCode::Char('/'))),
        Some(Action::Edit(Edit::Insert('/')))
    );
    assert_eq!(
        action(t, &ctrl('w')),
        Some(Action::Edit(Edit::DeleteWordBack))
    );
    assert_eq!(
        action(t, &ctrl('u')),
        Some(Action::Edit(Edit::DeleteToStart))
    );
    assert_eq!(action(t, &ctrl('a')), Some(Action::Edit(Edit::Start)));
    assert_eq!(action(t, &ctrl('e')), Some(Action::Edit(Edit::End)));
    assert_eq!(action(t, &ctrl('k')), Some(Action::Edit(Edit::DeleteToEnd)));
    assert_eq!(
        action(t, &plain(KeyCode::Left)),
        Some(Action::Edit(Edit::Left))
    );
    assert_eq!(
        action(t, &plain(KeyCode::Home)),
        Some(Action::Edit(Edit::Start))
    );
    assert_eq!(action(t, &plain(KeyCode::Enter)), Some(Action::Accept));
    assert_eq!(
        action(t, &ctrl('x')),
        None,
        "an unbound control key types nothing"
    );
    assert_eq!(
        action(t, &press(KeyCode::Char('x'), KeyModifiers::ALT)),
        None
    );
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    for mode in Mode::ALL {
        let mut seen: Vec<Key> = Vec::new();
        for b in bindings(mode) {
            for k in b.keys {
                assert!(!seen.contains(k), "{mode:?}: {k} bound twice");
                seen.push(*k);
            }
        }
    }
}

#[test]
fn every_binding_is_documented_and_help_and_hints_come_from_the_table() {
    for mode in Mode::ALL {
        let help = help(mode);
        assert!(!help.is_empty(), "{mode:?}");
        // Every key of the mode shows up in some help line.
        let all_keys: String = help
            .iter()
            .map(|l| l.keys.clone())
            .collect::<Vec<_>>()
            .join(" ");
        for b in bindings(mode) {
            for k in b.keys {
                assert!(
                    all_keys.contains(&k.to_string()),
                    "{mode:?}: {k} missing from help"
                );
            }
        }
        for hint in hints(mode) {
            let key = hint.split(' ').next().unwrap();
            assert!(
                all_keys.contains(key),
                "{mode:?}: hint {hint} names keys help does not"
            );
        }
    }
    assert_eq!(
        hints(Mode::Groups(Grouping::ByCity))[..2],
        ["? hulp", "j/k kies"],
        "help leads"
    );
    assert!(hints(Mode::Outline).contains(&"h/l dicht/open".to_owned()));
    assert!(
        !hints(Mode::SectionCities)
            .iter()
            .any(|h| h.contains("dicht")),
        "a flat list has no nodes"
    );
    let pairs = help(Mode::Outline);
    assert!(pairs.iter().any(|l| l.keys == "j/k  ↓/↑"), "{pairs:?}");
    assert_eq!(
        action(Mode::Groups(Grouping::ByCity), &plain(KeyCode::Char('/'))),
        Some(Action::Open(Find::Filter))
    );
}

#[test]
fn paired_keys_are_named_by_keys_of_one_kind() {
    for mode in [Mode::Text, Mode::Compare, Mode::Help] {
        let lines = help(mode);
        assert!(
            lines.iter().any(|l| l.keys == "PgDn/PgUp") && lines.iter().any(|l| l.keys == "Spatie"),
            "{mode:?}: Spatie on a line of its own, not beside a pair: {lines:?}"
        );
        let hinted = hints(mode);
        assert!(
            !hinted.iter().any(|h| h.contains("Spatie/PgUp")),
            "{hinted:?}"
        );
    }
}

#[test]
fn keys_read_as_people_write_them() {
    assert_eq!(Key::ctrl('d').to_string(), "Ctrl-d");
    assert_eq!(Key::char(' ').to_string(), "Spatie");
    assert_eq!(Key::shift(KeyCode::Down).to_string(), "Shift-↓");
    assert_eq!(Key::plain(KeyCode::BackTab).to_string(), "Shift-Tab");
    assert_eq!(Key::plain(KeyCode::PageDown).to_string(), "PgDn");
    assert_eq!(Key::alt('b').to_string(), "Alt-b");
}

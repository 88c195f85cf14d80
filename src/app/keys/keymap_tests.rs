use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::action::{Grouping, Move};
use crate::config::parse;

const CITIES: Mode = Mode::Groups(Grouping::ByCity);

fn char_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn configured(text: &str) -> (Keymap, Vec<crate::config::Problem>) {
    let config = parse(text);
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    Keymap::configured(config.table("toetsen"))
}

#[test]
fn within_a_mode_every_bound_action_has_a_name_of_its_own() {
    let keymap = Keymap::defaults();
    for mode in Mode::ALL {
        let mut owner: HashMap<&str, Action> = HashMap::new();
        for b in keymap.of(mode) {
            let name = names::action(b.action)
                .unwrap_or_else(|| panic!("{mode:?}: {:?} has no name", b.action));
            let first = *owner.entry(name).or_insert(b.action);
            assert_eq!(first, b.action, "{mode:?}: `{name}` names two actions");
        }
    }
}

#[test]
fn mode_names_are_distinct_and_not_the_every_mode_table() {
    let mut seen = std::collections::HashSet::new();
    for mode in Mode::ALL {
        assert!(seen.insert(names::mode(mode)), "{mode:?}");
        assert_ne!(names::mode(mode), names::EVERY_MODE);
    }
}

#[test]
fn a_moved_key_acts_and_the_old_one_is_free() {
    let (keymap, problems) = configured("[toetsen.steden]\nomlaag = \"ö\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        keymap.action(CITIES, &char_key('ö')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(keymap.action(CITIES, &char_key('j')), None);
    let down = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(
        keymap.action(CITIES, &down),
        None,
        "all of the action's keys move"
    );
    // Other modes keep theirs.
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('j')),
        Some(Action::Move(Move::Down))
    );
    assert!(keymap.help(CITIES).iter().any(|l| l.keys.contains('ö')));
    assert!(
        !keymap
            .help(CITIES)
            .iter()
            .any(|l| l.keys.split('/').any(|k| k == "j"))
    );
}

#[test]
fn a_list_gives_several_keys() {
    let (keymap, problems) = configured("[toetsen.boom]\nomlaag = [\"ö\", \"Ctrl-n\"]\n");
    assert!(problems.is_empty(), "{problems:?}");
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(
        keymap.action(Mode::Outline, &ctrl_n),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('ö')),
        Some(Action::Move(Move::Down))
    );
}

#[test]
fn every_mode_table_applies_wherever_the_action_is_and_a_mode_of_its_own_wins() {
    let (keymap, problems) =
        configured("[toetsen.alle]\nomlaag = \"ö\"\n[toetsen.boom]\nomlaag = \"ä\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        keymap.action(CITIES, &char_key('ö')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(Mode::Text, &char_key('ö')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('ä')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(keymap.action(Mode::Outline, &char_key('ö')), None);
}

#[test]
fn a_key_bound_twice_names_both_actions_and_keeps_the_defaults() {
    // `k` is omhoog's: moving omlaag onto it would leave one key on two actions.
    let (keymap, problems) = configured("[toetsen.steden]\nomlaag = \"k\"\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!((p.line, p.entry.as_str()), (2, "toetsen.steden.omlaag"));
    assert!(
        p.what.contains("omlaag") && p.what.contains("omhoog"),
        "{}",
        p.what
    );
    assert!(p.what.contains('k'), "{}", p.what);
    assert_eq!(
        keymap.action(CITIES, &char_key('j')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(CITIES, &char_key('k')),
        Some(Action::Move(Move::Up))
    );
}

#[test]
fn swapping_two_keys_is_no_clash() {
    let (keymap, problems) = configured("[toetsen.steden]\nomlaag = \"k\"\nomhoog = \"j\"\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        keymap.action(CITIES, &char_key('k')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(CITIES, &char_key('j')),
        Some(Action::Move(Move::Up))
    );
}

#[test]
fn unknown_modes_actions_and_keys_are_each_one_problem_on_their_line() {
    let text = "[toetsen.nergens]\nomlaag = \"j\"\n[toetsen.boom]\nvliegen = \"v\"\nomhoog = \"Hyper-q\"\nomlaag = 3\n[toetsen]\nlos = \"x\"\n";
    let (keymap, problems) = configured(text);
    let lines: Vec<(usize, &str)> = problems
        .iter()
        .map(|p| (p.line, p.entry.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (2, "toetsen.nergens.omlaag"),
            (4, "toetsen.boom.vliegen"),
            (5, "toetsen.boom.omhoog"),
            (6, "toetsen.boom.omlaag"),
            (8, "toetsen.los"),
        ]
    );
    assert!(
        problems[0].what.contains("boom"),
        "the known modes are listed"
    );
    assert!(problems[2].what.contains("Hyper-q"));
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('j')),
        Some(Action::Move(Move::Down))
    );
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('k')),
        Some(Action::Move(Move::Up))
    );
}

#[test]
fn an_empty_list_is_a_problem_not_an_unbound_action() {
    let (keymap, problems) = configured("[toetsen.boom]\nomlaag = []\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(
        keymap.action(Mode::Outline, &char_key('j')),
        Some(Action::Move(Move::Down))
    );
}

//! Every mode the browser has, from `Mode::ALL`: each is reached the way a user reaches it,
//! and each answers the keys every mode must (suspend, quit).

use crate::common::{app, run};
use woonbeleid::app::{Action, App, Effect, Find, Focus, Grouping, Mode, Move};

/// Brings a fresh browser into `mode` by what a user would do; `false` for the loop's own
/// mode (loading), which comes before there is an app.
pub(crate) fn bring(app: &mut App, mode: Mode) -> bool {
    let actions: Vec<Action> = match mode {
        Mode::Groups(Grouping::ByCity) => vec![],
        Mode::Groups(Grouping::BySection) => vec![Action::Regroup],
        Mode::Outline => vec![Action::FocusPane(Focus::Members)],
        Mode::SectionCities => vec![Action::Regroup, Action::FocusPane(Focus::Members)],
        Mode::Text => vec![Action::FocusPane(Focus::Text)],
        Mode::Grid => vec![Action::ToggleGrid],
        Mode::Compare => vec![
            Action::FocusPane(Focus::Members),
            Action::Mark,
            Action::Move(Move::Down),
            Action::Mark,
            Action::Compare,
        ],
        Mode::Typing => vec![Action::Open(Find::Filter)],
        Mode::Help => vec![Action::ToggleHelp],
        Mode::Bookmarks => vec![Action::Bookmarks],
        Mode::Related => vec![Action::Related],
        Mode::NoteEditor => {
            let asked = run(app, &[Action::EditNote]);
            let Some(Effect::EditNote { place, text }) = asked.into_iter().next() else {
                panic!("a note to edit");
            };
            app.open_editor(place, &text);
            vec![]
        }
        Mode::TooSmall => vec![Action::Resize(10, 4)],
        Mode::Loading => return false,
    };
    run(app, &actions);
    true
}

#[test]
fn every_mode_is_reached_and_answers_suspend_and_quit() {
    for mode in Mode::ALL {
        let mut app = app(120, 40);
        if !bring(&mut app, mode) {
            continue;
        }
        assert_eq!(app.mode(), mode);
        let effects = run(&mut app, &[Action::Suspend]);
        assert_eq!(effects, [Effect::Suspend], "{mode:?} suspends");
        assert_eq!(app.mode(), mode, "suspending leaves {mode:?} as it was");
        run(&mut app, &[Action::Quit]);
        assert!(app.quit(), "{mode:?} quits");
    }
}

#[test]
fn help_opens_over_the_bookmark_list_and_the_note_editor_and_closes_back_to_them() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use woonbeleid::app::keys;
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    for (mode, code, own_key) in [
        (
            Mode::Bookmarks,
            KeyCode::Char('?'),
            "naar de gekozen bladwijzer",
        ),
        (Mode::NoteEditor, KeyCode::F(1), "notitie bewaren"),
        (
            Mode::Related,
            KeyCode::Char('?'),
            "naar het gekozen verwante item",
        ),
    ] {
        let mut app = app(120, 40);
        assert!(bring(&mut app, mode));
        let asked = keys::action(mode, &key(code));
        assert_eq!(asked, Some(Action::ToggleHelp), "{mode:?}");
        run(&mut app, &[asked.unwrap()]);
        assert_eq!(app.mode(), Mode::Help, "{mode:?}");
        let shown = app.screen().text();
        assert!(shown.contains(own_key), "{mode:?}'s own keys: {shown}");
        run(&mut app, &[Action::CloseHelp]);
        assert_eq!(app.mode(), mode, "back to {mode:?}");
    }
    assert_eq!(
        keys::action(Mode::NoteEditor, &key(KeyCode::Char('?'))),
        Some(Action::Note(woonbeleid::app::NoteEdit::Insert('?'))),
        "in a note ? is typed"
    );
}

#[test]
fn the_help_says_the_filter_also_matches_notes() {
    // The filter reads notes too (tests/it/notes.rs); the help must say so.
    let line = woonbeleid::app::keys::help(Mode::Groups(Grouping::ByCity))
        .into_iter()
        .find(|l| l.keys == "/")
        .unwrap();
    assert!(line.what.contains("notitie"), "{line:?}");
}

//! Every mode the browser has, from `Mode::ALL`: each is reached the way a user reaches it,
//! and each answers the keys every mode must (suspend, quit).

use crate::common::{app, run};
use woonbeleid::app::{Action, App, Effect, Find, Focus, Grouping, Mode, Move};

/// Brings a fresh browser into `mode` by what a user would do; `false` for the loop's own
/// mode (loading), which comes before there is an app.
fn bring(app: &mut App, mode: Mode) -> bool {
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

//! Monkey test of the browser: random actions (keys, resizes from 0×0 to 300×100, typing
//! random Unicode into the filter and search, regrouping, the grid, comparing) applied to
//! the app and rendered after every step. Nothing may panic, and after every step the
//! selection is an item that exists and is shown (a match, or a match's parent), the text's scroll is within the text,
//! and the focused pane is on screen. `MONKEY_CASES=5000` runs it longer than CI.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::{Action, App, Edit, Focus, Grouping, View};
use woonbeleid::store;
use woonbeleid::ui::{self, list::Move, theme::Theme};

fn moves() -> impl Strategy<Value = Move> {
    prop_oneof![
        Just(Move::Up),
        Just(Move::Down),
        Just(Move::Top),
        Just(Move::Bottom),
        Just(Move::PageUp),
        Just(Move::PageDown),
        Just(Move::HalfUp),
        Just(Move::HalfDown)
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => moves().prop_map(Action::Move),
        2 => Just(Action::Left),
        2 => Just(Action::Right),
        2 => Just(Action::Toggle),
        1 => Just(Action::OpenAll),
        1 => Just(Action::CloseAll),
        1 => Just(Action::FocusNext),
        1 => Just(Action::FocusPrev),
        1 => prop_oneof![Just(Focus::Groups), Just(Focus::Members), Just(Focus::Text)].prop_map(Action::FocusPane),
        1 => (-60isize..60).prop_map(Action::ScrollText),
        1 => Just(Action::ToggleHelp),
        1 => Just(Action::CloseHelp),
        2 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0u16..300, 0u16..100).prop_map(|(column, row)| Action::Click { column, row }),
        1 => (0u16..300, 0u16..100, any::<bool>()).prop_map(|(column, row, down)| Action::Wheel { column, row, down }),
        1 => Just(Action::StartFilter),
        1 => Just(Action::StartSearch),
        4 => prop_oneof![any::<char>(), proptest::char::range('a', 'z'), Just('ö'), Just(' '), Just('!'), Just('^'), Just('$'), Just('\'')]
            .prop_map(|c| Action::Input(Edit::Char(c))),
        1 => prop_oneof![Just(Edit::Backspace), Just(Edit::DeleteWord), Just(Edit::DeleteAll)].prop_map(Action::Input),
        1 => Just(Action::InputAccept),
        1 => Just(Action::Clear),
        1 => any::<bool>().prop_map(Action::Hit),
        1 => Just(Action::Regroup),
        1 => Just(Action::ToggleGrid),
        1 => Just(Action::Mark),
        1 => Just(Action::Compare),
        1 => Just(Action::Copy),
        1 => Just(Action::Export),
    ]
}

fn check(app: &App) -> Result<(), TestCaseError> {
    if let Some(id) = app.current() {
        prop_assert!(
            app.data.item(id).is_some(),
            "selection {id:?} does not exist"
        );
        let shown = match app.grouping {
            Grouping::ByCity => {
                app.tree_rows(id.city).iter().any(|r| r.item == id.item)
                    && app.visible_cities().contains(&id.city)
            }
            Grouping::BySection => app
                .section()
                .is_some_and(|s| app.section_cities(s).contains(&id)),
        };
        prop_assert!(shown, "selection {id:?} is not among the rows shown");
    }
    let (total, height) = app.text_metrics();
    prop_assert!(
        app.text.scroll <= total.saturating_sub(height),
        "scroll {} past {total} rows ({height} shown)",
        app.text.scroll
    );
    if let Some(panes) = app.panes().filter(|_| app.view == View::Browse) {
        prop_assert!(
            panes.get(app.focus).is_some(),
            "focus {:?} on a pane not shown",
            app.focus
        );
    }
    prop_assert!(
        app.offsets.groups <= app.group_rows().len(),
        "groups offset past the rows"
    );
    prop_assert!(
        app.offsets.members <= app.member_rows().len(),
        "members offset past the rows"
    );
    Ok(())
}

#[test]
fn random_actions_keep_the_browser_consistent() {
    let cases = std::env::var("MONKEY_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48);
    let mut runner = TestRunner::new(Config {
        cases,
        rng_seed: RngSeed::Fixed(0xBEEF),
        failure_persistence: None,
        ..Config::default()
    });
    let data = store::embedded().unwrap();
    runner
        .run(
            &(
                proptest::collection::vec(action(), 1..120),
                20u16..200,
                5u16..70,
            ),
            |(actions, w, h)| {
                let mut app = App::new(data.clone(), w, h);
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                for action in actions {
                    app.update(action);
                    let _ = app.take_effects();
                    if app.quit {
                        break;
                    }
                    let area = app.area;
                    terminal.backend_mut().resize(area.width, area.height);
                    terminal.resize(area).unwrap();
                    terminal
                        .draw(|f| ui::draw(f, &app, Theme { color: true }))
                        .unwrap();
                    check(&app)
                        .map_err(|e| TestCaseError::fail(format!("after {action:?}: {e}")))?;
                }
                Ok(())
            },
        )
        .unwrap();
}

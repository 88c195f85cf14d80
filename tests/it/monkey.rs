//! Monkey test of the browser: random actions (keys, clicks, resizes from 0×0 to 300×100,
//! random Unicode typed into the filter and search, regrouping, the grid, comparing) on
//! the embedded dataset and on generated odd ones (empty, cities without items, one item),
//! drawn after every step. Nothing may panic; after every step the selection is an item
//! that exists and is shown, the text's scroll is within the text, the focused pane is on
//! screen; and an update that reports no change leaves the frame exactly as it was (the
//! redraw rule). `MONKEY_CASES=5000` runs it longer than CI.

use crate::common;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use woonbeleid::app::{Action, App, Direction, Edit, Find, Focus, Move, Page, Wheel};
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::ui;

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

fn edits() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => prop_oneof![any::<char>(), proptest::char::range('a', 'z'), Just('ö'), Just(' '), Just('!'), Just('^'), Just('$'), Just('\'')].prop_map(Edit::Insert),
        1 => prop_oneof![
            Just(Edit::DeleteBack), Just(Edit::DeleteForward), Just(Edit::Left), Just(Edit::Right),
            Just(Edit::WordLeft), Just(Edit::WordRight), Just(Edit::Start), Just(Edit::End),
            Just(Edit::DeleteWordBack), Just(Edit::DeleteToStart), Just(Edit::DeleteToEnd)
        ],
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
        1 => (0u16..300, 0u16..100, any::<bool>()).prop_map(|(column, row, down)| Action::Wheel {
            column, row, way: if down { Wheel::Down } else { Wheel::Up } }),
        1 => prop_oneof![Just(Find::Filter), Just(Find::Search)].prop_map(Action::Open),
        5 => edits().prop_map(Action::Edit),
        1 => Just(Action::Accept),
        1 => Just(Action::Back),
        1 => prop_oneof![Just(Direction::Forward), Just(Direction::Backward)].prop_map(Action::NextHit),
        1 => Just(Action::Regroup),
        1 => Just(Action::ToggleGrid),
        1 => Just(Action::Mark),
        1 => Just(Action::Compare),
        1 => Just(Action::Copy),
        1 => Just(Action::Export),
    ]
}

/// Datasets the real list never had but a user's import can give.
fn dataset() -> impl Strategy<Value = Dataset> {
    let item = ("[a-zA-Z .é]{0,12}", "[a-z \\n]{0,40}", any::<bool>()).prop_map(
        |(title, description, attachment)| Item {
            title: if title.is_empty() {
                "A. X".into()
            } else {
                title
            },
            description,
            attachment,
        },
    );
    let city = ("[A-Z][a-z]{0,8}", proptest::collection::vec(item, 0..5))
        .prop_map(|(name, items)| City { name, items });
    proptest::collection::vec(city, 0..4).prop_map(|cities| Dataset {
        chapter: "1. H".into(),
        cities,
        ..Dataset::default()
    })
}

fn check(app: &App) -> Result<(), TestCaseError> {
    if let Some(id) = app.current() {
        prop_assert!(
            app.catalog().get(id).is_some(),
            "selection {id:?} does not exist"
        );
        prop_assert!(
            app.member_items().contains(&id),
            "selection {id:?} is not among the rows shown"
        );
    }
    let (scroll, total, height) = app.text_scroll();
    prop_assert!(
        scroll <= total.saturating_sub(height),
        "scroll {scroll} past {total} rows ({height} shown)"
    );
    if let woonbeleid::app::screen::Body::Browse {
        groups,
        members,
        text,
    } = &app.screen().body
    {
        let shown = match app.focus() {
            Focus::Groups => groups.is_some(),
            Focus::Members => members.is_some(),
            Focus::Text => text.is_some(),
        };
        prop_assert!(
            shown || app.page() != Page::Browse,
            "focus {:?} on a pane not shown",
            app.focus()
        );
    }
    Ok(())
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) -> ratatui::buffer::Buffer {
    let area = app.screen().area;
    terminal.backend_mut().resize(area.width, area.height);
    terminal.resize(area).unwrap();
    terminal
        .draw(|f| ui::draw(f, app.screen(), common::COLOR))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn cases() -> u32 {
    common::env_or("MONKEY_CASES", 48)
}

fn monkey(data: impl Strategy<Value = Option<Dataset>>, seed: u64) {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &(
                data,
                proptest::collection::vec(action(), 1..120),
                20u16..200,
                5u16..70,
            ),
            |(data, actions, w, h)| {
                let mut app = match data {
                    Some(d) => common::app_on(d, w, h),
                    None => common::app(w, h),
                };
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                let mut before = draw(&mut terminal, &app);
                for action in actions {
                    let mut changed = app.update(action);
                    for effect in app.take_effects() {
                        if let woonbeleid::app::Effect::Search(job) = effect {
                            let outcome = job.run(app.catalog(), &|| true);
                            changed |= app.search_done(outcome);
                        }
                    }
                    if app.quit() {
                        break;
                    }
                    let after = draw(&mut terminal, &app);
                    prop_assert!(
                        changed || after == before,
                        "after {action:?}: the frame changed but update said it did not"
                    );
                    before = after;
                    check(&app)
                        .map_err(|e| TestCaseError::fail(format!("after {action:?}: {e}")))?;
                }
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn random_actions_on_the_real_list_keep_the_browser_consistent() {
    monkey(Just(None), 0xBEEF);
}

#[test]
fn random_actions_on_odd_datasets_keep_the_browser_consistent() {
    monkey(dataset().prop_map(Some), 0xF00D);
}

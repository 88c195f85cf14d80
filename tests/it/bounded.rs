//! Work that grows with the dataset never holds the keys up: every output the browser
//! builds on the key thread (the grid's table, marked texts, a side-by-side copy) is
//! refused at once, with the reason, when it would pass its limit, however many cities,
//! sections or marks make it big; below the limit it is built.

use std::sync::Arc;

use crate::common::run;
use woonbeleid::app::{Action, App, Edit, Effect, Find, Focus, Move, Page};
use woonbeleid::catalog::Catalog;
use woonbeleid::synth::{Shape, dataset};

fn app_of(shape: Shape) -> App {
    App::new(Arc::new(Catalog::new(dataset(shape))), 120, 40)
}

fn written(effects: &[Effect]) -> usize {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::WriteMarkdown { contents, .. } => Some(contents.len()),
            _ => None,
        })
        .sum()
}

#[test]
fn the_grid_of_14300_cities_is_refused_at_once_and_a_narrowed_one_is_written() {
    // 14,300 cities of 7 items: 333 sections, 4.8 million cells.
    let mut app = app_of(Shape::grid(14_300, 7, 0));
    run(&mut app, &[Action::ToggleGrid]);
    assert_eq!(app.page(), Page::Grid);
    let effects = run(&mut app, &[Action::Export]);
    assert_eq!(written(&effects), 0);
    let said = app.message().unwrap_or_default().to_owned();
    assert!(said.starts_with("niet geschreven: "), "{said}");
    let effects = run(&mut app, &[Action::Copy]);
    assert!(effects.is_empty(), "{effects:?}");
    let said = app.message().unwrap_or_default().to_owned();
    assert!(said.starts_with("niet gekopieerd: "), "{said}");
    // The grid stays open and answers.
    run(&mut app, &[Action::Move(Move::Down)]);
    assert_eq!(app.page(), Page::Grid);
    assert_eq!(app.grid_cursor().0, 1);

    // A filter leaving a few cities (and their sections) makes a table that is written.
    run(&mut app, &[Action::Open(Find::Filter)]);
    for ch in "-1234".chars() {
        run(&mut app, &[Action::Edit(Edit::Insert(ch))]);
    }
    let effects = run(&mut app, &[Action::Accept, Action::Export]);
    let table = effects
        .iter()
        .find_map(|e| match e {
            Effect::WriteMarkdown { contents, .. } => Some(contents.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{:?} {effects:?}", app.message()));
    assert!(
        table.contains("-1234 |"),
        "{}",
        &table[..table.len().min(400)]
    );
}

#[test]
fn marked_texts_past_the_limit_are_refused_and_below_it_written() {
    // Texts of 3 to 9 MB, one per city: one is written, four pass the 10 MB.
    let mut app = app_of(Shape::grid(5, 1, 6_000_000));
    let effects = run(&mut app, &[Action::Export]);
    assert!(
        written(&effects) > 2_000_000,
        "one item is written: {} {:?}",
        written(&effects),
        app.message()
    );
    run(&mut app, &[Action::FocusPane(Focus::Groups), Action::Mark]);
    for _ in 1..4 {
        run(&mut app, &[Action::Move(Move::Down), Action::Mark]);
    }
    let said = app.message().unwrap_or_default().to_owned();
    assert!(said.starts_with("4 items"), "{said}");
    let effects = run(&mut app, &[Action::Export]);
    let said = app.message().unwrap_or_default().to_owned();
    assert_eq!(written(&effects), 0, "{said}");
    assert!(said.starts_with("niet geschreven: "), "{said}");
    let effects = run(&mut app, &[Action::Copy]);
    assert!(effects.is_empty(), "a 3 MB text is no copy: {effects:?}");
    assert!(
        app.message()
            .unwrap_or_default()
            .starts_with("niet gekopieerd: ")
    );
}

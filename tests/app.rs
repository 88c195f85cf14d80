//! The browser's behaviour without a terminal: actions in, state out.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use woonbeleid::app::{Action, App, Focus};
use woonbeleid::model::ItemId;
use woonbeleid::store;
use woonbeleid::ui::list::Move;

fn app() -> App {
    let mut app = App::new(store::embedded().unwrap(), 120, 40);
    app.update(Action::Resize(120, 40));
    app
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(*a);
    }
}

fn city_name(app: &App) -> &str {
    &app.data.cities[app.city().unwrap()].name
}

fn title(app: &App) -> &str {
    &app.data.item(app.current().unwrap()).unwrap().title
}

fn down(n: usize) -> Vec<Action> {
    vec![Action::Move(Move::Down); n]
}

#[test]
fn starts_on_the_first_city_with_focus_on_steden() {
    let app = app();
    assert_eq!(app.focus, Focus::Cities);
    assert_eq!(city_name(&app), "Aalst");
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
}

#[test]
fn walk_to_gent_lokaal_woonoverleg() {
    let mut app = app();
    run(&mut app, &down(4));
    assert_eq!(city_name(&app), "Gent");
    run(&mut app, &[Action::Right]);
    assert_eq!(app.focus, Focus::Sections);
    run(&mut app, &down(3));
    assert_eq!(title(&app), "Lokaal woonoverleg");
    run(&mut app, &[Action::Right]);
    assert_eq!(
        app.focus,
        Focus::Text,
        "a leaf opens nothing, so → moves right"
    );
}

#[test]
fn moves_stop_at_the_ends_and_jump() {
    let mut app = app();
    run(&mut app, &[Action::Move(Move::Up)]);
    assert_eq!(city_name(&app), "Aalst");
    run(&mut app, &[Action::Move(Move::Bottom)]);
    assert_eq!(city_name(&app), "Turnhout");
    run(&mut app, &down(3));
    assert_eq!(city_name(&app), "Turnhout");
    run(&mut app, &[Action::Move(Move::Top)]);
    assert_eq!(city_name(&app), "Aalst");
    run(&mut app, &[Action::Move(Move::PageDown)]);
    assert_eq!(
        city_name(&app),
        "Turnhout",
        "a page of 37 rows passes all 13 cities"
    );
}

#[test]
fn closing_a_node_hides_its_children_and_keeps_the_selection_visible() {
    let mut app = app();
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    run(&mut app, &down(4)); // Lokale woonraad, under B. OVERLEG
    assert_eq!(title(&app), "Lokale woonraad");
    let city = app.city().unwrap();
    let rows = |app: &App| app.tree_rows(city).len();
    assert_eq!(rows(&app), 7);
    run(
        &mut app,
        &[Action::Move(Move::Up), Action::Move(Move::Up), Action::Left],
    ); // on B. OVERLEG: close
    assert_eq!(title(&app), "B. OVERLEG");
    assert_eq!(rows(&app), 4);
    run(&mut app, &[Action::Right]);
    assert_eq!(rows(&app), 7);
    run(&mut app, &[Action::Toggle]);
    assert_eq!(rows(&app), 4);
    run(&mut app, &[Action::Toggle]);
    assert_eq!(rows(&app), 7);
    // Close all from deep inside: the selection climbs to the visible ancestor.
    run(&mut app, &down(2));
    assert_eq!(title(&app), "Lokale woonraad");
    run(&mut app, &[Action::CloseAll]);
    assert_eq!(rows(&app), 1);
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
    run(&mut app, &[Action::OpenAll]);
    assert_eq!(rows(&app), 7);
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
}

#[test]
fn left_on_a_leaf_or_closed_node_goes_to_the_left_pane() {
    let mut app = app();
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    run(&mut app, &down(3));
    run(&mut app, &[Action::Left]);
    assert_eq!(app.focus, Focus::Cities);
    run(&mut app, &[Action::Left]);
    assert_eq!(app.focus, Focus::Cities);
}

#[test]
fn pane_switching_cycles() {
    let mut app = app();
    run(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Focus::Sections);
    run(&mut app, &[Action::FocusNext, Action::FocusNext]);
    assert_eq!(app.focus, Focus::Cities);
    run(&mut app, &[Action::FocusPrev]);
    assert_eq!(app.focus, Focus::Text);
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    assert_eq!(app.focus, Focus::Sections);
}

#[test]
fn text_scrolls_within_its_length_and_resets_on_a_new_item() {
    let mut app = app();
    app.update(Action::Resize(120, 16));
    run(&mut app, &down(4)); // Gent
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    run(&mut app, &down(1)); // A. INTERNE ORGANISATIE: a long text
    let (total, height) = app.text_metrics();
    assert!(total > height, "{total} rows, {height} on screen");
    run(&mut app, &[Action::ScrollText(3)]);
    assert_eq!(app.text.scroll, 3);
    run(&mut app, &vec![Action::ScrollText(1); 500]);
    assert_eq!(app.text.scroll, total - height);
    run(
        &mut app,
        &[Action::FocusPane(Focus::Text), Action::Move(Move::Top)],
    );
    assert_eq!(app.text.scroll, 0);
    run(&mut app, &[Action::Move(Move::PageDown)]);
    assert_eq!(app.text.scroll, height.min(total - height));
    run(
        &mut app,
        &[Action::FocusPane(Focus::Sections), Action::Move(Move::Down)],
    );
    assert_eq!(app.text.scroll, 0, "another item starts at its top");
}

#[test]
fn selection_is_remembered_per_city() {
    let mut app = app();
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    run(&mut app, &down(5));
    let aalst_item = app.current().unwrap();
    run(
        &mut app,
        &[Action::FocusPane(Focus::Cities), Action::Move(Move::Down)],
    );
    assert_eq!(app.current().unwrap().item, 0);
    run(&mut app, &[Action::Move(Move::Up)]);
    assert_eq!(app.current(), Some(aalst_item));
}

#[test]
fn selection_survives_a_resize_to_narrow_and_back() {
    let mut app = app();
    run(&mut app, &down(4));
    run(&mut app, &[Action::FocusPane(Focus::Sections)]);
    run(&mut app, &down(3));
    let before = app.current();
    run(
        &mut app,
        &[
            Action::Resize(60, 20),
            Action::Resize(30, 8),
            Action::Resize(1, 1),
            Action::Resize(120, 40),
        ],
    );
    assert_eq!(app.current(), before);
    assert_eq!(app.focus, Focus::Sections);
}

#[test]
fn narrow_layout_shows_the_focused_pane_and_the_text() {
    let mut app = app();
    app.update(Action::Resize(70, 24));
    let panes = app.panes().unwrap();
    assert!(panes.cities.is_some() && panes.sections.is_none() && panes.text.is_some());
    run(&mut app, &[Action::FocusNext]);
    let panes = app.panes().unwrap();
    assert!(panes.cities.is_none() && panes.sections.is_some());
    app.update(Action::Resize(10, 3));
    assert!(app.panes().is_none());
}

#[test]
fn help_opens_and_closes() {
    let mut app = app();
    assert!(app.update(Action::ToggleHelp));
    assert!(app.help);
    assert!(app.update(Action::CloseHelp));
    assert!(!app.help);
}

#[test]
fn update_reports_whether_anything_changed() {
    let mut app = app();
    assert!(!app.update(Action::Move(Move::Up)), "already at the top");
    assert!(app.update(Action::Move(Move::Down)));
    assert!(!app.update(Action::Resize(120, 40)));
    assert!(app.update(Action::Quit));
}

#[test]
fn mouse_click_selects_and_wheel_moves() {
    let mut app = app();
    let cities = app.panes().unwrap().cities.unwrap();
    app.update(Action::Click {
        column: cities.x + 3,
        row: cities.y + 1 + 4,
    });
    assert_eq!(city_name(&app), "Gent");
    let sections = app.panes().unwrap().sections.unwrap();
    app.update(Action::Click {
        column: sections.x + 5,
        row: sections.y + 1 + 3,
    });
    assert_eq!(app.focus, Focus::Sections);
    assert_eq!(app.current(), Some(ItemId { city: 4, item: 3 }));
    app.update(Action::Wheel {
        column: cities.x + 2,
        row: cities.y + 2,
        down: true,
    });
    assert_eq!(city_name(&app), "Leuven", "the wheel moves three rows");
}

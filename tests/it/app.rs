//! The browser's behaviour without a terminal: actions in, state out. Items are reached
//! by name (`common::select`), never by counting rows. Its edges (too small, empty, a
//! file changed under it) are `app_edges.rs`.

use crate::common;

use common::{Data, app, app_on, city_name, down, id, run, select, title};
use woonbeleid::app::{Action, Focus, Mode, Move};

#[test]
fn starts_on_the_first_city_on_an_item_with_text() {
    let app = app(120, 40);
    assert_eq!(app.focus(), Focus::Groups);
    assert_eq!(city_name(&app), "Aalst");
    // Not the empty chapter line every city starts with.
    assert_eq!(title(&app), "Lokaal woonoverleg");
    assert!(!app.screen().text().contains("(geen beschrijving)"));
}

#[test]
fn changing_city_keeps_the_section_aliases_applied() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "Lokale woonraad");
    run(
        &mut app,
        &[Action::FocusPane(Focus::Groups), Action::Move(Move::Down)],
    );
    assert_eq!(
        (city_name(&app).as_str(), title(&app).as_str()),
        ("Antwerpen", "Lokale woonraad")
    );
    // Gent calls it Stedelijke Woonraad: the alias makes it the same section.
    select(&mut app, "Genk", "Lokaal woonoverleg");
    select(&mut app, "Aalst", "Lokale woonraad");
    let gent = id(&app, "Gent", "Lokaal woonoverleg").city;
    while app.current().unwrap().city != gent {
        run(&mut app, &down(1));
    }
    assert_eq!(title(&app), "Stedelijke Woonraad");
    // Genk has no woonraad: it lands on what it showed last, then the section goes on.
    run(&mut app, &[Action::Move(Move::Up)]);
    assert_eq!(
        (city_name(&app).as_str(), title(&app).as_str()),
        ("Genk", "Lokaal woonoverleg")
    );
}

#[test]
fn a_city_without_the_section_falls_back_to_its_first_text() {
    let data = Data::new()
        .city(
            "A",
            &[
                ("1. H", ""),
                ("B. OVERLEG", ""),
                ("Woonraad", "a"),
                ("Ander", "x"),
            ],
        )
        .city(
            "B",
            &[("1. H", ""), ("Alleen hier", ""), ("Met tekst", "y")],
        )
        .build();
    let mut app = app_on(data, 120, 40);
    select(&mut app, "A", "Woonraad");
    run(&mut app, &down(1));
    assert_eq!(
        (city_name(&app).as_str(), title(&app).as_str()),
        ("B", "Met tekst")
    );
    run(&mut app, &[Action::Move(Move::Up)]);
    assert_eq!(title(&app), "Woonraad", "back in A, the section it had");
}

#[test]
fn moves_stop_at_the_ends_and_jump() {
    let mut app = app(120, 40);
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
        "a page of 36 rows passes all 13 cities"
    );
    run(&mut app, &[Action::Move(Move::HalfUp)]);
    assert_eq!(city_name(&app), "Aalst");
}

#[test]
fn nodes_close_and_open_and_left_climbs_to_the_parent_first() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "Lokale woonraad");
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(app.member_items().len(), 7);
    run(&mut app, &[Action::Left]);
    assert_eq!(title(&app), "B. OVERLEG", "a leaf goes to its parent");
    assert_eq!(app.focus(), Focus::Members);
    run(&mut app, &[Action::Left]);
    assert_eq!(app.member_items().len(), 4, "then the parent closes");
    run(&mut app, &[Action::Right]);
    assert_eq!(app.member_items().len(), 7);
    run(&mut app, &[Action::Toggle]);
    assert_eq!(app.member_items().len(), 4);
    run(&mut app, &[Action::Toggle, Action::Left, Action::Left]);
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
    run(&mut app, &[Action::Left]);
    assert_eq!(app.member_items().len(), 1, "the chapter closed");
    run(&mut app, &[Action::Left]);
    assert_eq!(
        app.focus(),
        Focus::Groups,
        "a root that is closed leaves the pane"
    );
}

#[test]
fn closing_all_from_deep_inside_keeps_the_selection_visible() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Stedelijke Woonraad");
    run(
        &mut app,
        &[Action::FocusPane(Focus::Members), Action::CloseAll],
    );
    assert_eq!(app.member_items().len(), 1);
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
    run(&mut app, &[Action::OpenAll]);
    assert_eq!(app.member_items().len(), 7);
}

#[test]
fn pane_switching_cycles() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus(), Focus::Members);
    run(&mut app, &[Action::FocusNext, Action::FocusNext]);
    assert_eq!(app.focus(), Focus::Groups);
    run(&mut app, &[Action::FocusPrev]);
    assert_eq!(app.focus(), Focus::Text);
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(app.focus(), Focus::Members);
    assert_eq!(app.mode(), Mode::Outline);
    run(&mut app, &[Action::Regroup]);
    assert_eq!(
        app.mode(),
        Mode::SectionCities,
        "per sectie the second pane is a flat list"
    );
}

#[test]
fn text_scrolls_within_its_length_and_resets_on_a_new_item() {
    let mut app = app(120, 16);
    select(
        &mut app,
        "Gent",
        "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    );
    let (_, total, height) = app.text_scroll();
    assert!(total > height, "{total} rows, {height} on screen");
    run(&mut app, &[Action::ScrollText(3)]);
    assert_eq!(app.text_scroll().0, 3);
    run(&mut app, &vec![Action::ScrollText(1); 500]);
    assert_eq!(app.text_scroll().0, total - height);
    run(
        &mut app,
        &[Action::FocusPane(Focus::Text), Action::Move(Move::Top)],
    );
    assert_eq!(app.text_scroll().0, 0);
    run(&mut app, &[Action::Move(Move::PageDown)]);
    assert_eq!(app.text_scroll().0, height.min(total - height));
    run(
        &mut app,
        &[Action::FocusPane(Focus::Members), Action::Move(Move::Down)],
    );
    assert_eq!(app.text_scroll().0, 0, "another item starts at its top");
}

#[test]
fn selection_survives_a_resize_to_narrow_and_back() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    let before = app.current();
    for (w, h) in [(60, 20), (30, 8), (1, 1), (120, 40)] {
        run(&mut app, &[Action::Resize(w, h)]);
    }
    assert_eq!(app.current(), before);
    assert_eq!(app.focus(), Focus::Members);
}

#[test]
fn help_opens_scrolls_and_closes_with_q() {
    let mut app = app(100, 18);
    assert!(app.update(Action::ToggleHelp));
    assert!(app.help_open());
    assert_eq!(app.mode(), Mode::Help);
    let first = app.screen().overlay.clone().unwrap();
    assert!(
        first.footer.is_some(),
        "18 rows cannot hold every key: it says where it is"
    );
    assert!(app.update(Action::Move(Move::Down)));
    assert!(app.update(Action::Move(Move::Bottom)));
    let last = app.screen().overlay.clone().unwrap();
    assert_ne!(first.lines, last.lines);
    assert!(
        last.lines.iter().any(|l| l.text().contains("stoppen")),
        "the end shows the last keys"
    );
    assert!(
        !app.update(Action::Move(Move::Down)),
        "nothing past the end"
    );
    assert!(app.update(Action::Move(Move::Top)));
    assert!(app.update(Action::Move(Move::PageDown)));
    assert!(app.update(Action::CloseHelp));
    assert!(!app.help_open());
}

#[test]
fn help_follows_the_mode() {
    let mut app = app(200, 60);
    run(
        &mut app,
        &[Action::FocusPane(Focus::Members), Action::ToggleHelp],
    );
    let outline = app.screen().text();
    assert!(outline.contains("knoop dichtklappen"), "{outline}");
    run(
        &mut app,
        &[Action::CloseHelp, Action::Regroup, Action::ToggleHelp],
    );
    let flat = app.screen().text();
    assert!(
        !flat.contains("knoop dichtklappen") && !flat.contains("alle knopen"),
        "{flat}"
    );
}

#[test]
fn update_reports_whether_anything_changed() {
    let mut app = app(120, 40);
    assert!(!app.update(Action::Move(Move::Up)), "already at the top");
    assert!(app.update(Action::Move(Move::Down)));
    assert!(!app.update(Action::Resize(120, 40)));
    assert!(app.update(Action::Resize(121, 40)));
    assert!(app.update(Action::Quit));
}

#[test]
fn mouse_clicks_select_and_the_wheel_moves() {
    let mut app = app(120, 40);
    let screen = app.screen().clone();
    let woonbeleid::app::screen::Body::Browse {
        groups: Some(groups),
        members: Some(members),
        ..
    } = &screen.body
    else {
        panic!("three panes at 120×40")
    };
    let gent_row = groups
        .lines
        .iter()
        .position(|l| l.text().contains("Gent"))
        .unwrap() as u16;
    run(
        &mut app,
        &[Action::Click {
            column: groups.rect.x + 3,
            row: groups.rect.y + 1 + gent_row,
        }],
    );
    assert_eq!(city_name(&app), "Gent");
    let row = members
        .lines
        .iter()
        .position(|l| l.text().contains("B. OVERLEG"))
        .unwrap() as u16;
    run(
        &mut app,
        &[Action::Click {
            column: members.rect.x + 12,
            row: members.rect.y + 1 + row,
        }],
    );
    assert_eq!(app.focus(), Focus::Members);
    assert_eq!(title(&app), "B. OVERLEG");
    // A click on the fold marker closes the node.
    let before = app.member_items().len();
    run(
        &mut app,
        &[Action::Click {
            column: members.rect.x + 1 + 1 + 2,
            row: members.rect.y + 1 + row,
        }],
    );
    assert!(app.member_items().len() < before, "the ▾ closes");
    run(
        &mut app,
        &[Action::Wheel {
            column: groups.rect.x + 2,
            row: groups.rect.y + 2,
            way: woonbeleid::app::Wheel::Down,
        }],
    );
    assert_eq!(city_name(&app), "Leuven", "the wheel moves three rows");
}

//! Comparing cities: regrouping per sectie, the coverage grid, marking, side by side, and
//! what `y` and `e` hand to the loop.

use crate::common;

use common::{app, city_name, finish_searches, id, run, select, title};
use woonbeleid::app::{Action, App, Effect, Focus, Grouping, Move, Page, Wheel};
use woonbeleid::sections::Coverage;

fn section_title(app: &App) -> String {
    let s = app.selected_group().unwrap();
    app.sections().get(s).unwrap().title.clone()
}

/// The one effect an action asks for.
fn one(app: &mut App, action: Action) -> Effect {
    let mut all = run(app, &[action]);
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

#[test]
fn regrouping_by_section_keeps_the_selected_item_both_ways() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Stedelijke Woonraad");
    let gent_raad = app.current().unwrap();
    run(&mut app, &[Action::Regroup]);
    assert_eq!(app.grouping(), Grouping::BySection);
    assert_eq!(app.current(), Some(gent_raad));
    assert_eq!(
        section_title(&app),
        "Lokale woonraad",
        "the alias groups Gent's Stedelijke Woonraad"
    );
    run(
        &mut app,
        &[Action::FocusPane(Focus::Members), Action::Move(Move::Up)],
    );
    let other = app.current().unwrap();
    assert_ne!(other.city, gent_raad.city);
    run(&mut app, &[Action::Regroup]);
    assert_eq!(app.grouping(), Grouping::ByCity);
    assert_eq!(app.current(), Some(other));
}

#[test]
fn changing_section_keeps_the_city() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::Regroup]);
    let gent = app.current().unwrap().city;
    let mut passed_without = false;
    for _ in 0..app.group_rows().len() {
        run(&mut app, &[Action::Move(Move::Down)]);
        let section = app.sections().get(app.selected_group().unwrap()).unwrap();
        if section.in_city(gent).is_empty() {
            passed_without = true;
        } else {
            assert_eq!(city_name(&app), "Gent", "{}: stays in Gent", section.title);
        }
    }
    assert!(
        passed_without,
        "some sections lack Gent, and Gent comes back after them"
    );
}

#[test]
fn sections_list_in_chapter_order_with_city_counts() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::Regroup]);
    let sections = app.sections();
    let titles: Vec<&str> = app
        .group_rows()
        .iter()
        .map(|s| sections.get(*s).unwrap().title.as_str())
        .collect();
    assert_eq!(
        titles[..4],
        [
            "1. LOKAAL WOONBELEID COÖRDINEREN",
            "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
            "B. OVERLEG",
            "Lokaal woonoverleg"
        ]
    );
    let count = |t: &str| {
        sections
            .get(sections.find(t).unwrap())
            .unwrap()
            .city_count()
    };
    assert_eq!(count("Lokaal woonoverleg"), 13);
    assert_eq!(
        count("Lokale woonraad"),
        11,
        "Gent's Stedelijke Woonraad counts; Genk and Roeselare have none"
    );
    assert!(!titles.contains(&"Stedelijke Woonraad"));
    let c = titles.iter().position(|t| t.starts_with("C. ")).unwrap();
    let b = titles.iter().position(|t| *t == "B. OVERLEG").unwrap();
    assert!(b < c);
    assert!(
        app.screen().text().contains("tekens"),
        "the per-sectie numbers say what they count"
    );
}

#[test]
fn the_grid_shows_gaps_opens_a_cell_and_says_when_one_is_missing() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::ToggleGrid]);
    assert_eq!(app.page(), Page::Grid);
    let s = app.sections();
    let raad = s.find("Lokale woonraad").unwrap();
    let city = |n: &str| {
        (0..app.catalog().city_count())
            .find(|c| app.catalog().city_name(*c) == n)
            .unwrap()
    };
    let (no_raad, gent) = (city("Genk"), city("Gent"));
    assert_eq!(
        s.get(raad).unwrap().cell(app.catalog(), no_raad).coverage,
        Coverage::Missing
    );
    assert_eq!(
        s.get(raad).unwrap().cell(app.catalog(), gent).coverage,
        Coverage::Long
    );
    while app.grid_cursor().0 != gent {
        run(&mut app, &[Action::Move(Move::Down)]);
    }
    while app.grid_cursor().1 != raad {
        assert!(
            app.update(Action::Right),
            "the cursor must reach the column"
        );
    }
    assert!(
        app.screen().text().contains("Gent × Lokale woonraad"),
        "the cursor's full title is shown"
    );
    run(&mut app, &[Action::Toggle]);
    assert_eq!((app.page(), app.focus()), (Page::Browse, Focus::Text));
    assert_eq!(title(&app), "Stedelijke Woonraad");
    run(
        &mut app,
        &[Action::ToggleGrid, Action::Move(Move::Up), Action::Toggle],
    );
    assert_eq!(app.page(), Page::Grid);
    assert!(
        app.message().unwrap().contains("Genk heeft geen"),
        "{:?}",
        app.message()
    );
    run(&mut app, &[Action::Back]);
    assert_eq!(app.page(), Page::Browse);
}

#[test]
fn the_grid_answers_clicks_and_the_wheel() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::ToggleGrid]);
    let woonbeleid::app::screen::Body::Grid(pane) = app.screen().body.clone() else {
        panic!("the grid")
    };
    let gent_row = pane
        .lines
        .iter()
        .position(|l| l.text().starts_with("Gent "))
        .unwrap() as u16;
    run(
        &mut app,
        &[Action::Click {
            column: pane.rect.x + 1 + 16 + 14,
            row: pane.rect.y + 1 + gent_row,
        }],
    );
    let (city, section) = app.grid_cursor();
    assert_eq!(app.catalog().city_name(city), "Gent");
    assert_eq!(
        section,
        app.sections()
            .find("A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID")
            .unwrap()
    );
    run(
        &mut app,
        &[Action::Wheel {
            column: 5,
            row: 5,
            way: Wheel::Down,
        }],
    );
    assert_eq!(app.catalog().city_name(app.grid_cursor().0), "Hasselt");
}

fn compare_aalst_and_gent(app: &mut App) {
    select(app, "Aalst", "Lokaal woonoverleg");
    run(app, &[Action::Mark]);
    select(app, "Gent", "Lokaal woonoverleg");
    run(app, &[Action::Mark, Action::Compare]);
}

#[test]
fn marking_comparing_scrolling_together() {
    let mut app = app(120, 16);
    run(&mut app, &[Action::Compare]);
    assert_eq!(
        app.page(),
        Page::Browse,
        "nothing marked, nothing to compare"
    );
    assert!(app.message().unwrap().contains("minstens twee"));
    compare_aalst_and_gent(&mut app);
    assert_eq!(app.page(), Page::Compare);
    let first = app.screen().text();
    run(&mut app, &[Action::Move(Move::PageDown)]);
    assert_ne!(app.screen().text(), first, "both texts scroll together");
    run(
        &mut app,
        &[Action::Wheel {
            column: 10,
            row: 10,
            way: Wheel::Up,
        }; 4],
    );
    assert_eq!(app.screen().text(), first, "the wheel scrolls back");
    run(&mut app, &[Action::Compare]);
    assert_eq!(app.page(), Page::Browse);
    run(&mut app, &[Action::Mark]);
    assert_eq!(app.marks().len(), 1);
    run(&mut app, &[Action::Back]);
    assert!(app.marks().is_empty(), "Esc clears the marks");
    assert!(app.message().unwrap().contains("gewist"));
}

#[test]
fn the_comparison_has_a_rule_aligned_headings_and_a_placeholder_that_scrolls() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "B. OVERLEG");
    run(&mut app, &[Action::Mark]);
    select(
        &mut app,
        "Gent",
        "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    );
    run(&mut app, &[Action::Mark, Action::Compare]);
    let woonbeleid::app::screen::Body::Compare(pane) = app.screen().body.clone() else {
        panic!("compare")
    };
    assert!(
        pane.lines.iter().all(|l| l.text().contains('│')),
        "a rule between the columns"
    );
    let row = pane
        .lines
        .iter()
        .find(|l| l.text().contains("(geen beschrijving)"))
        .unwrap()
        .text();
    let right = row.split('│').nth(1).unwrap().trim();
    assert!(
        right.len() > 20,
        "Gent's text starts on the placeholder's row: {row}"
    );
    run(&mut app, &[Action::Move(Move::Down)]);
    assert!(
        !app.screen().text().contains("(geen beschrijving)"),
        "the placeholder scrolls with the text"
    );
}

#[test]
fn copy_and_export_become_effects_for_the_loop() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    let Effect::Copy(text) = one(&mut app, Action::Copy) else {
        panic!()
    };
    assert!(
        text.starts_with(
            "Lokaal woonoverleg\nGent › B. OVERLEG › Lokaal woonoverleg\n\nAls regisseur"
        ),
        "{text}"
    );
    let Effect::WriteMarkdown { stem, contents } = one(&mut app, Action::Export) else {
        panic!()
    };
    assert_eq!(
        stem, "Gent Lokaal woonoverleg",
        "the file name tells the city"
    );
    assert!(
        contents.contains(
            "## Gent › 1. LOKAAL WOONBELEID COÖRDINEREN › B. OVERLEG › Lokaal woonoverleg"
        )
    );
    let text = app.catalog().text(app.current().unwrap());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(contents.contains(line), "{line:?} missing");
    }
    assert!(finish_searches(&mut app).is_empty());
}

#[test]
fn y_in_the_comparison_copies_the_texts_side_by_side() {
    let mut app = app(120, 40);
    compare_aalst_and_gent(&mut app);
    let Effect::Copy(text) = one(&mut app, Action::Copy) else {
        panic!()
    };
    assert!(
        text.starts_with("| Aalst › Lokaal woonoverleg | Gent › Lokaal woonoverleg |"),
        "{text}"
    );
    let Effect::WriteMarkdown { stem, .. } = one(&mut app, Action::Export) else {
        panic!()
    };
    assert_eq!(stem, "Lokaal woonoverleg");
}

#[test]
fn a_copy_too_large_for_a_terminal_is_refused_with_a_reason() {
    let huge = "x".repeat(woonbeleid::app::COPY_LIMIT);
    let data = common::Data::new()
        .city("A", &[("Groot", huge.as_str())])
        .build();
    let mut app = common::app_on(data, 120, 40);
    assert!(run(&mut app, &[Action::Copy]).is_empty());
    assert!(
        app.message().unwrap().contains("te groot"),
        "{:?}",
        app.message()
    );
    let _ = id(&app, "A", "Groot");
}

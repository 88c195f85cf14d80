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
    assert_eq!(app.focus, Focus::Groups);
    assert_eq!(city_name(&app), "Aalst");
    assert_eq!(title(&app), "1. LOKAAL WOONBELEID COÖRDINEREN");
}

#[test]
fn walk_to_gent_lokaal_woonoverleg() {
    let mut app = app();
    run(&mut app, &down(4));
    assert_eq!(city_name(&app), "Gent");
    run(&mut app, &[Action::Right]);
    assert_eq!(app.focus, Focus::Members);
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
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
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
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    run(&mut app, &down(3));
    run(&mut app, &[Action::Left]);
    assert_eq!(app.focus, Focus::Groups);
    run(&mut app, &[Action::Left]);
    assert_eq!(app.focus, Focus::Groups);
}

#[test]
fn pane_switching_cycles() {
    let mut app = app();
    run(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Focus::Members);
    run(&mut app, &[Action::FocusNext, Action::FocusNext]);
    assert_eq!(app.focus, Focus::Groups);
    run(&mut app, &[Action::FocusPrev]);
    assert_eq!(app.focus, Focus::Text);
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(app.focus, Focus::Members);
}

#[test]
fn text_scrolls_within_its_length_and_resets_on_a_new_item() {
    let mut app = app();
    app.update(Action::Resize(120, 16));
    run(&mut app, &down(4)); // Gent
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
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
        &[Action::FocusPane(Focus::Members), Action::Move(Move::Down)],
    );
    assert_eq!(app.text.scroll, 0, "another item starts at its top");
}

#[test]
fn selection_is_remembered_per_city() {
    let mut app = app();
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    run(&mut app, &down(5));
    let aalst_item = app.current().unwrap();
    run(
        &mut app,
        &[Action::FocusPane(Focus::Groups), Action::Move(Move::Down)],
    );
    assert_eq!(app.current().unwrap().item, 0);
    run(&mut app, &[Action::Move(Move::Up)]);
    assert_eq!(app.current(), Some(aalst_item));
}

#[test]
fn selection_survives_a_resize_to_narrow_and_back() {
    let mut app = app();
    run(&mut app, &down(4));
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
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
    assert_eq!(app.focus, Focus::Members);
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
    assert_eq!(app.focus, Focus::Members);
    assert_eq!(app.current(), Some(ItemId { city: 4, item: 3 }));
    app.update(Action::Wheel {
        column: cities.x + 2,
        row: cities.y + 2,
        down: true,
    });
    assert_eq!(city_name(&app), "Leuven", "the wheel moves three rows");
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(woonbeleid::app::Edit::Char(c)));
    }
}

fn visible_city_names(app: &App) -> Vec<String> {
    app.visible_cities()
        .into_iter()
        .map(|c| app.data.cities[c].name.clone())
        .collect()
}

#[test]
fn the_title_filter_narrows_live_and_esc_clears_it() {
    let mut app = app();
    app.update(Action::StartFilter);
    type_text(&mut app, "woonraad");
    let cities = visible_city_names(&app);
    assert_eq!(cities.len(), 11, "{cities:?}");
    assert!(!cities.contains(&"Genk".to_owned()) && !cities.contains(&"Roeselare".to_owned()));
    let n = app.narrowing.as_ref().unwrap();
    assert_eq!((n.items, n.cities), (11, 11));
    // The tree keeps the parents of a match, dimmed.
    let rows = app.tree_rows(app.city().unwrap());
    let shown: Vec<(&str, bool)> = rows
        .iter()
        .map(|r| {
            (
                app.data.cities[app.city().unwrap()].items[r.item]
                    .title
                    .as_str(),
                r.context_only,
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("1. LOKAAL WOONBELEID COÖRDINEREN", true),
            ("B. OVERLEG", true),
            ("Lokale woonraad", false)
        ]
    );
    app.update(Action::Clear);
    assert_eq!(visible_city_names(&app).len(), 13);
    assert!(app.narrowing.is_none() && !app.typing());
}

#[test]
fn the_filter_ignores_accents_both_ways_and_keeps_the_selection() {
    let mut app = app();
    run(&mut app, &down(4)); // Gent
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    run(&mut app, &down(4)); // Stedelijke Woonraad
    let before = app.current();
    app.update(Action::StartFilter);
    type_text(&mut app, "raad");
    assert_eq!(app.current(), before, "still matches, so still selected");
    app.update(Action::InputAccept);
    assert!(!app.typing());
    assert!(app.narrowing.is_some(), "Enter keeps the filter");
    app.update(Action::Clear);
    app.update(Action::StartFilter);
    type_text(&mut app, "coordineren gent");
    let n = app.narrowing.as_ref().unwrap();
    assert_eq!(
        (n.items, n.cities),
        (1, 1),
        "COÖRDINEREN is in the chapter title only; gent narrows to one city"
    );
}

#[test]
fn a_filter_that_matches_nothing_leaves_no_city_and_no_selection() {
    let mut app = app();
    app.update(Action::StartFilter);
    type_text(&mut app, "xyzzy");
    assert!(app.visible_cities().is_empty());
    assert_eq!(app.current(), None);
    app.update(Action::Input(woonbeleid::app::Edit::DeleteAll));
    assert_eq!(app.visible_cities().len(), 13);
}

#[test]
fn search_walks_its_hits_across_cities() {
    let mut app = app();
    app.update(Action::StartSearch);
    type_text(&mut app, "wonen@stad.gent");
    let hits = app.search.hits.len();
    assert!(hits >= 4, "{hits}");
    assert_eq!(visible_city_names(&app), ["Gent"]);
    app.update(Action::InputAccept);
    assert_eq!(app.search.current, Some(0), "Enter selects the first hit");
    let first = app.current().unwrap();
    assert!(
        app.data
            .item(first)
            .unwrap()
            .description
            .contains("wonen@stad.gent")
    );
    app.update(Action::Hit(true));
    assert_eq!(app.search.current, Some(1));
    app.update(Action::Hit(false));
    app.update(Action::Hit(false));
    assert_eq!(app.search.current, Some(hits - 1), "N wraps around");
    app.update(Action::Clear);
    assert!(!app.search.is_active() && app.narrowing.is_none());
}

#[test]
fn a_hit_deep_in_a_long_text_is_scrolled_into_view() {
    let mut app = app();
    app.update(Action::Resize(120, 20));
    app.update(Action::StartSearch);
    type_text(&mut app, "kotbazen die willen adverteren");
    app.update(Action::InputAccept);
    let (layout, height) = app.text_layout().unwrap();
    let id = app.current().unwrap();
    let description = &app.data.item(id).unwrap().description;
    let lines: Vec<&str> = description.split('\n').collect();
    let shown: String = layout.rows
        [app.text.scroll..(app.text.scroll + height).min(layout.rows.len())]
        .iter()
        .map(|r| &lines[r.line][r.range.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    assert!(app.text.scroll > 0);
    assert!(shown.contains("adverteren"), "{shown}");
}

#[test]
fn search_is_accent_and_case_blind() {
    let mut app = app();
    app.update(Action::StartSearch);
    type_text(&mut app, "EENMAAL PER JAAR");
    assert!(!app.search.hits.is_empty());
    let id = app.index.ids[app.search.hits[0].item as usize];
    assert!(
        app.data
            .item(id)
            .unwrap()
            .description
            .contains("Eénmaal per jaar")
    );
}

// --- Comparing cities ---------------------------------------------------------------

use woonbeleid::app::{Grouping, View};
use woonbeleid::compare::Coverage;

fn section_title(app: &App) -> &str {
    &app.sections_index.sections[app.section().unwrap()].title
}

#[test]
fn regrouping_by_section_keeps_the_selected_item_both_ways() {
    let mut app = app();
    run(&mut app, &down(4)); // Gent
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    run(&mut app, &down(4)); // Stedelijke Woonraad
    let gent_raad = app.current().unwrap();
    app.update(Action::Regroup);
    assert_eq!(app.grouping, Grouping::BySection);
    assert_eq!(app.current(), Some(gent_raad));
    assert_eq!(
        section_title(&app),
        "Lokale woonraad",
        "the alias groups Gent's Stedelijke Woonraad"
    );
    run(&mut app, &[Action::Move(Move::Up)]); // another city in the same section
    let other = app.current().unwrap();
    assert_ne!(other.city, gent_raad.city);
    app.update(Action::Regroup);
    assert_eq!(app.grouping, Grouping::ByCity);
    assert_eq!(app.current(), Some(other));
}

#[test]
fn sections_list_in_chapter_order_with_city_counts() {
    let mut app = app();
    app.update(Action::Regroup);
    let rows = app.group_rows();
    let sections = &app.sections_index.sections;
    let titles: Vec<&str> = rows.iter().map(|s| sections[*s].title.as_str()).collect();
    assert_eq!(
        titles[..4],
        [
            "1. LOKAAL WOONBELEID COÖRDINEREN",
            "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
            "B. OVERLEG",
            "Lokaal woonoverleg"
        ]
    );
    let woonoverleg = rows
        .iter()
        .find(|s| sections[**s].title == "Lokaal woonoverleg")
        .unwrap();
    assert_eq!(sections[*woonoverleg].city_count(), 13);
    let raad = rows
        .iter()
        .find(|s| sections[**s].title == "Lokale woonraad")
        .unwrap();
    assert_eq!(
        sections[*raad].city_count(),
        11,
        "Gent's Stedelijke Woonraad counts; Genk and Roeselare have none"
    );
    assert!(!titles.contains(&"Stedelijke Woonraad"));
    let c_index = titles.iter().position(|t| t.starts_with("C. ")).unwrap();
    let b_index = titles.iter().position(|t| *t == "B. OVERLEG").unwrap();
    assert!(b_index < c_index);
}

#[test]
fn the_grid_shows_gaps_and_opens_a_cell() {
    let mut app = app();
    app.update(Action::ToggleGrid);
    assert_eq!(app.view, View::Grid);
    let sections = &app.sections_index.sections;
    let raad = sections
        .iter()
        .position(|s| s.title == "Lokale woonraad")
        .unwrap();
    let no_raad_city = app
        .data
        .cities
        .iter()
        .position(|c| c.name == "Genk")
        .unwrap();
    let gent = app
        .data
        .cities
        .iter()
        .position(|c| c.name == "Gent")
        .unwrap();
    assert_eq!(app.cell(no_raad_city, raad).coverage, Coverage::Missing);
    assert_eq!(app.cell(gent, raad).coverage, Coverage::Long);
    let b = sections
        .iter()
        .position(|s| s.title == "B. OVERLEG")
        .unwrap();
    assert_eq!(app.cell(gent, b).coverage, Coverage::Empty);
    // Walk the cursor to Gent × Lokale woonraad and open it.
    run(&mut app, &down(4));
    while app.grid.section != raad {
        assert!(
            app.update(Action::Right),
            "the cursor must reach the column"
        );
    }
    assert_eq!(app.grid.city, gent);
    app.update(Action::Toggle);
    assert_eq!(app.view, View::Browse);
    assert_eq!(app.focus, Focus::Text);
    assert_eq!(title(&app), "Stedelijke Woonraad");
    // A missing cell says so and stays in the grid.
    app.update(Action::ToggleGrid);
    run(&mut app, &[Action::Move(Move::Up)]); // Genk
    app.update(Action::Toggle);
    assert_eq!(app.view, View::Grid);
    assert!(
        app.message.as_deref().unwrap().contains("Genk heeft geen"),
        "{:?}",
        app.message
    );
    app.update(Action::Clear);
    assert_eq!(app.view, View::Browse);
}

#[test]
fn marking_and_comparing() {
    let mut app = app();
    app.update(Action::Compare);
    assert_eq!(app.view, View::Browse, "nothing marked, nothing to compare");
    assert!(app.message.as_deref().unwrap().contains("minstens twee"));
    app.update(Action::Regroup);
    while section_title(&app) != "Lokaal woonoverleg" {
        app.update(Action::Move(Move::Down));
    }
    app.update(Action::FocusPane(Focus::Members));
    app.update(Action::Mark); // Aalst
    run(&mut app, &down(4));
    app.update(Action::Mark); // Gent
    assert_eq!(app.marked.len(), 2);
    app.update(Action::Compare);
    assert_eq!(app.view, View::Compare);
    app.update(Action::Resize(120, 16));
    app.update(Action::Move(Move::PageDown));
    assert!(app.compare_scroll > 0, "both texts scroll together");
    app.update(Action::Compare);
    assert_eq!(app.view, View::Browse);
    app.update(Action::Mark); // unmark Gent
    assert_eq!(app.marked.len(), 1);
}

#[test]
fn copy_and_export_become_effects_for_the_loop() {
    let mut app = app();
    run(&mut app, &down(4));
    app.update(Action::FocusPane(Focus::Members));
    run(&mut app, &down(3));
    app.update(Action::Copy);
    let effects = app.take_effects();
    let [woonbeleid::app::Effect::Copy(text)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(
        text.starts_with(
            "Lokaal woonoverleg\nGent › B. OVERLEG › Lokaal woonoverleg\n\nAls regisseur"
        ),
        "{text}"
    );
    app.update(Action::Export);
    let effects = app.take_effects();
    let [woonbeleid::app::Effect::Write { stem, contents }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(stem, "Lokaal woonoverleg");
    assert!(
        contents.contains(
            "## Gent › 1. LOKAAL WOONBELEID COÖRDINEREN › B. OVERLEG › Lokaal woonoverleg"
        ),
        "{contents}"
    );
    // Complete: every line of the text is in the file (Markdown keeps the words).
    let id = app.current().unwrap();
    for line in app
        .data
        .item(id)
        .unwrap()
        .description
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        assert!(contents.contains(line), "{line:?} missing from\n{contents}");
    }
    assert!(app.take_effects().is_empty());
}

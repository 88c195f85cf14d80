//! `r` in the browser: the texts of other cities related to the item shown, best first,
//! with the words they share; Enter reads one, Ctrl-o comes back; a large dataset's index
//! is built away from the keys.

use std::sync::Arc;

use crate::common::{self, app, city_name, run, select, title};
use woonbeleid::app::screen::Line;
use woonbeleid::app::{Action, App, Effect, Focus, Mode, Move};
use woonbeleid::catalog::Catalog;
use woonbeleid::synth::{Shape, dataset};

fn overlay_rows(app: &App) -> Vec<String> {
    app.screen()
        .overlay
        .as_ref()
        .map(|p| p.lines.iter().map(Line::text).collect())
        .unwrap_or_default()
}

#[test]
fn r_lists_other_cities_texts_enter_reads_one_and_ctrl_o_comes_back() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "Lokale woonraad");
    run(&mut app, &[Action::Related]);
    assert_eq!(app.mode(), Mode::Related);
    let rows = overlay_rows(&app);
    assert!(rows.len() >= 5, "{rows:#?}");
    assert!(
        rows.iter().all(|r| !r.contains("Aalst ›")),
        "own city left out: {rows:#?}"
    );
    let woonraad = rows
        .iter()
        .filter(|r| r.to_lowercase().contains("woonraad"))
        .count();
    assert!(
        woonraad >= 3,
        "other cities' woonraad among the first: {rows:#?}"
    );
    assert!(
        rows[0].contains(" · "),
        "the shared words are shown: {rows:#?}"
    );
    assert!(
        app.screen()
            .text()
            .contains("Verwant aan Aalst › Lokale woonraad")
    );
    run(&mut app, &[Action::Move(Move::Down), Action::Accept]);
    assert_ne!(app.mode(), Mode::Related);
    assert_ne!(city_name(&app), "Aalst");
    assert!(
        rows[1].contains(&format!("{} › {}", city_name(&app), title(&app))),
        "{rows:#?}"
    );
    assert_eq!(app.focus(), Focus::Text, "the text is read");
    run(&mut app, &[Action::JumpBack]);
    assert_eq!(
        (city_name(&app), title(&app)),
        ("Aalst".into(), "Lokale woonraad".into())
    );
    run(&mut app, &[Action::Related, Action::Back]);
    assert_ne!(app.mode(), Mode::Related, "Esc closes the list");
}

#[test]
fn an_empty_text_has_no_related_and_says_so() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "B. OVERLEG");
    run(&mut app, &[Action::Related]);
    assert!(
        app.screen().text().contains("Geen verwante teksten"),
        "{}",
        app.screen().text()
    );
}

#[test]
fn a_large_datasets_index_is_built_off_the_keys_and_the_list_opens_when_it_is_in() {
    let catalog = Arc::new(Catalog::new(dataset(Shape {
        items: 6_000,
        items_per_city: 30,
        description_len: 200,
        seed: 7,
    })));
    let mut app = App::new(Arc::clone(&catalog), 120, 40);
    app.update(Action::FocusPane(Focus::Members));
    app.update(Action::Move(Move::Down));
    app.update(Action::Related);
    let asked = app.take_effects();
    assert_eq!(asked, [Effect::BuildRelated], "not built on the key thread");
    assert_ne!(app.mode(), Mode::Related);
    assert!(app.message().unwrap().contains("gewogen"));
    app.update(Action::Related);
    assert!(app.take_effects().is_empty(), "asked once");
    app.update(Action::Move(Move::Down));
    let index = Arc::new(woonbeleid::related::RelatedIndex::build(&catalog));
    app.related_ready(index);
    assert_eq!(
        app.mode(),
        Mode::Related,
        "the list opens once the index is in"
    );
    let _ = common::finish_searches(&mut app);
}

//! Notes, bookmarks and the last position in the browser, without a terminal: what the app
//! shows and what it asks the loop to store.

use crate::common;

use common::{app, id, run, select, title, typed};
use woonbeleid::app::{Action, App, Edit, Effect, Find, Focus, Grouping, Move};
use woonbeleid::notes::{Notes, Place};

fn with_notes(pairs: &[(&str, &str, &str)], bookmarks: &[(&str, &str)]) -> App {
    let mut notes = Notes::default();
    for (city, title, text) in pairs {
        notes.set(Place::new(city, title), text);
    }
    for (city, title) in bookmarks {
        notes.bookmarks.insert(Place::new(city, title));
    }
    let mut app = app(120, 40);
    app.load_notes(Ok(notes));
    app
}

#[test]
fn a_note_shows_under_the_text_as_the_users_own_and_marks_the_item() {
    let mut app = with_notes(
        &[(
            "Gent",
            "Lokaal woonoverleg",
            "Vraag Gent hoe ze\nhet woonoverleg leiden",
        )],
        &[],
    );
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(
        &mut app,
        &[Action::FocusPane(Focus::Text), Action::Move(Move::Bottom)],
    );
    let screen = app.screen().text();
    assert!(
        screen.contains("✎ Jouw notitie") && screen.contains("het woonoverleg leiden"),
        "{screen}"
    );
    assert!(
        format!("{:?}", app.screen().body).contains("Note"),
        "in the note's own tone"
    );
    assert!(
        screen.contains("Lokaal woonoverleg ✎"),
        "the tree marks it: {screen}"
    );
    run(&mut app, &[Action::ToggleGrid]);
    assert!(app.screen().text().contains("● 754 ✎"), "so does the grid");
}

#[test]
fn the_filter_and_the_search_find_note_text() {
    let mut app = with_notes(
        &[("Genk", "Lokaal woonoverleg", "Huurdersbond uitnodigen")],
        &[],
    );
    typed(&mut app, Find::Filter, "uitnodigen");
    assert_eq!(
        app.narrowing().unwrap().items,
        1,
        "no title says it; the note does"
    );
    assert_eq!(title(&app), "Lokaal woonoverleg");
    run(&mut app, &[Action::Back]);
    typed(&mut app, Find::Search, "uitnodigen");
    run(&mut app, &[Action::Accept]);
    let n = app.narrowing().unwrap();
    assert_eq!((n.items, n.cities), (1, 1));
    assert_eq!(app.catalog().city_name(app.current().unwrap().city), "Genk");
}

#[test]
fn a_keystroke_is_shown_in_the_notes_before_the_search_of_the_texts_comes_back() {
    let mut app = with_notes(
        &[("Genk", "Lokaal woonoverleg", "Huurdersbond uitnodigen")],
        &[],
    );
    typed(&mut app, Find::Search, "uitnodigen");
    assert_eq!(app.narrowing().unwrap().items, 1, "the note holds it");
    // The texts' search for the longer text is not back yet (its job not run): the
    // texts' hits stay those of "uitnodigen" (none), the notes are searched at once.
    app.update(Action::Edit(Edit::Insert('x')));
    assert_eq!(
        app.narrowing().unwrap().items,
        0,
        "no note holds 'uitnodigenx'"
    );
    app.update(Action::Edit(Edit::DeleteBack));
    assert_eq!(app.narrowing().unwrap().items, 1);
}

#[test]
fn e_writes_the_note_with_the_text() {
    let mut app = with_notes(&[("Gent", "Lokaal woonoverleg", "mijn gedachte")], &[]);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    let effects = run(&mut app, &[Action::Export]);
    let [Effect::WriteMarkdown { contents, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(
        contents.contains("> **Notitie**\n>\n> mijn gedachte"),
        "{contents}"
    );
}

#[test]
fn notes_and_bookmarks_go_to_the_loop_to_be_stored() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    let effects = run(&mut app, &[Action::EditNote]);
    let [Effect::EditNote { place, text }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (place, text.as_str()),
        (&Place::new("Gent", "Lokaal woonoverleg"), "")
    );
    app.note_edited(place.clone(), String::new(), "nieuw".into());
    let effects = app.take_effects();
    let [Effect::SaveNote { text, base, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!((text.as_str(), base.as_str()), ("nieuw", ""));
    app.note_saved(&Place::new("Gent", "Lokaal woonoverleg"), "nieuw", "nieuw");
    assert_eq!(app.message(), Some("notitie bewaard"));
    app.note_edited(
        Place::new("Gent", "Lokaal woonoverleg"),
        "nieuw".into(),
        "nieuw\n".into(),
    );
    assert!(
        app.take_effects().is_empty(),
        "nothing changed, nothing to store"
    );
    let effects = run(&mut app, &[Action::ToggleBookmark]);
    let [Effect::SaveBookmark { place, on: true }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    app.bookmark_saved(place.clone(), true);
    assert!(
        app.screen().text().contains("Lokaal woonoverleg ✎ ★"),
        "{}",
        app.screen().text()
    );
    let effects = run(&mut app, &[Action::ToggleBookmark]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::SaveBookmark { on: false, .. }]
    ));
}

#[test]
fn a_conflict_is_said() {
    let mut app = app(120, 40);
    let place = Place::new("Gent", "Lokaal woonoverleg");
    app.note_saved(
        &place,
        "mijn tekst\n\n<<<<<<< ook elders gewijzigd (een ander venster of een script):\nhun tekst\n>>>>>>>",
        "mijn tekst",
    );
    assert!(
        app.message().unwrap().contains("beide versies"),
        "{:?}",
        app.message()
    );
}

#[test]
fn the_bookmarks_list_jumps_removes_and_keeps_orphans_in_sight() {
    let mut app = with_notes(
        &[("Zottegem", "Weg", "een notitie zonder item")],
        &[
            ("Gent", "Stedelijke Woonraad"),
            ("Aalst", "Lokale woonraad"),
            ("Ninove", "Verdwenen"),
        ],
    );
    run(&mut app, &[Action::Bookmarks]);
    let list = app.screen().overlay.clone().unwrap();
    let rows: Vec<String> = list
        .lines
        .iter()
        .map(|l| l.text().trim().to_owned())
        .collect();
    assert_eq!(
        rows[0], "★ Aalst › Lokale woonraad",
        "in the dataset's order: {rows:?}"
    );
    assert_eq!(rows[1], "★ Gent › Stedelijke Woonraad");
    assert!(
        rows[2].starts_with("★ Ninove › Verdwenen") && rows[2].contains("niet meer in de gegevens"),
        "{rows:?}"
    );
    assert!(
        rows[3].starts_with("✎ Zottegem › Weg"),
        "an orphan note is listed too: {rows:?}"
    );
    run(&mut app, &[Action::Move(Move::Down), Action::Accept]);
    assert_eq!(app.current(), Some(id(&app, "Gent", "Stedelijke Woonraad")));
    assert!(app.screen().overlay.is_none());
    run(&mut app, &[Action::Bookmarks]);
    let effects = run(&mut app, &[Action::ToggleBookmark]);
    assert!(
        matches!(effects.as_slice(), [Effect::SaveBookmark { on: false, place }] if place.city == "Aalst")
    );
    run(&mut app, &[Action::Back]);
    assert!(app.screen().overlay.is_none());
}

#[test]
fn an_orphan_note_in_the_bookmarks_list_is_not_removed_as_a_bookmark() {
    // Orphan both as a note and as a bookmark: two rows, each with its own sign.
    let mut app = with_notes(
        &[("Zottegem", "Weg", "een notitie zonder item")],
        &[("Zottegem", "Weg")],
    );
    run(&mut app, &[Action::Bookmarks]);
    let rows: Vec<String> = app
        .screen()
        .overlay
        .clone()
        .unwrap()
        .lines
        .iter()
        .map(|l| l.text().trim().to_owned())
        .collect();
    assert!(rows[0].starts_with("★ Zottegem › Weg"), "{rows:?}");
    assert!(rows[1].starts_with("✎ Zottegem › Weg"), "{rows:?}");
    // On the note's row, ' asks nothing of the loop and the row stays.
    let effects = run(
        &mut app,
        &[Action::Move(Move::Down), Action::ToggleBookmark],
    );
    assert!(effects.is_empty(), "{effects:?}");
    let after = app.screen().overlay.clone().unwrap();
    assert!(after.lines.iter().any(|l| l.text().contains("✎ Zottegem")));
    // On the bookmark's row it is removed.
    let effects = run(&mut app, &[Action::Move(Move::Up), Action::ToggleBookmark]);
    assert!(
        matches!(effects.as_slice(), [Effect::SaveBookmark { on: false, place }] if place.city == "Zottegem")
    );
}

#[test]
fn unreadable_notes_are_said_and_never_written() {
    let mut app = app(120, 40);
    app.load_notes(Err("notes.ron: line 3: kapot".into()));
    assert!(app.message().unwrap().contains("notities niet beschikbaar"));
    for action in [Action::EditNote, Action::ToggleBookmark] {
        let effects = run(&mut app, &[action]);
        assert!(effects.is_empty(), "{action:?}: {effects:?}");
        assert!(app.message().unwrap().contains("kapot"));
    }
}

#[test]
fn the_position_comes_back() {
    let mut before = app(120, 40);
    select(
        &mut before,
        "Gent",
        "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    );
    run(&mut before, &[Action::Mark]);
    select(&mut before, "Aalst", "Lokaal woonoverleg");
    run(
        &mut before,
        &[
            Action::Mark,
            Action::FocusPane(Focus::Members),
            Action::Move(Move::Up),
            Action::Left,
        ],
    );
    run(
        &mut before,
        &[
            Action::Regroup,
            Action::FocusPane(Focus::Text),
            Action::ScrollText(0),
        ],
    );
    select(
        &mut before,
        "Gent",
        "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    );
    run(
        &mut before,
        &[Action::Resize(120, 16), Action::ScrollText(4)],
    );
    let p = before.position();
    let mut after = app(120, 16);
    after.restore(&p);
    assert_eq!(after.current(), before.current());
    assert_eq!(after.grouping(), Grouping::BySection);
    assert_eq!(after.focus(), Focus::Text);
    assert_eq!(after.marks(), before.marks());
    assert_eq!(after.text_scroll().0, 4);
    assert_eq!(p.closed.len(), 1, "B. OVERLEG closed in Aalst");
    run(&mut after, &[Action::Regroup]);
    select(&mut after, "Aalst", "B. OVERLEG");
    run(&mut after, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(
        after.member_items().len(),
        4,
        "the closed node stays closed"
    );
}

#[test]
fn enter_on_an_orphan_says_the_item_is_gone_and_keeps_the_list_open() {
    let mut app = with_notes(
        &[("Zottegem", "Weg", "een notitie zonder item")],
        &[("Ninove", "Verdwenen")],
    );
    run(&mut app, &[Action::Bookmarks, Action::Accept]);
    assert!(app.screen().overlay.is_some(), "the list stays open");
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::ORPHAN_BOOKMARK_GONE.get())
    );
    assert!(
        app.screen()
            .text()
            .contains(woonbeleid::strings::ORPHAN_BOOKMARK_GONE.get()),
        "on the status line"
    );
    run(&mut app, &[Action::Move(Move::Down), Action::Accept]);
    assert!(app.screen().overlay.is_some());
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::ORPHAN_NOTE_GONE.get())
    );
}

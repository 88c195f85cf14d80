//! A search finds what is only in a note as it finds what is in a text: counted, walked
//! with `n`/`N` in screen order (an item's text, then its note), marked and brought into
//! view in the note under the text.

use crate::common;

use common::{app, city_name, run, title, typed};
use woonbeleid::app::screen::Tone;
use woonbeleid::app::screen::{Body, Line};
use woonbeleid::app::{Action, App, Direction, Find, Grouping, Move};
use woonbeleid::notes::{Notes, Place};

fn with_notes(pairs: &[(&str, &str, &str)], width: u16, height: u16) -> App {
    let mut notes = Notes::default();
    for (city, title, text) in pairs {
        notes.set(Place::new(city, title), text);
    }
    let mut app = app(width, height);
    app.load_notes(Ok(notes));
    app
}

fn text_rows(app: &App) -> Vec<Line> {
    let Body::Browse { text: Some(p), .. } = &app.screen().body else {
        panic!("no text pane")
    };
    p.lines.clone()
}

fn current_hit_text(app: &App) -> Option<String> {
    text_rows(app).iter().find_map(|l| {
        l.segs
            .iter()
            .find(|s| s.tone == Tone::CurrentHit)
            .map(|s| s.text.clone())
    })
}

/// Whether the current hit is drawn below the note's heading.
fn hit_in_note(app: &App) -> bool {
    let rows = text_rows(app);
    let Some(heading) = rows
        .iter()
        .position(|l| l.text().contains(woonbeleid::strings::NOTE_HEADING.get()))
    else {
        return false;
    };
    rows[heading..]
        .iter()
        .any(|l| l.segs.iter().any(|s| s.tone == Tone::CurrentHit))
}

fn search(app: &mut App, needle: &str) {
    typed(app, Find::Search, needle);
    run(app, &[Action::Accept]);
}

#[test]
fn a_text_only_in_a_note_is_counted_walked_and_marked() {
    let long_text_city = "Gent";
    let mut app = with_notes(
        &[(
            long_text_city,
            "Lokaal woonoverleg",
            "Eerste regel\n\nOpvolgen in mei met de Huurdersbond.",
        )],
        120,
        40,
    );
    search(&mut app, "opvolgen in mei");
    assert_eq!(app.hit_counter().1, 1, "the note's occurrence is a hit");
    assert_eq!(
        (city_name(&app), title(&app)),
        ("Gent".into(), "Lokaal woonoverleg".into()),
        "Enter went to it"
    );
    assert_eq!(
        current_hit_text(&app).as_deref(),
        Some("Opvolgen in mei"),
        "marked as the current hit, original case"
    );
    assert!(!app.message().unwrap_or_default().contains("geen treffers"));
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    assert_eq!(app.hit_counter(), (Some(1), 1));
}

/// How often `word` stands in the text of `city`'s item `title`, in any case.
fn occurrences(app: &App, city: &str, title: &str, word: &str) -> usize {
    let id = common::id(app, city, title);
    app.catalog().text(id).to_lowercase().matches(word).count()
}

/// Each hit of the search once, in the order `n` walks them: where it is, what is marked,
/// and whether it is in the note.
fn walk_every_hit(app: &mut App) -> Vec<(String, String, Option<String>, bool)> {
    let total = app.hit_counter().1;
    let mut walked = Vec::new();
    for _ in 0..total {
        run(app, &[Action::NextHit(Direction::Forward)]);
        walked.push((
            city_name(app),
            title(app),
            current_hit_text(app),
            hit_in_note(app),
        ));
    }
    walked
}

#[test]
fn hits_in_text_and_note_are_walked_text_first_in_both_groupings_and_the_note_is_scrolled_to() {
    // Gent's text on its woonoverleg is long; a short window puts its note off screen.
    let mut app = with_notes(
        &[
            (
                "Gent",
                "Lokaal woonoverleg",
                "Het woonoverleg bellen.\nNog eens het woonoverleg.",
            ),
            ("Aalst", "Lokale woonraad", "niets hierover"),
        ],
        120,
        16,
    );
    for grouping in [Grouping::ByCity, Grouping::BySection] {
        if app.grouping() != grouping {
            run(&mut app, &[Action::Regroup]);
        }
        search(&mut app, "woonoverleg");
        let walked = walk_every_hit(&mut app);
        let in_text = occurrences(&app, "Gent", "Lokaal woonoverleg", "woonoverleg");
        let gent: Vec<_> = walked
            .iter()
            .filter(|(c, t, _, _)| c == "Gent" && t == "Lokaal woonoverleg")
            .collect();
        assert_eq!(
            gent.len(),
            in_text + 2,
            "{grouping:?}: Gent's text hits and two in the note: {walked:#?}"
        );
        let notes: Vec<bool> = gent.iter().map(|(_, _, _, n)| *n).collect();
        let mut expected = vec![false; in_text];
        expected.extend([true, true]);
        assert_eq!(
            notes, expected,
            "{grouping:?}: the text's hits, then the note's, each on screen and marked"
        );
        for (_, _, marked, _) in &gent {
            assert!(
                marked
                    .as_deref()
                    .is_some_and(|m| m.eq_ignore_ascii_case("woonoverleg")),
                "{walked:#?}"
            );
        }
        let first = walked
            .iter()
            .position(|(c, t, _, _)| c == "Gent" && t == "Lokaal woonoverleg")
            .unwrap();
        assert!(
            walked[first..first + gent.len()]
                .iter()
                .all(|(c, t, _, _)| c == "Gent" && t == "Lokaal woonoverleg"),
            "{grouping:?}: an item's hits are walked together: {walked:#?}"
        );
        run(&mut app, &[Action::Back, Action::Move(Move::Top)]);
    }
}

#[test]
fn the_notes_hits_follow_an_edit_of_the_note() {
    let mut app = with_notes(&[("Genk", "Lokaal woonoverleg", "eerst niets")], 120, 40);
    search(&mut app, "zeldzaam woord");
    assert_eq!(app.hit_counter().1, 0);
    let mut notes = Notes::default();
    notes.set(
        Place::new("Genk", "Lokaal woonoverleg"),
        "nu een zeldzaam woord, en nog een zeldzaam woord",
    );
    app.notes_reread(Ok(notes));
    run(&mut app, &[Action::Move(Move::Down)]);
    assert_eq!(app.hit_counter().1, 2, "the new note's two hits are walked");
}

#[test]
fn n_on_no_hits_blames_the_filter_only_when_one_is_set() {
    let mut app = with_notes(&[], 120, 40);
    search(&mut app, "Opvolgen in mei");
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    let said = app.message().unwrap_or_default().to_owned();
    assert!(
        said.contains("geen treffers voor 'Opvolgen in mei'"),
        "{said:?}"
    );
    assert!(!said.contains("filter"), "no filter is set: {said:?}");
    run(&mut app, &[Action::Back]);
    typed(&mut app, Find::Filter, "woonraad");
    run(&mut app, &[Action::Accept]);
    search(&mut app, "bouwmeester");
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    let said = app.message().unwrap_or_default().to_owned();
    assert!(said.contains("filter"), "{said:?}");
}

#[test]
fn the_current_hit_of_either_text_is_marked_whole() {
    let mut app = with_notes(&[("Aalst", "Lokale woonraad", "Opvolgen in mei")], 120, 40);
    search(&mut app, "zz | wonen@stad.gent");
    assert_eq!(current_hit_text(&app).as_deref(), Some("wonen@stad.gent"));
    search(&mut app, "zz | opvolgen in mei");
    assert!(hit_in_note(&app));
    assert_eq!(current_hit_text(&app).as_deref(), Some("Opvolgen in mei"));
}

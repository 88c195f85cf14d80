//! `u` undoes the last destructive step, in every mode where one happens: marks cleared
//! by `Esc` in the panes, a bookmark removed with `'` in the panes or in the list.

use crate::common;

use common::{app, id, run, select};
use woonbeleid::app::{Action, App, Effect, Focus, Move};
use woonbeleid::notes::{Notes, Place};

fn with_bookmarks(bookmarks: &[(&str, &str)]) -> App {
    let mut notes = Notes::default();
    for (city, title) in bookmarks {
        notes.bookmarks.insert(Place::new(city, title));
    }
    let mut app = app(120, 40);
    app.load_notes(Ok(notes));
    app
}

/// Runs the actions and stores the bookmarks they ask for, as the loop would.
fn stored(app: &mut App, actions: &[Action]) -> Vec<(Place, bool)> {
    let mut saved = Vec::new();
    for effect in run(app, actions) {
        if let Effect::SaveBookmark { place, on } = effect {
            app.bookmark_saved(place.clone(), on);
            saved.push((place, on));
        }
    }
    saved
}

#[test]
fn u_puts_back_marks_cleared_by_esc_and_says_so() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::Undo]);
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::NOTHING_TO_UNDO.get())
    );
    select(&mut app, "Gent", "Stedelijke Woonraad");
    run(&mut app, &[Action::Mark]);
    select(&mut app, "Aalst", "Lokale woonraad");
    run(&mut app, &[Action::Mark, Action::Back]);
    assert!(app.marks().is_empty(), "Esc cleared them");
    run(&mut app, &[Action::FocusPane(Focus::Text), Action::Undo]);
    assert_eq!(app.marks().len(), 2, "from any pane");
    assert!(
        app.marks()
            .contains(&id(&app, "Gent", "Stedelijke Woonraad"))
    );
    assert!(
        app.message().unwrap().contains("2 items terug"),
        "{:?}",
        app.message()
    );
    run(&mut app, &[Action::Undo]);
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::NOTHING_TO_UNDO.get()),
        "once"
    );
    assert_eq!(app.marks().len(), 2);
}

#[test]
fn u_puts_back_a_bookmark_removed_in_the_panes_or_in_the_list() {
    let mut app = with_bookmarks(&[
        ("Gent", "Stedelijke Woonraad"),
        ("Aalst", "Lokale woonraad"),
    ]);
    select(&mut app, "Gent", "Stedelijke Woonraad");
    let gent = Place::new("Gent", "Stedelijke Woonraad");
    assert_eq!(
        stored(&mut app, &[Action::ToggleBookmark]),
        [(gent.clone(), false)]
    );
    assert_eq!(stored(&mut app, &[Action::Undo]), [(gent.clone(), true)]);
    assert!(
        app.message()
            .unwrap()
            .contains("Gent › Stedelijke Woonraad"),
        "{:?}",
        app.message()
    );
    run(&mut app, &[Action::Bookmarks]);
    let listed = |app: &App| {
        app.screen().overlay.as_ref().map_or(0, |o| {
            o.lines.iter().filter(|l| l.text().contains('★')).count()
        })
    };
    assert_eq!(listed(&app), 2);
    let removed = stored(&mut app, &[Action::ToggleBookmark]);
    assert_eq!(removed, [(Place::new("Aalst", "Lokale woonraad"), false)]);
    assert_eq!(listed(&app), 1);
    let back = stored(&mut app, &[Action::Undo]);
    assert_eq!(back, [(Place::new("Aalst", "Lokale woonraad"), true)]);
    assert_eq!(listed(&app), 2, "listed again");
    run(&mut app, &[Action::Move(Move::Down), Action::Undo]);
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::NOTHING_TO_UNDO.get())
    );
}

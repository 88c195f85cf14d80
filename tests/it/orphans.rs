//! A note whose item is gone from the dataset is read in the browser: `Enter` on it in the
//! bookmark list says why it cannot go there and opens the note to read, whole, at every
//! size; `Esc` comes back to the list.

use crate::common;

use common::{COLOR, app, render, run, text_of};
use woonbeleid::app::{Action, App, Move};
use woonbeleid::notes::{Notes, Place};
use woonbeleid::strings;

fn with_notes(w: u16, h: u16, notes: &[(&str, &str, &str)], bookmarks: &[(&str, &str)]) -> App {
    let mut all = Notes::default();
    for (city, title, text) in notes {
        all.set(Place::new(city, title), text);
    }
    for (city, title) in bookmarks {
        all.bookmarks.insert(Place::new(city, title));
    }
    let mut app = app(w, h);
    app.load_notes(Ok(all));
    app
}

fn overlay_title(app: &App) -> String {
    app.screen()
        .overlay
        .as_ref()
        .map(|p| p.title.clone())
        .unwrap_or_default()
}

/// A note of many lines, some longer than any window: the first and last words tell
/// whether it can be read whole.
fn long_note() -> String {
    let mut lines = vec!["BEGIN van de notitie".to_owned()];
    for n in 1..=30 {
        lines.push(format!(
            "regel {n}: vraag het OCMW naar de wachtlijst en de toewijzing van sociale woningen"
        ));
    }
    lines.push("EINDE van de notitie".to_owned());
    lines.join("\n")
}

#[test]
fn enter_on_an_orphan_note_says_the_item_is_gone_and_opens_it_to_read() {
    let mut app = with_notes(
        120,
        40,
        &[(
            "Zottegem",
            "Weg",
            "een notitie zonder item\nen een tweede regel",
        )],
        &[],
    );
    run(&mut app, &[Action::Bookmarks, Action::Accept]);
    assert_eq!(app.message(), Some(strings::ORPHAN_NOTE_GONE.get()));
    let title = overlay_title(&app);
    assert!(title.contains("Zottegem › Weg"), "{title}");
    let screen = text_of(&render(&app, COLOR));
    assert!(
        screen.contains("een notitie zonder item") && screen.contains("en een tweede regel"),
        "{screen}"
    );
    // Esc, as the help's keys read it.
    run(&mut app, &[Action::CloseHelp]);
    assert!(
        overlay_title(&app).contains(strings::BOOKMARKS_TITLE.get()),
        "Esc: back to the list: {}",
        overlay_title(&app)
    );
    run(&mut app, &[Action::Back]);
    assert!(app.screen().overlay.is_none());
}

#[test]
fn a_long_orphan_note_is_read_to_its_end_at_every_size() {
    let note = long_note();
    for (w, h) in [(120, 40), (80, 24), (60, 20), (40, 12), (30, 10), (24, 8)] {
        let mut app = with_notes(w, h, &[("Zottegem", "Weg", &note)], &[]);
        run(&mut app, &[Action::Bookmarks, Action::Accept]);
        let first = text_of(&render(&app, COLOR));
        assert!(
            first.contains("BEGIN"),
            "{w}×{h}: opens at its start:\n{first}"
        );
        run(&mut app, &[Action::Move(Move::Bottom)]);
        let last = text_of(&render(&app, COLOR));
        assert!(
            last.contains("EINDE"),
            "{w}×{h}: scrolls to its end:\n{last}"
        );
    }
}

#[test]
fn an_orphan_bookmark_with_a_note_opens_its_note_from_either_row() {
    // Two rows, the bookmark's and the note's (' removes the one, never the other).
    for (row, said) in [
        (0, strings::ORPHAN_BOOKMARK_GONE.get()),
        (1, strings::ORPHAN_NOTE_GONE.get()),
    ] {
        let mut app = with_notes(
            120,
            40,
            &[("Ninove", "Verdwenen", "wat ik over Ninove noteerde")],
            &[("Ninove", "Verdwenen")],
        );
        run(&mut app, &[Action::Bookmarks]);
        run(&mut app, &vec![Action::Move(Move::Down); row]);
        run(&mut app, &[Action::Accept]);
        assert_eq!(app.message(), Some(said), "row {row}");
        let screen = text_of(&render(&app, COLOR));
        assert!(
            screen.contains("wat ik over Ninove noteerde"),
            "row {row}: {screen}"
        );
    }
}

#[test]
fn an_orphan_bookmark_without_a_note_says_why_and_stays_on_the_list() {
    let mut app = with_notes(120, 40, &[], &[("Ninove", "Verdwenen")]);
    run(&mut app, &[Action::Bookmarks, Action::Accept]);
    assert_eq!(app.message(), Some(strings::ORPHAN_BOOKMARK_GONE.get()));
    assert!(overlay_title(&app).contains(strings::BOOKMARKS_TITLE.get()));
}

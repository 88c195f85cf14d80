//! A name cut to its pane's width is read whole on the status line: the selected row of the
//! pane that takes the keys (a city, a section, a title, the text's breadcrumb, the grid's
//! cell, a bookmark), in every mode and at every width; a name shown whole is not repeated.

use crate::common;

use common::{app_on, run, select};
use unicode_width::UnicodeWidthStr;
use woonbeleid::app::screen::{Emphasis, Line, Pane};
use woonbeleid::app::{Action, App, Focus, Move};
use woonbeleid::model::Dataset;
use woonbeleid::notes::{Notes, Place};
use woonbeleid::outline::{Outline, breadcrumb};

/// The embedded dataset with the long city names of a national dataset:
/// `Gemeente 000001 Aalst`, … (every row of a narrow pane reads `Gemeente 000…`).
fn long_names() -> Dataset {
    let mut data = woonbeleid::store::embedded().unwrap();
    for (n, city) in data.cities.iter_mut().enumerate() {
        city.name = format!("Gemeente {:06} {}", n + 1, city.name);
    }
    data
}

use common::SIZES;

fn status(app: &App) -> String {
    app.screen().status.as_ref().unwrap().line.text()
}

/// The pane taking the keys: the overlay, else the focused pane.
fn keyed(app: &App) -> &Pane {
    let screen = app.screen();
    screen
        .overlay
        .as_ref()
        .or_else(|| screen.body.panes().into_iter().find(|p| p.focused))
        .expect("a pane takes the keys")
}

fn selected_row(app: &App) -> Option<String> {
    keyed(app)
        .lines
        .iter()
        .find(|l| matches!(l.emphasis, Emphasis::Selected { .. }))
        .map(Line::text)
}

/// Where the pane cuts `name`, the status line has it: whole where the line has room,
/// else as much of it as fits, ending in `…`.
fn assert_readable(app: &App, name: &str, what: &str) {
    let (w, h) = (app.screen().area.width, app.screen().area.height);
    let status = status(app);
    let whole = status.contains(name);
    if name.width() + 3 <= usize::from(w) {
        assert!(whole, "{what} at {w}×{h}: {name:?} whole on {status:?}");
    } else {
        let start: String = name.chars().take(usize::from(w) / 2).collect();
        assert!(
            status.contains(&start) && status.ends_with('…'),
            "{what} at {w}×{h}: the start of {name:?} on {status:?}"
        );
    }
    assert!(status.width() <= usize::from(w), "{status:?}");
}

/// The status line names the selection only when its row cuts it.
fn check(app: &App, name: &str, what: &str) {
    let row = selected_row(app).unwrap_or_default();
    if row.contains(name) || keyed(app).title.contains(name) {
        assert!(
            !status(app).contains(name) || app.message().is_some(),
            "{what}: shown whole, not repeated: {:?}",
            status(app)
        );
    } else {
        assert_readable(app, name, what);
    }
}

#[test]
fn a_cut_city_is_read_whole_on_the_status_line_at_every_width() {
    let mut cut_somewhere = 0;
    for (w, h) in SIZES {
        let mut app = app_on(long_names(), w, h);
        run(&mut app, &[Action::FocusPane(Focus::Groups)]);
        for n in 0..3 {
            let name = app
                .catalog()
                .city_name(app.current().unwrap().city)
                .to_owned();
            if !selected_row(&app).unwrap().contains(&name) {
                cut_somewhere += 1;
            }
            check(&app, &name, &format!("city {n}"));
            run(&mut app, &[Action::Move(Move::Down)]);
        }
    }
    assert!(cut_somewhere >= 3 * 5, "the names are cut at most sizes");
}

#[test]
fn a_cut_title_section_or_city_per_sectie_is_read_whole_at_every_width() {
    let long = "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID";
    for (w, h) in SIZES {
        // Per stad, the city's tree.
        let mut app = app_on(long_names(), w, h);
        select(&mut app, "Gemeente 000005 Gent", long);
        run(&mut app, &[Action::FocusPane(Focus::Members)]);
        check(&app, long, "a title in the tree");
        // Per sectie: the section, then the cities that have it.
        run(
            &mut app,
            &[Action::Regroup, Action::FocusPane(Focus::Groups)],
        );
        check(&app, long, "a section");
        run(&mut app, &[Action::FocusPane(Focus::Members)]);
        check(&app, "Gemeente 000005 Gent", "a city per sectie");
    }
}

#[test]
fn a_breadcrumb_cut_to_one_row_is_read_whole_when_the_text_has_the_keys() {
    let mut cut = 0;
    for (w, h) in [(120, 40), (60, 10), (40, 12), (30, 10), (24, 8)] {
        let mut app = app_on(long_names(), w, h);
        select(&mut app, "Gemeente 000001 Aalst", "Lokaal woonoverleg");
        run(&mut app, &[Action::FocusPane(Focus::Text)]);
        let id = app.current().unwrap();
        let crumb = breadcrumb(app.catalog(), &Outline::of(app.catalog(), id.city), id);
        let pane = keyed(&app);
        let rows: Vec<String> = pane.lines.iter().map(Line::text).collect();
        let whole = rows.join(" ").contains(&crumb);
        if whole {
            assert!(!status(&app).contains(&crumb), "{w}×{h}: not repeated");
        } else {
            assert_readable(&app, &crumb, "the breadcrumb");
        }
        cut += usize::from(!whole);
    }
    assert!(cut >= 2, "a low, narrow pane cuts the breadcrumb to a row");
}

#[test]
fn the_grid_cell_and_a_bookmark_are_read_whole_when_cut() {
    for (w, h) in SIZES {
        let mut app = app_on(long_names(), w, h);
        run(&mut app, &[Action::ToggleGrid]);
        let (city, section) = app.grid_cursor();
        let name = format!(
            "{} × {}",
            app.catalog().city_name(city),
            app.sections().get(section).unwrap().title
        );
        check(&app, &name, "the grid's cell");
    }
    for (w, h) in SIZES {
        let mut app = app_on(long_names(), w, h);
        let mut notes = Notes::default();
        let place = Place::new(
            "Gemeente 000001 Aalst",
            "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
        );
        notes.bookmarks.insert(place.clone());
        app.load_notes(Ok(notes));
        run(&mut app, &[Action::Bookmarks]);
        check(&app, &place.to_string(), "a bookmark");
    }
}

#[test]
fn a_name_shown_whole_leaves_the_hints_be() {
    let mut app = common::app(120, 40);
    run(&mut app, &[Action::FocusPane(Focus::Groups)]);
    let status = status(&app);
    assert!(status.contains("? hulp"), "{status}");
    assert!(!status.contains("Aalst"), "{status}");
}

/// Where a pane's title names the group (a city over its tree, a section over its cities)
/// and cuts it, the status line has it; with the row's name too where both are cut and the
/// line holds both, else the row's own, the more particular.
#[test]
fn the_group_a_pane_names_in_its_title_is_read_whole_when_the_title_cuts_it() {
    let mut cut_titles = 0;
    for (w, h) in SIZES {
        let mut app = app_on(long_names(), w, h);
        select(&mut app, "Gemeente 000001 Aalst", "Lokale woonraad");
        for (actions, group, member) in [
            (
                vec![Action::FocusPane(Focus::Members)],
                "Gemeente 000001 Aalst",
                "Lokale woonraad",
            ),
            (
                vec![Action::Regroup, Action::FocusPane(Focus::Members)],
                "Lokale woonraad",
                "Gemeente 000001 Aalst",
            ),
        ] {
            run(&mut app, &actions);
            let row_whole = selected_row(&app).unwrap().contains(member);
            let title_whole = keyed(&app).title.contains(group);
            cut_titles += usize::from(!title_whole);
            match (title_whole, row_whole) {
                (true, true) => check(&app, member, "neither cut"),
                (false, true) => check(&app, group, "the group in the title"),
                (_, false) => {
                    let both = format!("{group} › {member}");
                    if status(&app).contains(&both) {
                        check(&app, &both, "both");
                    } else {
                        check(&app, member, "the row's name first");
                    }
                }
            }
        }
    }
    assert!(cut_titles >= 4, "the titles are cut at most sizes");
}

#[test]
fn the_item_a_note_is_edited_or_read_at_is_read_whole_when_the_title_cuts_it() {
    for (w, h) in SIZES {
        let mut app = app_on(long_names(), w, h);
        app.open_editor(
            Place::new("Gemeente 000001 Aalst", "Lokaal woonoverleg"),
            "een notitie",
        );
        check(
            &app,
            "Gemeente 000001 Aalst › Lokaal woonoverleg",
            "the editor",
        );
        let mut app = app_on(long_names(), w, h);
        let mut notes = Notes::default();
        notes.set(Place::new("Gemeente 000099 Weg", "Verdwenen"), "wees");
        app.load_notes(Ok(notes));
        run(&mut app, &[Action::Bookmarks, Action::Accept]);
        let _ = app.take_effects();
        // The message says why first; at the next key, the name.
        run(&mut app, &[Action::Move(Move::Down)]);
        check(&app, "Gemeente 000099 Weg › Verdwenen", "the note read");
    }
}

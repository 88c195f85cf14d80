//! Ctrl-o goes back along the jumps, as in vim and helix: a hit walked to with n/N, a
//! bookmark or a grid cell opened with Enter; a plain move is no jump.

use crate::common;

use common::{app, city_name, run, select, title, typed};
use woonbeleid::app::{Action, Direction, Find, Mode, Move, Page};
use woonbeleid::notes::{Notes, Place};

fn place(app: &woonbeleid::app::App) -> (String, String) {
    (city_name(app), title(app))
}

#[test]
fn ctrl_o_goes_back_along_hits_walked_and_says_when_there_is_nothing_left() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::JumpBack]);
    assert!(app.message().unwrap().contains("geen eerdere plek"));
    select(&mut app, "Turnhout", "Lokaal woonoverleg");
    typed(&mut app, Find::Search, "huurdersbond");
    run(&mut app, &[Action::Accept]);
    // Enter went to the first hit: a jump from where the search's narrowing left the
    // selection (Turnhout holds no hit, so it is hidden).
    let mut seen = vec![place(&app)];
    for _ in 0..3 {
        run(&mut app, &[Action::NextHit(Direction::Forward)]);
        if seen.last() != Some(&place(&app)) {
            seen.push(place(&app));
        }
    }
    assert!(seen.len() >= 3, "the hits are in several items: {seen:?}");
    for back in seen.iter().rev().skip(1) {
        run(&mut app, &[Action::JumpBack]);
        assert_eq!(&place(&app), back, "{seen:?}");
        assert!(app.message().unwrap().contains("terug gesprongen"));
    }
    // At most one step further (where Enter jumped from, if it moved), then no more.
    let mut said_none = false;
    for _ in 0..2 {
        run(&mut app, &[Action::JumpBack]);
        said_none |= app.message().unwrap().contains("geen eerdere plek");
    }
    assert!(said_none);
}

#[test]
fn a_move_is_no_jump_but_a_bookmark_and_a_grid_cell_are() {
    let mut app = app(120, 40);
    let mut notes = Notes::default();
    notes
        .bookmarks
        .insert(Place::new("Leuven", "Lokale woonraad"));
    app.load_notes(Ok(notes));
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    run(&mut app, &[Action::Move(Move::Down)]);
    let before = place(&app);
    run(&mut app, &[Action::Bookmarks, Action::Accept]);
    assert_ne!(app.mode(), Mode::Bookmarks);
    assert_eq!(place(&app), ("Leuven".into(), "Lokale woonraad".into()));
    run(&mut app, &[Action::JumpBack]);
    assert_eq!(
        place(&app),
        before,
        "back to where B was pressed, not past the move"
    );

    run(
        &mut app,
        &[Action::ToggleGrid, Action::Move(Move::Down), Action::Toggle],
    );
    assert_eq!(app.page(), Page::Browse);
    let opened = place(&app);
    assert_ne!(opened, before);
    run(&mut app, &[Action::JumpBack]);
    assert_eq!(place(&app), before, "back from the grid's cell");
}

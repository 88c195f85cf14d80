//! Accessible mode (`--toegankelijk`): in every mode no box drawing and no scrollbar glyph
//! reach the screen, the cursor stands on the selection, the hints are left out and a
//! change of pane is said.

use crate::common::{COLOR, app, render, run, text_of};
use crate::modes::bring;
use woonbeleid::app::{Action, Focus, Mode};

fn box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c) || ('\u{2580}'..='\u{259f}').contains(&c)
}

/// The screen's row `y` from column `x` on.
fn from_cursor(screen: &str, x: u16, y: u16) -> String {
    let line = screen.lines().nth(usize::from(y)).unwrap_or_default();
    line.chars().skip(usize::from(x)).collect()
}

#[test]
fn no_mode_draws_a_box_or_a_scrollbar_and_the_cursor_is_on_the_selection() {
    for mode in Mode::ALL {
        for (width, height) in [(120, 40), (80, 24), (40, 12)] {
            let mut app = app(width, height);
            app.set_accessible(true);
            if !bring(&mut app, mode) {
                continue;
            }
            let t = render(&app, COLOR);
            let screen = text_of(&t);
            let drawn: Vec<char> = screen.chars().filter(|c| box_drawing(*c)).collect();
            assert!(
                drawn.is_empty(),
                "{mode:?} at {width}×{height}: {drawn:?}\n{screen}"
            );
            if mode == Mode::TooSmall {
                continue;
            }
            let (x, y) = app
                .screen()
                .cursor
                .unwrap_or_else(|| panic!("{mode:?} at {width}×{height}: no cursor\n{screen}"));
            let row = from_cursor(&screen, x, y);
            if matches!(mode, Mode::Groups(_) | Mode::Outline | Mode::SectionCities) {
                assert!(
                    row.starts_with('▶'),
                    "{mode:?} at {width}×{height}: the cursor is not on the selection: {row:?}\n{screen}"
                );
            }
        }
    }
}

#[test]
fn the_cursor_follows_the_selection_down_the_list() {
    let mut app = app(120, 40);
    app.set_accessible(true);
    let (_, first) = app.screen().cursor.unwrap();
    run(&mut app, &[Action::Move(woonbeleid::app::Move::Down); 3]);
    let (x, y) = app.screen().cursor.unwrap();
    assert_eq!(y, first + 3);
    let screen = text_of(&render(&app, COLOR));
    let row = from_cursor(&screen, x, y);
    assert!(row.starts_with("▶ Genk"), "{row:?}");
}

#[test]
fn a_change_of_pane_is_said_and_no_hints_are_shown() {
    let mut app = app(120, 40);
    app.set_accessible(true);
    let status = app.screen().status.as_ref().unwrap().line.text();
    assert!(!status.contains("hulp"), "no hints: {status:?}");
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(app.message(), Some("nu in: Secties"));
    run(&mut app, &[Action::FocusPane(Focus::Text)]);
    assert_eq!(app.message(), Some("nu in: Tekst"));
    run(&mut app, &[Action::ToggleHelp]);
    assert_eq!(app.message(), Some("nu in: Hulp"));
    run(&mut app, &[Action::Move(woonbeleid::app::Move::Down)]);
    assert_eq!(app.message(), None, "a move in the same pane says nothing");
    // Without the mode, nothing of this.
    let mut plain = crate::common::app(120, 40);
    run(&mut plain, &[Action::FocusPane(Focus::Members)]);
    assert_eq!(plain.message(), None);
    assert!(plain.screen().cursor.is_none());
}

//! Marks are seen where they matter: on the selected row, in the first pane beside the
//! city or section that holds one, on the status line for as long as they last, and when
//! they come back from the last session.

use crate::common;

use common::{app, run, select};
use woonbeleid::app::screen::Line;
use woonbeleid::app::{Action, App, Focus, Grouping, Move};

fn rows(app: &App, pane: Focus) -> Vec<String> {
    common::browse_pane(app, pane)
        .map(|p| p.lines.iter().map(Line::text).collect())
        .unwrap_or_default()
}

fn row_with(app: &App, pane: Focus, needle: &str) -> String {
    rows(app, pane)
        .into_iter()
        .find(|r| r.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in {pane:?}: {:#?}", rows(app, pane)))
}

#[test]
fn a_marked_row_shows_its_mark_when_selected_and_its_group_shows_one_in_both_groupings() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::FocusPane(Focus::Members), Action::Mark]);
    assert!(
        row_with(&app, Focus::Members, "Lokaal woonoverleg").starts_with("▶✓"),
        "selected and marked: both signs"
    );
    assert!(
        row_with(&app, Focus::Groups, "Gent").starts_with("▶✓"),
        "the city holds a mark"
    );
    assert!(row_with(&app, Focus::Groups, "Aalst").starts_with("  "));
    run(
        &mut app,
        &[Action::FocusPane(Focus::Groups), Action::Move(Move::Down)],
    );
    assert!(row_with(&app, Focus::Groups, "Gent").starts_with(" ✓"));
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    run(&mut app, &[Action::Move(Move::Down)]);
    assert!(row_with(&app, Focus::Members, "Lokaal woonoverleg").starts_with(" ✓"));
    assert!(
        app.screen().text().contains("✓ 1 gemarkeerd"),
        "still counted after the next key"
    );

    run(&mut app, &[Action::Move(Move::Up), Action::Regroup]);
    assert_eq!(app.grouping(), Grouping::BySection);
    assert!(row_with(&app, Focus::Groups, "Lokaal woonoverleg").starts_with("▶✓"));
    assert!(row_with(&app, Focus::Groups, "Lokale woonraad").starts_with("  "));
    assert!(row_with(&app, Focus::Members, "Gent").starts_with("▶✓"));
    assert!(row_with(&app, Focus::Members, "Aalst").starts_with("  "));
}

#[test]
fn a_mark_made_from_the_first_pane_shows_there_and_the_count_stays() {
    let mut app = app(120, 40);
    select(&mut app, "Antwerpen", "Lokaal woonoverleg");
    run(&mut app, &[Action::FocusPane(Focus::Groups), Action::Mark]);
    assert!(row_with(&app, Focus::Groups, "Antwerpen").starts_with("▶✓"));
    run(&mut app, &[Action::Move(Move::Down), Action::Mark]);
    assert!(row_with(&app, Focus::Groups, "Antwerpen").starts_with(" ✓"));
    for _ in 0..3 {
        run(&mut app, &[Action::Move(Move::Down)]);
        assert!(app.screen().text().contains("✓ 2 gemarkeerd"));
    }
    run(&mut app, &[Action::Back]);
    assert!(app.marks().is_empty());
    assert!(!app.screen().text().contains("gemarkeerd ·") && !app.screen().text().contains("✓ 2"));
}

#[test]
fn marks_restored_from_the_last_session_are_said() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::Mark]);
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    run(&mut app, &[Action::Mark]);
    let kept = app.position();
    let mut next = common::app(120, 40);
    next.restore(&kept);
    assert_eq!(next.marks().len(), 2);
    let said = next.message().unwrap_or_default().to_owned();
    assert!(
        said.contains("2 items van de vorige keer gemarkeerd"),
        "{said:?}"
    );
    let mut none = common::app(120, 40);
    let mut unmarked = kept.clone();
    unmarked.marks.clear();
    none.restore(&unmarked);
    assert!(none.message().is_none_or(|m| !m.contains("vorige keer")));
}

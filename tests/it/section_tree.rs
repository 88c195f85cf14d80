//! Per sectie, the first pane lists the sections as the tree they are in each city:
//! subsections indented under their section, sections under their chapter, at every width,
//! a cut name keeping its indent.

use crate::common;

use common::{Data, app, app_on, browse_pane, run};
use woonbeleid::app::{Action, App, Focus, Move};

/// Per row of pane 1, the section's title and the columns of spaces between the marker's
/// two columns and the name: matched by order, since a narrow pane cuts names to a letter.
fn indents(app: &App) -> Vec<(String, usize)> {
    let pane = browse_pane(app, Focus::Groups).expect("pane 1 on screen");
    let rows: Vec<String> = pane
        .lines
        .iter()
        .map(woonbeleid::app::screen::Line::text)
        .collect();
    let titles: Vec<String> = app
        .sections()
        .sections()
        .iter()
        .map(|s| s.title.clone())
        .collect();
    // The rows shown are the first ones at the top, the last ones at the bottom.
    let at_end = app.selected_group() == Some(titles.len() - 1);
    let first = if at_end { titles.len() - rows.len() } else { 0 };
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let after_marker: String = row.chars().skip(2).collect();
            let spaces = after_marker.len() - after_marker.trim_start().len();
            (titles[first + i].clone(), spaces)
        })
        .collect()
}

fn indent_of(rows: &[(String, usize)], title: &str) -> usize {
    rows.iter()
        .find(|(t, _)| t == title)
        .unwrap_or_else(|| panic!("{title:?} not in {rows:?}"))
        .1
}

#[test]
fn per_sectie_the_sections_are_indented_by_their_depth_at_every_width() {
    for (w, h) in common::SIZES {
        let mut app = app(w, h);
        let at = |a: Move| {
            [
                Action::Regroup,
                Action::FocusPane(Focus::Groups),
                Action::Move(a),
            ]
        };
        run(&mut app, &at(Move::Top));
        let top = indents(&app);
        let chapter = indent_of(&top, "1. LOKAAL WOONBELEID COÖRDINEREN");
        let long = indent_of(
            &top,
            "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
        );
        let section = indent_of(&top, "B. OVERLEG");
        assert_eq!(chapter, 0, "{w}×{h}: the chapter at the left: {top:?}");
        assert!(
            section > chapter,
            "{w}×{h}: a section under its chapter: {top:?}"
        );
        assert_eq!(
            long, section,
            "{w}×{h}: a cut name keeps its indent: {top:?}"
        );
        // The end of the list, which a low window shows only scrolled there.
        let mut app = common::app(w, h);
        run(&mut app, &at(Move::Bottom));
        let end = indents(&app);
        let sub = indent_of(&end, "Overleg andere actoren");
        let last = indent_of(&end, "C. SAMENWERKINGSVERBANDEN");
        assert_eq!(last, section, "{w}×{h}: sections alike: {end:?}");
        assert!(
            sub > last,
            "{w}×{h}: a subsection under its section: {end:?}"
        );
    }
}

#[test]
fn a_dataset_without_chapters_is_not_indented_for_nothing() {
    let data = Data::new()
        .city(
            "Gent",
            &[("A. EEN", "x"), ("Onder een", "y"), ("B. TWEE", "z")],
        )
        .city("Aalst", &[("A. EEN", "x"), ("B. TWEE", "z")])
        .build();
    let mut app = app_on(data, 120, 40);
    run(&mut app, &[Action::Regroup]);
    let rows = indents(&app);
    assert_eq!(indent_of(&rows, "A. EEN"), 0, "{rows:?}");
    assert_eq!(indent_of(&rows, "B. TWEE"), 0, "{rows:?}");
    assert!(indent_of(&rows, "Onder een") > 0, "{rows:?}");
}

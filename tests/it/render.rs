//! Whole screens drawn into ratatui's `TestBackend`: snapshots at several sizes, and in
//! each the style of what it is about (selection, focus, matches, the current hit), which
//! snapshots of symbols alone would not catch.

use crate::common;

use common::{COLOR, app, find_in, find_on, pane_rect, render, run, select, text_of, typed};
use ratatui::style::{Color, Modifier};
use woonbeleid::app::{Action, App, Find, Focus, Move};
use woonbeleid::ui::theme::Theme;

fn at_gent_woonoverleg(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::FocusPane(Focus::Members)]);
    app
}

/// The modifier of the cell where `needle` starts.
fn modifier_at(t: &ratatui::Terminal<ratatui::backend::TestBackend>, needle: &str) -> Modifier {
    let (x, y) =
        find_on(t, needle).unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", text_of(t)));
    t.backend().buffer()[(x, y)].modifier
}

/// The modifier of the cell where `needle` starts inside a pane.
fn modifier_in(
    t: &ratatui::Terminal<ratatui::backend::TestBackend>,
    app: &App,
    pane: Focus,
    needle: &str,
) -> Modifier {
    let (x, y) = find_in(t, pane_rect(app, pane), needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {pane:?}:\n{}", text_of(t)));
    t.backend().buffer()[(x, y)].modifier
}

#[test]
fn first_screen_120x40() {
    let app = app(120, 40);
    let t = render(&app, COLOR);
    let selected = modifier_in(&t, &app, Focus::Groups, "Aalst");
    assert!(
        selected.contains(Modifier::REVERSED),
        "the selected city, in the focused pane"
    );
    let item = modifier_in(&t, &app, Focus::Members, "Lokaal woonoverleg");
    assert!(
        item.contains(Modifier::BOLD) && !item.contains(Modifier::REVERSED),
        "selected, pane not focused"
    );
    assert!(!modifier_in(&t, &app, Focus::Groups, "Antwerpen").contains(Modifier::BOLD));
    assert_eq!(
        t.backend().buffer()[(0, 1)].symbol(),
        "┏",
        "the focused pane has the thick border"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn gent_woonoverleg_at_three_sizes() {
    for (w, h) in [(120, 40), (80, 24), (40, 12)] {
        let app = at_gent_woonoverleg(w, h);
        let t = render(&app, COLOR);
        assert!(
            modifier_in(&t, &app, Focus::Members, "Lokaal ").contains(Modifier::REVERSED),
            "{w}×{h}"
        );
        insta::assert_snapshot!(format!("gent_woonoverleg_{w}x{h}"), t.backend());
    }
}

#[test]
fn small_windows_shorten_labels_as_a_whole() {
    let t = render(&app(24, 7), COLOR);
    let text = text_of(&t);
    assert!(
        !text.contains("└egel") && !text.contains("regel 0"),
        "{text}"
    );
    assert!(
        text.starts_with(" woonbeleid"),
        "the app name stays: {text}"
    );
    insta::assert_snapshot!(t.backend());
    let t = render(&app(23, 7), COLOR);
    assert!(text_of(&t).contains("Venster te klein"));
    insta::assert_snapshot!("tiny_1x1", render(&app(1, 1), COLOR).backend());
}

#[test]
fn help_120x40_and_scrolled_at_100x18() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::ToggleHelp]);
    let t = render(&app, COLOR);
    assert_eq!(
        t.backend().buffer()[find_on(&t, "j/k").unwrap()].fg,
        Color::Yellow,
        "keys stand out"
    );
    // The help says what Ctrl-z does, which is not the same on Windows (no job control).
    #[cfg(windows)]
    insta::with_settings!({ snapshot_suffix => "windows" }, {
        insta::assert_snapshot!(t.backend());
    });
    #[cfg(not(windows))]
    insta::assert_snapshot!(t.backend());
    let mut app = common::app(100, 18);
    run(&mut app, &[Action::ToggleHelp, Action::Move(Move::Bottom)]);
    let t = render(&app, COLOR);
    assert!(
        text_of(&t).contains("stoppen"),
        "the last line is reachable"
    );
    #[cfg(windows)]
    insta::with_settings!({ snapshot_suffix => "windows" }, {
        insta::assert_snapshot!("help_100x18_at_the_end", t.backend());
    });
    #[cfg(not(windows))]
    insta::assert_snapshot!("help_100x18_at_the_end", t.backend());
}

#[test]
fn collapsed_tree_80x24() {
    let mut app = at_gent_woonoverleg(80, 24);
    run(&mut app, &[Action::CloseAll]);
    let t = render(&app, COLOR);
    assert!(text_of(&t).contains("▸ 1. LOKAAL"));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn the_text_shows_breadcrumb_position_and_attachment_note() {
    let mut app = app(120, 40);
    select(
        &mut app,
        "Gent",
        "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    );
    let text = text_of(&render(&app, COLOR));
    assert!(
        text.contains("Gent › A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET"),
        "{text}"
    );
    assert!(
        text.contains("│WOONBELEID "),
        "the breadcrumb wraps, never cut: {text}"
    );
    assert!(text.contains("De inhoud van de bijlage"), "{text}");
    assert!(text.contains("regel 1–"), "the position is a range: {text}");
}

#[test]
fn cut_titles_end_in_an_ellipsis() {
    let mut app = app(120, 40);
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    let text = text_of(&render(&app, COLOR));
    assert!(
        text.contains("A. INTERNE ORGANISATIE / COÖRDINA…"),
        "{text}"
    );
}

#[test]
fn monochrome_still_shows_focus_and_selection() {
    let app = app(120, 40);
    let t = render(&app, Theme::MONO);
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            assert_eq!(
                (buf[(x, y)].fg, buf[(x, y)].bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
    assert_eq!(buf[(0, 1)].symbol(), "┏");
    assert!(modifier_in(&t, &app, Focus::Groups, "Aalst").contains(Modifier::REVERSED));
}

#[test]
fn links_and_phones_are_underlined_and_plain_text_is_not() {
    let t = render(&at_gent_woonoverleg(120, 40), COLOR);
    assert!(modifier_at(&t, "wonen@stad.gent").contains(Modifier::UNDERLINED));
    assert!(modifier_at(&t, "09 266 76 40").contains(Modifier::UNDERLINED));
    assert!(!modifier_at(&t, "Woodrow Wilsonplein").contains(Modifier::UNDERLINED));
}

#[test]
fn empty_descriptions_are_dimmed_in_the_tree() {
    let app = app(120, 40);
    let t = render(&app, COLOR);
    assert!(modifier_in(&t, &app, Focus::Members, "B. OVERLEG").contains(Modifier::DIM));
    assert!(!modifier_in(&t, &app, Focus::Members, "Lokale woonraad").contains(Modifier::DIM));
}

#[test]
fn no_size_panics() {
    let mut app = at_gent_woonoverleg(120, 40);
    run(&mut app, &[Action::ScrollText(5)]);
    for width in 0..=200u16 {
        for height in (0..=60u16).step_by(if width % 7 == 0 { 1 } else { 6 }) {
            run(
                &mut app,
                &[Action::Resize(width, height), Action::FocusNext],
            );
            let _ = render(&app, COLOR);
        }
    }
}

#[test]
fn filtered_120x40_marks_the_matched_letters() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "woonraad");
    let t = render(&app, COLOR);
    let text = text_of(&t);
    assert!(text.contains("11 items in 11 steden"), "{text}");
    assert!(
        !text.contains("Genk") && !text.contains("Roeselare"),
        "{text}"
    );
    let (x, y) = find_in(&t, pane_rect(&app, Focus::Members), "Lokale woonraad").unwrap();
    let buf = t.backend().buffer();
    assert_eq!(buf[(x + 7, y)].bg, Color::Yellow, "the w of woonraad");
    assert_ne!(buf[(x, y)].bg, Color::Yellow, "only the matched letters");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn the_status_line_shows_what_is_typed_first_with_its_cursor() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = app(w, h);
        typed(&mut app, Find::Filter, "lokaal woonoverleg gent");
        let mut t = render(&app, COLOR);
        let last = text_of(&t).lines().last().unwrap().to_owned();
        assert!(
            last.starts_with(" / lokaal woonoverleg gent"),
            "{w}×{h}: {last:?}"
        );
        let cursor = t.get_cursor_position().unwrap();
        assert_eq!(
            (cursor.x, cursor.y),
            (26, h - 1),
            "{w}×{h}: the cursor after the text"
        );
        insta::assert_snapshot!(format!("status_typing_{w}x{h}"), t.backend());
    }
}

#[test]
fn search_with_hits_marks_the_current_one_apart() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Search, "huurdersbond");
    run(&mut app, &[Action::Accept]);
    let t = render(&app, COLOR);
    let text = text_of(&t);
    assert!(text.contains("zoek: huurdersbond · treffer 1/"), "{text}");
    let buf = t.backend().buffer();
    let bgs: Vec<Color> = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .map(|p| buf[p].bg)
        .collect();
    assert!(bgs.contains(&Color::LightRed), "the current hit");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn an_empty_result_says_so() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "xyzzy");
    let text = text_of(&render(&app, COLOR));
    assert!(
        text.contains("Geen titels voor") && text.contains("'xyzzy'"),
        "{text}"
    );
}

#[test]
fn an_empty_result_per_sectie_titles_the_second_pane_steden() {
    let mut app = regrouped_on_woonoverleg(120, 40);
    typed(&mut app, Find::Filter, "xyzzy");
    let text = text_of(&render(&app, COLOR));
    assert!(text.contains(" 2 Steden "), "{text}");
    assert!(!text.contains(" 2 Secties "), "{text}");
}

fn regrouped_on_woonoverleg(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    run(&mut app, &[Action::Regroup]);
    app
}

#[test]
fn by_section_at_two_sizes() {
    for (w, h) in [(120, 40), (80, 24)] {
        let app = regrouped_on_woonoverleg(w, h);
        let t = render(&app, COLOR);
        let text = text_of(&t);
        assert!(text.contains("per sectie"), "{text}");
        assert!(
            modifier_in(&t, &app, Focus::Groups, "Lokaal woon").contains(Modifier::REVERSED),
            "{text}"
        );
        insta::assert_snapshot!(format!("by_section_{w}x{h}"), t.backend());
    }
}

#[test]
fn grid_120x40_headings_are_distinct() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::ToggleGrid]);
    let t = render(&app, COLOR);
    let text = text_of(&t);
    let genk = text.lines().find(|l| l.contains("Genk")).unwrap();
    assert!(genk.contains('·'), "Genk has gaps: {genk}");
    assert!(
        text.contains("woonoverleg") && text.contains("woonraad"),
        "headings wrap: {text}"
    );
    let (x, y) = find_on(&t, "● 1015").unwrap();
    assert!(
        t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::REVERSED),
        "the cursor cell"
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn grid_80x24_scrolls_with_the_city_column_fixed() {
    let mut app = app(80, 24);
    run(&mut app, &[Action::ToggleGrid]);
    for _ in 0..6 {
        run(&mut app, &[Action::Right]);
    }
    let t = render(&app, COLOR);
    let text = text_of(&t);
    assert!(
        text.contains("Aalst") && text.contains("Turnhout"),
        "{text}"
    );
    assert!(
        text.contains('‹'),
        "columns scrolled off to the left: {text}"
    );
    insta::assert_snapshot!(t.backend());
}

fn comparing_two(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    run(&mut app, &[Action::Mark]);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::Mark, Action::Compare]);
    app
}

#[test]
fn compare_at_two_sizes_marks_differing_words() {
    for (w, h) in [(120, 40), (80, 24)] {
        let t = render(&comparing_two(w, h), COLOR);
        let buf = t.backend().buffer();
        let marked = (0..buf.area.height)
            .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
            .filter(|p| buf[*p].bg == Color::Yellow)
            .count();
        assert!(marked > 20, "differing words are marked ({marked} cells)");
        insta::assert_snapshot!(format!("compare_{w}x{h}"), t.backend());
    }
}

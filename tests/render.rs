//! Whole screens rendered into ratatui's `TestBackend`: snapshots at several sizes, styles
//! where they carry meaning, and no panic at any size.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use woonbeleid::app::{Action, App, Focus};
use woonbeleid::store;
use woonbeleid::ui::{self, list::Move, theme::Theme};

const COLOR: Theme = Theme { color: true };

fn screen(app: &App, theme: Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|f| ui::draw(f, app, theme)).unwrap();
    terminal
}

fn app_at(width: u16, height: u16) -> App {
    let mut app = App::new(store::embedded().unwrap(), width, height);
    app.update(Action::Resize(width, height));
    app
}

/// Gent › Lokaal woonoverleg selected, focus on Secties.
fn at_gent_woonoverleg(width: u16, height: u16) -> App {
    let mut app = app_at(width, height);
    for a in [Action::Move(Move::Down); 4] {
        app.update(a);
    }
    app.update(Action::Right);
    for a in [Action::Move(Move::Down); 3] {
        app.update(a);
    }
    app
}

fn text_of(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn first_screen_120x40() {
    insta::assert_snapshot!(screen(&app_at(120, 40), COLOR).backend());
}

#[test]
fn gent_woonoverleg_120x40() {
    insta::assert_snapshot!(screen(&at_gent_woonoverleg(120, 40), COLOR).backend());
}

#[test]
fn gent_woonoverleg_80x24() {
    insta::assert_snapshot!(screen(&at_gent_woonoverleg(80, 24), COLOR).backend());
}

#[test]
fn narrow_40x12() {
    insta::assert_snapshot!(screen(&at_gent_woonoverleg(40, 12), COLOR).backend());
}

#[test]
fn tiny_1x1() {
    insta::assert_snapshot!(screen(&app_at(1, 1), COLOR).backend());
}

#[test]
fn help_overlay_120x40() {
    let mut app = app_at(120, 40);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(screen(&app, COLOR).backend());
}

#[test]
fn collapsed_tree_80x24() {
    let mut app = at_gent_woonoverleg(80, 24);
    app.update(Action::CloseAll);
    insta::assert_snapshot!(screen(&app, COLOR).backend());
}

#[test]
fn the_text_shows_breadcrumb_position_and_attachment_note() {
    let mut app = app_at(120, 40);
    for a in [Action::Move(Move::Down); 4] {
        app.update(a);
    }
    app.update(Action::FocusPane(Focus::Members));
    app.update(Action::Move(Move::Down)); // Gent › A. INTERNE ORGANISATIE…, with attachment
    let text = text_of(&screen(&app, COLOR));
    assert!(
        text.contains("Gent › A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET"),
        "{text}"
    );
    assert!(
        text.contains("│WOONBELEID "),
        "the breadcrumb wraps, never cut: {text}"
    );
    assert!(text.contains("De inhoud van de bijlage"), "{text}");
    assert!(text.contains("regel 3"), "{text}");
}

#[test]
fn monochrome_still_shows_focus_and_selection() {
    let app = app_at(120, 40);
    let t = screen(&app, Theme { color: false });
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert_eq!(cell.fg, ratatui::style::Color::Reset, "colour at {x},{y}");
            assert_eq!(cell.bg, ratatui::style::Color::Reset, "colour at {x},{y}");
        }
    }
    // Focus: the Steden pane has the thick border; selection: reverse video on Aalst.
    assert_eq!(buf[(0, 1)].symbol(), "┏");
    let aalst = (1..20).find(|x| buf[(*x, 2)].symbol() == "A").unwrap();
    assert!(buf[(aalst, 2)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn links_and_phones_are_styled() {
    let app = at_gent_woonoverleg(120, 40);
    let t = screen(&app, COLOR);
    let buf = t.backend().buffer();
    let text = text_of(&t);
    let row = text
        .lines()
        .position(|l| l.contains("wonen@stad.gent"))
        .unwrap() as u16;
    let col = text
        .lines()
        .nth(row.into())
        .unwrap()
        .chars()
        .position(|c| c == '@')
        .unwrap() as u16;
    assert!(buf[(col, row)].modifier.contains(Modifier::UNDERLINED));
    let phone_row = text
        .lines()
        .position(|l| l.contains("09 266 76 40"))
        .unwrap() as u16;
    let phone_col = text
        .lines()
        .nth(phone_row.into())
        .unwrap()
        .chars()
        .position(|c| c == '0')
        .unwrap() as u16;
    assert!(
        buf[(phone_col, phone_row)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
    let plain = text
        .lines()
        .position(|l| l.contains("Woodrow Wilsonplein"))
        .unwrap() as u16;
    let plain_col = text
        .lines()
        .nth(plain.into())
        .unwrap()
        .chars()
        .position(|c| c == 'W')
        .unwrap() as u16;
    assert!(
        !buf[(plain_col, plain)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn empty_descriptions_are_dimmed_in_the_tree() {
    let app = app_at(120, 40);
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    let row = text.lines().position(|l| l.contains("B. OVERLEG")).unwrap() as u16;
    let line = text.lines().nth(row.into()).unwrap();
    let col = line[..line.find("B. OVERLEG").unwrap()].chars().count() as u16;
    assert!(
        t.backend().buffer()[(col, row)]
            .modifier
            .contains(Modifier::DIM)
    );
}

#[test]
fn no_size_panics() {
    let mut app = at_gent_woonoverleg(120, 40);
    app.update(Action::ScrollText(5));
    let mut terminal = Terminal::new(TestBackend::new(0, 0)).unwrap();
    for width in 0..=200u16 {
        for height in (0..=60u16).step_by(if width % 7 == 0 { 1 } else { 6 }) {
            app.update(Action::Resize(width, height));
            terminal.backend_mut().resize(width, height);
            terminal
                .resize(ratatui::layout::Rect::new(0, 0, width, height))
                .unwrap();
            terminal.draw(|f| ui::draw(f, &app, COLOR)).unwrap();
            app.update(Action::FocusNext);
        }
    }
}

fn typed(app: &mut App, start: Action, text: &str) {
    app.update(start);
    for c in text.chars() {
        app.update(Action::Input(woonbeleid::app::Edit::Char(c)));
    }
}

#[test]
fn filtered_120x40() {
    let mut app = app_at(120, 40);
    typed(&mut app, Action::StartFilter, "woonraad");
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    assert!(
        text.contains("filter: woonraad · 11 items in 11 steden"),
        "{text}"
    );
    assert!(
        !text.contains("Genk") && !text.contains("Roeselare"),
        "{text}"
    );
    // The matched letters of the title are marked, on the right chars.
    // The tree's row, not the breadcrumb in the text pane.
    let in_tree = |l: &str| {
        l.find("Lokale woonraad")
            .is_some_and(|i| l[..i].chars().count() < 60)
    };
    let row = text.lines().position(in_tree).unwrap() as u16;
    let line = text.lines().nth(row.into()).unwrap();
    let w = line[..line.find("woonraad").unwrap()].chars().count() as u16;
    let buf = t.backend().buffer();
    assert_eq!(buf[(w, row)].bg, ratatui::style::Color::Yellow);
    assert_ne!(buf[(w - 2, row)].bg, ratatui::style::Color::Yellow);
    assert_eq!(
        buf.cell(ratatui::layout::Position { x: 0, y: 39 })
            .unwrap()
            .symbol(),
        " "
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn search_with_hits_120x40() {
    let mut app = app_at(120, 40);
    typed(&mut app, Action::StartSearch, "huurdersbond");
    app.update(Action::InputAccept);
    app.update(Action::Hit(true));
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    assert!(text.contains("zoek: huurdersbond · hit 2/"), "{text}");
    let row = text
        .lines()
        .position(|l| l.contains("Huurdersbond") && l.contains("│"))
        .unwrap() as u16;
    let line = text.lines().nth(row.into()).unwrap();
    let col = line[..line.rfind("Huurdersbond").unwrap()].chars().count() as u16;
    assert_eq!(
        t.backend().buffer()[(col, row)].bg,
        ratatui::style::Color::Yellow
    );
    insta::assert_snapshot!(t.backend());
}

#[test]
fn an_empty_result_says_so() {
    let mut app = app_at(120, 40);
    typed(&mut app, Action::StartFilter, "xyzzy");
    let text = text_of(&screen(&app, COLOR));
    assert!(
        text.contains("Geen titels voor") && text.contains("'xyzzy'"),
        "{text}"
    );
}

fn regrouped_on_woonoverleg(width: u16, height: u16) -> App {
    let mut app = app_at(width, height);
    app.update(Action::Regroup);
    for _ in 0..3 {
        app.update(Action::Move(Move::Down));
    }
    app
}

#[test]
fn by_section_120x40() {
    let app = regrouped_on_woonoverleg(120, 40);
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    assert!(
        text.contains("Lokaal woonoverleg") && text.contains("per sectie"),
        "{text}"
    );
    assert!(text.contains("2 Steden · Lokaal woonoverleg"), "{text}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn by_section_80x24() {
    insta::assert_snapshot!(screen(&regrouped_on_woonoverleg(80, 24), COLOR).backend());
}

#[test]
fn grid_120x40() {
    let mut app = app_at(120, 40);
    app.update(Action::ToggleGrid);
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    let genk = text.lines().find(|l| l.contains("Genk")).unwrap();
    assert!(genk.contains('·'), "Genk has gaps: {genk}");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn grid_80x24_scrolls_with_the_city_column_fixed() {
    let mut app = app_at(80, 24);
    app.update(Action::ToggleGrid);
    for _ in 0..6 {
        app.update(Action::Right);
    }
    let t = screen(&app, COLOR);
    let text = text_of(&t);
    assert!(
        text.contains("Aalst") && text.contains("Turnhout"),
        "{text}"
    );
    let column_titles = text.lines().nth(2).unwrap();
    assert!(
        !column_titles.contains("1. LOKAAL"),
        "the first columns scrolled away: {text}"
    );
    assert!(
        column_titles.contains("Overleg and"),
        "the cursor's column is in view: {text}"
    );
    insta::assert_snapshot!(t.backend());
}

fn comparing_two(width: u16, height: u16) -> App {
    let mut app = regrouped_on_woonoverleg(width, height);
    app.update(Action::FocusPane(Focus::Members));
    app.update(Action::Mark);
    for _ in 0..4 {
        app.update(Action::Move(Move::Down));
    }
    app.update(Action::Mark);
    app.update(Action::Compare);
    app
}

#[test]
fn compare_120x40() {
    let t = screen(&comparing_two(120, 40), COLOR);
    let text = text_of(&t);
    assert!(
        text.contains("Aalst › B. OVERLEG › Lokaal woonoverleg")
            && text.contains("Gent › B. OVERLEG › Lokaal"),
        "{text}"
    );
    let buf = t.backend().buffer();
    let marked = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .filter(|p| buf[*p].bg == ratatui::style::Color::Yellow)
        .count();
    assert!(marked > 20, "differing words are marked ({marked} cells)");
    insta::assert_snapshot!(t.backend());
}

#[test]
fn compare_80x24() {
    insta::assert_snapshot!(screen(&comparing_two(80, 24), COLOR).backend());
}

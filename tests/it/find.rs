//! The title filter and the text search in the browser, without a terminal.

use crate::common;

use common::{Data, app, app_on, city_name, run, select, title, typed};
use woonbeleid::app::{Action, App, Direction, Edit, Find, Focus, Mode, Move};

fn visible_cities(app: &woonbeleid::app::App) -> Vec<String> {
    app.group_rows()
        .iter()
        .map(|c| app.catalog().city_name(*c).to_owned())
        .collect()
}

#[test]
fn the_title_filter_narrows_live_and_esc_clears_it() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "woonraad");
    let cities = visible_cities(&app);
    assert_eq!(cities.len(), 11, "{cities:?}");
    assert!(!cities.contains(&"Genk".to_owned()) && !cities.contains(&"Roeselare".to_owned()));
    let n = app.narrowing().unwrap();
    assert_eq!((n.items, n.cities), (11, 11));
    // The tree keeps the parents of a match.
    let items = app.member_items();
    let titles: Vec<&str> = items
        .iter()
        .map(|id| app.catalog().get(*id).unwrap().title)
        .collect();
    assert_eq!(
        titles,
        [
            "1. LOKAAL WOONBELEID COÖRDINEREN",
            "B. OVERLEG",
            "Lokale woonraad"
        ]
    );
    assert_eq!(title(&app), "Lokale woonraad", "the match, not its parents");
    run(&mut app, &[Action::Back]);
    assert_eq!(visible_cities(&app).len(), 13);
    assert!(app.narrowing().is_none() && app.typing().is_none());
}

#[test]
fn the_filter_ignores_accents_both_ways_and_keeps_the_selection_among_equals() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Stedelijke Woonraad");
    let before = app.current();
    // An exact term ranks every match alike: the selection, one of them, stays.
    typed(&mut app, Find::Filter, "'raad");
    assert_eq!(app.current(), before, "still matches, as well as any");
    run(&mut app, &[Action::Accept]);
    assert!(app.typing().is_none());
    assert!(app.narrowing().is_some(), "Enter keeps the filter");
    run(&mut app, &[Action::Back]);
    typed(&mut app, Find::Filter, "coordineren gent");
    let n = app.narrowing().unwrap();
    assert_eq!(
        (n.items, n.cities),
        (1, 1),
        "COÖRDINEREN is in the chapter title only"
    );
}

#[test]
fn a_filter_that_matches_nothing_leaves_no_selection_and_says_so() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "xyzzy");
    assert!(app.group_rows().is_empty());
    assert_eq!(app.current(), None);
    assert!(app.screen().text().contains("Geen titels voor 'xyzzy'"));
    run(&mut app, &[Action::Edit(Edit::DeleteToStart)]);
    assert_eq!(app.group_rows().len(), 13);
    assert!(app.current().is_some());
}

#[test]
fn typing_edits_like_readline_and_ctrl_c_only_clears() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "woon raad");
    run(
        &mut app,
        &[Action::Edit(Edit::Start), Action::Edit(Edit::Insert('x'))],
    );
    // The status line is " / INPUT  COUNT…" with the cursor in INPUT: the input is the
    // text before the two spaces, and the cursor column says where editing stands.
    let status = |app: &App| {
        let status = app.screen().status.clone().unwrap();
        (status.line.text(), status.cursor)
    };
    let (line, cursor) = status(&app);
    assert!(line.starts_with(" / xwoon raad  "), "{line:?}");
    assert_eq!(cursor, Some(4), "after the x typed at the start");
    run(
        &mut app,
        &[Action::Edit(Edit::End), Action::Edit(Edit::DeleteWordBack)],
    );
    let (line, cursor) = status(&app);
    assert!(
        line.starts_with(" / xwoon   "),
        "'raad' gone, the space kept: {line:?}"
    );
    assert_eq!(cursor, Some(9), "at the end of 'xwoon '");
    run(
        &mut app,
        &[Action::Edit(Edit::Left), Action::Edit(Edit::DeleteToEnd)],
    );
    let (line, cursor) = status(&app);
    assert!(
        line.starts_with(" / xwoon  ") && !line.starts_with(" / xwoon   "),
        "the space after the cursor gone: {line:?}"
    );
    assert_eq!(cursor, Some(8));
    // Ctrl-c while typing is `Back`: the input goes, the program stays.
    let ctrl_c = woonbeleid::app::keys::action(
        Mode::Typing,
        &crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('c'),
            crossterm::event::KeyModifiers::CONTROL,
        ),
    )
    .unwrap();
    run(&mut app, &[ctrl_c]);
    assert!(!app.quit() && app.typing().is_none() && app.narrowing().is_none());
}

#[test]
fn search_walks_its_hits_across_cities() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Search, "wonen@stad.gent");
    let (_, hits) = app.hit_counter();
    assert!(hits >= 4, "{hits}");
    assert_eq!(visible_cities(&app), ["Gent"]);
    run(&mut app, &[Action::Accept]);
    assert_eq!(
        app.hit_counter(),
        (Some(1), hits),
        "Enter goes to the first hit"
    );
    let first = app.current().unwrap();
    assert!(app.catalog().text(first).contains("wonen@stad.gent"));
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    assert_eq!(app.hit_counter().0, Some(2));
    run(
        &mut app,
        &[
            Action::NextHit(Direction::Backward),
            Action::NextHit(Direction::Backward),
        ],
    );
    assert_eq!(app.hit_counter().0, Some(hits), "N wraps around");
    assert!(
        app.screen()
            .text()
            .contains(&format!("treffer {hits}/{hits}"))
    );
    run(&mut app, &[Action::Back]);
    assert!(app.narrowing().is_none());
}

#[test]
fn hits_count_and_move_only_within_what_the_filter_shows() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "raad");
    run(&mut app, &[Action::Accept]);
    typed(&mut app, Find::Search, "ocmw");
    run(&mut app, &[Action::Accept]);
    let (at, shown) = app.hit_counter();
    assert_eq!(at, Some(1));
    let mut seen = Vec::new();
    for _ in 0..shown {
        let id = app.current().unwrap();
        let item = app.catalog().get(id).unwrap();
        assert!(
            woonbeleid::text::fold(item.title).contains("raad"),
            "{}",
            item.title
        );
        assert!(woonbeleid::text::fold(&app.catalog().text(id)).contains("ocmw"));
        seen.push(id);
        run(&mut app, &[Action::NextHit(Direction::Forward)]);
    }
    assert_eq!(app.hit_counter().0, Some(1), "{shown} steps wrap around");
    let catalog = app.catalog();
    let all = woonbeleid::query::search(
        catalog,
        &woonbeleid::query::Needle::new("ocmw").unwrap(),
        &|| true,
    )
    .unwrap();
    let in_shown = all
        .iter()
        .filter(|h| woonbeleid::text::fold(catalog.title_at(h.item as usize)).contains("raad"))
        .count();
    assert_eq!(
        shown, in_shown,
        "the counter counts the hits in items the filter shows"
    );
    assert!(all.len() > shown, "hits the filter hides are not counted");
}

#[test]
fn the_current_hit_has_its_own_tone_and_is_in_view() {
    let mut app = app(120, 20);
    typed(&mut app, Find::Search, "kotbazen die willen adverteren");
    run(&mut app, &[Action::Accept]);
    let (scroll, _, _) = app.text_scroll();
    assert!(scroll > 0, "a hit deep in the text scrolls into view");
    let text = format!("{:?}", app.screen().body);
    assert!(
        text.contains("CurrentHit"),
        "the hit n went to is marked apart"
    );
    let screen = app.screen().text();
    assert!(screen.contains("adverteren"), "{screen}");
}

#[test]
fn search_is_accent_and_case_blind_and_n_without_one_says_so() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    assert!(app.message().unwrap().contains("geen zoekopdracht"));
    typed(&mut app, Find::Search, "EENMAAL PER JAAR");
    run(&mut app, &[Action::Accept]);
    let id = app.current().unwrap();
    assert!(app.catalog().text(id).contains("Eénmaal per jaar"));
}

#[test]
fn a_four_megabyte_text_is_searched_and_its_last_hit_shown() {
    let long = "Het woonoverleg vergadert.\n".repeat(150_000);
    let data = Data::new()
        .city("Groot", &[("Lang", long.as_str()), ("Kort", "woonoverleg")])
        .build();
    let mut app = app_on(data, 120, 30);
    typed(&mut app, Find::Search, "woonoverleg");
    run(
        &mut app,
        &[Action::Accept, Action::NextHit(Direction::Backward)],
    );
    assert_eq!(app.hit_counter(), (Some(150_001), 150_001));
    assert_eq!(title(&app), "Kort");
    run(&mut app, &[Action::NextHit(Direction::Backward)]);
    assert_eq!(title(&app), "Lang");
    assert!(
        app.text_scroll().0 > 100_000,
        "the last hit of the long text is in view"
    );
}

#[test]
fn up_and_down_while_typing_move_in_the_list() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "woonoverleg");
    let first = city_name(&app);
    run(&mut app, &[Action::Move(Move::Down)]);
    assert_eq!(app.typing(), Some(Find::Filter));
    assert_ne!(city_name(&app), first);
    assert_eq!(app.focus(), Focus::Groups);
}

#[test]
fn a_search_not_back_yet_leaves_what_is_shown_alone() {
    let mut app = app(120, 40);
    app.update(Action::Open(Find::Search));
    app.update(Action::Edit(Edit::Insert('w')));
    assert!(
        app.narrowing().is_none(),
        "nothing is hidden before any hits are in"
    );
    let _ = common::finish_searches(&mut app);
    assert!(app.narrowing().is_some(), "the hits narrow it once in");
}

#[test]
fn each_filter_key_puts_the_best_match_under_the_cursor_in_both_groupings() {
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "gent");
    assert_eq!(
        city_name(&app),
        "Gent",
        "the city's own name is the best match"
    );
    run(&mut app, &[Action::Back]);
    typed(&mut app, Find::Filter, "leuven raad");
    run(&mut app, &[Action::Accept]);
    assert_eq!(
        (city_name(&app).as_str(), title(&app).as_str()),
        ("Leuven", "Lokale woonraad")
    );
    run(&mut app, &[Action::Back, Action::Regroup]);
    assert_eq!(app.grouping(), woonbeleid::app::Grouping::BySection);
    select(&mut app, "Aalst", "Lokaal woonoverleg");
    typed(&mut app, Find::Filter, "leuven raad");
    assert_eq!(
        (city_name(&app).as_str(), title(&app).as_str()),
        ("Leuven", "Lokale woonraad"),
        "per sectie too"
    );
}

#[test]
fn n_walks_hits_section_by_section_per_sectie_and_says_when_it_wraps() {
    let mut app = app(120, 40);
    run(&mut app, &[Action::Regroup]);
    typed(&mut app, Find::Search, "huurdersbond");
    run(&mut app, &[Action::Accept]);
    let hits = app.hit_counter().1;
    assert!(hits > 3, "{hits}");
    let wrapped = |app: &App| app.message() == Some(woonbeleid::strings::WRAPPED_TO_FIRST.get());
    for _ in 0..=hits {
        if wrapped(&app) {
            break;
        }
        run(&mut app, &[Action::NextHit(Direction::Forward)]);
    }
    assert!(wrapped(&app), "n says when it goes round");
    assert_eq!(app.hit_counter().0, Some(1), "round to the first");
    let section = |app: &App| app.sections().of(app.catalog(), app.current().unwrap());
    let mut seen = vec![section(&app)];
    for k in 2..=hits {
        run(&mut app, &[Action::NextHit(Direction::Forward)]);
        assert_eq!(app.hit_counter().0, Some(k), "counted in screen order");
        assert_eq!(app.message(), None, "no word before the last");
        seen.push(section(&app));
    }
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(seen, sorted, "section by section, as the screen shows them");
    assert!(sorted.first() != sorted.last(), "in more than one section");
    run(&mut app, &[Action::NextHit(Direction::Forward)]);
    assert!(wrapped(&app) && app.hit_counter().0 == Some(1));
    run(&mut app, &[Action::NextHit(Direction::Backward)]);
    assert_eq!(app.hit_counter().0, Some(hits));
    assert_eq!(
        app.message(),
        Some(woonbeleid::strings::WRAPPED_TO_LAST.get())
    );
}

#[test]
fn a_narrow_window_shows_the_list_being_narrowed_while_typing_from_the_text() {
    use woonbeleid::app::screen::Body;
    for which in [Find::Filter, Find::Search] {
        for from in [Focus::Groups, Focus::Members, Focus::Text] {
            let mut app = app(60, 20);
            run(&mut app, &[Action::FocusPane(from)]);
            typed(&mut app, which, "woonr");
            let Body::Browse {
                groups, members, ..
            } = &app.screen().body
            else {
                panic!("not browsing");
            };
            assert!(
                groups.is_some() || members.is_some(),
                "{which:?} typed from {from:?} at 60×20: a list is on screen"
            );
            let before = app.current();
            run(&mut app, &[Action::Move(Move::Down)]);
            if app.current() == before {
                run(&mut app, &[Action::Move(Move::Up)]);
            }
            assert_ne!(
                app.current(),
                before,
                "{which:?} from {from:?}: ↑/↓ move in the list"
            );
            run(&mut app, &[Action::Back]);
            assert_eq!(app.focus(), from, "Esc gives the focus back where it was");
        }
    }
}

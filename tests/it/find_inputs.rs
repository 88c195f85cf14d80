//! What the input lines take beyond one query: ` | ` between terms or texts, and the
//! entries accepted before, brought back with Ctrl-p/Ctrl-n.

use crate::common;

use common::{app, run, typed};
use woonbeleid::app::{Action, App, Direction, Find, Mode};

fn visible_cities(app: &App) -> Vec<String> {
    app.group_rows()
        .iter()
        .map(|c| app.catalog().city_name(*c).to_owned())
        .collect()
}

#[test]
fn a_bar_in_the_filter_or_the_search_shows_either() {
    let mut app = app(120, 40);
    let mut items = |query: &str| {
        typed(&mut app, Find::Filter, query);
        let items = app.narrowing().unwrap().items;
        run(&mut app, &[Action::Back]);
        assert!(app.narrowing().is_none());
        items
    };
    let (either, raad, overleg) = (
        items("woonraad$ | woonoverleg$"),
        items("woonraad$"),
        items("woonoverleg$"),
    );
    assert!(raad > 0 && overleg > 0);
    assert_eq!(either, raad + overleg);
    typed(
        &mut app,
        Find::Search,
        "wonen@stad.gent | woonregie@antwerpen.be",
    );
    assert_eq!(visible_cities(&app), ["Antwerpen", "Gent"]);
    run(&mut app, &[Action::Accept]);
    let (_, hits) = app.hit_counter();
    let mut texts = Vec::new();
    for _ in 0..hits {
        let id = app.current().unwrap();
        texts.push(woonbeleid::text::fold::fold(&app.catalog().text(id)));
        run(&mut app, &[Action::NextHit(Direction::Forward)]);
    }
    assert!(texts.iter().any(|t| t.contains("woonregie@antwerpen.be")));
    assert!(texts.iter().any(|t| t.contains("wonen@stad.gent")));
}

#[test]
fn ctrl_p_and_ctrl_n_walk_the_accepted_entries_while_arrows_move_in_the_list() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |code, mods| woonbeleid::app::keys::action(Mode::Typing, &KeyEvent::new(code, mods));
    let ctrl = |c| key(KeyCode::Char(c), KeyModifiers::CONTROL);
    let mut app = app(120, 40);
    typed(&mut app, Find::Filter, "woonraad");
    let effects = run(&mut app, &[Action::Accept]);
    assert!(
        effects.iter().any(|e| matches!(
            e,
            woonbeleid::app::Effect::Remember { which: Find::Filter, typed } if typed == "woonraad"
        )),
        "{effects:?}"
    );
    run(&mut app, &[Action::Back]);
    typed(&mut app, Find::Filter, "over");
    let ctrl_p = ctrl('p');
    assert_eq!(ctrl_p, Some(Action::Recall(Direction::Backward)));
    run(&mut app, &[ctrl_p.unwrap()]);
    assert_eq!(app.typed(Find::Filter), "woonraad");
    assert_eq!(app.narrowing().unwrap().items, 11, "the filter follows");
    let before = app.current();
    let down = key(KeyCode::Down, KeyModifiers::NONE);
    run(&mut app, &[down.unwrap()]);
    assert_ne!(app.current(), before, "↓ moves in the list");
    assert_eq!(app.typed(Find::Filter), "woonraad");
    run(&mut app, &[ctrl('n').unwrap()]);
    assert_eq!(
        app.typed(Find::Filter),
        "over",
        "past the newest: what was typed"
    );
}

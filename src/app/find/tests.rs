//! The finder's walk over hits, in states the app reaches only briefly.

use super::*;
use crate::app::action::Direction;

#[test]
fn a_current_hit_that_is_not_walked_has_no_place_in_the_counter() {
    let hit = |item, at| Hit { item, at };
    let mut f = Finder {
        hits: vec![hit(0, 1), hit(2, 5), hit(4, 0)],
        current: Some(hit(2, 5)),
        ..Finder::default()
    };
    assert_eq!(f.hit_counter(), (Some(2), 3), "all hits walked");
    f.shown = Some(vec![0, 2]);
    assert_eq!(f.hit_counter(), (None, 2), "between the two walked");
    f.current = Some(hit(9, 9));
    assert_eq!(f.hit_counter(), (None, 2), "past the last walked");
    f.shown = None;
    assert_eq!(f.hit_counter(), (None, 3));
}

#[test]
fn without_a_current_hit_n_and_shift_n_go_from_the_item_shown() {
    let hit = |item, at| Hit { item, at };
    let mut f = Finder {
        hits: vec![hit(0, 1), hit(2, 5), hit(2, 7), hit(4, 0)],
        ..Finder::default()
    };
    let from = |f: &mut Finder, way, here| {
        f.current = None;
        f.step(way, Some(here)).map(|(h, _)| h)
    };
    assert_eq!(from(&mut f, Direction::Forward, 2), Some(hit(2, 5)));
    assert_eq!(from(&mut f, Direction::Forward, 3), Some(hit(4, 0)));
    assert_eq!(
        from(&mut f, Direction::Forward, 5),
        Some(hit(0, 1)),
        "wraps"
    );
    assert_eq!(from(&mut f, Direction::Backward, 2), Some(hit(2, 7)));
    assert_eq!(from(&mut f, Direction::Backward, 3), Some(hit(2, 7)));
    assert_eq!(from(&mut f, Direction::Backward, 9), Some(hit(4, 0)));
    f.shown = Some(vec![1, 3]);
    assert_eq!(
        from(&mut f, Direction::Backward, 1),
        Some(hit(4, 0)),
        "wraps"
    );
    assert_eq!(from(&mut f, Direction::Forward, 3), Some(hit(4, 0)));
    assert_eq!(from(&mut f, Direction::Forward, 0), Some(hit(2, 5)));
    f.shown = Some(Vec::new());
    assert_eq!(from(&mut f, Direction::Forward, 0), None);
}

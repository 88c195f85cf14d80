use super::*;

#[test]
fn keys_break_between_names_never_inside_one() {
    assert_eq!(key_rows("j/k  ↓/↑", 20), ["j/k  ↓/↑"]);
    assert_eq!(key_rows("Ctrl-d/Ctrl-u", 8), ["Ctrl-d/", "Ctrl-u"]);
    assert_eq!(key_rows("PgDn/PgUp  Spatie", 10), ["PgDn/PgUp", "Spatie"]);
    assert_eq!(
        key_rows("Shift-Tab", 4),
        ["Shift-Tab"],
        "too long: whole, on its own"
    );
    assert_eq!(
        key_rows("j/k", 3),
        ["j/k"],
        "as wide as the column: one row"
    );
    assert_eq!(key_rows("ab/cd", 5), ["ab/cd"]);
}

#[test]
fn at_every_size_each_key_name_is_whole_on_one_row() {
    for mode in Mode::ALL {
        for (w, h) in [(24, 7), (30, 10), (40, 12), (60, 20), (80, 24), (120, 40)] {
            let mut help = HelpState::new(mode);
            help.sync(Rect::new(0, 0, w, h));
            let names: Vec<String> = keys::help(mode)
                .iter()
                .flat_map(|l| {
                    l.keys
                        .split(['/', ' '])
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .filter(|k| !k.is_empty())
                .collect();
            let text: Vec<String> = help.lines.iter().map(Line::text).collect();
            for name in names {
                assert!(
                    text.iter()
                        .any(|row| row.split(['/', ' ']).any(|t| t == name)),
                    "{mode:?} at {w}×{h}: {name:?} whole on a row: {text:#?}"
                );
            }
            let rect = help.rect;
            assert!(
                rect.width == w || rect.width + 2 < w,
                "{mode:?} at {w}×{h}: the overlay leaves no 1-column sliver ({rect:?})"
            );
        }
    }
}

#[test]
fn the_log_shows_every_message_whole_and_opens_at_its_end() {
    let said: Vec<String> = (1..=40)
        .map(|n| format!("bericht {n}: {}", "heel lang ".repeat(n % 7 * 5)))
        .collect();
    let mut log = HelpState::log(&said);
    log.sync(Rect::new(0, 0, 60, 20));
    let all: String = log
        .lines
        .iter()
        .map(Line::text)
        .collect::<Vec<_>>()
        .join(" ");
    for m in &said {
        let words: Vec<&str> = m.split_whitespace().collect();
        assert!(
            all.split_whitespace()
                .collect::<Vec<_>>()
                .windows(words.len())
                .any(|w| w == words),
            "{m:?} is in the log whole"
        );
    }
    let pane = log.pane();
    assert_eq!(pane.rect, log.rect, "drawn where it was laid out");
    assert!(pane.focused, "the log has the keys");
    let last = log.lines.last().map(Line::text);
    assert_eq!(
        pane.lines.last().map(Line::text),
        last,
        "it opens at its end, on the newest message"
    );
    let shown: Vec<String> = log.pane().lines.iter().map(Line::text).collect();
    assert!(
        shown.iter().any(|r| r.contains("bericht 40"))
            || shown.last().is_some_and(|r| r.contains("heel")),
        "opens on the latest: {shown:#?}"
    );
    assert!(log.pane().title.contains("Berichten"));
    let mut empty = HelpState::log(&[]);
    empty.sync(Rect::new(0, 0, 60, 20));
    assert!(empty.pane().lines[0].text().contains("Nog niets"));
}

#[test]
fn the_help_scrolls_within_its_lines_and_closes_on_a_click() {
    let mut help = HelpState::new(Mode::Outline);
    help.sync(Rect::new(0, 0, 60, 10));
    assert_eq!(help.update(Action::Move(Move::Bottom)), Next::Stay);
    let last = help.scroll;
    assert!(last > 0, "the outline's keys fill more than eight rows");
    help.update(Action::Move(Move::Down));
    assert_eq!(help.scroll, last, "no further than the last line");
    assert_eq!(help.pane().lines.len(), help.height());
    help.update(Action::Move(Move::Top));
    assert_eq!(help.scroll, 0);
    assert_eq!(
        help.update(Action::Edit(crate::app::action::Edit::End)),
        Next::Stay
    );
    assert_eq!(
        help.update(Action::Click { column: 0, row: 0 }),
        Next::Close
    );
}

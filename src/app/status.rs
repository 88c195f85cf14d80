//! The status line: what is being typed (with its cursor) first, then what the filter and
//! search leave, then a message or the mode's hints (after the selection's name where its
//! pane cuts it); each shortened, in that order, when the window is narrow, so typing is
//! never hidden by anything else.

use tui_input::Input;
use unicode_width::UnicodeWidthStr;

use super::screen::{Line, Seg, Tone, fit};
use crate::strings;

/// An open input line: its prompt and its state.
pub struct Typed<'a> {
    pub prompt: &'a str,
    pub input: &'a Input,
}

/// What follows the summary.
pub enum Tail {
    Hints(Vec<String>),
    Message(String),
    /// The selection's names its pane cuts (the group, then the row's), then the hints
    /// that fit beside them.
    Named(Vec<String>, Vec<String>),
}

const GAP: &str = "  ";

/// The gap before a part: none before the first.
fn gap(used: usize) -> &'static str {
    if used <= 1 { "" } else { GAP }
}

/// The line and, while typing, the cursor's column.
#[must_use]
pub fn compose(
    width: usize,
    typed: Option<&Typed<'_>>,
    summary: &[String],
    tail: &Tail,
) -> (Line, Option<u16>) {
    let mut segs = vec![Seg::plain(" ")];
    let mut used = 1;
    let mut cursor = None;
    if let Some(typed) = typed {
        let (input, x) = typed_part(typed, width, used);
        used += input.iter().map(|s| s.text.width()).sum::<usize>();
        segs.extend(input);
        cursor = (x < width).then_some(x as u16);
        used = used.max(x + 1);
    }
    let summary = summary.join(" · ");
    let g = gap(used);
    if !summary.is_empty()
        && used + g.len() < width
        && let Some(s) = fit(&summary, width - used - g.len())
    {
        used += g.len() + s.width();
        segs.push(Seg::plain(g));
        segs.push(Seg::new(s, Tone::Count));
    }
    let g = gap(used);
    let room = width.saturating_sub(used + g.len());
    let rest: Vec<Seg> = match tail {
        Tail::Message(m) => cut_message(m, room).map(Seg::plain).into_iter().collect(),
        Tail::Hints(hints) => whole_hints(hints, room)
            .map(Seg::plain)
            .into_iter()
            .collect(),
        Tail::Named(names, hints) => named(names, hints, room),
    };
    if !rest.is_empty() {
        segs.push(Seg::plain(g));
        segs.extend(rest);
    }
    (Line::new(segs), cursor)
}

/// The prompt and the visible part of what is typed, scrolled so the cursor stays in
/// view; and the cursor's column.
fn typed_part(typed: &Typed<'_>, width: usize, used: usize) -> (Vec<Seg>, usize) {
    let prompt_w = typed.prompt.width();
    // Room for the text and the cursor after it.
    let room = width.saturating_sub(used + prompt_w + 1);
    let scroll = typed.input.visual_scroll(room);
    let shown = skip_width(typed.input.value(), scroll);
    let shown = super::screen::take_width(&shown, room).to_owned();
    let x = used + prompt_w + typed.input.visual_cursor().saturating_sub(scroll);
    (
        vec![Seg::new(typed.prompt, Tone::Heading), Seg::plain(shown)],
        x,
    )
}

/// A message as far as it fits; one cut says where the rest is (the log, `M`).
fn cut_message(m: &str, room: usize) -> Option<String> {
    if room == 0 {
        return None;
    }
    if m.width() <= room {
        return Some(m.to_owned());
    }
    let to_log = strings::CUT_TO_LOG;
    match room.checked_sub(to_log.width()) {
        Some(left) if left > 8 => Some(format!("{}{to_log}", fit(m, left)?)),
        _ => fit(m, room),
    }
}

/// The selection's names as a breadcrumb, or where that does not fit the row's own (the
/// most particular), cut with `…` when even the line cannot hold it; then as many hints as
/// fit whole beside it.
fn named(parts: &[String], hints: &[String], room: usize) -> Vec<Seg> {
    let mark = |name: &str| format!("{} {name}", strings::SELECTION_MARK);
    let all = mark(&parts.join(strings::BREADCRUMB_SEPARATOR));
    let shown = if all.width() <= room {
        all
    } else {
        mark(parts.last().map_or("", String::as_str))
    };
    let Some(shown) = fit(&shown, room) else {
        return Vec::new();
    };
    let left = room.saturating_sub(shown.width() + GAP.len());
    let mut segs = vec![Seg::new(shown, Tone::Heading)];
    segs.extend(whole_hints(hints, left).map(|h| Seg::plain(format!("{GAP}{h}"))));
    segs
}

/// As many hints as fit whole: a hint cut in two says nothing.
fn whole_hints(hints: &[String], room: usize) -> Option<String> {
    let mut shown = Vec::new();
    let mut left = room;
    for h in hints {
        let w = h.width() + if shown.is_empty() { 0 } else { 3 };
        if w > left {
            break;
        }
        left -= w;
        shown.push(h.as_str());
    }
    (!shown.is_empty()).then(|| shown.join(" · "))
}

/// `s` without its first `width` columns.
fn skip_width(s: &str, width: usize) -> String {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        if used >= width {
            return s[i..].to_owned();
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str) -> Input {
        Input::new(text.to_owned())
    }

    #[test]
    fn what_is_typed_comes_first_with_its_cursor() {
        let i = input("lokaal woonoverleg gent");
        let summary = vec![
            "filter: lokaal woonoverleg gent".to_owned(),
            "1 item in 1 stad".to_owned(),
        ];
        let hints = Tail::Hints(vec!["Enter houden".into(), "Esc wissen".into()]);
        let (line, cursor) = compose(
            80,
            Some(&Typed {
                prompt: "/ ",
                input: &i,
            }),
            &summary,
            &hints,
        );
        let text = line.text();
        assert!(text.starts_with(" / lokaal woonoverleg gent"), "{text}");
        assert_eq!(cursor, Some(26));
        assert!(text.width() <= 80, "{text}");
        assert!(text.contains("1 item"), "{text}");
    }

    #[test]
    fn at_forty_columns_the_input_still_shows_and_the_rest_gives_way() {
        let i = input("lokaal woonoverleg gent");
        let summary = vec!["filter: lokaal woonoverleg gent · 1 item in 1 stad".to_owned()];
        let (line, cursor) = compose(
            40,
            Some(&Typed {
                prompt: "/ ",
                input: &i,
            }),
            &summary,
            &Tail::Hints(vec!["Enter houden".into()]),
        );
        let text = line.text();
        assert!(text.contains("lokaal woonoverleg gent"), "{text}");
        assert!(text.width() <= 40, "{text}");
        assert!(cursor.is_some_and(|c| c < 40));
        // Longer than the line: the text scrolls, the cursor stays in view.
        let long = input(&"woon ".repeat(20));
        let (line, cursor) = compose(
            30,
            Some(&Typed {
                prompt: "/ ",
                input: &long,
            }),
            &[],
            &Tail::Hints(vec![]),
        );
        assert!(line.text().width() <= 30);
        assert!(cursor.is_some_and(|c| c < 30), "{cursor:?}");
    }

    #[test]
    fn hints_are_whole_or_absent_and_summaries_are_cut_with_an_ellipsis() {
        let hints = || {
            Tail::Hints(vec![
                "j/k kies".into(),
                "/ filter".into(),
                "n/N treffer".into(),
            ])
        };
        let (line, _) = compose(
            120,
            None,
            &["filter: raad".into(), "24 items in 13 steden".into()],
            &hints(),
        );
        assert!(
            line.text().ends_with("j/k kies · / filter · n/N treffer"),
            "{}",
            line.text()
        );
        let (line, _) = compose(
            50,
            None,
            &["filter: raad".into(), "24 items in 13 steden".into()],
            &hints(),
        );
        let text = line.text();
        assert!(text.contains("24 items in 13 steden"), "{text}");
        assert!(
            !text.contains("treff ") && !text.ends_with("treff"),
            "{text}"
        );
        let (line, _) = compose(
            20,
            None,
            &["filter: raad · 24 items in 13 steden".into()],
            &hints(),
        );
        assert!(
            line.text().ends_with('…') && line.text().width() <= 20,
            "{}",
            line.text()
        );
    }

    #[test]
    fn a_cut_message_says_the_log_has_it_whole() {
        let long = "notities niet beschikbaar: /een/lange/map/notes.ron:1: kan niet gelezen worden: kolom 45: een komma verwacht";
        let (line, _) = compose(60, None, &[], &Tail::Message(long.into()));
        let text = line.text();
        assert!(
            text.ends_with("… (M: heel)") && text.width() <= 60,
            "{text}"
        );
        let (line, _) = compose(200, None, &[], &Tail::Message(long.into()));
        assert!(
            line.text().ends_with("een komma verwacht"),
            "whole: no pointer"
        );
        let (line, _) = compose(12, None, &[], &Tail::Message(long.into()));
        assert!(
            line.text().width() <= 12 && line.text().ends_with('…'),
            "too narrow for the pointer"
        );
    }

    #[test]
    fn a_cut_name_comes_before_the_hints_which_give_way_first() {
        let tail = || {
            Tail::Named(
                vec!["Gemeente 000123 Sint-Niklaas".into()],
                vec!["? hulp".into(), "j/k kies".into()],
            )
        };
        let (line, _) = compose(80, None, &[], &tail());
        assert_eq!(
            line.text(),
            " ▶ Gemeente 000123 Sint-Niklaas  ? hulp · j/k kies"
        );
        let name = line.segs.iter().find(|s| s.text.contains("Gemeente"));
        assert_eq!(name.map(|s| s.tone), Some(Tone::Heading), "stands out");
        let (line, _) = compose(32, None, &[], &tail());
        assert_eq!(line.text(), " ▶ Gemeente 000123 Sint-Niklaas");
        let (line, _) = compose(20, None, &[], &tail());
        assert_eq!(line.text(), " ▶ Gemeente 000123 …");
        let two = |width| {
            let names = vec![
                "Gemeente 000123 Sint-Niklaas".into(),
                "Lokale woonraad".into(),
            ];
            compose(width, None, &[], &Tail::Named(names, Vec::new()))
                .0
                .text()
        };
        assert_eq!(two(80), " ▶ Gemeente 000123 Sint-Niklaas › Lokale woonraad");
        assert_eq!(
            two(40),
            " ▶ Lokale woonraad",
            "too long: the row's own name"
        );
        let (line, _) = compose(60, None, &["filter: gent".into()], &tail());
        assert_eq!(
            line.text(),
            " filter: gent  ▶ Gemeente 000123 Sint-Niklaas  ? hulp"
        );
    }
}

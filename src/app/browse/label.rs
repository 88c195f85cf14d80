//! A list row's text: its name cut to the room it has, with what matched kept in view and
//! marked, and its count at the right edge.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::app::screen::{Emphasis, Line, Seg, Tone, fit_segs, take_width};
use crate::query::Query;

/// `7`, or `3/7` while a filter or search narrows.
pub(super) fn count(shown: Option<usize>, total: usize) -> String {
    shown.map_or_else(|| total.to_string(), |n| format!("{n}/{total}"))
}

/// A list row: marker (with the row's indent), name (matches marked, cut to fit with the
/// match kept in view) and its count at the right edge.
pub(super) fn name_row(
    marker: &str,
    label: &str,
    count: &str,
    width: usize,
    query: &Query,
    tone: Tone,
    selected: Option<bool>,
) -> Line {
    let room = width.saturating_sub(marker.width() + count.width() + 2);
    let mut segs = vec![Seg::new(marker, Tone::Marker)];
    let label = label_segs(label, &query.highlight(label), room, tone);
    let used: usize = marker.width() + label.iter().map(|s| s.text.width()).sum::<usize>();
    segs.extend(label);
    segs.push(Seg::plain(
        " ".repeat(width.saturating_sub(used + count.width() + 1).max(1)),
    ));
    segs.push(Seg::new(count, Tone::Count));
    segs.push(Seg::plain(" "));
    let mut line = Line::new(fit_segs(segs, width));
    if let Some(focused) = selected {
        line.emphasis = Emphasis::Selected { focused };
    }
    line
}

/// A title in `room` columns with the chars at `marked` as matches. Cut at the end with
/// `…`; when the first match would fall in the cut part, the start is cut instead, so
/// what matched stays visible.
pub(super) fn label_segs(text: &str, marked: &[usize], room: usize, tone: Tone) -> Vec<Seg> {
    if room == 0 {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let fits = text.width() <= room;
    let mut start = 0;
    if !fits && let Some(&first) = marked.first() {
        let head: usize = chars[..first.min(chars.len())]
            .iter()
            .map(|(_, c)| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0))
            .sum();
        if head + 1 >= room.saturating_sub(1) {
            // Start a few chars before the match, after an ellipsis.
            start = first.saturating_sub(3).max(1);
        }
    }
    let from = chars.get(start).map_or(text.len(), |(b, _)| *b);
    let rest = &text[from..];
    let lead = usize::from(start > 0);
    let shown = if rest.width() + lead <= room {
        rest
    } else {
        take_width(rest, room.saturating_sub(lead + 1))
    };
    let cut_end = shown.len() < rest.len();
    let mut segs = Vec::new();
    if start > 0 {
        segs.push(Seg::new("…", tone));
    }
    let ranges: Vec<Range<usize>> = marked
        .iter()
        .filter_map(|&i| chars.get(i))
        .map(|(b, c)| *b..*b + c.len_utf8())
        .filter(|r| r.start >= from && r.end <= from + shown.len())
        .map(|r| r.start - from..r.end - from)
        .collect();
    let mut at = 0;
    for r in merge(ranges) {
        if at < r.start {
            segs.push(Seg::new(&shown[at..r.start], tone));
        }
        segs.push(Seg::new(&shown[r.clone()], Tone::Match));
        at = r.end;
    }
    if at < shown.len() {
        segs.push(Seg::new(&shown[at..], tone));
    }
    if cut_end {
        segs.push(Seg::new("…", tone));
    }
    segs
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if last.end >= r.start => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(segs: &[Seg]) -> String {
        segs.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis_and_keep_their_match_in_view() {
        let t = "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID";
        assert_eq!(
            shown(&label_segs(t, &[], 20, Tone::Plain)),
            "A. INTERNE ORGANISA…"
        );
        assert_eq!(shown(&label_segs("Kort", &[], 20, Tone::Plain)), "Kort");
        // A match past the cut: the row starts near it instead.
        let at = t.chars().position(|c| c == 'W').unwrap();
        let marks: Vec<usize> = (at..at + 4).collect();
        let segs = label_segs(t, &marks, 20, Tone::Plain);
        let text = shown(&segs);
        assert!(text.starts_with('…') && text.contains("WOON"), "{text}");
        assert!(text.width() <= 20, "{text}");
        assert!(
            segs.iter()
                .any(|s| s.tone == Tone::Match && s.text.contains("WOON"))
        );
        assert!(label_segs(t, &[], 0, Tone::Plain).is_empty());
    }

    #[test]
    fn name_rows_keep_the_count_at_the_edge() {
        let q = Query::default();
        let line = name_row("▶ ", "Sint-Niklaas", "7", 18, &q, Tone::Plain, Some(true));
        assert_eq!(line.text(), "▶ Sint-Niklaas  7 ");
        let line = name_row(
            "  ",
            "Een heel lange stadsnaam",
            "3/7",
            18,
            &q,
            Tone::Plain,
            None,
        );
        assert_eq!(line.text().width(), 18, "{}", line.text());
        assert!(line.text().contains('…') && line.text().ends_with("3/7 "));
    }
}

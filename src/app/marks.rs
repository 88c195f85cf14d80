//! What a line of text is marked with (search and filter matches, the current hit, links)
//! and a wrapped row of it as toned segments: for the Tekst pane and the comparison.

use std::collections::HashMap;
use std::ops::Range;

use super::screen::{Line, Seg, Tone};
use crate::highlight;
use crate::model::ItemId;
use crate::text::FoldedLine;
use crate::wrap::Row;

/// What the text pane marks: folded needles, and the current hit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marking {
    pub needles: Vec<String>,
    /// The current hit: its item and where it starts in the item's folded text.
    pub hit: Option<(ItemId, usize, usize)>,
    /// The user's note on the item, shown under its text.
    pub note: Option<String>,
}

/// The marks of one source line: matches first (they win where they overlap), then links;
/// the current hit over all. Kept per line once worked out.
pub(super) fn line_marks(
    cache: &mut HashMap<usize, Vec<(Range<usize>, Tone)>>,
    marking: &Marking,
    hit: Option<&(usize, Range<usize>)>,
    line_no: usize,
    line: &str,
) {
    cache.entry(line_no).or_insert_with(|| {
        let folded = FoldedLine::new(line);
        let mut marks: Vec<(Range<usize>, Tone)> = hit
            .filter(|(l, _)| *l == line_no)
            .map(|(_, r)| (r.clone(), Tone::CurrentHit))
            .into_iter()
            .collect();
        for needle in &marking.needles {
            marks.extend(
                folded
                    .find_all(needle)
                    .into_iter()
                    .map(|r| (r, Tone::Match)),
            );
        }
        marks.extend(highlight::find(line).into_iter().map(|(r, kind)| {
            let tone = match kind {
                highlight::Kind::Email => Tone::Email,
                highlight::Kind::Url => Tone::Url,
                highlight::Kind::Phone => Tone::Phone,
            };
            (r, tone)
        }));
        marks
    });
}

/// One wrapped row as segments, toned where it overlaps a marked range of its line (the
/// first mark wins where marks overlap).
#[must_use]
pub fn styled_row(line: &str, row: &Row, marks: &[(Range<usize>, Tone)]) -> Line {
    let mut segs = Vec::new();
    if row.indent > 0 {
        segs.push(Seg::plain(" ".repeat(row.indent)));
    }
    let span = row.range.clone();
    let mut at = span.start;
    let mut sorted: Vec<&(Range<usize>, Tone)> = marks.iter().collect();
    sorted.sort_by_key(|(r, _)| r.start);
    for (range, tone) in sorted {
        let start = range.start.clamp(at, span.end);
        let end = range.end.clamp(start, span.end);
        if start >= end {
            continue;
        }
        if at < start {
            segs.push(Seg::plain(&line[at..start]));
        }
        segs.push(Seg::new(&line[start..end], *tone));
        at = end;
    }
    if at < span.end {
        segs.push(Seg::plain(&line[at..span.end]));
    }
    Line::new(segs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_split_a_row_and_the_first_wins() {
        let line = "een twee drie";
        let row = Row {
            line: 0,
            range: 0..13,
            indent: 2,
        };
        let l = styled_row(
            line,
            &row,
            &[(4..8, Tone::CurrentHit), (6..10, Tone::Match)],
        );
        let parts: Vec<(&str, Tone)> = l.segs.iter().map(|s| (s.text.as_str(), s.tone)).collect();
        assert_eq!(
            parts,
            [
                ("  ", Tone::Plain),
                ("een ", Tone::Plain),
                ("twee", Tone::CurrentHit),
                (" d", Tone::Match),
                ("rie", Tone::Plain)
            ]
        );
        let tail = Row {
            line: 0,
            range: 9..13,
            indent: 0,
        };
        assert_eq!(
            styled_row(line, &tail, &[(6..10, Tone::Match)]).segs[0].text,
            "d"
        );
    }
}

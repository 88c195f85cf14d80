//! Text cut into spans where parts of it are marked (matches, links).

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::Span;

/// Byte ranges of `text` for sorted char positions, adjacent positions merged.
#[must_use]
pub fn char_ranges(text: &str, chars: &[usize]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut wanted = chars.iter().peekable();
    for (i, (byte, c)) in text.char_indices().enumerate() {
        while wanted.next_if(|w| **w < i).is_some() {}
        if wanted.next_if(|w| **w == i).is_some() {
            match ranges.last_mut() {
                Some(last) if last.end == byte => last.end = byte + c.len_utf8(),
                _ => ranges.push(byte..byte + c.len_utf8()),
            }
        }
    }
    ranges
}

/// `text[span]` as spans, each part inside a mark in the mark's style (the first mark
/// wins where marks overlap), the rest in `base`.
#[must_use]
pub fn marked<'a>(
    text: &'a str,
    span: Range<usize>,
    marks: &[(Range<usize>, Style)],
    base: Style,
) -> Vec<Span<'a>> {
    let mut sorted: Vec<&(Range<usize>, Style)> = marks.iter().collect();
    sorted.sort_by_key(|(r, _)| r.start);
    let mut spans = Vec::new();
    let mut at = span.start;
    for (range, style) in sorted {
        let start = range.start.clamp(at, span.end);
        let end = range.end.clamp(start, span.end);
        if start >= end {
            continue;
        }
        if at < start {
            spans.push(Span::styled(&text[at..start], base));
        }
        spans.push(Span::styled(&text[start..end], base.patch(*style)));
        at = end;
    }
    if at < span.end {
        spans.push(Span::styled(&text[at..span.end], base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn char_positions_become_byte_ranges() {
        assert_eq!(char_ranges("COÖRD x", &[0, 1, 2, 3, 6]), [0..5, 7..8]);
        assert!(char_ranges("abc", &[]).is_empty());
    }

    #[test]
    fn marks_split_the_text() {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let spans = marked(
            "een twee drie",
            0..13,
            &[(4..8, bold), (6..10, bold)],
            Style::new(),
        );
        let parts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(parts, ["een ", "twee", " d", "rie"]);
        assert!(spans[2].style.add_modifier.contains(Modifier::BOLD));
    }
}

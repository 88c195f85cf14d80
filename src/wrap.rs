//! Word wrapping of descriptions into screen rows. Rows point into the source text (line
//! number and byte range) so highlights found on the source line carry over unchanged.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// One screen row of wrapped text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Line number in the text (0-based).
    pub line: usize,
    /// The bytes of that line shown on this row.
    pub range: Range<usize>,
    /// Columns of blank space before the row's text: the hanging indent of a wrapped bullet.
    pub indent: usize,
}

/// Bullet marks after which wrapped lines indent under the text, not under the mark.
const BULLETS: [char; 6] = ['•', '-', '*', '–', '·', '◦'];

/// Wraps every line of `text` to `width` columns. Words longer than a row are split.
#[must_use]
pub fn wrap(text: &str, width: usize) -> Vec<Row> {
    let width = width.max(1);
    let mut rows = Vec::new();
    for (line, s) in text.split('\n').enumerate() {
        wrap_line(line, s, width, &mut rows);
    }
    rows
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Columns taken by the leading blanks and a bullet mark with its following blanks.
fn hanging_indent(s: &str) -> usize {
    let body = s.trim_start();
    let mut indent: usize = s[..s.len() - body.len()].chars().map(char_width).sum();
    let mut chars = body.chars();
    if let Some(mark) = chars.next().filter(|c| BULLETS.contains(c)) {
        let after = chars.as_str();
        let text = after.trim_start();
        if text.len() < after.len() {
            indent += char_width(mark)
                + after[..after.len() - text.len()]
                    .chars()
                    .map(char_width)
                    .sum::<usize>();
        }
    }
    indent
}

fn wrap_line(line: usize, s: &str, width: usize, rows: &mut Vec<Row>) {
    let hang = hanging_indent(s);
    // A hanging indent that eats most of the row helps nobody.
    let hang = if hang * 2 > width { 0 } else { hang };
    let mut start = 0;
    let mut indent = 0;
    loop {
        let avail = width - indent;
        let (end, next) = break_at(s, start, avail);
        rows.push(Row {
            line,
            range: start..end,
            indent,
        });
        if next >= s.len() {
            return;
        }
        start = next;
        indent = hang;
    }
}

/// Where the row starting at byte `start` ends (`end`) and the next begins (`next`, past
/// the blanks at the break).
fn break_at(s: &str, start: usize, avail: usize) -> (usize, usize) {
    let mut used = 0;
    let mut last_space: Option<usize> = None;
    for (i, c) in s[start..].char_indices() {
        let at = start + i;
        let w = char_width(c);
        if c == ' ' {
            last_space = Some(at);
        }
        if used + w > avail {
            if c == ' ' {
                return (at, skip_spaces(s, at));
            }
            return match last_space {
                Some(sp) if sp > start => (sp, skip_spaces(s, sp)),
                // One word wider than the row: split it (but always move forward).
                _ => {
                    let end = if at == start { at + c.len_utf8() } else { at };
                    (end, end)
                }
            };
        }
        used += w;
    }
    (s.len(), s.len())
}

fn skip_spaces(s: &str, at: usize) -> usize {
    at + s[at..].len() - s[at..].trim_start_matches(' ').len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, width: usize) -> Vec<String> {
        let lines: Vec<&str> = text.split('\n').collect();
        wrap(text, width)
            .iter()
            .map(|r| {
                format!(
                    "{}{}",
                    " ".repeat(r.indent),
                    &lines[r.line][r.range.clone()]
                )
            })
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(shown("een twee drie vier", 9), ["een twee", "drie vier"]);
        assert_eq!(shown("een twee drie vier", 100), ["een twee drie vier"]);
    }

    #[test]
    fn keeps_empty_lines_as_paragraph_breaks() {
        assert_eq!(shown("a\n\nb", 10), ["a", "", "b"]);
    }

    #[test]
    fn bullets_hang_under_their_text() {
        assert_eq!(
            shown(" • de betrokken schepenen", 14),
            [" • de", "   betrokken", "   schepenen"]
        );
        assert_eq!(shown("- een twee drie", 9), ["- een", "  twee", "  drie"]);
    }

    #[test]
    fn long_words_are_split_and_wide_chars_counted() {
        assert_eq!(
            shown("https://solidair.stad.gent", 10),
            ["https://so", "lidair.sta", "d.gent"]
        );
        assert_eq!(shown("日本語です", 4), ["日本", "語で", "す"]);
        assert_eq!(shown("日本", 1), ["日", "本"]);
    }

    #[test]
    fn every_byte_of_every_line_is_shown_once() {
        let text = "Het Lokaal Woonoverleg is samengesteld uit:\n • de betrokken schepenen (schepen van Sociale Zaken)\n\nEénmaal per jaar";
        for width in 1..60 {
            let rows = wrap(text, width);
            let joined: String = text
                .split('\n')
                .enumerate()
                .map(|(n, l)| {
                    rows.iter()
                        .filter(|r| r.line == n)
                        .map(|r| &l[r.range.clone()])
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n");
            let squash = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(squash(&joined), squash(text), "width {width}");
        }
    }
}

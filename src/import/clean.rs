//! Text clean-up shared by both export formats. Everything that reaches a `Dataset` passes
//! through here, which is what keeps a description from ever driving the terminal.

use std::borrow::Cow;

const NBSP: char = '\u{a0}';
const ESC: char = '\u{1b}';
/// The 8-bit Control Sequence Introducer; a terminal may treat it like `ESC [`.
const CSI: char = '\u{9b}';

/// One line made inert and plain: U+00A0 becomes a space, tabs become spaces, escape
/// sequences and control characters (C0, DEL, C1, bidi overrides, stray BOMs) are removed,
/// trailing whitespace is dropped. Leading whitespace stays: it indents bullets.
#[must_use]
pub fn clean_line(line: &str) -> Cow<'_, str> {
    // Most lines need nothing but the trailing blanks trimmed: borrow those, which keeps
    // the importer from copying every line twice.
    if !needs_cleaning(line) {
        return Cow::Borrowed(line.trim_end());
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            NBSP => out.push(' '),
            '\t' => out.push_str("    "),
            ESC => skip_escape(&mut chars),
            CSI => skip_until_final(&mut chars),
            c if is_inert_worthy(c) => {}
            c => out.push(c),
        }
    }
    out.truncate(out.trim_end().len());
    Cow::Owned(out)
}

/// A line reduced for comparison with titles and row markers: cleaned and trimmed.
#[must_use]
pub fn norm(line: &str) -> Cow<'_, str> {
    match clean_line(line) {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim_start()),
        Cow::Owned(s) => Cow::Owned(s.trim_start().to_owned()),
    }
}

/// A description from its raw lines: each line cleaned, blank lines at either end dropped,
/// inner blank lines (paragraphs) kept.
#[must_use]
pub fn description<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let cleaned: Vec<Cow<'_, str>> = lines.into_iter().map(clean_line).collect();
    let first = cleaned.iter().position(|l| !l.is_empty());
    let last = cleaned.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => cleaned[first..=last].join("\n"),
        _ => String::new(),
    }
}

/// Whether a line holds anything `clean_line` changes besides trailing blanks, decided on
/// the UTF-8 bytes: C0 controls and tabs, DEL, C1 controls and U+00A0 (`C2 80`–`C2 A0`),
/// bidi overrides (`E2 80 AA`–`AE`, `E2 81 A6`–`A9`) and a BOM (`EF BB BF`).
fn needs_cleaning(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0x00..=0x1f | 0x7f => true,
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0xa0)),
        0xe2 => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        0xef => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0xbb), Some(0xbf))
        ),
        _ => false,
    })
}

fn is_inert_worthy(c: char) -> bool {
    c.is_control() || is_invisible_control(c)
}

/// Bidi overrides and stray BOMs: not control characters to Unicode, but they can make a
/// line read differently from what it holds.
#[must_use]
pub fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        // OSC, DCS, SOS, PM, APC: strings ended by BEL or ST (ESC \).
        Some(']' | 'P' | 'X' | '^' | '_') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{9c}' {
                    break;
                }
                if c == ESC {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        // Two-character escapes (ESC c, ESC 7, …) and a lone ESC at the end.
        _ => {}
    }
}

fn skip_until_final(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nbsp_becomes_space_and_trailing_space_goes() {
        assert_eq!(clean_line("a\u{a0}b\u{a0} \u{a0}"), "a b");
        assert_eq!(clean_line("\u{a0}"), "");
        assert_eq!(clean_line(" • bullet "), " • bullet");
    }

    #[test]
    fn escape_sequences_and_controls_are_removed() {
        assert_eq!(clean_line("a\u{1b}[31mrood\u{1b}[0m"), "arood");
        assert_eq!(clean_line("\u{1b}]0;titel\u{7}x"), "x");
        assert_eq!(clean_line("\u{1b}]8;;http://x\u{1b}\\link"), "link");
        assert_eq!(clean_line("a\u{1b}cb"), "ab");
        assert_eq!(clean_line("a\u{9b}2Jb"), "ab");
        assert_eq!(clean_line("a\rb\u{7}\u{8}\u{7f}\u{85}c"), "abc");
        assert_eq!(clean_line("x\u{202e}y\u{feff}"), "xy");
        assert_eq!(clean_line("eind\u{1b}"), "eind");
        assert_eq!(clean_line("\tx"), "    x");
    }

    #[test]
    fn descriptions_keep_paragraphs_but_not_outer_blank_lines() {
        let lines = [
            "\u{a0}",
            "",
            "eerste",
            "\u{a0}",
            "",
            " • twee",
            "",
            "\u{a0} ",
        ];
        assert_eq!(description(lines), "eerste\n\n\n • twee");
        assert_eq!(description(["", "\u{a0}"]), "");
    }

    #[test]
    fn the_byte_test_agrees_with_the_char_rules() {
        let probes = (0..0x3000u32).chain([0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0x1f3e0]);
        for c in probes.filter_map(char::from_u32) {
            let by_chars = c == NBSP || c == '\t' || is_inert_worthy(c);
            assert_eq!(
                needs_cleaning(&format!("a{c}b")),
                by_chars,
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn norm_trims_both_ends() {
        assert_eq!(norm("\u{a0}Lokaal woonoverleg "), "Lokaal woonoverleg");
    }
}

/// Text from a source that skipped the importer (a hand-edited dataset) shown as it is but
/// unable to act: control characters become their visible Unicode pictures (`␛` for ESC).
#[must_use]
pub fn inert(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => '\n',
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('�'),
            '\u{7f}' => '\u{2421}',
            c if is_inert_worthy(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod inert_tests {
    #[test]
    fn controls_become_visible_pictures() {
        assert_eq!(
            super::inert("a\u{1b}[2Jb\nc\u{7f}\u{9b}"),
            "a\u{241b}[2Jb\nc\u{2421}\u{fffd}"
        );
    }
}

//! Text clean-up shared by both export formats. Everything that reaches a `Dataset` passes
//! through here, which is what keeps a description from ever driving the terminal, and a
//! name from looking like another.

use std::borrow::Cow;

const NBSP: char = '\u{a0}';
const ESC: char = '\u{1b}';
/// The 8-bit Control Sequence Introducer; a terminal may treat it like `ESC [`.
const CSI: char = '\u{9b}';

/// One line made inert and plain: U+00A0 becomes a space, tabs become spaces, line and
/// paragraph separators (U+2028, U+2029) become spaces, escape sequences, control
/// characters and invisible format characters (zero-width, bidi, stray BOMs; see
/// `is_invisible`) are removed, trailing whitespace is dropped. Leading whitespace stays:
/// it indents bullets.
#[must_use]
pub fn clean_line(line: &str) -> Cow<'_, str> {
    // Most lines need nothing but the trailing blanks trimmed: borrow those, which keeps
    // the importer from copying every line twice.
    if !needs_cleaning(line) {
        return Cow::Borrowed(line.trim_end());
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while !rest.is_empty() {
        // Copy the plain run up to the next character to clean in one go.
        let plain = first_special(rest.as_bytes());
        out.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        match c {
            NBSP | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\t' => out.push_str("    "),
            ESC => rest = after_escape(rest),
            CSI => rest = after_final(rest),
            // The rest of what `first_special` stops at is invisible: removed.
            _ => {}
        }
    }
    out.truncate(out.trim_end().len());
    Cow::Owned(out)
}

/// A line reduced for comparison with titles and row markers: cleaned and trimmed. Titles
/// and city names are this, on every path (import, `--city`).
#[must_use]
pub fn norm(line: &str) -> Cow<'_, str> {
    trim_start(clean_line(line))
}

/// A cleaned line without its leading whitespace, copying nothing.
#[must_use]
pub fn trim_start(line: Cow<'_, str>) -> Cow<'_, str> {
    match line {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim_start()),
        Cow::Owned(mut s) => {
            let lead = s.len() - s.trim_start().len();
            s.drain(..lead);
            Cow::Owned(s)
        }
    }
}

/// Whether cleaning a name removes something a reader cannot see (a control character, an
/// escape sequence, a zero-width or bidi character, a line separator): two names that
/// differ only by such characters look alike, and the importer refuses them.
#[must_use]
pub fn hides_something(name: &str) -> bool {
    needs_cleaning(name)
        && name
            .chars()
            .any(|c| c != '\t' && (is_invisible(c) || is_separator(c)))
}

/// A description from its raw lines: each line cleaned, blank lines at either end dropped,
/// inner blank lines (paragraphs) kept.
#[must_use]
pub fn description<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let cleaned: Vec<Cow<'_, str>> = lines.into_iter().map(clean_line).collect();
    join(&cleaned)
}

/// A description from lines already cleaned (`clean_line`): blank lines at either end
/// dropped, the rest joined by newlines.
#[must_use]
pub fn join(cleaned: &[Cow<'_, str>]) -> String {
    let first = cleaned.iter().position(|l| !l.is_empty());
    let last = cleaned.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => cleaned[first..=last].join("\n"),
        _ => String::new(),
    }
}

/// Whether a line holds anything `clean_line` changes besides trailing blanks, decided on
/// the UTF-8 bytes: C0 controls and tabs, DEL, C1 controls and U+00A0 (`C2 80`–`C2 A0`),
/// U+061C (`D8 9C`), U+200B–U+200F, U+2028–U+202E, U+2060–U+2064, U+2066–U+2069
/// (`E2 80 8B`…`E2 81 A9`) and a BOM (`EF BB BF`). Lines are mostly ASCII: the control
/// test runs without branches and the rest only looks at the few lead bytes that matter.
pub(super) fn needs_cleaning(line: &str) -> bool {
    first_special(line.as_bytes()) < line.len()
}

const CONTROL: u8 = 1;
/// The lead byte of U+0080–U+00BF, U+061C, U+2000–U+20FF or U+FEFF.
const LEAD: u8 = 2;
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = CONTROL;
        b += 1;
    }
    t[0x7f] = CONTROL;
    t[0xc2] = LEAD;
    t[0xd8] = LEAD;
    t[0xe2] = LEAD;
    t[0xef] = LEAD;
    t
};

/// Whether eight bytes are all printable ASCII (`0x20`–`0x7e`), the bulk of any text.
fn plain_word(word: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut w = [0u8; 8];
    w.copy_from_slice(word);
    let w = u64::from_le_bytes(w);
    let del = w ^ (ONES * 0x7f);
    (w | w.wrapping_sub(ONES * 0x20) | del.wrapping_sub(ONES) & !del) & HIGHS == 0
}

fn special(bytes: &[u8], i: usize) -> bool {
    match CLASS[usize::from(bytes[i])] {
        CONTROL => true,
        LEAD => special_at(bytes, i),
        _ => false,
    }
}

/// Where the first character `clean_line` changes starts (or the length): plain ASCII
/// is passed eight bytes at a time. Each search stops at the next such character, so
/// cleaning a line stays linear in it.
fn first_special(bytes: &[u8]) -> usize {
    let mut at = 0;
    while let Some(word) = bytes.get(at..at + 8) {
        if !plain_word(word)
            && let Some(i) = (at..at + 8).find(|&i| special(bytes, i))
        {
            return i;
        }
        at += 8;
    }
    (at..bytes.len())
        .find(|&i| special(bytes, i))
        .unwrap_or(bytes.len())
}

fn special_at(bytes: &[u8], i: usize) -> bool {
    let (b1, b2) = (bytes.get(i + 1).copied(), bytes.get(i + 2).copied());
    matches!(
        (bytes[i], b1, b2),
        (0xc2, Some(0x80..=0xa0), _)
            | (0xd8, Some(0x9c), _)
            | (0xe2, Some(0x80), Some(0x8b..=0x8f | 0xa8..=0xae))
            | (0xe2, Some(0x81), Some(0xa0..=0xa4 | 0xa6..=0xa9))
            | (0xef, Some(0xbb), Some(0xbf))
    )
}

/// Characters that change how text shows without showing themselves: control characters,
/// zero-width characters and joiners (U+200B–U+200F, U+2060–U+2064), bidi marks,
/// embeddings, overrides and isolates (U+061C, U+202A–U+202E, U+2066–U+2069) and the BOM
/// (U+FEFF). The importer removes them; a `--data` file shows them as `�`.
#[must_use]
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{061c}'
                | '\u{2060}'..='\u{2064}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// U+2028 and U+2029 end a line to Unicode but not to a terminal or to `lines()`.
#[must_use]
pub fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// The rest of a line after an escape sequence whose ESC was just read.
fn after_escape(rest: &str) -> &str {
    let mut chars = rest.chars();
    match chars.next() {
        Some('[') => after_final(chars.as_str()),
        // OSC, DCS, SOS, PM, APC: strings ended by BEL or ST (ESC \\).
        Some(']' | 'P' | 'X' | '^' | '_') => {
            let s = chars.as_str();
            for (i, c) in s.char_indices() {
                if c == '\u{7}' || c == '\u{9c}' {
                    return &s[i + c.len_utf8()..];
                }
                if c == ESC {
                    let after = &s[i + 1..];
                    return after.strip_prefix('\\').unwrap_or(after);
                }
            }
            ""
        }
        // Two-character escapes (ESC c, ESC 7, …) and a lone ESC at the end.
        _ => chars.as_str(),
    }
}

/// The rest of a line after a control sequence's final byte (`@` to `~`).
fn after_final(rest: &str) -> &str {
    rest.char_indices()
        .find(|(_, c)| ('\u{40}'..='\u{7e}').contains(c))
        .map_or("", |(i, _)| &rest[i + 1..])
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
        let probes =
            (0..0x3000u32).chain([0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xfefe, 0x1f3e0]);
        for c in probes.filter_map(char::from_u32) {
            let by_chars = c == NBSP || c == '\t' || is_invisible(c) || is_separator(c);
            // At every offset, so the character falls in an eight-byte word or after one.
            for at in 0..10 {
                let line = format!("{}{c}{}", "a".repeat(at), "b".repeat(12 - at));
                assert_eq!(
                    needs_cleaning(&line),
                    by_chars,
                    "U+{:04X} at {at}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn a_word_is_plain_exactly_when_all_its_bytes_are_printable_ascii() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = *b"abcdefgh";
                word[at] = b;
                assert_eq!(
                    plain_word(&word),
                    (0x20..0x7f).contains(&b),
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn escape_strings_end_where_terminals_end_them() {
        assert_eq!(clean_line("\u{1b}]0;titel\u{9c}na"), "na", "ST as U+009C");
        assert_eq!(clean_line("\u{1b}]0;titel\u{7}na"), "na", "BEL");
        assert_eq!(clean_line("\u{1b}]0;titel\u{1b}\\na"), "na", "ESC \\");
        assert_eq!(
            clean_line("\u{1b}]0;titel\u{1b}Xna"),
            "Xna",
            "a bare ESC ends it"
        );
        assert_eq!(clean_line("\u{1b}]0;zonder einde"), "");
        assert_eq!(clean_line("a\u{1b}[1;31"), "a", "a sequence cut short");
    }

    #[test]
    fn only_what_cannot_be_seen_counts_as_hidden() {
        for hidden in [
            "A\u{200b}B",
            "A\u{1b}[0mB",
            "A\u{2028}B",
            "A\u{85}B",
            "\u{feff}AB",
        ] {
            assert!(hides_something(hidden), "{hidden:?}");
        }
        for plain in ["A\tB", "A\u{a0}B", "AB ", "Coördinatie", "A • B"] {
            assert!(!hides_something(plain), "{plain:?}");
        }
    }

    #[test]
    fn norm_trims_both_ends() {
        assert_eq!(norm("\u{a0}Lokaal woonoverleg "), "Lokaal woonoverleg");
    }
}

/// Text from a source that skipped the importer (a hand-edited dataset) shown as it is but
/// unable to act: control characters become their visible Unicode pictures (`␛` for ESC),
/// other invisible characters and line separators `�`. A description keeps its newlines.
#[must_use]
pub fn inert(text: &str) -> String {
    inert_with(text, true)
}

/// `inert` for a city or a title: a newline becomes `␊` too, so a name stays one line in
/// `filter`'s `CITY<TAB>TITLE` output and in a Markdown heading.
#[must_use]
pub fn inert_name(text: &str) -> String {
    inert_with(text, false)
}

/// Whether `inert` (or `inert_name`) would change the text.
#[must_use]
pub fn needs_inert(text: &str, keep_newlines: bool) -> bool {
    text.chars()
        .any(|c| (c != '\n' || !keep_newlines) && (is_invisible(c) || is_separator(c)))
}

fn inert_with(text: &str, keep_newlines: bool) -> String {
    text.chars()
        .map(|c| match c {
            '\n' if keep_newlines => '\n',
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            c if is_invisible(c) || is_separator(c) => '\u{fffd}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod inert_tests {
    #[test]
    fn controls_become_visible_pictures() {
        assert_eq!(
            super::inert("a\u{1b}[2Jb\nc\u{7f}\u{9b}\u{200b}\u{2028}"),
            "a\u{241b}[2Jb\nc\u{2421}\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(super::inert_name("Gent\nx"), "Gent\u{240a}x");
        assert!(super::needs_inert("a\nb", false));
        assert!(!super::needs_inert("a\nb", true));
        assert!(super::needs_inert("a\u{2029}b", true));
    }
}

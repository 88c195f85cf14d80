//! Accent- and case-folding: `COÖRDINEREN`, `Coördineren` and `coordineren` fold alike, so
//! a reader never has to type the accents the list uses. Newlines stay, so line numbers
//! found in folded text hold in the original. A NUL folds to a space: it ends each text in
//! the folded buffers.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case without accents.
#[must_use]
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded `s` to `out`, so many texts can share one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SCRATCH.with_borrow_mut(|scratch| {
        scratch.clear();
        fold_bytes_into(s.as_bytes(), scratch);
        // Always UTF-8 (whole chars are pushed); the check is on the new part alone.
        match std::str::from_utf8(scratch) {
            Ok(folded) => out.push_str(folded),
            Err(_) => s.chars().for_each(|c| fold_char(c, out)),
        }
    });
}

/// Appends the folded `text` to `out`: the form a search scans, folding every text it
/// reads (the snapshot holds no folded copy, so this runs at the speed of a read). Bytes
/// that are not UTF-8 fold to U+FFFD (a text read from a snapshot is folded before it is
/// known to be UTF-8; one that is not is refused when it is shown).
pub fn fold_bytes_into(text: &[u8], out: &mut Vec<u8>) {
    out.reserve(text.len());
    let mut at = 0;
    while at < text.len() {
        let run = at + ascii_run(&text[at..]);
        out.extend(text[at..run].iter().map(|&b| fold_ascii(b)));
        at = run;
        let Some(&lead) = text.get(at) else {
            break;
        };
        let width = match lead {
            0xF0.. => 4,
            0xE0.. => 3,
            _ => 2,
        };
        let one = text
            .get(at..at + width)
            .and_then(|b| std::str::from_utf8(b).ok())
            .and_then(|s| s.chars().next());
        let Some(c) = one else {
            out.extend_from_slice("\u{fffd}".as_bytes());
            at += 1;
            continue;
        };
        if let Some(folded) = latin(c) {
            out.extend_from_slice(folded);
        } else {
            let mut folded = String::new();
            fold_char(c, &mut folded);
            out.extend_from_slice(folded.as_bytes());
        }
        at += width;
    }
}

/// How many of the bytes `b` begins with are ASCII, 16 at a time: most text is ASCII.
fn ascii_run(b: &[u8]) -> usize {
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let mut n = 0;
    for block in b.chunks_exact(16) {
        let high = <[u8; 16]>::try_from(block).map_or(HIGH, u128::from_le_bytes) & HIGH;
        if high != 0 {
            return n + high.trailing_zeros() as usize / 8;
        }
        n += 16;
    }
    n + b[n..].iter().take_while(|c| c.is_ascii()).count()
}

/// An ASCII byte folded: lower case, and a NUL a space (see `fold_char`).
fn fold_ascii(b: u8) -> u8 {
    let lower = b | (u8::from(b.is_ascii_uppercase()) << 5);
    if lower == 0 { b' ' } else { lower }
}

/// The chars past ASCII that Dutch text uses (accents, U+00A0), folded once: decomposing
/// each again costs more than the rest of a search.
const LATIN_FIRST: u32 = 0x80;
const LATIN_END: u32 = 0x250;

fn latin(c: char) -> Option<&'static [u8]> {
    static TABLE: OnceLock<Vec<String>> = OnceLock::new();
    let i = usize::try_from((c as u32).checked_sub(LATIN_FIRST)?).ok()?;
    let table = TABLE.get_or_init(|| {
        (LATIN_FIRST..LATIN_END)
            .map(|u| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(u) {
                    fold_char(c, &mut s);
                }
                s
            })
            .collect()
    });
    table.get(i).map(String::as_bytes)
}

fn fold_char(c: char, out: &mut String) {
    if c == '\0' {
        // A NUL ends each text in the folded buffers a search scans: one inside a text
        // would end it early and give its hits to the next item. Same length, so offsets
        // and line numbers still hold.
        out.push(' ');
    } else if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for lower in c.to_lowercase() {
            out.extend(
                std::iter::once(lower)
                    .nfd()
                    .filter(|d| !is_combining_mark(*d)),
            );
        }
    }
}

/// A line folded, with the way back: for each folded byte, the byte in the original where
/// its char starts, so what is found in folded text is shown on the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldedLine {
    pub text: String,
    /// One entry per byte of `text`, plus one for its end (the original's length).
    origin: Vec<usize>,
}

impl FoldedLine {
    #[must_use]
    pub fn new(line: &str) -> FoldedLine {
        let mut text = String::with_capacity(line.len());
        let mut origin = Vec::with_capacity(line.len() + 1);
        for (at, c) in line.char_indices() {
            // A char that folds to nothing (a lone combining mark) adds no entry: it is
            // covered by the range of the char before it.
            fold_char(c, &mut text);
            origin.resize(text.len(), at);
        }
        origin.push(line.len());
        FoldedLine { text, origin }
    }

    /// The original byte range that a folded byte range covers: from the start of the char
    /// the first byte came from to the end of the char the last byte came from; empty for
    /// an empty range.
    #[must_use]
    pub fn original(&self, folded: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let len = self.text.len();
        let (from, to) = (folded.start.min(len), folded.end.min(len));
        let start = self.origin[from];
        if to <= from {
            return start..start;
        }
        // Several folded bytes can come from one char: the range ends where the first
        // origin past the last byte's char begins (the line's end at the latest).
        let last = self.origin[to - 1];
        let end = self.origin[to..]
            .iter()
            .copied()
            .find(|o| *o > last)
            .unwrap_or(self.origin[len]);
        start..end
    }

    /// Byte ranges in the original line where the folded `needle` occurs, in one pass.
    #[must_use]
    pub fn find_all(&self, needle: &str) -> Vec<std::ops::Range<usize>> {
        if needle.is_empty() {
            return Vec::new();
        }
        memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .map(|at| self.original(at..at + needle.len()))
            .collect()
    }

    /// The original char positions of folded char positions, for highlighting by char.
    #[must_use]
    pub fn original_chars(&self, original: &str, folded_chars: &[usize]) -> Vec<usize> {
        let folded_starts: Vec<usize> = self.text.char_indices().map(|(b, _)| b).collect();
        let mut char_of_byte = vec![0; original.len() + 1];
        for (i, (b, _)) in original.char_indices().enumerate() {
            char_of_byte[b] = i;
        }
        let mut out: Vec<usize> = folded_chars
            .iter()
            .filter_map(|&p| folded_starts.get(p))
            .map(|&b| char_of_byte[self.origin[b]])
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folding char by char, as the fast paths must agree with.
    fn slow(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| fold_char(c, &mut out));
        out
    }

    #[test]
    fn every_char_near_latin_folds_as_char_by_char() {
        // Around the table's ends, each char alone and inside an ASCII block.
        for u in (0..0x400).chain(0xFB00..0xFB10) {
            let Some(c) = char::from_u32(u) else { continue };
            let alone = c.to_string();
            assert_eq!(fold(&alone), slow(&alone), "U+{u:04X}");
            let inside = format!("ABCDEFGHIJKLMNO{c}PQRSTUVWXYZabcdefgh\0{c}");
            assert_eq!(fold(&inside), slow(&inside), "U+{u:04X} inside");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_folding_is_folding_char_by_char(
            s in "([A-Za-z0-9 \\n\\x00]{0,40}|[À-ɏ]|\u{a0}|\\PC){0,12}"
        ) {
            let mut bytes = b"kept".to_vec();
            fold_bytes_into(s.as_bytes(), &mut bytes);
            let expected = slow(&s);
            proptest::prop_assert_eq!(&bytes[4..], expected.as_bytes());
            proptest::prop_assert_eq!(fold(&s), expected);
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_fold_to_the_replacement_char() {
        let mut out = Vec::new();
        fold_bytes_into(b"A\xffB\xc3(C\xe2\x82", &mut out);
        assert_eq!(out, "a\u{fffd}b\u{fffd}(c\u{fffd}\u{fffd}".as_bytes());
    }

    #[test]
    fn ascii_runs_end_at_the_first_byte_past_ascii() {
        let mut text = vec![b'a'; 40];
        assert_eq!(ascii_run(&text), 40);
        for at in [0, 1, 15, 16, 17, 31, 32, 39] {
            text[at] = 0xC3;
            assert_eq!(ascii_run(&text), at, "at {at}");
            text[at] = b'a';
        }
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("COÖRDINEREN"), "coordineren");
        assert_eq!(fold("Eénmaal"), "eenmaal");
        assert_eq!(fold("Cliënt\nÉÉN"), "client\neen");
        assert_eq!(fold("İ"), "i");
        assert_eq!(fold("ABC def ÀÉ xyz"), "abc def ae xyz");
    }

    #[test]
    fn found_ranges_map_back_to_the_original_chars() {
        let line = "Eénmaal per jaar, EENMAAL, ß";
        let f = FoldedLine::new(line);
        let shown: Vec<&str> = f
            .find_all("eenmaal")
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(shown, ["Eénmaal", "EENMAAL"]);
        assert!(f.find_all("").is_empty());
        // ß folds to one char here; a range ending inside a multi-byte char covers all of it.
        let r = f.find_all("ß");
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["ß"]
        );
    }

    #[test]
    fn a_char_that_folds_to_two_maps_back_whole() {
        // U+0130 (İ) lower-cases to `i` + a combining dot, which folding drops; U+FB01 (ﬁ)
        // stays one char. Whatever the lengths, ranges land on char boundaries.
        let line = "xİy ﬁz";
        let f = FoldedLine::new(line);
        for needle in ["i", "iy", "xi", "y", "ﬁ", "z"] {
            for r in f.find_all(needle) {
                assert!(line.is_char_boundary(r.start) && line.is_char_boundary(r.end));
            }
        }
        assert_eq!(&line[f.find_all("iy")[0].clone()], "İy");
    }

    #[test]
    fn a_match_on_part_of_what_one_char_folds_to_covers_the_char() {
        // A Hangul syllable decomposes into three jamo that are not combining marks.
        let line = "x한y";
        let f = FoldedLine::new(line);
        assert_eq!(f.text.chars().count(), 5);
        let first_jamo = f.text.chars().nth(1).unwrap().to_string();
        let r = f.find_all(&first_jamo);
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["한"]
        );
        assert_eq!(f.original(0..0), 0..0, "an empty range stays empty");
        assert_eq!(f.original(2..2), 1..1);
        assert_eq!(f.original(0..99), 0..line.len(), "past the end: to the end");
    }

    #[test]
    fn char_positions_map_back() {
        let line = "aÖİb";
        let f = FoldedLine::new(line);
        assert_eq!(f.text, "aoib");
        assert_eq!(f.original_chars(line, &[0, 1, 2, 3]), [0, 1, 2, 3]);
        assert_eq!(f.original_chars(line, &[1, 99]), [1]);
    }

    #[test]
    fn folding_a_long_line_is_linear() {
        // A quadratic fold of 4 MB would take minutes; this must be instant.
        let line = "Eénmaal woonoverleg ".repeat(200_000);
        let f = FoldedLine::new(&line);
        assert_eq!(f.find_all("eenmaal").len(), 200_000);
    }
}

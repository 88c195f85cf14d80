//! Accent- and case-folding: `COÖRDINEREN`, `Coördineren` and `coordineren` fold alike, so
//! a reader never has to type the accents the list uses. Newlines stay, so line numbers
//! found in folded text hold in the original. A NUL folds to a space: it ends each text in
//! the folded buffers.
//!
//! One implementation: `fold_char` says what each char folds to; `fold_bytes_into` folds
//! at the speed of a read, for the search's scan over every text (ASCII eight bytes at a
//! time, the chars Dutch text uses past ASCII from a table built by `fold_char`, the rest
//! through it), and `fold` and `fold_into` are it over a `&str`.

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

pub fn fold_char(c: char, out: &mut String) {
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

/// Appends the folded `text` to `out`: the form a search scans, folding every text it
/// reads (the snapshot holds no folded copy, so this runs at the speed of a read). Bytes
/// that are not UTF-8 fold to U+FFFD (a text read from a snapshot is folded before it is
/// known to be UTF-8; one that is not is refused when it is shown).
pub fn fold_bytes_into(text: &[u8], out: &mut Vec<u8>) {
    let table = table();
    let mut w = out.len();
    // Written by index into room made at once (each byte folded as itself, and a block
    // more): a push per byte, with its check of the capacity, halved the speed.
    out.resize(w + text.len() + SLACK, 0);
    let mut r = 0;
    while r < text.len() {
        let ascii = fold_ascii_run(&text[r..], &mut out[w..]);
        (r, w) = (r + ascii, w + ascii);
        let Some(&lead) = text.get(r) else {
            break;
        };
        // Two and three bytes decoded here: the chars Dutch text uses past ASCII (accents,
        // U+00A0, bullets, quotes, dashes) are each in a table.
        let short =
            decode_short(&text[r..]).and_then(|(code, width)| Some((table.get(code)?, width)));
        let rare_folded;
        let (folded, width) = if let Some((short, width)) = short {
            (short.bytes(), width)
        } else {
            let width;
            (rare_folded, width) = rare(&text[r..], lead);
            (rare_folded.as_bytes(), width)
        };
        r += width;
        let room = w + folded.len() + text.len() - r + SLACK;
        if room > out.len() {
            out.resize(room, 0);
        }
        out[w..w + folded.len()].copy_from_slice(folded);
        w += folded.len();
    }
    out.truncate(w);
}

/// Room past what is written: a block of ASCII is written whole before what is not ASCII
/// in it is cut off.
const SLACK: usize = 8;

/// A char not in the table, folded (U+FFFD for bytes that are not UTF-8), and its width.
fn rare(text: &[u8], lead: u8) -> (String, usize) {
    let width = match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    };
    let one = text
        .get(..width)
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|s| s.chars().next());
    let mut folded = String::new();
    match one {
        Some(c) => {
            fold_char(c, &mut folded);
            (folded, width)
        }
        None => ("\u{fffd}".to_owned(), 1),
    }
}

/// Folds the ASCII bytes `text` begins with into `out` (which has room for them and a
/// block more), eight at a time: a whole block is folded and written, and where it is not
/// all ASCII only its ASCII part counts. How many.
fn fold_ascii_run(text: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0;
    // Blocks of 32 all-ASCII bytes first, in a form the compiler turns into vector
    // instructions (a fifth of a sparse search was folding, eight bytes at a time).
    while let (Some(block), Some(to)) = (text.get(n..n + WIDE), out.get_mut(n..n + WIDE)) {
        if block.iter().fold(0, |any, b| any | b) & 0x80 != 0 {
            break;
        }
        for (to, &b) in to.iter_mut().zip(block) {
            *to = fold_ascii(b);
        }
        n += WIDE;
    }
    while let (Some(block), Some(to)) = (text.get(n..n + 8), out.get_mut(n..n + 8)) {
        let Ok(block) = <[u8; 8]>::try_from(block) else {
            break;
        };
        let word = u64::from_le_bytes(block);
        to.copy_from_slice(&fold_word(word).to_le_bytes());
        let high = word & HIGH;
        if high != 0 {
            return n + high.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    while let (Some(&c), Some(to)) = (text.get(n), out.get_mut(n)) {
        if !c.is_ascii() {
            break;
        }
        *to = fold_ascii(c);
        n += 1;
    }
    n
}

const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
const WIDE: usize = 32;

/// Eight bytes folded as `fold_ascii` folds each, all at once (the compiler made a
/// byte-by-byte loop of the plain version). Right for each byte below the first that is
/// not ASCII: a carry only moves up, from such a byte.
fn fold_word(w: u64) -> u64 {
    let each = |b: u8| u64::from_le_bytes([b; 8]);
    // The top bit of each byte says: at least `A`; at least `[` (past `Z`); at least 1.
    let from_a = w.wrapping_add(each(0x80 - b'A'));
    let past_z = w.wrapping_add(each(0x80 - b'Z' - 1));
    let not_nul = w.wrapping_add(each(0x7F));
    let upper = from_a & !past_z;
    // Both add 0x20: `A` to `a`, a NUL to a space.
    w | (((upper | !not_nul) & HIGH) >> 2)
}

/// An ASCII byte folded: lower case, and a NUL a space (see `fold_char`). Bytes past
/// ASCII pass unchanged.
fn fold_ascii(b: u8) -> u8 {
    let lower = b | (u8::from(b.is_ascii_uppercase()) << 5);
    if lower == 0 { b' ' } else { lower }
}

/// A two- or three-byte UTF-8 char at the start of `b`: its code point and width.
fn decode_short(b: &[u8]) -> Option<(u32, usize)> {
    let tail = |i: usize| {
        b.get(i)
            .filter(|c| *c & 0xC0 == 0x80)
            .map(|c| u32::from(c & 0x3F))
    };
    match *b.first()? {
        lead @ 0xC2..=0xDF => Some(((u32::from(lead & 0x1F) << 6) | tail(1)?, 2)),
        // U+2000 to U+2FFF: the table's second range, with no overlong form or surrogate.
        lead @ 0xE2 => Some((
            (u32::from(lead & 0x0F) << 12) | (tail(1)? << 6) | tail(2)?,
            3,
        )),
        _ => None,
    }
}

/// A char folded, as at most four bytes.
#[derive(Clone, Copy)]
struct Short {
    bytes: [u8; 4],
    len: u8,
}

impl Short {
    fn bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    fn of(s: &str) -> Option<Short> {
        let mut bytes = [0; 4];
        bytes.get_mut(..s.len())?.copy_from_slice(s.as_bytes());
        Some(Short {
            bytes,
            len: u8::try_from(s.len()).ok()?,
        })
    }
}

/// Chars past ASCII that Dutch text uses, each folded once: decomposing each again cost
/// more than the rest of a search.
struct Table {
    latin: Vec<Option<Short>>,
    punctuation: Vec<Option<Short>>,
}

/// Latin-1 and Latin Extended (accents, U+00A0); general punctuation and currency.
const LATIN: std::ops::Range<u32> = 0x80..0x250;
const PUNCTUATION: std::ops::Range<u32> = 0x2000..0x20D0;

impl Table {
    fn get(&self, code: u32) -> Option<&Short> {
        let (range, folded) = if code < LATIN.end {
            (LATIN, &self.latin)
        } else {
            (PUNCTUATION, &self.punctuation)
        };
        let i = usize::try_from(code.checked_sub(range.start)?).ok()?;
        folded.get(i)?.as_ref()
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    let folded = |range: std::ops::Range<u32>| {
        range
            .map(|u| {
                let mut s = String::new();
                fold_char(char::from_u32(u)?, &mut s);
                Short::of(&s)
            })
            .collect()
    };
    TABLE.get_or_init(|| Table {
        latin: folded(LATIN),
        punctuation: folded(PUNCTUATION),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("COÖRDINEREN"), "coordineren");
        assert_eq!(fold("Eénmaal"), "eenmaal");
        assert_eq!(fold("Cliënt\nÉÉN"), "client\neen");
        assert_eq!(fold("İ"), "i");
        assert_eq!(fold("ABC def ÀÉ xyz"), "abc def ae xyz");
    }

    /// Folding char by char, as the fast paths must agree with.
    fn slow(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| fold_char(c, &mut out));
        out
    }

    #[test]
    fn every_char_near_latin_folds_as_char_by_char() {
        // Around the table's ends, each char alone and inside an ASCII block.
        for u in (0..0x400).chain(0x1FF0..0x2110).chain(0xFB00..0xFB10) {
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
        let unit = b"AbZ@[`z{\0 Ob";
        let mut text = unit.repeat(4);
        let folded: Vec<u8> = text.iter().map(|&b| fold_ascii(b)).collect();
        let mut out = vec![0; text.len() + SLACK];
        assert_eq!(fold_ascii_run(&text, &mut out), text.len());
        assert_eq!(out[..text.len()], folded[..]);
        assert_eq!(&folded[..unit.len()], b"abz@[`z{  ob");
        for at in [0, 1, 7, 8, 9, 15, 16, 17, 31, 32, 39, 40, 47] {
            text[at] = 0xC3;
            out.fill(0);
            assert_eq!(fold_ascii_run(&text, &mut out), at, "at {at}");
            assert_eq!(out[..at], folded[..at], "at {at}");
            text[at] = unit[at % unit.len()];
        }
    }

    #[test]
    fn every_byte_below_the_first_past_ascii_folds_in_a_word() {
        for b in 0..=0x7Fu8 {
            for high in [0x80u8, 0xC3, 0xFF] {
                let mut block = [b; 8];
                block[5] = high;
                let folded = fold_word(u64::from_le_bytes(block)).to_le_bytes();
                assert!(
                    folded[..5].iter().all(|f| *f == fold_ascii(b)),
                    "{b:#x} {high:#x}"
                );
            }
        }
    }
}

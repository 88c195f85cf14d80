//! One CSV row's cells, read from the text with the parser the `csv` crate is built on: a
//! cell that stands in the text as it is (unquoted, or quoted without a doubled quote) is
//! borrowed from it, not copied, so a cell of hundreds of megabytes costs nothing to read;
//! only the cells asked for are kept at all.

use std::borrow::Cow;

use csv_core::{ReadFieldResult, Reader, ReaderBuilder};

/// How much of a cell is parsed at a time (to compare with the text, or to copy).
const PIECE: usize = 4096;

/// A reader of rows anywhere in one CSV body.
pub(super) struct Cells {
    core: Reader,
    /// Where the last row read ended: a row that starts there is read on from the parser's
    /// state, any other from a fresh one.
    end: Option<usize>,
    piece: Vec<u8>,
    /// Whether a quoted cell with doubled quotes is handed over as the body's own bytes
    /// (quotes still doubled, said by `doubled`) rather than copied without them.
    keep_doubled: bool,
    /// Per cell asked for in the last read: handed over with its quotes still doubled.
    doubled: Vec<bool>,
}

/// A row as read: where it ends in the body and how many cells it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Read {
    pub end: usize,
    pub cells: usize,
}

impl Cells {
    pub fn new(separator: u8) -> Self {
        Cells {
            core: ReaderBuilder::new().delimiter(separator).build(),
            end: None,
            piece: vec![0; PIECE],
            keep_doubled: false,
            doubled: Vec::new(),
        }
    }

    /// A reader that hands over a quoted cell with doubled quotes as it stands in the body
    /// (`doubled` says which): a rich-text cell, whose markup quotes every attribute, is
    /// read from the body rather than copied, however large.
    pub fn keeping_doubled(separator: u8) -> Self {
        Cells {
            keep_doubled: true,
            ..Cells::new(separator)
        }
    }

    /// Whether the cell at `slot` of the last read holds its quotes doubled.
    pub fn doubled(&self, slot: usize) -> bool {
        self.doubled.get(slot).copied().unwrap_or(false)
    }

    /// Reads the row that starts at byte `at` of `body` (as the `csv` reader places rows:
    /// where the row before ended), putting the cells at the indexes `wanted` into `out` in
    /// that order (empty when the row has none there). `None` past the last row.
    pub fn read<'t>(
        &mut self,
        body: &'t str,
        at: usize,
        wanted: &[usize],
        out: &mut Vec<Cow<'t, str>>,
    ) -> Option<Read> {
        // A fresh parser would take a byte-order mark where the row starts for the file's:
        // its first bite is one byte, too short to be one.
        let mut bite = usize::MAX;
        if self.end != Some(at) {
            self.core.reset();
            if at > 0 {
                bite = 1;
            }
        }
        self.end = None;
        out.clear();
        out.resize(wanted.len(), Cow::Borrowed(""));
        self.doubled.clear();
        self.doubled.resize(wanted.len(), false);
        let mut pos = at;
        let mut cells = 0;
        loop {
            let slot = wanted.iter().position(|&w| w == cells);
            let (cell, record_end) = self.cell(body, &mut pos, &mut bite, slot.is_some())?;
            if let (Some(slot), Some((cell, doubled))) = (slot, cell) {
                out[slot] = cell;
                self.doubled[slot] = doubled;
            }
            cells += 1;
            if record_end {
                self.end = Some(pos);
                return Some(Read { end: pos, cells });
            }
        }
    }

    /// The next cell from `*pos` on (when `keep`), and whether it ends its row; `None` when
    /// the body ends before a row starts.
    fn cell<'t>(
        &mut self,
        body: &'t str,
        pos: &mut usize,
        bite: &mut usize,
        keep: bool,
    ) -> Option<(Option<Kept<'t>>, bool)> {
        let bytes = body.as_bytes();
        let mut seen = Seen::At(*pos);
        loop {
            let input = bytes.get(*pos..).unwrap_or_default();
            let input = input.get(..*bite).unwrap_or(input);
            *bite = usize::MAX;
            let (res, nin, nout) = self.core.read_field(input, &mut self.piece);
            if keep {
                seen = seen.then(bytes, &self.piece[..nout]);
            }
            *pos += nin;
            match res {
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    let keep_doubled = self.keep_doubled;
                    return Some((keep.then(|| seen.cell(body, keep_doubled)), record_end));
                }
                ReadFieldResult::End => return None,
            }
        }
    }
}

/// A cell kept: its text, and whether its quotes are still doubled.
type Kept<'t> = (Cow<'t, str>, bool);

/// What a cell's text is so far: the bytes of the body from where it starts (after its
/// opening quote, if any); or those bytes with each doubled quote standing for one (a
/// quoted cell whose text so far had no quote before its first doubled one); or, once it
/// differs from both, a copy.
enum Seen {
    /// The cell's first bytes are read from `at` on: where its text starts is known once
    /// the first of them arrives.
    At(usize),
    Borrowed {
        start: usize,
        len: usize,
    },
    Doubled {
        start: usize,
        raw_len: usize,
    },
    Owned(Vec<u8>),
}

impl Seen {
    /// With `piece`, the next of the cell's text.
    fn then(self, body: &[u8], piece: &[u8]) -> Seen {
        let (start, len) = match self {
            Seen::At(at) if piece.is_empty() => return Seen::At(at),
            // The text starts where the cell does, or after its quote.
            Seen::At(at) => (at + usize::from(body.get(at) == Some(&b'"')), 0),
            Seen::Borrowed { start, len } => (start, len),
            Seen::Doubled { start, raw_len } => {
                if let Some(n) = doubled_match(body, start + raw_len, piece) {
                    return Seen::Doubled {
                        start,
                        raw_len: raw_len + n,
                    };
                }
                let mut copy = Vec::with_capacity(quoted_len(body, start));
                undouble_into(&body[start..start + raw_len], &mut copy);
                copy.extend_from_slice(piece);
                return Seen::Owned(copy);
            }
            Seen::Owned(mut copy) => {
                copy.extend_from_slice(piece);
                return Seen::Owned(copy);
            }
        };
        if body.get(start + len..start + len + piece.len()) == Some(piece) {
            return Seen::Borrowed {
                start,
                len: len + piece.len(),
            };
        }
        let quoted = start > 0 && body.get(start - 1) == Some(&b'"');
        let no_quote_yet = memchr::memchr(b'"', &body[start..start + len]).is_none();
        if quoted
            && no_quote_yet
            && let Some(n) = doubled_match(body, start + len, piece)
        {
            return Seen::Doubled {
                start,
                raw_len: len + n,
            };
        }
        // Room for the whole cell at once: grown by doubling, the copy of a cell of
        // hundreds of megabytes held twice its size.
        let mut copy = Vec::with_capacity(quoted_len(body, start));
        copy.extend_from_slice(&body[start..start + len]);
        copy.extend_from_slice(piece);
        Seen::Owned(copy)
    }

    /// The cell, and whether its quotes are still doubled (only when `keep_doubled`).
    fn cell(self, body: &str, keep_doubled: bool) -> Kept<'_> {
        match self {
            Seen::At(_) => (Cow::Borrowed(""), false),
            Seen::Borrowed { start, len } => (
                body.get(start..start + len)
                    .map_or(Cow::Borrowed(""), Cow::Borrowed),
                false,
            ),
            Seen::Doubled { start, raw_len } => {
                let raw = body.get(start..start + raw_len).unwrap_or_default();
                if keep_doubled {
                    (Cow::Borrowed(raw), true)
                } else {
                    (Cow::Owned(undoubled(raw)), false)
                }
            }
            Seen::Owned(copy) => (Cow::Owned(utf8(copy)), false),
        }
    }
}

/// How many bytes of `body` from `at` on read as `piece` with each quote in it written
/// twice (and no other quote): `None` when they do not.
fn doubled_match(body: &[u8], at: usize, piece: &[u8]) -> Option<usize> {
    let mut r = at;
    for &b in piece {
        if body.get(r) != Some(&b) {
            return None;
        }
        if b == b'"' {
            if body.get(r + 1) != Some(&b'"') {
                return None;
            }
            r += 1;
        }
        r += 1;
    }
    Some(r - at)
}

/// `raw`, a quoted cell's text as the file holds it, with each doubled quote made one.
#[must_use]
pub(super) fn undoubled(raw: &str) -> String {
    let mut text = Vec::with_capacity(raw.len());
    undouble_into(raw.as_bytes(), &mut text);
    utf8(text)
}

/// Bytes taken from UTF-8 text without some of its quotes: still UTF-8.
fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `raw` with each doubled quote made one, appended to `out`.
pub(super) fn undouble_into(raw: &[u8], out: &mut Vec<u8>) {
    let mut rest = raw;
    while let Some(quote) = memchr::memchr(b'"', rest) {
        out.extend_from_slice(&rest[..=quote]);
        rest = rest.get(quote + 1..).unwrap_or_default();
        rest = rest.strip_prefix(b"\"").unwrap_or(rest);
    }
    out.extend_from_slice(rest);
}

/// How many bytes a quoted cell's text starting at `start` spans up to its closing quote
/// (a doubled quote is one of its own): at least its length once the quotes are undone.
fn quoted_len(body: &[u8], start: usize) -> usize {
    let mut at = start;
    while let Some(quote) = memchr::memchr(b'"', body.get(at..).unwrap_or_default()) {
        at += quote + 1;
        if body.get(at) != Some(&b'"') {
            return at - 1 - start;
        }
        at += 1;
    }
    body.len().saturating_sub(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of `body` as the `csv` crate reads it and as `Cells` does, side by side.
    fn both(body: &str, separator: u8) {
        for keep_doubled in [false, true] {
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(separator)
                .from_reader(body.as_bytes());
            let mut cells = if keep_doubled {
                Cells::keeping_doubled(separator)
            } else {
                Cells::new(separator)
            };
            let mut out = Vec::new();
            let mut at = 0;
            for record in rdr.records() {
                let record = record.unwrap();
                assert_eq!(record.position().map(csv::Position::byte), Some(at as u64));
                let wanted: Vec<usize> = (0..=record.len()).collect();
                let read = cells.read(body, at, &wanted, &mut out).unwrap();
                assert_eq!(read.cells, record.len(), "{body:?} at {at}");
                let got: Vec<String> = (0..out.len())
                    .map(|i| {
                        assert!(keep_doubled || !cells.doubled(i));
                        if cells.doubled(i) {
                            let mut text = Vec::new();
                            undouble_into(out[i].as_bytes(), &mut text);
                            String::from_utf8(text).unwrap()
                        } else {
                            out[i].to_string()
                        }
                    })
                    .collect();
                let mut want: Vec<&str> = record.iter().collect();
                want.push("");
                assert_eq!(got, want, "{body:?} at {at}, doubled kept: {keep_doubled}");
                at = read.end;
            }
            assert_eq!(cells.read(body, at, &[0], &mut out), None, "{body:?}");
        }
    }

    #[test]
    fn rows_read_as_the_csv_crate_reads_them() {
        for body in [
            "a,b,c\n1,2,3\n",
            "\u{feff}\"a\",\"b\"\r\n\"x\r\ny\",\"\"\r\n\r\n\"z\"\"q\",\"é\"\r\n",
            "a,\"b\"c,\" d \" ,e\n\n\nlast",
            "\"unclosed,\nnext",
            ",,\n,\n",
            "a\rb\r\nc\n",
            "\"a\"\"b\"c,\"d\"\"\"\"e\",\"\"\"\"\"\"\n\"f\"\"g\"\"",
        ] {
            both(body, b',');
        }
        // Doubled quotes at every place a piece of the parser's output can end.
        for shift in 0..4 {
            let cell = format!("{}{}", "x".repeat(shift), "ab\"\"c".repeat(PIECE));
            both(&format!("\"{cell}\",\"{cell}\"\"\"\n\"y\"\r\n"), b',');
        }
        both("a;\"1;2\"\tb;c\n", b';');
    }

    #[test]
    fn clean_cells_are_borrowed_and_others_copied() {
        let big = "x".repeat(3 * PIECE + 5);
        let body = format!("\"{big}\",plain,\"a\"\"b\",\"{big}\"\"x\",\"y\"\"\"\n");
        let mut cells = Cells::new(b',');
        let mut out = Vec::new();
        cells.read(&body, 0, &[0, 1, 2, 3, 4], &mut out).unwrap();
        let borrowed: Vec<bool> = out.iter().map(|c| matches!(c, Cow::Borrowed(_))).collect();
        // The last stands in the text as it reads (`y"`, the first quote of the pair).
        assert_eq!(borrowed, [true, true, false, false, true]);
        assert_eq!(
            out[2..],
            ["a\"b".to_owned(), format!("{big}\"x"), "y\"".to_owned()]
        );
    }

    #[test]
    fn quoted_cells_with_doubled_quotes_are_borrowed_when_asked() {
        let big = "x\"\"y".repeat(2 * PIECE);
        let body = format!("\"{big}\",\"a\"\"b\",\"a\"\"b\"c,d\"\"e\n");
        let mut cells = Cells::keeping_doubled(b',');
        let mut out = Vec::new();
        cells.read(&body, 0, &[0, 1, 2, 3], &mut out).unwrap();
        let borrowed: Vec<bool> = out.iter().map(|c| matches!(c, Cow::Borrowed(_))).collect();
        let doubled: Vec<bool> = (0..4).map(|i| cells.doubled(i)).collect();
        // The third is not only doubled quotes (`c` after the closing one): copied; the
        // fourth is not quoted, its quotes are its own.
        assert_eq!(borrowed, [true, true, false, true]);
        assert_eq!(doubled, [true, true, false, false]);
        assert_eq!(out[0], big);
        assert_eq!(out[1], "a\"\"b");
        assert_eq!(out[2], "a\"bc");
        assert_eq!(out[3], "d\"\"e");
    }

    #[test]
    fn a_row_read_out_of_turn_is_read_alike_even_after_a_mark() {
        let body = "h\r\n\"a\"\r\n\u{feff}b\r\nc";
        let mut cells = Cells::new(b',');
        let mut out = Vec::new();
        // The third row first, then the first: each from a fresh state.
        assert!(cells.read(body, 12, &[0], &mut out).is_some());
        assert_eq!(out, ["c"]);
        assert!(cells.read(body, 7, &[0], &mut out).is_some());
        assert_eq!(out, ["\u{feff}b"]);
        assert!(cells.read(body, 3, &[0], &mut out).is_some());
        assert_eq!(out, ["a"]);
    }
}

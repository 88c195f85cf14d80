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
        }
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
        let mut pos = at;
        let mut cells = 0;
        loop {
            let slot = wanted.iter().position(|&w| w == cells);
            let (cell, record_end) = self.cell(body, &mut pos, &mut bite, slot.is_some())?;
            if let (Some(slot), Some(cell)) = (slot, cell) {
                out[slot] = cell;
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
    ) -> Option<(Option<Cow<'t, str>>, bool)> {
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
                    return Some((keep.then(|| seen.cell(body)), record_end));
                }
                ReadFieldResult::End => return None,
            }
        }
    }
}

/// What a cell's text is so far: the bytes of the body from where it starts (after its
/// opening quote, if any), or, once it differs from them (a doubled quote), a copy.
enum Seen {
    /// The cell's first bytes are read from `at` on: where its text starts is known once
    /// the first of them arrives.
    At(usize),
    Borrowed {
        start: usize,
        len: usize,
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
            Seen::Owned(mut copy) => {
                copy.extend_from_slice(piece);
                return Seen::Owned(copy);
            }
        };
        if body.get(start + len..start + len + piece.len()) == Some(piece) {
            Seen::Borrowed {
                start,
                len: len + piece.len(),
            }
        } else {
            // Room for the whole cell at once: grown by doubling, the copy of a cell of
            // hundreds of megabytes held twice its size.
            let mut copy = Vec::with_capacity(quoted_len(body, start));
            copy.extend_from_slice(&body[start..start + len]);
            copy.extend_from_slice(piece);
            Seen::Owned(copy)
        }
    }

    fn cell(self, body: &str) -> Cow<'_, str> {
        match self {
            Seen::At(_) => Cow::Borrowed(""),
            Seen::Borrowed { start, len } => body
                .get(start..start + len)
                .map_or(Cow::Borrowed(""), Cow::Borrowed),
            // A cell of the text without some of its quotes: still UTF-8.
            Seen::Owned(copy) => Cow::Owned(
                String::from_utf8(copy)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            ),
        }
    }
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
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator)
            .from_reader(body.as_bytes());
        let mut cells = Cells::new(separator);
        let mut out = Vec::new();
        let mut at = 0;
        for record in rdr.records() {
            let record = record.unwrap();
            assert_eq!(record.position().map(csv::Position::byte), Some(at as u64));
            let wanted: Vec<usize> = (0..=record.len()).collect();
            let read = cells.read(body, at, &wanted, &mut out).unwrap();
            assert_eq!(read.cells, record.len(), "{body:?} at {at}");
            let mut want: Vec<&str> = record.iter().collect();
            want.push("");
            assert_eq!(out, want, "{body:?} at {at}");
            at = read.end;
        }
        assert_eq!(cells.read(body, at, &[0], &mut out), None, "{body:?}");
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
        ] {
            both(body, b',');
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

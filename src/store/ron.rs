//! Pretty RON written by hand, byte for byte what `ron::ser::to_string_pretty` gives with
//! `struct_names(true)` (a test holds it to that), at the speed of the disk. `ron` escapes
//! a string one `char` at a time through `char::escape_debug` and `fmt::Write`, which
//! cost half of an import; here plain runs are copied whole, eight bytes are checked at a
//! time, and whether a non-ASCII character is printable is looked up once per character.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicU8, Ordering};

use crate::import::{Sink, Text};
use crate::model::Alias;

/// What follows the cities in a dataset file.
#[derive(Debug, Clone, Default)]
pub struct Tail {
    pub aliases: Vec<Alias>,
    pub sources: Vec<String>,
}

/// Writes a dataset as pretty RON while an import (or a `Dataset`) hands it over. Pieces
/// go to a buffer of its own (a `Vec`, so each costs a copy, no call through `Write`),
/// handed to `out` per 64 KiB.
pub struct RonWriter<W: Write> {
    out: W,
    buf: Vec<u8>,
    tail: Tail,
    cities: usize,
    items: usize,
    provisional: bool,
}

impl<W: Write> RonWriter<W> {
    pub fn new(out: W, tail: Tail) -> Self {
        RonWriter {
            out,
            buf: Vec::with_capacity(SPILL + (SPILL >> 2)),
            tail,
            cities: 0,
            items: 0,
            provisional: false,
        }
    }

    /// For output that is thrown away if the import fails (a temporary file): lets the
    /// import check and write in one pass.
    #[must_use]
    pub fn provisional(mut self) -> Self {
        self.provisional = true;
        self
    }

    pub fn into_inner(self) -> W {
        self.out
    }

    fn put(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Hands the buffer to `out` once it is full enough.
    fn spill(&mut self) -> io::Result<()> {
        if self.buf.len() >= SPILL {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn string(&mut self, s: &str) {
        self.put(b"\"");
        escape(&mut self.buf, s);
        self.put(b"\"");
    }

    /// `s` escaped, handed on a piece at a time: a text of hundreds of megabytes escaped
    /// whole would be held once more, and larger, before it is written.
    fn escaped(&mut self, mut s: &str) -> io::Result<()> {
        while s.len() > SPILL {
            let mut cut = SPILL;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            let (piece, rest) = s.split_at(cut);
            // Each character is escaped on its own: a piece ends where any may.
            escape(&mut self.buf, piece);
            self.spill()?;
            s = rest;
        }
        escape(&mut self.buf, s);
        Ok(())
    }

    /// A description, whole.
    fn text(&mut self, s: &str) -> io::Result<()> {
        self.put(b"\"");
        self.escaped(s)?;
        self.put(b"\"");
        Ok(())
    }

    /// A description from cleaned lines: outer blank lines dropped, joined by `\n`.
    fn lines(&mut self, lines: &[Cow<'_, str>]) -> io::Result<()> {
        self.put(b"\"");
        let (mut started, mut blanks) = (false, 0);
        for line in lines {
            if line.is_empty() {
                blanks += usize::from(started);
                continue;
            }
            if started {
                for _ in 0..=blanks {
                    self.put(b"\\n");
                }
            }
            (started, blanks) = (true, 0);
            self.escaped(line)?;
            self.spill()?;
        }
        self.put(b"\"");
        Ok(())
    }

    fn close_list(&mut self, count: usize, indent: &[u8]) {
        if count > 0 {
            self.put(indent);
        }
        self.put(b"],\n");
    }

    fn aliases(&mut self) {
        let aliases = std::mem::take(&mut self.tail.aliases);
        if aliases.is_empty() {
            return;
        }
        self.put(b"    aliases: [\n");
        for a in &aliases {
            self.put(b"        Alias(\n            title: ");
            self.string(&a.title);
            self.put(b",\n            same_as: ");
            self.string(&a.same_as);
            self.put(b",\n        ),\n");
        }
        self.put(b"    ],\n");
    }

    fn sources(&mut self) {
        let sources = std::mem::take(&mut self.tail.sources);
        if sources.is_empty() {
            return;
        }
        self.put(b"    sources: [\n");
        for s in &sources {
            self.put(b"        ");
            self.string(s);
            self.put(b",\n");
        }
        self.put(b"    ],\n");
    }
}

impl<W: Write> Sink for RonWriter<W> {
    type Error = io::Error;

    fn discards_on_error(&self) -> bool {
        self.provisional
    }

    fn begin(&mut self, chapter: &str) -> io::Result<()> {
        self.put(b"Dataset(\n    chapter: ");
        self.string(chapter);
        self.put(b",\n    cities: [");
        Ok(())
    }

    fn city(&mut self, name: &str) -> io::Result<()> {
        if self.cities == 0 {
            self.put(b"\n");
        }
        self.cities += 1;
        self.items = 0;
        self.put(b"        City(\n            name: ");
        self.string(name);
        self.put(b",\n            items: [");
        self.spill()
    }

    fn item(&mut self, title: &str, text: Text<'_>, attachment: bool) -> io::Result<()> {
        if self.items == 0 {
            self.put(b"\n");
        }
        self.items += 1;
        self.put(b"                Item(\n                    title: ");
        self.string(title);
        self.put(b",\n                    description: ");
        match text {
            Text::Clean(s) => self.text(s)?,
            Text::Lines(lines) => self.lines(lines)?,
        }
        self.put(if attachment {
            b",\n                    attachment: true,\n                ),\n"
        } else {
            b",\n                    attachment: false,\n                ),\n"
        });
        self.spill()
    }

    fn end_city(&mut self) -> io::Result<()> {
        self.close_list(self.items, b"            ");
        self.put(b"        ),\n");
        self.spill()
    }

    fn end(&mut self) -> io::Result<()> {
        self.close_list(self.cities, b"    ");
        self.aliases();
        self.sources();
        self.put(b")\n");
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }
}

/// How full the buffer gets before it goes to the writer.
const SPILL: usize = 64 * 1024;

/// Bytes copied as they are: printable ASCII but the quotes and the backslash.
const fn plain_table() -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 0x7f {
        t[b] = !matches!(b as u8, b'"' | b'\'' | b'\\');
        b += 1;
    }
    t
}
const PLAIN: [bool; 256] = plain_table();

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any byte of the word is one `PLAIN` rejects (exact: no false answers).
fn word_has_special(w: u64) -> bool {
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    w & HIGHS != 0
        || w.wrapping_sub(ONES * 0x20) & !w & HIGHS != 0
        || has_zero(w ^ (ONES * 0x7f))
        || has_zero(w ^ (ONES * u64::from(b'"')))
        || has_zero(w ^ (ONES * u64::from(b'\'')))
        || has_zero(w ^ (ONES * u64::from(b'\\')))
}

/// Where the first byte `PLAIN` rejects is, from `from` on.
fn next_special(bytes: &[u8], mut from: usize) -> usize {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if word_has_special(u64::from_le_bytes(word)) {
            break;
        }
        from += 8;
    }
    bytes[from..]
        .iter()
        .position(|&b| !PLAIN[usize::from(b)])
        .map_or(bytes.len(), |p| from + p)
}

/// `s` as `ron` escapes it (each `char` as `char::escape_debug` gives it), without quotes.
pub fn escape(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        at = next_special(bytes, at);
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        if !c.is_ascii() && printable(c) {
            at += c.len_utf8();
            continue;
        }
        out.extend_from_slice(&bytes[start..at]);
        let mut buf = [0u8; 4];
        for e in c.escape_debug() {
            out.extend_from_slice(e.encode_utf8(&mut buf).as_bytes());
        }
        at += c.len_utf8();
        start = at;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Whether `escape_debug` leaves `c` as it is; remembered per character of the Basic
/// Multilingual Plane (0 unknown, 1 printable, 2 escaped), so each is looked up once.
fn printable(c: char) -> bool {
    static SEEN: [AtomicU8; 0x1_0000] = [const { AtomicU8::new(0) }; 0x1_0000];
    let Some(seen) = SEEN.get(u32::from(c) as usize) else {
        return c.escape_debug().len() == 1;
    };
    match seen.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let printable = c.escape_debug().len() == 1;
            seen.store(if printable { 1 } else { 2 }, Ordering::Relaxed);
            printable
        }
    }
}

/// Whether the remembered answers are `escape_debug`'s (tests).
#[cfg(test)]
pub(crate) fn printable_agrees(c: char) -> bool {
    let first = printable(c);
    first == printable(c) && first == (c.escape_debug().len() == 1)
}

//! Pretty RON written by hand, byte for byte what `ron::ser::to_string_pretty` gives with
//! `struct_names(true)` (a test holds it to that), at the speed of the disk. `ron` escapes
//! a string one `char` at a time through `char::escape_debug` and `fmt::Write`, which
//! cost half of an import; here plain runs are copied whole, eight bytes are checked at a
//! time, and whether a non-ASCII character is printable is looked up once per block of 256.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::OnceLock;

use crate::import::{Sink, Text};
use crate::model::Alias;

/// What follows the cities in a dataset file.
#[derive(Debug, Clone, Default)]
pub struct Tail {
    pub aliases: Vec<Alias>,
    pub sources: Vec<String>,
}

/// Writes a dataset as pretty RON while an import (or a `Dataset`) hands it over.
pub struct RonWriter<W: Write> {
    out: W,
    tail: Tail,
    cities: usize,
    items: usize,
    provisional: bool,
}

impl<W: Write> RonWriter<W> {
    pub fn new(out: W, tail: Tail) -> Self {
        RonWriter {
            out,
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

    fn string(&mut self, s: &str) -> io::Result<()> {
        self.out.write_all(b"\"")?;
        escape(&mut self.out, s)?;
        self.out.write_all(b"\"")
    }

    /// A description from cleaned lines: outer blank lines dropped, joined by `\n`.
    fn lines(&mut self, lines: &[Cow<'_, str>]) -> io::Result<()> {
        self.out.write_all(b"\"")?;
        let (mut started, mut blanks) = (false, 0);
        for line in lines {
            if line.is_empty() {
                blanks += usize::from(started);
                continue;
            }
            if started {
                for _ in 0..=blanks {
                    self.out.write_all(b"\\n")?;
                }
            }
            (started, blanks) = (true, 0);
            escape(&mut self.out, line)?;
        }
        self.out.write_all(b"\"")
    }

    fn close_list(&mut self, count: usize, indent: &[u8]) -> io::Result<()> {
        if count == 0 {
            self.out.write_all(b"],\n")
        } else {
            self.out.write_all(indent)?;
            self.out.write_all(b"],\n")
        }
    }

    fn aliases(&mut self) -> io::Result<()> {
        let aliases = std::mem::take(&mut self.tail.aliases);
        if aliases.is_empty() {
            return Ok(());
        }
        self.out.write_all(b"    aliases: [\n")?;
        for a in &aliases {
            self.out.write_all(b"        Alias(\n            title: ")?;
            self.string(&a.title)?;
            self.out.write_all(b",\n            same_as: ")?;
            self.string(&a.same_as)?;
            self.out.write_all(b",\n        ),\n")?;
        }
        self.out.write_all(b"    ],\n")
    }

    fn sources(&mut self) -> io::Result<()> {
        let sources = std::mem::take(&mut self.tail.sources);
        if sources.is_empty() {
            return Ok(());
        }
        self.out.write_all(b"    sources: [\n")?;
        for s in &sources {
            self.out.write_all(b"        ")?;
            self.string(s)?;
            self.out.write_all(b",\n")?;
        }
        self.out.write_all(b"    ],\n")
    }
}

impl<W: Write> Sink for RonWriter<W> {
    type Error = io::Error;

    fn discards_on_error(&self) -> bool {
        self.provisional
    }

    fn begin(&mut self, chapter: &str) -> io::Result<()> {
        self.out.write_all(b"Dataset(\n    chapter: ")?;
        self.string(chapter)?;
        self.out.write_all(b",\n    cities: [")
    }

    fn city(&mut self, name: &str) -> io::Result<()> {
        if self.cities == 0 {
            self.out.write_all(b"\n")?;
        }
        self.cities += 1;
        self.items = 0;
        self.out.write_all(b"        City(\n            name: ")?;
        self.string(name)?;
        self.out.write_all(b",\n            items: [")
    }

    fn item(&mut self, title: &str, text: Text<'_>, attachment: bool) -> io::Result<()> {
        if self.items == 0 {
            self.out.write_all(b"\n")?;
        }
        self.items += 1;
        self.out
            .write_all(b"                Item(\n                    title: ")?;
        self.string(title)?;
        self.out
            .write_all(b",\n                    description: ")?;
        match text {
            Text::Clean(s) => self.string(s)?,
            Text::Lines(lines) => self.lines(lines)?,
        }
        self.out.write_all(if attachment {
            b",\n                    attachment: true,\n                ),\n"
        } else {
            b",\n                    attachment: false,\n                ),\n"
        })
    }

    fn end_city(&mut self) -> io::Result<()> {
        self.close_list(self.items, b"            ")?;
        self.out.write_all(b"        ),\n")
    }

    fn end(&mut self) -> io::Result<()> {
        self.close_list(self.cities, b"    ")?;
        self.aliases()?;
        self.sources()?;
        self.out.write_all(b")\n")?;
        self.out.flush()
    }
}

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
///
/// # Errors
/// The writer's.
pub fn escape(out: &mut impl Write, s: &str) -> io::Result<()> {
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
        out.write_all(&bytes[start..at])?;
        let mut buf = [0u8; 4];
        for e in c.escape_debug() {
            out.write_all(e.encode_utf8(&mut buf).as_bytes())?;
        }
        at += c.len_utf8();
        start = at;
    }
    out.write_all(&bytes[start..])
}

/// Whether `escape_debug` leaves `c` as it is; remembered per block of 256 code points.
fn printable(c: char) -> bool {
    static BLOCKS: [OnceLock<[u64; 4]>; 256] = [const { OnceLock::new() }; 256];
    let code = u32::from(c);
    let Some(block) = BLOCKS.get((code >> 8) as usize) else {
        return c.escape_debug().len() == 1;
    };
    let bits = block.get_or_init(|| {
        let mut bits = [0u64; 4];
        for low in 0..256u32 {
            let printable =
                char::from_u32((code & !0xff) | low).is_some_and(|c| c.escape_debug().len() == 1);
            bits[(low / 64) as usize] |= u64::from(printable) << (low % 64);
        }
        bits
    });
    let low = code & 0xff;
    bits[(low / 64) as usize] >> (low % 64) & 1 == 1
}

/// Whether `OnceLock` blocks answer as `escape_debug` does (tests).
#[cfg(test)]
pub(crate) fn printable_agrees(c: char) -> bool {
    printable(c) == (c.escape_debug().len() == 1)
}

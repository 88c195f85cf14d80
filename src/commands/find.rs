//! `woonbeleid filter` and `woonbeleid search`: rows for scripts, written as they are found.

use std::cell::Cell;
use std::io::{BufWriter, Write};
use std::ops::Range;

use super::failure::Failure;
use super::gate::Gate;
use super::output;
use super::paint;
use crate::catalog::Catalog;
use crate::parallel;
use crate::query::{self, Needle, Query, each_line_found};

/// `woonbeleid filter`: `CITY<TAB>TITLE` of the matching items, best first; whether
/// anything matched. An empty query matches every item, as in `fzf --filter ''`.
///
/// # Errors
/// Writing to stdout.
pub fn filter(catalog: &Catalog, gate: &Gate, text: &str) -> Result<bool, Failure> {
    let ranked = query::ranked(catalog, &Query::parse(text));
    gate.pass()?;
    let mut out = output::stdout()?;
    let written = ranked
        .iter()
        .filter_map(|&at| Some((catalog.id_at(at as usize)?, at as usize)))
        .try_for_each(|(id, at)| {
            writeln!(
                out,
                "{}\t{}",
                catalog.city_name(id.city),
                catalog.title_at(at)
            )
        })
        .and_then(|()| out.flush());
    output::finish(written)?;
    Ok(!ranked.is_empty())
}

/// How far a search has written its rows: a search that stopped at a damaged text of the
/// snapshot goes on from there on the RON, the rows before it already out (printed output
/// cannot be taken back, and need not be: every text is checked before it is searched).
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    /// The items whose rows are all out: those before this position.
    upto: usize,
    /// Whether any of them had a hit.
    any: bool,
}

/// `woonbeleid search`: `CITY<TAB>TITLE<TAB>LINE` per text line with a hit; whether there
/// was any. An empty text is in every line, as `grep ''` finds: every line that is not
/// blank is printed, as an empty `filter` query lists every item. In `colour`, city, title
/// and every hit stand out. The rows are written in order as the texts are searched, a few
/// megabytes of them held at a time: a search whose hits are most of the texts prints more
/// than the texts. `written` says how far an earlier try on a damaged snapshot got.
///
/// # Errors
/// Writing to stdout; `Failure::Damaged` when a text read is not what was written (the rows
/// before it are out, and `written` says where they end).
pub fn search(
    catalog: &Catalog,
    gate: &Gate,
    text: &str,
    colour: bool,
    written: &Cell<Written>,
) -> Result<bool, Failure> {
    if text.trim().is_empty() {
        return every_line(catalog, gate, colour);
    }
    let Some(needle) = Needle::new(text) else {
        return Ok(false);
    };
    let from = written.get().upto;
    let runs: Vec<Range<usize>> = catalog
        .text_parts(usize::MAX, BYTES_PER_RUN)
        .into_iter()
        .map(|run| run.start.max(from)..run.end)
        .filter(|run| !run.is_empty())
        .collect();
    let work = |run: &Range<usize>| {
        let mut rows = Rows::default();
        let any = rows_of(catalog, (&needle, colour), run.clone(), &mut rows);
        (run.end, rows, any)
    };
    let mut out = None;
    let mut failed = Ok(());
    let threads = parallel::cores().min(MAX_THREADS);
    let streamed = parallel::stream(&runs, threads, 2 * threads, work, |(end, rows, any)| {
        // A damaged text marks the catalog before its run is handed over: the runs written
        // so far were sound.
        if catalog.is_damaged() {
            failed = Err(Failure::Damaged);
            return false;
        }
        match write_rows(&mut out, gate, &rows) {
            Ok(reader_there) => {
                let before = written.get();
                written.set(Written {
                    upto: end,
                    any: before.any || any,
                });
                reader_there
            }
            Err(why) => {
                failed = Err(why);
                false
            }
        }
    })
    .map_err(|_| Failure::Internal(crate::strings::cli::SEARCH_THREAD_STOPPED.into()))?;
    if let Err(why) = failed {
        // The rows of the runs before are out before the search goes on from them.
        if let Some(mut out) = out {
            output::finish(out.flush())?;
        }
        return Err(why);
    }
    if streamed == parallel::Streamed::Whole && catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    if let Some(mut out) = out {
        output::finish(out.flush())?;
    } else {
        // Nothing found: the snapshot still has to be the RON's before saying so.
        gate.pass()?;
    }
    Ok(written.get().any)
}

/// Writes one run's rows, opening stdout (once the gate has passed) for the first; whether
/// the reader is still there (`head` gone, the search need not go on).
fn write_rows(
    out: &mut Option<BufWriter<Box<dyn Write + Send>>>,
    gate: &Gate,
    rows: &Rows,
) -> Result<bool, Failure> {
    if out.is_none() {
        gate.pass()?;
    }
    let out = match out {
        Some(out) => out,
        None => out.insert(output::stdout()?),
    };
    let written = rows.pieces().try_for_each(|piece| out.write_all(piece));
    let gone = matches!(&written, Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe);
    output::finish(written).map(|()| !gone)
}

/// Threads a search may use, one per core up to this.
const MAX_THREADS: usize = 8;
/// Bytes of text a search run is given at least: rows held per run stay a few megabytes,
/// and a run costs more than reading a small dataset.
const BYTES_PER_RUN: u64 = 1 << 20;

/// The output of `search` for the items at `positions`, `CITY<TAB>TITLE<TAB>LINE` per line
/// found, made as the texts are read (once each) and held until every text read is known
/// to be sound: one buffer, not a string per line. Whether a line was found.
fn rows_of(
    catalog: &Catalog,
    (needle, colour): (&Needle, bool),
    positions: Range<usize>,
    out: &mut Rows,
) -> bool {
    let mut any = false;
    each_line_found(catalog, needle, positions, &mut |hit, line| {
        let Some(id) = catalog.id_at(hit.item as usize) else {
            return;
        };
        // A text from a snapshot is checked by its sum; only what is printed is decoded.
        let Ok(line) = simdutf8::basic::from_utf8(line) else {
            catalog.mark_damaged();
            return;
        };
        any = true;
        let (city, title) = (
            catalog.city_name(id.city),
            catalog.title_at(hit.item as usize),
        );
        if colour {
            out.push(&[&paint::search_row(city, title, line.trim(), Some(needle))]);
        } else {
            out.push(&[city, "\t", title, "\t", line.trim(), "\n"]);
        }
    });
    any
}

/// Bytes of output held in one piece.
const PIECE: usize = 1 << 20;

/// Output held in pieces of about a megabyte: one buffer grown by doubling copied what it
/// held and touched twice its size in fresh pages (at 1M items a search printed 414 MB).
#[derive(Default)]
struct Rows {
    full: Vec<Vec<u8>>,
    current: Vec<u8>,
}

impl Rows {
    fn push(&mut self, parts: &[&str]) {
        let len = parts.iter().map(|p| p.len()).sum::<usize>();
        if self.current.len() + len > self.current.capacity() {
            let next = Vec::with_capacity(len.max(PIECE));
            self.full.push(std::mem::replace(&mut self.current, next));
        }
        for part in parts {
            self.current.extend_from_slice(part.as_bytes());
        }
    }

    fn pieces(&self) -> impl Iterator<Item = &[u8]> {
        self.full
            .iter()
            .chain(std::iter::once(&self.current))
            .map(Vec::as_slice)
    }
}

fn every_line(catalog: &Catalog, gate: &Gate, colour: bool) -> Result<bool, Failure> {
    let all: Vec<usize> = (0..catalog.len()).collect();
    // Every text checked before a line is written (a damaged snapshot shows before any
    // output), then read again as it is written: twice the reading, not all of it held.
    catalog.each_text(&all, &mut |_, _| {});
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    gate.pass()?;
    let mut out = output::stdout()?;
    let mut any = false;
    let mut written = Ok(());
    catalog.each_text(&all, &mut |at, text| {
        let Some(id) = catalog.id_at(at).filter(|_| written.is_ok()) else {
            return;
        };
        let (city, title) = (catalog.city_name(id.city), catalog.title_at(at));
        for line in text.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
            any = true;
            let row = if colour {
                out.write_all(paint::search_row(city, title, line, None).as_bytes())
            } else {
                writeln!(out, "{city}\t{title}\t{line}")
            };
            if let Err(e) = row {
                written = Err(e);
                return;
            }
        }
    });
    output::finish(written.and_then(|()| out.flush()))?;
    Ok(any)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(texts: &[&str], text: &str) -> String {
        let c = crate::catalog::of_texts(texts);
        let needle = Needle::new(text).expect("needle");
        let mut out = Rows::default();
        rows_of(&c, (&needle, false), 0..c.len(), &mut out);
        String::from_utf8(out.pieces().flatten().copied().collect()).expect("utf-8")
    }

    #[test]
    fn each_line_with_a_hit_once_in_order_trimmed_from_the_original_text() {
        let texts = [
            "niets\n  Woonraad één  \nniets\nwoonraad en WOONRAAD\nniets",
            "geen",
            "woonräad eerst",
            "a\n\nb\nlaatste woonraad",
        ];
        assert_eq!(
            rows(&texts, "woonraad"),
            "Gent\tT0\tWoonraad één\nGent\tT0\twoonraad en WOONRAAD\n\
             Gent\tT2\twoonräad eerst\nGent\tT3\tlaatste woonraad\n"
        );
        assert_eq!(rows(&texts, "zzz"), "");
    }

    #[test]
    fn a_line_holding_either_text_is_printed_once() {
        let texts = ["woonraad\nniets\nhuurdersbond en woonraad", "geen"];
        assert_eq!(
            rows(&texts, "woonraad | Huurdersbond"),
            "Gent\tT0\twoonraad\nGent\tT0\thuurdersbond en woonraad\n"
        );
    }

    #[test]
    fn rows_found_in_parts_joined_are_the_rows_found_in_the_whole() {
        let texts: Vec<String> = (0..30)
            .map(|i| format!("r{i}\n{}woonraad {i}\nwoonraad", "x".repeat(i * 7)))
            .collect();
        let c = crate::catalog::of_texts(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let needle = Needle::new("woonraad").expect("needle");
        let mut whole = Rows::default();
        rows_of(&c, (&needle, false), 0..c.len(), &mut whole);
        let whole: Vec<u8> = whole.pieces().flatten().copied().collect();
        for parts in 1..6 {
            let mut joined: Vec<u8> = Vec::new();
            for run in c.text_parts(parts, 1) {
                let mut rows = Rows::default();
                rows_of(&c, (&needle, false), run, &mut rows);
                joined.extend(rows.pieces().flatten().copied());
            }
            assert_eq!(joined, whole, "{parts} parts");
        }
        assert_eq!(whole.split(|b| *b == b'\n').count(), 61);
    }

    #[test]
    fn rows_held_in_pieces_are_all_the_rows_in_order() {
        let mut rows = Rows::default();
        let line = "y".repeat(PIECE / 3);
        for i in 0..10 {
            rows.push(&[&i.to_string(), &line, "\n"]);
        }
        rows.push(&[&"z".repeat(PIECE * 2)]);
        let pieces: Vec<&[u8]> = rows.pieces().collect();
        // Two rows to a piece (a third would pass a megabyte); a larger row alone.
        let row = PIECE / 3 + 2;
        let sizes: Vec<usize> = pieces.iter().map(|p| p.len()).filter(|n| *n > 0).collect();
        assert_eq!(
            sizes,
            [2 * row, 2 * row, 2 * row, 2 * row, 2 * row, 2 * PIECE]
        );
        let all: Vec<u8> = pieces.concat();
        let mut expected = String::new();
        for i in 0..10 {
            expected.extend([i.to_string(), line.clone(), "\n".into()]);
        }
        expected += &"z".repeat(PIECE * 2);
        assert_eq!(all, expected.as_bytes());
    }
}

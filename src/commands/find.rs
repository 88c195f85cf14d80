//! `woonbeleid filter` and `woonbeleid search`: rows for scripts, written as they are found.

use std::io::Write;

use super::{Failure, output};
use crate::catalog::Catalog;
use crate::query::{self, Needle, Query, each_line_found};

/// `woonbeleid filter`: `CITY<TAB>TITLE` of the matching items, best first; whether
/// anything matched. An empty query matches every item, as in `fzf --filter ''`.
///
/// # Errors
/// Writing to stdout.
pub fn filter(catalog: &Catalog, text: &str) -> Result<bool, Failure> {
    let ranked = query::ranked(catalog, &Query::parse(text));
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

/// `woonbeleid search`: `CITY<TAB>TITLE<TAB>LINE` per text line with a hit; whether there
/// was any. An empty text is in every line, as `grep ''` finds: every line that is not
/// blank is printed, as an empty `filter` query lists every item.
///
/// # Errors
/// Writing to stdout.
pub fn search(catalog: &Catalog, text: &str) -> Result<bool, Failure> {
    if text.trim().is_empty() {
        return every_line(catalog);
    }
    let Some(needle) = Needle::new(text) else {
        return Ok(false);
    };
    let mut rows = Vec::new();
    let any = rows_of(catalog, &needle, &mut rows);
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    let mut out = output::stdout()?;
    output::finish(out.write_all(&rows).and_then(|()| out.flush()))?;
    Ok(any)
}

/// The output of `search`, `CITY<TAB>TITLE<TAB>LINE` per line found, made as the texts are
/// read (once each) and held until every text read is known to be sound: one buffer, not
/// a string per line. Whether a line was found.
fn rows_of(catalog: &Catalog, needle: &Needle, out: &mut Vec<u8>) -> bool {
    let mut any = false;
    each_line_found(catalog, needle, &mut |hit, line| {
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
        for part in [city, "\t", title, "\t", line.trim(), "\n"] {
            out.extend_from_slice(part.as_bytes());
        }
    });
    any
}

fn every_line(catalog: &Catalog) -> Result<bool, Failure> {
    let all: Vec<usize> = (0..catalog.len()).collect();
    // Every text checked before a line is written (a damaged snapshot shows before any
    // output), then read again as it is written: twice the reading, not all of it held.
    catalog.each_text(&all, &mut |_, _| {});
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
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
            if let Err(e) = writeln!(out, "{city}\t{title}\t{line}") {
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
        let mut out = Vec::new();
        rows_of(&c, &needle, &mut out);
        String::from_utf8(out).expect("utf-8")
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
}

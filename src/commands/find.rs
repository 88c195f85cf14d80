//! `woonbeleid filter` and `woonbeleid search`: rows for scripts, written as they are found.

use std::io::Write;

use super::{Failure, output};
use crate::catalog::Catalog;
use crate::query::{self, Needle, Query};

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
    let hits = query::search(catalog, &needle, &|| true).unwrap_or_default();
    let mut out = output::stdout()?;
    let written = query::hit_lines(catalog, &hits)
        .iter()
        .try_for_each(|line| {
            let title = catalog.get(line.id).map_or("", |i| i.title);
            writeln!(
                out,
                "{}\t{title}\t{}",
                catalog.city_name(line.id.city),
                line.text.trim()
            )
        })
        .and_then(|()| out.flush());
    output::finish(written)?;
    Ok(!hits.is_empty())
}

fn every_line(catalog: &Catalog) -> Result<bool, Failure> {
    let mut out = output::stdout()?;
    let mut any = false;
    let mut write = || -> std::io::Result<()> {
        for city in 0..catalog.city_count() {
            for id in catalog.city_items(city) {
                let title = catalog.get(id).map_or("", |i| i.title);
                for line in catalog.text(id).split('\n').map(str::trim) {
                    if !line.is_empty() {
                        any = true;
                        writeln!(out, "{}\t{title}\t{line}", catalog.city_name(city))?;
                    }
                }
            }
        }
        out.flush()
    };
    output::finish(write())?;
    Ok(any)
}

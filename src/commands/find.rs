//! `woonbeleid filter` and `woonbeleid search`: rows for scripts, written as they are found.

use std::io::Write;

use super::{Failure, output};
use crate::model::Dataset;
use crate::query::{Query, SearchIndex};

/// `woonbeleid filter`: `CITY<TAB>TITLE` of the matching items, best first; whether
/// anything matched. An empty query matches every item, as in `fzf --filter ''`.
///
/// # Errors
/// Writing to stdout.
pub fn filter(data: &Dataset, query: &str) -> Result<bool, Failure> {
    let index = SearchIndex::new(data);
    let ranked = index.ranked(&Query::parse(query));
    let mut out = output::stdout()?;
    let written = ranked
        .iter()
        .try_for_each(|i| {
            let id = index.ids[*i as usize];
            let city = &data.cities[id.city];
            writeln!(out, "{}\t{}", city.name, city.items[id.item].title)
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
pub fn search(data: &Dataset, text: &str) -> Result<bool, Failure> {
    if text.is_empty() {
        return every_line(data);
    }
    let index = SearchIndex::new(data);
    let hits = index.search(data, text);
    let mut out = output::stdout()?;
    let mut last = None;
    let mut write = || -> std::io::Result<()> {
        for hit in &hits {
            let line_no = index.hit_line(data, *hit);
            if last == Some((hit.item, line_no)) {
                continue;
            }
            last = Some((hit.item, line_no));
            let id = index.ids[hit.item as usize];
            let city = &data.cities[id.city];
            let item = &city.items[id.item];
            let line = item
                .description
                .split('\n')
                .nth(line_no)
                .unwrap_or_default();
            writeln!(out, "{}\t{}\t{}", city.name, item.title, line.trim())?;
        }
        out.flush()
    };
    output::finish(write())?;
    Ok(!hits.is_empty())
}

fn every_line(data: &Dataset) -> Result<bool, Failure> {
    let mut out = output::stdout()?;
    let mut any = false;
    let mut write = || -> std::io::Result<()> {
        for city in &data.cities {
            for item in &city.items {
                for line in item.description.split('\n').map(str::trim) {
                    if !line.is_empty() {
                        any = true;
                        writeln!(out, "{}\t{}\t{line}", city.name, item.title)?;
                    }
                }
            }
        }
        out.flush()
    };
    output::finish(write())?;
    Ok(any)
}

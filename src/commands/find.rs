//! `woonbeleid filter` and `woonbeleid search`: rows for scripts, written as they are found.

use std::io::Write;

use super::{Failure, output};
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::query::{self, LineHit, Needle, Query};

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
    let found = query::search_lines(catalog, &needle).unwrap_or_default();
    let lines = original_lines(catalog, &found);
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    let mut out = output::stdout()?;
    let written = lines
        .iter()
        .try_for_each(|(id, line)| {
            let title = catalog.get(*id).map_or("", |i| i.title);
            writeln!(
                out,
                "{}\t{title}\t{}",
                catalog.city_name(id.city),
                line.trim()
            )
        })
        .and_then(|()| out.flush());
    output::finish(written)?;
    Ok(!found.is_empty())
}

/// The original text of each line found, each item's text read once and the texts of
/// neighbouring items together.
fn original_lines(catalog: &Catalog, found: &[LineHit]) -> Vec<(ItemId, String)> {
    let mut items: Vec<usize> = found.iter().map(|f| f.item as usize).collect();
    items.dedup();
    let mut out = Vec::with_capacity(found.len());
    let mut k = 0;
    catalog.each_text(&items, &mut |item, text| {
        let id = catalog.id_at(item);
        let mut lines = text.split('\n');
        let mut next = 0;
        while k < found.len() && found[k].item as usize == item {
            let wanted = found[k].line as usize;
            let line = lines.nth(wanted - next).unwrap_or_default();
            next = wanted + 1;
            out.extend(id.map(|id| (id, line.to_owned())));
            k += 1;
        }
    });
    out
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

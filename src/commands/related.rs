//! `woonbeleid related`: the texts of other cities most like an item's, whatever their
//! titles, as rows for scripts.

use std::io::Write;

use super::failure::Failure;
use super::gate::Gate;
use super::output;
use crate::catalog::Catalog;
use crate::related::RelatedIndex;

/// `CITY<TAB>TITLE<TAB>SCORE<TAB>shared words` of up to `limit` related items, best
/// first; whether there was any. The city and title are found as `show` and `note` find
/// them (case and accents aside), with the same message for a name not found.
///
/// # Errors
/// An unknown city or title; writing to stdout.
pub fn related(
    catalog: &Catalog,
    gate: &Gate,
    city: &str,
    title: &str,
    limit: usize,
) -> Result<bool, Failure> {
    let (_, id) = crate::notes::cli::resolve(catalog, city, title).map_err(Failure::Notes)?;
    let index = RelatedIndex::build(catalog);
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    let found = index.related(id, limit);
    gate.pass()?;
    let mut out = output::stdout()?;
    let written = found
        .iter()
        .filter_map(|r| Some((r, catalog.get(r.id)?)))
        .try_for_each(|(r, item)| {
            writeln!(
                out,
                "{}\t{}\t{:.3}\t{}",
                catalog.city_name(r.id.city),
                item.title,
                r.score,
                r.shared.join(", ")
            )
        })
        .and_then(|()| out.flush());
    output::finish(written)?;
    Ok(!found.is_empty())
}

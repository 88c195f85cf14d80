//! `woonbeleid bookmarks`: every bookmark for a script, as `notes` lists the notes:
//! those of items in the dataset first, in its order, then those whose item is gone.

use std::fmt::Write as _;

use super::place::Place;
use super::store::NoteStore;
use crate::catalog::Catalog;
use crate::import::clean::inert_name;
use crate::strings::cli::ORPHAN_COLUMN;

pub use super::cli::Format;

/// Every bookmark, in `format`: `CITY<TAB>TITLE` (a third column `wees`, `orphan` in English, for an orphan),
/// a Markdown list, or JSON.
#[must_use]
pub fn list(catalog: &Catalog, store: &NoteStore, format: Format) -> String {
    let bookmarks = &store.notes().bookmarks;
    let mut shown: Vec<(&Place, bool)> = Vec::new();
    for c in 0..catalog.city_count() {
        for id in catalog.city_items(c) {
            let Some(item) = catalog.get(id) else {
                continue;
            };
            if let Some(place) = bookmarks.get(&Place::new(catalog.city_name(c), item.title)) {
                shown.push((place, false));
            }
        }
    }
    let known: std::collections::HashSet<&Place> = shown.iter().map(|(p, _)| *p).collect();
    shown.extend(
        bookmarks
            .iter()
            .filter(|p| !known.contains(p))
            .map(|p| (p, true)),
    );
    match format {
        Format::Tsv => shown.iter().fold(String::new(), |mut out, (p, orphan)| {
            let tail = if *orphan {
                format!("\t{}", ORPHAN_COLUMN.get())
            } else {
                String::new()
            };
            let (city, title) = (inert_name(&p.city), inert_name(&p.title));
            let _ = writeln!(out, "{city}\t{title}{tail}");
            out
        }),
        Format::Md => {
            let mut out = String::from(crate::strings::cli::BOOKMARKS_HEADING.get());
            for (p, orphan) in &shown {
                let mark = if *orphan {
                    crate::strings::cli::ORPHAN_MARK.get()
                } else {
                    ""
                };
                let _ = writeln!(out, "- {}{mark}", inert_name(&p.to_string()));
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = shown
                .iter()
                .map(|(p, orphan)| {
                    serde_json::json!({ "city": p.city, "title": p.title, "orphan": orphan })
                })
                .collect();
            serde_json::to_string_pretty(&rows)
                .map(|s| super::cli::escape_invisible(&s) + "\n")
                .unwrap_or_default()
        }
    }
}

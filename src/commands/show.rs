//! `woonbeleid show`: an item as plain text — where it stands, its text, the user's note —
//! for screen readers, pipes and scripts, which cannot read a screen of panes.

use std::fmt::Write as _;
use std::path::Path;

use super::dataset::on_catalog;
use super::failure::Failure;
use super::output;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::{NoteStore, Notes, Place, home};
use crate::outline::{self, Outline};
use crate::strings;
use crate::wrap;

/// Columns the texts are wrapped to: what a terminal, a braille line or a mail shows whole.
const WIDTH: usize = 80;

/// Prints the item `title` of `city`, or every item of `city` in order.
///
/// # Errors
/// An unknown city or title; the dataset cannot be read; stdout cannot be written.
pub fn show(
    data: Option<&Path>,
    use_cache: bool,
    city: &str,
    title: Option<&str>,
) -> Result<(), Failure> {
    let notes = match home::dir()
        .map_err(|e| e.to_string())
        .and_then(|dir| NoteStore::open(&dir).map_err(|e| e.to_string()))
    {
        Ok(store) => store.notes().clone(),
        Err(why) => {
            // Shown without notes, not refused: the text is what was asked for.
            output::warn(&[strings::show_without_notes(&why)]);
            Notes::default()
        }
    };
    // The snapshot, as filter and search read it: one item of a large dataset does not
    // parse the whole RON. The names are resolved against the RON as it is now (a name
    // not found must not be one the snapshot lacks).
    on_catalog(data, use_cache, |catalog, gate| {
        gate.pass()?;
        let ids: Vec<ItemId> = if let Some(title) = title {
            let (_, id) =
                crate::notes::cli::resolve(catalog, city, title).map_err(Failure::Notes)?;
            vec![id]
        } else {
            let c = crate::notes::cli::resolve_city(catalog, city).map_err(Failure::Notes)?;
            catalog.city_items(c).collect()
        };
        let outline = ids.first().map(|id| Outline::of(catalog, id.city));
        let mut out = String::new();
        for (n, id) in ids.iter().enumerate() {
            if n > 0 {
                out.push('\n');
            }
            if let Some(outline) = &outline {
                item(&mut out, catalog, outline, *id, &notes);
            }
        }
        output::print(&out)
    })
}

fn item(out: &mut String, catalog: &Catalog, outline: &Outline, id: ItemId, notes: &Notes) {
    let Some(found) = catalog.get(id) else {
        return;
    };
    let _ = writeln!(out, "{}\n", outline::breadcrumb(catalog, outline, id));
    let text = catalog.text(id);
    let lines: Vec<&str> = text.split('\n').collect();
    for row in wrap::wrap(&text, WIDTH) {
        let line = lines.get(row.line).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "{:indent$}{}",
            "",
            line.get(row.range.clone()).unwrap_or_default(),
            indent = row.indent
        );
    }
    if found.attachment {
        let _ = writeln!(out, "\n{}", strings::ATTACHMENT_NOTE);
    }
    let place = Place::new(catalog.city_name(id.city), found.title);
    if let Some(note) = notes.notes.get(&place) {
        let _ = writeln!(out, "\n{}", strings::SHOW_NOTE_HEADING);
        for line in note.lines() {
            let _ = writeln!(out, "{}", crate::import::clean::inert(line));
        }
    }
}

//! `woonbeleid note` and `woonbeleid notes`: the user's notes from a script.

use std::path::Path;

use super::dataset::on_catalog;
use super::failure::Failure;
use super::output;
use crate::notes::cli::{Format, NoteArgs};
use crate::notes::{NoteStore, home};
use crate::store;

/// `woonbeleid note`: whether there was a note to print (for the exit code).
///
/// # Errors
/// An unknown item, or notes that cannot be read or written.
pub fn note(data: Option<&Path>, use_cache: bool, args: &NoteArgs) -> Result<bool, Failure> {
    let text = match &args.set {
        // Read as any input is: within --max-input-size, and text.
        Some(t) if t == "-" => {
            let stdin = |why: String| Failure::Notes(format!("(stdin): {why}"));
            let bytes = store::read::read(Path::new("-")).map_err(|e| stdin(e.message()))?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let at = e.utf8_error().valid_up_to();
                stdin(crate::strings::files::stdin_not_utf8(at))
            })?;
            Some(text)
        }
        other => other.clone(),
    };
    // The snapshot, as filter and search read it: one note of a large dataset does not
    // parse the whole RON. The names are resolved against the RON as it is now before
    // anything is written or printed.
    on_catalog(data, use_cache, |catalog, gate| {
        gate.pass()?;
        let mut store = open_store()?;
        let done = crate::notes::cli::run(catalog, &mut store, args, text.as_deref())
            .map_err(Failure::Notes)?;
        if let Some(notice) = done.notice {
            output::warn(&[notice]);
        }
        // Printed here, not once the catalog is put away: a snapshot still to be made is
        // made after the output has ended.
        if let Some(out) = &done.printed {
            output::print(out)?;
        }
        Ok(done.printed.is_some() || args.set.is_some() || args.move_to.is_some())
    })
}

/// `woonbeleid notes`.
///
/// # Errors
/// Notes that cannot be read.
pub fn notes(data: Option<&Path>, use_cache: bool, format: Format) -> Result<(), Failure> {
    let store = open_store()?;
    on_catalog(data, use_cache, |catalog, gate| {
        let list = crate::notes::cli::list(catalog, &store, format);
        gate.pass()?;
        output::print(&list)
    })
}

/// `woonbeleid bookmarks`.
///
/// # Errors
/// Notes that cannot be read.
pub fn bookmarks(data: Option<&Path>, use_cache: bool, format: Format) -> Result<(), Failure> {
    let store = open_store()?;
    on_catalog(data, use_cache, |catalog, gate| {
        let list = crate::notes::bookmarks::list(catalog, &store, format);
        gate.pass()?;
        output::print(&list)
    })
}

fn open_store() -> Result<NoteStore, Failure> {
    let dir = home::dir().map_err(|e| Failure::Notes(e.to_string()))?;
    NoteStore::open(&dir).map_err(|e| Failure::Notes(e.to_string()))
}

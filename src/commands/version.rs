//! `woonbeleid --version`: the program's version and where its dataset came from.

use std::path::Path;

use super::dataset::on_catalog;
use super::failure::Failure;
use super::output;
use crate::store;
use crate::strings::cli as say;

/// What `--version` says of a dataset.
struct Counts {
    cities: usize,
    items: usize,
    chapter: String,
    sources: Vec<String>,
}

/// The version, then the dataset (`--data FILE`, or the embedded one): its cities and
/// items, its chapter and the exports it was imported from. A dataset file is counted from
/// its snapshot, which names its sources too: a file of a gigabyte is not parsed to say how
/// many items it holds (without the cache, its sources are read from its end).
///
/// # Errors
/// A `--data` file that cannot be loaded; writing to stdout.
pub fn version(data: Option<&Path>, use_cache: bool) -> Result<(), Failure> {
    match data {
        Some(path) if path.is_file() => on_catalog(Some(path), use_cache, |catalog, gate| {
            // The snapshot answers only once it is known to be of these bytes.
            gate.pass()?;
            let sources = match catalog.sources() {
                Some(sources) => sources.to_vec(),
                // Only a catalog read from the RON without the cache does not know them.
                None => store::tail_of(path).map(|t| t.sources).unwrap_or_default(),
            };
            // Printed here, not once the catalog is put away: a snapshot still to be made
            // is made after the output has ended.
            print(
                &path.display().to_string(),
                &Counts {
                    cities: catalog.city_count(),
                    items: catalog.len(),
                    chapter: catalog.chapter().to_owned(),
                    sources,
                },
            )
        }),
        Some(path) => print(
            &path.display().to_string(),
            &parsed(store::load_file(path)?),
        ),
        None => print(
            say::EMBEDDED_DATASET.get(),
            &parsed(store::embedded_file()?),
        ),
    }
}

fn print(name: &str, counts: &Counts) -> Result<(), Failure> {
    let sources = if counts.sources.is_empty() {
        say::NOT_RECORDED.get().to_owned()
    } else {
        counts.sources.join(", ")
    };
    output::print(&say::version(
        env!("CARGO_PKG_VERSION"),
        name,
        counts.cities,
        counts.items,
        &counts.chapter,
        &sources,
    ))
}

fn parsed(file: store::DatasetFile) -> Counts {
    Counts {
        cities: file.cities.len(),
        items: file.cities.iter().map(|c| c.items.len()).sum(),
        chapter: file.chapter,
        sources: file.sources,
    }
}

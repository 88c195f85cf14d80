//! `woonbeleid --version`: the program's version and where its dataset came from.

use std::path::Path;

use super::failure::Failure;
use super::output;
use crate::store;
use crate::strings::cli as say;

/// The version, then the dataset (`--data FILE`, or the embedded one): its cities and
/// items, its chapter and the exports it was imported from.
///
/// # Errors
/// A `--data` file that cannot be loaded; writing to stdout.
pub fn version(data: Option<&Path>) -> Result<(), Failure> {
    let (name, file) = match data {
        Some(path) => (path.display().to_string(), store::load_file(path)?),
        None => (
            say::EMBEDDED_DATASET.get().to_owned(),
            store::embedded_file()?,
        ),
    };
    let items: usize = file.cities.iter().map(|c| c.items.len()).sum();
    let sources = if file.sources.is_empty() {
        say::NOT_RECORDED.get().to_owned()
    } else {
        file.sources.join(", ")
    };
    output::print(&say::version(
        env!("CARGO_PKG_VERSION"),
        &name,
        file.cities.len(),
        items,
        &file.chapter,
        &sources,
    ))
}

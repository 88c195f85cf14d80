//! `woonbeleid --version`: the program's version and where its dataset came from.

use std::path::Path;

use super::failure::Failure;
use super::output;
use crate::store;

/// The version, then the dataset (`--data FILE`, or the embedded one): its cities and
/// items, its chapter and the exports it was imported from.
///
/// # Errors
/// A `--data` file that cannot be loaded; writing to stdout.
pub fn version(data: Option<&Path>) -> Result<(), Failure> {
    let (name, file) = match data {
        Some(path) => (path.display().to_string(), store::load_file(path)?),
        None => (store::EMBEDDED_NAME.to_owned(), store::embedded_file()?),
    };
    let items: usize = file.cities.iter().map(|c| c.items.len()).sum();
    let sources = if file.sources.is_empty() {
        "(not recorded)".to_owned()
    } else {
        file.sources.join(", ")
    };
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    output::print(&format!(
        "woonbeleid {}\ndataset: {name}: {}, {}\nchapter: {}\nimported from: {sources}\n",
        env!("CARGO_PKG_VERSION"),
        count(file.cities.len(), "city", "cities"),
        count(items, "item", "items"),
        file.chapter,
    ))
}

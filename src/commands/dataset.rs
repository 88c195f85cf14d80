//! How a command gets its dataset: the embedded one, a RON, or a RON's snapshot.

use std::path::Path;

use super::failure::Failure;
use super::gate::Gate;
use super::output;
use crate::cache::{self, Pending};
use crate::catalog::Catalog;
use crate::model::Dataset;
use crate::progress::{self, Spinner};
use crate::store::{self, DatasetFile};
use crate::strings;

/// The dataset from `--data`, or the embedded one.
///
/// # Errors
/// A file that cannot be read or is not a dataset.
pub fn dataset(data: Option<&Path>) -> Result<Dataset, Failure> {
    dataset_file(data).map(|f| f.split().0)
}

/// `dataset`, with the sources it was imported from.
///
/// # Errors
/// As `dataset`.
pub fn dataset_file(data: Option<&Path>) -> Result<DatasetFile, Failure> {
    Ok(match data {
        Some(path) => {
            let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
            let _spinner = Spinner::start(strings::loading_plain(
                &path.display().to_string(),
                &progress::size(bytes),
            ));
            store::load_file(path)?
        }
        None => store::embedded_file()?,
    })
}

/// The catalog of `--data`, from its snapshot when that is current, or of the embedded
/// dataset; the snapshot still to write when the RON was read; and what to pass before
/// writing output (a snapshot of the RON's size and time is used while its hash is still
/// being compared).
///
/// # Errors
/// As `dataset`.
pub fn catalog(
    data: Option<&Path>,
    use_cache: bool,
) -> Result<(Catalog, Option<Pending>, Gate), Failure> {
    // Standard input, a pipe or a device has no identity to key a snapshot by.
    let Some(path) = data.filter(|p| p.is_file()) else {
        return Ok((Catalog::new(dataset(data)?), None, Gate::open()));
    };
    // The cache reads the RON itself when it rebuilds a snapshot: the spinner stands
    // around all of it (it shows only after a moment, so not for a snapshot used).
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    let spinner = Spinner::start(strings::loading_plain(
        &path.display().to_string(),
        &progress::size(bytes),
    ));
    let opened = cache::open_checked(path, use_cache, cache::Check::After, |p| dataset(Some(p)));
    drop(spinner);
    let opened = opened?;
    warn_about(&opened.notes);
    Ok((
        opened.catalog,
        opened.pending,
        Gate::after(opened.unverified),
    ))
}

/// Runs a command that reads the catalog of `--data`; the command passes the gate before
/// it writes. A snapshot found damaged or stale on the way is dropped and the command run
/// again on the RON; a snapshot still to write is written once the command's output is
/// complete.
///
/// # Errors
/// The command's, or the dataset's.
pub fn on_catalog<T>(
    data: Option<&Path>,
    use_cache: bool,
    command: impl Fn(&Catalog, &Gate) -> Result<T, Failure>,
) -> Result<T, Failure> {
    let (first, pending, gate) = catalog(data, use_cache)?;
    let (catalog, pending, result) = match command(&first, &gate) {
        Err(why @ (Failure::Damaged | Failure::Stale)) => {
            if let Some(path) = data {
                cache::forget(path);
            }
            if matches!(why, Failure::Damaged) {
                output::warn(&[format!("warning: {why}: read again from the RON")]);
            }
            drop(first);
            let (again, pending, gate) = catalog(data, use_cache)?;
            let result = command(&again, &gate);
            (again, pending, result)
        }
        other => (first, pending, other),
    };
    if let Some(pending) = pending {
        output::end_stdout();
        warn_about(&pending.keep(&catalog).into_iter().collect::<Vec<_>>());
    }
    result
}

pub(super) fn warn_about(notes: &[cache::Note]) {
    let lines: Vec<String> = notes
        .iter()
        .filter(|n| n.warning)
        .map(|n| format!("warning: {}", n.text))
        .collect();
    output::warn(&lines);
}

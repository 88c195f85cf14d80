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
            store::load_file(path).map_err(|e| told_as_export(path, e))?
        }
        None => store::embedded_file()?,
    })
}

/// A file given as a dataset that is not RON: when it is an export (what `import` reads, or
/// a workbook), saying so helps more than RON's complaint about its first character.
pub(super) fn told_as_export(path: &Path, e: store::DatasetError) -> store::DatasetError {
    if is_export(path) {
        export_error(path)
    } else {
        e
    }
}

fn export_error(path: &Path) -> store::DatasetError {
    let name = path.display().to_string();
    store::DatasetError::new(&name, 1, strings::cli::AN_EXPORT)
        .with_detail(strings::cli::import_first(&name))
}

/// Whether the file at `path` starts as an export does, not as RON. Only a regular file
/// is looked at again: a FIFO or standard input was read already (and opening a FIFO a
/// second time would wait for a writer that is gone).
fn is_export(path: &Path) -> bool {
    use std::io::Read as _;
    if path.as_os_str() == "-" || !path.is_file() {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    if read.is_err() || head.is_empty() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let start = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // A RON that is broken is told as broken.
    if start.starts_with("Dataset") || start.starts_with('(') || start.starts_with("//") {
        return false;
    }
    let name = path.display().to_string();
    crate::import::office(&name, &head).is_some()
        || crate::import::detect(&crate::import::Source::new(&*name, text)).is_ok()
        || path.extension().is_some_and(|x| {
            ["csv", "json", "txt", "iqy", "xlsx", "xls"]
                .iter()
                .any(|e| x.eq_ignore_ascii_case(e))
        })
}

/// Before the browser starts (and before it checks that it has a terminal): a `--data`
/// file that cannot be opened, or is an export, is said first, as any command says it.
///
/// # Errors
/// The file cannot be opened, or is an export.
pub fn check_data(path: &Path) -> Result<(), Failure> {
    if path.as_os_str() == "-" {
        return Ok(());
    }
    // Opened only when it is a regular file: a FIFO would be opened twice.
    let opened = std::fs::metadata(path).and_then(|m| {
        if m.is_file() {
            std::fs::File::open(path).map(drop)
        } else {
            Ok(())
        }
    });
    if let Err(e) = opened {
        let name = path.display().to_string();
        let why = crate::strings::files::cannot_read(&store::io_reason(&e));
        return Err(store::DatasetError::new(&name, 1, why).into());
    }
    if is_export(path) {
        return Err(export_error(path).into());
    }
    Ok(())
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
                output::warn(&[strings::warning_line(&strings::cli::read_again(
                    &why.to_string(),
                ))]);
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
        .map(|n| strings::warning_line(&n.text))
        .collect();
    output::warn(&lines);
}

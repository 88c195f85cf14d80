//! What each subcommand does, between parsed arguments and the process's exit code.

mod diff;
mod export;
mod find;
mod gate;
mod generate;
mod import;
mod notes;
pub mod output;
mod show;
mod version;

use std::io;
use std::path::Path;

use crate::cache::{self, Pending};
use crate::catalog::Catalog;
use crate::import::ImportError;
use crate::model::Dataset;
use crate::progress::{self, Spinner};
use crate::store::{self, DatasetError, DatasetFile};
use crate::strings;

pub use diff::diff;
pub use export::{export, export_section};
pub use find::{filter, search};
pub use gate::Gate;
pub use generate::{completions, man};
pub use import::{Import, import};
pub use notes::{note, notes};
pub use output::print;
pub use show::show;
pub use version::version;

/// Why a command failed, which decides the exit code.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A dataset file that cannot be read, parsed or written: exit 1.
    #[error("{0}")]
    Data(#[from] DatasetError),
    /// A raw export that cannot be imported: exit 1.
    #[error("{0}")]
    Import(#[from] ImportError),
    /// The command was used wrongly: exit 2.
    #[error("{0}")]
    Usage(String),
    /// The terminal could not be set up, read or written: exit 1.
    #[error("terminal: {}", store::io_reason(.0))]
    Terminal(io::Error),
    /// The notes cannot be read or written, or name no item: exit 1.
    #[error("{0}")]
    Notes(String),
    /// Writing the output failed (a closed pipe is not a failure; see `output::finish`).
    #[error("cannot write to standard output: {}", store::io_reason(.0))]
    Output(io::Error),
    /// The snapshot read in place of the RON changed while it was read (the command is
    /// run again on the RON, so the user sees this only if that fails too): exit 1.
    #[error("the snapshot of the dataset changed while it was read")]
    Damaged,
    /// The snapshot used was not made from the RON as it is now (edited, its size and
    /// time given back): the command is run again on the RON, silently, as for any stale
    /// snapshot: exit 1 only if that fails too.
    #[error("the snapshot of the dataset was made from another version of it")]
    Stale,
    /// Something that cannot happen did (a dataset that would not serialize): exit 1, as
    /// the user did nothing wrong.
    #[error("internal error: {0}")]
    Internal(String),
}

impl Failure {
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Data(_)
            | Failure::Import(_)
            | Failure::Output(_)
            | Failure::Terminal(_)
            | Failure::Notes(_)
            | Failure::Damaged
            | Failure::Stale
            | Failure::Internal(_) => 1,
        }
    }

    #[must_use]
    pub fn detail(&self) -> &[String] {
        match self {
            Failure::Data(e) => &e.detail,
            Failure::Import(e) => &e.detail,
            _ => &[],
        }
    }

    /// `error: …` and the detail lines below it, on stderr, whatever stderr is.
    pub fn report(&self) {
        let mut lines = vec![format!("error: {self}")];
        lines.extend(self.detail().iter().map(|d| format!("  {d}")));
        output::warn(&lines);
    }
}

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
    let opened = cache::open_checked(path, use_cache, cache::Check::After, |p| dataset(Some(p)))?;
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

fn warn_about(notes: &[cache::Note]) {
    let lines: Vec<String> = notes
        .iter()
        .filter(|n| n.warning)
        .map(|n| format!("warning: {}", n.text))
        .collect();
    output::warn(&lines);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_wrong_usage_exits_2() {
        let located = DatasetError::new("d.ron", 1, "x");
        assert_eq!(Failure::Data(located).exit_code(), 1);
        assert_eq!(Failure::Internal("ron".into()).exit_code(), 1);
        assert_eq!(Failure::Output(io::Error::other("x")).exit_code(), 1);
        assert_eq!(Failure::Usage("x".into()).exit_code(), 2);
        let failure = Failure::Import(ImportError::new("f.txt", 3, "bad"));
        assert_eq!(failure.to_string(), "f.txt:3: bad");
    }
}

//! `woonbeleid import`: raw exports to a RON dataset, streamed to stdout or to a file.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::failure::Failure;
use super::output;
use crate::cache;
use crate::catalog::Catalog;
use crate::catalog::build::Builder;
use crate::catalog::snapshot::Key;
use crate::import::{self, Format, ImportError, Request, Sink, Source, Stop, Text, names};
use crate::model::Dataset;
use crate::parallel;
use crate::progress::{self, Spinner};
use crate::store::{self, RonWriter, Tail, read::ReadError};
use crate::strings;

/// What `woonbeleid import` was asked.
#[derive(Debug, Clone, Copy)]
pub struct Import<'a> {
    pub files: &'a [PathBuf],
    pub city: Option<&'a str>,
    pub output: Option<&'a Path>,
    /// Replace a read-only output.
    pub force: bool,
    /// Keep the snapshot of the output in the cache folder, for its first open.
    pub snapshot: bool,
    /// The columns of SharePoint's own exports, when not the usual names.
    pub columns: import::ColumnNames<'a>,
    /// Tell which columns were used and what an export leaves unsaid.
    pub verbose: bool,
}

/// `woonbeleid import`.
///
/// # Errors
/// Unreadable or bad inputs, inputs that disagree, an output that cannot be written.
pub fn import(args: &Import<'_>) -> Result<(), Failure> {
    check_usage(args)?;
    let spinner = Spinner::start(String::new());
    let sources = read_sources(args.files, &spinner)?;
    let any_view = sources
        .iter()
        .any(|s| import::detect(s).is_ok_and(|f| f == Format::ItemView));
    // Room for the snapshot's catalog beside the inputs, within the import's memory bound.
    let input: usize = sources.iter().map(|s| s.text.len()).sum();
    let req = Request {
        // Handed over: the import frees each JSON page it has read whole.
        sources: Cow::Owned(sources),
        city: args.city,
        // The embedded titles let an item view be imported on its own (with --city).
        known_titles: if any_view {
            embedded_titles()
        } else {
            HashSet::new()
        },
    };
    let tail = Tail {
        aliases: kept_aliases(args.output),
        sources: args.files.iter().map(|f| source_name(f)).collect(),
    };
    let old = args.output.and_then(read_replaced);
    let Some(path) = args.output else {
        let notes = to_stdout(req, &args.columns, tail)?;
        if args.verbose {
            output::warn(&notes);
        }
        return Ok(());
    };
    let budget = if args.snapshot { input + input / 4 } else { 0 };
    let mut builder = Builder::new(tail.aliases.clone(), budget, input);
    // As reading the file back names them: what could drive a terminal made visible.
    let inert: Vec<String> = tail
        .sources
        .iter()
        .map(|s| import::clean::inert_name(s))
        .collect();
    builder.sources(&inert);
    let (notes, key) = to_file(path, args.force, req, &args.columns, tail, &mut builder)?;
    if args.verbose {
        output::warn(&notes);
    }
    let catalog = builder.finish().filter(|_| args.snapshot);
    // Said only once the import succeeded: a refusal is one line.
    if let Some(reading) = old {
        let old = reading
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        match old {
            Ok(old) => {
                super::diff::replaced(path, &old, catalog.as_ref().map(Catalog::to_dataset));
            }
            Err(note) => output::warn(&[note]),
        }
    }
    if let Some(catalog) = &catalog {
        keep_snapshot(path, catalog, key);
    }
    Ok(())
}

/// Every input read whole, the spinner naming the one being read.
fn read_sources(files: &[PathBuf], spinner: &Spinner) -> Result<Vec<Source>, Failure> {
    let mut sources = Vec::with_capacity(files.len());
    for f in files {
        let bytes = std::fs::metadata(f).map_or(0, |m| m.len());
        spinner.set_message(strings::importing(
            &f.display().to_string(),
            &progress::size(bytes),
        ));
        sources.push(read_source(f)?);
    }
    Ok(sources)
}

/// The dataset `path` replaces, read now (before the import can replace it) and parsed on
/// a second thread while the import runs; what to say instead when it cannot be read.
/// Without a thread to spare nothing is said of it: the import itself goes on.
fn read_replaced(path: &Path) -> Option<std::thread::JoinHandle<Result<Dataset, String>>> {
    let read = replaced_dataset(path).transpose()?;
    parallel::background("replaced", move || {
        let (name, bytes) = read?;
        store::parse_file(&name, bytes)
            .map(|file| file.split().0)
            .map_err(|e| strings::cli::replaced_unreadable(&name, &e.to_string()))
    })
    .ok()
}

/// What is wrong before anything is read: a `--city` no item could have, standard input
/// named twice (the second read would find it empty).
fn check_usage(args: &Import<'_>) -> Result<(), Failure> {
    if let Some(city) = args.city {
        names::city_arg(city).map_err(Failure::Usage)?;
    }
    if args.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(Failure::Usage(strings::cli::STDIN_TWICE.to_string()));
    }
    Ok(())
}

/// The snapshot of a dataset just written, so that its first open is fast too; a cache
/// folder that cannot take it is said in a line, as when a dataset is opened.
fn keep_snapshot(path: &Path, catalog: &Catalog, key: Option<Key>) {
    if let Some(folder) = cache::dir() {
        let pending = cache::Pending::new(folder, path.to_owned(), key);
        super::dataset::warn_about(&pending.keep(catalog).into_iter().collect::<Vec<_>>());
    }
}

/// Writes the RON and, as long as its budget lasts, builds the catalog of what it writes.
struct Tee<'b, S> {
    ron: S,
    catalog: &'b mut Builder,
}

impl<S: Sink> Sink for Tee<'_, S> {
    type Error = S::Error;

    fn discards_on_error(&self) -> bool {
        self.ron.discards_on_error()
    }

    fn begin(&mut self, chapter: &str) -> Result<(), S::Error> {
        self.catalog.begin(chapter);
        self.ron.begin(chapter)
    }

    fn city(&mut self, name: &str) -> Result<(), S::Error> {
        self.catalog.city(name);
        self.ron.city(name)
    }

    fn item(&mut self, title: &str, text: Text<'_>, attachment: bool) -> Result<(), S::Error> {
        match text {
            Text::Clean(s) => {
                self.catalog
                    .item(title, &[std::borrow::Cow::Borrowed(s)], attachment);
            }
            Text::Lines(lines) => self.catalog.item(title, lines, attachment),
        }
        self.ron.item(title, text, attachment)
    }

    fn read_up_to(&mut self, offset: usize) {
        self.catalog.read_up_to(offset);
    }

    fn end_city(&mut self) -> Result<(), S::Error> {
        self.catalog.end_city();
        self.ron.end_city()
    }

    fn end(&mut self) -> Result<(), S::Error> {
        self.ron.end()
    }
}

/// Above this, `import -o` does not compare the dataset it replaces with the new one (it
/// would hold both in memory); `woonbeleid diff` still can.
const SUMMARY_LIMIT: u64 = 32 << 20;

/// The bytes of the dataset `import -o` is about to replace (`None`: there is none), or why
/// it will not be compared.
fn replaced_dataset(path: &Path) -> Result<Option<(String, Vec<u8>)>, String> {
    let Some(size) = std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.len())
    else {
        return Ok(None);
    };
    let name = path.display().to_string();
    if size > SUMMARY_LIMIT {
        return Err(strings::cli::replaced_too_large(&name));
    }
    match store::read::read(path) {
        Ok(bytes) => Ok(Some((name, bytes))),
        Err(e) => Err(strings::cli::replaced_unreadable(&name, &e.message())),
    }
}

fn to_file(
    path: &Path,
    force: bool,
    req: Request<'_>,
    columns: &import::ColumnNames<'_>,
    tail: Tail,
    builder: &mut Builder,
) -> Result<(Vec<String>, Option<Key>), Failure> {
    let mut bad: Option<ImportError> = None;
    let mut notes = Vec::new();
    let mut hashed = None;
    let written = store::write_atomically(path, force, |w| {
        let mut keyed = cache::Keyed::new(w);
        let mut tee = Tee {
            ron: RonWriter::new(&mut keyed, tail).provisional(),
            catalog: builder,
        };
        match import::import_into_with(req, columns, &mut tee) {
            Ok(said) => {
                notes = said;
                drop(tee);
                hashed = Some(keyed.finish());
                Ok(())
            }
            Err(Stop::Sink(e)) => Err(e),
            Err(Stop::Input(e)) => {
                bad = Some(e);
                Err(io::Error::other(crate::strings::cli::INPUT_REFUSED.get()))
            }
        }
    });
    match bad {
        Some(e) => Err(e.into()),
        None => written
            .map(|meta| (notes, hashed.and_then(|h| cache::key_of_written(h, &meta))))
            .map_err(Failure::from),
    }
}

fn to_stdout(
    req: Request<'_>,
    columns: &import::ColumnNames<'_>,
    tail: Tail,
) -> Result<Vec<String>, Failure> {
    let mut out = output::stdout()?;
    let result = import::import_into_with(req, columns, &mut RonWriter::new(&mut out, tail));
    match result {
        Ok(notes) => output::finish(out.flush()).map(|()| notes),
        Err(Stop::Input(e)) => Err(e.into()),
        Err(Stop::Sink(e)) => output::finish(Err(e)).map(|()| Vec::new()),
    }
}

/// Aliases are kept by hand, so a regenerated dataset keeps those of the file it replaces,
/// or else those of the embedded dataset.
fn kept_aliases(output: Option<&Path>) -> Vec<crate::model::Alias> {
    output
        .filter(|p| p.is_file())
        .and_then(store::aliases_of)
        .or_else(store::embedded_aliases)
        .unwrap_or_default()
}

fn embedded_titles() -> HashSet<String> {
    store::embedded()
        .map(|d| {
            d.cities
                .into_iter()
                .flat_map(|c| c.items)
                .map(|i| i.title)
                .collect()
        })
        .unwrap_or_default()
}

/// How a dataset records an input: its file name (a path would say where the user keeps
/// files, which is nobody's business).
fn source_name(path: &Path) -> String {
    if path == Path::new("-") {
        return "(stdin)".to_owned();
    }
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn read_source(path: &Path) -> Result<Source, ImportError> {
    let name = if path == Path::new("-") {
        "(stdin)".to_owned()
    } else {
        path.display().to_string()
    };
    let bytes = match store::read::read(path) {
        Ok(bytes) => bytes,
        Err(ReadError::NotText(block)) => {
            if let Some(e) = import::office(&name, &block) {
                return Err(e);
            }
            return Err(import::decode(&name, &block)
                .err()
                .unwrap_or_else(|| ImportError::new(&name, 1, crate::strings::cli::BINARY_DATA)));
        }
        Err(e) => return Err(ImportError::new(&name, 1, e.message())),
    };
    if let Some(e) = import::office(&name, &bytes) {
        return Err(e);
    }
    let text = import::decode_owned(&name, bytes)?;
    Ok(Source::new(name, text))
}

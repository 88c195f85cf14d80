//! What each subcommand does, between parsed arguments and the process's exit code.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::cli::ExportFormat;
use crate::import::{self, ImportError, Source};
use crate::model::Dataset;
use crate::progress::{self, Spinner};
use crate::query::{self, Needle, Query};
use crate::strings;
use crate::{export, store};

/// Why a command failed, which decides the exit code.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad data: exit 1.
    #[error("{0}")]
    Data(#[from] ImportError),
    /// The command was used wrongly: exit 2.
    #[error("{0}")]
    Usage(String),
    /// The terminal could not be set up, read or written: exit 1.
    #[error("terminal: {0}")]
    Terminal(io::Error),
    /// The notes cannot be read or written, or name no item: exit 1.
    #[error("{0}")]
    Notes(String),
    /// Writing the output failed (a closed pipe is not a failure; see `print`).
    #[error("cannot write to standard output: {0}")]
    Output(io::Error),
}

impl Failure {
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Data(_) | Failure::Output(_) | Failure::Terminal(_) | Failure::Notes(_) => 1,
            Failure::Usage(_) => 2,
        }
    }

    #[must_use]
    pub fn detail(&self) -> &[String] {
        match self {
            Failure::Data(e) => &e.detail,
            _ => &[],
        }
    }
}

/// The dataset from `--data`, or the embedded one.
///
/// # Errors
/// A file that cannot be read or is not a dataset.
pub fn dataset(data: Option<&Path>) -> Result<Dataset, Failure> {
    Ok(match data {
        Some(path) => {
            let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
            let _spinner = Spinner::start(strings::loading_plain(
                &path.display().to_string(),
                &progress::size(bytes),
            ));
            store::load(path)?
        }
        None => store::embedded()?,
    })
}

/// `woonbeleid import`.
///
/// # Errors
/// Unreadable or bad inputs, inputs that disagree, an output that cannot be written.
pub fn import(files: &[PathBuf], city: Option<&str>, output: Option<&Path>) -> Result<(), Failure> {
    let spinner = Spinner::start(String::new());
    let mut sources = Vec::new();
    for f in files {
        let bytes = std::fs::metadata(f).map_or(0, |m| m.len());
        spinner.set_message(strings::importing(
            &f.display().to_string(),
            &progress::size(bytes),
        ));
        sources.push(read_source(f)?);
    }
    // The embedded titles let an item view be imported on its own (with --city).
    let known_titles: HashSet<String> = store::embedded()
        .map(|d| {
            d.cities
                .into_iter()
                .flat_map(|c| c.items)
                .map(|i| i.title)
                .collect()
        })
        .unwrap_or_default();
    let mut data = import::import(&import::Request {
        sources: &sources,
        city,
        known_titles,
    })?;
    data.aliases = kept_aliases(output);
    if let Some(path) = output {
        store::write_atomically(path, |w| store::write_ron(w, &data))?;
    } else {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match store::write_ron(&mut out, &data).and_then(|()| out.flush()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(Failure::Output(e)),
            _ => {}
        }
    }
    Ok(())
}

/// Aliases are kept by hand, so a regenerated dataset keeps those of the file it replaces,
/// or else those of the embedded dataset.
fn kept_aliases(output: Option<&Path>) -> Vec<crate::model::Alias> {
    output
        .filter(|p| p.is_file())
        .and_then(|p| store::load(p).ok())
        .or_else(|| store::embedded().ok())
        .map(|d| d.aliases)
        .unwrap_or_default()
}

fn read_source(path: &Path) -> Result<Source, ImportError> {
    let (name, bytes) = if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| ImportError::new("(stdin)", 1, format!("cannot read: {e}")))?;
        ("(stdin)".to_owned(), bytes)
    } else {
        (path.display().to_string(), store::read(path)?)
    };
    Ok(Source::new(name.clone(), import::decode(&name, &bytes)?))
}

/// `woonbeleid export --format md --section TITLE`.
///
/// # Errors
/// A section the dataset does not have, or a format other than Markdown (usage errors).
pub fn export_section(data: Dataset, format: ExportFormat, title: &str) -> Result<(), Failure> {
    if format != ExportFormat::Md {
        return Err(Failure::Usage("--section goes with --format md".into()));
    }
    let catalog = Catalog::new(data);
    let sections = crate::sections::SectionIndex::new(&catalog);
    let Some(section) = sections.find(title).and_then(|s| sections.get(s)) else {
        let known: Vec<&str> = sections
            .sections()
            .iter()
            .map(|s| s.title.as_str())
            .collect();
        return Err(Failure::Usage(format!(
            "no section '{title}'; sections: {}",
            known.join(", ")
        )));
    };
    print(&export::section_markdown(&catalog, section))
}

/// `woonbeleid export`.
///
/// # Errors
/// A bad `--data` file.
pub fn export(data: &Dataset, format: ExportFormat) -> Result<(), Failure> {
    let text = match format {
        ExportFormat::Json => export::json(data).map_err(|e| Failure::Usage(e.to_string()))?,
        ExportFormat::Ron => store::to_ron(data).map_err(|e| Failure::Usage(e.to_string()))?,
        ExportFormat::Md => export::markdown(data),
    };
    print(&text)
}

/// Writes to stdout; a reader that went away (`| head`) ends the command quietly.
///
/// # Errors
/// Any other write error.
pub fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Output(e)),
        _ => Ok(()),
    }
}

/// `woonbeleid filter`: whether anything matched.
///
/// # Errors
/// Writing to stdout.
pub fn filter(catalog: &Catalog, text: &str) -> Result<bool, Failure> {
    let ranked = query::ranked(catalog, &Query::parse(text));
    let mut out = String::new();
    for &at in &ranked {
        let Some(id) = catalog.id_at(at as usize) else {
            continue;
        };
        let _ = writeln!(
            out,
            "{}\t{}",
            catalog.city_name(id.city),
            catalog.title_at(at as usize)
        );
    }
    print(&out)?;
    Ok(!ranked.is_empty())
}

/// `woonbeleid search`: one row per text line with a hit; whether there was any.
///
/// # Errors
/// Writing to stdout.
pub fn search(catalog: &Catalog, text: &str) -> Result<bool, Failure> {
    let Some(needle) = Needle::new(text) else {
        return Ok(false);
    };
    let hits = query::search(catalog, &needle, &|| true).unwrap_or_default();
    let mut out = String::new();
    for line in query::hit_lines(catalog, &hits) {
        let title = catalog.get(line.id).map_or("", |i| i.title);
        let _ = writeln!(
            out,
            "{}\t{title}\t{}",
            catalog.city_name(line.id.city),
            line.text.trim()
        );
    }
    print(&out)?;
    Ok(!hits.is_empty())
}

/// `woonbeleid note`: whether there was a note to print (for the exit code).
///
/// # Errors
/// An unknown item, or notes that cannot be read or written.
pub fn note(data: Option<&Path>, args: &crate::notes::cli::NoteArgs) -> Result<bool, Failure> {
    use crate::notes::{NoteStore, home};
    let catalog = Catalog::new(dataset(data)?);
    let dir = home::dir().map_err(|e| Failure::Notes(e.to_string()))?;
    let mut store = NoteStore::open(&dir).map_err(|e| Failure::Notes(e.to_string()))?;
    let text = match &args.set {
        Some(t) if t == "-" => {
            let mut s = String::new();
            io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Failure::Notes(format!("(stdin): cannot read: {e}")))?;
            Some(s)
        }
        other => other.clone(),
    };
    let printed = crate::notes::cli::run(&catalog, &mut store, args, text.as_deref())
        .map_err(Failure::Notes)?;
    if let Some(out) = &printed {
        print(out)?;
    }
    Ok(printed.is_some() || args.set.is_some() || args.move_to.is_some())
}

/// `woonbeleid notes`.
///
/// # Errors
/// Notes that cannot be read.
pub fn notes(data: Option<&Path>, format: crate::notes::cli::Format) -> Result<(), Failure> {
    use crate::notes::{NoteStore, home};
    let catalog = Catalog::new(dataset(data)?);
    let dir = home::dir().map_err(|e| Failure::Notes(e.to_string()))?;
    let store = NoteStore::open(&dir).map_err(|e| Failure::Notes(e.to_string()))?;
    print(&crate::notes::cli::list(&catalog, &store, format))
}

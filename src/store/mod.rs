//! The dataset on disk: RON in, RON out, the copy compiled into the binary, and every file
//! the program writes.

mod aliases;
mod embedded;
mod markdown;
pub mod pipe;
pub mod read;
mod reason;
pub mod ron;
pub mod signals;
pub mod write;

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::import::{Located, clean};
use crate::model::{Alias, City, Dataset};
use crate::strings::files;

pub use aliases::{aliases_of, embedded_aliases, tail_of};
pub use embedded::{EMBEDDED_NAME, EMBEDDED_RON};
pub use markdown::{file_name_for, write_new_markdown};
pub(crate) use reason::io_reason;
pub use ron::{RonWriter, Tail};
pub use write::remove_temporaries;

/// What `DatasetError` is about: a dataset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetFileKind {}

/// A dataset file that cannot be read, parsed or written, located: `FILE:LINE: message`,
/// with optional lines of detail after it.
pub type DatasetError = Located<DatasetFileKind>;

/// A dataset file as it is on disk: the dataset, then where it came from (`sources`, the
/// file names of the exports it was imported from; optional, for `--version`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Dataset", deny_unknown_fields)]
pub struct DatasetFile {
    pub chapter: String,
    pub cities: Vec<City>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl DatasetFile {
    /// The dataset and its sources apart.
    #[must_use]
    pub fn split(self) -> (Dataset, Vec<String>) {
        let data = Dataset {
            chapter: self.chapter,
            cities: self.cities,
            aliases: self.aliases,
        };
        (data, self.sources)
    }
}

/// The embedded dataset.
///
/// # Errors
/// Only if the committed RON file is broken, which a test rules out.
pub fn embedded() -> Result<Dataset, DatasetError> {
    embedded_file().map(|f| f.split().0)
}

/// The embedded dataset with its sources.
///
/// # Errors
/// As `embedded`.
pub fn embedded_file() -> Result<DatasetFile, DatasetError> {
    parse_ron(EMBEDDED_NAME, EMBEDDED_RON)
}

/// Reads a dataset file; any text it holds that could drive a terminal is made visible
/// instead (a hand-edited file never went through the importer's clean-up).
///
/// # Errors
/// Unreadable files, directories, non-UTF-8 text and RON that does not fit the model,
/// located by line and column.
pub fn load(path: &Path) -> Result<Dataset, DatasetError> {
    load_file(path).map(|f| f.split().0)
}

/// `load`, with the dataset's sources.
///
/// # Errors
/// As `load`.
pub fn load_file(path: &Path) -> Result<DatasetFile, DatasetError> {
    let name = path.display().to_string();
    let bytes = match read::read(path) {
        Ok(bytes) => bytes,
        Err(read::ReadError::NotText(block)) => return Err(not_text(&name, &block)),
        Err(e) => return Err(DatasetError::new(&name, 1, e.message())),
    };
    parse_file(&name, bytes)
}

/// A dataset file's bytes, already read, as `load_file` reads them.
///
/// # Errors
/// As `load`, but for reading.
pub fn parse_file(name: &str, bytes: Vec<u8>) -> Result<DatasetFile, DatasetError> {
    let parsed = parse_bytes(name, &bytes);
    drop(bytes);
    parsed
}

/// `parse_file`, on bytes the caller keeps (the cache hashes them while they are parsed).
///
/// # Errors
/// As `parse_file`.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<DatasetFile, DatasetError> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(DatasetError::new(name, 1, files::DATASET_UTF16));
    }
    // A byte-order mark from an editor says only "UTF-8", which RON is anyway.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = crate::import::line_at(bytes, e.valid_up_to());
        DatasetError::new(name, line, files::DATASET_NOT_UTF8)
    })?;
    let mut file = parse_ron(name, text)?;
    make_inert(&mut file);
    Ok(file)
}

/// Where and why a first block is not text: a NUL byte, or bytes that are not UTF-8.
fn not_text(name: &str, block: &[u8]) -> DatasetError {
    let nul = memchr::memchr(0, block);
    let bad = std::str::from_utf8(block)
        .err()
        .filter(|e| e.error_len().is_some())
        .map(|e| e.valid_up_to());
    match (nul, bad) {
        (Some(nul), bad) if bad.is_none_or(|bad| nul < bad) => DatasetError::new(
            name,
            crate::import::line_at(block, nul),
            files::DATASET_BINARY,
        ),
        (_, bad) => DatasetError::new(
            name,
            crate::import::line_at(block, bad.unwrap_or_default()),
            files::DATASET_NOT_UTF8,
        ),
    }
}

fn parse_ron(name: &str, text: &str) -> Result<DatasetFile, DatasetError> {
    ::ron::from_str(text).map_err(|e| {
        DatasetError::new(
            name,
            e.span.start.line,
            files::at_column(e.span.start.col, &crate::strings::ron::reason(&e.code)),
        )
        .with_detail(files::DATASET_IS_RON)
    })
}

/// The dataset as pretty RON, the format of `assets/woonbeleid.ron`.
#[must_use]
pub fn to_ron(data: &Dataset) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_ron(&mut out, data, Tail::default());
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the dataset as pretty RON: its own aliases, unless `tail` gives others, then
/// `tail`'s sources.
///
/// # Errors
/// The writer's.
pub fn write_ron(out: &mut dyn Write, data: &Dataset, mut tail: Tail) -> std::io::Result<()> {
    use crate::import::{Sink, Text};
    if tail.aliases.is_empty() {
        tail.aliases.clone_from(&data.aliases);
    }
    let mut w = RonWriter::new(out, tail);
    w.begin(&data.chapter)?;
    for city in &data.cities {
        w.city(&city.name)?;
        for item in &city.items {
            w.item(&item.title, Text::Clean(&item.description), item.attachment)?;
        }
        w.end_city()?;
    }
    w.end()
}

/// Writes to `path` atomically (see `write`): the old file stays as it was on any failure,
/// and is forced to the disk before it is replaced.
///
/// # Errors
/// A missing folder, an output that is not a regular file, a read-only one without
/// `force`, no permission, a full disk.
pub fn write_atomically(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<std::fs::Metadata, DatasetError> {
    write::replace(path, force, write::Durability::Replacing, fill)
        .map(|(_, meta)| meta)
        .map_err(|r| {
            DatasetError::new(
                &path.display().to_string(),
                1,
                files::cannot_write(&r.reason()),
            )
        })
}

/// Makes visible what could drive a terminal or hide in a name; loading stays one pass over
/// the text, and only the rare string that needs it is rebuilt.
fn make_inert(file: &mut DatasetFile) {
    let name = |text: &mut String| {
        if clean::needs_inert(text, false) {
            *text = clean::inert_name(text);
        }
    };
    name(&mut file.chapter);
    for city in &mut file.cities {
        name(&mut city.name);
        for item in &mut city.items {
            name(&mut item.title);
            if clean::needs_inert(&item.description, true) {
                item.description = clean::inert(&item.description);
            }
        }
    }
    for alias in &mut file.aliases {
        name(&mut alias.title);
        name(&mut alias.same_as);
    }
    file.sources.iter_mut().for_each(name);
}

#[cfg(test)]
mod tests;

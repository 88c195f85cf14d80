//! Raw exports of the web list to a `Dataset`. Pure: text in, `Result` out; reading files
//! is the caller's business, and so is where the dataset goes (a `Sink`: memory, or RON
//! written as the rows are read, so an import never holds a second copy of its input).

pub mod clean;
pub mod columns;
mod csv;
mod decode;
mod fields;
mod fused;
mod grouped;
mod itemview;
mod json;
mod lines;
pub mod marks;
mod merge;
pub mod names;
mod nesting;
mod passes;
mod plan;
pub mod rich;
mod sink;
mod sniff;
mod table;
mod tables;
mod titles;
mod views;

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;
use std::ops::ControlFlow;

use crate::model::{City, Dataset, Item, Level};

pub use columns::ColumnNames;
pub(crate) use decode::line_at;
pub use decode::{decode, decode_owned};
pub use plan::{import_into, import_into_with};
pub use sink::{DatasetSink, Sink, Stop, Text};
pub use sniff::office;

/// A located failure: `FILE:LINE: message`, with optional lines of detail after it. The
/// kind tells failures of different origin apart as types (`ImportError`,
/// `store::DatasetError`) while they share one shape and one display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<Kind> {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub detail: Vec<String>,
    kind: PhantomData<Kind>,
}

impl<Kind> fmt::Display for Located<Kind> {
    // (JSON inputs give their place as line and JSON path: `F:1: $.value[3].Title: …`.)
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl<Kind: fmt::Debug> std::error::Error for Located<Kind> {}

impl<Kind> Located<Kind> {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        Located {
            file: file.to_owned(),
            line,
            message: message.into(),
            detail: Vec::new(),
            kind: PhantomData,
        }
    }

    #[must_use]
    pub(crate) fn with_detail(mut self, line: impl Into<String>) -> Self {
        self.detail.push(line.into());
        self
    }
}

/// What `ImportError` is about: a raw export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {}

/// Bad input to an import, located.
pub type ImportError = Located<Export>;

/// One decoded input: its name (for messages) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    #[must_use]
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The lines with their 1-based numbers. CRLF is accepted; a final newline ends the
    /// last line rather than starting an empty one.
    pub(crate) fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        lines::Lines::all(&self.text).map(|l| (l.no, l.raw))
    }
}

/// What became of one input line: the proof that nothing was lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFate {
    /// The list's own controls: filter and sort bars, column headers, `Bewerken`.
    Chrome,
    /// The page heading, kept as the dataset's chapter.
    Heading,
    GroupHeader,
    /// The line that closes a row (the city, `Bijlage…`, or a blank line in the item view).
    RowEnd,
    /// Whitespace only, outside any text or at the edge of one.
    Blank,
    Title {
        city: usize,
        item: usize,
    },
    Description {
        city: usize,
        item: usize,
    },
}

/// One input parsed on its own, before merging.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub chapter: Option<String>,
    pub cities: Vec<City>,
    /// Per city, per item: the line number of the title (for messages about merges).
    pub title_lines: Vec<Vec<usize>>,
    /// One entry per input line, in order.
    pub fates: Vec<LineFate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Grouped,
    ItemView,
    /// SharePoint's "Export to CSV", with or without the schema line.
    Csv,
    /// A saved page of the REST API (verbose or light) or of Microsoft Graph.
    Json,
}

/// Tells the two exports apart by where their rows begin: after an optional heading and
/// the chrome, the grouped export has a group header, the item view the `Bewerken` column
/// header. Lines further down are text and decide nothing.
///
/// # Errors
/// When the text is neither.
pub fn detect(src: &Source) -> Result<Format, ImportError> {
    detect_with(src, &ColumnNames::default())
}

/// `detect`, with the column names the user gave (a CSV header may hold only those).
/// SharePoint's own exports are told first, by their first characters: JSON, the CSV
/// schema line or a quoted header, the Excel web query; then the copied text; then a CSV
/// header that names the columns unquoted.
///
/// # Errors
/// When the text is none of these, or an Excel web query.
pub fn detect_with(src: &Source, names: &ColumnNames<'_>) -> Result<Format, ImportError> {
    let start = src
        .text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with(['{', '[']) {
        return Ok(Format::Json);
    }
    if let Some(e) = sniff::iqy(src) {
        return Err(e);
    }
    if src.text.starts_with('"') && csv::looks_like(&src.text, names)
        || src.text.starts_with("ListSchema=")
    {
        return Ok(Format::Csv);
    }
    match detect_text(src) {
        Err(_) if csv::looks_like(&src.text, names) => Ok(Format::Csv),
        found => found,
    }
}

fn detect_text(src: &Source) -> Result<Format, ImportError> {
    let mut headings = 0;
    for (_, raw) in src.lines() {
        let line = clean::norm(raw);
        if line == itemview::COLUMN_HEADER_END {
            return Ok(Format::ItemView);
        }
        if grouped::header(&line) != grouped::Header::Neither {
            return Ok(Format::Grouped);
        }
        if line.is_empty() || itemview::is_header_chrome(&line) {
            continue;
        }
        headings += 1;
        if headings > 1 {
            break;
        }
    }
    Err(ImportError::new(&src.name, 1, "geen export van de lijst: geen groepskop ('Uitvouwen/samenvouwen Stad : NAAM (N)') en geen kolomkop van de itemweergave ('Bewerken') waar de lijst begint")
        .with_detail("kopieer de lijst van de webpagina met haar kopregels, en importeer dat bestand"))
}

/// Parses one grouped export on its own.
///
/// # Errors
/// On any line that does not fit the format (see `ImportError`'s message).
pub fn parse_grouped(src: &Source) -> Result<Parsed, ImportError> {
    let mut collect = Collect::default();
    let scanner = grouped::Scanner::new(src, &mut collect).scan(&src.text)?;
    let (chapter, groups) = (scanner.chapter, scanner.groups);
    let mut items = collect.items.into_iter();
    let mut title_lines = collect.title_lines.into_iter();
    let cities: Vec<City> = groups
        .into_iter()
        .map(|g| City {
            name: g.name,
            items: items.next().unwrap_or_default(),
        })
        .collect();
    let title_lines = cities
        .iter()
        .map(|_| title_lines.next().unwrap_or_default())
        .collect();
    Ok(Parsed {
        chapter: chapter.or_else(|| chapter_from_titles(&cities)),
        cities,
        title_lines,
        fates: collect.fates,
    })
}

/// Gathers the rows of a grouped export as items, with the fate of every line.
#[derive(Default)]
struct Collect {
    items: Vec<Vec<Item>>,
    title_lines: Vec<Vec<usize>>,
    fates: Vec<LineFate>,
}

impl<'a> grouped::Visitor<'a> for Collect {
    fn row(&mut self, city: usize, _item: usize, row: &grouped::Row<'a, '_>) -> ControlFlow<()> {
        if self.items.len() <= city {
            self.items.resize_with(city + 1, Vec::new);
            self.title_lines.resize_with(city + 1, Vec::new);
        }
        self.items[city].push(Item {
            title: row.title.to_owned(),
            description: clean::join(row.lines),
            attachment: row.attachment,
        });
        self.title_lines[city].push(row.title_line);
        ControlFlow::Continue(())
    }

    fn fate(&mut self, fate: LineFate) {
        self.fates.push(fate);
    }
}

/// Parses one item view on its own, for `city`, starting rows at the known titles.
///
/// # Errors
/// When the text is not an item view.
pub fn parse_item_view<S: std::hash::BuildHasher>(
    src: &Source,
    city: &str,
    known_titles: &HashSet<String, S>,
) -> Result<Parsed, ImportError> {
    itemview::parse(src, city, known_titles)
}

/// How an import is asked for: the inputs, the city for item views, and titles known from
/// elsewhere (the embedded dataset) that may start rows in an item view.
#[derive(Debug, Default)]
pub struct Request<'a> {
    pub sources: &'a [Source],
    pub city: Option<&'a str>,
    pub known_titles: HashSet<String>,
}

/// Imports every input into one dataset in memory: grouped exports first (they name the
/// cities and the titles), then item views, merged city by city in input order.
///
/// # Errors
/// The first bad input, located.
pub fn import(req: &Request<'_>) -> Result<Dataset, ImportError> {
    import_with(req, &ColumnNames::default())
}

/// `import`, with the columns of SharePoint's own exports named.
///
/// # Errors
/// As `import`.
pub fn import_with(req: &Request<'_>, columns: &ColumnNames<'_>) -> Result<Dataset, ImportError> {
    let mut sink = DatasetSink::default();
    match import_into_with(req, columns, &mut sink) {
        Ok(_) => Ok(sink.into_dataset()),
        Err(Stop::Input(e)) => Err(e),
        Err(Stop::Sink(never)) => match never {},
    }
}

/// The chapter of a set of items when no heading names it: the first `1. …` title.
pub(crate) fn chapter_from_titles(cities: &[City]) -> Option<String> {
    cities
        .iter()
        .flat_map(|c| &c.items)
        .find(|it| Level::of(&it.title) == Level::Chapter)
        .map(|it| it.title.clone())
}

/// A name or a line shown in a message, cut at 60 characters.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut short: String = s.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests;

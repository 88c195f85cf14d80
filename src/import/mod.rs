//! Raw exports of the web list to a `Dataset`. Pure: text in, `Result` out; reading files
//! is the caller's business.

pub mod clean;
mod decode;
mod grouped;
mod itemview;
mod merge;

use std::collections::HashSet;
use std::fmt;

use crate::model::{City, Dataset, Level};

pub use decode::decode;
pub(crate) use decode::line_at;

/// Bad input, located: `FILE:LINE: message`, with optional lines of detail after it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    pub file: String,
    pub line: usize,
    pub message: String,
    pub detail: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl ImportError {
    pub(crate) fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        ImportError {
            file: file.to_owned(),
            line,
            message: message.into(),
            detail: Vec::new(),
        }
    }

    #[must_use]
    pub(crate) fn with_detail(mut self, line: impl Into<String>) -> Self {
        self.detail.push(line.into());
        self
    }
}

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
        let text = self.text.strip_suffix('\n').unwrap_or(&self.text);
        text.split('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .enumerate()
            .map(|(i, l)| (i + 1, l))
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
}

/// Tells the two exports apart by their chrome: the grouped one has group headers, the item
/// view has the `Bewerken` column header.
///
/// # Errors
/// When the text is neither.
pub fn detect(src: &Source) -> Result<Format, ImportError> {
    let mut item_view = false;
    for (_, line) in src.lines() {
        let line = clean::norm(line);
        if grouped::parse_header(&line).is_some() {
            return Ok(Format::Grouped);
        }
        item_view |= line == itemview::COLUMN_HEADER_END;
    }
    if item_view {
        return Ok(Format::ItemView);
    }
    Err(ImportError::new(&src.name, 1, "not an export of the list: no group header ('Uitvouwen/samenvouwen Stad : NAME (N)') and no item-view column header ('Bewerken')")
        .with_detail("copy the list from the web page including its header lines, then import that file"))
}

/// Parses one grouped export on its own.
///
/// # Errors
/// On any line that does not fit the format (see `ImportError`'s message).
pub fn parse_grouped(src: &Source) -> Result<Parsed, ImportError> {
    grouped::parse(src)
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

/// Imports every input into one dataset: grouped exports first (they name the cities and
/// the titles), then item views, merged city by city in input order.
///
/// # Errors
/// The first bad input, located.
pub fn import(req: &Request<'_>) -> Result<Dataset, ImportError> {
    let formats = req
        .sources
        .iter()
        .map(detect)
        .collect::<Result<Vec<_>, _>>()?;
    let mut parsed: Vec<Option<Parsed>> = vec![None; req.sources.len()];
    let mut known = req.known_titles.clone();
    for (i, src) in req.sources.iter().enumerate() {
        if formats[i] == Format::Grouped {
            let p = grouped::parse(src)?;
            known.extend(
                p.cities
                    .iter()
                    .flat_map(|c| c.items.iter().map(|it| it.title.clone())),
            );
            parsed[i] = Some(p);
        }
    }
    let grouped_cities: Vec<&City> = parsed.iter().flatten().flat_map(|p| &p.cities).collect();
    let mut views = Vec::new();
    for (i, src) in req.sources.iter().enumerate() {
        if formats[i] == Format::ItemView {
            // Parsed once; the city is known only after its texts were compared.
            let mut view = itemview::parse(src, "", &known)?;
            view.cities[0].name = match req.city {
                Some(city) => city.trim().to_owned(),
                None => itemview::infer_city(src, &view, &grouped_cities)?,
            };
            views.push((i, view));
        }
    }
    if let (Some(city), true) = (req.city, views.is_empty()) {
        let file = req.sources.first().map_or("-", |s| s.name.as_str());
        return Err(ImportError::new(
            file,
            1,
            format!(
                "--city {city} given, but no input is an item view: the grouped export names its own cities"
            ),
        ));
    }
    for (i, p) in views {
        parsed[i] = Some(p);
    }
    let named: Vec<(&Source, Parsed)> = req
        .sources
        .iter()
        .zip(parsed)
        .filter_map(|(s, p)| p.map(|p| (s, p)))
        .collect();
    merge::merge(named)
}

/// The chapter of a set of items when no heading names it: the first `1. …` title.
pub(crate) fn chapter_from_titles(cities: &[City]) -> Option<String> {
    cities
        .iter()
        .flat_map(|c| &c.items)
        .find(|it| Level::of(&it.title) == Level::Chapter)
        .map(|it| it.title.clone())
}

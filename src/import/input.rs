//! One input as every step of an import sees it: its text, the import asked for, what
//! became of each line, what parsing it on its own gave.

use std::borrow::Cow;
use std::collections::HashSet;

use super::lines;
use crate::model::{City, Level};

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

/// How an import is asked for: the inputs, the city for item views, and titles known from
/// elsewhere (the embedded dataset) that may start rows in an item view. A JSON page handed
/// over (`Cow::Owned`) is freed as soon as it is read; borrowed ones are left as they are.
#[derive(Debug, Default)]
pub struct Request<'a> {
    pub sources: Cow<'a, [Source]>,
    pub city: Option<&'a str>,
    pub known_titles: HashSet<String>,
}

/// The chapter of a set of items when no heading names it: the first `1. …` title.
pub(crate) fn chapter_from_titles(cities: &[City]) -> Option<String> {
    cities
        .iter()
        .flat_map(|c| &c.items)
        .find(|it| Level::of(&it.title) == Level::Chapter)
        .map(|it| it.title.clone())
}

//! The list filtered to one city ("item view"): no city column, so a row ends at a blank
//! (U+00A0) or `Bijlage` line, but blank lines also occur inside descriptions. A row
//! therefore starts only where such a line is followed by a title: one known from the
//! grouped exports of the same import or the embedded dataset, or a chapter or section
//! written as the list writes them (`1. …`, `A. …`, in capitals).
//!
//! The column header (`Titel`, `Beschrijving`, …, `Bewerken`) is read only before the
//! first row; after it such lines are text. What the format cannot tell apart, and how it
//! is read (see the README, "Importing"): a known title or a capitalised `A. …` line right
//! after a blank or `Bijlage` line inside a text starts a new row.

use std::collections::HashSet;

use super::clean::{self, norm};
use super::grouped::is_chrome;
use super::input::{LineFate, Parsed, Source};
use super::lines::Lines;
use super::located::{ImportError, shorten};
use crate::model::{City, Item, Level};
use crate::strings::import as say;

/// The last line of the item view's column header.
pub(super) const COLUMN_HEADER_END: &str = "Bewerken";
const ATTACHMENT: &str = "Bijlage";
const HEADER_CHROME: [&str; 3] = ["Titel", "Beschrijving", "Druk op Shift+ENTER"];

pub(super) fn is_header_chrome(line: &str) -> bool {
    HEADER_CHROME.iter().any(|c| line.starts_with(c)) || is_chrome(line)
}

fn is_row_end(line: &str) -> Option<bool> {
    if line.is_empty() {
        Some(false)
    } else {
        (line == ATTACHMENT).then_some(true)
    }
}

/// Whether a line can be a row's title: known, or numbered in capitals as the list's
/// chapters and sections are (a text's `A. De stad …` is not).
pub(super) fn is_title<S: std::hash::BuildHasher>(line: &str, known: &HashSet<String, S>) -> bool {
    known.contains(line)
        || (Level::of(line) != Level::Subsection && !line.chars().any(char::is_lowercase))
}

struct Row<'a> {
    title_line: usize,
    title: String,
    /// Raw lines after the title, the row-end line included once it is seen.
    lines: Vec<&'a str>,
}

pub(super) fn parse<S: std::hash::BuildHasher>(
    src: &Source,
    city: &str,
    known: &HashSet<String, S>,
) -> Result<Parsed, ImportError> {
    let mut fates = Vec::new();
    let mut lines = Lines::all(&src.text);
    column_header(src, &mut lines, &mut fates)?;
    let mut rows: Vec<Row<'_>> = Vec::new();
    let mut prev_ends_row = true;
    for line in lines {
        let norm = norm(line.raw);
        let starts_row = match rows.last() {
            None => !norm.is_empty(),
            Some(_) => prev_ends_row && is_title(&norm, known),
        };
        prev_ends_row = is_row_end(&norm).is_some();
        if starts_row {
            rows.push(Row {
                title_line: line.no,
                title: norm.into_owned(),
                lines: Vec::new(),
            });
        } else if let Some(row) = rows.last_mut() {
            row.lines.push(line.raw);
        } else {
            fates.push(LineFate::Blank);
        }
    }
    if rows.is_empty() {
        return Err(ImportError::new(
            &src.name,
            fates.len().max(1),
            say::NO_ROWS_IN_VIEW,
        ));
    }
    let (items, title_lines) = items(rows, &mut fates);
    let cities = vec![City {
        name: city.to_owned(),
        items,
    }];
    Ok(Parsed {
        chapter: super::input::chapter_from_titles(&cities),
        cities,
        title_lines: vec![title_lines],
        fates,
    })
}

/// Reads up to and including `Bewerken`: only blank and chrome lines may come before.
fn column_header(
    src: &Source,
    lines: &mut Lines<'_>,
    fates: &mut Vec<LineFate>,
) -> Result<(), ImportError> {
    for line in lines.by_ref() {
        let norm = norm(line.raw);
        if norm == COLUMN_HEADER_END {
            fates.push(LineFate::Chrome);
            return Ok(());
        }
        if norm.is_empty() {
            fates.push(LineFate::Blank);
        } else if is_header_chrome(&norm) {
            fates.push(LineFate::Chrome);
        } else {
            return Err(ImportError::new(
                &src.name,
                line.no,
                say::text_before_view_header(COLUMN_HEADER_END, &shorten(&norm)),
            ));
        }
    }
    Err(ImportError::new(
        &src.name,
        1,
        say::no_view_header(COLUMN_HEADER_END),
    ))
}

fn items(rows: Vec<Row<'_>>, fates: &mut Vec<LineFate>) -> (Vec<Item>, Vec<usize>) {
    let mut items = Vec::with_capacity(rows.len());
    let mut title_lines = Vec::with_capacity(rows.len());
    let last = rows.len() - 1;
    for (i, row) in rows.into_iter().enumerate() {
        let end = row_end_of(&row, i == last);
        fates.push(LineFate::Title { city: 0, item: i });
        let body = end.map_or(row.lines.len(), |(at, _)| at);
        for raw in &row.lines[..body] {
            fates.push(if norm(raw).is_empty() {
                LineFate::Blank
            } else {
                LineFate::Description { city: 0, item: i }
            });
        }
        for raw in &row.lines[body..] {
            fates.push(if is_row_end(&norm(raw)) == Some(true) {
                LineFate::RowEnd
            } else {
                LineFate::Blank
            });
        }
        items.push(Item {
            title: row.title,
            description: clean::description(row.lines[..body].iter().copied()),
            attachment: end.is_some_and(|(_, a)| a),
        });
        title_lines.push(row.title_line);
    }
    (items, title_lines)
}

/// Where a row's end line sits among its lines, and whether it flags an attachment. Rows
/// before another row always end in such a line (that is how the next one was found); the
/// last row ends at its last non-blank line when that is `Bijlage`, else has no end line.
fn row_end_of(row: &Row<'_>, is_last: bool) -> Option<(usize, bool)> {
    if is_last {
        let at = row.lines.iter().rposition(|l| !norm(l).is_empty())?;
        return (norm(row.lines[at]) == ATTACHMENT).then_some((at, true));
    }
    let at = row.lines.len().checked_sub(1)?;
    is_row_end(&norm(row.lines[at])).map(|a| (at, a))
}

//! The rows of SharePoint's own exports (CSV, REST, Graph), whatever the route, as cities
//! of items: cities sorted by name as the grouped view shows them, items of a city in list
//! order. Pages of one JSON export are one table: an item on two pages is one item when
//! both agree, and an error naming both when they do not.

use std::borrow::Cow;
use std::collections::HashMap;

use super::clean;
use super::csv_cells;
use super::located::{ImportError, shorten};
use super::merge::{Origin, difference};
use super::names::{self, Place};
use super::order;
use super::rich;
use crate::model::Item;
use crate::strings::import as say;

/// What reading one CSV or JSON file found: its rows, and what `--verbose` says of it.
pub(super) struct Read {
    pub records: Vec<Record>,
    pub notes: Vec<String>,
}

/// One row or item as read, before it joins its city.
#[derive(Debug, Clone)]
pub(super) struct Record {
    /// SharePoint's item id, when the export has it: list order, and identity across pages.
    pub id: Option<u64>,
    /// Which input (an index into `Table::files`) and where in it.
    pub file: usize,
    pub line: usize,
    /// How the input wrote the city and the title (for look-alikes).
    pub city_raw: String,
    pub title_raw: String,
    pub description: String,
    /// `None` when the export says nothing about attachments.
    pub attachment: Option<bool>,
}

/// A cell of text: taken as it is (itself when clean), or rich text (HTML) as the web view
/// shows it.
#[must_use]
pub(super) fn description(cell: &str, rich: Option<bool>) -> Cow<'_, str> {
    if rich.unwrap_or_else(|| rich::looks_rich(cell)) {
        Cow::Owned(cleaned(rich::text(cell)))
    } else {
        text_description(cell)
    }
}

/// `description` of a quoted CSV cell as it stands in the file, each quote written twice.
#[must_use]
pub(super) fn description_of_doubled(raw: &str, rich: Option<bool>) -> String {
    if rich.unwrap_or_else(|| rich::looks_rich_doubled(raw)) {
        cleaned(rich::text_of_doubled(raw))
    } else {
        let text = csv_cells::undoubled(raw);
        cleaned(text)
    }
}

/// `text_description` of a text made for it.
fn cleaned(text: String) -> String {
    // Most text needs no more cleaning: the text made is the description then, not
    // copied once more.
    match text_description(&text) {
        Cow::Owned(cleaned) => cleaned,
        Cow::Borrowed(_) => without_end_newlines(text),
    }
}

/// `text` without the newlines at its ends, in place: what `text_description` borrows.
fn without_end_newlines(mut text: String) -> String {
    let end = text.trim_end_matches('\n').len();
    text.truncate(end);
    let start = text.len() - text.trim_start_matches('\n').len();
    text.drain(..start);
    text
}

/// A description from its raw text, as `description` of its lines gives it: a part of the
/// text itself when no line is changed, as for most (a copy of a text of hundreds of
/// megabytes would be held beside it).
fn text_description(text: &str) -> Cow<'_, str> {
    // Newlines at either end are blank lines, dropped; no other line may change.
    let inner = text.trim_matches('\n');
    let unchanged = inner
        .split('\n')
        .all(|line| !clean::needs_cleaning(line) && line.trim_end().len() == line.len());
    if unchanged {
        Cow::Borrowed(inner)
    } else {
        Cow::Owned(clean::description(text.lines()))
    }
}

/// A city of a table.
#[derive(Debug, Clone)]
pub(crate) struct TableCity {
    pub name: String,
    /// Where it first occurs, as written there.
    pub place: Place,
    pub items: Vec<Item>,
    /// Per item: which file and line, and its id when the export has one.
    pub origins: Vec<(usize, usize, Option<u64>)>,
    /// Per item: the title as written, when cleaning changed more than its edges.
    pub raw_titles: Vec<Option<String>>,
}

/// One or more inputs read as rows.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub files: Vec<String>,
    pub cities: Vec<TableCity>,
    /// Whether the export said, per item, whether it has attachments.
    pub attachments: bool,
}

impl Table {
    /// The origins of a city's items, for merging.
    pub(super) fn origins(&self, city: usize) -> Vec<Origin<'_>> {
        self.cities[city]
            .origins
            .iter()
            .map(|&(file, line, id)| Origin {
                file: &self.files[file],
                line,
                id,
            })
            .collect()
    }

    /// Every item of a city with where and how its title is written, for the look-alike
    /// check of titles.
    pub(super) fn places(&self, city: usize) -> impl Iterator<Item = (&Item, Place)> {
        let c = &self.cities[city];
        c.items
            .iter()
            .zip(&c.origins)
            .zip(&c.raw_titles)
            .map(|((item, &(file, line, _)), raw)| {
                let place = Place {
                    file: self.files[file].clone(),
                    line,
                    raw: raw.clone().unwrap_or_else(|| item.title.clone()),
                };
                (item, place)
            })
    }
}

/// The records of pages that carry ids, as one: by id, each once (equal duplicates are one
/// item; different ones an error naming both), in id order, which is list order.
///
/// # Errors
/// Two pages that disagree about one item.
pub(super) fn by_id(records: Vec<Record>, files: &[String]) -> Result<Vec<Record>, ImportError> {
    if records.iter().any(|r| r.id.is_none()) {
        return Ok(records);
    }
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(records.len());
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    for record in records {
        let id = record.id.unwrap_or_default();
        if let Some(&at) = seen.get(&id) {
            agree(&mut out[at], &record, files)?;
        } else {
            seen.insert(id, out.len());
            out.push(record);
        }
    }
    out.sort_by_key(|r| r.id);
    Ok(out)
}

/// An item read twice: the same, or an error. An attachment one page leaves unsaid is
/// taken from the other.
fn agree(first: &mut Record, second: &Record, files: &[String]) -> Result<(), ImportError> {
    let as_item = |r: &Record, attachment: Option<bool>| Item {
        title: clean::norm(&r.title_raw).into_owned(),
        description: r.description.clone(),
        attachment: attachment.unwrap_or_default(),
    };
    let both = first.attachment.and(second.attachment);
    let city = |r: &Record| clean::norm(&r.city_raw).into_owned();
    let diff = if city(first) == city(second) {
        difference(&as_item(first, both), &as_item(second, both)).or_else(|| {
            (first.title_raw != second.title_raw).then(|| {
                (
                    format!("title «{}»", shorten(&first.title_raw)),
                    format!("title «{}»", shorten(&second.title_raw)),
                )
            })
        })
    } else {
        Some((
            format!("city «{}»", city(first)),
            format!("city «{}»", city(second)),
        ))
    };
    if let Some((a, b)) = diff {
        let (fa, fb) = (&files[first.file], &files[second.file]);
        let title = shorten(&clean::norm(&second.title_raw));
        return Err(ImportError::new(
            fb,
            second.line,
            say::numbered_item_differs(second.id.unwrap_or_default(), &title, fa, fb),
        )
        .with_detail(format!("{fa}:{}: {a}", first.line))
        .with_detail(format!("{fb}:{}: {b}", second.line)));
    }
    first.attachment = first.attachment.or(second.attachment);
    Ok(())
}

/// The records as cities sorted by name (as the grouped view sorts them: accents and case
/// aside), items in record order.
///
/// # Errors
/// Two spellings of one city that differ only by what cannot be seen.
pub(super) fn into_table(records: Vec<Record>, files: Vec<String>) -> Result<Table, ImportError> {
    let attachments = !records.is_empty() && records.iter().all(|r| r.attachment.is_some());
    let mut cities: Vec<TableCity> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for r in records {
        let name = clean::norm(&r.city_raw).into_owned();
        let place = || Place {
            file: files[r.file].clone(),
            line: r.line,
            raw: r.city_raw.clone(),
        };
        let at = if let Some(&at) = by_name.get(&name) {
            let first = &cities[at].place;
            if names::look_alike(&first.raw, &r.city_raw) {
                return Err(names::look_alike_error(&say::CITY_WORD, first, &place()));
            }
            at
        } else {
            by_name.insert(name.clone(), cities.len());
            cities.push(TableCity {
                name,
                place: place(),
                items: Vec::new(),
                origins: Vec::new(),
                raw_titles: Vec::new(),
            });
            cities.len() - 1
        };
        let city = &mut cities[at];
        let title = clean::norm(&r.title_raw).into_owned();
        let hid = clean::hides_something(&r.title_raw);
        city.raw_titles.push(hid.then(|| r.title_raw.clone()));
        city.items.push(Item {
            title,
            description: r.description,
            attachment: r.attachment.unwrap_or(false),
        });
        city.origins.push((r.file, r.line, r.id));
    }
    let order = order::by_name(&cities, |c| &c.name);
    order::apply(&mut cities, order);
    Ok(Table {
        files,
        cities,
        attachments,
    })
}

/// A title or city cell checked: present, on one line.
///
/// # Errors
/// An empty cell or one on several lines, placed by `at`.
pub(super) fn name_cell<'c>(
    cell: &'c str,
    what: &str,
    at: impl FnOnce(String) -> ImportError,
) -> Result<&'c str, ImportError> {
    let cleaned = clean::norm(cell);
    if cleaned.is_empty() {
        return Err(at(say::empty_cell(what)));
    }
    if cell.trim().contains(['\n', '\r']) {
        return Err(at(say::cell_on_lines(
            what,
            &shorten(&cell.replace(['\r', '\n'], "⏎")),
        )));
    }
    Ok(cell)
}

#[cfg(test)]
mod tests;

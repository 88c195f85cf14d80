//! SharePoint's "Export to CSV": a header of display names, then one row per item, cells
//! quoted when not empty (newlines inside them), CRLF or LF; "with schema" adds a first
//! line `ListSchema={…}` that gives each display name its internal name and says which
//! columns hold rich text.

use std::collections::HashMap;

use scraper::{Html, Selector};
use serde::Deserialize;

use super::columns::{self, Chosen, Column, ColumnNames};
use super::csv_cells::Cells;
use super::csv_table::{CsvTable, Grouping, Layout, Lines};
use super::input::Source;
use super::located::{ImportError, shorten};
use super::table;
use crate::strings::import as say;

const SCHEMA: &str = "ListSchema=";

/// Whether the text starts as a CSV export: the schema line, or a header row of at least
/// two cells that is quoted or names one of the usual columns (or a named one). Prose
/// with a comma is neither.
#[must_use]
pub(super) fn looks_like(text: &str, names: &ColumnNames<'_>) -> bool {
    if text.starts_with(SCHEMA) {
        return true;
    }
    let (separator, text, _) = separated(text);
    let Some(header) = reader(text, separator)
        .into_records()
        .next()
        .and_then(Result::ok)
    else {
        return false;
    };
    if header.len() < 2 {
        return false;
    }
    let first_line = text.lines().next().unwrap_or_default();
    let cols: Vec<Column> = header.iter().map(display).collect();
    first_line.starts_with('"') && first_line.trim_end().ends_with('"')
        || columns::choose(&cols, names).is_ok()
        || columns::choose(&cols, &ColumnNames::default()).is_ok()
}

fn reader(text: &str, separator: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes())
}

/// The separator of a CSV, the text after Excel's `sep=X` line if it has one, and how many
/// lines that took. SharePoint writes commas; Excel's "CSV UTF-8" writes semicolons in
/// Dutch and Belgian locales, and its "Text" tabs: the one the header row uses most
/// outside quotes, a comma when none.
fn separated(text: &str) -> (u8, &str, usize) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if let Some(sep) = first.trim_end_matches('\r').strip_prefix("sep=")
        && let [b @ (b',' | b';' | b'\t')] = sep.as_bytes()
    {
        return (*b, rest, 1);
    }
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(s, _)| *s == b) {
            count.1 += 1;
        }
    }
    // The first of the most used: a comma wins a tie.
    let (separator, _) = counts.iter().fold(
        (b',', 0),
        |best, &(s, n)| if n > best.1 { (s, n) } else { best },
    );
    (separator, text, 0)
}

fn display(name: &str) -> Column {
    Column {
        display: Some(name.trim().to_owned()),
        ..Column::default()
    }
}

/// One CSV export after its first pass (every row checked, kept as where it is), and what
/// `--verbose` says of it.
///
/// # Errors
/// A broken schema line, a missing column, a row of the wrong width, a row without title
/// or city, two spellings of a city that look alike; each with its line.
pub(super) fn read(
    src: &Source,
    names: &ColumnNames<'_>,
) -> Result<(CsvTable, Vec<String>), ImportError> {
    let (schema, body, skipped) = match src.text.strip_prefix(SCHEMA) {
        Some(rest) => {
            let (line, body) = rest.split_once('\n').unwrap_or((rest, ""));
            (Some(schema(&src.name, line)?), body, 1)
        }
        None => (None, src.text.as_str(), 0),
    };
    let (separator, body, sep_line) = separated(body);
    let skipped = skipped + sep_line;
    let mut rows = reader(body, separator);
    let lines = Lines::new(body, skipped);
    let line_of = |pos: Option<&csv::Position>| lines.at(pos);
    let broken = |e: &csv::Error| {
        ImportError::new(
            &src.name,
            line_of(e.position()),
            say::not_csv(&e.to_string()),
        )
    };
    let mut header = csv::StringRecord::new();
    if !rows.read_record(&mut header).map_err(|e| broken(&e))? {
        return Err(ImportError::new(&src.name, 2, say::SCHEMA_WITHOUT_HEADER));
    }
    let header_line = line_of(header.position());
    let cols = header_columns(&header, schema.as_ref());
    let chosen =
        columns::choose(&cols, names).map_err(|m| columns::located(&src.name, header_line, m))?;
    let mut grouping = Grouping::new(&src.name, &lines);
    // The rows after the header, each as far as its title and city: the rest is read (and
    // a description cleaned) in the second pass.
    let mut at = usize::try_from(rows.position().byte()).unwrap_or(usize::MAX);
    let (mut cells, mut row, mut n) = (Cells::new(separator), Vec::new(), 0);
    while let Some(read) = cells.read(body, at, &[chosen.title, chosen.city], &mut row) {
        let line = lines.at_byte(at as u64);
        check_width(&src.name, (line, n), read.cells, header.len(), separator)?;
        let (title, city) = names_of(&row[0], &row[1], line, &src.name)?;
        grouping.add(at as u64, line, city, title);
        (at, n) = (read.end, n + 1);
    }
    if n == 0 {
        return Err(ImportError::new(
            &src.name,
            header_line,
            say::HEADER_WITHOUT_ROWS,
        ));
    }
    let layout = Layout {
        body: src.text.len() - body.len(),
        skipped,
        separator,
        chosen,
        rich: cols[chosen.description].rich,
    };
    Ok((grouping.finish(layout)?, notes(&src.name, &cols, chosen)))
}

/// A row as wide as the header: a narrower or wider one was cut by a quote gone wrong.
fn check_width(
    file: &str,
    (line, n): (usize, usize),
    cells: usize,
    header: usize,
    separator: u8,
) -> Result<(), ImportError> {
    if cells == header {
        return Ok(());
    }
    let why = say::cells_differ(n + 1, cells, header, separator);
    Err(ImportError::new(file, line, why))
}

/// The header's cells as columns, with what the schema says of each.
fn header_columns(
    header: &csv::StringRecord,
    schema: Option<&HashMap<String, Field>>,
) -> Vec<Column> {
    header
        .iter()
        .map(|name| {
            let mut col = display(name);
            if let Some(field) = schema.and_then(|s| s.get(&name.trim().to_lowercase())) {
                col.internal = Some(field.internal.clone());
                col.rich = Some(field.rich);
            }
            col
        })
        .collect()
}

/// A row's title and city, checked: present, each on one line.
fn names_of<'r>(
    title: &'r str,
    city: &'r str,
    line: usize,
    name: &str,
) -> Result<(&'r str, &'r str), ImportError> {
    let at = |message: String| ImportError::new(name, line, message);
    let title = table::name_cell(title, &say::TITLE_WORD, at)?;
    let at = |message: String| {
        ImportError::new(
            name,
            line,
            format!("'{}': {message}", shorten(title.trim())),
        )
    };
    let city = table::name_cell(city, &say::CITY_WORD, at)?;
    Ok((title, city))
}

fn notes(file: &str, cols: &[Column], chosen: Chosen) -> Vec<String> {
    let mut notes = vec![say::columns_used(
        file,
        &cols[chosen.title].shown(),
        &cols[chosen.description].shown(),
        &cols[chosen.city].shown(),
    )];
    let ignored: Vec<String> = cols
        .iter()
        .enumerate()
        .filter(|(i, _)| !chosen.uses(*i))
        .map(|(_, c)| c.shown())
        .collect();
    if !ignored.is_empty() {
        notes.push(say::columns_ignored(
            file,
            &columns::listed(ignored.into_iter()),
        ));
    }
    notes.push(say::csv_no_attachments(file));
    notes
}

/// A column as the schema describes it.
struct Field {
    internal: String,
    rich: bool,
}

#[derive(Deserialize)]
struct SchemaLine {
    #[serde(rename = "schemaXmlList")]
    fields: Vec<String>,
}

/// The schema line: per display name (lower case), the internal name and whether the
/// column holds rich text. The `<Field …/>` elements are markup with attributes only; the
/// HTML parser already used for rich text reads them (attribute names in lower case).
fn schema(file: &str, json: &str) -> Result<HashMap<String, Field>, ImportError> {
    let line: SchemaLine = serde_json::from_str(json.trim_end())
        .map_err(|e| ImportError::new(file, 1, say::odd_schema(&e.to_string())))?;
    let mut out = HashMap::with_capacity(line.fields.len());
    let Ok(select) = Selector::parse("field") else {
        return Ok(out);
    };
    for xml in &line.fields {
        let doc = Html::parse_fragment(xml);
        for el in doc.select(&select) {
            let attr = |a: &str| el.value().attr(a).unwrap_or_default();
            let internal = if attr("name").is_empty() {
                attr("staticname")
            } else {
                attr("name")
            };
            let display = attr("displayname");
            if !display.is_empty() {
                out.insert(
                    display.trim().to_lowercase(),
                    Field {
                        internal: internal.to_owned(),
                        rich: attr("richtext").eq_ignore_ascii_case("true"),
                    },
                );
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_placed_on_their_first_line() {
        let text = "\"T\",\"B\",\"S\"\r\n\"a\",\"x\r\ny\",\"s\"\r\n\"b\",\"z\",\"s\"\r\n";
        let lines = Lines::new(text, 0);
        let got: Vec<usize> = reader(text, b',')
            .into_records()
            .map(|r| lines.at(r.unwrap().position()))
            .collect();
        assert_eq!(got, [1, 2, 4]);
        let blank = "T,B,S\n\na,b,c\n";
        let lines = Lines::new(blank, 1);
        let got: Vec<usize> = reader(blank, b',')
            .into_records()
            .map(|r| lines.at(r.unwrap().position()))
            .collect();
        assert_eq!(got, [2, 4]);
    }
}

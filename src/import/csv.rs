//! SharePoint's "Export to CSV": a header of display names, then one row per item, cells
//! quoted when not empty (newlines inside them), CRLF or LF; "with schema" adds a first
//! line `ListSchema={…}` that gives each display name its internal name and says which
//! columns hold rich text.

use std::collections::HashMap;

use scraper::{Html, Selector};
use serde::Deserialize;

use super::columns::{self, Chosen, Column, ColumnNames};
use super::input::Source;
use super::lines::LineCounter;
use super::located::{ImportError, shorten};
use super::table::{self, Read, Record};

const SCHEMA: &str = "ListSchema=";
const QUOTED: &str = "a cell holding a comma, a quote or a newline must be quoted";

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

/// The rows of one CSV export (`file`: its index among the table's files).
///
/// # Errors
/// A broken schema line, a missing column, a row of the wrong width, a row without title
/// or city; each with its line.
pub(super) fn read(
    src: &Source,
    file: usize,
    names: &ColumnNames<'_>,
) -> Result<Read, ImportError> {
    let (schema, body, skipped) = match src.text.strip_prefix(SCHEMA) {
        Some(rest) => {
            let (line, body) = rest.split_once('\n').unwrap_or((rest, ""));
            (Some(schema(&src.name, line)?), body, 1)
        }
        None => (None, src.text.as_str(), 0),
    };
    let (separator, body, sep_line) = separated(body);
    let skipped = skipped + sep_line;
    let mut rows = reader(body, separator).into_records();
    let lines = Lines::new(body, skipped);
    let line_of = |pos: Option<&csv::Position>| lines.at(pos);
    let broken = |e: &csv::Error| {
        ImportError::new(&src.name, line_of(e.position()), format!("not CSV: {e}"))
    };
    let header = match rows.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return Err(broken(&e)),
        None => {
            return Err(ImportError::new(
                &src.name,
                2,
                "a schema line but no header row",
            ));
        }
    };
    let header_line = line_of(header.position());
    let cols = header_columns(&header, schema.as_ref());
    let chosen =
        columns::choose(&cols, names).map_err(|m| columns::located(&src.name, header_line, m))?;
    let mut records = Vec::new();
    for (n, row) in rows.enumerate() {
        let row = row.map_err(|e| broken(&e))?;
        let line = line_of(row.position());
        check_width(&src.name, line, n, &row, &header)?;
        records.push(record(&row, &cols, chosen, file, line, &src.name)?);
    }
    if records.is_empty() {
        return Err(ImportError::new(
            &src.name,
            header_line,
            "a header row but no rows: the export holds no items",
        ));
    }
    Ok(Read {
        records,
        notes: notes(&src.name, &cols, chosen),
    })
}

/// A row as wide as the header: a narrower or wider one was cut by a quote gone wrong.
fn check_width(
    file: &str,
    line: usize,
    n: usize,
    row: &csv::StringRecord,
    header: &csv::StringRecord,
) -> Result<(), ImportError> {
    if row.len() == header.len() {
        return Ok(());
    }
    let why = format!(
        "row {} has {} cells where the header has {}: {QUOTED}",
        n + 1,
        row.len(),
        header.len()
    );
    Err(ImportError::new(file, line, why))
}

/// Line numbers in the file from the reader's byte offsets (its own count leaves out the
/// newlines inside quoted cells).
struct Lines<'t> {
    body: &'t [u8],
    counter: LineCounter<'t>,
}

impl<'t> Lines<'t> {
    fn new(body: &'t str, skipped: usize) -> Self {
        Lines {
            body: body.as_bytes(),
            counter: LineCounter::new(body.as_bytes(), 1 + skipped),
        }
    }

    fn at(&self, pos: Option<&csv::Position>) -> usize {
        let Some(at) = pos.and_then(|p| usize::try_from(p.byte()).ok()) else {
            return self.counter.last();
        };
        // A row's offset is where the one before it ended: its line starts after the
        // newline (and any blank lines the reader skips).
        let mut at = at.min(self.body.len());
        while self
            .body
            .get(at)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            at += 1;
        }
        self.counter.line(at)
    }
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

fn record(
    row: &csv::StringRecord,
    cols: &[Column],
    chosen: Chosen,
    file: usize,
    line: usize,
    name: &str,
) -> Result<Record, ImportError> {
    let cell = |at: usize| row.get(at).unwrap_or_default();
    let at = |message: String| ImportError::new(name, line, message);
    let title = table::name_cell(cell(chosen.title), "title", at)?.into_owned();
    let at = |message: String| {
        ImportError::new(
            name,
            line,
            format!("'{}': {message}", shorten(title.trim())),
        )
    };
    let city = table::name_cell(cell(chosen.city), "city", at)?.into_owned();
    Ok(Record {
        id: None,
        file,
        line,
        city_raw: city,
        description: table::description(cell(chosen.description), cols[chosen.description].rich),
        title_raw: title,
        attachment: None,
    })
}

fn notes(file: &str, cols: &[Column], chosen: Chosen) -> Vec<String> {
    let mut notes = vec![format!(
        "{file}: title from '{}', description from '{}', city from '{}'",
        cols[chosen.title].shown(),
        cols[chosen.description].shown(),
        cols[chosen.city].shown()
    )];
    let ignored: Vec<String> = cols
        .iter()
        .enumerate()
        .filter(|(i, _)| !chosen.uses(*i))
        .map(|(_, c)| c.shown())
        .collect();
    if !ignored.is_empty() {
        notes.push(format!(
            "{file}: columns ignored: {}",
            columns::listed(ignored.into_iter())
        ));
    }
    notes.push(format!(
        "{file}: a CSV export says nothing about attachments: no item is marked as having one"
    ));
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
    let line: SchemaLine = serde_json::from_str(json.trim_end()).map_err(|e| {
        ImportError::new(
            file,
            1,
            format!("the ListSchema line is not the schema SharePoint writes: {e}"),
        )
    })?;
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

//! Raw exports of the web list to a `Dataset`. Pure: text in, `Result` out; reading files
//! is the caller's business, and so is where the dataset goes (a `Sink`: memory, or RON
//! written as the rows are read, so an import never holds a second copy of its input).

mod checked;
pub mod clean;
pub mod columns;
mod csv;
mod csv_cells;
mod csv_reread;
mod csv_table;
mod decode;
mod fields;
mod fused;
mod group;
mod grouped;
mod input;
mod itemview;
mod json;
mod json_entry;
mod lines;
mod located;
pub mod marks;
mod merge;
mod name_set;
pub mod names;
mod occurrence;
mod order;
mod passes;
mod plan;
pub mod rich;
mod second;
mod sink;
mod sniff;
mod table;
mod tables;
mod titles;
mod views;

use std::collections::HashSet;
use std::ops::ControlFlow;

use crate::model::{City, Dataset, Item};

pub use columns::ColumnNames;
pub(crate) use decode::line_at;
pub use decode::{decode, decode_owned};
pub(crate) use input::chapter_from_titles;
pub use input::{Format, LineFate, Parsed, Request, Source};
pub use located::{Export, ImportError, Located};
pub use plan::{import_into, import_into_with};
pub use sink::{DatasetSink, Sink, Stop, Text};
pub use sniff::{detect, detect_with, office};

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

/// Imports every input into one dataset in memory: grouped exports first (they name the
/// cities and the titles), then item views, merged city by city in input order.
///
/// # Errors
/// The first bad input, located.
pub fn import(req: Request<'_>) -> Result<Dataset, ImportError> {
    import_with(req, &ColumnNames::default())
}

/// `import`, with the columns of SharePoint's own exports named.
///
/// # Errors
/// As `import`.
pub fn import_with(req: Request<'_>, columns: &ColumnNames<'_>) -> Result<Dataset, ImportError> {
    let mut sink = DatasetSink::default();
    match import_into_with(req, columns, &mut sink) {
        Ok(_) => Ok(sink.into_dataset()),
        Err(Stop::Input(e)) => Err(e),
        Err(Stop::Sink(never)) => match never {},
    }
}

#[cfg(test)]
mod tests;

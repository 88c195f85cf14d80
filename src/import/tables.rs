//! SharePoint's own exports in an import: every CSV file a table of its own, every JSON
//! page of the import together as one.

use super::names::Suspects;
use super::plan::Kind;
use super::{ColumnNames, Format, ImportError, Source, clean, csv, json, table};

/// Every CSV input as its own table; every JSON page together as one (pages of one export
/// share items by id), placed at the first page.
pub(super) fn read_tables(
    sources: &[Source],
    columns: &ColumnNames<'_>,
    formats: &[Format],
    kinds: &mut [Option<Kind>],
    suspects: &mut Suspects,
) -> Result<Vec<String>, ImportError> {
    let mut notes = Vec::new();
    let mut pages = Vec::new();
    let mut page_files = Vec::new();
    let mut first_page = None;
    for (i, (src, format)) in sources.iter().zip(formats).enumerate() {
        match format {
            Format::Csv => {
                let read = csv::read(src, 0, columns)?;
                notes.extend(read.notes);
                let table = table::into_table(read.records, vec![src.name.clone()])?;
                kinds[i] = Some(Kind::Table(table));
            }
            Format::Json => {
                let read = json::read(src, page_files.len(), columns)?;
                notes.extend(read.notes);
                pages.extend(read.records);
                page_files.push(src.name.clone());
                first_page.get_or_insert(i);
            }
            Format::Grouped | Format::ItemView => {}
        }
    }
    if let Some(at) = first_page {
        let records = table::by_id(pages, &page_files)?;
        kinds[at] = Some(Kind::Table(table::into_table(records, page_files)?));
    }
    for kind in kinds.iter().flatten() {
        if let Kind::Table(table) = kind {
            for city in 0..table.cities.len() {
                for (item, place) in table.places(city) {
                    if clean::hides_something(&place.raw) {
                        suspects.note(&item.title, || place);
                    }
                }
            }
        }
    }
    Ok(notes)
}

//! SharePoint's own exports in an import: every CSV file a table of its own, every JSON
//! page of the import together as one.

use super::checked::Checked;
use super::clean;
use super::columns::ColumnNames;
use super::csv;
use super::input::{Format, Source};
use super::json;
use super::located::ImportError;
use super::names::Suspects;
use super::table;

/// Every CSV input as its own table; every JSON page together as one (pages of one export
/// share items by id), placed at the first page.
pub(super) fn read_tables(
    sources: &[Source],
    columns: &ColumnNames<'_>,
    formats: &[Format],
    kinds: &mut [Option<Checked>],
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
                kinds[i] = Some(Checked::Table(table));
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
        kinds[at] = Some(Checked::Table(table::into_table(records, page_files)?));
    }
    for kind in kinds.iter().flatten() {
        if let Checked::Table(table) = kind {
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

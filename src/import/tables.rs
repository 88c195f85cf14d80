//! SharePoint's own exports in an import: every CSV file a table of its own (its rows kept
//! as where they are, to be read again), every JSON page of the import together as one.

use std::borrow::Cow;

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
    sources: &mut Cow<'_, [Source]>,
    columns: &ColumnNames<'_>,
    formats: &[Format],
    kinds: &mut [Option<Checked>],
    suspects: &mut Suspects,
) -> Result<Vec<String>, ImportError> {
    let mut notes = Vec::new();
    let mut pages = Vec::new();
    let mut page_files = Vec::new();
    let mut first_page = None;
    for (i, format) in formats.iter().enumerate() {
        let Some(src) = sources.get(i) else { break };
        match format {
            Format::Csv => {
                // Kept: the second pass reads the rows again from the text.
                let (table, said) = csv::read(src, columns)?;
                notes.extend(said);
                kinds[i] = Some(Checked::Csv(table));
            }
            Format::Json => {
                let read = json::read(src, page_files.len(), columns)?;
                page_files.push(src.name.clone());
                release(sources, i);
                notes.extend(read.notes);
                pages.extend(read.records);
                first_page.get_or_insert(i);
            }
            Format::Grouped | Format::ItemView => {}
        }
    }
    if let Some(at) = first_page {
        let records = table::by_id(pages, &page_files)?;
        kinds[at] = Some(Checked::Table(table::into_table(records, page_files)?));
    }
    for (src, kind) in sources.iter().zip(kinds.iter()) {
        match kind {
            Some(Checked::Table(table)) => {
                for city in 0..table.cities.len() {
                    for (item, place) in table.places(city) {
                        if clean::hides_something(&place.raw) {
                            suspects.note(&item.title, || place);
                        }
                    }
                }
            }
            Some(Checked::Csv(table)) if table.hides => {
                table.each_title(src, |title, place| {
                    if clean::hides_something(&place.raw) {
                        suspects.note(title, || place);
                    }
                    Ok(())
                })?;
            }
            _ => {}
        }
    }
    Ok(notes)
}

/// A JSON page read whole into its rows: its text is not needed again, and holding it while
/// the rows become a table would add the input's size to the import's peak. Only inputs
/// handed over are freed.
fn release(sources: &mut Cow<'_, [Source]>, at: usize) {
    if let Cow::Owned(sources) = sources
        && let Some(src) = sources.get_mut(at)
    {
        src.text = String::new();
    }
}

//! The second pass of an import: the cities that occur more than once merged, then every
//! city in order to the sink, each straight from where its first pass left it (a group's
//! rows, a CSV's rows, a JSON table's items) or from memory when merged.

use std::collections::HashMap;

use super::checked::Checked;
use super::csv_reread::Rereader;
use super::input::Source;
use super::located::ImportError;
use super::merge::{self, Origin, Placed};
use super::occurrence::{Input, Occurrence, Plans, name_of, occurrence_at};
use super::passes::{self, Emit, Materialize};
use super::sink::{Sink, Text};
use crate::model::Item;

/// The cities that need merging (several occurrences, or an item view), merged.
pub(super) fn merge_cities<'a>(
    inputs: &'a [Input<'a>],
    plans: &Plans,
) -> Result<HashMap<usize, Vec<Item>>, ImportError> {
    let mut merged = HashMap::new();
    for (at, (first, more)) in plans.iter().enumerate() {
        // A city from one group or one table alone is emitted from where it is: a copy of a
        // table's items would hold every text twice.
        if more.is_empty() && !matches!(first, Occurrence::View { .. }) {
            continue;
        }
        let mut into: Option<Placed<'a>> = None;
        for &occurrence in std::iter::once(&first).chain(more) {
            let from = placed(inputs, occurrence)?;
            into = Some(match into {
                None => from,
                Some(into) => merge::merge_city(name_of(inputs, first), into, from)?,
            });
        }
        merged.insert(at, into.map(|p| p.items).unwrap_or_default());
    }
    Ok(merged)
}

fn placed<'a>(inputs: &'a [Input<'a>], occurrence: Occurrence) -> Result<Placed<'a>, ImportError> {
    let mut out = Placed {
        items: Vec::new(),
        origins: Vec::new(),
        attachments: true,
    };
    match (occurrence, occurrence_input(inputs, occurrence)) {
        (Occurrence::Group { group, .. }, Some((src, Checked::Grouped { groups, .. }))) => {
            let mut m = Materialize {
                file: &src.name,
                placed: out,
            };
            if let Some(group) = groups.get(group) {
                passes::rescan(src, group, &mut m)?;
            }
            out = m.placed;
        }
        (Occurrence::View { .. }, Some((src, Checked::View(view)))) => {
            out.items.clone_from(&view.cities[0].items);
            out.origins = view.title_lines[0]
                .iter()
                .map(|&line| Origin {
                    file: &src.name,
                    line,
                    id: None,
                })
                .collect();
        }
        (Occurrence::Table { city, .. }, Some((_, Checked::Table(table)))) => {
            out.items.clone_from(&table.cities[city].items);
            out.origins = table.origins(city);
            out.attachments = table.attachments;
        }
        (Occurrence::Table { city, .. }, Some((src, Checked::Csv(table)))) => {
            out = table.placed(src, city);
        }
        _ => {}
    }
    Ok(out)
}

fn occurrence_input<'a>(
    inputs: &'a [Input<'a>],
    occurrence: Occurrence,
) -> Option<(&'a Source, &'a Checked)> {
    inputs
        .get(occurrence_at(occurrence))
        .map(|(src, kind)| (*src, kind))
}

fn emit_items<S: Sink>(items: &[Item], sink: &mut S) -> Result<(), S::Error> {
    for item in items {
        sink.item(&item.title, Text::Clean(&item.description), item.attachment)?;
    }
    Ok(())
}

/// Every city in order, straight from where its first pass left it, or from memory.
pub(super) fn emit<'s, S: Sink>(
    inputs: &mut [Input<'s>],
    plans: &Plans,
    mut merged: HashMap<usize, Vec<Item>>,
    chapter: &str,
    sink: &mut S,
) -> Result<(), S::Error> {
    // A reader per CSV input, made once: seeking it costs less than making one per city.
    let mut csv: Vec<Option<Rereader<'s>>> = inputs.iter().map(|_| None).collect();
    sink.begin(chapter)?;
    for (at, (first, _)) in plans.iter().enumerate() {
        sink.city(name_of(inputs, first))?;
        match merged.remove(&at) {
            Some(items) => emit_items(&items, sink)?,
            None => emit_one(inputs, first, &mut csv, sink)?,
        }
        sink.end_city()?;
    }
    sink.end()
}

/// A city that only one group or table holds (the others are merged).
fn emit_one<'s, S: Sink>(
    inputs: &mut [Input<'s>],
    occurrence: Occurrence,
    csv: &mut [Option<Rereader<'s>>],
    sink: &mut S,
) -> Result<(), S::Error> {
    match (occurrence, inputs.get_mut(occurrence_at(occurrence))) {
        (Occurrence::Table { city, .. }, Some((_, Checked::Table(table)))) => {
            // Taken, not borrowed: each city's texts are freed once the sink has them, so
            // the table and a catalog built from it are not held whole at once.
            if let Some(city) = table.cities.get_mut(city) {
                emit_items(&std::mem::take(&mut city.items), sink)?;
            }
        }
        (Occurrence::Table { input, city }, Some((src, Checked::Csv(table)))) => {
            if let Some(rdr) = csv.get_mut(input) {
                let rdr = rdr.get_or_insert_with(|| Rereader::new(src, table.layout));
                rdr.each(table, city, |row| {
                    sink.item(&row.title(), Text::Clean(&row.description()), false)
                })?;
            }
        }
        (Occurrence::Group { group, .. }, Some((src, Checked::Grouped { groups, .. }))) => {
            if let Some(group) = groups.get(group) {
                let mut out = Emit {
                    sink: &mut *sink,
                    error: None,
                };
                // The first pass checked these rows: reading them again cannot fail.
                let _ = passes::rescan(src, group, &mut out);
                if let Some(e) = out.error {
                    return Err(e);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

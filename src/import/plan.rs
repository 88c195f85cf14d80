//! An import in two passes, linear in the input. The first pass checks every input and keeps
//! per grouped export only its groups (name, count, where its rows are); the second reads
//! each group's rows again and hands them to the sink as it goes. Only a city that occurs
//! in more than one input (or comes from an item view) is held in memory, to be merged.

use std::collections::{HashMap, HashSet};

use super::checked::Checked;
use super::clean;
use super::columns::ColumnNames;
use super::fused::{self, Fused};
use super::grouped::Scanner;
use super::input::{Format, Request, Source};
use super::itemview;
use super::located::ImportError;
use super::merge::{self, Origin, Placed};
use super::names::{self, Place, Suspects};
use super::passes::{self, Emit, FirstPass, Materialize};
use super::sink::{Sink, Stop, Text};
use super::sniff::detect_with;
use super::table;
use super::tables;
use super::titles;
use super::views::{infer_city, note_view_suspects};
use crate::model::Item;

/// Where a city of the output comes from.
#[derive(Clone, Copy)]
enum Occurrence {
    Group { input: usize, group: usize },
    View { input: usize },
    Table { input: usize, city: usize },
}

struct CityPlan {
    name: String,
    first: Place,
    occurrences: Vec<Occurrence>,
}

/// An input after the first pass, with its source.
type Input<'s> = (&'s Source, Checked);

/// Per input (in order) what its first pass kept, the titles that hid something, and what
/// `--verbose` tells.
type InputsRead = (Vec<Option<Checked>>, Suspects, Vec<String>);

/// A city found in an input: its name, where, and (unless inferred) how it was written.
type Found = (String, Option<Place>, Occurrence);

/// Imports every input into `sink`: grouped exports first (they name the cities and the
/// titles), then item views, merged city by city in input order.
///
/// Returns what `--verbose` tells about SharePoint's own exports: the columns used and
/// ignored, attachments unknown, pages announced.
///
/// # Errors
/// The first bad input, located, before anything reaches the sink; or the sink's error.
pub fn import_into<S: Sink>(req: Request<'_>, sink: &mut S) -> Result<Vec<String>, Stop<S::Error>> {
    import_into_with(req, &ColumnNames::default(), sink)
}

/// `import_into`, with the columns of SharePoint's own exports named.
///
/// # Errors
/// As `import_into`.
pub fn import_into_with<S: Sink>(
    mut req: Request<'_>,
    columns: &ColumnNames<'_>,
    sink: &mut S,
) -> Result<Vec<String>, Stop<S::Error>> {
    let formats = req
        .sources
        .iter()
        .map(|src| detect_with(src, columns))
        .collect::<Result<Vec<_>, _>>()?;
    if let ([src], [Format::Grouped], None) = (&*req.sources, formats.as_slice(), req.city)
        && sink.discards_on_error()
        && let Fused::Done = fused::import(src, sink)?
    {
        return Ok(Vec::new());
    }
    let (kinds, suspects, notes) = read_inputs(&mut req, columns, &formats)?;
    let mut inputs: Vec<Input<'_>> = req
        .sources
        .iter()
        .zip(kinds)
        .filter_map(|(src, kind)| kind.map(|k| (src, k)))
        .collect();
    let mut plans = plan_cities(&inputs, req.city)?;
    if inputs
        .iter()
        .any(|(_, kind)| matches!(kind, Checked::Table(_)))
    {
        // SharePoint's exports carry no order of cities: the grouped view's is by name.
        plans.sort_by_cached_key(|p| table::sort_key(&p.name));
    }
    let chapter = titles::chapter(&inputs)?;
    if !suspects.is_empty() {
        titles::check_titles(&inputs, &suspects)?;
    }
    let merged = merge_cities(&inputs, &plans)?;
    emit(&mut inputs, &plans, merged, &chapter, sink).map_err(Stop::Sink)?;
    Ok(notes)
}

/// Every input, read: a grouped export by its first pass, an item view whole and with its
/// city (given, or inferred from the grouped exports), a table whole; and the titles that
/// hid something. A table's text, once read, is freed when the request owns it.
fn read_inputs(
    req: &mut Request<'_>,
    columns: &ColumnNames<'_>,
    formats: &[Format],
) -> Result<InputsRead, ImportError> {
    let any_view = formats.contains(&Format::ItemView);
    let mut known = if any_view {
        std::mem::take(&mut req.known_titles)
    } else {
        HashSet::new()
    };
    let mut suspects = Suspects::default();
    let mut kinds: Vec<Option<Checked>> = Vec::with_capacity(formats.len());
    for (src, format) in req.sources.iter().zip(formats) {
        kinds.push(match format {
            Format::Grouped => Some(first_pass(
                src,
                any_view.then_some(&mut known),
                &mut suspects,
            )?),
            Format::ItemView | Format::Csv | Format::Json => None,
        });
    }
    let notes = tables::read_tables(
        &mut req.sources,
        columns,
        formats,
        &mut kinds,
        &mut suspects,
    )?;
    let city = req.city.map(clean::norm).filter(|c| !c.is_empty());
    for (i, src) in req.sources.iter().enumerate() {
        if formats[i] == Format::ItemView {
            let mut view = itemview::parse(src, "", &known)?;
            note_view_suspects(src, &view, &mut suspects);
            view.cities[0].name = match &city {
                Some(city) => city.clone().into_owned(),
                None => infer_city(src, &view, &req.sources, &kinds)?,
            };
            kinds[i] = Some(Checked::View(view));
        }
    }
    if let (Some(city), false) = (req.city, any_view) {
        let file = req.sources.first().map_or("-", |s| s.name.as_str());
        return Err(ImportError::new(
            file,
            1,
            format!(
                "--city {city} given, but no input is an item view: the grouped export names its own cities"
            ),
        ));
    }
    Ok((kinds, suspects, notes))
}

fn first_pass(
    src: &Source,
    titles: Option<&mut HashSet<String>>,
    suspects: &mut Suspects,
) -> Result<Checked, ImportError> {
    let mut pass = FirstPass {
        file: &src.name,
        titles,
        first_chapter: None,
        suspects,
    };
    let scanner = Scanner::new(src, &mut pass).scan(&src.text)?;
    let (chapter, groups) = (scanner.chapter, scanner.groups);
    Ok(Checked::Grouped {
        chapter: chapter.or(pass.first_chapter),
        groups,
    })
}

/// The cities an input holds, where and how each is written.
fn cities_in(input: usize, src: &Source, kind: &Checked, city_arg: Option<&str>) -> Vec<Found> {
    match kind {
        Checked::Grouped { groups, .. } => groups
            .iter()
            .enumerate()
            .map(|(group, g)| {
                let place = Place {
                    file: src.name.clone(),
                    line: g.header_line,
                    raw: g.raw_name.clone(),
                };
                (
                    g.name.clone(),
                    Some(place),
                    Occurrence::Group { input, group },
                )
            })
            .collect(),
        Checked::View(view) => {
            // An inferred city is spelled as the group it was found in.
            let place = city_arg.map(|raw| Place {
                file: src.name.clone(),
                line: 1,
                raw: raw.to_owned(),
            });
            vec![(
                view.cities[0].name.clone(),
                place,
                Occurrence::View { input },
            )]
        }
        Checked::Table(table) => table
            .cities
            .iter()
            .enumerate()
            .map(|(city, c)| {
                (
                    c.name.clone(),
                    Some(c.place.clone()),
                    Occurrence::Table { input, city },
                )
            })
            .collect(),
    }
}

/// The cities of the output in order of first appearance, each with where it occurs. Two
/// spellings of one name that differ only by what cannot be seen are refused.
fn plan_cities(
    inputs: &[(&Source, Checked)],
    city_arg: Option<&str>,
) -> Result<Vec<CityPlan>, ImportError> {
    let mut plans: Vec<CityPlan> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (input, (src, kind)) in inputs.iter().enumerate() {
        let found = cities_in(input, src, kind, city_arg);
        for (name, place, occurrence) in found {
            if let Some(&at) = by_name.get(&name) {
                let plan: &mut CityPlan = &mut plans[at];
                if let Some(place) = place.filter(|p| names::look_alike(&plan.first.raw, &p.raw)) {
                    return Err(names::look_alike_error("city", &plan.first, &place));
                }
                plan.occurrences.push(occurrence);
            } else {
                by_name.insert(name.clone(), plans.len());
                let first = place.unwrap_or_else(|| Place {
                    file: src.name.clone(),
                    line: 1,
                    raw: name.clone(),
                });
                plans.push(CityPlan {
                    name,
                    first,
                    occurrences: vec![occurrence],
                });
            }
        }
    }
    Ok(plans)
}

/// The cities that need merging (several occurrences, or an item view), merged.
fn merge_cities<'a>(
    inputs: &'a [(&'a Source, Checked)],
    plans: &[CityPlan],
) -> Result<HashMap<usize, Vec<Item>>, ImportError> {
    let mut merged = HashMap::new();
    for (at, plan) in plans.iter().enumerate() {
        // A city from one group or one table alone is emitted from where it is: a copy of a
        // table's items would hold every text twice.
        if let [Occurrence::Group { .. } | Occurrence::Table { .. }] = plan.occurrences.as_slice() {
            continue;
        }
        let mut into: Option<Placed<'a>> = None;
        for &occurrence in &plan.occurrences {
            let from = placed(inputs, occurrence)?;
            into = Some(match into {
                None => from,
                Some(into) => merge::merge_city(&plan.name, into, from)?,
            });
        }
        merged.insert(at, into.map(|p| p.items).unwrap_or_default());
    }
    Ok(merged)
}

fn placed<'a>(
    inputs: &'a [(&'a Source, Checked)],
    occurrence: Occurrence,
) -> Result<Placed<'a>, ImportError> {
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
        _ => {}
    }
    Ok(out)
}

fn occurrence_input<'a>(
    inputs: &'a [(&'a Source, Checked)],
    occurrence: Occurrence,
) -> Option<(&'a Source, &'a Checked)> {
    let (Occurrence::Group { input, .. }
    | Occurrence::View { input }
    | Occurrence::Table { input, .. }) = occurrence;
    inputs.get(input).map(|(src, kind)| (*src, kind))
}

fn emit_items<S: Sink>(items: &[Item], sink: &mut S) -> Result<(), S::Error> {
    for item in items {
        sink.item(&item.title, Text::Clean(&item.description), item.attachment)?;
    }
    Ok(())
}

/// The second pass: every city in order, straight from its group's rows or from memory.
fn emit<S: Sink>(
    inputs: &mut [(&Source, Checked)],
    plans: &[CityPlan],
    mut merged: HashMap<usize, Vec<Item>>,
    chapter: &str,
    sink: &mut S,
) -> Result<(), S::Error> {
    sink.begin(chapter)?;
    for (at, plan) in plans.iter().enumerate() {
        sink.city(&plan.name)?;
        if let Some(items) = merged.remove(&at) {
            emit_items(&items, sink)?;
        } else if let [Occurrence::Table { input, city }] = plan.occurrences.as_slice()
            && let Some((_, Checked::Table(table))) = inputs.get_mut(*input)
            && let Some(city) = table.cities.get_mut(*city)
        {
            // Taken, not borrowed: each city's texts are freed once the sink has them, so
            // the table and a catalog built from it are not held whole at once.
            emit_items(&std::mem::take(&mut city.items), sink)?;
        } else if let [occurrence @ Occurrence::Group { group, .. }] = plan.occurrences.as_slice()
            && let Some((src, Checked::Grouped { groups, .. })) =
                occurrence_input(inputs, *occurrence)
            && let Some(group) = groups.get(*group)
        {
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
        sink.end_city()?;
    }
    sink.end()
}

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
use super::names::{self, Place, Suspects};
use super::occurrence::{CityPlan, Input, Occurrence, Plans, name_of, occurrence_at};
use super::order;
use super::passes::FirstPass;
use super::second;
use super::sink::{Sink, Stop};
use super::sniff::detect_with;
use super::tables;
use super::titles;
use super::views::{infer_city, note_view_suspects};
use crate::strings::import as say;

/// Per input (in order) what its first pass kept, the titles that hid something, and what
/// `--verbose` tells.
type InputsRead = (Vec<Option<Checked>>, Suspects, Vec<String>);

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
    if let Plans::Several(plans) = &mut plans
        && inputs
            .iter()
            .any(|(_, kind)| matches!(kind, Checked::Table(_) | Checked::Csv(_)))
    {
        // SharePoint's exports carry no order of cities: the grouped view's is by name (a
        // table alone is in it already).
        let sorted = order::by_name(plans, |p| name_of(&inputs, p.first));
        order::apply(plans, sorted);
    }
    let chapter = titles::chapter(&inputs)?;
    if !suspects.is_empty() {
        titles::check_titles(&inputs, &suspects)?;
    }
    let merged = second::merge_cities(&inputs, &plans)?;
    second::emit(&mut inputs, &plans, merged, &chapter, sink).map_err(Stop::Sink)?;
    Ok(notes)
}

/// Every input, read: a grouped export by its first pass, an item view whole and with its
/// city (given, or inferred from the grouped exports), a table whole; and the titles that
/// hid something. A JSON page's text, once read, is freed when the request owns it; a CSV's
/// is read again.
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
        return Err(ImportError::new(file, 1, say::city_without_view(city)));
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

/// How many cities an input holds, and the occurrence of each (by input and index).
fn occurrences_of(kind: &Checked) -> (usize, fn(usize, usize) -> Occurrence) {
    match kind {
        Checked::Grouped { groups, .. } => (groups.len(), |input, group| Occurrence::Group {
            input,
            group,
        }),
        Checked::View(_) => (1, |input, _| Occurrence::View { input }),
        Checked::Table(table) => (table.cities.len(), |input, city| Occurrence::Table {
            input,
            city,
        }),
        Checked::Csv(table) => (table.cities.len(), |input, city| Occurrence::Table {
            input,
            city,
        }),
    }
}

/// The cities an input holds, in its order.
fn occurrences_in(input: usize, kind: &Checked) -> impl Iterator<Item = Occurrence> {
    let (count, at) = occurrences_of(kind);
    (0..count).map(move |i| at(input, i))
}

/// Where and how an occurrence writes its city; `None` for an item view's inferred city.
fn place_of(inputs: &[Input<'_>], occurrence: Occurrence, city_arg: Option<&str>) -> Option<Place> {
    let (src, kind) = inputs.get(occurrence_at(occurrence))?;
    let place = |line, raw: &str| Place {
        file: src.name.clone(),
        line,
        raw: raw.to_owned(),
    };
    match (occurrence, kind) {
        (Occurrence::Group { group, .. }, Checked::Grouped { groups, .. }) => {
            let g = groups.get(group)?;
            Some(place(g.header_line, &g.raw_name))
        }
        // An inferred city is spelled as the group it was found in.
        (Occurrence::View { .. }, Checked::View(_)) => city_arg.map(|raw| place(1, raw)),
        (Occurrence::Table { city, .. }, Checked::Table(table)) => {
            table.cities.get(city).map(|c| c.place.clone())
        }
        (Occurrence::Table { city, .. }, Checked::Csv(table)) => table.place(src, city),
        _ => None,
    }
}

/// The cities of the output in order of first appearance, each with where it occurs. Two
/// spellings of one name that differ only by what cannot be seen are refused.
fn plan_cities(inputs: &[Input<'_>], city_arg: Option<&str>) -> Result<Plans, ImportError> {
    if let [(_, kind)] = inputs {
        let (count, at) = occurrences_of(kind);
        return Ok(Plans::Alone { count, at });
    }
    let mut plans: Vec<CityPlan> = Vec::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (input, (_, kind)) in inputs.iter().enumerate() {
        for occurrence in occurrences_in(input, kind) {
            let name = name_of(inputs, occurrence);
            let Some(&at) = by_name.get(name) else {
                by_name.insert(name, plans.len());
                plans.push(CityPlan {
                    first: occurrence,
                    more: Vec::new(),
                });
                continue;
            };
            let plan: &mut CityPlan = &mut plans[at];
            if let Some(place) = place_of(inputs, occurrence, city_arg) {
                let first = place_of(inputs, plan.first, city_arg).unwrap_or_else(|| Place {
                    file: inputs[occurrence_at(plan.first)].0.name.clone(),
                    line: 1,
                    raw: name.to_owned(),
                });
                if names::look_alike(&first.raw, &place.raw) {
                    return Err(names::look_alike_error(&say::CITY_WORD, &first, &place));
                }
            }
            plan.more.push(occurrence);
        }
    }
    Ok(Plans::Several(plans))
}

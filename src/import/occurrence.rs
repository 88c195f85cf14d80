//! Where each city of an import's output comes from: the plan the first pass makes and the
//! second follows. A leaf both share.

use super::checked::Checked;
use super::input::Source;

/// Where a city of the output comes from.
#[derive(Clone, Copy)]
pub(super) enum Occurrence {
    Group { input: usize, group: usize },
    View { input: usize },
    Table { input: usize, city: usize },
}

/// A city of the output among several inputs: where it first occurs, and where else.
pub(super) struct CityPlan {
    pub first: Occurrence,
    /// Where else it occurs, to be merged with the first.
    pub more: Vec<Occurrence>,
}

/// The cities of the output, in order.
pub(super) enum Plans {
    /// Those of the only input, in its order, each once: nothing to hold for them (a table
    /// of many cities would have a plan per city held all through the import).
    Alone {
        count: usize,
        at: fn(usize, usize) -> Occurrence,
    },
    Several(Vec<CityPlan>),
}

impl Plans {
    /// Per city, where it first occurs and where else.
    pub fn iter(&self) -> impl Iterator<Item = (Occurrence, &[Occurrence])> {
        let (count, at, several): (_, fn(usize, usize) -> Occurrence, _) = match self {
            Plans::Alone { count, at } => (*count, *at, &[][..]),
            // None alone: the function is never called.
            Plans::Several(plans) => (0, |input, _| Occurrence::View { input }, &plans[..]),
        };
        let alone = (0..count).map(move |i| (at(0, i), &[][..]));
        alone.chain(several.iter().map(|p| (p.first, p.more.as_slice())))
    }
}

/// An input after the first pass, with its source.
pub(super) type Input<'s> = (&'s Source, Checked);

/// The input an occurrence is in.
pub(super) fn occurrence_at(occurrence: Occurrence) -> usize {
    let (Occurrence::Group { input, .. }
    | Occurrence::View { input }
    | Occurrence::Table { input, .. }) = occurrence;
    input
}

/// The name of the city an occurrence is of, as its input keeps it: the plan holds none of
/// its own (for a table of many cities, a copy of each name would be held all through).
pub(super) fn name_of<'a>(inputs: &'a [Input<'_>], occurrence: Occurrence) -> &'a str {
    let kind = inputs.get(occurrence_at(occurrence)).map(|(_, kind)| kind);
    let name = match (occurrence, kind) {
        (Occurrence::Group { group, .. }, Some(Checked::Grouped { groups, .. })) => {
            groups.get(group).map(|g| &g.name)
        }
        (Occurrence::View { .. }, Some(Checked::View(view))) => {
            view.cities.first().map(|c| &c.name)
        }
        (Occurrence::Table { city, .. }, Some(Checked::Table(table))) => {
            table.cities.get(city).map(|c| &c.name)
        }
        (Occurrence::Table { city, .. }, Some(Checked::Csv(table))) => return table.name(city),
        _ => None,
    };
    name.map_or("", String::as_str)
}

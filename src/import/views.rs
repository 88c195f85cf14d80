//! Item views in an import: where their titles are written, and which city they belong to
//! when `--city` does not say.

use std::collections::HashMap;

use super::checked::Checked;
use super::clean;
use super::input::{Parsed, Source};
use super::located::ImportError;
use super::names::{Place, Suspects};
use super::passes::{self, Matches};
use crate::model::Item;
use crate::strings::import as say;

/// The raw text of the given lines (ascending line numbers), in one walk over the source.
fn raw_lines<'a>(src: &'a Source, numbers: &[usize]) -> Vec<&'a str> {
    let mut wanted = numbers.iter().peekable();
    src.lines()
        .filter(|(no, _)| wanted.next_if(|w| **w == *no).is_some())
        .map(|(_, raw)| raw)
        .collect()
}

pub(super) fn view_places<'a>(
    src: &'a Source,
    view: &'a Parsed,
) -> impl Iterator<Item = (&'a Item, Place)> {
    let lines = &view.title_lines[0];
    let raws = raw_lines(src, lines);
    view.cities[0]
        .items
        .iter()
        .zip(lines.iter().zip(raws))
        .map(|(item, (&line, raw))| {
            let place = Place {
                file: src.name.clone(),
                line,
                raw: raw.to_owned(),
            };
            (item, place)
        })
}

pub(super) fn note_view_suspects(src: &Source, view: &Parsed, suspects: &mut Suspects) {
    for (item, place) in view_places(src, view) {
        if clean::hides_something(&place.raw) {
            suspects.note(&item.title, || place);
        }
    }
}

/// The city an item view belongs to: the grouped city that shares the most identical items
/// with it (items with a text), when exactly one shares the most. A city that several
/// inputs hold counts once.
pub(super) fn infer_city(
    src: &Source,
    view: &Parsed,
    sources: &[Source],
    kinds: &[Option<Checked>],
) -> Result<String, ImportError> {
    let scores = shared_items(view, sources, kinds)?;
    let mut ranked: Vec<(usize, &str)> = scores
        .iter()
        .map(|(name, hit)| (hit.iter().filter(|h| **h).count(), name.as_str()))
        .filter(|(n, _)| *n > 0)
        .collect();
    ranked.sort_by_key(|s| std::cmp::Reverse(s.0));
    let unknown =
        |why: String| ImportError::new(&src.name, 1, say::VIEW_NAMES_NO_CITY).with_detail(why);
    match ranked.as_slice() {
        [(_, name)] => Ok((*name).to_owned()),
        [(a, name), (b, _), ..] if a > b => Ok((*name).to_owned()),
        [] => Err(unknown(say::VIEW_MATCHES_NO_CITY.into())),
        [(best, _), ..] => Err(unknown(say::view_matches_several(
            &ranked
                .iter()
                .filter(|r| r.0 == *best)
                .map(|r| r.1)
                .collect::<Vec<_>>()
                .join(", "),
        ))),
    }
}

/// Per grouped city (by name, in order of first appearance), which of the view's items it
/// has: one pass over every group, building only the texts of rows titled like a view item.
fn shared_items(
    view: &Parsed,
    sources: &[Source],
    kinds: &[Option<Checked>],
) -> Result<Vec<(String, Vec<bool>)>, ImportError> {
    let items = &view.cities[0].items;
    let mut matches = Matches {
        index: items
            .iter()
            .enumerate()
            .filter(|(_, it)| !it.description.is_empty())
            .map(|(i, it)| {
                (
                    (it.title.as_str(), it.description.as_str(), it.attachment),
                    i,
                )
            })
            .collect(),
        titles: items.iter().map(|it| it.title.as_str()).collect(),
        hit: Vec::new(),
    };
    let mut scores: Vec<(String, Vec<bool>)> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (src, kind) in sources.iter().zip(kinds) {
        let Some(Checked::Grouped { groups, .. }) = kind else {
            continue;
        };
        for group in groups {
            let at = *by_name.entry(group.name.clone()).or_insert_with(|| {
                scores.push((group.name.clone(), vec![false; items.len()]));
                scores.len() - 1
            });
            matches.hit = std::mem::take(&mut scores[at].1);
            passes::rescan(src, group, &mut matches)?;
            scores[at].1 = std::mem::take(&mut matches.hit);
        }
    }
    Ok(scores)
}

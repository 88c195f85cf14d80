//! The title filter over a `Catalog`'s folded titles and names: which items a query
//! matches (the browser, as it is typed) and how well (the `filter` command). Both share
//! a large catalog out over the cores; each part is one pass in source order.

use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::syntax::Query;
use crate::catalog::Catalog;
use crate::parallel;

/// Below this many items to test, starting a thread costs more than it saves.
const ALONE: usize = 20_000;

/// Threads for `count` items to test: one per core, or one alone for a few.
fn threads_for(count: usize) -> usize {
    if count < ALONE { 1 } else { parallel::cores() }
}

/// `count` split into `parts` runs of about equal length, in order.
fn runs(count: usize, parts: usize) -> impl Iterator<Item = Range<usize>> {
    let per = count.div_ceil(parts.max(1)).max(1);
    (0..count)
        .step_by(per)
        .map(move |from| from..count.min(from + per))
}

/// Runs `work` on each of `threads` runs of `0..count` (on threads of their own when more
/// than one) and joins what they give in order.
fn shared_out<T: Send>(
    threads: usize,
    count: usize,
    work: impl Fn(Range<usize>) -> Vec<T> + Sync,
) -> Vec<T> {
    let mut all = Vec::new();
    let joined = parallel::fan_out(runs(count, threads), work, |mut part| {
        // The first part taken as it is: a single run (most keystrokes) is never copied.
        if all.is_empty() {
            all = part;
        } else {
            all.append(&mut part);
        }
    });
    joined.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    all
}

/// Visits the items at `positions` (ascending, as a previous result is) with the folded
/// name of their city, looked up once per city met, not per item.
fn each_with_city(
    catalog: &Catalog,
    positions: impl Iterator<Item = usize>,
    mut visit: impl FnMut(usize, &str),
) {
    let (mut city, mut name) = (0..0, "");
    for at in positions {
        if !city.contains(&at) {
            let Some(id) = catalog.id_at(at) else {
                continue;
            };
            city = catalog.city_positions(id.city);
            name = catalog.folded_city(id.city);
        }
        visit(at, name);
    }
}

/// Visits the items of a run of positions city by city: no test per item of where its
/// city ends.
fn each_in_run(catalog: &Catalog, run: Range<usize>, mut visit: impl FnMut(usize, &str)) {
    let Some(first) = catalog.id_at(run.start) else {
        return;
    };
    for city in first.city..catalog.city_count() {
        let positions = catalog.city_positions(city);
        if positions.start >= run.end {
            break;
        }
        let name = catalog.folded_city(city);
        for at in positions.start.max(run.start)..positions.end.min(run.end) {
            visit(at, name);
        }
    }
}

/// Positions of the items the query matches, in source order, tested only among `within`
/// when given (the previous result of a query this one narrows).
#[must_use]
pub fn filter(catalog: &Catalog, query: &Query, within: Option<&[u32]>) -> Vec<u32> {
    filter_on(None, catalog, query, within)
}

/// `filter` on `threads` threads (`None`: as many as pay for the items to test).
fn filter_on(
    threads: Option<usize>,
    catalog: &Catalog,
    query: &Query,
    within: Option<&[u32]>,
) -> Vec<u32> {
    let count = within.map_or(catalog.len(), <[u32]>::len);
    let threads = threads.unwrap_or_else(|| threads_for(count));
    shared_out(threads, count, |run| {
        let mut out = Vec::new();
        let mut test = |at: usize, city: &str| {
            if query.matches(catalog.folded_title_at(at), city) {
                out.push(u32::try_from(at).unwrap_or(u32::MAX));
            }
        };
        match within {
            Some(candidates) => {
                let positions = candidates[run].iter().map(|&at| at as usize);
                each_with_city(catalog, positions, &mut test);
            }
            None => each_in_run(catalog, run, &mut test),
        }
        out
    })
}

/// The query's matches, best first (the command line's order); ties keep source order.
#[must_use]
pub fn ranked(catalog: &Catalog, query: &Query) -> Vec<u32> {
    ranked_on(None, catalog, query)
}

/// `ranked` on `threads` threads (`None`: as many as pay).
fn ranked_on(threads: Option<usize>, catalog: &Catalog, query: &Query) -> Vec<u32> {
    let threads = threads.unwrap_or_else(|| threads_for(catalog.len()));
    let mut scored = shared_out(threads, catalog.len(), |run| {
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut scored: Vec<(i64, u32)> = Vec::new();
        each_in_run(catalog, run, |at, city| {
            if let Some(score) = query.score(&matcher, catalog.folded_title_at(at), city) {
                scored.push((score, u32::try_from(at).unwrap_or(u32::MAX)));
            }
        });
        scored
    });
    scored.sort_unstable_by_key(|(score, i)| (std::cmp::Reverse(*score), *i));
    scored.into_iter().map(|(_, i)| i).collect()
}

/// The best-scoring of `within` (positions the query matches, ascending): the first of
/// the best, or `keep` when it scores as high, so a key that keeps the selection among
/// the best does not move it. Items matched by their note alone score lowest; among
/// equals an item with text beats an empty heading (not where a reader wants to be).
#[must_use]
pub fn best(catalog: &Catalog, query: &Query, within: &[u32], keep: Option<u32>) -> Option<u32> {
    let threads = threads_for(within.len());
    let scored = shared_out(threads, within.len(), |run| {
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut top: Option<((i64, bool), u32)> = None;
        let positions = within[run].iter().map(|&at| at as usize);
        each_with_city(catalog, positions, |at, city| {
            let score = query
                .score(&matcher, catalog.folded_title_at(at), city)
                .unwrap_or(i64::MIN);
            let score = (score, catalog.chars_at(at) > 0);
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            if top.is_none_or(|(s, _)| score > s || (score == s && Some(at) == keep)) {
                top = Some((score, at));
            }
        });
        top.into_iter().collect()
    });
    let mut top: Option<((i64, bool), u32)> = None;
    for (score, at) in scored {
        if top.is_none_or(|(s, _)| score > s || (score == s && Some(at) == keep)) {
            top = Some((score, at));
        }
    }
    top.map(|(_, at)| at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{City, Dataset, city_with_titles};

    #[test]
    fn filter_and_rank() {
        let c = Catalog::new(Dataset {
            cities: ["Gent", "Genk"]
                .iter()
                .map(|n| City {
                    name: (*n).into(),
                    ..city_with_titles(&["Lokale woonraad", "Overleg"])
                })
                .collect(),
            ..Dataset::default()
        });
        assert_eq!(filter(&c, &Query::parse("raad"), None), [0, 2]);
        assert_eq!(filter(&c, &Query::parse("raad gent"), None), [0]);
        assert_eq!(filter(&c, &Query::parse("raad !gent"), Some(&[0, 2])), [2]);
        assert_eq!(filter(&c, &Query::parse("o"), Some(&[3])), [3]);
        assert_eq!(
            ranked(&c, &Query::parse("gen")),
            [0, 1, 2, 3],
            "ties in source order"
        );
        assert_eq!(ranked(&c, &Query::parse("overleg genk")), [3]);
    }

    /// Every match, found the plain way: one test per item, in order.
    fn one_by_one(catalog: &Catalog, query: &Query, within: &[u32]) -> Vec<u32> {
        within
            .iter()
            .copied()
            .filter(|&at| {
                let id = catalog.id_at(at as usize).unwrap();
                query.matches(
                    catalog.folded_title_at(at as usize),
                    catalog.folded_city(id.city),
                )
            })
            .collect()
    }

    #[test]
    fn a_catalog_shared_out_over_threads_gives_what_one_pass_gives() {
        for per_city in [7, 1_000, 60_000] {
            let c = Catalog::new(crate::synth::dataset(crate::synth::Shape {
                items: 3 * ALONE + 11,
                items_per_city: per_city,
                description_len: 0,
                seed: 7,
            }));
            let all: Vec<u32> = (0..u32::try_from(c.len()).unwrap()).collect();
            let every_third: Vec<u32> = all.iter().copied().step_by(3).collect();
            for (q, threads) in ["woonr", "raad !gent", "^over", "1"].iter().zip(1..) {
                let q = Query::parse(q);
                let found = filter_on(Some(threads), &c, &q, None);
                assert!(!found.is_empty(), "{q:?} {per_city}");
                assert_eq!(found, one_by_one(&c, &q, &all), "{q:?} {per_city}");
                assert_eq!(
                    filter_on(Some(threads + 1), &c, &q, Some(&every_third)),
                    one_by_one(&c, &q, &every_third),
                    "{q:?} {per_city} {threads}"
                );
                let mut best_first = ranked_on(Some(threads + 2), &c, &q);
                best_first.sort_unstable();
                assert_eq!(best_first, found, "{q:?} {per_city} {threads}");
                assert_eq!(filter(&c, &q, None), found, "as many threads as cores");
            }
        }
    }

    #[test]
    fn runs_cover_every_position_once_in_order() {
        for count in [0, 1, 2, 7, 20_000, 20_001] {
            for parts in 1..=9 {
                let runs: Vec<_> = runs(count, parts).collect();
                assert!(runs.len() <= parts.max(1), "{count} {parts}");
                let flat: Vec<usize> = runs.iter().flat_map(Clone::clone).collect();
                assert_eq!(flat, (0..count).collect::<Vec<_>>(), "{count} {parts}");
                assert!(runs.iter().all(|r| !r.is_empty()));
            }
        }
    }
}

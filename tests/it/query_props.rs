//! Properties of the filter that examples cannot pin down. `PROPTEST_CASES=100000 cargo
//! test --release --test it query_props` runs them longer than CI does.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;
use woonbeleid::catalog::Catalog;
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::query::{Query, filter, is_subsequence};
use woonbeleid::text::{FoldedLine, fold};

fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-eA-EéÉöÖëçøß İ.\u{a0}-]{0,24}").unwrap()
}

fn dataset() -> impl Strategy<Value = Dataset> {
    proptest::collection::vec((text(), proptest::collection::vec(text(), 0..6)), 0..5).prop_map(
        |cities| Dataset {
            chapter: String::new(),
            aliases: Vec::new(),
            cities: cities
                .into_iter()
                .map(|(name, titles)| City {
                    name,
                    items: titles
                        .into_iter()
                        .map(|title| Item {
                            title,
                            description: String::new(),
                            attachment: false,
                        })
                        .collect(),
                })
                .collect(),
        },
    )
}

/// 2000 in CI; `PROPTEST_CASES` asks for more.
fn cases() -> u32 {
    crate::common::env_or("PROPTEST_CASES", 2000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// The fast subsequence test decides exactly what fuzzy-matcher decides.
    #[test]
    fn subsequence_agrees_with_fuzzy_matcher(hay in text(), needle in text()) {
        let (hay, needle) = (fold(&hay), fold(&needle));
        let needle: String = needle.split_whitespace().collect();
        let matcher = SkimMatcherV2::default().ignore_case();
        prop_assert_eq!(is_subsequence(&hay, &needle), matcher.fuzzy_match(&hay, &needle).is_some());
    }

    /// Narrowing from the previous result gives what a full scan gives.
    #[test]
    fn narrowing_equals_a_full_scan(data in dataset(), typed in "[a-e éö'!^$|]{0,8}") {
        let catalog = Catalog::new(data);
        let mut previous: Option<(Query, Vec<u32>)> = None;
        for end in (0..=typed.len()).filter(|e| typed.is_char_boundary(*e)) {
            let query = Query::parse(&typed[..end]);
            let within = previous.as_ref().filter(|(p, _)| query.narrows(p)).map(|(_, m)| m.as_slice());
            let fast = filter(&catalog, &query, within);
            prop_assert_eq!(&fast, &filter(&catalog, &query, None), "query {:?}", &typed[..end]);
            previous = Some((query, fast));
        }
    }

    /// Every range found in folded text maps back to a whole run of original chars that
    /// folds to the needle.
    #[test]
    fn found_ranges_are_what_was_searched(line in text(), needle in "[a-eéö ]{1,3}") {
        let needle = fold(&needle);
        let folded = FoldedLine::new(&line);
        for r in folded.find_all(&needle) {
            prop_assert!(line.is_char_boundary(r.start) && line.is_char_boundary(r.end));
            prop_assert!(fold(&line[r.clone()]).contains(&needle), "{:?} in {:?}", &line[r], line);
        }
        prop_assert_eq!(folded.find_all(&needle).len(), folded.text.matches(needle.as_str()).count());
    }

    /// Highlighted positions are real char positions of the text, never out of range.
    #[test]
    fn highlights_stay_inside_the_text(title in text(), typed in "[a-e éö'!^$|]{0,8}") {
        let n = title.chars().count();
        prop_assert!(Query::parse(&typed).highlight(&title).iter().all(|&i| i < n));
    }
}

fn texts() -> impl Strategy<Value = Dataset> {
    let line = proptest::string::string_regex("[abé \n]{0,12}").unwrap();
    proptest::collection::vec(proptest::collection::vec(line, 0..5), 0..4).prop_map(|cities| {
        Dataset {
            chapter: String::new(),
            aliases: Vec::new(),
            cities: cities
                .into_iter()
                .enumerate()
                .map(|(i, texts)| City {
                    name: format!("C{i}"),
                    items: texts
                        .into_iter()
                        .map(|description| Item {
                            title: "T".into(),
                            description,
                            attachment: false,
                        })
                        .collect(),
                })
                .collect(),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]
    /// The lines counted during the scan are the lines found by folding each text and
    /// counting the newlines before each hit: each line with a hit once, in order.
    #[test]
    fn lines_counted_in_the_scan_are_the_lines_read_back(data in texts(), needle in "[abé \n]{1,3}") {
        use woonbeleid::query::{Needle, search, search_lines};
        let catalog = Catalog::new(data);
        let Some(needle) = Needle::new(&needle) else { return Ok(()) };
        let hits = search(&catalog, &needle, &|| true).unwrap();
        let mut read_back: Vec<(u32, u32)> = hits
            .iter()
            .map(|h| {
                let text = fold(&catalog.text(catalog.id_at(h.item as usize).unwrap()));
                (h.item, text[..h.at as usize].matches('\n').count() as u32)
            })
            .collect();
        read_back.dedup();
        let counted: Vec<(u32, u32)> = search_lines(&catalog, &needle)
            .unwrap()
            .iter()
            .map(|l| (l.item, l.line))
            .collect();
        prop_assert_eq!(counted, read_back);
    }
}

/// Ranking shared out over threads (large datasets) gives the order one thread gives.
#[test]
fn ranking_on_several_threads_is_the_order_of_one() {
    use woonbeleid::query::ranked;
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 50_000,
        items_per_city: 7,
        description_len: 0,
        seed: 9,
    });
    let catalog = Catalog::new(data);
    let matcher = SkimMatcherV2::default().ignore_case();
    for typed in ["woonr", "o", "lok 'overleg", "!raad", "zzzz"] {
        let query = Query::parse(typed);
        let mut one: Vec<(i64, u32)> = (0..catalog.len())
            .filter_map(|at| {
                let city = catalog.folded_city(catalog.id_at(at).unwrap().city);
                let score = query.score(&matcher, catalog.folded_title_at(at), city)?;
                Some((score, at as u32))
            })
            .collect();
        one.sort_by_key(|(score, at)| (std::cmp::Reverse(*score), *at));
        let one: Vec<u32> = one.into_iter().map(|(_, at)| at).collect();
        assert_eq!(ranked(&catalog, &query), one, "{typed}");
    }
}

fn edits() -> impl Strategy<Value = Vec<woonbeleid::app::Edit>> {
    use woonbeleid::app::Edit;
    // Typing, taking back and moving about as the input line allows: a char typed in the
    // middle makes a query that narrows no result kept, a word taken back several at once.
    proptest::collection::vec(
        prop_oneof![
            6 => proptest::sample::select(vec!['a', 'b', 'c', 'é', ' ', '!', '^', '$', '\''])
                .prop_map(Edit::Insert),
            4 => Just(Edit::DeleteBack),
            1 => Just(Edit::DeleteForward),
            1 => Just(Edit::Left),
            1 => Just(Edit::Right),
            1 => Just(Edit::WordLeft),
            1 => Just(Edit::End),
            1 => Just(Edit::DeleteWordBack),
            1 => Just(Edit::DeleteToStart),
        ],
        0..32,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases() / 4))]

    /// In the browser, whatever was typed, taken back or typed in the middle, what the
    /// filter shows is what a full scan of the text in the input line matches: results
    /// taken back from earlier keys included.
    #[test]
    fn typing_and_backspacing_shows_what_a_full_scan_matches(data in dataset(), keys in edits()) {
        use std::sync::Arc;
        use woonbeleid::app::{Action, App, Find};
        let catalog = Catalog::new(data.clone());
        let mut app = App::new(Arc::new(Catalog::new(data)), 100, 30);
        app.update(Action::Open(Find::Filter));
        for key in keys {
            app.update(Action::Edit(key));
            let typed = app.typed(Find::Filter);
            let query = Query::parse(typed);
            let shown: Vec<u32> = (0..catalog.len())
                .filter(|&p| app.narrowing().is_none_or(|n| n.wants(p)))
                .map(|p| u32::try_from(p).unwrap())
                .collect();
            if query.is_empty() {
                prop_assert_eq!(shown.len(), catalog.len(), "typed {:?}", typed);
            } else {
                prop_assert_eq!(&shown, &filter(&catalog, &query, None), "typed {:?}", typed);
            }
        }
    }
}

//! Properties of the filter that examples cannot pin down. `PROPTEST_CASES=100000 cargo
//! test --release --test query_props` runs them longer than CI does.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;
use woonbeleid::catalog::Catalog;
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::query::{FoldedLine, Query, filter, fold, is_subsequence};

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
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
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
    fn narrowing_equals_a_full_scan(data in dataset(), typed in "[a-e éö'!^$]{0,8}") {
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
    fn highlights_stay_inside_the_text(title in text(), typed in "[a-e éö'!^$]{0,8}") {
        let n = title.chars().count();
        prop_assert!(Query::parse(&typed).highlight(&title).iter().all(|&i| i < n));
    }
}

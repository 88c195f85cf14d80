//! Round trip: any dataset written as the web list's grouped export imports back to the
//! same dataset, as the importer's clean-up leaves it (U+00A0 as a space, no trailing
//! blanks, no blank lines around a text). A dataset the format cannot carry without
//! ambiguity (a text line that reads as its own city's row end, a title that does) must
//! be refused, never guessed at. `ROUNDTRIP_CASES=100000` runs it longer than CI.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use woonbeleid::import::{self, Request, Source, clean};
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::synth::grouped_export;

const CITIES: &[&str] = &[
    "Aalst",
    "Gent",
    "Genk",
    "Sint-Niklaas",
    "Zoë-les-Bains",
    "Ieper 🏠",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::string::string_regex("[a-zA-Zéëïöüç ]{1,12}").unwrap(),
        Just("Eénmaal".to_owned()),
        Just("🏠 wonen".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("Bijlage".to_owned()),
        (0..CITIES.len()).prop_map(|i| CITIES[i].to_owned()),
        (0..CITIES.len()).prop_map(|i| format!("Bijlage{}", CITIES[i])),
        Just(" • opsomming".to_owned()),
        Just("B. OVERLEG".to_owned()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(word(), 1..4).prop_map(|w| w.join(" ")),
        1 => word(),
        1 => Just(String::new()),
        1 => Just("\u{a0}".to_owned()),
    ]
}

fn item() -> impl Strategy<Value = Item> {
    (
        proptest::collection::vec(word(), 1..3),
        proptest::collection::vec(line(), 0..8),
        any::<bool>(),
    )
        .prop_map(|(title, lines, attachment)| Item {
            title: title.join(" "),
            description: lines.join("\n"),
            attachment,
        })
}

fn dataset() -> impl Strategy<Value = Dataset> {
    proptest::collection::vec(proptest::collection::vec(item(), 0..6), 1..=CITIES.len()).prop_map(
        |cities| Dataset {
            chapter: "1. LOKAAL WOONBELEID COÖRDINEREN".into(),
            cities: cities
                .into_iter()
                .enumerate()
                .map(|(i, items)| City {
                    name: CITIES[i].to_owned(),
                    items,
                })
                .collect(),
            aliases: Vec::new(),
        },
    )
}

/// The dataset as the importer's clean-up leaves it.
fn cleaned(d: &Dataset) -> Dataset {
    Dataset {
        chapter: clean::norm(&d.chapter).into_owned(),
        cities: d
            .cities
            .iter()
            .map(|c| City {
                name: c.name.clone(),
                items: c
                    .items
                    .iter()
                    .map(|i| Item {
                        title: clean::norm(&i.title).into_owned(),
                        description: clean::description(i.description.split('\n')),
                        attachment: i.attachment,
                    })
                    .collect(),
            })
            .collect(),
        aliases: Vec::new(),
    }
}

/// A line the grouped format would read as the end of a row of `city`.
fn ends_row(line: &str, city: &str) -> bool {
    let line = clean::norm(line);
    line == city
        || line
            .strip_prefix("Bijlage")
            .is_some_and(|rest| rest.trim_start() == city)
}

/// What the format cannot carry: a title that is blank or reads as a row end, a text line
/// that reads as a row end of its own city.
fn ambiguous(d: &Dataset) -> bool {
    d.cities.iter().any(|c| {
        c.items.iter().any(|i| {
            clean::norm(&i.title).is_empty()
                || ends_row(&i.title, &c.name)
                || i.description.split('\n').any(|l| ends_row(l, &c.name))
        })
    })
}

#[test]
fn grouped_export_round_trips_or_is_refused() {
    let cases = std::env::var("ROUNDTRIP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1500);
    let mut runner = TestRunner::new(Config {
        cases,
        rng_seed: RngSeed::Fixed(0x2026),
        failure_persistence: None,
        ..Config::default()
    });
    let (carried, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    runner
        .run(&dataset(), |d| {
            let sources = [Source::new("export.txt", grouped_export(&d))];
            let result = import::import(&Request {
                sources: &sources,
                ..Request::default()
            });
            if ambiguous(&d) {
                prop_assert!(
                    result.is_err(),
                    "an ambiguous dataset was guessed at: {:?}",
                    result
                );
                refused.set(refused.get() + 1);
            } else {
                prop_assert_eq!(
                    result.map_err(|e| TestCaseError::fail(e.to_string()))?,
                    cleaned(&d)
                );
                carried.set(carried.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    let (carried, refused) = (carried.get(), refused.get());
    eprintln!("round trip: {carried} carried, {refused} refused as ambiguous");
    assert!(
        carried > 100 && refused > 100,
        "both kinds must be exercised: {carried} / {refused}"
    );
}

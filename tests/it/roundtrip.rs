//! Round trip: any dataset written as the web list's grouped export imports back to the
//! same dataset, as the importer's clean-up leaves it (U+00A0 as a space, no trailing
//! blanks, no blank lines around a text). A dataset the format cannot carry without
//! ambiguity (a text line that reads as its own city's row end, a title that does or
//! that reads as a group header) must be refused, never guessed at. The same for one city
//! written as an item view, whose ambiguities are read as the README documents. The
//! generator mixes in every line the grammar gives a meaning to (chrome, headers complete
//! and broken, `Bijlage`, city names, the chapter, U+00A0 lines, section-like titles).
//! `ROUNDTRIP_CASES=100000` runs it longer than CI.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use woonbeleid::import::{self, Request, Source, clean};
use woonbeleid::model::{City, Dataset, Item, Level};
use woonbeleid::store::{self, RonWriter, Tail};
use woonbeleid::synth::{grouped_export, item_view_export};

const CITIES: &[&str] = &[
    "Aalst",
    "Gent",
    "Genk",
    "Sint-Niklaas",
    "Zoë-les-Bains",
    "Ieper 🏠",
];

/// Lines with a meaning somewhere in one of the two formats.
const STRUCTURAL: &[&str] = &[
    "TitelFilterBeschrijvingFilter",
    "Sorteren op bijlagenDruk op Shift+ENTER om het menu te openen (nieuw venster)",
    "Titel",
    "Beschrijving",
    "Bewerken",
    "Bijlage",
    "Bijlage\u{a0}",
    "1. LOKAAL WOONBELEID COÖRDINEREN",
    "\u{a0} \u{a0}",
    "Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Gent (2)",
    "Uitvouwen/samenvouwen Stad : Aalst",
    "Uitvouwen/samenvouwen Stad : Aalst (-1)",
    "A. INTERNE ORGANISATIE",
    "A. De stad overlegt.",
    "Lokaal woonoverleg",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::string::string_regex("[a-zA-Zéëïöüç ]{1,12}").unwrap(),
        1 => Just("Eénmaal".to_owned()),
        1 => Just("🏠 wonen".to_owned()),
        1 => Just("\u{a0}".to_owned()),
        1 => (0..CITIES.len()).prop_map(|i| CITIES[i].to_owned()),
        1 => (0..CITIES.len()).prop_map(|i| format!("Bijlage{}", CITIES[i])),
        1 => Just(" • opsomming".to_owned()),
        2 => (0..STRUCTURAL.len()).prop_map(|i| STRUCTURAL[i].to_owned()),
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::collection::vec(word(), 1..4).prop_map(|w| w.join(" ")),
        2 => word(),
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

fn cleaned_city(c: &City) -> City {
    City {
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
    }
}

/// The dataset as the importer's clean-up leaves it.
fn cleaned(d: &Dataset) -> Dataset {
    Dataset {
        chapter: clean::norm(&d.chapter).into_owned(),
        cities: d.cities.iter().map(cleaned_city).collect(),
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

/// A title that starts like a group header: where a title stands, a header may too.
fn reads_as_header(title: &str) -> bool {
    clean::norm(title)
        .strip_prefix("Uitvouwen/samenvouwen ")
        .is_some_and(|rest| rest.contains(':'))
}

/// What the grouped format cannot carry: a title that is blank, reads as a row end or as a
/// group header, a text line that reads as a row end of its own city.
fn ambiguous(d: &Dataset) -> bool {
    d.cities.iter().any(|c| {
        c.items.iter().any(|i| {
            clean::norm(&i.title).is_empty()
                || ends_row(&i.title, &c.name)
                || reads_as_header(&i.title)
                || i.description.split('\n').any(|l| ends_row(l, &c.name))
        })
    })
}

/// The dataset as `import` writes it: in one pass when `provisional`, else in two.
fn ron_of(sources: &[Source], provisional: bool) -> String {
    let mut out = Vec::new();
    let mut ron = RonWriter::new(&mut out, Tail::default());
    if provisional {
        ron = ron.provisional();
    }
    let req = Request {
        sources: Cow::Borrowed(sources),
        ..Request::default()
    };
    assert!(import::import_into(req, &mut ron).is_ok());
    drop(ron);
    String::from_utf8(out).unwrap()
}

fn runner(default_cases: u32, seed: u64) -> TestRunner {
    let cases = crate::common::env_or("ROUNDTRIP_CASES", default_cases);
    TestRunner::new(Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn grouped_export_round_trips_or_is_refused() {
    let mut runner = runner(1500, 0x2026);
    let (carried, refused) = (Cell::new(0), Cell::new(0));
    runner
        .run(&dataset(), |d| {
            let sources = [Source::new("export.txt", grouped_export(&d))];
            let result = import::import(Request {
                sources: Cow::Borrowed(&sources),
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
                let got = result.map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(&got, &cleaned(&d));
                // One pass (to a file) and two (to stdout) write the same bytes.
                prop_assert_eq!(ron_of(&sources, true), store::to_ron(&got));
                prop_assert_eq!(ron_of(&sources, false), store::to_ron(&got));
                carried.set(carried.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    let (carried, refused) = (carried.get(), refused.get());
    eprintln!("grouped round trip: {carried} carried, {refused} refused as ambiguous");
    assert!(
        carried > 100 && refused > 100,
        "both kinds must be exercised: {carried} / {refused}"
    );
}

/// The titles an item view is imported with: every title the generator may write.
fn known() -> HashSet<String> {
    [
        "Lokaal woonoverleg",
        "Lokale woonraad",
        "Overleg andere actoren",
    ]
    .map(String::from)
    .into()
}

/// Whether a (cleaned) line may start a row of an item view: known, or numbered in capitals.
fn title_like(line: &str, known: &HashSet<String>) -> bool {
    known.contains(line)
        || (Level::of(line) != Level::Subsection && !line.chars().any(char::is_lowercase))
}

/// What the item view cannot carry as written, by the README's rules: a title that cannot
/// start a row (blank, unknown and unnumbered, or `Bijlage`), a text line that can start
/// one right after a blank or `Bijlage` line, and a last row whose text ends in `Bijlage`.
fn view_ambiguous(city: &City, known: &HashSet<String>) -> bool {
    let last = city.items.len().saturating_sub(1);
    city.items.iter().enumerate().any(|(n, i)| {
        let title = clean::norm(&i.title);
        if title.is_empty() || title == "Bijlage" || (n > 0 && !title_like(&title, known)) {
            return true;
        }
        let lines: Vec<_> = i.description.split('\n').map(clean::norm).collect();
        let splits = lines
            .windows(2)
            .any(|w| (w[0].is_empty() || w[0] == "Bijlage") && title_like(&w[1], known));
        let last_text = lines.iter().rev().find(|l| !l.is_empty());
        splits || (n == last && last_text.is_some_and(|l| l == "Bijlage"))
    })
}

fn view_city() -> impl Strategy<Value = City> {
    let title = prop_oneof![
        3 => (0..3usize).prop_map(|i| ["Lokaal woonoverleg", "Lokale woonraad", "Overleg andere actoren"][i].to_owned()),
        1 => Just("B. OVERLEG".to_owned()),
        1 => Just("1. LOKAAL WOONBELEID COÖRDINEREN".to_owned()),
        1 => word(),
    ];
    let item = (
        title,
        proptest::collection::vec(line(), 0..8),
        any::<bool>(),
    )
        .prop_map(|(title, lines, attachment)| Item {
            title,
            description: lines.join("\n"),
            attachment,
        });
    proptest::collection::vec(item, 1..6).prop_map(|items| City {
        name: "Gent".into(),
        items,
    })
}

#[test]
fn item_view_round_trips_or_reads_as_documented() {
    let mut runner = runner(1500, 0x1717);
    let (carried, ambiguous_seen) = (Cell::new(0), Cell::new(0));
    let known = known();
    runner
        .run(&view_city(), |city| {
            let sources = [Source::new("view.txt", item_view_export(&city))];
            let result = import::import(Request {
                sources: Cow::Borrowed(&sources),
                city: Some("Gent"),
                known_titles: known.clone(),
            });
            if view_ambiguous(&city, &known) {
                ambiguous_seen.set(ambiguous_seen.get() + 1);
                return Ok(());
            }
            let got = result.map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&got.cities, &vec![cleaned_city(&city)]);
            carried.set(carried.get() + 1);
            Ok(())
        })
        .unwrap();
    let (carried, ambiguous_seen) = (carried.get(), ambiguous_seen.get());
    eprintln!("item view round trip: {carried} carried, {ambiguous_seen} ambiguous");
    assert!(
        carried > 100 && ambiguous_seen > 100,
        "{carried} / {ambiguous_seen}"
    );
}

//! Fuzzing the importer with proptest (cargo-fuzz needs a nightly toolchain, which this
//! project's machines cannot fetch): arbitrary bytes and mutated real exports must give a
//! dataset or a located error, never a panic.
//!
//! CI runs a bounded number of cases from a fixed seed. A long campaign:
//! `FUZZ_CASES=2000000 FUZZ_SEED=$RANDOM cargo test --release --test it fuzz_import -- --nocapture`

use std::borrow::Cow;
use std::collections::HashSet;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use woonbeleid::import::{self, Request, Source};

const GROUPED: &str = include_str!("../../assets/raw/centrumsteden-grouped.txt");
const ITEM_VIEW: &str = include_str!("../../assets/raw/gent-itemview.txt");

fn config(default_cases: u64) -> Config {
    Config {
        cases: crate::common::env_or("FUZZ_CASES", default_cases) as u32,
        rng_seed: RngSeed::Fixed(crate::common::env_or("FUZZ_SEED", 0x5EED)),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Lines that matter to the parsers, to splice into real exports.
const PIECES: &[&str] = &[
    "Aalst",
    "BijlageAalst",
    "Bijlage",
    "Gent",
    "\u{a0}",
    "",
    "Bewerken",
    "Titel",
    "Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Aalst (7)",
    "Uitvouwen/samenvouwen Stad : Gent (0)",
    "Uitvouwen/samenvouwen Stad :  (3)",
    "Uitvouwen/samenvouwen Stad : X (99999999999999999999)",
    "1. LOKAAL WOONBELEID COÖRDINEREN",
    "B. OVERLEG",
    "Lokaal woonoverleg",
    "TitelFilter",
    "\u{1b}[31m",
    "\u{feff}",
    "\r",
    "é\u{301}",
    "📎",
    "\u{202e}x",
];

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLines(usize, usize),
    DuplicateLine(usize),
    InsertPiece(usize, usize),
    FlipByte(usize, u8),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..20usize).prop_map(|(a, n)| Mutation::DeleteLines(a, n)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), 0..PIECES.len()).prop_map(|(a, p)| Mutation::InsertPiece(a, p)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::FlipByte(a, b)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(seed: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut lines: Vec<Vec<u8>> = seed.split('\n').map(|l| l.as_bytes().to_vec()).collect();
    for m in mutations {
        let n = lines.len().max(1);
        match *m {
            Mutation::DeleteLines(at, k) => {
                let at = at % n;
                lines.drain(at..(at + k).min(lines.len()));
            }
            Mutation::DuplicateLine(at) => {
                if let Some(l) = lines.get(at % n).cloned() {
                    lines.insert(at % n, l);
                }
            }
            Mutation::InsertPiece(at, p) => {
                lines.insert((at % n).min(lines.len()), PIECES[p].as_bytes().to_vec());
            }
            Mutation::FlipByte(at, b) => {
                if let Some(l) = lines.get_mut(at % n).filter(|l| !l.is_empty()) {
                    let i = at % l.len();
                    l[i] = b;
                }
            }
            Mutation::Truncate(at) => lines.truncate(at % n + 1),
        }
    }
    lines.join(&b'\n')
}

/// The whole import path, as the command line runs it: decode, detect, parse, merge.
fn import_bytes(inputs: &[Vec<u8>], city: Option<&str>) {
    let mut sources = Vec::new();
    for (i, bytes) in inputs.iter().enumerate() {
        let name = format!("in{i}.txt");
        match import::decode(&name, bytes) {
            Ok(text) => sources.push(Source::new(name, text)),
            Err(e) => {
                assert_eq!(e.file, name);
                assert!(e.line >= 1);
                return;
            }
        }
    }
    let known: HashSet<String> = ["Lokaal woonoverleg", "Lokale woonraad"]
        .map(String::from)
        .into();
    match import::import(Request {
        sources: Cow::Borrowed(&sources),
        city,
        known_titles: known,
    }) {
        Ok(data) => {
            for c in &data.cities {
                for item in &c.items {
                    assert!(
                        !item
                            .description
                            .chars()
                            .any(|ch| ch.is_control() && ch != '\n')
                    );
                    assert_eq!(item.title, item.title.trim());
                }
            }
        }
        Err(e) => {
            assert!(e.line >= 1, "{e}");
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut runner = TestRunner::new(config(3000));
    let start = std::time::Instant::now();
    runner
        .run(&proptest::collection::vec(any::<u8>(), 0..2048), |bytes| {
            import_bytes(&[bytes], None);
            Ok(())
        })
        .unwrap();
    eprintln!(
        "arbitrary bytes: {} cases in {:?}",
        runner.config().cases,
        start.elapsed()
    );
}

/// Texts built from lines the parsers care about and arbitrary Unicode lines.
#[test]
fn line_soup_never_panics() {
    let mut runner = TestRunner::new(config(2000));
    let line = prop_oneof![
        (0..PIECES.len()).prop_map(|i| PIECES[i].to_owned()),
        any::<String>()
    ];
    let start = std::time::Instant::now();
    runner
        .run(
            &(proptest::collection::vec(line, 0..80), any::<bool>()),
            |(lines, view)| {
                let header = if view { "Titel\nBewerken\n" } else { "" };
                import_bytes(
                    &[format!("{header}{}", lines.join("\n")).into_bytes()],
                    view.then_some("Gent"),
                );
                Ok(())
            },
        )
        .unwrap();
    eprintln!(
        "line soup: {} cases in {:?}",
        runner.config().cases,
        start.elapsed()
    );
}

#[test]
fn mutated_exports_never_panic() {
    let start = std::time::Instant::now();
    let mut runner = TestRunner::new(config(300));
    let strategy = (
        proptest::collection::vec(mutation(), 1..12),
        proptest::collection::vec(mutation(), 0..6),
        any::<bool>(),
    );
    runner
        .run(
            &strategy,
            |(grouped_mutations, view_mutations, with_city)| {
                let grouped = mutate(GROUPED, &grouped_mutations);
                let view = mutate(ITEM_VIEW, &view_mutations);
                import_bytes(std::slice::from_ref(&grouped), None);
                import_bytes(std::slice::from_ref(&view), with_city.then_some("Gent"));
                import_bytes(&[grouped, view], None);
                Ok(())
            },
        )
        .unwrap();
    eprintln!(
        "mutated exports: {} cases in {:?}",
        runner.config().cases,
        start.elapsed()
    );
}

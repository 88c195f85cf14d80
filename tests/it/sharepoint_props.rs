//! Any dataset (texts mixing bullets, indents, blank lines, markup characters, quotes,
//! commas and colons) written as SharePoint writes it (CSV plain and rich, REST, Graph)
//! imports back to itself; and no soup of the pieces these formats are made of panics the
//! importer. `SHAREPOINT_CASES=5000` runs it longer.

use crate::common::writers;
use std::borrow::Cow;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use woonbeleid::import::{self, ColumnNames, Request, Source, clean};
use woonbeleid::model::{City, Dataset, Item};

const CITIES: [&str; 5] = ["Aalst", "Brugge", "Genk", "Gent", "Sint-Niklaas"];

fn cases() -> u32 {
    crate::common::env_or("SHAREPOINT_CASES", 64)
}

fn line() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "wonen",
        "OCMW",
        "Coördinatie",
        "x",
        "a&b",
        "<b>",
        "1:2",
        "\"citaat\"",
        "komma,",
        "•",
        "&#58;",
        "é",
    ]);
    let sep = prop::sample::select(vec![" ", "  ", ", ", ": ", "\u{a0}", " & ", "   "]);
    let lead = prop::sample::select(vec!["", " • ", "  ", "  • ", " "]);
    (lead, prop::collection::vec((word, sep), 0..6)).prop_map(|(lead, parts)| {
        let mut s = lead.to_owned();
        for (w, sep) in parts {
            s.push_str(w);
            s.push_str(sep);
        }
        s
    })
}

fn item() -> impl Strategy<Value = Item> {
    let title = prop::sample::select(vec![
        "Lokaal woonoverleg",
        "Overleg: andere",
        "B. OVERLEG",
        "Titel \"x\", y",
    ]);
    (title, prop::collection::vec(line(), 0..8), any::<bool>()).prop_map(
        |(title, lines, attachment)| Item {
            title: title.to_owned(),
            description: clean::description(lines.iter().map(String::as_str)),
            attachment,
        },
    )
}

fn dataset() -> impl Strategy<Value = Dataset> {
    prop::collection::vec(prop::collection::vec(item(), 1..5), 1..=CITIES.len()).prop_map(
        |cities| {
            let cities: Vec<City> = cities
                .into_iter()
                .zip(CITIES)
                .map(|(items, name)| City {
                    name: name.to_owned(),
                    items,
                })
                .collect();
            Dataset {
                chapter: String::new(),
                cities,
                aliases: Vec::new(),
            }
        },
    )
}

fn import_files(files: &[Vec<u8>]) -> Result<Dataset, import::ImportError> {
    import_files_with(files, &ColumnNames::default())
}

fn import_files_with(
    files: &[Vec<u8>],
    columns: &ColumnNames<'_>,
) -> Result<Dataset, import::ImportError> {
    let sources: Vec<Source> = files
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let name = format!("f{i}");
            Source::new(&name, import::decode(&name, bytes).unwrap())
        })
        .collect();
    import::import_with(
        Request {
            sources: Cow::Borrowed(&sources),
            ..Request::default()
        },
        columns,
    )
}

fn without_attachments(mut data: Dataset) -> Dataset {
    for item in data.cities.iter_mut().flat_map(|c| &mut c.items) {
        item.attachment = false;
    }
    data
}

#[test]
fn any_dataset_comes_back_through_every_route() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        ..Config::default()
    });
    runner
        .run(&dataset(), |data| {
            let rows = writers::interleaved(&data);
            let plain = without_attachments(data.clone());
            let rich = import_files(&[writers::csv(&rows, true, "\r\n")]).unwrap();
            prop_assert_eq!(&rich, &plain);
            let csv = import_files(&[writers::csv(&rows, false, "\n")]).unwrap();
            prop_assert_eq!(&csv, &plain);
            let columns = ColumnNames {
                description: Some("Korte beschrijving"),
                ..ColumnNames::default()
            };
            let schema = import_files_with(&[writers::csv_with_schema(&rows)], &columns).unwrap();
            prop_assert_eq!(&schema, &plain);
            let rest = import_files(&writers::rest_verbose(&rows, 3)).unwrap();
            prop_assert_eq!(&rest, &data);
            let graph = import_files(&writers::graph(&rows, 4)).unwrap();
            prop_assert_eq!(&graph, &plain);
            Ok(())
        })
        .unwrap();
}

#[test]
fn soups_of_sharepoint_pieces_never_panic() {
    let piece = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"value\"",
        "\"d\"",
        "\"results\"",
        "\"fields\"",
        "\"id\"",
        "\"Title\"",
        "\"Stad\"",
        "\"StadId\"",
        "\"Beschrijving\"",
        "\"Attachments\"",
        "null",
        "true",
        "1",
        "\"x\"",
        "\"<div class=\\\"ExternalClass1\\\"><ul><li>\"",
        "\"",
        "\n",
        "\r\n",
        "ListSchema=",
        "Titel,Beschrijving,Stad",
        "\"Titel\",\"Stad\"",
        "WEB",
        "https://x/owssvr.dll",
        "<p><br></p>",
        "&#58;",
        "\u{a0}",
        "Gent",
        "\"\"",
        "__deferred",
        "@odata.nextLink",
    ]);
    let mut runner = TestRunner::new(Config {
        cases: cases() * 8,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(piece, 1..60), |pieces| {
            let text = pieces.concat();
            let sources = [Source::new("soup", text)];
            let _ = import::import(Request {
                sources: Cow::Borrowed(&sources),
                ..Request::default()
            });
            Ok(())
        })
        .unwrap();
}

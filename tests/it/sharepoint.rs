//! The oracle for SharePoint's own exports: the seeds' 90 items, written by these tests in
//! every shape SharePoint exports (CSV with and without schema, REST verbose and light,
//! Graph), import back to the very dataset the copied grouped export gives.

use crate::common;
use crate::common::writers;
use std::borrow::Cow;

use common::cli::{assert_refused, run, stderr, write};
use woonbeleid::import::{self, ColumnNames, Request, Source};
use woonbeleid::model::Dataset;
use writers::{Row, interleaved};

const GROUPED: &str = include_str!("../../assets/raw/centrumsteden-grouped.txt");
const VIEW: &str = include_str!("../../assets/raw/gent-itemview.txt");

/// The seeds as the existing importer reads them.
fn seeds() -> Dataset {
    let sources = [Source::new("grouped", GROUPED), Source::new("view", VIEW)];
    import::import(Request {
        sources: Cow::Borrowed(&sources),
        ..Request::default()
    })
    .unwrap()
}

fn without_attachments(mut data: Dataset) -> Dataset {
    for item in data.cities.iter_mut().flat_map(|c| &mut c.items) {
        item.attachment = false;
    }
    data
}

fn rows() -> Vec<Row> {
    let rows = interleaved(&seeds());
    assert_eq!(rows.len(), 90);
    rows
}

/// Files (decoded as the command decodes them) imported together.
fn import_files(
    files: &[Vec<u8>],
    columns: ColumnNames<'_>,
) -> Result<Dataset, import::ImportError> {
    let sources: Vec<Source> = files
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let name = format!("page{}", i + 1);
            Source::new(&name, import::decode(&name, bytes).unwrap())
        })
        .collect();
    import::import_with(
        Request {
            sources: Cow::Borrowed(&sources),
            ..Request::default()
        },
        &columns,
    )
}

fn assert_same(got: &Dataset, want: &Dataset) {
    assert_eq!(got.chapter, want.chapter);
    let names = |d: &Dataset| d.cities.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(got), names(want));
    for (g, w) in got.cities.iter().zip(&want.cities) {
        for (gi, wi) in g.items.iter().zip(&w.items) {
            assert_eq!(gi, wi, "{}", g.name);
        }
        assert_eq!(g.items.len(), w.items.len(), "{}", g.name);
    }
    assert_eq!(got, want);
}

#[test]
fn the_seeds_are_interleaved_across_cities() {
    let rows = rows();
    assert_ne!(rows[0].city, rows[1].city);
    assert!(rows.iter().any(|r| r.item.description.contains(" • ")));
    assert!(rows.iter().any(|r| r.item.attachment));
}

#[test]
fn csv_with_rich_text_crlf_and_bom() {
    let got = import_files(
        &[writers::csv(&rows(), true, "\r\n")],
        ColumnNames::default(),
    );
    assert_same(&got.unwrap(), &without_attachments(seeds()));
}

#[test]
fn csv_with_plain_text_and_lf() {
    let got = import_files(
        &[writers::csv(&rows(), false, "\n")],
        ColumnNames::default(),
    );
    assert_same(&got.unwrap(), &without_attachments(seeds()));
}

#[test]
fn csv_from_excel_with_semicolons_or_tabs_and_a_sep_line() {
    for separator in [';', '\t', ','] {
        for sep_line in [false, true] {
            let got = import_files(
                &[writers::csv_excel(&rows(), separator, sep_line)],
                ColumnNames::default(),
            );
            let got = got.unwrap_or_else(|e| panic!("{separator:?} {sep_line}: {e}"));
            assert_same(&got, &without_attachments(seeds()));
        }
    }
}

#[test]
fn csv_with_schema_names_columns_by_display_or_internal_name() {
    let file = writers::csv_with_schema(&rows());
    for description in [
        "Korte beschrijving",
        "Korte_x0020_beschrijving",
        "korte beschrijving",
    ] {
        let columns = ColumnNames {
            description: Some(description),
            ..ColumnNames::default()
        };
        let got = import_files(std::slice::from_ref(&file), columns);
        assert_same(&got.unwrap(), &without_attachments(seeds()));
    }
}

#[test]
fn rest_verbose_in_pages() {
    let pages = writers::rest_verbose(&rows(), 40);
    assert_eq!(pages.len(), 3);
    assert_same(
        &import_files(&pages, ColumnNames::default()).unwrap(),
        &seeds(),
    );
}

#[test]
fn rest_light_with_an_encoded_internal_name() {
    let pages = writers::rest_light(&rows(), 25);
    let columns = ColumnNames {
        description: Some("Omschrijving lang"),
        ..ColumnNames::default()
    };
    assert_same(&import_files(&pages, columns).unwrap(), &seeds());
}

#[test]
fn graph_pages_overlapping_and_out_of_order() {
    let mut pages = writers::graph(&rows(), 30);
    pages.reverse();
    let got = import_files(&pages, ColumnNames::default()).unwrap();
    assert_same(&got, &without_attachments(seeds()));
}

#[test]
fn every_route_together_is_one_dataset() {
    let rows = rows();
    let mut files = writers::rest_verbose(&rows, 50);
    files.extend(writers::graph(&rows, 45));
    files.push(writers::csv(&rows, true, "\r\n"));
    files.push(GROUPED.as_bytes().to_vec());
    let got = import_files(&files, ColumnNames::default()).unwrap();
    assert_same(&got, &seeds());
}

#[test]
fn the_command_imports_pages_as_the_copied_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["import".into()];
    for (i, page) in writers::rest_verbose(&rows(), 40).iter().enumerate() {
        args.push(write(dir.path(), &format!("page{i}.json"), page));
    }
    let out = dir.path().join("out.ron");
    args.extend(["-o".into(), out.display().to_string(), "--verbose".into()]);
    args.extend(["--taal".into(), "en".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("fields ignored: 'Co_x00f6_rdinator'") || err.contains("'Coördinator'"),
        "{err}"
    );
    assert!(err.contains("more pages follow"), "{err}");
    let data = woonbeleid::store::load_file(&out).unwrap().split().0;
    assert_eq!(data.cities, seeds().cities);
}

#[test]
fn the_command_says_what_a_csv_leaves_unsaid() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "export.csv",
        &writers::csv(&rows(), true, "\r\n"),
    );
    let o = run(&["import", &f, "--verbose", "--taal", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("columns ignored: 'Gewijzigd door'"), "{err}");
    assert!(err.contains("no item is marked as having one"), "{err}");
    let quiet = run(&["import", &f]);
    assert!(quiet.stderr.is_empty(), "{}", stderr(&quiet));
    assert_eq!(quiet.stdout, o.stdout);
}

#[test]
fn a_query_file_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let iqy = "WEB\r\n1\r\nhttps://x.sharepoint.com/sites/wonen/_vti_bin/owssvr.dll?XMLDATA=1&List={1A2B}&View={3C4D}&RowLimit=0&RootFolder=%2fLists%2fWoonbeleid\r\n\r\nSelection={1A2B}-{3C4D}\r\nEditWebPage=\r\nFormatting=None\r\n";
    let f = write(dir.path(), "query.iqy", iqy.as_bytes());
    assert_refused(&["import", &f], &f, 1, "an Excel web query");
    let o = run(&["import", &f]);
    assert!(stderr(&o).contains("Export to CSV"));
}

#[test]
fn a_graph_page_leaves_empty_descriptions_out() {
    let page = br#"{"value":[{"id":"1","fields":{"Title":"1. HOOFDSTUK","Stad":"Gent"}},{"id":"2","fields":{"Title":"A. EEN","Stad":"Aalst","Attachments":true}}]}"#;
    let got = import_files(&[page.to_vec()], ColumnNames::default()).unwrap();
    let names: Vec<&str> = got.cities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Aalst", "Gent"]);
    assert!(got.cities.iter().all(|c| c.items[0].description.is_empty()));
    assert_eq!(got.chapter, "1. HOOFDSTUK");
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "graph.json", page);
    let err = stderr(&run(&["import", &f, "--verbose", "--taal", "en"]));
    assert!(
        err.contains("no item on this page has a description field"),
        "{err}"
    );
    assert!(err.contains("no 'Attachments' field"), "{err}");
}

#[test]
fn a_graph_page_with_its_text_under_another_name_is_refused_not_emptied() {
    // Graph's own fields and lookups do not count; any other field could be the text.
    let dir = tempfile::tempdir().unwrap();
    for extra in [
        r#""Toelichting":"de tekst""#,
        r#""Korte_x0020_uitleg":"de tekst""#,
    ] {
        let page = format!(
            r#"{{"value":[{{"id":"1","fields":{{"@odata.etag":"x","Title":"A. EEN","Stad":"Gent","ContentType":"Item","AuthorLookupId":"7","_UIVersionString":"1.0",{extra}}}}}]}}"#
        );
        let f = write(dir.path(), "graph.json", page.as_bytes());
        let o = run(&["import", &f]);
        assert_eq!(o.status.code(), Some(1), "{extra}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("--description-column"), "{err}");
        assert!(o.stdout.is_empty());
        let named = run(&["import", &f, "--description-column", "Toelichting"]);
        if extra.contains("Toelichting") {
            assert!(named.status.success(), "{}", stderr(&named));
            assert!(String::from_utf8_lossy(&named.stdout).contains("de tekst"));
        }
    }
}

#[test]
fn prose_with_commas_is_not_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "p.txt",
        b"Dit is, zoals gezegd, gewoon tekst.\nMet nog een regel, ook.\n",
    );
    assert_refused(&["import", &f], &f, 1, "not an export of the list");
    let csv = write(
        dir.path(),
        "c.txt",
        b"Titel,Beschrijving,Stad\nA. EEN,tekst,Gent\n",
    );
    let o = run(&["import", &csv]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn verbose_says_which_fields_were_used_and_which_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let pages = writers::rest_verbose(&rows()[..2], 1);
    let first = write(dir.path(), "p1.json", &pages[0]);
    let o = run(&["import", &first, "--verbose", "--taal", "en"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[..2],
        [
            format!(
                "{first}: a REST (odata=verbose) page: title from 'Title', description from 'Beschrijving', city from 'Stad'"
            ),
            format!(
                "{first}: fields ignored: 'Coördinator', 'FileSystemObjectType', 'ID', 'Id', 'StadId'"
            ),
        ]
    );
    assert!(lines[2].contains("more pages follow (https://"), "{err}");
    assert_eq!(lines.len(), 3, "attachments are known: {err}");
    let light = writers::rest_light(&rows()[..3], 1);
    let second = write(dir.path(), "l2.json", &light[1]);
    let err = stderr(&run(&[
        "import",
        &second,
        "--verbose",
        "--taal",
        "en",
        "--description-column",
        "Omschrijving lang",
    ]));
    assert!(
        err.contains(&format!(
            "{second}: a REST page: title from 'Title', description from 'Omschrijving lang'"
        )),
        "{err}"
    );
    assert!(
        err.contains("more pages follow"),
        "the second page's @odata.nextLink: {err}"
    );
}

#[test]
fn a_lookup_expanded_to_another_field_is_read() {
    let page = br#"{"value":[{"Id":1,"Title":"A. EEN","Beschrijving":null,"Stad":{"odata.type":"SP.Data","Naam":"Gent"}}]}"#;
    let got = import_files(&[page.to_vec()], ColumnNames::default()).unwrap();
    assert_eq!(got.cities[0].name, "Gent");
    assert_eq!(got.cities[0].items[0].description, "");
}

#[test]
fn one_column_is_not_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "t.txt", b"\"Titel\"\n\"A. EEN\"\n");
    assert_refused(&["import", &f], &f, 1, "not an export of the list");
}

#[test]
fn an_export_without_attachments_takes_them_from_one_with() {
    let csv = writers::csv(&rows(), true, "\r\n");
    let got = import_files(
        &[csv.clone(), GROUPED.as_bytes().to_vec()],
        ColumnNames::default(),
    );
    assert_same(&got.unwrap(), &seeds());
    // Once merged, the attachments are known: a third input that tells otherwise differs.
    let page = r#"{"value":[{"Id":1,"Title":"1. LOKAAL WOONBELEID COÖRDINEREN","Beschrijving":null,"Stad":{"Title":"Aalst"},"Attachments":true}]}"#;
    let e = import_files(
        &[csv, GROUPED.as_bytes().to_vec(), page.as_bytes().to_vec()],
        ColumnNames::default(),
    )
    .unwrap_err();
    assert!(e.message.contains("verschilt tussen"), "{e}");
    assert!(e.detail[1].ends_with("attachment: yes"), "{e:?}");
}

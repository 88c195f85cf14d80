//! Bad SharePoint exports, by class: each one `error: FILE:LINE: …` (a JSON path after the
//! line for JSON), exit 1, nothing on stdout, no file written, never a panic.
// The tests of what only Unix has (FIFOs, signals, a shell) are left out elsewhere, and
// with them the use of some imports.
#![cfg_attr(not(unix), allow(unused_imports))]

use crate::common;

use common::cli::{assert_refused, names_in, run, sh, stderr, write};

/// Refused at `line` saying `says`, on stdout and with `-o` (which then writes nothing).
fn refused(name: &str, bytes: &[u8], line: usize, says: &str) {
    refused_with(name, bytes, &[], line, says);
}

fn refused_with(name: &str, bytes: &[u8], extra: &[&str], line: usize, says: &str) {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), name, bytes);
    let mut args = vec!["import", f.as_str()];
    args.extend(extra);
    assert_refused(&args, &f, line, says);
    let out = dir.path().join("out.ron").display().to_string();
    args.extend(["-o", out.as_str()]);
    assert_refused(&args, &f, line, says);
    assert_eq!(names_in(dir.path()), [name], "nothing written");
}

const HEADER: &str = "\"Titel\",\"Beschrijving\",\"Stad\"";

#[cfg(unix)]
#[test]
fn excel_files_say_what_they_are_and_what_to_do() {
    let xlsx = b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml\0\0xl/workbook.xml\0\0";
    refused("lijst.xlsx", xlsx, 1, "een Excel-werkmap (.xlsx)");
    // The content decides, not the name.
    refused("lijst.csv", xlsx, 1, "een Excel-werkmap (.xlsx)");
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "lijst.xlsx", xlsx);
    let o = sh(&format!("\"$BIN\" import - < '{f}'"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: (stdin):1: een Excel-werkmap"),
        "{}",
        stderr(&o)
    );
    let iqy = "WEB\n1\nhttps://x.sharepoint.com/_vti_bin/owssvr.dll?XMLDATA=1&List={A}&View={B}\n\nSelection={A}-{B}\n";
    refused(
        "query.iqy",
        iqy.as_bytes(),
        1,
        "een Excel-webquery (query.iqy",
    );
    refused(
        "query.txt",
        iqy.replace('\n', "\r\n").as_bytes(),
        1,
        "er staan geen gegevens in",
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "query.iqy", iqy.as_bytes());
    assert!(stderr(&run(&["import", &f])).contains("Export > Export to CSV"));
}

#[test]
fn a_csv_row_of_the_wrong_width_is_named() {
    for (bom, nl) in [
        ("\u{feff}", "\r\n"),
        ("", "\n"),
        ("\u{feff}", "\n"),
        ("", "\r\n"),
    ] {
        let text = format!(
            "{bom}{HEADER}{nl}\"A. EEN\",\"twee{nl}regels\",\"Gent\"{nl}\"B. TWEE\",\"x\",\"Gent\",\"extra\"{nl}"
        );
        refused(
            "e.csv",
            text.as_bytes(),
            4,
            "row 2 has 4 cells where the header has 3",
        );
        let short = format!("{bom}{HEADER}{nl}\"A. EEN\",\"Gent\"{nl}");
        refused("e.csv", short.as_bytes(), 2, "row 1 has 2 cells");
    }
    // Excel's semicolons, after its `sep=` line: the lines still count from the top.
    let excel = "sep=;\r\nTitel;Beschrijving;Stad\r\nA. EEN;\"twee\r\nregels\";Gent\r\nB. TWEE;x;Gent;extra\r\n";
    refused(
        "e.csv",
        excel.as_bytes(),
        5,
        "row 2 has 4 cells where the header has 3",
    );
    let unclosed =
        format!("{HEADER}\n\"A. EEN\",\"tekst zonder einde,\"Gent\"\n\"B\",\"x\",\"Gent\"\n");
    refused("e.csv", unclosed.as_bytes(), 2, "row 1 has 2 cells");
}

#[test]
fn a_csv_without_rows_or_columns() {
    refused(
        "e.csv",
        format!("\u{feff}{HEADER}\r\n").as_bytes(),
        1,
        "a header row but no rows",
    );
    refused("e.csv", HEADER.as_bytes(), 1, "a header row but no rows");
    refused("e.csv", b"\xEF\xBB\xBF", 1, "leeg bestand");
    refused("e.csv", b"", 1, "leeg bestand");
    let no_city = "\"Titel\",\"Beschrijving\",\"Gewijzigd\"\n\"A\",\"x\",\"gisteren\"\n";
    refused(
        "e.csv",
        no_city.as_bytes(),
        1,
        "geen stadkolom (gezocht: 'Stad', 'Gemeente', 'City'); de kolommen zijn: 'Titel', 'Beschrijving', 'Gewijzigd'",
    );
    refused_with(
        "e.csv",
        no_city.as_bytes(),
        &["--city-column", "Plaats"],
        1,
        "geen stadkolom (gezocht: 'Plaats')",
    );
    let schema = "ListSchema={\"schemaXmlList\":[\"<Field DisplayName=\\\"Titel\\\" Name=\\\"Title\\\"/>\"]}\n\"Titel\",\"Tekst\",\"Stad\"\n\"A\",\"x\",\"Gent\"\n";
    refused("e.csv", schema.as_bytes(), 2, "geen beschrijvingkolom");
    refused(
        "e.csv",
        b"ListSchema={\"schemaXmlList\":3}\n\"Titel\"\n",
        1,
        "the ListSchema line is not the schema",
    );
}

#[test]
fn a_csv_row_without_title_or_city() {
    refused(
        "e.csv",
        format!("{HEADER}\n,\"x\",\"Gent\"\n").as_bytes(),
        2,
        "no title",
    );
    refused(
        "e.csv",
        format!("{HEADER}\n\"A. EEN\",\"x\",\"\u{a0}\"\n").as_bytes(),
        2,
        "'A. EEN': no city",
    );
    refused(
        "e.csv",
        format!("{HEADER}\n\"A.\nEEN\",\"x\",\"Gent\"\n").as_bytes(),
        2,
        "a title on several lines",
    );
}

#[test]
fn two_exports_that_disagree_name_both() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.csv",
        format!("{HEADER}\n\"A. EEN\",\"oud\",\"Gent\"\n").as_bytes(),
    );
    let b = write(
        dir.path(),
        "b.csv",
        format!("{HEADER}\n\"A. EEN\",\"nieuw\",\"Gent\"\n").as_bytes(),
    );
    assert_refused(
        &["import", &a, &b],
        &b,
        2,
        &format!("Gent: 'A. EEN' differs between {a} and {b}"),
    );
    let same = write(
        dir.path(),
        "c.csv",
        format!("{HEADER}\n\"A. EEN\",\"oud\",\"Gent\"\n").as_bytes(),
    );
    assert_eq!(run(&["import", &a, &same]).status.code(), Some(0));
}

/// A REST light page holding these items.
fn light(items: &str) -> String {
    format!("{{\"odata.metadata\":\"x\",\"value\":[{items}]}}")
}

#[test]
fn a_json_page_of_the_wrong_shape_says_what_it_found() {
    refused(
        "p.json",
        b"[{\"Title\":\"A\"}]",
        1,
        "$: an array where an object belongs",
    );
    refused(
        "p.json",
        b"{\"error\":{\"code\":\"-2147024891\"},\"odata.metadata\":\"x\"}",
        1,
        "its top-level keys are 'error', 'odata.metadata'",
    );
    refused(
        "p.json",
        b"{\"value\":{\"Title\":\"A\"}}",
        1,
        "$.value: an object where an array of items belongs",
    );
    refused(
        "p.json",
        b"{\"d\":[1]}",
        1,
        "$.d: an array where an object belongs",
    );
    refused(
        "p.json",
        b"{\"d\":{\"Title\":\"A\"}}",
        1,
        "$.d: a REST answer without 'results' (its keys: 'Title')",
    );
    refused("p.json", b"{\"value\":[]}", 1, "$.value: an empty page");
    refused(
        "p.json",
        light("{\"Title\":\"A\",\"Stad\":\"Gent\"},\n\"A\"").as_bytes(),
        2,
        "$.value[1]: text where an object belongs",
    );
    refused(
        "p.json",
        b"{\"value\":[\n{\"Title\":\"A\",\n",
        3,
        "not JSON: EOF while parsing",
    );
    refused(
        "p.json",
        b"{\"value\":[{\"fields\":{\"Title\":\"A\"}},{\"id\":\"2\"}]}",
        1,
        "$.value[1]: a Graph item without 'fields'",
    );
    refused(
        "p.json",
        b"{\"value\":[{\"id\":\"1\",\"fields\":[]}]}",
        1,
        "$.value[0].fields: an array where an object of fields belongs",
    );
}

#[test]
fn a_field_of_the_wrong_type_names_its_path() {
    let cases = [
        (
            "{\"Title\":7,\"Beschrijving\":\"\",\"Stad\":\"Gent\"}",
            "$.value[0].Title: a number where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":[\"x\"],\"Stad\":\"Gent\"}",
            "$.value[0].Beschrijving: an array where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":null,\"Stad\":true}",
            "$.value[0].Stad: true or false where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":\"Gent\",\"Attachments\":\"ja\"}",
            "$.value[0].Attachments: text where true or false belongs",
        ),
        (
            "{\"Title\":null,\"Beschrijving\":\"\",\"Stad\":\"Gent\"}",
            "$.value[0].Title: no title",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":null}",
            "$.value[0].Stad: no city",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":{\"Id\":3,\"Code\":9}}",
            "$.value[0].Stad: an expanded lookup without 'Title'",
        ),
    ];
    for (item, says) in cases {
        refused("p.json", light(item).as_bytes(), 1, says);
    }
}

#[test]
fn a_lookup_not_expanded_says_how_to_ask_for_it() {
    let rest = light("{\"Id\":1,\"Title\":\"A\",\"Beschrijving\":\"x\",\"StadId\":3}");
    refused(
        "p.json",
        rest.as_bytes(),
        1,
        "only 'StadId' (its number) is here; ask for $select=Id,Title,Beschrijving,Stad/Title,Attachments&$expand=Stad",
    );
    let own_names = light("{\"Id\":1,\"Title\":\"A\",\"Omschrijving\":\"x\",\"GemeenteId\":3}");
    refused(
        "p.json",
        own_names.as_bytes(),
        1,
        "ask for $select=Id,Title,Omschrijving,Gemeente/Title,Attachments&$expand=Gemeente",
    );
    let verbose = "{\"d\":{\"results\":[{\"Id\":1,\"Title\":\"A\",\"Beschrijving\":\"x\",\"Stad\":{\"__deferred\":{\"uri\":\"u\"}},\"StadId\":3}]}}";
    refused(
        "p.json",
        verbose.as_bytes(),
        1,
        "$.d.results[0].Stad: the city column 'Stad' is a lookup that was not expanded",
    );
    let graph = "{\"value\":[{\"id\":\"1\",\"fields\":{\"Title\":\"A\",\"Beschrijving\":\"x\",\"GemeenteLookupId\":\"3\"}}]}";
    refused(
        "p.json",
        graph.as_bytes(),
        1,
        "only 'GemeenteLookupId' (its number) is here: ask for the items with ?expand=fields(select=Title,Beschrijving,Gemeente,Attachments)",
    );
}

#[test]
fn overlapping_pages_that_disagree_name_both() {
    let dir = tempfile::tempdir().unwrap();
    let item = |text: &str| {
        format!(
            "{{\"id\":\"4\",\"fields\":{{\"Title\":\"A. EEN\",\"Beschrijving\":\"{text}\",\"Stad\":\"Gent\"}}}}"
        )
    };
    let p1 = write(
        dir.path(),
        "p1.json",
        format!("{{\"value\":[{}]}}", item("oud")).as_bytes(),
    );
    let p2 = write(
        dir.path(),
        "p2.json",
        format!("{{\"value\":[\n{}]}}", item("nieuw")).as_bytes(),
    );
    assert_refused(
        &["import", &p1, &p2],
        &p2,
        2,
        &format!("item 4 ('A. EEN') differs between {p1} and {p2}"),
    );
    let o = run(&["import", &p1, &p2]);
    assert!(
        stderr(&o).contains(&format!("{p1}:1: description line 1: «oud»")),
        "{}",
        stderr(&o)
    );
    let p3 = write(
        dir.path(),
        "p3.json",
        format!("{{\"value\":[{}]}}", item("oud")).as_bytes(),
    );
    assert_eq!(run(&["import", &p1, &p3]).status.code(), Some(0));
}

#[test]
fn titles_that_look_alike_but_for_what_cannot_be_seen() {
    let csv = format!(
        "{HEADER}\n\"Lokaal woon\u{200b}overleg\",\"x\",\"Gent\"\n\"Lokaal woonoverleg\",\"y\",\"Aalst\"\n"
    );
    refused("e.csv", csv.as_bytes(), 3, "looks like");
}

#[test]
fn an_attachment_told_otherwise_is_a_difference() {
    let dir = tempfile::tempdir().unwrap();
    let grouped = write(dir.path(), "grouped.txt", common::cli::GROUPED.as_bytes());
    let page = r#"{"value":[{"Id":1,"Title":"1. LOKAAL WOONBELEID COÖRDINEREN","Beschrijving":null,"Stad":{"Title":"Aalst"},"Attachments":true}]}"#;
    let page = write(dir.path(), "page.json", page.as_bytes());
    assert_refused(
        &["import", &grouped, &page],
        &page,
        1,
        "Aalst: '1. LOKAAL WOONBELEID COÖRDINEREN' differs between",
    );
    let o = run(&["import", &grouped, &page]);
    assert!(stderr(&o).contains("attachment: yes"), "{}", stderr(&o));
}

#[test]
fn what_makes_a_file_a_csv() {
    // Two quoted columns are a CSV, missing its description.
    refused(
        "e.csv",
        b"\"Titel\",\"Stad\"\n\"A\",\"Gent\"\n",
        1,
        "geen beschrijvingkolom",
    );
    // Quoted at one end only, and no column anyone asked for: not a CSV.
    refused(
        "e.txt",
        b"\"Foo\",Bar,Baz\n\"1\",2,3\n",
        1,
        "geen export van de lijst",
    );
    // Unquoted, with the names given.
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "e.csv",
        b"T,Omschrijving lang,Plaats\nA. EEN,tekst,Gent\n",
    );
    let named = [
        "--title-column",
        "T",
        "--description-column",
        "Omschrijving lang",
        "--city-column",
        "Plaats",
    ];
    let mut args = vec!["import", f.as_str()];
    args.extend(named);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(common::cli::stdout(&o).contains("\"Gent\""));
}

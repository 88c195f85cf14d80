//! Bad SharePoint exports as CSV (and what is no CSV at all: Excel's files), by class:
//! each one `error: FILE:LINE: …`, exit 1, nothing on stdout, no file written, never a
//! panic. JSON pages are `sharepoint_bad_json.rs`.
// The tests of what only Unix has (FIFOs, signals, a shell) are left out elsewhere, and
// with them the use of some imports.
#![cfg_attr(not(unix), allow(unused_imports))]

use crate::common;

use common::cli::{
    assert_import_refused as refused, assert_import_refused_with as refused_with, assert_refused,
    run, sh, stderr, write,
};

const HEADER: &str = "\"Titel\",\"Beschrijving\",\"Stad\"";

#[cfg(unix)]
#[test]
fn excel_files_say_what_they_are_and_what_to_do() {
    let xlsx = b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml\0\0xl/workbook.xml\0\0";
    refused("lijst.xlsx", xlsx, 1, "an Excel workbook (.xlsx)");
    // The content decides, not the name.
    refused("lijst.csv", xlsx, 1, "an Excel workbook (.xlsx)");
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "lijst.xlsx", xlsx);
    let o = sh(&format!("\"$BIN\" import - < '{f}'"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("fout: (stdin):1: een Excel-werkmap"),
        "{}",
        stderr(&o)
    );
    let iqy = "WEB\n1\nhttps://x.sharepoint.com/_vti_bin/owssvr.dll?XMLDATA=1&List={A}&View={B}\n\nSelection={A}-{B}\n";
    refused(
        "query.iqy",
        iqy.as_bytes(),
        1,
        "an Excel web query (query.iqy",
    );
    refused(
        "query.txt",
        iqy.replace('\n', "\r\n").as_bytes(),
        1,
        "holds no data",
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
            "row 2 has 4 cells where the header has 3: a cell holding a comma,",
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
        "row 2 has 4 cells where the header has 3: a cell holding a semicolon,",
    );
    // Dutch Excel's tab-separated export: the separator named is the one it uses.
    let tabs = "Titel\tBeschrijving\tStad\nA. EEN\tx\tGent\nB. TWEE\tGent\n";
    refused(
        "e.csv",
        tabs.as_bytes(),
        3,
        "row 2 has 2 cells where the header has 3: a cell holding a tab,",
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
    refused("e.csv", b"\xEF\xBB\xBF", 1, "an empty file");
    refused("e.csv", b"", 1, "an empty file");
    let no_city = "\"Titel\",\"Beschrijving\",\"Gewijzigd\"\n\"A\",\"x\",\"gisteren\"\n";
    refused(
        "e.csv",
        no_city.as_bytes(),
        1,
        "no city column (looked for: 'Stad', 'Gemeente', 'City'); the columns are: 'Titel', 'Beschrijving', 'Gewijzigd'",
    );
    refused_with(
        "e.csv",
        no_city.as_bytes(),
        &["--city-column", "Plaats"],
        1,
        "no city column (looked for: 'Plaats')",
    );
    let schema = "ListSchema={\"schemaXmlList\":[\"<Field DisplayName=\\\"Titel\\\" Name=\\\"Title\\\"/>\"]}\n\"Titel\",\"Tekst\",\"Stad\"\n\"A\",\"x\",\"Gent\"\n";
    refused("e.csv", schema.as_bytes(), 2, "no description column");
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

#[test]
fn titles_that_look_alike_but_for_what_cannot_be_seen() {
    let csv = format!(
        "{HEADER}\n\"Lokaal woon\u{200b}overleg\",\"x\",\"Gent\"\n\"Lokaal woonoverleg\",\"y\",\"Aalst\"\n"
    );
    refused("e.csv", csv.as_bytes(), 3, "looks like");
}

#[test]
fn what_makes_a_file_a_csv() {
    // Two quoted columns are a CSV, missing its description.
    refused(
        "e.csv",
        b"\"Titel\",\"Stad\"\n\"A\",\"Gent\"\n",
        1,
        "no description column",
    );
    // Quoted at one end only, and no column anyone asked for: not a CSV.
    refused(
        "e.txt",
        b"\"Foo\",Bar,Baz\n\"1\",2,3\n",
        1,
        "not an export of the list",
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

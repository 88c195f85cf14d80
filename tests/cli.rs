//! The binary as scripts use it: exit codes, one-line errors, the exact output forms.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const GROUPED: &str = include_str!("../assets/raw/centrumsteden-grouped.txt");

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_woonbeleid"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A bad input: the given exit code, stderr starting with `error: FILE:LINE: …`, no panic.
fn assert_refused(args: &[&str], file: &str, line: usize, says: &str) {
    let o = run(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("error: {file}:{line}: ")),
        "{args:?}: {first}"
    );
    assert!(first.contains(says), "{args:?}: {first} (wanted {says:?})");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

#[test]
fn export_json_has_the_thirteen_cities() {
    let o = run(&["export", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let cities = v.as_array().unwrap();
    let counts: Vec<usize> = cities
        .iter()
        .map(|c| c["items"].as_array().unwrap().len())
        .collect();
    assert_eq!(counts, [7, 7, 7, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    assert_eq!(cities[4]["name"], "Gent");
    let gent = &cities[4]["items"];
    assert_eq!(gent[3]["title"], "Lokaal woonoverleg");
    assert!(
        gent[3]["description"]
            .as_str()
            .unwrap()
            .starts_with("Als regisseur van het lokaal woonbeleid")
    );
    assert_eq!(gent[1]["attachment"], true);
    assert_eq!(
        cities[0]["items"][0]["title"],
        "1. LOKAAL WOONBELEID COÖRDINEREN"
    );
}

#[test]
fn export_md_and_ron_read_back() {
    let md = run(&["export", "--format", "md"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# 1. LOKAAL WOONBELEID COÖRDINEREN\n"));
    assert_eq!(md.matches("\n## ").count(), 13);
    let ron = run(&["export", "--format", "ron"]);
    assert_eq!(
        String::from_utf8(ron.stdout).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
}

#[test]
fn import_writes_atomically_and_data_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let o = run(&[
        "import",
        "assets/raw/centrumsteden-grouped.txt",
        "assets/raw/gent-itemview.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    let o = run(&["export", "--data", out.to_str().unwrap(), "--format", "ron"]);
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
}

#[test]
fn item_view_alone_needs_a_city_unless_given() {
    let o = run(&["import", "assets/raw/gent-itemview.txt", "--city", "Gent"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let data: woonbeleid::store::DatasetFile =
        ron::from_str(std::str::from_utf8(&o.stdout).unwrap()).unwrap();
    assert_eq!(data.cities.len(), 1);
    assert_eq!(data.cities[0].items.len(), 7);
    let dir = tempfile::tempdir().unwrap();
    let aalst_only = &GROUPED[..GROUPED
        .find("Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Antwerpen")
        .unwrap()];
    let f = write(dir.path(), "aalst.txt", aalst_only.as_bytes());
    assert_refused(
        &["import", &f, "assets/raw/gent-itemview.txt"],
        "assets/raw/gent-itemview.txt",
        1,
        "--city",
    );
}

#[test]
fn bad_inputs_get_one_located_line_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let latin1 = write(
        d,
        "latin1.txt",
        b"Uitvouwen/samenvouwen Stad : Aalst (1)\nEe\xe9nmaal\nAalst\n",
    );
    assert_refused(&["import", &latin1], &latin1, 2, "not UTF-8");
    let empty = write(d, "empty.txt", b"");
    assert_refused(&["import", &empty], &empty, 1, "empty file");
    let prose = write(d, "prose.txt", b"Dit is geen export.\n");
    assert_refused(&["import", &prose], &prose, 1, "not an export");
    let binary = write(d, "bin.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_refused(&["import", &binary], &binary, 1, "binary");
    let cut = &GROUPED[..GROUPED.find("ambtenaren van de betrokken").unwrap()];
    let truncated = write(d, "cut.txt", cut.as_bytes());
    assert_refused(&["import", &truncated], &truncated, 12, "has no end line");
    let miscounted = write(
        d,
        "count.txt",
        GROUPED.replacen("Aalst (7)", "Aalst (8)", 1).as_bytes(),
    );
    assert_refused(
        &["import", &miscounted],
        &miscounted,
        5,
        "Aalst: the header counts 8 rows, but 7 were found",
    );
    let dir_arg = d.display().to_string();
    assert_refused(&["import", &dir_arg], &dir_arg, 1, "is a directory");
    let missing = d.join("missing.txt").display().to_string();
    assert_refused(&["import", &missing], &missing, 1, "cannot read");
    let other = write(
        d,
        "other.txt",
        GROUPED
            .replacen("OCMW-voorzitter Sarah", "OCMW-voorzitster Sarah", 1)
            .as_bytes(),
    );
    assert_refused(
        &["import", "assets/raw/centrumsteden-grouped.txt", &other],
        &other,
        12,
        "Aalst: 'Lokaal woonoverleg' differs between assets/raw/centrumsteden-grouped.txt and",
    );
    let o = run(&["import", "assets/raw/centrumsteden-grouped.txt", &other]);
    assert!(
        stderr(&o).contains("OCMW-voorzitster Sarah"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_dataset_files_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let syntax = write(
        d,
        "syntax.ron",
        b"Dataset(\n  chapter: \"x\",\n  cities: [,\n)\n",
    );
    assert_refused(&["export", "--data", &syntax], &syntax, 3, "column ");
    let types = write(d, "types.ron", b"Dataset(chapter: 1, cities: [])");
    assert_refused(&["export", "--data", &types], &types, 1, "column ");
    let unknown = write(
        d,
        "unknown.ron",
        b"Dataset(chapter: \"\", cities: [], extra: 1)",
    );
    assert_refused(&["export", "--data", &unknown], &unknown, 1, "extra");
    let raw = "assets/raw/gent-itemview.txt";
    assert_refused(&["export", "--data", raw], raw, 1, "column 1");
    let dir_arg = d.display().to_string();
    assert_refused(
        &["export", "--data", &dir_arg],
        &dir_arg,
        1,
        "is a directory",
    );
}

#[test]
fn an_output_in_a_missing_folder_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("nope/d.ron").display().to_string();
    assert_refused(
        &["import", "assets/raw/centrumsteden-grouped.txt", "-o", &out],
        &out,
        1,
        "does not exist",
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["bogus"][..],
        &["import"],
        &["export", "--format", "xml"],
        &["--nope"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("error: "), "{args:?}");
    }
}

#[test]
fn the_browser_needs_a_terminal_and_says_where_to_go_instead() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: ") && err.contains("woonbeleid export"),
        "{err}"
    );
}

#[test]
fn filter_prints_city_tab_title_best_first_and_exits_1_on_nothing() {
    let o = run(&["filter", "woonraad"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 11, "{out}");
    assert!(
        rows.iter()
            .all(|r| r.len() == 2 && r[1].to_lowercase().contains("woonraad"))
    );
    assert!(!out.contains("Genk") && !out.contains("Roeselare"));
    // As in fzf, a match at a word start scores above one inside a word.
    let o = run(&["filter", "overleg"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let titles: Vec<&str> = out.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    let last_word_start = titles.iter().rposition(|t| *t == "B. OVERLEG").unwrap();
    let first_inside = titles
        .iter()
        .position(|t| *t == "Lokaal woonoverleg")
        .unwrap();
    assert!(last_word_start < first_inside, "{out}");
    let o = run(&["filter", "coordineren", "--data", "assets/woonbeleid.ron"]);
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 13);
    let o = run(&["filter", "xyzzy"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
}

#[test]
fn search_prints_city_title_and_line_per_hit_line() {
    let o = run(&["search", "WONEN@STAD.GENT"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    for line in out.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line}");
        assert_eq!(cols[0], "Gent");
        assert!(cols[2].to_lowercase().contains("wonen@stad.gent"), "{line}");
    }
    assert_eq!(out.lines().count(), 5);
    let o = run(&["search", "eenmaal per jaar"]);
    assert!(
        String::from_utf8(o.stdout)
            .unwrap()
            .contains("Eénmaal per jaar")
    );
    assert_eq!(run(&["search", "xyzzy"]).status.code(), Some(1));
}

#[test]
fn escape_sequences_in_a_data_file_are_shown_inert() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "esc.ron",
        "Dataset(chapter: \"x\", cities: [City(name: \"Gent\", items: [Item(title: \"T\\u{1b}]0;pwned\\u{7}\", description: \"rood \\u{1b}[31mtekst\\u{202e}\", attachment: false)])])".as_bytes(),
    );
    let o = run(&["export", "--data", &f, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'),
        "{out}"
    );
    assert!(
        out.contains("rood ␛[31mtekst�") && out.contains("T␛]0;pwned␇"),
        "{out}"
    );
}

#[test]
fn export_one_section_across_cities() {
    let o = run(&[
        "export",
        "--format",
        "md",
        "--section",
        "stedelijke woonraad",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(
        md.starts_with("# Lokale woonraad\n"),
        "the alias leads to the section: {md}"
    );
    assert_eq!(md.matches("\n## ").count(), 11, "{md}");
    assert!(md.contains("## Gent (Stedelijke Woonraad)"));
    assert!(md.contains("*Zonder deze sectie: Genk, Roeselare.*"));
    let o = run(&["export", "--format", "md", "--section", "bestaat niet"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sections: 1. LOKAAL"), "{}", stderr(&o));
    assert_eq!(
        run(&["export", "--format", "json", "--section", "B. OVERLEG"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn import_keeps_the_aliases_of_the_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let with_alias = woonbeleid::store::EMBEDDED_RON
        .replace("title: \"Stedelijke Woonraad\"", "title: \"Woonraad WORA\"");
    fs::write(&out, &with_alias).unwrap();
    let o = run(&[
        "import",
        "assets/raw/centrumsteden-grouped.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let data = woonbeleid::store::load(&out).unwrap();
    assert_eq!(data.aliases.len(), 1);
    assert_eq!(data.aliases[0].title, "Woonraad WORA");
    let embedded = woonbeleid::store::embedded().unwrap();
    assert_eq!(embedded.aliases[0].title, "Stedelijke Woonraad");
    assert_eq!(embedded.aliases[0].same_as, "Lokale woonraad");
}

#[test]
fn utf16_with_a_bom_imports_like_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(GROUPED.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let f = write(dir.path(), "utf16.txt", &bytes);
    let o = run(&["import", &f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let utf8 = run(&["import", "assets/raw/centrumsteden-grouped.txt"]);
    let read = |o: &Output| {
        let file: woonbeleid::store::DatasetFile =
            ron::from_str(std::str::from_utf8(&o.stdout).unwrap()).unwrap();
        file.split().0
    };
    assert_eq!(read(&o), read(&utf8));
}

#[test]
fn a_fifty_megabyte_line_is_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "long.txt", &vec![b'a'; 50 * 1024 * 1024]);
    let start = std::time::Instant::now();
    assert_refused(&["import", &f], &f, 1, "not an export");
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_dataset_with_a_missing_field_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "missing.ron", b"Dataset(\n  cities: [City(name: \"Gent\", items: [Item(title: \"T\", attachment: false)])],\n)");
    assert_refused(
        &["export", "--data", &f],
        &f,
        2,
        "missing field named `description`",
    );
}

#[test]
fn a_full_disk_leaves_the_old_dataset_intact() {
    // RLIMIT_FSIZE makes writes past 8 KiB fail as a full disk would (SIGXFSZ ignored, so
    // the write returns an error instead of killing the process).
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    fs::write(&out, "old dataset").unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f 16; exec {} import assets/raw/centrumsteden-grouped.txt -o {}",
        env!("CARGO_BIN_EXE_woonbeleid"),
        out.display()
    );
    let o = Command::new("sh").args(["-c", &script]).output().unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!("error: {}:1: cannot write: ", out.display())),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "old dataset");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn an_unreadable_file_is_refused() {
    // Root reads past permissions, but not past the kernel: this file fails every read.
    assert_refused(
        &["import", "/proc/self/mem"],
        "/proc/self/mem",
        1,
        "cannot read",
    );
}

#[test]
fn the_section_export_holds_every_line_of_every_text() {
    let data = woonbeleid::store::embedded().unwrap();
    let o = run(&[
        "export",
        "--format",
        "md",
        "--section",
        "Lokaal woonoverleg",
    ]);
    let md = String::from_utf8(o.stdout).unwrap();
    let mut checked = 0;
    for city in &data.cities {
        for item in city
            .items
            .iter()
            .filter(|i| i.title == "Lokaal woonoverleg")
        {
            for line in item
                .description
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                // Markdown escapes a leading marker (`\-`, `1\.`); the words stay.
                let words = line
                    .trim_start_matches(['-', '*', '+', '#', '>'])
                    .trim_start();
                assert!(
                    md.contains(words) || md.contains(&words.replacen('.', "\\.", 1)),
                    "{} › {line:?} missing",
                    city.name
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

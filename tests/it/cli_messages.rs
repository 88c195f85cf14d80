//! What the command line says when something is wrong: one bounded line that says what is
//! really wrong (issue 26, item 14).

use crate::common;

use common::cli::{run, stderr, write};

use crate::cli_cache;

/// A CSV header of 100,000 columns, none of them a title: the message lists 20 and says
/// how many more there are, and a column name of any length is cut.
#[test]
fn a_header_of_many_columns_gives_one_bounded_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut header: Vec<String> = (0..100_000).map(|i| format!("\"c{i}\"")).collect();
    header[1] = format!("\"{}\"", "lang".repeat(50_000));
    let row = vec!["\"x\""; header.len()].join(",");
    let csv = write(
        dir.path(),
        "wide.csv",
        format!("{}\n{row}\n", header.join(",")).as_bytes(),
    );
    let o = run(&["import", &csv]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{}", &err[..err.len().min(500)]);
    assert!(err.len() < 1500, "{} bytes: {}", err.len(), &err[..500]);
    assert!(err.contains("'c0', 'langlang"), "{err}");
    assert!(err.contains("'c19', +99980 andere; "), "{err}");
}

/// A snapshot that cannot be renamed into place (a folder stands there): the warning says
/// that step, with no OS error number and no temporary file's name.
#[test]
fn a_snapshot_that_cannot_be_put_in_place_is_said_in_words() {
    let (_dir, ron, cache) = cli_cache::setup();
    cli_cache::run(&cache, &["filter", "woonr"], &ron);
    let kept = cli_cache::snapshots(&cache);
    let [kept] = &kept[..] else {
        panic!("one snapshot: {kept:?}");
    };
    std::fs::remove_file(kept).unwrap();
    std::fs::create_dir_all(kept.join("in-the-way")).unwrap();
    std::fs::write(&ron, std::fs::read_to_string(&ron).unwrap() + "\n").unwrap();
    let err = String::from_utf8_lossy(&cli_cache::run(&cache, &["filter", "woonr"], &ron).stderr)
        .into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("niet op zijn plaats worden gezet"), "{err}");
    assert!(
        !err.contains("os error") && !err.contains("woonbeleid-tmp"),
        "{err}"
    );
}

/// `import - -` read standard input once and then said `empty file`: it is wrong usage.
#[test]
fn standard_input_named_twice_is_wrong_usage() {
    let o = run(&["import", "-", "-"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "fout: '-' (standaardinvoer) staat er meer dan eens: die kan maar één keer worden gelezen\n"
    );
}

/// Each help says what its command takes (issue 25, item 14): every input format of
/// `import`, OLD and NEW of `diff`, and no `--data` where it means nothing.
#[test]
fn helps_describe_what_each_command_takes() {
    let help = |cmd: &str| common::cli::stdout(&run(&[cmd, "--help", "--taal", "en"]));
    let import = help("import");
    for format in ["copied from the web list", "CSV", "REST JSON", "Graph JSON"] {
        assert!(import.contains(format), "{format}: {import}");
    }
    let diff = help("diff");
    assert!(
        diff.contains("<OLD.ron>  The dataset before")
            && diff.contains("[NEW.ron]  The dataset after")
            && diff.contains("woonbeleid diff --embedded [OPTIONS] <NEW.ron>"),
        "{diff}"
    );
    for help in [import, diff] {
        assert!(!help.contains("--data"), "{help}");
    }
    for args in [
        &["diff", "a.ron", "b.ron", "--data", "c.ron"][..],
        &["--data", "c.ron", "diff", "a.ron", "b.ron"],
        &["import", "x.txt", "--data", "c.ron"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).starts_with("fout: --data zegt niets aan"),
            "{}",
            stderr(&o)
        );
    }
}

/// An export given where a dataset belongs is told as one, with the command that makes a
/// dataset of it; a broken RON is still told as broken RON.
#[test]
fn an_export_given_as_a_dataset_says_import_it_first() {
    let dir = tempfile::tempdir().unwrap();
    let exports = [
        write(
            dir.path(),
            "lijst.csv",
            b"\"Titel\",\"Stad\"\n\"T\",\"Gent\"\n",
        ),
        write(dir.path(), "lijst.json", b"{\"value\": []}"),
        write(dir.path(), "lijst.txt", common::cli::GROUPED.as_bytes()),
        write(dir.path(), "gent.ron", common::cli::GROUPED.as_bytes()),
    ];
    for file in &exports {
        for args in [
            &["--data", file, "filter", "x"][..],
            &["--data", file, "notes"],
            &["--data", file],
            &["diff", file, file],
        ] {
            let o = run(args);
            let err = stderr(&o);
            assert!(
                err.starts_with(&format!("fout: {file}:1: dit is een export, geen dataset")),
                "{args:?}: {err}"
            );
            assert!(
                err.contains(" -o ") && !err.contains(&format!("-o {file}")),
                "{err}"
            );
        }
    }
    let broken = write(dir.path(), "kapot.ron", b"Dataset(chapter: ");
    assert!(!stderr(&run(&["--data", &broken, "export"])).contains("export, geen"));
}

/// The browser with a missing `--data` and stdout not a terminal: the file is named, not
/// stdout blamed first.
#[test]
fn a_missing_data_file_is_named_before_stdout_is_blamed() {
    let o = run(&["--data", "/nonexistent/lijst.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("fout: /nonexistent/lijst.ron:1: "),
        "{}",
        stderr(&o)
    );
}

/// The browser with stdout a pipe: said in the user's language, with what to do instead.
#[test]
fn the_browser_on_a_pipe_says_what_to_use_in_dutch() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim_end(),
        "fout: standaarduitvoer is geen terminal: 'woonbeleid export' drukt de dataset af"
    );
}

/// A copied export and a JSON page that disagree by a space at the start of a line: the
/// space is marked, and the JSON side names its item by SharePoint's id (its page is one
/// line, so the line says nothing).
#[test]
fn exports_that_disagree_invisibly_show_where_and_name_the_json_item() {
    let dir = tempfile::tempdir().unwrap();
    let header =
        "1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\nUitvouwen/samenvouwen Stad : Gent (1)\n";
    let text = write(
        dir.path(),
        "gent.txt",
        format!("{header}A. EEN\nde tekst\nGent\n").as_bytes(),
    );
    let page = serde_json::json!({"value": [
        {"id": "41", "fields": {"Title": "B", "Beschrijving": "b", "Stad": "Gent"}},
        {"id": "42", "fields": {"Title": "A. EEN", "Beschrijving": "\u{a0}de tekst", "Stad": "Gent"}},
    ]});
    let json = write(dir.path(), "p.json", page.to_string().as_bytes());
    let o = run(&["import", &text, &json]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "{json}:1: item met Id 42: beschrijving regel 1: «␠de tekst»"
        )),
        "{err}"
    );
    assert!(err.contains("«de tekst»"), "{err}");
}

/// A notes folder or a cache folder that cannot be, because a file stands in its path,
/// is said in the run's words: the system's own ("Not a directory", "File exists") came
/// through, in English whatever the language. (Windows names a file in a path otherwise:
/// the path is not found.)
#[cfg(unix)]
#[test]
fn a_file_in_the_way_of_the_notes_or_the_cache_is_said_in_words() {
    let (dir, ron, _) = cli_cache::setup();
    let file = dir.path().join("een-bestand");
    std::fs::write(&file, "x").unwrap();
    let under = file.join("map");
    for (taal, words) in [
        ("nl", ["een deel van het pad is geen map", "bestaat al"]),
        (
            "en",
            ["a part of the path is not a folder", "already exists"],
        ),
    ] {
        let run = |home: &std::path::Path, cache: &std::path::Path, args: &[&str]| {
            let o = common::cli::bin()
                .env("WOONBELEID_TAAL", taal)
                .env("WOONBELEID_HOME", home)
                .env("WOONBELEID_CACHE", cache)
                .args(args)
                .arg("--data")
                .arg(&ron)
                .output()
                .unwrap();
            String::from_utf8_lossy(&o.stderr).into_owned()
        };
        let cache = dir.path().join("cache");
        let notes = run(&under, &cache, &["notes"]);
        let under_a_file = run(dir.path(), &under, &["filter", "woonr"]);
        let a_file = run(dir.path(), &file, &["filter", "woonr"]);
        assert!(notes.contains(words[0]), "{notes}");
        assert!(under_a_file.contains(words[0]), "{under_a_file}");
        assert!(a_file.contains(words[1]), "{a_file}");
        for err in [&notes, &under_a_file, &a_file] {
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                !err.contains("Not a directory") && !err.contains("File exists"),
                "{err}"
            );
        }
    }
}

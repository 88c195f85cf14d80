//! Whatever came from an input reaches stderr shown, never obeyed (issue 26, item 10): file
//! and column names, titles and cities typed, JSON paths and values, in error lines and
//! warnings alike, one line each. (`note` and `notes` on stdout: `notes_cli`.)

use crate::common;

use std::path::Path;
use std::process::Output;

use common::cli::{bin, stderr, write};

/// One of each: CSI, OSC (title), OSC 52 (clipboard), C1 CSI, CR, BS, BEL, DEL, a bidi
/// override and an isolate, a newline (which would split the one line).
const CLASSES: &str = "voor\u{1b}[2J\u{1b}]0;titel\u{7}\u{1b}]52;c;aGFsbG8=\u{7}\u{9b}31m\u{85}\
                       \r\u{8}\u{7f}\u{202e}\u{2066}\nachter";

/// What a terminal would act on. Tabs and newlines are the only controls allowed, between
/// the parts of a message.
fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}')
}

/// stderr holds nothing raw, and one line holds both ends of the hostile text (clap's own
/// messages, several lines already, keep a newline typed in an argument).
fn assert_shown(what: &str, o: &Output) {
    assert_ne!(o.status.code(), Some(0), "{what}: {}", stderr(o));
    let err = stderr(o);
    let raw: Vec<char> = err.chars().filter(|&c| acts_on_a_terminal(c)).collect();
    assert!(raw.is_empty(), "{what}: {raw:?} raw in\n{err}");
    let clap = what.contains("clap");
    assert!(
        err.lines()
            .any(|l| l.contains("voor") && (clap || l.contains("achter"))),
        "{what}: split or lost:\n{err}"
    );
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .env("WOONBELEID_HOME", dir)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_control_class_reaches_stderr_shown_through_every_message() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Windows file names cannot hold control characters: there a file name cannot bring
    // them, and the cases of file names are left out.
    let hostile_name = if cfg!(windows) {
        "gewoon.csv".to_owned()
    } else {
        format!("{CLASSES}.csv")
    };
    let hostile_file = write(d, &hostile_name, b"Titel;Stad\n");
    // A newline in a header cell makes the file no CSV the import recognises.
    let one_line = CLASSES.replace(['\n', '\r'], " ");
    let no_title = format!("\"Stad\",\"Beschrijving\",\"{one_line}\"\n\"Gent\",\"d\",\"x\"\n");
    let no_title = write(d, "geen-titel.csv", no_title.as_bytes());
    let extra = "\"Stad\",\"Titel\",\"Beschrijving\"\n\"Gent\",\"T\",\"d\"\n";
    let extra = write(d, "extra.csv", extra.as_bytes());
    let page = serde_json::json!({"value": [{"fields": {"Titel": "T", CLASSES: 1}}]});
    let json = write(d, "rest.json", page.to_string().as_bytes());
    let missing = d.join(format!("{CLASSES}.ron")).display().to_string();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "a file name in an import error",
            vec!["import", &hostile_file, "--city", "Gent"],
        ),
        (
            "column names of a header without a title",
            vec!["import", &no_title],
        ),
        (
            "a column asked for that is not there",
            vec!["import", &extra, "--title-column", CLASSES],
        ),
        ("a JSON field name", vec!["import", &json]),
        (
            "a missing --data file",
            vec!["--data", &missing, "filter", "x"],
        ),
        ("a missing diff file", vec!["diff", &missing, &missing]),
        ("a city typed", vec!["note", CLASSES, "x"]),
        ("a title typed", vec!["note", "Gent", CLASSES]),
        (
            "a title to move to",
            vec!["note", "Gent", "x", CLASSES, "--move"],
        ),
        (
            "a section asked for",
            vec!["export", "--format", "md", "--section", CLASSES],
        ),
        ("a subcommand clap does not know", vec![CLASSES]),
        ("a value clap refuses", vec!["notes", "--format", CLASSES]),
    ];
    let file_names = [
        "a file name in an import error",
        "a missing --data file",
        "a missing diff file",
    ];
    for (what, args) in cases {
        if cfg!(windows) && file_names.contains(&what) {
            continue;
        }
        assert_shown(what, &run_in(d, &args));
    }
}

/// A warning (not an error) quotes input too: the columns `--verbose` ignored.
#[test]
fn warnings_show_what_they_quote() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "w.csv",
        format!(
            "\"Stad\",\"Titel\",\"Beschrijving\",\"{}\"\n\"Gent\",\"T\",\"d\",\"x\"\n",
            CLASSES.replace(['\n', '\r'], " ")
        )
        .as_bytes(),
    );
    let o = run_in(dir.path(), &["import", &csv, "--verbose"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let raw: Vec<char> = err.chars().filter(|&c| acts_on_a_terminal(c)).collect();
    assert!(raw.is_empty(), "{raw:?} raw in\n{err}");
    assert!(err.contains("voor"), "{err}");
}

//! Standard output and error as the program finds them: a reader that goes away, a full
//! disk, `/dev/null` opened any way, a stderr that cannot be written.
// The tests of what only Unix has (a shell) are left out elsewhere, and with them the use
// of some imports.
#![cfg_attr(not(unix), allow(unused_imports))]

use crate::common;

use std::fs;
use std::io::Read;
use std::process::Stdio;

use common::cli::{SEED, assert_no_panic, big_export, import_to, run, sh, stderr, write};

/// Runs `args` with stdout into a pipe whose reader stops after a few bytes.
fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    let mut child = common::cli::bin()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    out.read_exact(&mut first).unwrap();
    drop(out);
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_goes_away_ends_every_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let export = write(dir.path(), "big.txt", big_export(2000, 800).as_bytes());
    let data = dir.path().join("big.ron").display().to_string();
    assert!(run(&["import", &export, "-o", &data]).status.success());
    for args in [
        &["import", &export][..],
        &["export", "--data", &data],
        &["export", "--data", &data, "--format", "ron"],
        &["export", "--data", &data, "--format", "md"],
        &["filter", "", "--data", &data],
        &["search", "wonen", "--data", &data],
    ] {
        let o = run_into_closed_pipe(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(o.stderr.is_empty(), "{args:?}: {}", stderr(&o));
    }
}

#[cfg(unix)]
#[test]
fn a_full_stdout_is_an_error() {
    for command in [
        "export",
        "export --format ron",
        "filter woon",
        "search woon",
        &format!("import {SEED}"),
        "--version",
    ] {
        let (redirect, why) = ("> /dev/full", "de schijf is vol");
        let o = sh(&format!("exec $BIN {command} {redirect}"));
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{command} {redirect}: {err}");
        assert_eq!(
            err,
            format!("fout: standaarduitvoer kan niet worden geschreven: {why}\n"),
            "{command} {redirect}"
        );
    }
}

/// `/dev/null` in any mode is a stdout that takes everything (even opened for reading
/// only: `1</dev/null`): Python's `DEVNULL` and daemons open it read-write, which is also what Rust's runtime puts in the place of a
/// closed stdout (`>&-`) before `main`, so that one cannot be told from it and is the same.
#[cfg(unix)]
#[test]
fn stdout_sent_to_dev_null_in_any_mode_or_opened_read_write_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let data = dir.path().join("d.ron");
    assert!(import_to(&data, &[]).status.success());
    let d = data.display();
    // Opened for reading only, it takes nothing: the output is still thrown away.
    for redirect in ["> /dev/null", "1<> /dev/null", ">&-", "1< /dev/null"] {
        for (command, code) in [
            (format!("export --data {d}"), 0),
            (format!("show Aalst --data {d}"), 0),
            (format!("notes --data {d}"), 0),
            ("--help".to_owned(), 0),
            ("completions bash".to_owned(), 0),
            ("man".to_owned(), 0),
            ("config".to_owned(), 0),
            (format!("filter woonraad --data {d}"), 0),
            (format!("search wonen --data {d}"), 0),
            (format!("diff {d} {d}"), 0),
            (format!("--version --data {d}"), 0),
            (
                format!("note Aalst 'Lokale woonraad' --set 'via {redirect}' --data {d}"),
                0,
            ),
        ] {
            let o = sh(&format!(
                "WOONBELEID_HOME='{}' exec $BIN {command} {redirect}",
                home.display()
            ));
            assert_eq!(
                o.status.code(),
                Some(code),
                "{command} {redirect}: {}",
                stderr(&o)
            );
            assert!(o.stderr.is_empty(), "{command} {redirect}: {}", stderr(&o));
        }
        let notes = fs::read_to_string(home.join("notes.ron")).unwrap();
        assert!(notes.contains(&format!("via {redirect}")), "{notes}");
    }
    let file = dir.path().join("out.json");
    let o = sh(&format!("exec $BIN export 1<> {}", file.display()));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(fs::read_to_string(&file).unwrap().contains("\"Aalst\""));
}

#[cfg(unix)]
#[test]
fn an_unwritable_stderr_never_panics() {
    for redirect in ["2>/dev/full", "2>&-"] {
        for command in [
            "import /nonexistent",
            "--bogus",
            "filter",
            "export --data /dev/zero",
        ] {
            let o = sh(&format!("exec $BIN {command} {redirect}"));
            assert!(
                matches!(o.status.code(), Some(1 | 2)),
                "{command} {redirect}: {:?}",
                o.status
            );
            assert_no_panic(&o);
        }
    }
}

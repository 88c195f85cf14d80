//! The configuration file from the command line: `config` prints a default configuration
//! that reads back without a problem, and `config --check` names each entry that is not
//! used by file, line and entry, in the run's language.

use std::path::Path;

use crate::common;

use common::cli::{bin, stderr, stdout};

fn check(file: &Path, lang: &str) -> std::process::Output {
    bin()
        .env("WOONBELEID_CONFIG", file)
        .env("WOONBELEID_TAAL", lang)
        .args(["config", "--check"])
        .output()
        .unwrap()
}

#[test]
fn the_printed_defaults_read_back_without_a_problem() {
    let o = bin().arg("config").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for table in [
        "[kleuren]",
        "[toetsen.steden]",
        "[toetsen.boom]",
        "[toetsen.notitie]",
    ] {
        assert!(text.contains(table), "{table} missing");
    }
    for entry in [
        "muis = false",
        "thema = \"donker\"",
        "groepering = \"stad\"",
        "omlaag = [",
    ] {
        assert!(text.contains(entry), "{entry} missing");
    }
    // Every entry has a comment above it (or a run of entries under one).
    assert!(text.lines().next().is_some_and(|l| l.starts_with('#')));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, &text).unwrap();
    let o = check(&file, "nl");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("waarschuwing"), "{}", stderr(&o));
}

#[test]
fn each_entry_not_used_is_one_line_naming_file_line_and_entry() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    let text = "thema = \"paars\"\nmuis = \"ja\"\nkleur = 1\nnergens = \n[toetsen.boom]\nomlaag = \"k\"\nvliegen = \"v\"\n[kleuren]\nfocus = \"regenboog\"\nkop = \"lichtblauw\"\n[elders]\nx = 1\n";
    std::fs::write(&file, text).unwrap();
    let o = check(&file, "nl");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    let f = file.display().to_string();
    let expected = [
        (1, "thema"),
        (2, "muis"),
        (3, "kleur"),
        (4, ""),
        (6, "toetsen.boom.omlaag"),
        (7, "toetsen.boom.vliegen"),
        (9, "kleuren.focus"),
        (12, "elders.x"),
    ];
    assert_eq!(lines.len(), expected.len(), "{err}");
    for (line, (n, entry)) in lines.iter().zip(expected) {
        let start = if entry.is_empty() {
            format!("waarschuwing: {f}:{n}: ")
        } else {
            format!("waarschuwing: {f}:{n}: {entry}: ")
        };
        assert!(line.starts_with(&start), "{line:?} should start {start:?}");
        assert!(
            line.ends_with("hiervoor gelden de standaardinstellingen"),
            "{line}"
        );
    }
    assert!(!err.contains("kleuren.kop"), "a good entry is not named");
}

#[test]
fn the_check_speaks_english_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "muis = 3\n").unwrap();
    let err = stderr(&check(&file, "en"));
    assert!(err.starts_with("warning: "), "{err}");
    assert!(
        err.contains(":1: muis: expected true or false, not a number"),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with("the defaults apply instead"),
        "{err}"
    );
}

#[test]
fn a_missing_file_is_in_order_and_an_unreadable_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let o = check(&dir.path().join("nergens.toml"), "nl");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("nergens.toml"),
        "the answer names the file"
    );
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let o = check(dir.path(), "nl");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}

/// What stands where the configuration should and is no file of text is refused at once:
/// a FIFO blocked the start forever, `/dev/zero` filled memory.
#[cfg(unix)]
#[test]
fn a_special_or_endless_file_as_the_configuration_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let zero = dir.path().join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let long = dir.path().join("long.toml");
    std::fs::write(&long, "# x\n".repeat(300_000)).unwrap();
    for (file, said) in [
        (&fifo, "special file"),
        (&zero, "special file"),
        (&long, "longer than 1 MiB"),
    ] {
        let started = std::time::Instant::now();
        let mut child = bin()
            .env("WOONBELEID_CONFIG", file)
            .env("WOONBELEID_TAAL", "en")
            .args(["config", "--check"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > std::time::Duration::from_secs(10) {
                child.kill().unwrap();
                panic!("{} blocked", file.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let o = child.wait_with_output().unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(said), "{err}");
    }
}

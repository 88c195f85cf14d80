//! Helpers shared by the command-line tests: run the binary, check a refusal.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

pub const GROUPED: &str = include_str!("../../assets/raw/centrumsteden-grouped.txt");
pub const BIN: &str = env!("CARGO_BIN_EXE_woonbeleid");

pub fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

/// Runs a shell command line, with `$BIN` set to the binary.
pub fn sh(script: &str) -> Output {
    Command::new("sh")
        .args(["-c", script])
        .env("BIN", BIN)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// No panic, no backtrace, whatever went wrong.
pub fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert_ne!(o.status.code(), Some(101), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

/// A bad input: exit 1, stderr starting with `error: FILE:LINE: …`, no panic.
pub fn assert_refused(args: &[&str], file: &str, line: usize, says: &str) {
    let o = run(args);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("error: {file}:{line}: ")),
        "{args:?}: {first}"
    );
    assert!(first.contains(says), "{args:?}: {first} (wanted {says:?})");
    assert_no_panic(&o);
    assert!(o.stdout.is_empty());
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

/// The names in a folder, sorted: to see that no temporary file was left.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A grouped export of one city with `items` rows of `text_len` bytes of text each.
pub fn big_export(items: usize, text_len: usize) -> String {
    let text = "woonbeleid overleg wonen ".repeat(text_len / 25 + 1);
    let mut out = String::from("1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\n");
    let _ = writeln!(out, "Uitvouwen/samenvouwen Stad : Gent ({items})");
    for i in 0..items {
        let _ = write!(out, "Titel {i}\n{}\nGent\n", &text[..text_len]);
    }
    out
}

/// Makes a FIFO at `path`.
pub fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

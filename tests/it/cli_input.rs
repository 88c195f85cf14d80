//! Bad input of every kind: one located line, a documented exit code, never a panic.
// The tests of what only Unix has (FIFOs, signals, a shell) are left out elsewhere, and
// with them the use of some imports.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use crate::common;

use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::cli::{
    GROUPED, assert_no_panic, assert_refused, big_export, run, sh, stderr, stdout, write,
};

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
    assert_refused(&["import", &empty], &empty, 1, "an empty file");
    let prose = write(d, "prose.txt", b"Dit is geen export.\n");
    assert_refused(&["import", &prose], &prose, 1, "not an export of the list");
    let binary = write(d, "bin.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_refused(&["import", &binary], &binary, 1, "binary data");
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
    assert_refused(&["import", &dir_arg], &dir_arg, 1, "is a folder");
    let missing = d.join("missing.txt").display().to_string();
    assert_refused(&["import", &missing], &missing, 1, "cannot be read");
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
    assert_refused(
        &["export", "--data", raw],
        raw,
        1,
        "this is an export, not a dataset",
    );
    let dir_arg = d.display().to_string();
    assert_refused(&["export", "--data", &dir_arg], &dir_arg, 1, "is a folder");
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
    assert_refused(&["import", &f], &f, 1, "not an export of the list");
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
        "the field `description` is missing",
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_refused() {
    // Root reads past permissions, but not past the kernel: this file fails every read.
    assert_refused(
        &["import", "/proc/self/mem"],
        "/proc/self/mem",
        1,
        "cannot be read",
    );
}

/// Runs with `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = common::cli::bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The program may stop reading early (that is the point): a broken pipe is fine.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn endless_non_text_fails_at_its_first_block() {
    for (args, says) in [
        (&["import", "/dev/zero"][..], "binaire gegevens"),
        (&["import", "/dev/urandom"], ""),
        (&["export", "--data", "/dev/zero"], "binaire gegevens"),
        (&["export", "--data", "/dev/urandom"], ""),
        (&["filter", "x", "--data", "/dev/zero"], "binaire gegevens"),
    ] {
        let start = Instant::now();
        let o = run(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{args:?}: {:?}",
            start.elapsed()
        );
        assert!(
            err.starts_with(&format!("fout: {}:", args[args.len() - 1])),
            "{err}"
        );
        assert!(
            err.contains(says) && (err.contains("binaire gegevens") || err.contains("geen UTF-8")),
            "{err}"
        );
        assert_no_panic(&o);
    }
}

#[cfg(unix)]
#[test]
fn input_that_is_not_a_regular_file_is_read_up_to_a_limit() {
    let export = GROUPED.as_bytes();
    let o = run_with_stdin(&["import", "-", "--max-input-size", "10K"], export);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("fout: (stdin):1: meer dan 10 KiB uit iets dat geen gewoon bestand is")
            && err.contains("--max-input-size"),
        "{err}"
    );
    let o = run_with_stdin(&["import", "-", "--max-input-size", "1M"], export);
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.ron");
    common::cli::mkfifo(&fifo);
    let script = format!(
        "head -c 3000000 /dev/zero | tr '\\0' ' ' > {f} & exec $BIN export --data {f} --max-input-size 1M",
        f = fifo.display()
    );
    let o = sh(&script);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("meer dan 1 MiB"), "{}", stderr(&o));
    for bad in ["lots", "-1", "1X"] {
        assert_eq!(
            run(&["import", "-", "--max-input-size", bad]).status.code(),
            Some(2)
        );
    }
}

#[test]
fn a_dataset_file_with_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(woonbeleid::store::EMBEDDED_RON.as_bytes());
    let f = write(dir.path(), "bom.ron", &bom);
    let o = run(&["filter", "woonraad", "--data", &f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            woonbeleid::store::EMBEDDED_RON
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let f = write(dir.path(), "utf16.ron", &utf16);
    assert_refused(
        &["export", "--data", &f],
        &f,
        1,
        "UTF-16 (by its byte-order mark): a dataset file is UTF-8 RON",
    );
}

#[test]
fn bad_header_counts_say_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    for (count, says) in [
        (
            "(99999999999999999999)",
            "whose count '(99999999999999999999)' is too large",
        ),
        ("(-1)", "whose count '(-1)' is not a number of rows"),
    ] {
        let text = GROUPED.replacen("Aalst (7)", &format!("Aalst {count}"), 1);
        let f = write(dir.path(), "count.txt", text.as_bytes());
        assert_refused(&["import", &f], &f, 5, says);
    }
}

#[test]
fn the_same_grouped_export_twice_and_the_item_view_import() {
    let g = "assets/raw/centrumsteden-grouped.txt";
    let o = run(&["import", g, g, "assets/raw/gent-itemview.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let once = run(&["import", g, "assets/raw/gent-itemview.txt"]);
    let cities = |o: &Output| {
        let f: woonbeleid::store::DatasetFile = ron::from_str(&stdout(o)).unwrap();
        f.cities
    };
    assert_eq!(cities(&o), cities(&once));
}

#[test]
fn nothing_reaches_stdout_before_the_whole_input_was_checked() {
    // Megabytes of good rows, then a row cut short: to stdout, not a byte may come out.
    let dir = tempfile::tempdir().unwrap();
    let text = big_export(5000, 800);
    let cut = &text[..text.len() - "Gent\n".len()];
    let f = write(dir.path(), "cut.txt", cut.as_bytes());
    assert_refused(&["import", &f], &f, 15002, "has no end line");
}

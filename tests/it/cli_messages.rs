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
        "error: '-' (standaardinvoer) staat er meer dan eens: die kan maar één keer worden gelezen\n"
    );
}

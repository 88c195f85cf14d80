//! What the command line says when something is wrong: one bounded line that says what is
//! really wrong (issue 26, item 14).

use crate::common;

use common::cli::{run, stderr, write};

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

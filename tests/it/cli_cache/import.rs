//! `import -o` keeps the snapshot of what it wrote, while its budget lasts, so the first
//! `filter` or `search` of a fresh dataset is fast too.

use super::{COMMANDS, run, snapshots};
use crate::common::cli::bin;

#[cfg(unix)]
#[test]
fn import_keeps_the_snapshot_of_what_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let out = dir.path().join("new.ron");
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/raw/centrumsteden-grouped.txt"
    );
    let imported = bin()
        .args(["import", seed, "-o"])
        .arg(&out)
        .env("WOONBELEID_CACHE", &cache)
        .output()
        .unwrap();
    assert!(imported.status.success());
    assert_eq!(snapshots(&cache).len(), 1, "written by the import");
    let snap = snapshots(&cache).pop().unwrap();
    let made_by_import = std::fs::read(&snap).unwrap();
    // The file itself, not its time: a snapshot used has its time refreshed.
    let inode =
        |p: &std::path::Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(p).unwrap());
    let made = inode(&snap);
    for args in COMMANDS {
        let mut plain = vec!["--no-cache"];
        plain.extend_from_slice(args);
        let truth = run(&cache, &plain, &out);
        let o = run(&cache, args, &out);
        assert_eq!(o.stdout, truth.stdout, "{args:?}");
        assert!(
            o.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // Used as the import wrote it: a silent rebuild (stale, other format) would have
    // put a new file in its place.
    assert_eq!(inode(&snap), made);
    assert!(std::fs::read(&snap).unwrap() == made_by_import);
    // And it is the one an open would have made.
    std::fs::remove_dir_all(&cache).unwrap();
    run(&cache, &["filter", "x"], &out);
    assert!(std::fs::read(&snapshots(&cache)[0]).unwrap() == made_by_import);
    let none = dir.path().join("none");
    let plain = bin()
        .args(["--no-cache", "import", seed, "-o"])
        .arg(&out)
        .env("WOONBELEID_CACHE", &none)
        .output()
        .unwrap();
    assert!(plain.status.success());
    assert!(snapshots(&none).is_empty(), "--no-cache keeps none");
}

/// Imports `export` to a new file with a cache folder of its own; how many snapshots it kept.
fn snapshots_kept_by_import(export: &str) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export.txt");
    std::fs::write(&input, export).unwrap();
    let cache = dir.path().join("cache");
    let imported = bin()
        .arg("import")
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join("out.ron"))
        .env("WOONBELEID_CACHE", &cache)
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    snapshots(&cache).len()
}

#[test]
fn import_gives_up_the_snapshot_as_soon_as_its_rows_say_it_will_not_fit() {
    use std::fmt::Write as _;
    // 3,000 rows without text and 100 of 10 KB: the catalog of the whole (about 1.1
    // times the input) fits the budget, but a first sixteenth of rows without text holds
    // twice what it read. The import says how far it has read, and the snapshot is given
    // up there, before the memory and the work of the rest are spent.
    let text = "woonbeleid overleg wonen ".repeat(400);
    let (mut short, mut long) = (String::new(), String::new());
    for i in 0..3_000 {
        let _ = write!(short, "Rij zonder tekst {i}\nGent\n");
    }
    for i in 0..100 {
        let _ = write!(long, "Rij met tekst {i}\n{text}\nGent\n");
    }
    let export = |rows: [&str; 2]| {
        let head = "1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\n";
        format!(
            "{head}Uitvouwen/samenvouwen Stad : Gent (3100)\n{}{}",
            rows[0], rows[1]
        )
    };
    assert_eq!(snapshots_kept_by_import(&export([&short, &long])), 0);
    assert_eq!(
        snapshots_kept_by_import(&export([&long, &short])),
        1,
        "the same rows, those with text first"
    );
}

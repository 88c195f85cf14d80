//! `woonbeleid bookmarks`: the bookmarks for a script, as `notes` gives the notes: the same
//! `--data`, the same formats, orphans last.

use crate::common;

use common::cli::run_at_home as woonbeleid;

use woonbeleid::notes::{NoteStore, Place};

#[test]
fn bookmarks_are_listed_in_the_datasets_order_orphans_last_in_every_format() {
    let home = tempfile::tempdir().unwrap();
    let mut store = NoteStore::open(home.path()).unwrap();
    for (city, title) in [
        ("Ninove", "Verdwenen"),
        ("Gent", "Stedelijke Woonraad"),
        ("Aalst", "Lokale woonraad"),
    ] {
        store.set_bookmark(&Place::new(city, title), true).unwrap();
    }
    let o = woonbeleid(home.path(), &["bookmarks"]);
    assert!(o.status.success(), "{}", common::cli::stderr(&o));
    assert_eq!(
        common::cli::stdout(&o),
        "Aalst\tLokale woonraad\nGent\tStedelijke Woonraad\nNinove\tVerdwenen\twees\n"
    );
    let o = woonbeleid(
        home.path(),
        &["bookmarks", "--data", "assets/woonbeleid.ron"],
    );
    assert!(common::cli::stdout(&o).starts_with("Aalst\tLokale woonraad\n"));
    let md = common::cli::stdout(&woonbeleid(home.path(), &["bookmarks", "--format", "md"]));
    assert!(
        md.starts_with("# Bladwijzers\n\n- Aalst › Lokale woonraad\n"),
        "{md}"
    );
    assert!(md.contains("- Ninove › Verdwenen (wees"), "{md}");
    let json: serde_json::Value = serde_json::from_str(&common::cli::stdout(&woonbeleid(
        home.path(),
        &["bookmarks", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(json[1]["city"], "Gent");
    assert_eq!(json[2]["orphan"], true);
    let empty = tempfile::tempdir().unwrap();
    let o = woonbeleid(empty.path(), &["bookmarks"]);
    assert!(o.status.success() && o.stdout.is_empty());
    let help = common::cli::stdout(&woonbeleid(empty.path(), &["--help"]));
    assert!(help.contains("bookmarks"), "{help}");
}

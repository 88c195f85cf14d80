//! The promises that notes are never lost: a file that cannot be read is never written
//! over, a writer killed at any moment leaves the old file or the new, two writers at once
//! lose nothing. `NOTES_KILLS=2000 NOTES_ROUNDS=500` runs the stress tests longer than CI.

use crate::common;

use common::cli::{run_at_home as woonbeleid, stderr as err};

use std::collections::HashMap;
use std::process::Stdio;
use std::time::Duration;

use woonbeleid::notes::{NoteStore, Place};

#[test]
fn a_notes_file_that_cannot_be_read_is_never_overwritten() {
    for (bad, says) in [
        ("Notes(version: 1, notes: [", "kan niet gelezen worden"),
        (
            "Notes(version: 9)",
            "geschreven door een nieuwere woonbeleid",
        ),
        (
            "Notes(version: 1, note: [])",
            "notes.ron:1: kan niet gelezen worden",
        ),
        (
            "Notes(version: 1, notes: [Note(city: \"Gent\", title: \"Lokaal woonoverleg\", text: \"a\"), Note(city: \"Gent\", title: \"Lokaal woonoverleg\", text: \"b\")])",
            "twee verschillende notities voor Gent › Lokaal woonoverleg",
        ),
    ] {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("notes.ron");
        std::fs::write(&file, bad).unwrap();
        for args in [
            &["note", "Gent", "Lokaal woonoverleg", "--set", "x"][..],
            &["notes"],
            &["note", "Gent", "Lokaal woonoverleg"],
        ] {
            let o = woonbeleid(home.path(), args);
            assert_eq!(o.status.code(), Some(1), "{args:?}");
            let e = err(&o);
            assert!(
                e.starts_with("fout: ") && e.contains(says) && e.lines().count() == 1,
                "{e}"
            );
        }
        assert_eq!(std::fs::read_to_string(&file).unwrap(), bad, "untouched");
    }
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir(home.path().join("notes.ron")).unwrap();
    let e = err(&woonbeleid(home.path(), &["notes"]));
    assert!(e.contains("notes.ron: kan niet gelezen worden"), "{e}");
}

/// Every item of the embedded dataset, to spread notes over.
fn places() -> Vec<(String, String)> {
    let data = woonbeleid::store::embedded().unwrap();
    data.cities
        .iter()
        .flat_map(|c| {
            c.items
                .iter()
                .map(move |i| (c.name.clone(), i.title.clone()))
        })
        .collect()
}

#[test]
fn a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let home = tempfile::tempdir().unwrap();
    let places = places();
    let kills = common::env_or("NOTES_KILLS", 150);
    let mut rng = woonbeleid::synth::Rng::new(7);
    // What each note may hold now: one text after a completed write; after an
    // interrupted one, that text or what it could hold before.
    let mut may: HashMap<usize, Vec<Option<String>>> = HashMap::new();
    let mut interrupted = 0;
    for round in 0..kills {
        let k = rng.below(places.len());
        let text = format!("ronde {round}");
        let (city, title) = &places[k];
        let mut child = common::cli::bin()
            .env("WOONBELEID_HOME", home.path())
            .args(["note", city, title, "--set", &text])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(6000) as u64));
        let _ = child.kill();
        let completed = child.wait().unwrap().success();
        interrupted += usize::from(!completed);
        let before = may.remove(&k).unwrap_or_else(|| vec![None]);
        let now = if completed {
            vec![Some(text)]
        } else {
            before.into_iter().chain([Some(text)]).collect()
        };
        may.insert(k, now);
        let store = NoteStore::open(home.path()).unwrap_or_else(|e| panic!("round {round}: {e}"));
        for (i, allowed) in &may {
            let p = Place::new(&places[*i].0, &places[*i].1);
            let held = store.notes().note(&p).map(str::to_owned);
            assert!(
                allowed.contains(&held),
                "round {round}: {p} holds {held:?}, not one of {allowed:?}"
            );
        }
    }
    eprintln!("{kills} writers, {interrupted} killed before they ended");
    assert!(interrupted > 0, "the kills must land while writers run");
    let litter = std::fs::read_dir(home.path()).unwrap().filter(|e| {
        e.as_ref()
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains("woonbeleid-tmp")
    });
    assert!(
        litter.count() <= 1,
        "leftovers are cleaned by the next write"
    );
}

#[test]
fn two_writers_at_once_lose_nothing() {
    let home = tempfile::tempdir().unwrap();
    let places = places();
    let rounds = common::env_or("NOTES_ROUNDS", 25).min(places.len() / 2);
    let writer = |offset: usize, who: &'static str| {
        let home = home.path().to_owned();
        let places = places.clone();
        std::thread::spawn(move || {
            for r in 0..rounds {
                let (city, title) = &places[offset + r];
                let o = woonbeleid(
                    &home,
                    &["note", city, title, "--set", &format!("{who} {r}")],
                );
                assert!(o.status.success(), "{}", err(&o));
            }
        })
    };
    let (a, b) = (writer(0, "a"), writer(places.len() / 2, "b"));
    a.join().unwrap();
    b.join().unwrap();
    let store = NoteStore::open(home.path()).unwrap();
    assert_eq!(
        store.notes().notes.len(),
        2 * rounds,
        "every note of both writers is there"
    );
}

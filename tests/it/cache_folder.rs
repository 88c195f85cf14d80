//! The cache folder shared: builders at once, a RON swapped under a reader, snapshots
//! long unused, and what is not a snapshot where one should be (a FIFO, a link).

use crate::common;

use std::path::Path;

use common::cache_files::{load, ron_file, said};
use woonbeleid::cache;
use woonbeleid::catalog::Catalog;
use woonbeleid::synth::{Shape, dataset};

#[test]
fn two_builders_at_once_leave_one_whole_snapshot() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 4);
    let catalog = std::sync::Arc::new(Catalog::new(data.clone()));
    let builders: Vec<_> = (0..4)
        .map(|_| {
            let (f, r, c) = (
                folder.path().to_owned(),
                ron.clone(),
                std::sync::Arc::clone(&catalog),
            );
            std::thread::spawn(move || cache::keep(&f, &r, &c, cache::key(&r).unwrap()))
        })
        .collect();
    for b in builders {
        b.join().unwrap().unwrap();
    }
    let (c, notes) =
        cache::open_in(folder.path(), &ron, |_| Err("read the RON".to_owned())).unwrap();
    assert!(said(&notes, "gebruikt"));
    assert_eq!(c.to_dataset(), data);
    let names: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}

/// The same dataset under two chapter names of one length, as RON text.
fn same_size_pair() -> [(String, String); 2] {
    ["Hoofdstuk A", "Hoofdstuk B"].map(|chapter| {
        let mut data = dataset(Shape {
            items: 20,
            items_per_city: 5,
            description_len: 100,
            seed: 7,
        });
        chapter.clone_into(&mut data.chapter);
        (chapter.to_owned(), ron::to_string(&data).unwrap())
    })
}

/// Replaces `ron` with `text` at once (a rename, as `rsync -t` does), at time `at`.
fn swap_in(ron: &Path, text: &str, at: std::time::SystemTime) {
    let next = ron.with_extension("next");
    std::fs::write(&next, text).unwrap();
    common::files::set_time(&next, at);
    std::fs::rename(&next, ron).unwrap();
}

#[test]
fn a_ron_swapped_for_one_of_the_same_size_and_time_never_gets_the_others_snapshot() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("cache");
    let ron = dir.path().join("data.ron");
    let pair = same_size_pair();
    let at = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    // The key each content has at that time, worked out apart from the race.
    let keys = pair.clone().map(|(chapter, text)| {
        let alone = dir.path().join(format!("{chapter}.ron"));
        std::fs::write(&alone, &text).unwrap();
        common::files::set_time(&alone, at);
        (chapter, cache::key(&alone).unwrap())
    });
    swap_in(&ron, &pair[0].1, at);
    let runs: usize = common::env_or("WOONBELEID_RACE_RUNS", 300);
    let stop = AtomicBool::new(false);
    let snap = cache::snapshot_path(&folder, &ron);
    let mismatches = std::thread::scope(|s| {
        s.spawn(|| {
            for (_, text) in pair.iter().cycle() {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                swap_in(&ron, text, at);
            }
        });
        let mut mismatches = 0;
        for _ in 0..runs {
            cache::forget_in(&folder, &ron);
            let (catalog, _) = cache::open_in(&folder, &ron, load).unwrap();
            assert!(catalog.chapter().starts_with("Hoofdstuk"));
            // What the snapshot on disk answers for each content's key must be that content.
            for (chapter, key) in &keys {
                let Ok(file) = std::fs::File::open(&snap) else {
                    continue;
                };
                if let Ok(answer) = woonbeleid::catalog::snapshot::open(file, *key) {
                    mismatches += usize::from(answer.chapter() != chapter);
                }
            }
        }
        stop.store(true, Ordering::Relaxed);
        mismatches
    });
    assert_eq!(mismatches, 0, "of {runs} opens");
}

#[test]
fn snapshots_long_unused_are_dropped_when_one_is_kept_and_a_use_counts_as_recent() {
    use common::files::set_time;
    use std::time::{Duration, SystemTime};
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let days_ago = |n: u64| SystemTime::now() - Duration::from_secs(n * 24 * 60 * 60);
    // Two snapshots in use (a command checks the RON's hash before using one, the browser
    // after), another of a RON gone long ago, and files that are not ours.
    let (before, after) = (dir.path().join("before"), dir.path().join("after"));
    let mut in_use = Vec::new();
    for (sub, seed) in [(&before, 1), (&after, 3)] {
        std::fs::create_dir(sub).unwrap();
        let (ron, _) = ron_file(sub, seed);
        cache::open_in(folder.path(), &ron, load).unwrap();
        in_use.push((ron.clone(), cache::snapshot_path(folder.path(), &ron)));
    }
    let gone = folder.path().join("00000000deadbeef.snapshot");
    std::fs::write(&gone, "an old snapshot").unwrap();
    let recent = folder.path().join("00000000feedf00d.snapshot");
    std::fs::write(&recent, "used three weeks ago").unwrap();
    set_time(&recent, days_ago(21));
    let foreign = folder.path().join("notes.ron");
    std::fs::write(&foreign, "not ours").unwrap();
    // Named like a writer's temporary file, unclaimed, but not a name the cache makes.
    let report = folder.path().join("report.woonbeleid-tmp-99999");
    std::fs::write(&report, "not ours either").unwrap();
    for p in [&in_use[0].1, &in_use[1].1, &gone, &foreign] {
        set_time(p, days_ago(60));
    }
    // Opening through the snapshot, either way, marks it used.
    for ((ron, _), check) in in_use
        .iter()
        .zip([cache::Check::Before, cache::Check::After])
    {
        let opened =
            cache::open_in_checked(folder.path(), ron, check, |_| Err("read again".to_owned()))
                .unwrap();
        assert!(
            said(&opened.notes, "gebruikt"),
            "{check:?}: {:?}",
            opened.notes
        );
    }
    // Keeping another snapshot clears what has not been used for a month.
    let other_dir = tempfile::tempdir().unwrap();
    let (other, _) = ron_file(other_dir.path(), 2);
    cache::open_in(folder.path(), &other, load).unwrap();
    assert!(!gone.exists(), "the unused snapshot stays");
    assert!(
        recent.exists(),
        "a snapshot used within the month was dropped"
    );
    for (ron, snapshot) in &in_use {
        assert!(
            snapshot.exists(),
            "{} was used, then dropped",
            ron.display()
        );
    }
    assert!(cache::snapshot_path(folder.path(), &other).exists());
    assert!(foreign.exists(), "a file not ours was touched");
    assert!(
        report.exists(),
        "a file not ours was taken for a temporary one"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_where_the_snapshot_should_be_is_refused_at_once() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 6);
    let snap = cache::snapshot_path(folder.path(), &ron);
    for check in [cache::Check::Before, cache::Check::After] {
        let _ = std::fs::remove_file(&snap);
        let made = std::process::Command::new("mkfifo")
            .arg(&snap)
            .status()
            .unwrap();
        assert!(made.success());
        let (tx, rx) = std::sync::mpsc::channel();
        let (folder, ron) = (folder.path().to_owned(), ron.clone());
        std::thread::spawn(move || {
            let opened = cache::open_in_checked(&folder, &ron, check, load).unwrap();
            tx.send(opened.catalog.to_dataset()).unwrap();
        });
        let answer = rx.recv_timeout(std::time::Duration::from_secs(10));
        if answer.is_err() {
            // Lets the blocked open go, so that the test ends.
            drop(std::fs::OpenOptions::new().write(true).open(&snap));
        }
        assert_eq!(
            answer.expect("the open waited on the FIFO"),
            data,
            "{check:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn using_a_snapshot_that_links_elsewhere_leaves_that_files_time_alone() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 8);
    cache::open_in(folder.path(), &ron, load).unwrap();
    let snap = cache::snapshot_path(folder.path(), &ron);
    let elsewhere = dir.path().join("kept.snapshot");
    std::fs::rename(&snap, &elsewhere).unwrap();
    let then = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    common::files::set_time(&elsewhere, then);
    std::os::unix::fs::symlink(&elsewhere, &snap).unwrap();
    let (c, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(said(&notes, "gebruikt"), "{notes:?}");
    assert_eq!(c.to_dataset(), data);
    let now = std::fs::metadata(&elsewhere).unwrap().modified().unwrap();
    assert_eq!(now, then, "the linked file's time was changed");
}

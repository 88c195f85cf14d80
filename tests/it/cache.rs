//! Snapshots in the cache folder: made on the first read of a RON file, used while they
//! match it, rebuilt when they do not (stale, truncated, damaged, of an older format), and
//! never more than a speed-up: a folder that cannot be written only costs the snapshot.

use crate::common;

use std::path::Path;

use woonbeleid::cache::{self, Note};
use woonbeleid::catalog::Catalog;
use woonbeleid::model::Dataset;
use woonbeleid::synth::{Shape, dataset};

fn load(path: &Path) -> Result<Dataset, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    ron::from_str(&text).map_err(|e| e.to_string())
}

fn ron_file(dir: &Path, seed: u64) -> (std::path::PathBuf, Dataset) {
    let data = dataset(Shape {
        items: 200,
        items_per_city: 20,
        description_len: 300,
        seed,
    });
    let path = dir.join("data.ron");
    std::fs::write(&path, ron::to_string(&data).unwrap()).unwrap();
    (path, data)
}

fn said(notes: &[Note], words: &str) -> bool {
    notes.iter().any(|n| n.text.contains(words))
}

#[test]
fn made_once_then_used_and_equal_to_the_ron() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 1);
    let (first, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(notes.is_empty(), "a first read says nothing: {notes:?}");
    assert!(cache::snapshot_path(folder.path(), &ron).exists());
    let (second, notes) = cache::open_in(folder.path(), &ron, |_| {
        Err("the RON was read again".to_owned())
    })
    .unwrap();
    assert!(said(&notes, "used"), "{notes:?}");
    assert_eq!(second.to_dataset(), data);
    assert_eq!(first.to_dataset(), data);
    assert!(second.precomputed().is_some(), "it came from the snapshot");
}

#[test]
fn an_edit_that_keeps_size_and_time_is_still_seen() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, _) = ron_file(dir.path(), 1);
    cache::open_in(folder.path(), &ron, load).unwrap();
    edit_keeping_size_and_time(&ron);
    let (c, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(said(&notes, "another version of the dataset"), "{notes:?}");
    assert_eq!(c.to_dataset(), load(&ron).unwrap());
    let (_, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(said(&notes, "used"), "rebuilt, then used: {notes:?}");
}

/// The RON at `ron` made different in content, with the same size and time.
fn edit_keeping_size_and_time(ron: &Path) {
    let edited = std::fs::read_to_string(ron)
        .unwrap()
        .replacen("woon", "WOON", 1);
    common::files::rewrite_keeping_size_and_time(ron, &edited);
}

#[test]
fn checked_after_the_snapshot_is_used_at_once_and_its_hash_judged_later() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 3);
    cache::open_in(folder.path(), &ron, load).unwrap();
    let after = |ron: &Path| {
        cache::open_in_checked(folder.path(), ron, cache::Check::After, |_| {
            Err("the RON was read".to_owned())
        })
    };
    let same = after(&ron).unwrap();
    assert_eq!(same.catalog.to_dataset(), data);
    assert!(
        same.unverified.unwrap().holds(),
        "the RON is the snapshot's"
    );

    edit_keeping_size_and_time(&ron);
    let stale = after(&ron).unwrap();
    assert_eq!(
        stale.catalog.to_dataset(),
        data,
        "shown before the hash is known"
    );
    assert!(
        !stale.unverified.unwrap().holds(),
        "then found to be of another RON"
    );

    // The same size at another time, or another size: not used at all, the RON is read.
    let mtime = std::fs::metadata(&ron).unwrap().modified().unwrap();
    common::files::set_time(&ron, mtime - std::time::Duration::from_secs(60));
    let from_ron = |opened: cache::Opened| {
        assert!(opened.unverified.is_none() && opened.catalog.precomputed().is_none());
        opened.catalog.to_dataset()
    };
    assert_eq!(from_ron(after(&ron).unwrap()), load(&ron).unwrap());
    std::fs::write(&ron, ron::to_string(&Dataset::default()).unwrap()).unwrap();
    assert_eq!(from_ron(after(&ron).unwrap()), Dataset::default());
}

#[test]
fn a_truncated_damaged_or_foreign_snapshot_is_rebuilt() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 2);
    cache::open_in(folder.path(), &ron, load).unwrap();
    let snap = cache::snapshot_path(folder.path(), &ron);
    let whole = std::fs::read(&snap).unwrap();
    let mut flipped = whole.clone();
    flipped[200] ^= 1;
    for bad in [
        whole[..whole.len() / 2].to_vec(),
        flipped,
        b"not a snapshot".to_vec(),
        Vec::new(),
    ] {
        std::fs::write(&snap, &bad).unwrap();
        let (c, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
        assert!(said(&notes, "rebuilt from the RON"), "{notes:?}");
        assert_eq!(c.to_dataset(), data);
        assert_eq!(std::fs::read(&snap).unwrap(), whole, "rebuilt whole");
    }
}

#[test]
fn a_folder_that_cannot_be_written_costs_only_the_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let (ron, data) = ron_file(dir.path(), 3);
    // A folder under a plain file cannot be made, whoever runs the test (root ignores modes).
    let blocked = dir.path().join("data.ron").join("cache");
    let (c, notes) = cache::open_in(&blocked, &ron, load).unwrap();
    assert_eq!(c.to_dataset(), data);
    let warnings: Vec<&Note> = notes.iter().filter(|n| n.warning).collect();
    assert_eq!(warnings.len(), 1, "{notes:?}");
    assert!(
        warnings[0].text.starts_with("geen snapshot bewaard in"),
        "{}",
        warnings[0].text
    );
    let missing = dir.path().join("new").join("cache");
    cache::open_in(&missing, &ron, load).unwrap();
    assert!(
        cache::snapshot_path(&missing, &ron).exists(),
        "a missing folder is made"
    );
}

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
    assert!(said(&notes, "used"));
    assert_eq!(c.to_dataset(), data);
    let names: Vec<String> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}

#[test]
fn a_snapshot_found_damaged_while_reading_and_forgotten_is_rebuilt_from_the_ron() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 5);
    cache::open_in(folder.path(), &ron, load).unwrap();
    let snap = cache::snapshot_path(folder.path(), &ron);
    let mut bytes = std::fs::read(&snap).unwrap();
    let text = data.cities[1].items[2].description.as_bytes()[..16].to_vec();
    let at = bytes
        .windows(16)
        .position(|w| w == text.as_slice())
        .unwrap();
    bytes[at] ^= 0x20;
    std::fs::write(&snap, &bytes).unwrap();
    let (c, _) = cache::open_in(folder.path(), &ron, load).unwrap();
    let _ = c.to_dataset();
    assert!(c.is_damaged());
    // Windows deletes an open file only when the last handle goes (wine always; Windows
    // itself unless the file system has POSIX deletes).
    #[cfg(windows)]
    drop(c);
    cache::forget_in(folder.path(), &ron);
    assert!(!snap.exists(), "forgotten");
    let (again, _) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert_eq!(again.to_dataset(), data, "rebuilt from the RON");
    assert!(!again.is_damaged());
    let (reused, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(said(&notes, "used"), "{notes:?}");
    assert_eq!(reused.to_dataset(), data);
    assert!(!reused.is_damaged());
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
    let runs: usize = std::env::var("WOONBELEID_RACE_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
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
        assert!(said(&opened.notes, "used"), "{check:?}: {:?}", opened.notes);
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
    assert!(said(&notes, "used"), "{notes:?}");
    assert_eq!(c.to_dataset(), data);
    let now = std::fs::metadata(&elsewhere).unwrap().modified().unwrap();
    assert_eq!(now, then, "the linked file's time was changed");
}

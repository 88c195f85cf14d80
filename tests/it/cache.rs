//! Snapshots in the cache folder: made on the first read of a RON file, used while they
//! match it, rebuilt when they do not (stale, truncated, damaged, of an older format), and
//! never more than a speed-up: a folder that cannot be written only costs the snapshot.
//! Several at work in one folder, and what else a folder holds: `cache_folder.rs`.

use crate::common;

use std::path::Path;

use common::cache_files::{load, ron_file, said};
use woonbeleid::cache::{self, Note};
use woonbeleid::model::Dataset;

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
    assert!(said(&notes, "gebruikt"), "{notes:?}");
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
    assert!(
        said(&notes, "een andere versie van de dataset"),
        "{notes:?}"
    );
    assert_eq!(c.to_dataset(), load(&ron).unwrap());
    let (_, notes) = cache::open_in(folder.path(), &ron, load).unwrap();
    assert!(said(&notes, "gebruikt"), "rebuilt, then used: {notes:?}");
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
        assert!(said(&notes, "herbouwd uit de RON"), "{notes:?}");
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
    assert!(said(&notes, "gebruikt"), "{notes:?}");
    assert_eq!(reused.to_dataset(), data);
    assert!(!reused.is_damaged());
}

//! A RON at rest is hashed once: while it stands where its last agreeing hash found it
//! (device, inode, change time, size, modification time), its snapshot is used without
//! reading it. A write in place, a copy renamed over it, a restored time: each moves its
//! change time, so the hash is compared again. The slot that records this binds it to the
//! snapshot's key and is refused when torn. Windows gives no change time: there every open
//! compares the hash, and the first test is Unix's alone.
#![cfg_attr(not(unix), allow(unused_imports, dead_code))]

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::cache_files::{load, ron_file, said};
use common::snapshots::{KEY, sample, written};
use woonbeleid::cache;
use woonbeleid::catalog::snapshot::{self, Key, Seen};

/// What the cache says when it used a snapshot without reading the RON.
const AT_REST: &str = "ongewijzigd sinds zijn hash het laatst klopte";

/// Longer than the RON must have been still before a hash counts as of the file at rest.
const STILL: Duration = Duration::from_millis(2_100);

/// A way to change the RON behind the cache's back, named, given the new text.
type Change<'a> = (&'a str, &'a dyn Fn(&str));

fn never_read(_: &Path) -> Result<woonbeleid::model::Dataset, String> {
    Err("the RON was read".to_owned())
}

#[cfg(unix)]
#[test]
fn a_ron_at_rest_is_not_read_again_and_every_kind_of_change_is_seen() {
    let (dir, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (ron, data) = ron_file(dir.path(), 5);
    let open = |ron: &Path| cache::open_in(folder.path(), ron, load).unwrap();
    let (_, notes) = open(&ron);
    assert!(
        !said(&notes, AT_REST),
        "made, not yet hashed at rest: {notes:?}"
    );
    let (_, notes) = open(&ron);
    assert!(
        !said(&notes, AT_REST),
        "just written: not at rest yet: {notes:?}"
    );
    std::thread::sleep(STILL);
    let (_, notes) = open(&ron);
    assert!(
        said(&notes, "gebruikt") && !said(&notes, AT_REST),
        "{notes:?}"
    );
    let (c, notes) = cache::open_in(folder.path(), &ron, never_read).unwrap();
    assert!(said(&notes, AT_REST), "{notes:?}");
    assert_eq!(c.to_dataset(), data);
    let checked_after =
        cache::open_in_checked(folder.path(), &ron, cache::Check::After, never_read).unwrap();
    assert!(checked_after.unverified.is_none(), "nothing left to judge");

    let text = std::fs::read_to_string(&ron).unwrap();
    let changes: [Change<'_>; 3] = [
        ("written in place, size and time kept", &|t| {
            common::files::rewrite_keeping_size_and_time(&ron, t);
        }),
        ("a copy renamed over it, size and time kept", &|t| {
            let copy = dir.path().join("copy.ron");
            std::fs::write(&copy, t).unwrap();
            common::files::set_time(&copy, std::fs::metadata(&ron).unwrap().modified().unwrap());
            std::fs::rename(&copy, &ron).unwrap();
        }),
        ("its time set back after a write", &|t| {
            let time = std::fs::metadata(&ron).unwrap().modified().unwrap();
            std::fs::write(&ron, t).unwrap();
            common::files::set_time(&ron, time);
        }),
    ];
    for (n, (how, change)) in changes.iter().enumerate() {
        // Made at rest again first, so each change meets a marked snapshot.
        std::thread::sleep(STILL);
        open(&ron);
        assert!(
            said(
                &cache::open_in(folder.path(), &ron, never_read).unwrap().1,
                AT_REST
            ),
            "{how}: at rest before the change"
        );
        let edited = text.replacen("woon", &format!("WO{n}N")[..4], 1);
        change(&edited);
        let (c, notes) = open(&ron);
        assert!(!said(&notes, AT_REST), "{how}: {notes:?}");
        assert_eq!(c.to_dataset(), load(&ron).unwrap(), "{how}");
    }
}

#[test]
fn the_slot_holds_only_for_its_own_key_and_only_whole() {
    let (f, _) = written(&sample());
    let seen = Seen {
        device: 1,
        inode: 2,
        changed_ns: 3,
    };
    let file = || std::fs::File::open(f.path()).unwrap();
    assert_eq!(
        snapshot::key_and_seen(&file()).unwrap(),
        (KEY, None),
        "none yet"
    );
    snapshot::mark_seen(f.path(), &KEY, seen).unwrap();
    assert_eq!(snapshot::key_and_seen(&file()).unwrap(), (KEY, Some(seen)));
    let other = Key { hash: 1, ..KEY };
    snapshot::mark_seen(f.path(), &other, Seen { inode: 9, ..seen }).unwrap();
    assert_eq!(
        snapshot::key_and_seen(&file()).unwrap().1,
        Some(seen),
        "a slot for another snapshot's key is not written"
    );
    // Each byte of the slot changed in turn: none leaves it whole.
    let bytes = std::fs::read(f.path()).unwrap();
    let marked: Vec<u8> = [1u64, 2, 3].iter().flat_map(|n| n.to_le_bytes()).collect();
    let slot = bytes
        .windows(marked.len())
        .position(|w| w == marked)
        .expect("the slot");
    for at in slot..slot + 32 {
        let mut torn = bytes.clone();
        torn[at] ^= 0x10;
        std::fs::write(f.path(), &torn).unwrap();
        assert_eq!(
            snapshot::key_and_seen(&file()).unwrap().1,
            None,
            "byte {at}"
        );
    }
}

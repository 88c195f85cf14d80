//! `filter` and `search` read a dataset file through its snapshot in the cache folder: the
//! same answers as from the RON, whatever state the snapshot is in, and never more than one
//! line of warning.
// The tests of what only Unix has (FIFOs, signals, a shell) are left out elsewhere, and
// with them the use of some imports.
#![cfg_attr(not(unix), allow(unused_imports))]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::cli::{BIN, bin};

mod import;

/// A dataset file of a few MB in `dir`: several steps of a search's reading, and a run of
/// at least 1 MB of text for each of several search threads.
fn dataset(dir: &Path) -> PathBuf {
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 6_000,
        items_per_city: 7,
        description_len: 1_000,
        seed: 4,
    });
    let path = dir.join("d.ron");
    std::fs::write(&path, woonbeleid::store::to_ron(&data)).unwrap();
    path
}

/// A folder holding a dataset file and (once made) the cache folder: the folder (removed
/// when dropped), the RON and the cache folder.
pub(crate) fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let ron = dataset(dir.path());
    let cache = dir.path().join("cache");
    (dir, ron, cache)
}

pub(crate) fn run(cache: &Path, args: &[&str], ron: &Path) -> Output {
    bin()
        .args(args)
        .arg("--data")
        .arg(ron)
        .env("WOONBELEID_CACHE", cache)
        .output()
        .unwrap()
}

pub(crate) fn snapshots(cache: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(cache)
        .map_or_else(|_| Vec::new(), |d| d.flatten().map(|e| e.path()).collect())
}

const COMMANDS: [&[&str]; 4] = [
    &["filter", "woonr"],
    &["search", "woonraad"],
    &["search", "zzzz"],
    &["search", ""],
];

#[test]
fn answers_are_the_same_from_the_ron_and_from_the_snapshot() {
    let (_dir, ron, cache) = setup();
    for args in COMMANDS {
        let mut plain = vec!["--no-cache"];
        plain.extend_from_slice(args);
        let truth = run(&cache, &plain, &ron);
        assert!(snapshots(&cache).is_empty(), "--no-cache keeps no snapshot");
        let first = run(&cache, args, &ron);
        assert_eq!(
            snapshots(&cache).len(),
            1,
            "{args:?}: the first run keeps one"
        );
        let second = run(&cache, args, &ron);
        for o in [&first, &second] {
            assert_eq!(o.stdout, truth.stdout, "{args:?}");
            assert_eq!(o.status.code(), truth.status.code(), "{args:?}");
            assert!(
                o.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        std::fs::remove_dir_all(&cache).unwrap();
    }
}

#[test]
fn a_snapshot_damaged_anywhere_gives_the_same_answers_and_one_line() {
    let (_dir, ron, cache) = setup();
    let truth = run(&cache, &["--no-cache", "search", "woonraad"], &ron);
    let mut said = String::new();
    // The header, the names and titles, the texts and the sections after them: every part
    // of the file.
    for at_percent in [0, 1, 5, 20, 45, 70, 95, 99] {
        run(&cache, &["filter", "x"], &ron);
        let snap = snapshots(&cache).pop().unwrap();
        let mut bytes = std::fs::read(&snap).unwrap();
        let at = bytes.len() * at_percent / 100;
        bytes[at] ^= 0x55;
        std::fs::write(&snap, bytes).unwrap();
        let o = run(&cache, &["search", "woonraad"], &ron);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.stdout, truth.stdout, "byte at {at_percent}%");
        assert!(err.lines().count() <= 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
        said.push_str(&err);
        let again = run(&cache, &["search", "woonraad"], &ron);
        assert!(
            again.stderr.is_empty(),
            "rebuilt: {}",
            String::from_utf8_lossy(&again.stderr)
        );
        assert_eq!(again.stdout, truth.stdout);
    }
    // Both ways of finding damage were taken: when the snapshot is opened, and while a
    // text is read (the command then runs again on the RON).
    assert!(said.contains("niet gebruikt"), "{said}");
    assert!(said.contains("opnieuw uit de RON gelezen"), "{said}");
}

#[test]
fn a_cache_folder_that_cannot_be_made_costs_one_warning_line() {
    let dir = tempfile::tempdir().unwrap();
    let ron = dataset(dir.path());
    // A file where the folder should be: not even root can make it.
    let cache = dir.path().join("not-a-folder");
    std::fs::write(&cache, "x").unwrap();
    let truth = run(&cache, &["--no-cache", "filter", "woonr"], &ron);
    let o = run(&cache, &["filter", "woonr"], &ron);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.stdout, truth.stdout);
    assert!(o.status.success());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("waarschuwing: geen snapshot bewaard"),
        "{err}"
    );
    assert!(err.contains("de map kan niet worden gemaakt"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn an_edited_ron_with_its_size_and_time_given_back_is_read_anew() {
    let (_dir, ron, cache) = setup();
    let text = std::fs::read_to_string(&ron).unwrap();
    // Same length: a title's first letter and four letters of a text changed.
    let edited = same_length_edit(&text, "title: \"", "Q");
    let edited = same_length_edit(&edited, "description: \"", "zqzq");
    // The snapshot of the old content is used while the RON's hash is worked out; the
    // answer must not come from it.
    for args in [["filter", "^q"], ["search", "zqzq"], ["search", ""]] {
        common::files::rewrite_keeping_size_and_time(&ron, &text);
        run(&cache, &["filter", "x"], &ron);
        common::files::rewrite_keeping_size_and_time(&ron, &edited);
        let o = run(&cache, &args, &ron);
        let truth = run(&cache, &[&["--no-cache"][..], &args].concat(), &ron);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(
            o.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(o.stdout, truth.stdout, "{args:?}");
        assert!(!o.stdout.is_empty(), "{args:?}");
    }
}

/// `text` with the bytes after the first `marker` replaced by `new`, as long as before.
fn same_length_edit(text: &str, marker: &str, new: &str) -> String {
    let at = text.find(marker).unwrap() + marker.len();
    assert!(text[at..at + new.len()].is_ascii() && !text[at..].starts_with(new));
    format!("{}{new}{}", &text[..at], &text[at + new.len()..])
}

#[cfg(unix)]
#[test]
fn output_ends_before_the_snapshot_is_written() {
    // A reader of the output sees its end when the answer is complete, not after the
    // snapshot: `sh` reads the first line and the whole output through a pipe.
    // The reader counts the lines and, when they end, marks the time in a file (a shell
    // redirection: no process to start). The snapshot of ~30 MB of text takes longer to
    // write than that; had the output ended with the process, the mark would be later.
    let dir = tempfile::tempdir().unwrap();
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 30_000,
        items_per_city: 7,
        description_len: 1_000,
        seed: 5,
    });
    let ron = dir.path().join("big.ron");
    std::fs::write(&ron, woonbeleid::store::to_ron(&data)).unwrap();
    let (cache, mark) = (dir.path().join("cache"), dir.path().join("ended"));
    let o = Command::new("sh")
        .arg("-c")
        .arg("\"$BIN\" filter woonr --data \"$RON\" | (wc -l; : > \"$MARK\")")
        .env("BIN", BIN)
        .env("RON", &ron)
        .env("MARK", &mark)
        .env("WOONBELEID_CACHE", &cache)
        .output()
        .unwrap();
    let count: usize = String::from_utf8_lossy(&o.stdout).trim().parse().unwrap();
    assert!(count > 0);
    let snapshot = snapshots(&cache);
    assert_eq!(snapshot.len(), 1, "written once the command is done");
    let time = |p: &Path| std::fs::metadata(p).unwrap().modified().unwrap();
    assert!(
        time(&mark) < time(&snapshot[0]),
        "the output ended after the snapshot was written"
    );
}

#[test]
fn processes_building_one_snapshot_at_once_leave_one_whole_snapshot() {
    let (dir, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let ron = dataset(dir.path());
    let expected = run(cache.path(), &["--no-cache", "filter", "woonr"], &ron);
    for round in 0..3 {
        let _ = std::fs::remove_dir_all(cache.path());
        let children: Vec<_> = (0..4)
            .map(|_| {
                bin()
                    .args(["filter", "woonr", "--data"])
                    .arg(&ron)
                    .env("WOONBELEID_CACHE", cache.path())
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let o = child.wait_with_output().unwrap();
            assert_eq!(o.stdout, expected.stdout, "round {round}");
            assert!(
                o.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&o.stderr)
            );
        }
        let left = snapshots(cache.path());
        assert_eq!(left.len(), 1, "one snapshot, no temporary file: {left:?}");
        let (c, notes) = woonbeleid::cache::open_in(cache.path(), &ron, |_| {
            Err("the RON was read: the snapshot was not whole".to_owned())
        })
        .unwrap();
        assert!(
            notes.iter().any(|n| n.text.contains("gebruikt")),
            "{notes:?}"
        );
        assert_eq!(c.len(), 6_000);
    }
}

/// A RON its reader may not read is not answered from its snapshot: the same refusal as
/// without the cache. Root reads every file, so only another user can see this fail.
#[cfg(unix)]
#[test]
fn a_ron_that_cannot_be_read_is_not_answered_from_its_snapshot() {
    use std::os::unix::fs::PermissionsExt;
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    if root {
        eprintln!("skipped: root reads a file of mode 000");
        return;
    }
    let (_dir, ron, cache) = setup();
    let first = run(&cache, &["filter", "woonr"], &ron);
    assert!(first.status.success(), "{}", common::cli::stderr(&first));
    std::fs::set_permissions(&ron, std::fs::Permissions::from_mode(0o000)).unwrap();
    for args in [&["filter", "woonr"][..], &["search", "woonraad"]] {
        let cached = run(&cache, args, &ron);
        let direct = run(&cache, &[args, &["--no-cache"]].concat(), &ron);
        assert_eq!(cached.status.code(), Some(1), "{args:?}");
        assert!(cached.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&cached.stderr),
            String::from_utf8_lossy(&direct.stderr),
            "{args:?}"
        );
    }
    std::fs::set_permissions(&ron, std::fs::Permissions::from_mode(0o644)).unwrap();
}

/// `note`, `notes` and `show` need one item or the names, not every text parsed: they read
/// the snapshot as `filter` does (kept on the first run, so the folder shows it), and
/// answer on that first run as they do without the cache (`note` and `--version` once
/// printed nothing there: their answer came after the output had been ended for the
/// snapshot to be written).
#[test]
fn note_notes_and_show_go_through_the_snapshot() {
    let (_dir, ron, cache) = setup();
    let listed = run(&cache, &["filter", ""], &ron);
    let first = common::cli::stdout(&listed);
    let (city, title) = first.lines().next().unwrap().split_once('\t').unwrap();
    let home = tempfile::tempdir().unwrap();
    let run_in = |cache: &Path, args: &[&str]| {
        bin()
            .args(args)
            .arg("--data")
            .arg(&ron)
            .env("WOONBELEID_CACHE", cache)
            .env("WOONBELEID_HOME", home.path())
            .output()
            .unwrap()
    };
    for args in [
        &["note", city, title, "--set", "via de snapshot"][..],
        &["note", city, title],
        &["notes"],
        &["bookmarks"],
        &["show", city, title],
        &["show", city],
        // Counted from the snapshot, not by parsing a RON that may be a gigabyte.
        &["--version"],
        &["export", "--format", "md", "--section", "A. OVERLEG"],
        &["related", city, title],
        &["filter", "woonr"],
        &["search", "woonraad"],
    ] {
        let cache = cache.join(args.join("-").replace(' ', "_"));
        let o = run_in(&cache, args);
        let err = common::cli::stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
        assert_eq!(snapshots(&cache).len(), 1, "{args:?} kept a snapshot");
        if args.contains(&"--set") {
            continue;
        }
        let mut plain = vec!["--no-cache"];
        plain.extend_from_slice(args);
        let truth = run_in(&cache, &plain);
        // No bookmark was set: their list is empty, but for the same reason either way.
        assert!(
            !truth.stdout.is_empty() || args == ["bookmarks"],
            "{args:?} prints"
        );
        assert_eq!(
            common::cli::stdout(&o),
            common::cli::stdout(&truth),
            "{args:?}: the first run, which made the snapshot"
        );
        let again = run_in(&cache, args);
        assert_eq!(again.stdout, truth.stdout, "{args:?}: from the snapshot");
    }
}

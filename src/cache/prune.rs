//! Keeping the cache folder small. A snapshot is named by its RON's path, so the snapshots
//! of RON files renamed, deleted or written into temporary folders would pile up for ever;
//! the least recently used are dropped instead, like any cache. A snapshot dropped too
//! soon only costs one read of its RON.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How much the folder keeps, counted from the most recently used snapshot down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// A snapshot not used for this long is dropped.
    pub unused_for: Duration,
    /// No more snapshots than this…
    pub count: usize,
    /// …and no more bytes than this (the one just written is kept whatever its size).
    pub bytes: u64,
}

/// Thirty days covers a dataset consulted monthly; 32 datasets and 4 GiB hold several
/// datasets of a million items (a snapshot is about the size of the texts).
pub const LIMITS: Limits = Limits {
    unused_for: Duration::from_secs(30 * 24 * 60 * 60),
    count: 32,
    bytes: 4 << 30,
};

/// A snapshot in the folder, as the listing found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub len: u64,
    /// When it was written or last used: its modification time, refreshed by `used`.
    pub used: SystemTime,
}

/// The snapshots to drop from `entries` at `now`; `keep` (the one just written) never is.
#[must_use]
pub fn to_drop(
    mut entries: Vec<Entry>,
    keep: &Path,
    now: SystemTime,
    limits: Limits,
) -> Vec<PathBuf> {
    // Most recently used first; the kept one first of all, so that it counts against the
    // limits before any other does.
    entries.sort_by(|a, b| {
        (b.path == keep)
            .cmp(&(a.path == keep))
            .then(b.used.cmp(&a.used))
    });
    let (mut count, mut bytes) = (0usize, 0u64);
    let mut dropped = Vec::new();
    for entry in entries {
        let kept = entry.path == keep;
        count += 1;
        bytes = bytes.saturating_add(entry.len);
        let stale = now
            .duration_since(entry.used)
            .is_ok_and(|age| age > limits.unused_for);
        if !kept && (stale || count > limits.count || bytes > limits.bytes) {
            count -= 1;
            bytes -= entry.len;
            dropped.push(entry.path);
        }
    }
    dropped
}

/// Whether a file name is one of ours: sixteen hex digits and `.snapshot`. A folder set by
/// `$WOONBELEID_CACHE` may hold anything else, which is never touched.
fn is_snapshot(name: &str) -> bool {
    name.strip_suffix(".snapshot")
        .is_some_and(|stem| stem.len() == 16 && stem.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Whether a file name is one of the temporary snapshots `keep` makes:
/// `.{snapshot name}.woonbeleid-tmp-{pid}-{random}`. Anything else with the mark in its name
/// (`report.woonbeleid-tmp-99999`) is someone else's.
pub(super) fn is_our_temporary(name: &str) -> bool {
    let mark = crate::store::write::TMP_MARK;
    name.strip_prefix('.')
        .and_then(|rest| rest.split_once(mark))
        .is_some_and(|(snapshot, writer)| {
            is_snapshot(snapshot)
                && writer
                    .split_once('-')
                    .is_some_and(|(pid, _)| pid.parse::<u32>().is_ok())
        })
}

/// The snapshots in `folder`.
fn list(folder: &Path) -> Vec<Entry> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(is_snapshot))
        .filter_map(|e| {
            let meta = e.metadata().ok().filter(fs::Metadata::is_file)?;
            Some(Entry {
                path: e.path(),
                len: meta.len(),
                used: meta.modified().ok()?,
            })
        })
        .collect()
}

/// Drops from `folder` what `limits` do not keep; `keep` stays.
pub fn prune(folder: &Path, keep: &Path, limits: Limits) {
    for path in to_drop(list(folder), keep, SystemTime::now(), limits) {
        let _ = fs::remove_file(path);
    }
}

/// Marks a snapshot as just used, so that it is among the last to be dropped.
pub fn used(snapshot: &Path) {
    // A snapshot that is a link to a file elsewhere is not ours to date (nor, being no
    // regular file, to drop).
    if fs::symlink_metadata(snapshot).is_ok_and(|m| m.file_type().is_symlink()) {
        return;
    }
    let _ = fs::File::open(snapshot).and_then(|f| f.set_modified(SystemTime::now()));
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(24 * 60 * 60);

    fn entry(name: &str, len: u64, days_ago: u64, now: SystemTime) -> Entry {
        Entry {
            path: PathBuf::from(name),
            len,
            used: now - DAY * u32::try_from(days_ago).unwrap(),
        }
    }

    fn limits(count: usize, bytes: u64) -> Limits {
        Limits {
            unused_for: DAY * 30,
            count,
            bytes,
        }
    }

    /// The names `to_drop` gives for `(name, size, days since used)` entries, `kept` the
    /// one just written, sorted.
    fn dropped(all: &[(&str, u64, u64)], kept: &str, limits: Limits) -> Vec<String> {
        let now = SystemTime::now();
        let entries = all
            .iter()
            .map(|&(name, len, days)| entry(name, len, days, now))
            .collect();
        let mut gone: Vec<String> = to_drop(entries, Path::new(kept), now, limits)
            .into_iter()
            .map(|p| p.display().to_string())
            .collect();
        gone.sort();
        gone
    }

    #[test]
    fn snapshots_unused_past_the_age_go_and_the_rest_stay() {
        let all = [("a", 1, 0), ("b", 1, 30), ("c", 1, 31), ("d", 1, 400)];
        assert_eq!(dropped(&all, "a", limits(10, 100)), ["c", "d"]);
    }

    #[test]
    fn past_the_count_the_least_recently_used_go() {
        let all = [("old", 1, 5), ("new", 1, 1), ("mid", 1, 3), ("kept", 1, 9)];
        assert_eq!(dropped(&all, "kept", limits(3, 100)), ["old"]);
        assert!(dropped(&all, "kept", limits(4, 100)).is_empty());
        assert_eq!(dropped(&all, "kept", limits(1, 100)), ["mid", "new", "old"]);
    }

    #[test]
    fn past_the_bytes_the_least_recently_used_go_and_a_small_older_one_may_stay() {
        let all = [("kept", 50, 0), ("big", 60, 1), ("small", 10, 2)];
        // 50 + 60 is over 60, so big goes; 50 + 10 is 60 exactly, so small stays.
        assert_eq!(dropped(&all, "kept", limits(10, 60)), ["big"]);
        assert!(dropped(&all, "kept", limits(10, 120)).is_empty());
        assert_eq!(dropped(&all, "kept", limits(10, 119)), ["small"]);
        // What goes does not count against the bytes kept: 50 + 10 is over 59.
        assert_eq!(dropped(&all, "kept", limits(10, 59)), ["big", "small"]);
        // Nor against the number kept.
        assert_eq!(dropped(&all, "kept", limits(2, 60)), ["big"]);
    }

    #[test]
    fn the_snapshot_just_written_stays_whatever_the_limits() {
        let all = [("other", 1, 0), ("kept", 500, 90)];
        assert_eq!(dropped(&all, "kept", limits(1, 10)), ["other"]);
    }

    #[test]
    fn a_time_in_the_future_is_not_old() {
        let now = SystemTime::now();
        let ahead = Entry {
            path: PathBuf::from("ahead"),
            len: 1,
            used: now + DAY * 400,
        };
        assert!(to_drop(vec![ahead], Path::new("x"), now, limits(10, 10)).is_empty());
    }

    #[test]
    fn only_the_temporary_names_keep_makes_are_ours() {
        assert!(is_our_temporary(
            ".0123456789abcdef.snapshot.woonbeleid-tmp-12-AbC12"
        ));
        for other in [
            "report.woonbeleid-tmp-99999",
            ".report.woonbeleid-tmp-99999-x",
            ".0123456789abcdef.snapshot.woonbeleid-tmp-12",
            ".0123456789abcdef.snapshot.woonbeleid-tmp-x-AbC12",
            "0123456789abcdef.snapshot.woonbeleid-tmp-12-AbC12",
            ".d.ron.woonbeleid-tmp-12",
        ] {
            assert!(!is_our_temporary(other), "{other}");
        }
    }

    #[test]
    fn only_our_snapshot_names_are_ours() {
        // Whatever name a snapshot is given is one of ours.
        let made =
            super::super::folder::snapshot_path(Path::new("/cache"), Path::new("/d/data.ron"));
        assert!(is_snapshot(&made.file_name().unwrap().to_string_lossy()));
        assert!(is_snapshot("0123456789abcdef.snapshot"));
        assert!(is_snapshot("0123456789ABCDEF.snapshot"));
        for other in [
            "0123456789abcdef.snapshot.bak",
            "0123456789abcde.snapshot",
            "0123456789abcdef0.snapshot",
            "0123456789abcdeg.snapshot",
            ".0123456789abcdef.snapshot.woonbeleid-tmp-12-x",
            "notes.ron",
        ] {
            assert!(!is_snapshot(other), "{other}");
        }
    }
}

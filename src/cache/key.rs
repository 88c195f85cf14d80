//! A RON file's identity, which a snapshot is keyed by.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;
use std::thread::JoinHandle;
use std::time::{SystemTime, UNIX_EPOCH};

use xxhash_rust::xxh3::Xxh3;

use crate::catalog::snapshot::{Key, Seen};
use crate::parallel;

/// The RON file's identity: size, modification time, and the hash of all its bytes (so a
/// file edited and given back its size and time is still told apart).
///
/// # Errors
/// The file cannot be read.
pub fn key(ron: &Path) -> io::Result<Key> {
    key_at_rest(ron).map(|(key, _)| key)
}

/// How long before a hash began the RON must have last changed for the hash to count as
/// of the file at rest: a write in the same tick of the file system's clock as the read
/// would otherwise leave its change time as it was (coarse clocks tick in milliseconds;
/// some file systems keep seconds).
const AT_REST_NS: u64 = 2_000_000_000;

/// `key`, and where the RON stands when it was at rest throughout: the same identity,
/// size and time before and after the read, last changed well before the read began.
///
/// # Errors
/// The file cannot be read.
pub(super) fn key_at_rest(ron: &Path) -> io::Result<(Key, Option<Seen>)> {
    let began = SystemTime::now();
    let mut file = open_regular(ron)?;
    let before = file.metadata()?;
    let key = hash_all(&mut file, mtime_ns(&before))?;
    let after = file.metadata()?;
    let began_ns = began
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    let at_rest = crate::platform::identity(&before).filter(|seen| {
        crate::platform::identity(&after) == Some(*seen)
            && before.len() == key.len
            && after.len() == key.len
            && mtime_ns(&after) == key.mtime_ns
            && seen.changed_ns.saturating_add(AT_REST_NS) < began_ns
    });
    Ok((key, at_rest))
}

fn hash_all(file: &mut fs::File, mtime_ns: u64) -> io::Result<Key> {
    let mut hash = Xxh3::new();
    let mut buf = vec![0; 256 << 10];
    let mut len = 0;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        len += n as u64;
    }
    Ok(Key {
        len,
        mtime_ns,
        hash: hash.digest128(),
    })
}

/// The RON's key being worked out on a thread of its own, beside the snapshot's reading;
/// or worked out already, when there was no thread to spare.
#[derive(Debug)]
pub(super) enum Hashing {
    Apart(JoinHandle<io::Result<(Key, Option<Seen>)>>),
    Done(io::Result<(Key, Option<Seen>)>),
}

impl Hashing {
    pub(super) fn start(ron: &Path) -> Hashing {
        let owned = ron.to_owned();
        match parallel::background("hash", move || key_at_rest(&owned)) {
            Ok(thread) => Hashing::Apart(thread),
            Err(_) => Hashing::Done(key_at_rest(ron)),
        }
    }

    /// The key and, if the RON was at rest, where it stands, once known; `Err` when the
    /// thread working it out panicked.
    pub(super) fn join(self) -> std::thread::Result<io::Result<(Key, Option<Seen>)>> {
        match self {
            Hashing::Apart(thread) => thread.join(),
            Hashing::Done(key) => Ok(key),
        }
    }
}

/// A file the cache reads, refused unless it is a regular file: a FIFO where a snapshot
/// or the RON should be would block the open forever.
pub(super) fn open_regular(path: &Path) -> io::Result<fs::File> {
    crate::store::read::regular(path)?;
    fs::File::open(path)
}

/// A writer that hashes what passes through it, so that the key of a RON being written
/// is known without reading the file back (which cost an import a sixth of its time).
pub struct Keyed<W> {
    inner: W,
    hash: Xxh3,
    len: u64,
}

impl<W: Write> Keyed<W> {
    pub fn new(inner: W) -> Keyed<W> {
        Keyed {
            inner,
            hash: Xxh3::new(),
            len: 0,
        }
    }

    /// The hash and length of what was written, for `key_of_written`.
    #[must_use]
    pub fn finish(self) -> Written {
        Written {
            len: self.len,
            hash: self.hash.digest128(),
        }
    }
}

impl<W: Write> Write for Keyed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// What a `Keyed` writer saw.
#[derive(Debug, Clone, Copy)]
pub struct Written {
    len: u64,
    hash: u128,
}

/// The key of a file written through a `Keyed` writer, from its metadata as written;
/// `None` when the file holds more or less than what passed (then nothing is known).
#[must_use]
pub fn key_of_written(written: Written, meta: &fs::Metadata) -> Option<Key> {
    (meta.len() == written.len).then(|| Key {
        len: written.len,
        mtime_ns: mtime_ns(meta),
        hash: written.hash,
    })
}

pub(super) fn mtime_ns(meta: &fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// Whether the RON is still the file `key` describes by size and time: it was hashed and
/// parsed in two reads, and a file replaced between them must not have its new content
/// kept under the old content's key (a later return to the old content would be served
/// the new one).
pub(super) fn unchanged_since(ron: &Path, key: &Key) -> bool {
    fs::metadata(ron).is_ok_and(|m| m.len() == key.len && mtime_ns(&m) == key.mtime_ns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;

    #[test]
    fn the_key_of_what_was_written_is_the_key_read_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.ron");
        let mut keyed = Keyed::new(File::create(&path).unwrap());
        for part in ["(chapter: \"1. É\",", &"x".repeat(5 << 20), ")"] {
            keyed.write_all(part.as_bytes()).unwrap();
        }
        keyed.flush().unwrap();
        let written = keyed.finish();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!(key_of_written(written, &meta), Some(key(&path).unwrap()));
        // A file that holds more than passed through is not what was hashed.
        fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b" ")
            .unwrap();
        assert_eq!(key_of_written(written, &fs::metadata(&path).unwrap()), None);
    }
}

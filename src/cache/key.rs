//! A RON file's identity, which a snapshot is keyed by.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;
use std::time::UNIX_EPOCH;

use xxhash_rust::xxh3::Xxh3;

use crate::catalog::snapshot::Key;

/// The RON file's identity: size, modification time, and the hash of all its bytes (so a
/// file edited and given back its size and time is still told apart).
///
/// # Errors
/// The file cannot be read.
pub fn key(ron: &Path) -> io::Result<Key> {
    let mut file = File::open(ron)?;
    let mtime_ns = mtime_ns(&file.metadata()?);
    let mut hash = Xxh3::new();
    let mut buf = vec![0; 4 << 20];
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

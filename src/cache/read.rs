//! The RON read once for a snapshot to be made of it: the bytes parsed are the bytes
//! hashed, so a snapshot is never kept under the key of other content. (Hashed in one read
//! and parsed in another, a RON replaced between the two by one of the same size and time
//! — `cp -p`, `rsync -t`, coarse timestamps — left its new content under the old key.)

use std::fs::Metadata;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use xxhash_rust::xxh3::Xxh3;

use super::key::{mtime_ns, open_regular};
use crate::catalog::Catalog;
use crate::catalog::snapshot::Key;
use crate::model::Dataset;
use crate::parallel;

/// The RON's catalog, knowing its sources, with the key of the bytes it was parsed from
/// when the cache could read them; otherwise `load_ron`'s reading (its dataset without a
/// key, or its error: the caller's words for a RON that cannot be read or parsed).
///
/// # Errors
/// `load_ron`'s.
pub(super) fn parsed<E>(
    ron: &Path,
    load_ron: impl FnOnce(&Path) -> Result<Dataset, E>,
) -> Result<(Catalog, Option<Key>), E> {
    match read_once(ron) {
        Some((data, sources, key)) => Ok((Catalog::new(data).with_sources(sources), Some(key))),
        None => load_ron(ron).map(|data| (Catalog::new(data), None)),
    }
}

/// The RON read into memory once, then hashed and parsed at the same time (two cores: the
/// hash costs no wait); `None` when it cannot be read, is not a regular file or does not
/// parse.
fn read_once(ron: &Path) -> Option<(Dataset, Vec<String>, Key)> {
    let mut file = open_regular(ron).ok()?;
    let meta = file.metadata().ok().filter(Metadata::is_file)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).ok()?.saturating_add(1));
    file.read_to_end(&mut bytes).ok()?;
    drop(file);
    let name = ron.display().to_string();
    // Shared with the hashing thread, not copied: the RON may be a gigabyte.
    let bytes = Arc::new(bytes);
    let hashing = {
        let bytes = Arc::clone(&bytes);
        parallel::background("hash", move || hash_of(&bytes))
    };
    let parsed = crate::store::parse_bytes(&name, &bytes);
    let hash = match hashing {
        Ok(thread) => thread.join().ok()?,
        // No thread to spare: the hash after the parse, not beside it.
        Err(_) => hash_of(&bytes),
    };
    let key = Key {
        len: bytes.len() as u64,
        // Taken before the read: a RON written during it has a later time, and its key
        // then matches no file.
        mtime_ns: mtime_ns(&meta),
        hash,
    };
    let (data, sources) = parsed.ok()?.split();
    Some((data, sources, key))
}

/// The content hash a key holds.
fn hash_of(bytes: &[u8]) -> u128 {
    let mut hash = Xxh3::new();
    hash.update(bytes);
    hash.digest128()
}

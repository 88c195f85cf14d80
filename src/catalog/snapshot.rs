//! The catalog as a file made for reading: what a command needs is all it reads. Names,
//! titles, flags and offsets are small and read whole at open, each section checked
//! against its checksum; texts stay in the file and are read, checked, when shown or
//! searched (see `disk`; a search folds them as it reads them). Written from a catalog in memory, in one
//! pass, without copying the texts.
//!
//! Layout: a header (magic, format version, the RON's identity, the section table) and the
//! sections, all little-endian. Anything that does not add up is `Damaged`, never a panic.

use std::fs::File;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::sync::Arc;

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::Catalog;
use super::format::{KINDS, Kind, MAGIC};
pub use super::format::{Key, Unusable, VERSION};
use super::item::Precomputed;
/// Where the RON stood (device, inode, change time) when its hash was last found to be a
/// snapshot's key while it was at rest: as long as it stands there unchanged, its bytes are
/// those hashed and need no hashing again.
pub use crate::platform::Identity as Seen;

/// The header: magic, version, key (8 + 4 + 4 + 8 + 8 + 16), then per section its
/// offset, length and checksum.
const HEAD: usize = 48;
const ENTRY: usize = 24;
const TABLE: usize = HEAD + KINDS.len() * ENTRY + 8;
/// After the table, the slot of `Seen` (three numbers and their sum with the key): written
/// in place after the snapshot, so it is outside the header's sum and has its own.
const SEEN: usize = 32;

#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    offset: u64,
    len: u64,
    sum: u64,
}

/// Writes the catalog as a snapshot of the RON with `key`, with its sections across cities
/// (`SectionIndex::precomputed`: worked out above the catalog, kept in its snapshot).
///
/// # Errors
/// The file cannot be written.
pub fn write(
    catalog: &Catalog,
    sections: &Precomputed,
    key: Key,
    file: &mut File,
) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, &mut *file);
    out.write_all(&[0; TABLE + SEEN])?;
    let mut entries = [Entry::default(); KINDS.len()];
    let mut at = (TABLE + SEEN) as u64;
    let mut encoder = super::encode::Encoder::new(catalog, sections);
    for (i, kind) in KINDS.iter().enumerate() {
        // Texts are checked one by one when read: a sum of the whole section would never
        // be looked at.
        let whole_sum = *kind != Kind::Texts;
        let mut w = Counted::new(&mut out, whole_sum);
        encoder.section(*kind, &mut w)?;
        entries[i] = Entry {
            offset: at,
            len: w.len,
            sum: w.hash.map_or(0, |h| h.digest()),
        };
        at += w.len;
    }
    out.flush()?;
    drop(out);
    let mut head = Vec::with_capacity(TABLE);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&VERSION.to_le_bytes());
    head.extend_from_slice(&(KINDS.len() as u32).to_le_bytes());
    head.extend_from_slice(&key.len.to_le_bytes());
    head.extend_from_slice(&key.mtime_ns.to_le_bytes());
    head.extend_from_slice(&key.hash.to_le_bytes());
    for e in entries {
        head.extend_from_slice(&e.offset.to_le_bytes());
        head.extend_from_slice(&e.len.to_le_bytes());
        head.extend_from_slice(&e.sum.to_le_bytes());
    }
    let sum = xxh3_64(&head);
    head.extend_from_slice(&sum.to_le_bytes());
    file.seek(SeekFrom::Start(0))?;
    file.write_all(&head)
}

/// A writer that counts and hashes what passes through it.
struct Counted<'a, W: Write> {
    inner: &'a mut W,
    len: u64,
    hash: Option<Xxh3>,
}

impl<'a, W: Write> Counted<'a, W> {
    fn new(inner: &'a mut W, hashed: bool) -> Self {
        Counted {
            inner,
            len: 0,
            hash: hashed.then(Xxh3::new),
        }
    }
}

impl<W: Write> Write for Counted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        if let Some(hash) = &mut self.hash {
            hash.update(&buf[..n]);
        }
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Opens a snapshot for the RON with `key`.
///
/// # Errors
/// A file that is not a snapshot, of another format, of another RON, or damaged.
pub fn open(file: File, key: Key) -> Result<Catalog, Unusable> {
    open_if(file, |found| *found == key).map(|(catalog, _)| catalog)
}

/// Opens a snapshot whose RON's key `accept` takes (and says which key that was): for a
/// caller that checks the RON's hash after showing what it opened.
///
/// # Errors
/// As `open`, `Stale` when `accept` refuses the key.
pub fn open_if(file: File, accept: impl FnOnce(&Key) -> bool) -> Result<(Catalog, Key), Unusable> {
    let size = file.metadata()?.len();
    let (head, found) = header(&file)?;
    if !accept(&found) {
        return Err(Unusable::Stale);
    }
    let mut entries = [Entry::default(); KINDS.len()];
    for (i, e) in entries.iter_mut().enumerate() {
        let at = HEAD + i * ENTRY;
        *e = Entry {
            offset: u64_at(&head, at),
            len: u64_at(&head, at + 8),
            sum: u64_at(&head, at + 16),
        };
        if e.offset.checked_add(e.len).is_none_or(|end| end > size) {
            return Err(Unusable::Damaged(
                crate::strings::snapshot::SECTION_BEYOND_END,
            ));
        }
        if KINDS[i] != Kind::Texts && e.len > read_whole_limit(found.len) {
            return Err(Unusable::Damaged(
                crate::strings::snapshot::SECTION_TOO_LONG,
            ));
        }
    }
    let parts = super::decode::Parts {
        file: Arc::new(file),
        sections: KINDS
            .iter()
            .copied()
            .zip(entries.iter().map(|e| (e.offset, e.len, e.sum)))
            .collect(),
    };
    parts.assemble().map(|catalog| (catalog, found))
}

/// The header, checked, and the key it names.
fn header(file: &File) -> Result<(Vec<u8>, Key), Unusable> {
    let mut head = vec![0; TABLE];
    crate::platform::read_exact_at(file, &mut head, 0).map_err(|_| Unusable::Foreign)?;
    if &head[..8] != MAGIC {
        return Err(Unusable::Foreign);
    }
    let version = u32_at(&head, 8);
    if version != VERSION {
        return Err(Unusable::Version(version));
    }
    if xxh3_64(&head[..TABLE - 8]) != u64_at(&head, TABLE - 8) {
        return Err(Unusable::Damaged(crate::strings::snapshot::HEADER));
    }
    let key = Key {
        len: u64_at(&head, 16),
        mtime_ns: u64_at(&head, 24),
        hash: u128::from_le_bytes(head[32..48].try_into().map_err(|_| Unusable::Foreign)?),
    };
    Ok((head, key))
}

/// The key the snapshot was made for, and where its RON stood when last found to be of
/// that key (when the slot is whole and says so).
///
/// # Errors
/// As `open`, for the header.
pub fn key_and_seen(file: &File) -> Result<(Key, Option<Seen>), Unusable> {
    let (_, key) = header(file)?;
    let mut slot = [0; SEEN];
    let seen = crate::platform::read_exact_at(file, &mut slot, TABLE as u64)
        .ok()
        .map(|()| Seen {
            device: u64_at(&slot, 0),
            inode: u64_at(&slot, 8),
            changed_ns: u64_at(&slot, 16),
        })
        .filter(|seen| u64_at(&slot, 24) == seen_sum(seen, &key));
    Ok((key, seen))
}

/// Writes into the snapshot at `path` where its RON stands, found of `key` (which the
/// slot's sum binds it to: a slot written into a newer snapshot of another RON is not
/// whole for it, nor is a slot half written).
///
/// # Errors
/// The snapshot cannot be written.
pub fn mark_seen(path: &std::path::Path, key: &Key, seen: Seen) -> io::Result<()> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)?;
    let (_, written_for) = header(&file).map_err(io::Error::other)?;
    if written_for != *key {
        return Ok(());
    }
    let mut slot = Vec::with_capacity(SEEN);
    for n in [
        seen.device,
        seen.inode,
        seen.changed_ns,
        seen_sum(&seen, key),
    ] {
        slot.extend_from_slice(&n.to_le_bytes());
    }
    crate::platform::write_all_at(&file, &slot, TABLE as u64)
}

fn seen_sum(seen: &Seen, key: &Key) -> u64 {
    let mut bytes = Vec::with_capacity(56);
    for n in [
        seen.device,
        seen.inode,
        seen.changed_ns,
        key.len,
        key.mtime_ns,
    ] {
        bytes.extend_from_slice(&n.to_le_bytes());
    }
    bytes.extend_from_slice(&key.hash.to_le_bytes());
    xxh3_64(&bytes)
}

/// The most a section read whole at open can hold for a RON of `ron_len` bytes (whose
/// identity was checked just before): it is allocated before its checksum can be checked,
/// and the file's size alone does not bound it (a sparse file is large for free). Every
/// such section takes at most a few bytes per byte of RON (an item of at least 20 bytes of
/// RON gives 8-byte offsets; a control character made visible, 3 bytes for 1); sixteen
/// leaves room, the MiB covers a RON with almost nothing in it.
fn read_whole_limit(ron_len: u64) -> u64 {
    ron_len.saturating_mul(16).saturating_add(1 << 20)
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    let mut a = [0; 4];
    a.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(a)
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut a = [0; 8];
    a.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(a)
}

//! Texts that stay on disk, in a snapshot file, read when shown or searched. Every read is
//! checked: a text against its own checksum, a step of folded texts against its step's.
//! A check that fails marks the catalog damaged (the caller rebuilds from the RON) and
//! never hands out what it read.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use xxhash_rust::xxh3::xxh3_64;

/// Said in place of a text that could not be read whole and unchanged.
pub const UNREADABLE: &str =
    "(deze tekst kon niet gelezen worden: de snapshot is beschadigd; hij wordt herbouwd)";

/// How many bytes of neighbouring texts `DiskTexts::each` reads in one call.
const SPAN: u64 = 4 << 20;

/// Many texts one after another in a file region.
#[derive(Debug)]
pub struct DiskTexts {
    pub(super) file: Arc<File>,
    /// Where the texts begin in the file.
    pub(super) base: u64,
    /// Where each text starts, from `base`; one more entry, for the end.
    pub(super) starts: Vec<u64>,
    /// Per text, the xxh3 of its bytes.
    pub(super) sums: Vec<u64>,
    pub(super) damaged: Arc<AtomicBool>,
}

impl DiskTexts {
    fn read(&self, from: u64, to: u64) -> Option<Vec<u8>> {
        let mut buf = Vec::new();
        self.read_into(from, to, &mut buf).then_some(buf)
    }

    /// Reads `from..to` into `buf`, reusing its memory: a fresh buffer per read of a few
    /// MB costs the kernel zeroing new pages each time.
    fn read_into(&self, from: u64, to: u64, buf: &mut Vec<u8>) -> bool {
        let Some(len) = to.checked_sub(from).and_then(|n| usize::try_from(n).ok()) else {
            return false;
        };
        buf.resize(len, 0);
        self.file.read_exact_at(buf, self.base + from).is_ok()
    }

    /// The texts at `positions` (ascending), neighbours read together (one call per few
    /// MB rather than one per text), each checked as `get` checks it.
    pub fn each(&self, positions: &[usize], visit: &mut dyn FnMut(usize, &str)) {
        let end_of = |p: usize| self.starts.get(p + 1).copied();
        let mut buf = Vec::new();
        let mut k = 0;
        while k < positions.len() {
            let Some(&from) = self.starts.get(positions[k]) else {
                visit(positions[k], &self.get(positions[k]));
                k += 1;
                continue;
            };
            let mut last = k;
            while positions
                .get(last + 1)
                .and_then(|&p| end_of(p))
                .is_some_and(|end| end >= from && end - from <= SPAN)
            {
                last += 1;
            }
            let read = end_of(positions[last]).is_some_and(|to| self.read_into(from, to, &mut buf));
            for &p in &positions[k..=last] {
                let text = read.then_some(buf.as_slice()).and_then(|bytes| {
                    let a = usize::try_from(self.starts.get(p)?.checked_sub(from)?).ok()?;
                    let b = usize::try_from(end_of(p)?.checked_sub(from)?).ok()?;
                    let one = bytes.get(a..b)?;
                    let sum = *self.sums.get(p)?;
                    (xxh3_64(one) == sum).then(|| simdutf8::basic::from_utf8(one).ok())?
                });
                match text {
                    Some(t) => visit(p, t),
                    // Read again alone: said damaged only if it is.
                    None => visit(p, &self.get(p)),
                }
            }
            k = last + 1;
        }
    }

    /// The `i`-th text, checked; the `UNREADABLE` notice when it is not what was written.
    pub fn get(&self, i: usize) -> String {
        let read = match (self.starts.get(i), self.starts.get(i + 1), self.sums.get(i)) {
            (Some(&a), Some(&b), Some(&sum)) => self
                .read(a, b)
                .filter(|bytes| xxh3_64(bytes) == sum)
                .and_then(|bytes| String::from_utf8(bytes).ok()),
            _ => None,
        };
        read.unwrap_or_else(|| {
            self.damaged.store(true, Ordering::SeqCst);
            UNREADABLE.to_owned()
        })
    }
}

/// One step of the folded texts as written: whole texts, with their checksum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub first: u64,
    pub start: u64,
    pub end: u64,
    pub sum: u64,
}

/// The folded texts on disk, read a checked step at a time by a search.
#[derive(Debug)]
pub struct DiskFolded {
    pub(super) file: Arc<File>,
    pub(super) base: u64,
    pub(super) chunks: Vec<Chunk>,
    /// Texts in all: the last step's count of NULs is what is left of them.
    pub(super) texts: u64,
    pub(super) damaged: Arc<AtomicBool>,
}

impl DiskFolded {
    /// Visits the steps in order; stops (false) when `visit` says so or a step is not
    /// what was written (then the catalog is marked damaged).
    pub fn scan(&self, visit: &mut dyn FnMut(usize, &[u8]) -> bool) -> bool {
        let mut buf = Vec::new();
        for (k, c) in self.chunks.iter().enumerate() {
            let Ok(len) = usize::try_from(c.end.saturating_sub(c.start)) else {
                return self.damage();
            };
            buf.resize(len, 0);
            if self
                .file
                .read_exact_at(&mut buf, self.base + c.start)
                .is_err()
                || xxh3_64(&buf) != c.sum
            {
                return self.damage();
            }
            let Ok(first) = usize::try_from(c.first) else {
                return self.damage();
            };
            // A search places hits by counting NULs: a step must hold exactly one per text
            // and end with one, whatever its checksum says (a crafted file can agree).
            let next = self.chunks.get(k + 1).map_or(self.texts, |n| n.first);
            let nuls = memchr::memchr_iter(0, &buf).count() as u64;
            if Some(nuls) != next.checked_sub(c.first) || buf.last().is_some_and(|b| *b != 0) {
                return self.damage();
            }
            if !visit(first, &buf) {
                return false;
            }
        }
        true
    }

    fn damage(&self) -> bool {
        self.damaged.store(true, Ordering::SeqCst);
        false
    }
}

//! Texts that stay on disk, in a snapshot file, read when shown or searched (and folded
//! as they are read: a folded copy on disk doubled what a search reads and an import
//! writes). Every read is checked against the text's own checksum.
//! A check that fails marks the catalog damaged (the caller rebuilds from the RON) and
//! never hands out what it read.

use std::fs::File;
use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use xxhash_rust::xxh3::xxh3_64;

use super::step::{Originals, Step};
use crate::text::fold::fold_bytes_into;

/// Said in place of a text that could not be read whole and unchanged.
pub const UNREADABLE: crate::strings::Text = crate::strings::snapshot::UNREADABLE_TEXT;

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
        crate::platform::read_exact_at(&self.file, buf, self.base + from).is_ok()
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
                let text = read
                    .then_some(buf.as_slice())
                    .and_then(|bytes| self.checked(bytes, from, p));
                match text {
                    Some(t) => visit(p, t),
                    // Read again alone: said damaged only if it is.
                    None => visit(p, &self.get(p)),
                }
            }
            k = last + 1;
        }
    }

    /// The texts folded as they are read, about `step` bytes of them at a time (one text
    /// at least), as `Catalog::scan_folded` hands them out. Each text is checked before
    /// it is folded; one that is not what was written marks the catalog damaged and ends
    /// the scan (false), as does `visit`.
    pub fn scan_folded(
        &self,
        positions: Range<usize>,
        step: usize,
        visit: &mut dyn FnMut(&Step<'_>) -> bool,
    ) -> bool {
        let step = step as u64;
        let n = positions.end.min(self.sums.len());
        let (mut raw, mut folded) = (Vec::new(), Vec::new());
        let mut first = positions.start;
        while first < n {
            let from = self.starts[first];
            let mut last = first;
            while last + 1 < n
                && self
                    .starts
                    .get(last + 2)
                    .is_some_and(|&end| end - from <= step)
            {
                last += 1;
            }
            if !self.read_into(from, self.starts[last + 1], &mut raw) {
                return self.damage();
            }
            folded.clear();
            for p in first..=last {
                // Summed, not yet known to be UTF-8: folding does not need it to be.
                let Some(text) = self.summed(&raw, from, p) else {
                    return self.damage();
                };
                fold_bytes_into(text, &mut folded);
                folded.push(0);
            }
            let step = Step {
                first,
                folded: &folded,
                originals: Originals::Disk {
                    raw: &raw,
                    from,
                    starts: &self.starts,
                },
            };
            if !visit(&step) {
                return false;
            }
            first = last + 1;
        }
        true
    }

    /// The `p`-th text in `bytes`, read from `from` on, if it is what was written.
    fn checked<'b>(&self, bytes: &'b [u8], from: u64, p: usize) -> Option<&'b str> {
        simdutf8::basic::from_utf8(self.summed(bytes, from, p)?).ok()
    }

    /// The bytes of the `p`-th text, if their checksum is the one written.
    fn summed<'b>(&self, bytes: &'b [u8], from: u64, p: usize) -> Option<&'b [u8]> {
        let a = usize::try_from(self.starts.get(p)?.checked_sub(from)?).ok()?;
        let b = usize::try_from(self.starts.get(p + 1)?.checked_sub(from)?).ok()?;
        let one = bytes.get(a..b)?;
        (xxh3_64(one) == *self.sums.get(p)?).then_some(one)
    }

    fn damage(&self) -> bool {
        self.damaged.store(true, Ordering::SeqCst);
        false
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
            UNREADABLE.get().to_owned()
        })
    }
}

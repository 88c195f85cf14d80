//! A snapshot's sections read back into a catalog: the small ones whole and checked, the
//! texts left in the file. Every count, offset and order is checked before use, so bytes
//! that do not add up are `Damaged`, never an index out of bounds.

use std::fs::File;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::disk::DiskTexts;
use super::format::{Kind, Unusable};
use super::{Catalog, Precomputed, Strings, Texts};
use crate::model::Alias;
use crate::strings::Text;
use crate::strings::snapshot as say;

pub(super) struct Parts {
    pub file: Arc<File>,
    /// Per section: offset, length and checksum.
    pub sections: Vec<(Kind, (u64, u64, u64))>,
}

/// The longest section read straight into memory of its own length, before its sum is
/// known.
const UNSUMMED_MOST: u64 = 64 << 20;

const fn damaged(what: Text) -> Unusable {
    Unusable::Damaged(what)
}

/// Reads numbers and blocks off bytes, checking every length.
struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Unusable> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.b.len())
            .ok_or(damaged(say::SECTION_ENDS_EARLY))?;
        let out = &self.b[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u64(&mut self) -> Result<u64, Unusable> {
        let mut a = [0; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }

    fn count(&mut self, width: usize) -> Result<usize, Unusable> {
        let n = usize::try_from(self.u64()?).map_err(|_| damaged(say::A_COUNT))?;
        // A count that promises more bytes than there are is a lie, whatever its size.
        (n.checked_mul(width)
            .is_some_and(|need| need <= self.b.len() - self.at))
        .then_some(n)
        .ok_or(damaged(say::A_COUNT))
    }

    fn u64s(&mut self) -> Result<Vec<u64>, Unusable> {
        let n = self.count(8)?;
        Ok(le_u64s(self.take(n * 8)?).collect())
    }
}

/// Little-endian u64s, eight bytes each (a shorter rest is not one).
fn le_u64s(bytes: &[u8]) -> impl ExactSizeIterator<Item = u64> + '_ {
    bytes.chunks_exact(8).map(|b| {
        let mut a = [0; 8];
        a.copy_from_slice(b);
        u64::from_le_bytes(a)
    })
}

impl Parts {
    fn section(&self, kind: Kind) -> Result<(u64, u64, u64), Unusable> {
        self.sections
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, e)| *e)
            .ok_or(damaged(say::SECTION_MISSING))
    }

    /// A small section's bytes, checked.
    fn read(&self, kind: Kind) -> Result<Vec<u8>, Unusable> {
        let (offset, len, sum) = self.section(kind)?;
        self.summed_first(offset, len, sum)?;
        let len = usize::try_from(len).map_err(|_| damaged(say::SECTION_LENGTH))?;
        let mut buf = vec![0; len];
        crate::platform::read_exact_at(&self.file, &mut buf, offset)?;
        if xxh3_64(&buf) != sum {
            return Err(damaged(say::SECTION_CHECKSUM));
        }
        Ok(buf)
    }

    /// A strings section as a catalog's buffer: its count, its starts and its bytes read
    /// into buffers of their own (the bytes become the strings' as they are: moving them
    /// off the section's front, or pushing each string into a new buffer, was most of
    /// opening a snapshot), summed together, the starts checked (in order, from 0, within
    /// the bytes, on char boundaries, each string's separator in place).
    fn strings(&self, kind: Kind, separated: bool) -> Result<Strings, Unusable> {
        let (offset, len, sum) = self.section(kind)?;
        self.summed_first(offset, len, sum)?;
        let mut count = [0; 8];
        let at = |n: usize| {
            offset
                .checked_add(n as u64)
                .ok_or(damaged(say::SECTION_LENGTH))
        };
        self.read_at(&mut count, offset)?;
        let n = usize::try_from(u64::from_le_bytes(count)).map_err(|_| damaged(say::A_COUNT))?;
        let ends_len = n
            .checked_add(1)
            .and_then(|k| k.checked_mul(8))
            .filter(|&e| (e as u64) <= len.saturating_sub(8))
            .ok_or(damaged(say::A_COUNT))?;
        let mut ends = vec![0; ends_len];
        self.read_at(&mut ends, at(8)?)?;
        let body_len =
            usize::try_from(len - 8 - ends_len as u64).map_err(|_| damaged(say::SECTION_LENGTH))?;
        let mut body = vec![0; body_len];
        self.read_at(&mut body, at(8 + ends_len)?)?;
        let mut hash = Xxh3::new();
        for part in [&count[..], &ends, &body] {
            hash.update(part);
        }
        if hash.digest() != sum {
            return Err(damaged(say::SECTION_CHECKSUM));
        }
        let starts = le_u64s(&ends)
            .map(|end| usize::try_from(end).map_err(|_| damaged(say::STRINGS)))
            .collect::<Result<Vec<usize>, _>>()?;
        drop(ends);
        if starts.last() != Some(&body.len()) {
            return Err(damaged(say::SECTION_LONGER));
        }
        let text = String::from_utf8(body).map_err(|_| damaged(say::STRINGS_NOT_UTF8))?;
        Strings::from_starts(text, starts, separated).ok_or(damaged(say::STRING_BOUNDS))
    }

    /// A section longer than `UNSUMMED_MOST` summed before its length is allocated: the
    /// length is declared by the file, and a crafted one (a sparse file is large for free)
    /// made hundreds of MB be taken and filled before its sum could say they were not what
    /// was written. Read in pieces into one small buffer, so only a real section of that
    /// size (a dataset of millions of items) pays a second read.
    fn summed_first(&self, offset: u64, len: u64, sum: u64) -> Result<(), Unusable> {
        if len <= UNSUMMED_MOST {
            return Ok(());
        }
        let mut hash = Xxh3::new();
        let mut piece = vec![0; 1 << 20];
        let mut at = 0;
        while at < len {
            let n = usize::try_from((len - at).min(piece.len() as u64)).unwrap_or(piece.len());
            let from = offset.checked_add(at).ok_or(damaged(say::SECTION_LENGTH))?;
            self.read_at(&mut piece[..n], from)?;
            hash.update(&piece[..n]);
            at += n as u64;
        }
        if hash.digest() == sum {
            Ok(())
        } else {
            Err(damaged(say::SECTION_CHECKSUM))
        }
    }

    /// Fills `buf` from `at` in the file: a short file is an error of reading, as for
    /// `read`.
    fn read_at(&self, buf: &mut [u8], at: u64) -> Result<(), Unusable> {
        crate::platform::read_exact_at(&self.file, buf, at).map_err(Unusable::from)
    }

    fn cursor<T>(
        &self,
        kind: Kind,
        f: impl FnOnce(&mut Cursor<'_>) -> Result<T, Unusable>,
    ) -> Result<T, Unusable> {
        let bytes = self.read(kind)?;
        let mut c = Cursor { b: &bytes, at: 0 };
        let out = f(&mut c)?;
        if c.at == bytes.len() {
            Ok(out)
        } else {
            Err(damaged(say::SECTION_LONGER))
        }
    }

    pub(super) fn assemble(self) -> Result<Catalog, Unusable> {
        let meta = self.strings(Kind::Meta, false)?;
        let names = self.strings(Kind::Names, false)?;
        let folded_names = self.strings(Kind::FoldedNames, false)?;
        let titles = self.strings(Kind::Titles, false)?;
        let folded_titles = self.strings(Kind::FoldedTitles, true)?;
        let city_starts = to_usizes(self.cursor(Kind::CityStarts, u64s)?)?;
        let attachments = self.cursor(Kind::Attachments, flags)?;
        let chars = self.cursor(Kind::Chars, u32s)?;
        let n = titles.len();
        let cities = names.len();
        let counts_agree = folded_titles.len() == n
            && attachments.len() == n
            && chars.len() == n
            && folded_names.len() == cities
            && city_starts.len() == cities + 1
            && city_starts.first() == Some(&0)
            && city_starts.last() == Some(&n)
            && city_starts.windows(2).all(|w| w[0] <= w[1]);
        if !counts_agree {
            return Err(damaged(say::COUNTS_DISAGREE));
        }
        let sources = self.strings(Kind::Sources, false)?;
        let sources = match sources.len() {
            0 => return Err(damaged(say::COUNTS_DISAGREE)),
            _ if sources.get(0) == super::encode::KNOWN => Some(
                (1..sources.len())
                    .map(|i| sources.get(i).to_owned())
                    .collect(),
            ),
            1 if sources.get(0).is_empty() => None,
            _ => return Err(damaged(say::COUNTS_DISAGREE)),
        };
        let texts = self.texts(n)?;
        let precomputed = self.precomputed(n)?;
        let damaged_flag = Arc::clone(&texts.damaged);
        let mut aliases = Vec::new();
        for i in (1..meta.len()).step_by(2) {
            aliases.push(Alias {
                title: meta.get(i).to_owned(),
                same_as: meta.get(i + 1).to_owned(),
            });
        }
        Ok(Catalog {
            chapter: meta.get(0).to_owned(),
            aliases,
            sources,
            names,
            folded_names,
            city_starts,
            titles,
            folded_titles,
            texts: Texts::Disk(texts),
            attachments,
            chars,
            folded: OnceLock::new(),
            damaged: damaged_flag,
            precomputed: Some(precomputed),
        })
    }

    fn texts(&self, n: usize) -> Result<DiskTexts, Unusable> {
        let starts = self.cursor(Kind::TextStarts, u64s)?;
        let sums = self.cursor(Kind::TextSums, u64s)?;
        let (base, len, _) = self.section(Kind::Texts)?;
        let ordered = starts.len() == n + 1
            && sums.len() == n
            && starts.first() == Some(&0)
            && starts.last() == Some(&len)
            && starts.windows(2).all(|w| w[0] <= w[1]);
        if !ordered {
            return Err(damaged(say::TEXT_OFFSETS));
        }
        Ok(DiskTexts {
            file: Arc::clone(&self.file),
            base,
            starts,
            sums,
            damaged: Arc::new(AtomicBool::new(false)),
        })
    }

    fn precomputed(&self, n: usize) -> Result<Precomputed, Unusable> {
        let titles = self.strings(Kind::SectionTitles, false)?;
        let of = self.cursor(Kind::SectionOf, u32s)?;
        if of.len() != n || of.iter().any(|s| *s as usize >= titles.len()) {
            return Err(damaged(say::THE_SECTIONS));
        }
        Ok(Precomputed {
            section_titles: (0..titles.len())
                .map(|i| titles.get(i).to_owned())
                .collect(),
            section_of: of,
        })
    }
}

/// `Cursor::u64s` as a function of any cursor's lifetime, for `Parts::cursor`.
fn u64s(c: &mut Cursor<'_>) -> Result<Vec<u64>, Unusable> {
    c.u64s()
}

fn flags(c: &mut Cursor<'_>) -> Result<Vec<bool>, Unusable> {
    let n = c.count(1)?;
    c.take(n)?
        .iter()
        .map(|b| match b {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(damaged(say::A_FLAG)),
        })
        .collect()
}

fn u32s(c: &mut Cursor<'_>) -> Result<Vec<u32>, Unusable> {
    let n = c.count(4)?;
    Ok(c.take(n * 4)?
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect())
}

fn to_usizes(v: Vec<u64>) -> Result<Vec<usize>, Unusable> {
    v.into_iter()
        .map(|x| usize::try_from(x).map_err(|_| damaged(say::AN_OFFSET)))
        .collect()
}

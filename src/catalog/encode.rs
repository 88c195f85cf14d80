//! Each section of a snapshot, written from a catalog in memory.

use std::io::{self, Write};

use xxhash_rust::xxh3::xxh3_64;

use super::snapshot::{CHUNK, Kind};
use super::{Catalog, Strings, Texts};
use crate::sections::SectionIndex;

/// Writes one section.
///
/// # Errors
/// The writer's.
pub(super) fn section(c: &Catalog, kind: Kind, w: &mut impl Write) -> io::Result<()> {
    let Texts::Memory(texts) = &c.texts else {
        return Err(io::Error::other(
            "a snapshot is written from a catalog in memory",
        ));
    };
    match kind {
        Kind::Meta => {
            let mut meta = vec![c.chapter.as_str()];
            for a in &c.aliases {
                meta.extend([a.title.as_str(), a.same_as.as_str()]);
            }
            strings_block(w, meta.len(), |i| meta[i])
        }
        Kind::Names => strings(w, &c.names),
        Kind::FoldedNames => strings(w, &c.folded_names),
        Kind::CityStarts => u64s(
            w,
            c.city_starts.iter().map(|s| *s as u64),
            c.city_starts.len(),
        ),
        Kind::Titles => strings(w, &c.titles),
        Kind::FoldedTitles => strings(w, &c.folded_titles),
        Kind::Attachments => attachments(c, w),
        Kind::Chars => chars(c, w),
        Kind::TextStarts => {
            let n = texts.len();
            u64s(w, (0..=n).map(|i| texts.start(i) as u64), n + 1)
        }
        Kind::TextSums => {
            let n = texts.len();
            u64s(w, (0..n).map(|i| xxh3_64(texts.get(i).as_bytes())), n)
        }
        Kind::Texts => w.write_all(texts.blob().as_bytes()),
        Kind::FoldedChunks => chunk_table(c, w),
        Kind::Folded => w.write_all(c.folded_texts().blob().as_bytes()),
        Kind::SectionTitles => {
            let s = SectionIndex::new(c);
            let titles: Vec<&str> = s.sections().iter().map(|x| x.title.as_str()).collect();
            strings_block(w, titles.len(), |i| titles[i])
        }
        Kind::SectionOf => section_of(c, w),
    }
}

fn attachments(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    w.write_all(&(c.attachments.len() as u64).to_le_bytes())?;
    let flags: Vec<u8> = c.attachments.iter().map(|a| u8::from(*a)).collect();
    w.write_all(&flags)
}

fn chars(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    w.write_all(&(c.chars.len() as u64).to_le_bytes())?;
    for n in &c.chars {
        w.write_all(&n.to_le_bytes())?;
    }
    Ok(())
}

fn chunk_table(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    let chunks = folded_chunks(c);
    w.write_all(&(chunks.len() as u64).to_le_bytes())?;
    for (first, start, end, sum) in chunks {
        for v in [first, start, end, sum] {
            w.write_all(&v.to_le_bytes())?;
        }
    }
    Ok(())
}

fn section_of(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    let s = SectionIndex::new(c);
    w.write_all(&(c.len() as u64).to_le_bytes())?;
    for at in 0..c.len() {
        let section = c.id_at(at).and_then(|id| s.of(c, id)).unwrap_or(0) as u32;
        w.write_all(&section.to_le_bytes())?;
    }
    Ok(())
}

/// The folded texts cut into steps of whole texts: (first text, start, end, checksum).
fn folded_chunks(c: &Catalog) -> Vec<(u64, u64, u64, u64)> {
    let mut out = Vec::new();
    c.scan_folded(CHUNK, &mut |first, bytes| {
        let start = out.last().map_or(0, |(_, _, end, _)| *end);
        out.push((
            first as u64,
            start,
            start + bytes.len() as u64,
            xxh3_64(bytes),
        ));
        true
    });
    out
}

fn strings(w: &mut impl Write, s: &Strings) -> io::Result<()> {
    strings_block(w, s.len(), |i| s.get(i))
}

/// A count, the offsets of each string and of the end, then the bytes.
fn strings_block<'a>(
    w: &mut impl Write,
    n: usize,
    get: impl Fn(usize) -> &'a str,
) -> io::Result<()> {
    w.write_all(&(n as u64).to_le_bytes())?;
    let mut at = 0u64;
    w.write_all(&at.to_le_bytes())?;
    for i in 0..n {
        at += get(i).len() as u64;
        w.write_all(&at.to_le_bytes())?;
    }
    for i in 0..n {
        w.write_all(get(i).as_bytes())?;
    }
    Ok(())
}

fn u64s(w: &mut impl Write, values: impl Iterator<Item = u64>, n: usize) -> io::Result<()> {
    w.write_all(&(n as u64).to_le_bytes())?;
    for v in values {
        w.write_all(&v.to_le_bytes())?;
    }
    Ok(())
}

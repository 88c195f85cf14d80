//! Each section of a snapshot, written from a catalog in memory.

use std::io::{self, Write};

use xxhash_rust::xxh3::xxh3_64;

use super::format::Kind;
use super::item::Precomputed;
use super::{Catalog, Strings, Texts};

/// The first string of the sources' section when the catalog knew its sources.
pub(super) const KNOWN: &str = "known";

/// A catalog written section by section, with the sections across cities worked out by
/// the caller.
pub(super) struct Encoder<'c> {
    c: &'c Catalog,
    sections: &'c Precomputed,
}

impl<'c> Encoder<'c> {
    pub(super) fn new(c: &'c Catalog, sections: &'c Precomputed) -> Encoder<'c> {
        Encoder { c, sections }
    }

    /// Writes one section.
    ///
    /// # Errors
    /// The writer's.
    pub(super) fn section(&mut self, kind: Kind, w: &mut impl Write) -> io::Result<()> {
        let c = self.c;
        let Texts::Memory(texts) = &c.texts else {
            return Err(io::Error::other(
                crate::strings::snapshot::FROM_MEMORY_ONLY.get(),
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
            Kind::CityStarts => u64s(w, c.city_starts.iter().map(|s| *s as u64)),
            Kind::Titles => strings(w, &c.titles),
            Kind::FoldedTitles => strings(w, &c.folded_titles),
            Kind::Attachments => attachments(c, w),
            Kind::Chars => chars(c, w),
            Kind::TextStarts => u64s(w, (0..=texts.len()).map(|i| texts.start(i) as u64)),
            Kind::TextSums => u64s(
                w,
                (0..texts.len()).map(|i| xxh3_64(texts.get(i).as_bytes())),
            ),
            Kind::Texts => w.write_all(texts.blob().as_bytes()),
            // Whether they are known, then the sources: a snapshot of a catalog that does not
            // know them must not say there were none.
            Kind::Sources => {
                let mut block = vec![if c.sources.is_some() { KNOWN } else { "" }];
                block.extend(c.sources.iter().flatten().map(String::as_str));
                strings_block(w, block.len(), |i| block[i])
            }
            Kind::SectionTitles => {
                let titles = &self.sections.section_titles;
                strings_block(w, titles.len(), |i| titles[i].as_str())
            }
            Kind::SectionOf => {
                let of = &self.sections.section_of;
                w.write_all(&(of.len() as u64).to_le_bytes())?;
                w.write_all(
                    &of.iter()
                        .copied()
                        .flat_map(u32::to_le_bytes)
                        .collect::<Vec<u8>>(),
                )
            }
        }
    }
}

fn attachments(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    w.write_all(&(c.attachments.len() as u64).to_le_bytes())?;
    let flags: Vec<u8> = c.attachments.iter().map(|a| u8::from(*a)).collect();
    w.write_all(&flags)
}

fn chars(c: &Catalog, w: &mut impl Write) -> io::Result<()> {
    w.write_all(&(c.chars.len() as u64).to_le_bytes())?;
    w.write_all(
        &c.chars
            .iter()
            .flat_map(|n| n.to_le_bytes())
            .collect::<Vec<u8>>(),
    )
}

/// A catalog's strings as it holds them (their separators included): opening the snapshot
/// takes the bytes as they are.
fn strings(w: &mut impl Write, s: &Strings) -> io::Result<()> {
    let (blob, starts) = s.parts();
    w.write_all(&(s.len() as u64).to_le_bytes())?;
    w.write_all(&le_bytes(
        &starts.iter().map(|&s| s as u64).collect::<Vec<u64>>(),
    ))?;
    w.write_all(blob.as_bytes())
}

/// A count, the offsets of each string and of the end, then the bytes.
fn strings_block<'a>(
    w: &mut impl Write,
    n: usize,
    get: impl Fn(usize) -> &'a str,
) -> io::Result<()> {
    let mut at = 0u64;
    let ends = (0..n).map(|i| {
        at += get(i).len() as u64;
        at
    });
    w.write_all(&(n as u64).to_le_bytes())?;
    w.write_all(&le_bytes(
        &std::iter::once(0).chain(ends).collect::<Vec<u64>>(),
    ))?;
    for i in 0..n {
        w.write_all(get(i).as_bytes())?;
    }
    Ok(())
}

/// A count, then the values: one write, not one per value (each write is hashed).
fn u64s(w: &mut impl Write, values: impl Iterator<Item = u64>) -> io::Result<()> {
    let values: Vec<u64> = values.collect();
    w.write_all(&(values.len() as u64).to_le_bytes())?;
    w.write_all(&le_bytes(&values))
}

fn le_bytes(values: &[u64]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_le_bytes()).collect()
}

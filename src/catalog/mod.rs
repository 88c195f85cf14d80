//! The dataset laid out for reading: what the browser and the commands ask of it (names,
//! titles, flags, text lengths, folded copies for finding) in a few flat buffers instead of
//! a tree of small strings. Immutable once built, so threads share it behind an `Arc`.
//!
//! `Dataset` stays the form a person edits and `import` writes; a `Catalog` is made from
//! it and can give it back.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use crate::model::{Alias, City, Dataset, Item, ItemId, Level};
use crate::text::fold;
pub mod build;
mod decode;
mod disk;
mod encode;
mod format;
mod item;
mod scan;
pub mod snapshot;
mod step;
mod strings;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use disk::DiskTexts;
pub use step::Step;
pub use strings::Strings;

/// Where the texts are: in memory (read from RON), or in a snapshot file.
#[derive(Debug)]
enum Texts {
    Memory(Strings),
    Disk(DiskTexts),
}

pub use item::{ItemRef, Precomputed};

#[derive(Debug)]
pub struct Catalog {
    chapter: String,
    aliases: Vec<Alias>,
    /// The exports the dataset was imported from, when known: a catalog made from a
    /// dataset alone does not know them; one made from its file, or read from a snapshot
    /// of it, does (`--version` then need not read a file of a gigabyte for them).
    sources: Option<Vec<String>>,
    names: Strings,
    folded_names: Strings,
    /// Per city, the position of its first item; one more entry, for the end.
    city_starts: Vec<usize>,
    titles: Strings,
    folded_titles: Strings,
    texts: Texts,
    attachments: Vec<bool>,
    chars: Vec<u32>,
    /// The folded texts, for searching, when the texts are in memory: built on the first
    /// search (most sessions never search, and the copy is as large as the texts). Texts
    /// on disk are folded as a search reads them.
    folded: OnceLock<Strings>,
    /// A read from the snapshot found it changed: the caller rebuilds from the RON.
    damaged: Arc<AtomicBool>,
    precomputed: Option<Precomputed>,
}

impl Catalog {
    /// A catalog of no cities, in memory, to be filled.
    pub(super) fn empty(chapter: String, aliases: Vec<Alias>) -> Catalog {
        Catalog {
            chapter,
            aliases,
            sources: None,
            names: Strings::new(false),
            folded_names: Strings::new(false),
            city_starts: vec![0],
            titles: Strings::new(false),
            folded_titles: Strings::new(true),
            texts: Texts::Memory(Strings::new(false)),
            attachments: Vec::new(),
            chars: Vec::new(),
            folded: OnceLock::new(),
            damaged: Arc::new(AtomicBool::new(false)),
            precomputed: None,
        }
    }

    /// Lays a dataset out for reading; each text is moved once and dropped as it goes, so
    /// the peak stays near one copy of the texts.
    #[must_use]
    pub fn new(data: Dataset) -> Catalog {
        let items = data.cities.iter().map(|c| c.items.len()).sum();
        let mut cat = Catalog::empty(data.chapter, data.aliases);
        cat.attachments.reserve(items);
        cat.chars.reserve(items);
        let mut texts = Strings::new(false);
        for city in data.cities {
            cat.names.push(&city.name);
            cat.folded_names.push_folded(&city.name);
            for item in city.items {
                cat.titles.push(&item.title);
                cat.folded_titles.push_folded(&item.title);
                texts.push(&item.description);
                cat.attachments.push(item.attachment);
                let chars = item.description.chars().count();
                cat.chars.push(u32::try_from(chars).unwrap_or(u32::MAX));
            }
            cat.city_starts.push(cat.titles.len());
        }
        cat.texts = Texts::Memory(texts);
        cat
    }

    /// Whether a read from the snapshot found it changed since it was written.
    #[must_use]
    pub fn is_damaged(&self) -> bool {
        self.damaged.load(Ordering::SeqCst)
    }

    /// Says that the snapshot this catalog reads from is not to be trusted (it was found
    /// to be of another RON after it was shown).
    pub fn mark_damaged(&self) {
        self.damaged.store(true, Ordering::SeqCst);
    }

    /// What the snapshot worked out ahead, if this catalog came from one.
    #[must_use]
    pub fn precomputed(&self) -> Option<&Precomputed> {
        self.precomputed.as_ref()
    }

    /// The dataset back, as it was given.
    #[must_use]
    pub fn to_dataset(&self) -> Dataset {
        Dataset {
            chapter: self.chapter.clone(),
            aliases: self.aliases.clone(),
            cities: (0..self.city_count())
                .map(|c| City {
                    name: self.city_name(c).to_owned(),
                    items: self
                        .city_items(c)
                        .filter_map(|id| self.get(id))
                        .map(|it| (it.id, it))
                        .map(|(id, it)| Item {
                            title: it.title.to_owned(),
                            description: self.text(id).into_owned(),
                            attachment: it.attachment,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    #[must_use]
    pub fn chapter(&self) -> &str {
        &self.chapter
    }

    #[must_use]
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The exports the dataset was imported from, when this catalog knows them.
    #[must_use]
    pub fn sources(&self) -> Option<&[String]> {
        self.sources.as_deref()
    }

    /// This catalog, knowing the exports its dataset was imported from.
    #[must_use]
    pub fn with_sources(mut self, sources: Vec<String>) -> Catalog {
        self.sources = Some(sources);
        self
    }

    #[must_use]
    pub fn city_count(&self) -> usize {
        self.names.len()
    }

    /// The city's name; empty for a city that does not exist.
    #[must_use]
    pub fn city_name(&self, city: usize) -> &str {
        self.names.get(city)
    }

    #[must_use]
    pub fn folded_city(&self, city: usize) -> &str {
        self.folded_names.get(city)
    }

    /// The positions of a city's items (empty for a city that does not exist).
    #[must_use]
    pub fn city_positions(&self, city: usize) -> Range<usize> {
        match (self.city_starts.get(city), self.city_starts.get(city + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        }
    }

    #[must_use]
    pub fn city_len(&self, city: usize) -> usize {
        self.city_positions(city).len()
    }

    /// A city's items in source order.
    pub fn city_items(&self, city: usize) -> impl Iterator<Item = ItemId> + use<> {
        (0..self.city_len(city)).map(move |item| ItemId { city, item })
    }

    /// Items in all cities.
    #[must_use]
    pub fn len(&self) -> usize {
        self.titles.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the item exists.
    #[must_use]
    pub fn contains(&self, id: ItemId) -> bool {
        id.item < self.city_len(id.city)
    }

    /// An item's place among all items, in source order.
    #[must_use]
    pub fn position(&self, id: ItemId) -> Option<usize> {
        self.contains(id)
            .then(|| self.city_starts[id.city] + id.item)
    }

    /// The item at a place among all items.
    #[must_use]
    pub fn id_at(&self, position: usize) -> Option<ItemId> {
        if position >= self.len() {
            return None;
        }
        let city = self.city_starts.partition_point(|s| *s <= position) - 1;
        Some(ItemId {
            city,
            item: position - self.city_starts[city],
        })
    }

    #[must_use]
    pub fn get(&self, id: ItemId) -> Option<ItemRef<'_>> {
        let at = self.position(id)?;
        Some(ItemRef {
            id,
            title: self.titles.get(at),
            attachment: self.attachments[at],
            chars: self.chars[at] as usize,
        })
    }

    /// An item's text; empty for an item that does not exist.
    #[must_use]
    pub fn text(&self, id: ItemId) -> Cow<'_, str> {
        let Some(at) = self.position(id) else {
            return Cow::Borrowed("");
        };
        match &self.texts {
            Texts::Memory(s) => Cow::Borrowed(s.get(at)),
            Texts::Disk(d) => Cow::Owned(d.get(at)),
        }
    }

    /// The texts of the items at `positions` (ascending), in that order: from a snapshot,
    /// neighbours are read together, so visiting many texts costs few reads.
    pub fn each_text(&self, positions: &[usize], visit: &mut dyn FnMut(usize, &str)) {
        match &self.texts {
            Texts::Memory(s) => positions.iter().for_each(|&p| visit(p, s.get(p))),
            Texts::Disk(d) => d.each(positions, visit),
        }
    }

    /// The folded text of the item at `position`.
    #[must_use]
    pub fn folded_text(&self, position: usize) -> Cow<'_, str> {
        match &self.texts {
            Texts::Memory(_) => Cow::Borrowed(self.folded_texts().get(position)),
            Texts::Disk(_) => Cow::Owned(fold(
                &self
                    .id_at(position)
                    .map(|id| self.text(id))
                    .unwrap_or_default(),
            )),
        }
    }

    /// The title of the item at `position` (empty past the end).
    #[must_use]
    pub fn title_at(&self, position: usize) -> &str {
        self.titles.get(position)
    }

    #[must_use]
    pub fn folded_title_at(&self, position: usize) -> &str {
        self.folded_titles.get(position)
    }

    /// Characters of text of the item at `position`.
    #[must_use]
    pub fn chars_at(&self, position: usize) -> usize {
        self.chars.get(position).map_or(0, |c| *c as usize)
    }

    /// Names this dataset apart from others, for what is kept between runs (the last
    /// position): the chapter, the cities and the titles, not the texts, so refreshed
    /// texts keep the place.
    #[must_use]
    pub fn fingerprint(&self) -> String {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for part in [&self.chapter, &self.names.blob, &self.titles.blob] {
            h.update(part.as_bytes());
            h.update(&[0]);
        }
        for s in &self.city_starts {
            h.update(&(*s as u64).to_le_bytes());
        }
        format!("xxh3:{:016x}", h.digest())
    }

    /// The texts, folded, one after another (built on the first call), for a catalog in
    /// memory.
    pub(super) fn folded_texts(&self) -> &Strings {
        static NONE: OnceLock<Strings> = OnceLock::new();
        let Texts::Memory(texts) = &self.texts else {
            return NONE.get_or_init(Strings::default);
        };
        self.folded.get_or_init(|| {
            let mut folded = Strings::new(true);
            folded.blob.reserve(texts.blob.len() + self.len());
            for i in 0..self.len() {
                folded.push_folded(texts.get(i));
            }
            folded
        })
    }

    /// Where each title sits in its city's numbering.
    #[must_use]
    pub fn level(&self, id: ItemId) -> Level {
        self.get(id)
            .map_or(Level::Subsection, |it| Level::of(it.title))
    }
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
pub(crate) use fixtures::{of_texts, sample};

#[cfg(test)]
mod tests;

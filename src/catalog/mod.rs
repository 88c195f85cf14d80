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
mod strings;

pub use strings::Strings;

/// One item as the catalog gives it out; its text comes from `Catalog::text`, which may
/// read it from disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef<'a> {
    pub id: ItemId,
    pub title: &'a str,
    pub attachment: bool,
    /// Characters of text.
    pub chars: usize,
}

#[derive(Debug, Default)]
pub struct Catalog {
    chapter: String,
    aliases: Vec<Alias>,
    names: Strings,
    folded_names: Strings,
    /// Per city, the position of its first item; one more entry, for the end.
    city_starts: Vec<usize>,
    titles: Strings,
    folded_titles: Strings,
    texts: Strings,
    attachments: Vec<bool>,
    chars: Vec<u32>,
    /// Built on the first text search: most sessions never search, and the copy is as
    /// large as the texts themselves.
    folded_texts: OnceLock<Strings>,
}

impl Catalog {
    /// Lays a dataset out for reading; each text is moved once and dropped as it goes, so
    /// the peak stays near one copy of the texts.
    #[must_use]
    pub fn new(data: Dataset) -> Catalog {
        let items = data.cities.iter().map(|c| c.items.len()).sum();
        let mut cat = Catalog {
            chapter: data.chapter,
            aliases: data.aliases,
            names: Strings::new(false),
            folded_names: Strings::new(false),
            city_starts: vec![0],
            titles: Strings::new(false),
            folded_titles: Strings::new(true),
            texts: Strings::new(false),
            attachments: Vec::with_capacity(items),
            chars: Vec::with_capacity(items),
            folded_texts: OnceLock::new(),
        };
        for city in data.cities {
            cat.names.push(&city.name);
            cat.folded_names.push_folded(&city.name);
            for item in city.items {
                cat.titles.push(&item.title);
                cat.folded_titles.push_folded(&item.title);
                cat.texts.push(&item.description);
                cat.attachments.push(item.attachment);
                let chars = item.description.chars().count();
                cat.chars.push(u32::try_from(chars).unwrap_or(u32::MAX));
            }
            cat.city_starts.push(cat.titles.len());
        }
        cat
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
        self.position(id)
            .map_or(Cow::Borrowed(""), |at| Cow::Borrowed(self.texts.get(at)))
    }

    /// The folded text of the item at `position`.
    #[must_use]
    pub fn folded_text(&self, position: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.folded_texts().get(position))
    }

    /// The folded texts a step of about `step` bytes at a time, whole texts only, each
    /// followed by a NUL: `visit(first, bytes)` is given the position of the step's first
    /// text; it returns whether to go on. Whether the scan went to the end.
    pub fn scan_folded(&self, step: usize, visit: &mut dyn FnMut(usize, &[u8]) -> bool) -> bool {
        let texts = self.folded_texts();
        let blob = texts.blob().as_bytes();
        let mut first = 0;
        while first < texts.len() {
            let start = texts.start(first);
            let last = texts
                .at_offset((start + step).min(blob.len().saturating_sub(1)))
                .max(first);
            let end = texts.start(last + 1);
            if !visit(first, &blob[start..end]) {
                return false;
            }
            first = last + 1;
        }
        true
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

    #[must_use]
    pub fn folded_titles(&self) -> &Strings {
        &self.folded_titles
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

    /// The texts, folded, one after another (built on the first call).
    fn folded_texts(&self) -> &Strings {
        self.folded_texts.get_or_init(|| {
            let mut folded = Strings::new(true);
            folded.blob.reserve(self.texts.blob.len() + self.len());
            for i in 0..self.len() {
                folded.push_folded(self.texts.get(i));
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
pub(crate) fn sample() -> Catalog {
    let item = |t: &str, d: &str, a| Item {
        title: t.into(),
        description: d.into(),
        attachment: a,
    };
    Catalog::new(Dataset {
        chapter: "1. HOOFDSTUK".into(),
        cities: vec![
            City {
                name: "Aalst".into(),
                items: vec![
                    item("1. HOOFDSTUK", "", false),
                    item("Lokaal woonoverleg", "Eénmaal\nper jaar", true),
                ],
            },
            City {
                name: "Gent".into(),
                items: vec![],
            },
            City {
                name: "Genk".into(),
                items: vec![item("B. OVERLEG", "x", false)],
            },
        ],
        ..Dataset::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_found_by_identity_and_by_position() {
        let c = sample();
        assert_eq!((c.city_count(), c.len()), (3, 3));
        let id = ItemId { city: 2, item: 0 };
        assert_eq!(c.position(id), Some(2));
        assert_eq!(c.id_at(2), Some(id));
        assert_eq!(c.id_at(1), Some(ItemId { city: 0, item: 1 }));
        assert_eq!(c.id_at(3), None);
        assert_eq!(c.get(id).unwrap().title, "B. OVERLEG");
        assert_eq!(c.city_len(1), 0, "a city without items");
        assert!(c.get(ItemId { city: 1, item: 0 }).is_none());
        assert!(c.get(ItemId { city: 9, item: 0 }).is_none());
        assert_eq!(c.city_name(9), "");
    }

    #[test]
    fn texts_titles_and_counts() {
        let c = sample();
        let it = c.get(ItemId { city: 0, item: 1 }).unwrap();
        assert_eq!(
            (c.text(it.id).as_ref(), it.attachment, it.chars),
            ("Eénmaal\nper jaar", true, 16)
        );
        assert_eq!(c.folded_title_at(1), "lokaal woonoverleg");
        assert_eq!(c.folded_city(0), "aalst");
        assert_eq!(c.folded_text(1), "eenmaal\nper jaar");
        let mut steps = Vec::new();
        assert!(c.scan_folded(1, &mut |first, bytes| {
            steps.push((first, String::from_utf8_lossy(bytes).into_owned()));
            true
        }));
        // Small steps: whole texts each, in order, all of them.
        assert!(
            steps.len() > 1 && steps.iter().all(|(_, s)| s.ends_with('\0')),
            "{steps:?}"
        );
        let joined: String = steps.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(joined, "\0eenmaal\nper jaar\0x\0");
        assert_eq!(steps.last().unwrap().0, 2, "each step says where it starts");
        let mut whole = Vec::new();
        c.scan_folded(1 << 20, &mut |first, bytes| {
            whole.push((first, bytes.len()));
            true
        });
        assert_eq!(whole, [(0, 20)], "one step holds all");
        assert!(
            !c.scan_folded(1, &mut |_, _| false),
            "a stopped scan says so"
        );
    }

    #[test]
    fn the_dataset_comes_back_as_it_went_in() {
        let data = crate::synth::dataset(crate::synth::Shape::new(300));
        assert_eq!(Catalog::new(data.clone()).to_dataset(), data);
        assert!(Catalog::new(Dataset::default()).is_empty());
    }
}

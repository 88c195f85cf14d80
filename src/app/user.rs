//! The user's own layer as the browser sees it: notes and bookmarks by item identity (the
//! notes file names items by city and title), what the filter and search find in notes,
//! and why notes may be unavailable.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::notes::{Notes, Place};
use crate::query::{Hit, Needle, Query};
use crate::text::fold::fold;

#[derive(Debug, Clone, Default)]
pub struct UserLayer {
    /// Why notes cannot be read or written; then nothing is written.
    unavailable: Option<String>,
    cities: HashMap<String, usize>,
    notes: HashMap<ItemId, String>,
    folded: HashMap<ItemId, String>,
    /// Every bookmark, orphans included.
    bookmarks: BTreeSet<Place>,
    bookmarked: HashSet<ItemId>,
    /// Notes whose item the dataset no longer has, with their text: kept, listed, read in
    /// the bookmark list, never dropped.
    orphans: Vec<(Place, String)>,
}

impl UserLayer {
    /// The layer for a dataset, from the notes as read (or why they could not be).
    #[must_use]
    pub fn new(catalog: &Catalog, notes: Result<Notes, String>) -> UserLayer {
        let mut layer = UserLayer {
            cities: (0..catalog.city_count())
                .map(|c| (catalog.city_name(c).to_owned(), c))
                .collect(),
            ..UserLayer::default()
        };
        match notes {
            Ok(notes) => {
                for (place, text) in notes.notes {
                    if layer.set_note(catalog, &place, &text).is_none() {
                        layer.orphans.push((place, text));
                    }
                }
                for place in notes.bookmarks {
                    layer.set_bookmark(catalog, place, true);
                }
            }
            Err(why) => layer.unavailable = Some(why),
        }
        layer
    }

    /// The item a place names, if the dataset has it.
    #[must_use]
    pub fn locate(&self, catalog: &Catalog, place: &Place) -> Option<ItemId> {
        let city = *self.cities.get(&place.city)?;
        catalog
            .city_items(city)
            .find(|id| catalog.get(*id).is_some_and(|i| i.title == place.title))
    }

    /// The place of an item, as the notes file names it.
    #[must_use]
    pub fn place(catalog: &Catalog, id: ItemId) -> Option<Place> {
        Some(Place::new(
            catalog.city_name(id.city),
            catalog.get(id)?.title,
        ))
    }

    #[must_use]
    pub fn unavailable(&self) -> Option<&str> {
        self.unavailable.as_deref()
    }

    #[must_use]
    pub fn folded_note(&self, id: ItemId) -> Option<&str> {
        self.folded.get(&id).map(String::as_str)
    }

    #[must_use]
    pub fn note(&self, id: ItemId) -> Option<&str> {
        self.notes.get(&id).map(String::as_str)
    }

    #[must_use]
    pub fn is_bookmarked(&self, id: ItemId) -> bool {
        self.bookmarked.contains(&id)
    }

    #[must_use]
    pub fn bookmarks(&self) -> &BTreeSet<Place> {
        &self.bookmarks
    }

    /// The notes whose item is gone: where they were, and their text.
    #[must_use]
    pub fn orphans(&self) -> &[(Place, String)] {
        &self.orphans
    }

    /// Takes a note as stored; the item it belongs to, if the dataset has it.
    pub fn set_note(&mut self, catalog: &Catalog, place: &Place, text: &str) -> Option<ItemId> {
        let id = self.locate(catalog, place)?;
        if text.trim().is_empty() {
            self.notes.remove(&id);
            self.folded.remove(&id);
        } else {
            self.notes.insert(id, text.to_owned());
            self.folded.insert(id, fold(text));
        }
        Some(id)
    }

    pub fn set_bookmark(&mut self, catalog: &Catalog, place: Place, on: bool) {
        let id = self.locate(catalog, &place);
        if on {
            self.bookmarks.insert(place);
            self.bookmarked.extend(id);
        } else {
            self.bookmarks.remove(&place);
            if let Some(id) = id {
                self.bookmarked.remove(&id);
            }
        }
    }

    /// Items whose note matches the filter (each term in the title, the city or the note).
    #[must_use]
    pub fn filter(&self, catalog: &Catalog, query: &Query) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .folded
            .iter()
            .filter(|(id, note)| {
                let Some(at) = catalog.position(**id) else {
                    return false;
                };
                let fields = [
                    catalog.folded_title_at(at),
                    catalog.folded_city(id.city),
                    note.as_str(),
                ];
                query.matches_any(&fields)
            })
            .filter_map(|(id, _)| catalog.position(*id).map(|p| p as u32))
            .collect();
        out.sort_unstable();
        out
    }

    /// Every occurrence of the searched text in the notes, as hits in source order.
    #[must_use]
    pub fn search(&self, catalog: &Catalog, needle: &Needle) -> Vec<Hit> {
        let finder = needle.finder();
        let mut out: Vec<Hit> = self
            .folded
            .iter()
            .filter_map(|(id, note)| Some((catalog.position(*id)?, note)))
            .flat_map(|(item, note)| {
                let starts: Vec<usize> = finder.find_iter(note.as_bytes()).collect();
                starts.into_iter().filter_map(move |at| {
                    let at = u32::try_from(at).ok().filter(|a| a & Hit::IN_NOTE == 0)?;
                    Some(Hit {
                        item: u32::try_from(item).ok()?,
                        at: at | Hit::IN_NOTE,
                    })
                })
            })
            .collect();
        out.sort_unstable_by_key(|h| h.order());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_attach_by_name_and_orphans_are_counted() {
        let c = crate::catalog::sample();
        let mut notes = Notes::default();
        notes.set(
            Place::new("Aalst", "Lokaal woonoverleg"),
            "Vraag naar de Huurdersbond",
        );
        notes.set(Place::new("Aalst", "Weg"), "verweesd");
        notes.bookmarks.insert(Place::new("Genk", "B. OVERLEG"));
        let layer = UserLayer::new(&c, Ok(notes));
        let id = ItemId { city: 0, item: 1 };
        assert_eq!(layer.note(id), Some("Vraag naar de Huurdersbond"));
        assert_eq!(
            layer.orphans(),
            [(Place::new("Aalst", "Weg"), "verweesd".to_owned())]
        );
        assert!(layer.is_bookmarked(ItemId { city: 2, item: 0 }));
        assert_eq!(
            layer.search(&c, &Needle::new("HUURDERSBOND").unwrap()),
            [Hit {
                item: 1,
                at: Hit::IN_NOTE + "vraag naar de ".len() as u32
            }],
            "where in the folded note, flagged as in the note"
        );
        assert_eq!(
            layer.filter(&c, &Query::parse("huurders aalst")),
            [1],
            "terms in note and city"
        );
        assert!(layer.filter(&c, &Query::parse("huurders genk")).is_empty());
        let broken = UserLayer::new(&c, Err("kapot".into()));
        assert_eq!(broken.unavailable(), Some("kapot"));
    }
}

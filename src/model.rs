//! The dataset: cities and their items in source order. The section hierarchy is derived
//! from the titles' numbering each time it is needed, never stored, so a dataset edited by
//! hand can never disagree with its own tree.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The list's heading, such as `1. LOKAAL WOONBELEID COÖRDINEREN`.
    pub chapter: String,
    pub cities: Vec<City>,
    /// Titles that name the same section in other words, for comparing across cities.
    /// Kept by hand; the importer carries them over when it regenerates a dataset.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
}

/// `title` is the section `same_as` under another name (`Stedelijke Woonraad` is the
/// `Lokale woonraad`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub title: String,
    pub same_as: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub name: String,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub title: String,
    pub description: String,
    pub attachment: bool,
}

/// Identity of an item for the whole run: the dataset is immutable once loaded, so the
/// positions in its vectors never move, whatever the panes show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId {
    pub city: usize,
    pub item: usize,
}

/// Where a title sits in the list's numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// `1. …`
    Chapter,
    /// `A. …`
    Section,
    /// Any other title: belongs to the last lettered section.
    Subsection,
}

impl Level {
    #[must_use]
    pub fn of(title: &str) -> Level {
        let Some((mark, rest)) = title.split_once('.') else {
            return Level::Subsection;
        };
        // "A.B. regeling" or "3.5 miljoen" are prose, not numbering: a mark is followed by a space.
        if !rest.starts_with(' ') || mark.is_empty() {
            return Level::Subsection;
        }
        if mark.chars().all(|c| c.is_ascii_digit()) {
            Level::Chapter
        } else if mark.chars().count() == 1 && mark.chars().all(|c| c.is_ascii_uppercase()) {
            Level::Section
        } else {
            Level::Subsection
        }
    }
}

impl Dataset {
    #[must_use]
    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.cities.get(id.city)?.items.get(id.item)
    }

    #[must_use]
    pub fn item_count(&self) -> usize {
        self.cities.iter().map(|c| c.items.len()).sum()
    }

    /// Every item id in source order.
    pub fn ids(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.cities
            .iter()
            .enumerate()
            .flat_map(|(city, c)| (0..c.items.len()).map(move |item| ItemId { city, item }))
    }
}

/// A city of items with these titles and no texts, for tests.
#[cfg(test)]
pub(crate) fn city_with_titles(titles: &[&str]) -> City {
    City {
        name: "X".into(),
        items: titles
            .iter()
            .map(|t| Item {
                title: (*t).into(),
                description: String::new(),
                attachment: false,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_numbering() {
        assert_eq!(Level::of("1. LOKAAL WOONBELEID"), Level::Chapter);
        assert_eq!(Level::of("12. ANDER"), Level::Chapter);
        assert_eq!(Level::of("B. OVERLEG"), Level::Section);
        assert_eq!(Level::of("Lokaal woonoverleg"), Level::Subsection);
        assert_eq!(Level::of("A.B. regeling"), Level::Subsection);
        assert_eq!(Level::of("b. klein"), Level::Subsection);
        assert_eq!(Level::of(". niets"), Level::Subsection);
        assert_eq!(Level::of("3.5 miljoen"), Level::Subsection);
    }
}

//! Comparing cities: items regrouped by section across all cities (aliases applied), the
//! coverage of each section per city, and a word diff of two texts.

use std::collections::HashMap;

use crate::model::{Dataset, ItemId};
use crate::query::fold;

/// One section across the cities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The title shown: the alias target where an alias applies.
    pub title: String,
    /// The items that have it, in city order (a city may have it twice).
    pub members: Vec<ItemId>,
}

impl Section {
    /// The number of cities that have this section.
    #[must_use]
    pub fn city_count(&self) -> usize {
        let mut cities: Vec<usize> = self.members.iter().map(|m| m.city).collect();
        cities.dedup();
        cities.len()
    }
}

/// A section while the chapter order is being worked out: a node of a linked list.
struct Draft {
    title: String,
    members: Vec<ItemId>,
    next: Option<usize>,
}

/// All sections of a dataset in chapter order: each new title is placed right after the
/// title that preceded it in its own city, so the numbering's order holds.
#[derive(Debug, Clone, Default)]
pub struct Sections {
    pub sections: Vec<Section>,
    of_item: HashMap<ItemId, usize>,
}

impl Sections {
    #[must_use]
    pub fn new(data: &Dataset) -> Sections {
        let alias: HashMap<String, &str> = data
            .aliases
            .iter()
            .map(|a| (fold(a.title.trim()), a.same_as.as_str()))
            .collect();
        let canonical = |title: &str| {
            alias
                .get(&fold(title.trim()))
                .map_or_else(|| title.to_owned(), |t| (*t).to_owned())
        };
        // A linked list in chapter order: inserting after a known section is O(1), and
        // sections are found by folded title in a map, so a million items stay quick.
        let mut drafts: Vec<Draft> = Vec::new();
        let mut head: Option<usize> = None;
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for (ci, city) in data.cities.iter().enumerate() {
            let mut after: Option<usize> = None;
            for (ii, item) in city.items.iter().enumerate() {
                let key = canonical(&item.title);
                let id = if let Some(&id) = by_key.get(&fold(&key)) {
                    id
                } else {
                    let id = drafts.len();
                    let next = after.map_or(head, |a| drafts[a].next);
                    by_key.insert(fold(&key), id);
                    drafts.push(Draft {
                        title: key,
                        members: Vec::new(),
                        next,
                    });
                    match after {
                        Some(a) => drafts[a].next = Some(id),
                        None => head = Some(id),
                    }
                    id
                };
                drafts[id].members.push(ItemId { city: ci, item: ii });
                after = Some(id);
            }
        }
        let mut sections = Vec::with_capacity(drafts.len());
        let mut at = head;
        let mut drafts: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
        while let Some(id) = at {
            let Some(draft) = drafts[id].take() else {
                break;
            };
            at = draft.next;
            sections.push(Section {
                title: draft.title,
                members: draft.members,
            });
        }
        let of_item = sections
            .iter()
            .enumerate()
            .flat_map(|(s, sec)| sec.members.iter().map(move |m| (*m, s)))
            .collect();
        Sections { sections, of_item }
    }

    /// The section an item belongs to.
    #[must_use]
    pub fn of(&self, id: ItemId) -> Option<usize> {
        self.of_item.get(&id).copied()
    }

    /// Find a section by title or alias, ignoring case and accents.
    #[must_use]
    pub fn find(&self, data: &Dataset, title: &str) -> Option<usize> {
        let wanted = fold(title.trim());
        let via_alias = data
            .aliases
            .iter()
            .find(|a| fold(&a.title) == wanted)
            .map(|a| fold(&a.same_as));
        self.sections.iter().position(|s| {
            let f = fold(&s.title);
            f == wanted || via_alias.as_ref() == Some(&f)
        })
    }
}

/// How much a city says about a section, for the coverage grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coverage {
    Missing,
    Empty,
    Short,
    Long,
}

/// Texts shorter than this many characters count as short.
pub const SHORT: usize = 400;

/// One grid cell: how much a city says about a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub coverage: Coverage,
    /// Characters of text, over all the city's items in the section.
    pub chars: usize,
}

impl Section {
    /// The cell of `city`: its members are sorted by city, so this is a binary search.
    #[must_use]
    pub fn cell(&self, data: &Dataset, city: usize) -> Cell {
        let start = self.members.partition_point(|m| m.city < city);
        let end = self.members.partition_point(|m| m.city <= city);
        let chars = self.members[start..end]
            .iter()
            .map(|m| data.item(*m).map_or(0, |i| i.description.chars().count()))
            .sum();
        let coverage = match (end - start, chars) {
            (0, _) => Coverage::Missing,
            (_, 0) => Coverage::Empty,
            (_, n) if n < SHORT => Coverage::Short,
            _ => Coverage::Long,
        };
        Cell { coverage, chars }
    }
}

/// Which words of each text differ from the other: byte ranges in `a` and in `b`.
#[must_use]
pub fn word_diff(a: &str, b: &str) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(a, b);
    let (mut in_a, mut in_b) = (Vec::new(), Vec::new());
    let (mut at_a, mut at_b) = (0, 0);
    for change in diff.iter_all_changes() {
        let len = change.value().len();
        let blank = change.value().trim().is_empty();
        match change.tag() {
            ChangeTag::Equal => {
                at_a += len;
                at_b += len;
            }
            ChangeTag::Delete => {
                if !blank {
                    in_a.push(at_a..at_a + len);
                }
                at_a += len;
            }
            ChangeTag::Insert => {
                if !blank {
                    in_b.push(at_b..at_b + len);
                }
                at_b += len;
            }
        }
    }
    (in_a, in_b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Alias, City, Item};

    fn data() -> Dataset {
        let item = |t: &str, d: &str| Item {
            title: t.into(),
            description: d.into(),
            attachment: false,
        };
        Dataset {
            chapter: String::new(),
            cities: vec![
                City {
                    name: "A".into(),
                    items: vec![
                        item("1. H", ""),
                        item("B. OVERLEG", ""),
                        item("Lokale woonraad", "x"),
                        item("C. DRIE", ""),
                    ],
                },
                City {
                    name: "G".into(),
                    items: vec![
                        item("1. H", ""),
                        item("B. OVERLEG", ""),
                        item("Lokaal woonoverleg", &"y".repeat(500)),
                        item("Stedelijke Woonraad", ""),
                        item("C. DRIE", ""),
                    ],
                },
            ],
            aliases: vec![Alias {
                title: "Stedelijke Woonraad".into(),
                same_as: "Lokale woonraad".into(),
            }],
        }
    }

    #[test]
    fn sections_keep_chapter_order_and_apply_aliases() {
        let s = Sections::new(&data());
        let titles: Vec<&str> = s.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "1. H",
                "B. OVERLEG",
                "Lokaal woonoverleg",
                "Lokale woonraad",
                "C. DRIE"
            ]
        );
        let raad = &s.sections[3];
        assert_eq!(
            raad.members,
            [ItemId { city: 0, item: 2 }, ItemId { city: 1, item: 3 }]
        );
        assert_eq!(raad.city_count(), 2);
        assert_eq!(s.of(ItemId { city: 1, item: 3 }), Some(3));
        assert_eq!(s.find(&data(), "stedelijke woonraad"), Some(3));
        assert_eq!(s.find(&data(), "LOKAAL WOONOVERLEG"), Some(2));
        assert_eq!(s.find(&data(), "nope"), None);
    }

    #[test]
    fn coverage_tells_missing_empty_short_and_long() {
        let d = data();
        let s = Sections::new(&d);
        let cell = |section: usize, city| s.sections[section].cell(&d, city);
        assert_eq!(
            cell(2, 0),
            Cell {
                coverage: Coverage::Missing,
                chars: 0
            }
        );
        assert_eq!(
            cell(2, 1),
            Cell {
                coverage: Coverage::Long,
                chars: 500
            }
        );
        assert_eq!(
            cell(3, 0),
            Cell {
                coverage: Coverage::Short,
                chars: 1
            }
        );
        assert_eq!(
            cell(3, 1),
            Cell {
                coverage: Coverage::Empty,
                chars: 0
            }
        );
    }

    #[test]
    fn word_diff_marks_only_changed_words() {
        let a = "drie maal per jaar samen";
        let b = "twee maal per jaar samen en soms meer";
        let (da, db) = word_diff(a, b);
        assert_eq!(
            da.iter().map(|r| &a[r.clone()]).collect::<Vec<_>>(),
            ["drie"]
        );
        let changed: Vec<&str> = db.iter().map(|r| &b[r.clone()]).collect();
        assert!(
            changed.contains(&"twee") && changed.contains(&"meer"),
            "{changed:?}"
        );
        assert!(!changed.contains(&"maal"));
    }
}

//! The sections across cities: every title regrouped with the same title in other cities
//! (aliases applied), in chapter order, and how much each city says about each section.

use std::collections::HashMap;

use crate::catalog::{Catalog, Precomputed};
use crate::model::ItemId;
use crate::outline::Outline;
use crate::text::fold;

/// One section across the cities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The title shown: the alias target where an alias applies.
    pub title: String,
    /// The items that have it, in city order (a city may have it twice).
    pub members: Vec<ItemId>,
    /// How deep it stands in the tree of the city that has it first (0: a chapter), so the
    /// list of sections indents as each city's tree does.
    pub depth: usize,
}

impl Section {
    /// The number of cities that have this section.
    #[must_use]
    pub fn city_count(&self) -> usize {
        let mut cities: Vec<usize> = self.members.iter().map(|m| m.city).collect();
        cities.dedup();
        cities.len()
    }

    /// This section's items in `city` (members are sorted by city: a binary search).
    #[must_use]
    pub fn in_city(&self, city: usize) -> &[ItemId] {
        let start = self.members.partition_point(|m| m.city < city);
        let end = self.members.partition_point(|m| m.city <= city);
        &self.members[start..end]
    }

    /// How much `city` says about this section.
    #[must_use]
    pub fn cell(&self, catalog: &Catalog, city: usize) -> Cell {
        let members = self.in_city(city);
        let chars = members
            .iter()
            .filter_map(|m| catalog.get(*m))
            .map(|i| i.chars)
            .sum();
        let coverage = match (members.len(), chars) {
            (0, _) => Coverage::Missing,
            (_, 0) => Coverage::Empty,
            (_, n) if n < SHORT => Coverage::Short,
            _ => Coverage::Long,
        };
        Cell { coverage, chars }
    }
}

/// A section while the chapter order is being worked out: a node of a linked list.
struct Draft {
    title: String,
    members: Vec<ItemId>,
    next: Option<usize>,
}

/// The drafts as a list, following their links from `head`; and per draft, its place.
fn in_chapter_order(drafts: Vec<Draft>, head: Option<usize>) -> (Vec<Section>, Vec<usize>) {
    let mut order = vec![0; drafts.len()];
    let mut drafts: Vec<Option<Draft>> = drafts.into_iter().map(Some).collect();
    let mut sections = Vec::with_capacity(drafts.len());
    let mut at = head;
    while let Some(d) = at {
        let Some(draft) = drafts[d].take() else { break };
        order[d] = sections.len();
        at = draft.next;
        sections.push(Section {
            title: draft.title,
            members: draft.members,
            depth: 0,
        });
    }
    (sections, order)
}

/// All sections of a dataset in chapter order: each new title is placed right after the
/// title that preceded it in its own city, so the numbering's order holds.
#[derive(Debug, Clone, Default)]
pub struct SectionIndex {
    sections: Vec<Section>,
    /// Per item position, its section.
    of_position: Vec<u32>,
    /// Folded title (and folded alias) to section.
    by_title: HashMap<String, usize>,
}

impl SectionIndex {
    /// The sections of a catalog: as its snapshot holds them, or worked out.
    #[must_use]
    pub fn new(catalog: &Catalog) -> SectionIndex {
        let mut index = match catalog.precomputed() {
            Some(p) => Self::from_precomputed(catalog, p),
            None => Self::work_out(catalog),
        };
        set_depths(catalog, &mut index.sections);
        index
    }

    /// The sections a snapshot kept: members regrouped in one pass, titles looked up by map.
    fn from_precomputed(catalog: &Catalog, p: &Precomputed) -> SectionIndex {
        let mut sections: Vec<Section> = p
            .section_titles
            .iter()
            .map(|t| Section {
                title: t.clone(),
                members: Vec::new(),
                depth: 0,
            })
            .collect();
        for (at, s) in p.section_of.iter().enumerate() {
            if let (Some(section), Some(id)) = (sections.get_mut(*s as usize), catalog.id_at(at)) {
                section.members.push(id);
            }
        }
        let mut by_title: HashMap<String, usize> = sections
            .iter()
            .enumerate()
            .map(|(i, s)| (fold(s.title.trim()), i))
            .collect();
        for a in catalog.aliases() {
            if let Some(&s) = by_title.get(&fold(a.same_as.trim())) {
                by_title.entry(fold(a.title.trim())).or_insert(s);
            }
        }
        SectionIndex {
            sections,
            of_position: p.section_of.clone(),
            by_title,
        }
    }

    fn work_out(catalog: &Catalog) -> SectionIndex {
        let alias: HashMap<String, String> = catalog
            .aliases()
            .iter()
            .map(|a| (fold(a.title.trim()), a.same_as.trim().to_owned()))
            .collect();
        // A linked list in chapter order: inserting after a known section is O(1), and
        // sections are found by folded title in a map, so a million items stay quick.
        let mut drafts: Vec<Draft> = Vec::new();
        let mut head: Option<usize> = None;
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut of_draft = Vec::with_capacity(catalog.len());
        for city in 0..catalog.city_count() {
            let mut after: Option<usize> = None;
            for id in catalog.city_items(city) {
                let at = catalog.position(id).unwrap_or_default();
                let folded = catalog.folded_title_at(at).trim();
                let (key, title) = match alias.get(folded) {
                    Some(target) => (fold(target), target.clone()),
                    None => (folded.to_owned(), catalog.title_at(at).trim().to_owned()),
                };
                let d = if let Some(&d) = by_key.get(&key) {
                    d
                } else {
                    let d = drafts.len();
                    let next = after.map_or(head, |a| drafts[a].next);
                    by_key.insert(key, d);
                    drafts.push(Draft {
                        title,
                        members: Vec::new(),
                        next,
                    });
                    match after {
                        Some(a) => drafts[a].next = Some(d),
                        None => head = Some(d),
                    }
                    d
                };
                drafts[d].members.push(id);
                of_draft.push(d);
                after = Some(d);
            }
        }
        let (sections, order) = in_chapter_order(drafts, head);
        let mut by_title: HashMap<String, usize> =
            by_key.into_iter().map(|(key, d)| (key, order[d])).collect();
        for (title, target) in alias {
            if let Some(&s) = by_title.get(&fold(&target)) {
                by_title.entry(title).or_insert(s);
            }
        }
        SectionIndex {
            sections,
            of_position: of_draft.into_iter().map(|d| order[d] as u32).collect(),
            by_title,
        }
    }

    #[must_use]
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.sections.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    #[must_use]
    pub fn get(&self, section: usize) -> Option<&Section> {
        self.sections.get(section)
    }

    /// The section of each item, by position.
    #[must_use]
    pub fn of_positions(&self) -> &[u32] {
        &self.of_position
    }

    /// The section an item belongs to.
    #[must_use]
    pub fn of(&self, catalog: &Catalog, id: ItemId) -> Option<usize> {
        let at = catalog.position(id)?;
        self.of_position.get(at).map(|s| *s as usize)
    }

    /// What a snapshot keeps of the sections, so that opening it costs no more: the
    /// titles in chapter order, and per item position its section.
    #[must_use]
    pub fn precomputed(&self, catalog: &Catalog) -> Precomputed {
        let of = |at| catalog.id_at(at).and_then(|id| self.of(catalog, id));
        Precomputed {
            section_titles: self.sections.iter().map(|s| s.title.clone()).collect(),
            section_of: (0..catalog.len())
                .map(|at| of(at).unwrap_or(0) as u32)
                .collect(),
        }
    }

    /// A section by title or alias, ignoring case and accents.
    #[must_use]
    pub fn find(&self, title: &str) -> Option<usize> {
        self.by_title.get(&fold(title.trim())).copied()
    }
}

/// Each section's depth in the tree of the city where it comes first: one outline per such
/// city (most sections first appear in the first few), not one per section.
fn set_depths(catalog: &Catalog, sections: &mut [Section]) {
    let mut outlines: HashMap<usize, Outline> = HashMap::new();
    for section in sections {
        if let Some(first) = section.members.first() {
            let outline = outlines
                .entry(first.city)
                .or_insert_with(|| Outline::of(catalog, first.city));
            section.depth = outline.depth(first.item);
        }
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

#[cfg(test)]
mod tests;

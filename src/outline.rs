//! The section tree of one city, from its titles' numbering, and the rows it shows given
//! the closed nodes and a filter. Derived from the titles; nothing here is stored.

use crate::catalog::Catalog;
use crate::model::{ItemId, Level};

/// One visible row of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub item: usize,
    pub depth: usize,
    pub has_children: bool,
    /// Shown only because a descendant is wanted (the filter dims such parents).
    pub context_only: bool,
}

/// The shape of one city's tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    pub parents: Vec<Option<usize>>,
    pub has_children: Vec<bool>,
}

impl Outline {
    /// A section hangs under the last chapter title, a subsection under the last section
    /// (or the chapter when there is none yet).
    #[must_use]
    pub fn of(catalog: &Catalog, city: usize) -> Self {
        let mut chapter = None;
        let mut section = None;
        let parents: Vec<Option<usize>> = catalog
            .city_items(city)
            .map(|id| match catalog.level(id) {
                Level::Chapter => {
                    chapter = Some(id.item);
                    section = None;
                    None
                }
                Level::Section => {
                    section = Some(id.item);
                    chapter
                }
                Level::Subsection => section.or(chapter),
            })
            .collect();
        let mut has_children = vec![false; parents.len()];
        for p in parents.iter().flatten() {
            has_children[*p] = true;
        }
        Outline {
            parents,
            has_children,
        }
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.parents.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.parents.is_empty()
    }

    #[must_use]
    pub fn has_children(&self, item: usize) -> bool {
        self.has_children.get(item).copied().unwrap_or(false)
    }

    #[must_use]
    pub fn parent(&self, item: usize) -> Option<usize> {
        self.parents.get(item).copied().flatten()
    }

    /// The items from the root down to `item`, inclusive.
    #[must_use]
    pub fn path(&self, item: usize) -> Vec<usize> {
        let mut path: Vec<usize> = self.ancestors(item).collect();
        path.reverse();
        if item < self.len() {
            path.push(item);
        }
        path
    }

    #[must_use]
    pub fn depth(&self, item: usize) -> usize {
        self.ancestors(item).count()
    }

    pub fn ancestors(&self, item: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent(item), |p| self.parent(*p))
    }

    /// Rows in source order: items that are `wanted`, plus their ancestors as context, with
    /// everything under a closed node hidden.
    #[must_use]
    pub fn rows(
        &self,
        is_closed: impl Fn(usize) -> bool,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<Row> {
        let n = self.parents.len();
        let mut shown = vec![false; n];
        let mut context = vec![false; n];
        for i in (0..n).filter(|&i| wanted(i)) {
            shown[i] = true;
            for a in self.ancestors(i) {
                if !shown[a] {
                    context[a] = true;
                }
            }
        }
        (0..n)
            .filter(|&i| (shown[i] || context[i]) && !self.ancestors(i).any(&is_closed))
            .map(|i| Row {
                item: i,
                depth: self.depth(i),
                has_children: self.has_children[i],
                context_only: !shown[i],
            })
            .collect()
    }

    /// The nearest row that stays visible for `item` when nodes close: itself or an ancestor.
    #[must_use]
    pub fn visible_self_or_ancestor(
        &self,
        item: usize,
        is_closed: impl Fn(usize) -> bool,
    ) -> usize {
        let mut at = item;
        for a in self.ancestors(item) {
            if is_closed(a) {
                at = a;
            }
        }
        at
    }
}

/// `Gent › B. OVERLEG › Lokaal woonoverleg`: the city and the item's path, without the
/// chapter every item shares (unless the item is the chapter itself).
#[must_use]
pub fn breadcrumb(catalog: &Catalog, outline: &Outline, id: ItemId) -> String {
    let path = path_titles(catalog, outline, id);
    let last = path.len().saturating_sub(1);
    let titles = path
        .into_iter()
        .enumerate()
        .filter(|(i, title)| *i == last || Level::of(title) != Level::Chapter)
        .map(|(_, title)| title);
    std::iter::once(catalog.city_name(id.city))
        .chain(titles)
        .collect::<Vec<_>>()
        .join(crate::strings::BREADCRUMB_SEPARATOR)
}

/// The titles from the root of the item's city down to the item, inclusive.
#[must_use]
pub fn path_titles<'c>(catalog: &'c Catalog, outline: &Outline, id: ItemId) -> Vec<&'c str> {
    outline
        .path(id.item)
        .into_iter()
        .filter_map(|item| {
            catalog.get(ItemId {
                city: id.city,
                item,
            })
        })
        .map(|i| i.title)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(titles: &[&str]) -> Outline {
        let city = crate::model::city_with_titles(titles);
        let catalog = Catalog::new(crate::model::Dataset {
            cities: vec![city],
            ..crate::model::Dataset::default()
        });
        Outline::of(&catalog, 0)
    }

    fn city() -> Outline {
        outline(&[
            "1. H",
            "A. EEN",
            "B. OVERLEG",
            "Lokaal woonoverleg",
            "Lokale woonraad",
            "C. DRIE",
        ])
    }

    fn items(rows: &[Row]) -> Vec<usize> {
        rows.iter().map(|r| r.item).collect()
    }

    #[test]
    fn all_open_shows_everything_with_depths() {
        let o = city();
        let rows = o.rows(|_| false, |_| true);
        assert_eq!(items(&rows), [0, 1, 2, 3, 4, 5]);
        assert_eq!(
            rows.iter().map(|r| r.depth).collect::<Vec<_>>(),
            [0, 1, 1, 2, 2, 1]
        );
        assert!(rows[2].has_children && !rows[3].has_children);
    }

    #[test]
    fn a_closed_node_hides_its_descendants() {
        let o = city();
        assert_eq!(items(&o.rows(|i| i == 2, |_| true)), [0, 1, 2, 5]);
        assert_eq!(items(&o.rows(|i| i == 0, |_| true)), [0]);
        assert_eq!(o.visible_self_or_ancestor(4, |i| i == 2), 2);
        assert_eq!(o.visible_self_or_ancestor(4, |i| i == 2 || i == 0), 0);
        assert_eq!(o.visible_self_or_ancestor(4, |_| false), 4);
    }

    #[test]
    fn subsections_hang_under_the_last_section_and_paths_climb() {
        let o = city();
        assert_eq!(
            o.parents,
            [None, Some(0), Some(0), Some(2), Some(2), Some(0)]
        );
        assert_eq!(o.path(4), [0, 2, 4]);
        assert_eq!(o.path(0), [0]);
        assert!(o.path(99).is_empty());
        let loose = outline(&["Los", "A. SECTIE", "Onder", "2. TWEE", "Na"]);
        assert_eq!(loose.parents, [None, None, Some(1), None, Some(3)]);
        assert!(Outline::default().is_empty() && !Outline::default().has_children(0));
    }

    #[test]
    fn filtered_rows_keep_their_parents_as_context() {
        let o = city();
        let rows = o.rows(|_| false, |i| i == 4);
        assert_eq!(items(&rows), [0, 2, 4]);
        assert_eq!(
            rows.iter().map(|r| r.context_only).collect::<Vec<_>>(),
            [true, true, false]
        );
    }
}

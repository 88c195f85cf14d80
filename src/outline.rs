//! The section tree of one city as rows to show: which items are visible given the closed
//! nodes and a filter. Derived on demand from the titles; nothing here is stored.

use crate::model::City;

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
#[derive(Debug, Clone)]
pub struct Outline {
    pub parents: Vec<Option<usize>>,
    pub has_children: Vec<bool>,
}

impl Outline {
    #[must_use]
    pub fn of(city: &City) -> Self {
        let parents = city.parents();
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
    pub fn depth(&self, item: usize) -> usize {
        self.ancestors(item).count()
    }

    pub fn ancestors(&self, item: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parents.get(item).copied().flatten(), |p| {
            self.parents[*p]
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn city() -> City {
        crate::model::city_with_titles(&[
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
        let o = Outline::of(&city());
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
        let o = Outline::of(&city());
        assert_eq!(items(&o.rows(|i| i == 2, |_| true)), [0, 1, 2, 5]);
        assert_eq!(items(&o.rows(|i| i == 0, |_| true)), [0]);
        assert_eq!(o.visible_self_or_ancestor(4, |i| i == 2), 2);
        assert_eq!(o.visible_self_or_ancestor(4, |i| i == 2 || i == 0), 0);
        assert_eq!(o.visible_self_or_ancestor(4, |_| false), 4);
    }

    #[test]
    fn filtered_rows_keep_their_parents_as_context() {
        let o = Outline::of(&city());
        let rows = o.rows(|_| false, |i| i == 4);
        assert_eq!(items(&rows), [0, 2, 4]);
        assert_eq!(
            rows.iter().map(|r| r.context_only).collect::<Vec<_>>(),
            [true, true, false]
        );
    }
}

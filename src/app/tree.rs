//! The section tree's state: which nodes the user closed. Everything else is open, so a
//! city seen for the first time shows its whole tree. Rows are derived from the outline,
//! never stored beside it.

use std::collections::HashSet;

use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::outline::{Outline, Row};

#[derive(Debug, Clone, Default)]
pub struct TreeState {
    closed: HashSet<ItemId>,
    /// The outline of the city last asked for: one city's tree is rebuilt only when the
    /// city changes.
    outline: Option<(usize, Outline)>,
}

impl TreeState {
    /// The outline of `city`, built when the city changes.
    pub fn outline(&mut self, catalog: &Catalog, city: usize) -> &Outline {
        let fresh = match self.outline.take() {
            Some((c, o)) if c == city => o,
            _ => Outline::of(catalog, city),
        };
        &self.outline.insert((city, fresh)).1
    }

    #[must_use]
    pub fn is_closed(&self, id: ItemId) -> bool {
        self.closed.contains(&id)
    }

    /// Closes a node that has children; whether anything changed.
    pub fn close(&mut self, catalog: &Catalog, id: ItemId) -> bool {
        self.outline(catalog, id.city).has_children(id.item) && self.closed.insert(id)
    }

    pub fn open(&mut self, id: ItemId) -> bool {
        self.closed.remove(&id)
    }

    pub fn toggle(&mut self, catalog: &Catalog, id: ItemId) -> bool {
        self.open(id) || self.close(catalog, id)
    }

    /// Opens the nodes above an item, so it can be shown.
    pub fn reveal(&mut self, catalog: &Catalog, id: ItemId) -> bool {
        let ancestors: Vec<usize> = self.outline(catalog, id.city).ancestors(id.item).collect();
        let mut changed = false;
        for a in ancestors {
            changed |= self.open(ItemId {
                city: id.city,
                item: a,
            });
        }
        changed
    }

    /// Opens or closes every node of a city.
    pub fn set_all(&mut self, catalog: &Catalog, city: usize, closed: bool) -> bool {
        let parents: Vec<usize> = {
            let o = self.outline(catalog, city);
            (0..o.len()).filter(|i| o.has_children(*i)).collect()
        };
        let mut changed = false;
        for item in parents {
            let id = ItemId { city, item };
            changed |= if closed {
                self.closed.insert(id)
            } else {
                self.closed.remove(&id)
            };
        }
        changed
    }

    /// Every closed node, for keeping the position.
    pub fn closed_nodes(&self) -> impl Iterator<Item = ItemId> + '_ {
        self.closed.iter().copied()
    }

    /// The rows of `city` as shown: `wanted` items and their parents, nothing under a
    /// closed node.
    pub fn rows(
        &mut self,
        catalog: &Catalog,
        city: usize,
        wanted: impl Fn(usize) -> bool,
    ) -> Vec<Row> {
        self.outline(catalog, city);
        let closed = &self.closed;
        self.outline.as_ref().map_or_else(Vec::new, |(_, o)| {
            o.rows(|item| closed.contains(&ItemId { city, item }), wanted)
        })
    }

    /// The item itself or, if a closed node hides it, the closed node.
    pub fn visible_self_or_ancestor(&mut self, catalog: &Catalog, id: ItemId) -> ItemId {
        self.outline(catalog, id.city);
        let closed = &self.closed;
        let item = self.outline.as_ref().map_or(id.item, |(_, o)| {
            o.visible_self_or_ancestor(id.item, |a| {
                closed.contains(&ItemId {
                    city: id.city,
                    item: a,
                })
            })
        });
        ItemId {
            city: id.city,
            item,
        }
    }
}

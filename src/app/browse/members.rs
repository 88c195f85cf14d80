//! The rows of the two list panes, as `rows.rs` derives them: the groups, the selected
//! group, and the members (a city's tree, or the cities that have a section).

use crate::model::ItemId;
use crate::outline;

/// The second pane's rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Members {
    #[default]
    None,
    /// A city's section tree.
    Tree {
        city: usize,
        rows: Vec<outline::Row>,
    },
    /// The cities that have a section, each with its (first visible) item there.
    Cities { section: usize, items: Vec<ItemId> },
}

/// What the user last chose, kept while moving through groups that lack it: passing a
/// city without the section does not lose the section, nor a section without the city
/// the city.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Wish {
    pub section: Option<usize>,
    pub city: Option<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub groups: Vec<usize>,
    pub selected_group: Option<usize>,
    pub members: Members,
}

impl Rows {
    pub fn member_items(&self) -> Vec<ItemId> {
        match &self.members {
            Members::None => Vec::new(),
            Members::Tree { city, rows } => rows
                .iter()
                .map(|r| ItemId {
                    city: *city,
                    item: r.item,
                })
                .collect(),
            Members::Cities { items, .. } => items.clone(),
        }
    }

    pub fn member_position(&self, id: ItemId) -> Option<usize> {
        match &self.members {
            Members::None => None,
            Members::Tree { city, rows } => {
                (id.city == *city).then(|| rows.iter().position(|r| r.item == id.item))?
            }
            Members::Cities { items, .. } => items.iter().position(|m| *m == id),
        }
    }
}

//! After every change: the rows of the two list panes, derived from the grouping, the
//! narrowing and the closed nodes, and the selection brought back among them when a change
//! hid it. The one place where positions are derived from identities.

use std::sync::Arc;

use super::layout::keep_in_view;
use super::{App, Focus, Grouping, Page};
use crate::catalog::Catalog;
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

    fn member_position(&self, id: ItemId) -> Option<usize> {
        match &self.members {
            Members::None => None,
            Members::Tree { city, rows } => {
                (id.city == *city).then(|| rows.iter().position(|r| r.item == id.item))?
            }
            Members::Cities { items, .. } => items.iter().position(|m| *m == id),
        }
    }
}

impl App {
    fn wants(&self, id: ItemId) -> bool {
        self.catalog
            .position(id)
            .is_some_and(|p| self.finder.wants(p))
    }

    /// Per sectie: the visible items of a section, one per city (its first there).
    pub(super) fn section_cities(&self, section: usize) -> Vec<ItemId> {
        let mut out: Vec<ItemId> = Vec::new();
        for m in self.sections.get(section).map_or(&[][..], |s| &s.members) {
            if self.wants(*m) && out.last().is_none_or(|l| l.city != m.city) {
                out.push(*m);
            }
        }
        out
    }

    /// Cities with something shown.
    pub(super) fn visible_cities(&self) -> Vec<usize> {
        match self.finder.narrowing() {
            None => (0..self.catalog.city_count()).collect(),
            Some(n) => (0..self.catalog.city_count())
                .filter(|c| n.in_city(*c) > 0)
                .collect(),
        }
    }

    /// Sections with something shown.
    pub(super) fn visible_sections(&self) -> Vec<usize> {
        match self.finder.narrowing() {
            None => (0..self.sections.len()).collect(),
            Some(_) => (0..self.sections.len())
                .filter(|s| {
                    self.sections
                        .get(*s)
                        .is_some_and(|sec| sec.members.iter().any(|m| self.wants(*m)))
                })
                .collect(),
        }
    }

    fn derive_groups(&self) -> Vec<usize> {
        match self.grouping {
            Grouping::ByCity => self.visible_cities(),
            Grouping::BySection => self.visible_sections(),
        }
    }

    /// Takes the selection as what the user wants: its section and its city.
    pub(super) fn wish_for_current(&mut self) {
        if let Some(id) = self.current {
            self.wish = Wish {
                section: self.sections.of(&self.catalog, id),
                city: Some(id.city),
            };
        }
    }

    /// The group the selection is in.
    fn group_of(&self, id: ItemId) -> Option<usize> {
        match self.grouping {
            Grouping::ByCity => Some(id.city),
            Grouping::BySection => self.sections.of(&self.catalog, id),
        }
    }

    /// Recomputes everything derived from the state and the screen from it; whether the
    /// screen changed.
    pub(super) fn settle(&mut self) -> bool {
        let catalog = Arc::clone(&self.catalog);
        if let Some(job) = self.finder.sync(&catalog, &self.user) {
            self.effects.push(super::Effect::Search(job));
        }
        self.rows.groups = self.derive_groups();
        let group = self
            .current
            .and_then(|id| self.group_of(id))
            .filter(|g| self.rows.groups.contains(g))
            .or_else(|| self.rows.groups.first().copied());
        self.rows.selected_group = group;
        self.rows.members = match (self.grouping, group) {
            (_, None) => Members::None,
            (Grouping::ByCity, Some(city)) => Members::Tree {
                city,
                rows: self.tree_rows(&catalog, city),
            },
            (Grouping::BySection, Some(section)) => Members::Cities {
                section,
                items: self.section_cities(section),
            },
        };
        self.current = self.settled_member();
        if let Some(id) = self.current {
            self.item_of_city.insert(id.city, id.item);
            if let Some(s) = self.sections.of(&catalog, id) {
                self.city_of_section.insert(s, id.city);
            }
        }
        self.follow_selection();
        if self.panes().is_some_and(|p| p.get(self.focus).is_none()) {
            self.focus = Focus::Text;
        }
        self.sync_text();
        if self.page == Page::Grid {
            self.sync_grid();
        }
        if self.page == Page::Compare {
            self.sync_compare();
        }
        self.sync_overlays();
        let screen = self.view();
        let changed = screen != self.screen;
        self.screen = screen;
        changed
    }

    fn tree_rows(&mut self, catalog: &Catalog, city: usize) -> Vec<outline::Row> {
        let start = catalog.city_positions(city).start;
        let finder = &self.finder;
        self.tree
            .rows(catalog, city, |item| finder.wants(start + item))
    }

    /// The selection, kept when it is shown, else the nearest thing that is: a closed
    /// node above it, what was last seen in this group, or the first match.
    fn settled_member(&mut self) -> Option<ItemId> {
        if let Some(id) = self
            .current
            .filter(|id| self.rows.member_position(*id).is_some())
        {
            return Some(id);
        }
        match &self.rows.members {
            Members::None => None,
            Members::Tree { city, rows } => {
                let city = *city;
                let shown = |item: usize| rows.iter().any(|r| r.item == item);
                let hidden_under = self
                    .current
                    .filter(|id| id.city == city)
                    .map(|id| self.tree.visible_self_or_ancestor(&self.catalog, id).item);
                let remembered = self.item_of_city.get(&city).copied();
                let item = hidden_under
                    .filter(|i| shown(*i))
                    .or(remembered.filter(|i| shown(*i)))
                    .or_else(|| self.first_member(city, rows))?;
                Some(ItemId { city, item })
            }
            Members::Cities { section, items } => {
                let same_city = self.current.map(|id| id.city);
                let remembered = self.city_of_section.get(section).copied();
                items
                    .iter()
                    .find(|m| Some(m.city) == same_city)
                    .or_else(|| items.iter().find(|m| Some(m.city) == remembered))
                    .or(items.first())
                    .copied()
            }
        }
    }

    /// Where to land in a city's tree: the first match with text to read; parents shown
    /// only as context and empty chapter lines are not where a reader wants to be.
    fn first_member(&self, city: usize, rows: &[outline::Row]) -> Option<usize> {
        let start = self.catalog.city_positions(city).start;
        rows.iter()
            .find(|r| !r.context_only && self.catalog.chars_at(start + r.item) > 0)
            .or_else(|| rows.iter().find(|r| !r.context_only))
            .or(rows.first())
            .map(|r| r.item)
    }

    /// Keeps each list's selection on its page.
    fn follow_selection(&mut self) {
        let group_pos = self
            .rows
            .selected_group
            .and_then(|g| self.rows.groups.iter().position(|x| *x == g))
            .unwrap_or(0);
        let page = self.page_height(Focus::Groups);
        self.offsets[0] = keep_in_view(self.offsets[0], group_pos, page, self.rows.groups.len());
        let members = self.rows.member_items();
        let member_pos = self
            .current
            .and_then(|id| members.iter().position(|m| *m == id))
            .unwrap_or(0);
        let page = self.page_height(Focus::Members);
        self.offsets[1] = keep_in_view(self.offsets[1], member_pos, page, members.len());
    }

    /// The item to select in another group: the same section (by title, aliases applied)
    /// in another city, the same city in another section; else what was seen there last.
    pub(super) fn item_in_group(&mut self, group: usize) -> Option<ItemId> {
        let catalog = Arc::clone(&self.catalog);
        match self.grouping {
            Grouping::ByCity => {
                let city = group;
                self.wish.city = Some(city);
                let same_section = self
                    .wish
                    .section
                    .and_then(|s| self.sections.get(s))
                    .and_then(|s| s.in_city(city).iter().copied().find(|m| self.wants(*m)));
                let remembered = self
                    .item_of_city
                    .get(&city)
                    .map(|&item| ItemId { city, item })
                    .filter(|id| self.wants(*id));
                same_section.or(remembered).or_else(|| {
                    let rows = self.tree_rows(&catalog, city);
                    self.first_member(city, &rows)
                        .map(|item| ItemId { city, item })
                })
            }
            Grouping::BySection => {
                self.wish.section = Some(group);
                let items = self.section_cities(group);
                let same_city = self.wish.city;
                let remembered = self.city_of_section.get(&group).copied();
                items
                    .iter()
                    .find(|m| Some(m.city) == same_city)
                    .or_else(|| items.iter().find(|m| Some(m.city) == remembered))
                    .or(items.first())
                    .copied()
            }
        }
    }
}

//! After every change: the rows of the two list panes, derived from the grouping, the
//! narrowing and the closed nodes, and the selection brought back among them when a change
//! hid it, and the text pane brought in line. The one place where positions are derived
//! from identities.

use super::Browser;
use super::members::{Members, Wish};
use crate::app::action::{Focus, Grouping};
use crate::app::layout::keep_in_view;
use crate::app::marks::Marking;
use crate::app::shared::Shared;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::outline;
use crate::query::Polarity;

impl Browser {
    fn derive_groups(&self, shared: &Shared) -> Vec<usize> {
        match self.grouping {
            Grouping::ByCity => shared.visible_cities(),
            Grouping::BySection => shared.visible_sections(),
        }
    }

    /// Takes the selection as what the user wants: its section and its city.
    pub fn wish_for_current(&mut self, shared: &Shared) {
        if let Some(id) = self.current {
            self.wish = Wish {
                section: shared.sections.of(&shared.catalog, id),
                city: Some(id.city),
            };
        }
    }

    /// The group the selection is in.
    fn group_of(&self, shared: &Shared, id: ItemId) -> Option<usize> {
        match self.grouping {
            Grouping::ByCity => Some(id.city),
            Grouping::BySection => shared.sections.of(&shared.catalog, id),
        }
    }

    /// Derives the rows from the state, brings the selection back among them and the text
    /// pane in line with it.
    pub fn settle(&mut self, shared: &Shared) {
        let catalog = &shared.catalog;
        if std::mem::take(&mut self.to_best_match) {
            let here = self.current.and_then(|id| catalog.position(id));
            let best = shared.finder.best_match(catalog, here);
            if let Some(id) = best.and_then(|at| catalog.id_at(at)) {
                self.select(shared, id);
            }
        }
        self.rows.groups = self.derive_groups(shared);
        let group = self
            .current
            .and_then(|id| self.group_of(shared, id))
            .filter(|g| self.rows.groups.contains(g))
            .or_else(|| self.rows.groups.first().copied());
        self.rows.selected_group = group;
        self.rows.members = match (self.grouping, group) {
            (_, None) => Members::None,
            (Grouping::ByCity, Some(city)) => Members::Tree {
                city,
                rows: self.tree_rows(shared, catalog, city),
            },
            (Grouping::BySection, Some(section)) => Members::Cities {
                section,
                items: shared.section_cities(section),
            },
        };
        self.current = self.settled_member(shared);
        if let Some(id) = self.current {
            self.item_of_city.insert(id.city, id.item);
            if let Some(s) = shared.sections.of(catalog, id) {
                self.city_of_section.insert(s, id.city);
            }
        }
        self.follow_selection(shared);
        if self
            .panes(shared.area)
            .is_some_and(|p| p.get(self.focus).is_none())
        {
            self.focus = Focus::Text;
        }
        self.sync_text(shared);
    }

    fn tree_rows(&mut self, shared: &Shared, catalog: &Catalog, city: usize) -> Vec<outline::Row> {
        let start = catalog.city_positions(city).start;
        let finder = &shared.finder;
        self.tree
            .rows(catalog, city, |item| finder.wants(start + item))
    }

    /// The selection, kept when it is shown, else the nearest thing that is: a closed
    /// node above it, what was last seen in this group, or the first match.
    fn settled_member(&mut self, shared: &Shared) -> Option<ItemId> {
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
                    .map(|id| self.tree.visible_self_or_ancestor(&shared.catalog, id).item);
                let remembered = self.item_of_city.get(&city).copied();
                let item = hidden_under
                    .filter(|i| shown(*i))
                    .or(remembered.filter(|i| shown(*i)))
                    .or_else(|| first_member(&shared.catalog, city, rows))?;
                Some(ItemId { city, item })
            }
            Members::Cities { section, items } => {
                let remembered = self.city_of_section.get(section).copied();
                city_among(items, self.current.map(|id| id.city), remembered)
            }
        }
    }

    /// Keeps each list's selection on its page.
    fn follow_selection(&mut self, shared: &Shared) {
        let group_pos = self
            .rows
            .selected_group
            .and_then(|g| self.rows.groups.iter().position(|x| *x == g))
            .unwrap_or(0);
        let page = self.page_height(shared, Focus::Groups);
        self.offsets[0] = keep_in_view(self.offsets[0], group_pos, page, self.rows.groups.len());
        let members = self.rows.member_items();
        let member_pos = self
            .current
            .and_then(|id| members.iter().position(|m| *m == id))
            .unwrap_or(0);
        let page = self.page_height(shared, Focus::Members);
        self.offsets[1] = keep_in_view(self.offsets[1], member_pos, page, members.len());
    }

    /// The item to select in another group: the same section (by title, aliases applied)
    /// in another city, the same city in another section; else what was seen there last.
    pub(super) fn item_in_group(&mut self, shared: &Shared, group: usize) -> Option<ItemId> {
        let catalog = &shared.catalog;
        match self.grouping {
            Grouping::ByCity => {
                let city = group;
                self.wish.city = Some(city);
                let same_section = self
                    .wish
                    .section
                    .and_then(|s| shared.sections.get(s))
                    .and_then(|s| s.in_city(city).iter().copied().find(|m| shared.wants(*m)));
                let remembered = self
                    .item_of_city
                    .get(&city)
                    .map(|&item| ItemId { city, item })
                    .filter(|id| shared.wants(*id));
                same_section.or(remembered).or_else(|| {
                    let rows = self.tree_rows(shared, catalog, city);
                    first_member(catalog, city, &rows).map(|item| ItemId { city, item })
                })
            }
            Grouping::BySection => {
                self.wish.section = Some(group);
                let items = shared.section_cities(group);
                let remembered = self.city_of_section.get(&group).copied();
                city_among(&items, self.wish.city, remembered)
            }
        }
    }

    /// Readies the panes for drawing (the text's marks), when they are on screen.
    pub fn prepare_view(&mut self) {
        self.text.mark_rows_in_view();
    }

    /// Brings the text pane in line with the selection, the window and what is marked.
    fn sync_text(&mut self, shared: &Shared) {
        let catalog = &shared.catalog;
        let finder = &shared.finder;
        let rect = self.panes(shared.area).and_then(|p| p.text);
        let needles: Vec<String> = finder
            .needle()
            .map(|n| n.texts().to_vec())
            .into_iter()
            .flatten()
            .chain(
                finder
                    .query()
                    .terms()
                    .filter(|t| t.polarity == Polarity::Wanted)
                    .map(|t| t.text.clone()),
            )
            .collect();
        let hit = finder.current_hit().and_then(|h| {
            let id = catalog.id_at(h.item as usize)?;
            let needle = finder.needle()?;
            let len = match needle.texts() {
                [one] => one.len(),
                _ if h.in_note() => needle.len_at(shared.user.folded_note(id)?, h.offset()),
                _ => needle.len_at(&catalog.folded_text(h.item as usize), h.offset()),
            };
            Some((id, h.at as usize, len))
        });
        let note = self
            .current
            .and_then(|id| shared.user.note(id))
            .map(str::to_owned);
        let marking = Marking { needles, hit, note };
        // The tree's outline of the city, borrowed: cloning it per key would cost a copy of
        // the city's outline on every keystroke.
        if let Some(id) = self.current {
            let outline = self.tree.outline(catalog, id.city);
            self.text
                .sync(catalog, outline, self.current, rect, marking);
        } else {
            let empty = crate::outline::Outline::default();
            self.text.sync(catalog, &empty, None, rect, marking);
        }
    }
}

/// Where to land in a city's tree: the first match with text to read; parents shown
/// only as context and empty chapter lines are not where a reader wants to be.
fn first_member(catalog: &Catalog, city: usize, rows: &[outline::Row]) -> Option<usize> {
    let start = catalog.city_positions(city).start;
    rows.iter()
        .find(|r| !r.context_only && catalog.chars_at(start + r.item) > 0)
        .or_else(|| rows.iter().find(|r| !r.context_only))
        .or(rows.first())
        .map(|r| r.item)
}

/// In a section's list of cities: the one asked for, else the one last seen there, else
/// the first.
fn city_among(
    items: &[ItemId],
    wanted: Option<usize>,
    remembered: Option<usize>,
) -> Option<ItemId> {
    let of = |city: Option<usize>| items.iter().find(|m| Some(m.city) == city);
    of(wanted)
        .or_else(|| of(remembered))
        .or(items.first())
        .copied()
}

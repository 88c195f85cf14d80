//! Application state and the one place that changes it: `App::update(Action)`. Everything
//! here runs without a terminal, which is how the tests drive it.

mod action;
mod compare;
mod find;
mod navigate;

use std::collections::{BTreeSet, HashMap, HashSet};

use ratatui::layout::Rect;

pub use action::{Action, Edit, Focus};
pub use compare::{Effect, GridCursor};
pub use find::{Narrowing, TextSearch, TitleFilter};

use crate::compare::Sections;
use crate::model::{Dataset, ItemId};
use crate::outline::{Outline, Row};
use crate::query::SearchIndex;
use crate::ui::layout::{self, Panes};
use crate::ui::list::keep_in_view;
use crate::ui::text;

/// How the first two panes group the items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    /// Steden, then each city's section tree ("per stad").
    #[default]
    ByCity,
    /// Sections across all cities, then the cities that have the section ("per sectie").
    BySection,
}

/// What fills the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Browse,
    /// Cities × sections: who says how much about what.
    Grid,
    /// The marked items side by side.
    Compare,
}

/// Which input line is open at the bottom, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Input {
    #[default]
    None,
    Filter,
    Search,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityPane {
    /// Index in `Dataset::cities`: the city's identity.
    pub selected: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionPane {
    /// Nodes the user closed; everything else is open, so a new city shows its whole tree.
    pub closed: HashSet<ItemId>,
    /// The selected item per city, so coming back to a city finds the same item.
    pub selected: HashMap<usize, usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BySectionPane {
    /// Index in `Sections::sections`.
    pub selected: usize,
    /// The selected city per section.
    pub city: HashMap<usize, usize>,
}

/// First rows on screen of the two list panes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Offsets {
    pub groups: usize,
    pub members: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextPane {
    /// First body row on screen.
    pub scroll: usize,
}

/// What `update` compares to tell whether a redraw is due.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    focus: Focus,
    grouping: Grouping,
    view: View,
    cities: CityPane,
    sections: SectionPane,
    by_section: BySectionPane,
    offsets: Offsets,
    text: TextPane,
    help: bool,
    input: Input,
    filter: String,
    search: String,
    hit: Option<usize>,
    grid: GridCursor,
    marked: BTreeSet<ItemId>,
    compare_scroll: usize,
    message: Option<String>,
    area: Rect,
    current: Option<ItemId>,
}

#[derive(Debug, Clone)]
pub struct App {
    pub data: Dataset,
    pub index: SearchIndex,
    pub sections_index: Sections,
    pub focus: Focus,
    pub grouping: Grouping,
    pub view: View,
    pub cities: CityPane,
    pub sections: SectionPane,
    pub by_section: BySectionPane,
    pub offsets: Offsets,
    pub text: TextPane,
    pub help: bool,
    pub input: Input,
    pub filter: TitleFilter,
    pub search: TextSearch,
    /// What the filter and the search leave visible; `None` when neither is active.
    pub narrowing: Option<Narrowing>,
    pub grid: GridCursor,
    /// Items marked (`v`) for comparing and exporting.
    pub marked: BTreeSet<ItemId>,
    pub compare_scroll: usize,
    /// One line for the status bar until the next key (what was copied or written).
    pub message: Option<String>,
    pub area: Rect,
    pub quit: bool,
    /// Typed but not yet applied: the loop echoes the keystroke, then calls `settle`.
    dirty: bool,
    /// A search hit to scroll the text to once the selection has settled.
    scroll_to: Option<crate::query::Hit>,
    /// Work for the terminal loop: copying, writing files.
    effects: Vec<Effect>,
}

impl App {
    #[must_use]
    pub fn new(data: Dataset, width: u16, height: u16) -> Self {
        App {
            index: SearchIndex::new(&data),
            sections_index: Sections::new(&data),
            data,
            focus: Focus::Groups,
            grouping: Grouping::ByCity,
            view: View::Browse,
            cities: CityPane::default(),
            sections: SectionPane::default(),
            by_section: BySectionPane::default(),
            offsets: Offsets::default(),
            text: TextPane::default(),
            help: false,
            input: Input::None,
            filter: TitleFilter::default(),
            search: TextSearch::default(),
            narrowing: None,
            grid: GridCursor::default(),
            marked: BTreeSet::new(),
            compare_scroll: 0,
            message: None,
            area: Rect::new(0, 0, width, height),
            quit: false,
            dirty: false,
            scroll_to: None,
            effects: Vec::new(),
        }
    }

    #[must_use]
    pub fn panes(&self) -> Option<Panes> {
        layout::panes(self.area, self.focus, self.grouping == Grouping::BySection)
    }

    /// Whether an item is shown under the active filter and search.
    #[must_use]
    pub fn is_wanted(&self, id: ItemId) -> bool {
        self.narrowing
            .as_ref()
            .is_none_or(|n| n.wanted[self.index.position(id)])
    }

    /// Cities shown in the first pane (per stad), by identity.
    #[must_use]
    pub fn visible_cities(&self) -> Vec<usize> {
        match &self.narrowing {
            None => (0..self.data.cities.len()).collect(),
            Some(n) => (0..self.data.cities.len())
                .filter(|c| n.per_city[*c] > 0)
                .collect(),
        }
    }

    /// Sections shown in the first pane (per sectie), by index.
    #[must_use]
    pub fn visible_sections(&self) -> Vec<usize> {
        let all = &self.sections_index.sections;
        (0..all.len())
            .filter(|s| all[*s].members.iter().any(|m| self.is_wanted(*m)))
            .collect()
    }

    /// The cities that have section `s`, each with its (first) item there.
    #[must_use]
    pub fn section_cities(&self, s: usize) -> Vec<ItemId> {
        let mut out: Vec<ItemId> = Vec::new();
        for m in &self.sections_index.sections[s].members {
            if self.is_wanted(*m) && out.last().is_none_or(|l| l.city != m.city) {
                out.push(*m);
            }
        }
        out
    }

    /// The selected city (per stad), if any city is shown.
    #[must_use]
    pub fn city(&self) -> Option<usize> {
        let visible = self.visible_cities();
        visible
            .contains(&self.cities.selected)
            .then_some(self.cities.selected)
            .or_else(|| visible.first().copied())
    }

    /// The selected section (per sectie), if any is shown.
    #[must_use]
    pub fn section(&self) -> Option<usize> {
        let visible = self.visible_sections();
        visible
            .contains(&self.by_section.selected)
            .then_some(self.by_section.selected)
            .or_else(|| visible.first().copied())
    }

    #[must_use]
    pub fn outline(&self, city: usize) -> Outline {
        Outline::of(&self.data.cities[city])
    }

    /// The tree rows of `city` as shown now.
    #[must_use]
    pub fn tree_rows(&self, city: usize) -> Vec<Row> {
        self.outline(city).rows(
            |item| self.sections.closed.contains(&ItemId { city, item }),
            |item| self.is_wanted(ItemId { city, item }),
        )
    }

    /// The selected item.
    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
        match self.grouping {
            Grouping::ByCity => self.current_by_city(),
            Grouping::BySection => {
                let s = self.section()?;
                let cities = self.section_cities(s);
                let remembered = self
                    .by_section
                    .city
                    .get(&s)
                    .and_then(|c| cities.iter().find(|m| m.city == *c));
                remembered.or(cities.first()).copied()
            }
        }
    }

    /// Per stad: remembered per city, else the nearest visible ancestor of it, else the
    /// first match.
    fn current_by_city(&self) -> Option<ItemId> {
        let city = self.city()?;
        let rows = self.tree_rows(city);
        let shown = |item: usize| rows.iter().any(|r| r.item == item);
        // Rows shown only as parents of a match are not where a reader wants to land.
        let first = || {
            rows.iter()
                .find(|r| !r.context_only)
                .or(rows.first())
                .map(|r| r.item)
        };
        let item = match self.sections.selected.get(&city) {
            Some(&item) if shown(item) => item,
            Some(&item) => {
                let closed = |a| self.sections.closed.contains(&ItemId { city, item: a });
                Some(self.outline(city).visible_self_or_ancestor(item, closed))
                    .filter(|i| shown(*i))
                    .or_else(first)?
            }
            None => first()?,
        };
        Some(ItemId { city, item })
    }

    /// Makes `id` the selected item in either grouping, opening the nodes above it.
    pub fn select(&mut self, id: ItemId) {
        self.cities.selected = id.city;
        self.sections.selected.insert(id.city, id.item);
        for a in self.outline(id.city).ancestors(id.item) {
            self.sections.closed.remove(&ItemId {
                city: id.city,
                item: a,
            });
        }
        if let Some(s) = self.sections_index.of(id) {
            self.by_section.selected = s;
            self.by_section.city.insert(s, id.city);
        }
    }

    fn page(&self, pane: Focus) -> usize {
        self.panes()
            .and_then(|p| p.get(pane))
            .map_or(1, |r| usize::from(layout::inner(r).height))
    }

    /// The text pane's layout for the current item, and how many body rows fit on screen.
    #[must_use]
    pub fn text_layout(&self) -> Option<(text::Layout, usize)> {
        let rect = self.panes()?.text?;
        let inner = layout::inner(rect);
        let l = text::Layout::of(&self.data, self.current(), usize::from(inner.width));
        let height = usize::from(inner.height).saturating_sub(l.header.len());
        Some((l, height))
    }

    /// Rows of the text body and how many fit on screen.
    #[must_use]
    pub fn text_metrics(&self) -> (usize, usize) {
        self.text_layout()
            .map_or((0, 0), |(l, height)| (l.rows.len(), height))
    }

    /// Applies one action and everything it implies. Returns whether anything visible
    /// changed, so the loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        let changed = self.update_deferred(action);
        self.settle() || changed
    }

    /// Applies one action but leaves the costly part of a filter or search edit for
    /// `settle`, so the loop can echo the keystroke first.
    pub fn update_deferred(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        self.apply(action);
        self.after_change(&before)
    }

    /// Whether `settle` has work to do.
    #[must_use]
    pub fn pending(&self) -> bool {
        self.dirty
    }

    /// Finishes what `update_deferred` left: recomputes filter matches and search hits.
    pub fn settle(&mut self) -> bool {
        if !std::mem::take(&mut self.dirty) {
            return false;
        }
        let before = self.snapshot();
        self.refresh_narrowing();
        self.after_change(&before);
        true
    }

    /// Work the terminal loop has to do for the last actions.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// What the loop says back after an effect, shown in the status line.
    pub fn report(&mut self, message: String) {
        self.message = Some(message);
    }

    fn after_change(&mut self, before: &Snapshot) -> bool {
        if self.current() != before.current {
            self.text.scroll = 0;
        }
        if let Some(hit) = self.scroll_to.take() {
            self.scroll_to_hit(hit);
        }
        self.clamp();
        self.quit || self.snapshot() != *before
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            focus: self.focus,
            grouping: self.grouping,
            view: self.view,
            cities: self.cities.clone(),
            sections: self.sections.clone(),
            by_section: self.by_section.clone(),
            offsets: self.offsets,
            text: self.text.clone(),
            help: self.help,
            input: self.input,
            filter: self.filter.input.clone(),
            search: self.search.input.clone(),
            hit: self.search.current,
            grid: self.grid,
            marked: self.marked.clone(),
            compare_scroll: self.compare_scroll,
            message: self.message.clone(),
            area: self.area,
            current: self.current(),
        }
    }

    fn apply(&mut self, action: Action) {
        match (self.view, action) {
            (_, Action::Quit) => self.quit = true,
            (_, Action::ToggleHelp) => self.help = !self.help,
            (_, Action::CloseHelp) => self.help = false,
            (_, Action::Resize(w, h)) => self.area = Rect::new(0, 0, w, h),
            (View::Grid, _) => self.grid_action(action),
            (View::Compare, _) => self.compare_action(action),
            (View::Browse, _) => self.browse_action(action),
        }
    }

    fn browse_action(&mut self, action: Action) {
        match action {
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::FocusPane(f) => self.focus = f,
            Action::ScrollText(rows) => {
                self.text.scroll = self.text.scroll.saturating_add_signed(rows);
            }
            Action::Move(m) => self.move_in(self.focus, m),
            Action::Left => self.left(),
            Action::Right => self.right(),
            Action::Toggle => self.toggle(),
            Action::OpenAll => self.set_all_closed(false),
            Action::CloseAll => self.set_all_closed(true),
            Action::Click { column, row } => self.click(column, row),
            Action::Wheel { column, row, down } => self.wheel(column, row, down),
            Action::StartFilter => self.input = Input::Filter,
            Action::StartSearch => self.input = Input::Search,
            Action::Input(edit) => self.edit(edit),
            Action::InputAccept => self.accept(),
            Action::Clear => self.clear(),
            Action::Hit(forward) => self.jump_to_hit(forward),
            Action::Regroup => self.regroup(),
            Action::ToggleGrid => self.open_grid(),
            Action::Mark => self.toggle_mark(),
            Action::Compare => self.open_compare(),
            Action::Copy => self.copy(),
            Action::Export => self.export(),
            Action::Quit | Action::ToggleHelp | Action::CloseHelp | Action::Resize(..) => {}
        }
    }

    /// Switches between per stad and per sectie, keeping the selected item.
    fn regroup(&mut self) {
        let current = self.current();
        self.grouping = match self.grouping {
            Grouping::ByCity => Grouping::BySection,
            Grouping::BySection => Grouping::ByCity,
        };
        self.offsets = Offsets::default();
        if let Some(id) = current {
            self.select(id);
        }
    }

    /// Keeps every scroll position valid and every selection on screen: the one place
    /// where positions are derived from identities after a change.
    fn clamp(&mut self) {
        let selected = self.selected_group();
        self.offsets.groups = follow(
            self.offsets.groups,
            &self.group_rows(),
            selected,
            self.page(Focus::Groups),
        );
        if let Some(g) = selected {
            self.set_group(g);
        }
        let selected = self.selected_member();
        self.offsets.members = follow(
            self.offsets.members,
            &self.member_rows(),
            selected,
            self.page(Focus::Members),
        );
        if let Some(m) = selected {
            self.set_member(m);
        }
        let (total, height) = self.text_metrics();
        self.text.scroll = self.text.scroll.min(total.saturating_sub(height));
        if self.panes().is_some_and(|p| p.get(self.focus).is_none()) {
            self.focus = Focus::Text;
        }
        self.clamp_views();
    }
}

/// The first row to show of `rows` so that `selected` is on a page of `page` rows (the
/// top when nothing is selected).
fn follow(offset: usize, rows: &[usize], selected: Option<usize>, page: usize) -> usize {
    let pos = selected
        .and_then(|s| rows.iter().position(|r| *r == s))
        .unwrap_or(0);
    keep_in_view(offset, pos, page, rows.len())
}

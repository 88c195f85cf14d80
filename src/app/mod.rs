//! Application state and the one place that changes it: `App::update(Action)`. Everything
//! here runs without a terminal, which is how the tests drive it.

mod action;
mod find;
mod navigate;

use std::collections::{HashMap, HashSet};

use ratatui::layout::Rect;

pub use action::{Action, Edit, Focus};
pub use find::{Narrowing, TextSearch, TitleFilter};

use crate::model::{Dataset, ItemId};
use crate::outline::{Outline, Row};
use crate::query::SearchIndex;
use crate::ui::layout::{self, Panes};
use crate::ui::list::keep_in_view;
use crate::ui::text;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityPane {
    /// Index in `Dataset::cities`: the city's identity.
    pub selected: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectionPane {
    /// Nodes the user closed; everything else is open, so a new city shows its whole tree.
    pub closed: HashSet<ItemId>,
    /// The selected item per city, so coming back to a city finds the same item.
    pub selected: HashMap<usize, usize>,
    pub offset: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextPane {
    /// First body row on screen.
    pub scroll: usize,
}

/// Which input line is open at the bottom, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Input {
    #[default]
    None,
    Filter,
    Search,
}

/// What `update` compares to tell whether a redraw is due.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    focus: Focus,
    cities: CityPane,
    sections: SectionPane,
    text: TextPane,
    help: bool,
    input: Input,
    filter: String,
    search: String,
    hit: Option<usize>,
    area: Rect,
    current: Option<ItemId>,
}

#[derive(Debug, Clone)]
pub struct App {
    pub data: Dataset,
    pub index: SearchIndex,
    pub focus: Focus,
    pub cities: CityPane,
    pub sections: SectionPane,
    pub text: TextPane,
    pub help: bool,
    pub input: Input,
    pub filter: TitleFilter,
    pub search: TextSearch,
    /// What the filter and the search leave visible; `None` when neither is active.
    pub narrowing: Option<Narrowing>,
    pub area: Rect,
    pub quit: bool,
    /// Typed but not yet applied: the loop echoes the keystroke, then calls `settle`.
    dirty: bool,
    /// A search hit to scroll the text to once the selection has settled.
    scroll_to: Option<crate::query::Hit>,
}

impl App {
    #[must_use]
    pub fn new(data: Dataset, width: u16, height: u16) -> Self {
        App {
            index: SearchIndex::new(&data),
            data,
            focus: Focus::Cities,
            cities: CityPane::default(),
            sections: SectionPane::default(),
            text: TextPane::default(),
            help: false,
            input: Input::None,
            filter: TitleFilter::default(),
            search: TextSearch::default(),
            narrowing: None,
            area: Rect::new(0, 0, width, height),
            quit: false,
            dirty: false,
            scroll_to: None,
        }
    }

    #[must_use]
    pub fn panes(&self) -> Option<Panes> {
        layout::panes(self.area, self.focus)
    }

    /// Whether an item is shown under the active filter and search.
    #[must_use]
    pub fn is_wanted(&self, id: ItemId) -> bool {
        self.narrowing
            .as_ref()
            .is_none_or(|n| n.wanted[self.index.position(id)])
    }

    /// Cities shown in the first pane, by identity.
    #[must_use]
    pub fn visible_cities(&self) -> Vec<usize> {
        match &self.narrowing {
            None => (0..self.data.cities.len()).collect(),
            Some(n) => (0..self.data.cities.len())
                .filter(|c| n.per_city[*c] > 0)
                .collect(),
        }
    }

    /// The selected city, if any city is shown.
    #[must_use]
    pub fn city(&self) -> Option<usize> {
        let visible = self.visible_cities();
        visible
            .contains(&self.cities.selected)
            .then_some(self.cities.selected)
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

    /// The selected item: remembered per city, else the nearest visible ancestor of it,
    /// else the first row.
    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
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
            cities: self.cities.clone(),
            sections: self.sections.clone(),
            text: self.text.clone(),
            help: self.help,
            input: self.input,
            filter: self.filter.input.clone(),
            search: self.search.input.clone(),
            hit: self.search.current,
            area: self.area,
            current: self.current(),
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.help = !self.help,
            Action::CloseHelp => self.help = false,
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
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
        }
    }

    /// Keeps every scroll position valid and every selection on screen: the one place
    /// where positions are derived from identities after a change.
    fn clamp(&mut self) {
        if let Some(city) = self.city() {
            self.cities.selected = city;
            let visible = self.visible_cities();
            let pos = visible.iter().position(|c| *c == city).unwrap_or(0);
            self.cities.offset = keep_in_view(
                self.cities.offset,
                pos,
                self.page(Focus::Cities),
                visible.len(),
            );
        }
        if let Some(id) = self.current() {
            self.sections.selected.insert(id.city, id.item);
            let rows = self.tree_rows(id.city);
            let pos = rows.iter().position(|r| r.item == id.item).unwrap_or(0);
            self.sections.offset = keep_in_view(
                self.sections.offset,
                pos,
                self.page(Focus::Sections),
                rows.len(),
            );
        }
        let (total, height) = self.text_metrics();
        self.text.scroll = self.text.scroll.min(total.saturating_sub(height));
        if self.panes().is_some_and(|p| p.get(self.focus).is_none()) {
            self.focus = Focus::Text;
        }
    }
}

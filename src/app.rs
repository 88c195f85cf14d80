//! Application state and the one place that changes it: `App::update(Action)`. Everything
//! here runs without a terminal, which is how the tests drive it.

use std::collections::{HashMap, HashSet};

use ratatui::layout::Rect;

use crate::model::{Dataset, ItemId};
use crate::outline::{Outline, Row};
use crate::ui::layout::{self, Panes};
use crate::ui::list::{Move, keep_in_view};
use crate::ui::text;

/// The pane that receives keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Cities,
    Sections,
    Text,
}

impl Focus {
    pub const ALL: [Focus; 3] = [Focus::Cities, Focus::Sections, Focus::Text];

    fn next(self) -> Focus {
        match self {
            Focus::Cities => Focus::Sections,
            Focus::Sections => Focus::Text,
            Focus::Text => Focus::Cities,
        }
    }

    fn prev(self) -> Focus {
        self.next().next()
    }
}

/// What the user asked for, whatever key or click said it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Move(Move),
    /// Close the node, or go to the pane on the left.
    Left,
    /// Open the node, or go to the pane on the right.
    Right,
    Toggle,
    OpenAll,
    CloseAll,
    FocusNext,
    FocusPrev,
    FocusPane(Focus),
    /// Scroll the text by this many rows from any pane.
    ScrollText(isize),
    ToggleHelp,
    CloseHelp,
    Resize(u16, u16),
    Click {
        column: u16,
        row: u16,
    },
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
}

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

/// What `update` compares to tell whether a redraw is due.
#[derive(Debug, PartialEq, Eq)]
struct Snapshot {
    focus: Focus,
    cities: CityPane,
    sections: SectionPane,
    text: TextPane,
    help: bool,
    area: Rect,
    current: Option<ItemId>,
}

#[derive(Debug, Clone)]
pub struct App {
    pub data: Dataset,
    pub focus: Focus,
    pub cities: CityPane,
    pub sections: SectionPane,
    pub text: TextPane,
    pub help: bool,
    pub area: Rect,
    pub quit: bool,
}

impl App {
    #[must_use]
    pub fn new(data: Dataset, width: u16, height: u16) -> Self {
        App {
            data,
            focus: Focus::Cities,
            cities: CityPane::default(),
            sections: SectionPane::default(),
            text: TextPane::default(),
            help: false,
            area: Rect::new(0, 0, width, height),
            quit: false,
        }
    }

    #[must_use]
    pub fn panes(&self) -> Option<Panes> {
        layout::panes(self.area, self.focus)
    }

    /// Cities shown in the first pane, by identity.
    #[must_use]
    pub fn visible_cities(&self) -> Vec<usize> {
        (0..self.data.cities.len()).collect()
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
            |_| true,
        )
    }

    /// The selected item: remembered per city, else the nearest visible ancestor of it,
    /// else the first row.
    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
        let city = self.city()?;
        let rows = self.tree_rows(city);
        let shown = |item: usize| rows.iter().any(|r| r.item == item);
        let item = match self.sections.selected.get(&city) {
            Some(&item) if shown(item) => item,
            Some(&item) => {
                let closed = |a| self.sections.closed.contains(&ItemId { city, item: a });
                Some(self.outline(city).visible_self_or_ancestor(item, closed))
                    .filter(|i| shown(*i))
                    .or_else(|| rows.first().map(|r| r.item))?
            }
            None => rows.first()?.item,
        };
        Some(ItemId { city, item })
    }

    fn page(&self, pane: Focus) -> usize {
        self.panes()
            .and_then(|p| p.get(pane))
            .map_or(1, |r| usize::from(layout::inner(r).height))
    }

    /// Rows of the text body and how many fit on screen.
    #[must_use]
    pub fn text_metrics(&self) -> (usize, usize) {
        let Some(rect) = self.panes().and_then(|p| p.text) else {
            return (0, 0);
        };
        let inner = layout::inner(rect);
        let l = text::Layout::of(&self.data, self.current(), usize::from(inner.width));
        (
            l.rows.len(),
            usize::from(inner.height).saturating_sub(l.header.len()),
        )
    }

    /// Applies one action. Returns whether anything visible changed, so the loop redraws
    /// only then.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.snapshot();
        self.apply(action);
        if self.current() != before.current {
            self.text.scroll = 0;
        }
        self.clamp();
        self.quit || self.snapshot() != before
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
            Action::ScrollText(rows) => self.scroll_text(rows),
            Action::Move(m) => self.move_in(self.focus, m),
            Action::Left => self.left(),
            Action::Right => self.right(),
            Action::Toggle => self.toggle(),
            Action::OpenAll => self.set_all_closed(false),
            Action::CloseAll => self.set_all_closed(true),
            Action::Click { column, row } => self.click(column, row),
            Action::Wheel { column, row, down } => {
                if let Some(pane) = self.panes().and_then(|p| p.at(column, row)) {
                    let step = if down { Move::Down } else { Move::Up };
                    for _ in 0..3 {
                        self.move_in(pane, step);
                    }
                }
            }
        }
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            focus: self.focus,
            cities: self.cities.clone(),
            sections: self.sections.clone(),
            text: self.text.clone(),
            help: self.help,
            area: self.area,
            current: self.current(),
        }
    }

    fn move_in(&mut self, pane: Focus, m: Move) {
        let rows_on_screen = self.page(pane);
        match pane {
            Focus::Cities => {
                let visible = self.visible_cities();
                if let Some(pos) = self
                    .city()
                    .and_then(|c| visible.iter().position(|v| *v == c))
                {
                    self.cities.selected = visible[m.apply(pos, visible.len(), rows_on_screen)];
                }
            }
            Focus::Sections => {
                let Some(current) = self.current() else {
                    return;
                };
                let rows = self.tree_rows(current.city);
                if let Some(pos) = rows.iter().position(|r| r.item == current.item) {
                    self.sections.selected.insert(
                        current.city,
                        rows[m.apply(pos, rows.len(), rows_on_screen)].item,
                    );
                }
            }
            Focus::Text => {
                let (total, height) = self.text_metrics();
                let max = total.saturating_sub(height);
                self.text.scroll = m.apply(self.text.scroll, max + 1, height);
            }
        }
    }

    fn scroll_text(&mut self, rows: isize) {
        self.text.scroll = self.text.scroll.saturating_add_signed(rows);
    }

    fn selected_node(&self) -> Option<(ItemId, bool)> {
        let id = self.current()?;
        Some((id, self.outline(id.city).has_children[id.item]))
    }

    fn left(&mut self) {
        match self.focus {
            Focus::Sections => match self.selected_node() {
                Some((id, true)) if !self.sections.closed.contains(&id) => {
                    self.sections.closed.insert(id);
                }
                _ => self.focus = Focus::Cities,
            },
            Focus::Text => self.focus = Focus::Sections,
            Focus::Cities => {}
        }
    }

    fn right(&mut self) {
        match self.focus {
            Focus::Sections => match self.selected_node() {
                Some((id, true)) if self.sections.closed.contains(&id) => {
                    self.sections.closed.remove(&id);
                }
                _ => self.focus = Focus::Text,
            },
            Focus::Cities => self.focus = Focus::Sections,
            Focus::Text => {}
        }
    }

    fn toggle(&mut self) {
        match self.focus {
            Focus::Cities => self.focus = Focus::Sections,
            Focus::Sections => match self.selected_node() {
                Some((id, true)) => {
                    if !self.sections.closed.remove(&id) {
                        self.sections.closed.insert(id);
                    }
                }
                _ => self.focus = Focus::Text,
            },
            Focus::Text => {}
        }
    }

    fn set_all_closed(&mut self, closed: bool) {
        let Some(city) = self.city() else { return };
        let outline = self.outline(city);
        for item in (0..outline.has_children.len()).filter(|i| outline.has_children[*i]) {
            let id = ItemId { city, item };
            if closed {
                self.sections.closed.insert(id);
            } else {
                self.sections.closed.remove(&id);
            }
        }
    }

    fn click(&mut self, column: u16, row: u16) {
        let Some(panes) = self.panes() else { return };
        let Some(pane) = panes.at(column, row) else {
            return;
        };
        self.focus = pane;
        let Some(rect) = panes.get(pane) else { return };
        let inner = layout::inner(rect);
        if row < inner.y || row >= inner.bottom() {
            return;
        }
        let index = usize::from(row - inner.y);
        match pane {
            Focus::Cities => {
                if let Some(&city) = self.visible_cities().get(self.cities.offset + index) {
                    self.cities.selected = city;
                }
            }
            Focus::Sections => {
                let Some(city) = self.city() else { return };
                if let Some(r) = self.tree_rows(city).get(self.sections.offset + index) {
                    self.sections.selected.insert(city, r.item);
                }
            }
            Focus::Text => {}
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

//! The browser's state and the one place that changes it: `App::update(Action)`. Everything
//! here runs without a terminal: tests build an `App`, apply actions and read the state or
//! the `Screen` it computes.
//!
//! Pane states own their behaviour (`TreeState`, `TextState`, `GridState`, …); `App`
//! composes them, keeps the one selection (an item's identity), and after every change
//! derives the rows on screen in one pass (`settle`).

mod action;
mod bookmarks;
mod browse;
mod compare;
mod editor;
mod effect;
mod find;
mod grid;
mod help;
mod input;
pub mod keys;
pub mod layout;
mod lists;
mod marks;
mod own;
mod rows;
pub mod screen;
mod status;
mod text;
mod tree;
mod user;
mod view;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use ratatui::layout::Rect;

pub use action::{Action, Direction, Edit, Find, Focus, Grouping, Move, Page, Wheel};
pub use editor::NoteEdit;
pub use effect::{COPY_LIMIT, Effect};
pub use find::{Narrowing, SearchJob, SearchOutcome};
pub use keys::Mode;
pub use screen::Screen;

use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::sections::SectionIndex;
use bookmarks::BookmarkList;
use compare::CompareState;
use editor::NoteEditor;
use find::Finder;
use grid::GridState;
use help::HelpState;
use rows::Rows;
use text::TextState;
use tree::TreeState;
use user::UserLayer;

#[derive(Debug)]
pub struct App {
    catalog: Arc<Catalog>,
    sections: SectionIndex,
    area: Rect,
    focus: Focus,
    grouping: Grouping,
    page: Page,
    help: Option<HelpState>,
    typing: Option<Find>,
    finder: Finder,
    /// The selected item: the one identity both groupings show.
    current: Option<ItemId>,
    /// The last item seen per city, and the last city per section, to come back to.
    item_of_city: HashMap<usize, usize>,
    city_of_section: HashMap<usize, usize>,
    /// First rows on screen of the two list panes.
    offsets: [usize; 2],
    wish: rows::Wish,
    tree: TreeState,
    text: TextState,
    grid: GridState,
    compare: CompareState,
    /// Items marked (`v`) for comparing and exporting.
    marks: BTreeSet<ItemId>,
    /// Notes and bookmarks.
    user: UserLayer,
    editor: Option<NoteEditor>,
    bookmarks: Option<BookmarkList>,
    /// One line for the status bar until the next key (what was copied or written).
    message: Option<String>,
    effects: Vec<Effect>,
    quit: bool,
    /// Enter was pressed on a search whose hits are not in yet: go to the first on arrival.
    jump_on_arrival: bool,
    rows: Rows,
    screen: Screen,
}

impl App {
    /// A browser on `catalog` in a terminal of `width` × `height`, ready to draw.
    #[must_use]
    pub fn new(catalog: Arc<Catalog>, width: u16, height: u16) -> App {
        let sections = SectionIndex::new(&catalog);
        let user = UserLayer::new(&catalog, Ok(crate::notes::Notes::default()));
        let mut app = App {
            catalog,
            sections,
            area: Rect::new(0, 0, width, height),
            focus: Focus::Groups,
            grouping: Grouping::ByCity,
            page: Page::Browse,
            help: None,
            typing: None,
            finder: Finder::default(),
            current: None,
            item_of_city: HashMap::new(),
            city_of_section: HashMap::new(),
            offsets: [0, 0],
            wish: rows::Wish::default(),
            tree: TreeState::default(),
            text: TextState::default(),
            grid: GridState::default(),
            compare: CompareState::default(),
            marks: BTreeSet::new(),
            user,
            editor: None,
            bookmarks: None,
            message: None,
            effects: Vec::new(),
            quit: false,
            jump_on_arrival: false,
            rows: Rows::default(),
            screen: Screen::default(),
        };
        app.settle();
        app.wish_for_current();
        app
    }

    /// Applies one action and everything it implies. Returns whether the screen changed
    /// (or the app wants to quit), so the loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        self.apply(action);
        self.settle() || self.quit
    }

    /// Goes to an item (by identity) in either grouping, opening the nodes above it.
    pub fn go_to(&mut self, id: ItemId) -> bool {
        self.message = None;
        self.select(id);
        let changed = self.settle();
        self.wish_for_current();
        changed
    }

    /// Takes the hits of a search job the loop ran.
    pub fn search_done(&mut self, outcome: SearchOutcome) -> bool {
        let catalog = Arc::clone(&self.catalog);
        if !self.finder.finish(&catalog, outcome) {
            return false;
        }
        self.settle();
        self.try_jump();
        self.settle();
        true
    }

    /// What the loop says back after an effect, shown in the status line.
    pub fn report(&mut self, message: String) -> bool {
        self.message = Some(message);
        self.settle()
    }

    /// Work the terminal loop has to do for the last actions.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    #[must_use]
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    #[must_use]
    pub fn quit(&self) -> bool {
        self.quit
    }

    #[must_use]
    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    #[must_use]
    pub fn sections(&self) -> &SectionIndex {
        &self.sections
    }

    #[must_use]
    pub fn current(&self) -> Option<ItemId> {
        self.current
    }

    #[must_use]
    pub fn focus(&self) -> Focus {
        self.focus
    }

    #[must_use]
    pub fn grouping(&self) -> Grouping {
        self.grouping
    }

    #[must_use]
    pub fn page(&self) -> Page {
        self.page
    }

    #[must_use]
    pub fn marks(&self) -> &BTreeSet<ItemId> {
        &self.marks
    }

    #[must_use]
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    #[must_use]
    pub fn typing(&self) -> Option<Find> {
        self.typing
    }

    /// The text in an input line, as edited so far.
    #[must_use]
    pub fn typed(&self, which: Find) -> &str {
        self.finder.input(which).value()
    }

    #[must_use]
    pub fn help_open(&self) -> bool {
        self.help.is_some()
    }

    /// The narrowing by filter and search, when either is active.
    #[must_use]
    pub fn narrowing(&self) -> Option<&Narrowing> {
        self.finder.narrowing()
    }

    /// Hits in visible items, and which one `n`/`N` went to (1-based).
    #[must_use]
    pub fn hit_counter(&self) -> (Option<usize>, usize) {
        self.finder.hit_counter()
    }

    /// The first pane's rows: cities (per stad) or sections (per sectie), by index.
    #[must_use]
    pub fn group_rows(&self) -> &[usize] {
        &self.rows.groups
    }

    /// The second pane's rows as items: a city's tree, or one item per city in a section.
    #[must_use]
    pub fn member_items(&self) -> Vec<ItemId> {
        self.rows.member_items()
    }

    /// The selected group's index (a city, or a section).
    #[must_use]
    pub fn selected_group(&self) -> Option<usize> {
        self.rows.selected_group
    }

    /// The text pane's first row and how many rows its text has and shows.
    #[must_use]
    pub fn text_scroll(&self) -> (usize, usize, usize) {
        self.text.scroll_state()
    }

    /// The grid's cursor: a city and a section.
    #[must_use]
    pub fn grid_cursor(&self) -> (usize, usize) {
        self.grid.cursor()
    }

    /// Which bindings apply now.
    #[must_use]
    pub fn mode(&self) -> Mode {
        if self.panes().is_none() {
            return Mode::TooSmall;
        }
        if self.editor.is_some() {
            return Mode::NoteEditor;
        }
        if self.bookmarks.is_some() {
            return Mode::Bookmarks;
        }
        if self.help.is_some() {
            return Mode::Help;
        }
        if self.typing.is_some() {
            return Mode::Typing;
        }
        match self.page {
            Page::Grid => Mode::Grid,
            Page::Compare => Mode::Compare,
            Page::Browse => match (self.focus, self.grouping) {
                (Focus::Groups, g) => Mode::Groups(g),
                (Focus::Members, Grouping::ByCity) => Mode::Outline,
                (Focus::Members, Grouping::BySection) => Mode::SectionCities,
                (Focus::Text, _) => Mode::Text,
            },
        }
    }

    fn panes(&self) -> Option<layout::Panes> {
        layout::panes(self.area, self.focus, self.grouping)
    }

    /// Rows a pane shows at once (at least one).
    fn page_height(&self, pane: Focus) -> usize {
        self.panes()
            .and_then(|p| p.get(pane))
            .map_or(1, |r| usize::from(layout::inner(r).height).max(1))
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
            Action::Quit => self.quit = true,
            Action::Suspend => self.effects.push(Effect::Suspend),
            _ if self.panes().is_none() => {}
            _ if self.editor.is_some() => self.editor_action(action),
            _ if self.bookmarks.is_some() => self.bookmarks_action(action),
            _ if self.help.is_some() => self.help_action(action),
            _ if self.typing.is_some() => self.typing_action(action),
            _ => match self.page {
                Page::Browse => self.browse_action(action),
                Page::Grid => self.grid_action(action),
                Page::Compare => self.compare_action(action),
            },
        }
    }

    fn say(&mut self, message: String) {
        self.message = Some(message);
    }
}

//! The browser's state and the one place that changes it, `App::update(Action)`; it runs
//! without a terminal (tests apply actions and read the state or the `Screen` it computes).
//!
//! Each view owns its state, answers its actions (`update`) and draws itself (`pane` or
//! `view`, which only read): the browser's three panes (`browse/`), the grid, the
//! comparison, the help, the bookmarks and the note editor. What they all read (the
//! dataset, the narrowing, the notes, the marks) is `Shared`. `App` holds them, decides
//! the mode once, routes each action to the view the mode names, does what the view hands
//! back (`Next`), and after every change derives the rows on screen in one pass
//! (`settle`). The loop's reports (search hits, saved notes, …) come in through
//! `entry.rs`.

mod action;
mod bookmarks;
mod browse;
mod compare;
mod editor;
mod effect;
mod entry;
mod find;
mod grid;
mod help;
pub mod keys;
pub mod layout;
mod marks;
mod next;
mod recall;
mod related;
pub mod screen;
mod shared;
mod status;
mod text;
mod tree;
mod user;
mod view;

use std::sync::Arc;

use ratatui::layout::Rect;

pub use action::{Action, Direction, Edit, Find, Focus, Grouping, Move, NoteEdit, Page, Wheel};
pub use compare::{MARKED_BYTES, MIN_COLUMN};
pub use effect::{COPY_LIMIT, Effect};
pub use find::{Narrowing, SearchJob, SearchOutcome};
pub use keys::Mode;
pub use screen::Screen;

use crate::catalog::Catalog;
use bookmarks::BookmarkList;
use browse::Browser;
use compare::CompareState;
use editor::NoteEditor;
use grid::GridState;
use help::HelpState;
use next::Next;
use related::RelatedList;
use screen::{Body, Pane, cut_title};
use shared::Shared;

#[derive(Debug)]
pub struct App {
    shared: Shared,
    page: Page,
    browser: Browser,
    grid: GridState,
    compare: CompareState,
    /// The overlays, the top-most taking keys first: help (over any view), editor,
    /// bookmarks.
    help: Option<HelpState>,
    bookmarks: Option<BookmarkList>,
    related: Option<RelatedList>,
    /// The related-texts index of this catalog, once built (at the first `r`).
    related_index: Option<Arc<crate::related::RelatedIndex>>,
    /// `r` was pressed while the index was being built: the list opens when it is in.
    related_pending: bool,
    editor: Option<NoteEditor>,
    /// The input line open over the view, if one is.
    typing: Option<Find>,
    quit: bool,
    screen: Screen,
}

impl App {
    /// A browser on `catalog` in a terminal of `width` × `height`, ready to draw.
    #[must_use]
    pub fn new(catalog: Arc<Catalog>, width: u16, height: u16) -> App {
        let mut app = App {
            shared: Shared::new(catalog, Rect::new(0, 0, width, height)),
            page: Page::Browse,
            browser: Browser::default(),
            grid: GridState::default(),
            compare: CompareState::default(),
            help: None,
            bookmarks: None,
            related: None,
            related_index: None,
            related_pending: false,
            editor: None,
            typing: None,
            quit: false,
            screen: Screen::default(),
        };
        app.settle();
        app.browser.wish_for_current(&app.shared);
        app
    }

    /// Applies one action and everything it implies. Returns whether the screen changed
    /// (or the app wants to quit), so the loop redraws only then.
    pub fn update(&mut self, action: Action) -> bool {
        if !matches!(action, Action::Resize(..)) {
            self.shared.message = None;
        }
        let before = self.mode();
        match action {
            Action::Resize(w, h) => self.shared.area = Rect::new(0, 0, w, h),
            Action::Quit => self.quit = true,
            Action::Suspend => self.shared.effects.push(Effect::Suspend),
            Action::Messages => self.help = Some(HelpState::log(&self.shared.log)),
            _ => self.route(self.mode(), action),
        }
        let changed = self.settle();
        // A screen reader cannot see the thick frame move: where the keys go is said.
        if self.shared.accessible && self.shared.message.is_none() {
            let now = self.mode();
            if now != before
                && let Some(name) = view::mode_name(now)
            {
                self.shared.say(crate::strings::now_in(name));
                self.settle();
            }
        }
        changed || self.quit
    }

    /// Which bindings apply now: the top-most thing on screen takes keys first. Keys,
    /// help, hints and the routing of actions all go by it.
    #[must_use]
    pub fn mode(&self) -> Mode {
        if self.panes().is_none() {
            Mode::TooSmall
        } else if self.help.is_some() {
            Mode::Help
        } else if self.editor.is_some() {
            Mode::NoteEditor
        } else if self.bookmarks.is_some() {
            Mode::Bookmarks
        } else if self.related.is_some() {
            Mode::Related
        } else if self.typing.is_some() {
            Mode::Typing
        } else {
            match self.page {
                Page::Grid => Mode::Grid,
                Page::Compare => Mode::Compare,
                Page::Browse => match (self.browser.focus(), self.browser.grouping()) {
                    (Focus::Groups, g) => Mode::Groups(g),
                    (Focus::Members, Grouping::ByCity) => Mode::Outline,
                    (Focus::Members, Grouping::BySection) => Mode::SectionCities,
                    (Focus::Text, _) => Mode::Text,
                },
            }
        }
    }

    fn panes(&self) -> Option<layout::Panes> {
        self.browser.panes(self.shared.area)
    }

    /// The action to the view the mode names; then what that view hands back.
    fn route(&mut self, mode: Mode, action: Action) {
        let shared = &mut self.shared;
        let next = match mode {
            Mode::TooSmall | Mode::Loading => Next::Stay,
            Mode::NoteEditor => self
                .editor
                .as_mut()
                .map_or(Next::Stay, |e| e.update(shared, action)),
            Mode::Bookmarks => self
                .bookmarks
                .as_mut()
                .map_or(Next::Stay, |b| b.update(shared, action)),
            Mode::Help => self.help.as_mut().map_or(Next::Stay, |h| h.update(action)),
            Mode::Related => self
                .related
                .as_mut()
                .map_or(Next::Stay, |r| r.update(action)),
            Mode::Typing => self.typing.map_or(Next::Stay, |which| {
                self.browser.typing(shared, which, action)
            }),
            Mode::Grid => {
                let body = self.panes().map_or_else(Rect::default, |p| p.body);
                self.grid.update(&mut self.shared, body, action)
            }
            Mode::Compare => self.compare.update(shared, action),
            Mode::Groups(_) | Mode::Outline | Mode::SectionCities | Mode::Text => {
                self.browse(action)
            }
        };
        self.hand_over(mode, next);
    }

    /// `r`: the related list, from the index (built here for a small dataset, else asked
    /// of the loop, which builds it away from the keys and hands it to `related_ready`).
    fn open_related(&mut self) {
        let catalog = &self.shared.catalog;
        if self.related_index.is_none() && catalog.len() <= related::BUILT_AT_ONCE {
            let index = crate::related::RelatedIndex::build(catalog);
            self.related_index = Some(Arc::new(index));
        }
        let from = self.browser.current();
        if let Some(index) = self.related_index.as_deref() {
            self.related = related::open(&mut self.shared, Some(index), from);
        } else {
            if !self.related_pending {
                self.shared.effects.push(Effect::BuildRelated);
            }
            self.related_pending = true;
            self.shared
                .say(crate::strings::RELATED_BUILDING.to_string());
        }
    }

    /// The browser's actions that open another view; the rest are the browser's own.
    fn browse(&mut self, action: Action) -> Next {
        match action {
            Action::Open(which) => return Next::Input(which),
            Action::ToggleHelp => return Next::Help,
            Action::ToggleGrid => {
                self.grid.open(&self.shared, self.browser.current());
                self.page = Page::Grid;
            }
            Action::Compare => {
                let marks = &self.shared.marks;
                if marks.len() >= 2 {
                    self.page = Page::Compare;
                    self.compare.open(marks.iter().copied().collect());
                } else {
                    self.shared.say(crate::strings::mark_more(marks.len()));
                }
            }
            Action::CompareSection => {
                if self
                    .compare
                    .open_section(&mut self.shared, self.browser.current())
                {
                    self.page = Page::Compare;
                }
            }
            Action::Bookmarks => {
                let list = BookmarkList::new(&self.shared.catalog, &self.shared.user);
                self.bookmarks = Some(list);
            }
            Action::Related => self.open_related(),
            _ => self.browser.update(&mut self.shared, action),
        }
        Next::Stay
    }

    /// Does what the view of `mode` asked for.
    fn hand_over(&mut self, mode: Mode, next: Next) {
        match next {
            Next::Stay => {}
            Next::Close => self.close(mode),
            Next::Go(id) | Next::Read(id) => {
                self.close(mode);
                self.browser.jump_to(&self.shared, id);
                self.page = Page::Browse;
                if matches!(next, Next::Read(_)) {
                    self.browser.focus_text();
                }
            }
            Next::Help => self.help = Some(HelpState::new(mode)),
            Next::ReadNote => {
                let note = self.bookmarks.as_ref().and_then(BookmarkList::gone_note);
                self.help = note.map(|(place, text)| HelpState::note(&place, &text));
            }
            Next::Input(which) => {
                self.typing = Some(which);
                self.browser.set_typing(true);
            }
        }
    }

    fn close(&mut self, mode: Mode) {
        match mode {
            Mode::NoteEditor => self.editor = None,
            Mode::Bookmarks => self.bookmarks = None,
            Mode::Related => self.related = None,
            Mode::Help => self.help = None,
            Mode::Typing => {
                self.typing = None;
                self.browser.set_typing(false);
            }
            Mode::Grid | Mode::Compare => self.page = Page::Browse,
            Mode::Groups(_)
            | Mode::Outline
            | Mode::SectionCities
            | Mode::Text
            | Mode::Loading
            | Mode::TooSmall => {}
        }
    }

    /// Recomputes everything derived from the state and the screen from it; whether the
    /// screen changed.
    fn settle(&mut self) -> bool {
        let shared = &mut self.shared;
        let by_section = self.browser.grouping() == Grouping::BySection;
        shared
            .finder
            .walk_by(by_section.then_some(&shared.sections));
        if let Some(job) = shared.finder.sync(&shared.catalog, &shared.user) {
            shared.effects.push(Effect::Search(job));
        }
        self.browser.settle(&self.shared);
        let body = self.panes().map(|p| p.body);
        match self.page {
            Page::Grid => self.grid.sync(&self.shared, body.unwrap_or_default()),
            Page::Compare => {
                if !self.compare.sync(&self.shared, body) {
                    self.page = Page::Browse;
                }
            }
            Page::Browse => {}
        }
        // After the page is settled: a comparison with too little left gives way to the panes.
        if self.page == Page::Browse {
            self.browser.prepare_view();
        }
        self.sync_overlays();
        let screen = self.view();
        let changed = screen != self.screen;
        self.screen = screen;
        changed
    }

    /// Lays the overlays out for the window, so drawing them only reads.
    fn sync_overlays(&mut self) {
        let area = self.shared.area;
        if let Some(help) = &mut self.help {
            help.sync(area);
        }
        if let Some(list) = &mut self.bookmarks {
            list.sync(area);
        }
        if let Some(list) = &mut self.related {
            list.sync(area);
        }
        if let Some(editor) = &mut self.editor {
            editor.sync(area);
        }
    }

    /// The screen as the views draw it: header, the page's panes, status line, overlay.
    fn view(&self) -> Screen {
        let shared = &self.shared;
        let mut screen = Screen {
            area: shared.area,
            ..Screen::default()
        };
        let Some(panes) = self.panes() else {
            return screen;
        };
        screen.header = Some(view::header(shared, self.browser.grouping(), panes.header));
        screen.body = match self.page {
            Page::Browse => self.browser.view(shared, &panes),
            Page::Grid => Body::Grid(cut_title(self.grid.pane(shared, panes.body))),
            Page::Compare => Body::Compare(cut_title(self.compare.pane(shared, panes.body))),
        };
        // One overlay is drawn: the top-most.
        screen.overlay = self.bookmarks.as_ref().map(BookmarkList::pane);
        if let Some(list) = &self.related {
            screen.overlay = Some(list.pane(&shared.catalog));
        }
        if let Some(editor) = &self.editor {
            let (pane, cursor) = editor.pane();
            screen.overlay = Some(pane);
            screen.cursor = cursor;
        }
        if let Some(help) = &self.help {
            screen.overlay = Some(help.pane());
            screen.cursor = None;
        }
        screen.overlay = screen.overlay.map(cut_title);
        // Last: it reads out the name the pane taking the keys cuts.
        let cut = view::keyed_pane(&screen).map_or_else(Vec::new, Pane::cut_names);
        screen.status = Some(view::status(
            shared,
            (self.typing, self.mode()),
            &cut,
            panes.status,
        ));
        if shared.accessible {
            screen.plain = true;
            screen.cursor = screen.cursor.or_else(|| view::selection_cursor(&screen));
        }
        screen
    }
}

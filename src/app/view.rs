//! The screen computed from the state after each change: header, panes, status line and
//! overlay, with every label already cut to its width.

use std::sync::Arc;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::layout::Panes;
use super::marks::Marking;
use super::screen::{Body, Header, Line, Pane, Screen, Seg, Status, Tone, fit};
use super::status::{self, Tail, Typed};
use super::{App, Find, Focus, Grouping, Page};
use crate::query::Polarity;
use crate::strings;

impl App {
    /// Brings the text pane in line with the selection, the window and what is marked.
    pub(super) fn sync_text(&mut self) {
        let catalog = Arc::clone(&self.catalog);
        let rect = self.panes().and_then(|p| p.text);
        let needles: Vec<String> = self
            .finder
            .needle()
            .map(|n| n.as_str().to_owned())
            .into_iter()
            .chain(
                self.finder
                    .query()
                    .terms
                    .iter()
                    .filter(|t| t.polarity == Polarity::Wanted)
                    .map(|t| t.text.clone()),
            )
            .collect();
        let hit = self.finder.current_hit().and_then(|h| {
            let id = catalog.id_at(h.item as usize)?;
            Some((id, h.at as usize, self.finder.needle()?.as_str().len()))
        });
        let note = self
            .current
            .and_then(|id| self.user.note(id))
            .map(str::to_owned);
        let marking = Marking { needles, hit, note };
        // The tree's outline of the city, borrowed: cloning it per key would cost a copy of
        // the city's outline on every keystroke.
        if let Some(id) = self.current {
            let outline = self.tree.outline(&catalog, id.city);
            self.text
                .sync(&catalog, outline, self.current, rect, marking);
        } else {
            let empty = crate::outline::Outline::default();
            self.text.sync(&catalog, &empty, None, rect, marking);
        }
    }

    /// Lays the overlays out for the window, so drawing them only reads.
    pub(super) fn sync_overlays(&mut self) {
        if let Some(help) = &mut self.help {
            help.sync(self.area);
        }
        if let Some(list) = &mut self.bookmarks {
            list.sync(self.area);
        }
        if let Some(editor) = &mut self.editor {
            editor.sync(self.area);
        }
    }

    pub(super) fn view(&self) -> Screen {
        let mut screen = Screen {
            area: self.area,
            ..Screen::default()
        };
        let Some(panes) = self.panes() else {
            return screen;
        };
        screen.header = Some(self.header(panes.header));
        screen.body = match self.page {
            Page::Browse => Body::Browse {
                groups: panes.groups.map(|r| self.groups_pane(r)),
                members: panes.members.map(|r| self.members_pane(r)),
                text: panes.text.map(|r| {
                    let focused = self.focus == Focus::Text;
                    cut_title(self.text.pane(r, focused))
                }),
            },
            Page::Grid => Body::Grid(cut_title(self.grid_pane(panes.body))),
            Page::Compare => Body::Compare(cut_title(self.compare_pane(panes.body))),
        };
        screen.status = Some(self.status(&panes));
        if let Some(help) = &self.help {
            screen.overlay = Some(cut_title(help.pane()));
        }
        if let Some(list) = &self.bookmarks {
            screen.overlay = Some(cut_title(list.pane()));
        }
        if let Some(editor) = &self.editor {
            let (pane, cursor) = editor.pane();
            screen.overlay = Some(cut_title(pane));
            screen.cursor = cursor;
        }
        screen
    }

    fn header(&self, rect: Rect) -> Header {
        let width = usize::from(rect.width);
        let app = format!(" {} ", strings::APP);
        let grouping = match self.grouping {
            Grouping::ByCity => strings::GROUPED_BY_CITY,
            Grouping::BySection => strings::GROUPED_BY_SECTION,
        };
        let totals = format!(
            " {} · {grouping} ",
            strings::totals(self.catalog.city_count(), self.catalog.len())
        );
        // The totals give way first, then the chapter; the name stays.
        let room = width.saturating_sub(app.width());
        let right = if room >= totals.width() + 10 {
            totals
        } else {
            String::new()
        };
        let chapter =
            fit(self.catalog.chapter(), room.saturating_sub(right.width())).unwrap_or_default();
        Header {
            rect,
            left: Line::new(vec![Seg::new(app, Tone::Heading), Seg::plain(chapter)]),
            right: Line::toned(right, Tone::Count),
        }
    }

    fn status(&self, panes: &Panes) -> Status {
        let rect = panes.status;
        let typed = self.typing.map(|which| Typed {
            prompt: match which {
                Find::Filter => strings::FILTER_PROMPT,
                Find::Search => strings::SEARCH_PROMPT,
            },
            input: self.finder.input(which),
        });
        let mut summary = Vec::new();
        let filter = self.finder.input(Find::Filter).value().trim();
        if !filter.is_empty() && self.typing != Some(Find::Filter) {
            summary.push(strings::filter_summary(filter));
        }
        if self.finder.search_active() {
            let text = self.finder.input(Find::Search).value().trim();
            let (at, total) = self.finder.hit_counter();
            if self.finder.searching() {
                summary.push(strings::searching(text));
            } else if self.typing == Some(Find::Search) {
                summary.push(strings::hits(total));
            } else {
                summary.push(strings::search_summary(text, at, total));
            }
        }
        if let Some(n) = self.finder.narrowing() {
            summary.push(strings::narrowed(n.items, n.cities));
        }
        let tail = match &self.message {
            Some(m) => Tail::Message(m.clone()),
            None => Tail::Hints(super::keys::hints(self.mode())),
        };
        let (line, cursor) =
            status::compose(usize::from(rect.width), typed.as_ref(), &summary, &tail);
        Status { rect, line, cursor }
    }
}

/// A pane's title cut to fit between its corners, with `…` where it was cut.
pub(super) fn cut_title(mut pane: Pane) -> Pane {
    let room = usize::from(pane.rect.width).saturating_sub(2);
    pane.title = fit(&pane.title, room).unwrap_or_default();
    pane
}

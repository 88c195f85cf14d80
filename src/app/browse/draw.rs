//! The browser as drawn: the text pane, and the two list panes: the groups (cities, or sections) and the members (a
//! city's tree, or the cities that have a section), each row cut to the pane's width with
//! its match kept in view.

use std::collections::HashSet;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::Browser;
use super::label::{count, label_segs, name_row};
use super::members::Members;
use crate::app::action::{Find, Focus, Grouping};
use crate::app::layout::{Panes, inner};
use crate::app::screen::{Body, Emphasis, Line, Pane, Seg, Tone, cut_title, fit_segs};
use crate::app::shared::Shared;
use crate::model::ItemId;
use crate::query::Query;
use crate::strings;

/// Below this width a list pane indents a level by one column.
const NARROW: usize = 20;

/// The two columns before a row: `▶` on the selection, `✓` on what is marked (or holds a
/// marked item), both at once on a marked selection.
fn sign(chosen: bool, marked: bool) -> &'static str {
    match (chosen, marked) {
        (true, true) => "▶✓",
        (true, false) => "▶ ",
        (false, true) => " ✓",
        (false, false) => "  ",
    }
}

impl Browser {
    /// The three panes as drawn, each where the layout puts it.
    pub fn view(&self, shared: &Shared, panes: &Panes) -> Body {
        let text_focused = self.focus == Focus::Text;
        Body::Browse {
            groups: panes.groups.map(|r| self.groups_pane(shared, r)),
            members: panes.members.map(|r| self.members_pane(shared, r)),
            text: panes
                .text
                .map(|r| cut_title(self.text.pane(r, text_focused))),
        }
    }

    fn groups_pane(&self, shared: &Shared, rect: Rect) -> Pane {
        let focused = self.focus == Focus::Groups;
        let title = match self.grouping {
            Grouping::ByCity => format!(" 1 {} ", strings::CITIES),
            Grouping::BySection => format!(" 1 {} ", strings::SECTIONS),
        };
        let height = usize::from(inner(rect).height);
        let width = usize::from(inner(rect).width);
        let query = shared.finder.query();
        let marked = self.marked_groups(shared);
        let lines = self
            .rows
            .groups
            .iter()
            .skip(self.offsets[0])
            .take(height)
            .map(|&g| self.group_line(shared, (g, &marked), width, query, focused))
            .collect();
        let whole = self
            .rows
            .selected_group
            .map(|g| self.group_name(shared, g).to_owned())
            .into_iter()
            .collect();
        cut_title(Pane {
            rect,
            title,
            focused,
            lines,
            whole,
            empty: self.rows.groups.is_empty().then(|| {
                strings::no_results(
                    shared.finder.input(Find::Filter).value(),
                    shared.finder.input(Find::Search).value(),
                )
            }),
            ..Pane::default()
        })
    }

    /// The groups holding a marked item, so each row can say so: one pass over the marks.
    fn marked_groups(&self, shared: &Shared) -> HashSet<usize> {
        shared
            .marks
            .iter()
            .filter_map(|id| match self.grouping {
                Grouping::ByCity => Some(id.city),
                Grouping::BySection => shared.sections.of(&shared.catalog, *id),
            })
            .collect()
    }

    /// A city's name, or a section's title.
    fn group_name<'a>(&self, shared: &'a Shared, g: usize) -> &'a str {
        match self.grouping {
            Grouping::ByCity => shared.catalog.city_name(g),
            Grouping::BySection => shared.sections.get(g).map_or("", |s| s.title.as_str()),
        }
    }

    /// One row of the first pane: a city or a section, with how many it holds.
    fn group_line(
        &self,
        shared: &Shared,
        (g, with_marks): (usize, &HashSet<usize>),
        width: usize,
        query: &Query,
        focused: bool,
    ) -> Line {
        let (label, count, depth) = match self.grouping {
            Grouping::ByCity => {
                let total = shared.catalog.city_len(g);
                let shown = shared.finder.narrowing().map(|n| n.in_city(g));
                (self.group_name(shared, g), count(shown, total), 0)
            }
            Grouping::BySection => {
                let section = shared.sections.get(g);
                let total = section.map_or(0, crate::sections::Section::city_count);
                let shown = shared
                    .finder
                    .narrowing()
                    .map(|_| shared.section_cities(g).len());
                (
                    self.group_name(shared, g),
                    count(shown, total),
                    section.map_or(0, |s| s.depth),
                )
            }
        };
        let chosen = self.rows.selected_group == Some(g);
        // Sections indent as in each city's tree; a narrow pane gives each level one
        // column, not two, so a name deep down keeps some of its letters.
        let step = if width >= NARROW { 2 } else { 1 };
        let marker = format!(
            "{}{}",
            sign(chosen, with_marks.contains(&g)),
            " ".repeat(depth * step)
        );
        name_row(
            &marker,
            label,
            &count,
            width,
            query,
            Tone::Plain,
            chosen.then_some(focused),
        )
    }

    fn members_pane(&self, shared: &Shared, rect: Rect) -> Pane {
        let focused = self.focus == Focus::Members;
        let height = usize::from(inner(rect).height);
        let width = usize::from(inner(rect).width);
        let query = shared.finder.query();
        let (title, lines) = match &self.rows.members {
            Members::Tree { city, rows } => {
                let title = format!(
                    " 2 {} · {} ",
                    strings::SECTIONS,
                    shared.catalog.city_name(*city)
                );
                let lines = rows
                    .iter()
                    .skip(self.offsets[1])
                    .take(height)
                    .map(|r| self.tree_row(shared, *city, r, width, query, focused))
                    .collect();
                (title, lines)
            }
            Members::Cities { section, items } => {
                let name = shared
                    .sections
                    .get(*section)
                    .map_or("", |s| s.title.as_str());
                let title = format!(" 2 {} · {name} · {} ", strings::CITIES, strings::CHARACTERS);
                let lines = items
                    .iter()
                    .skip(self.offsets[1])
                    .take(height)
                    .map(|id| self.city_line(shared, *id, width, query, focused))
                    .collect();
                (title, lines)
            }
            // What the pane would list: a city's sections, or a section's cities.
            Members::None => {
                let what = match self.grouping {
                    Grouping::ByCity => strings::SECTIONS,
                    Grouping::BySection => strings::CITIES,
                };
                (format!(" 2 {what} "), Vec::new())
            }
        };
        // The title names the group; the selected row the item per stad, its city per sectie.
        let group = self.rows.selected_group.map(|g| self.group_name(shared, g));
        let member = self.current.and_then(|id| match &self.rows.members {
            Members::Tree { .. } => shared.catalog.get(id).map(|i| i.title),
            Members::Cities { .. } => Some(shared.catalog.city_name(id.city)),
            Members::None => None,
        });
        let whole = group.into_iter().chain(member).map(str::to_owned).collect();
        cut_title(Pane {
            rect,
            empty: lines.is_empty().then(|| strings::NO_ITEMS.to_string()),
            title,
            focused,
            lines,
            whole,
            ..Pane::default()
        })
    }

    /// Per sectie, one city that has the section, and how long its text is.
    fn city_line(
        &self,
        shared: &Shared,
        id: ItemId,
        width: usize,
        query: &Query,
        focused: bool,
    ) -> Line {
        let chars = shared.catalog.get(id).map_or(0, |i| i.chars);
        let chosen = self.current == Some(id);
        let marker = sign(chosen, shared.marks.contains(&id));
        let (tone, count) = if chars == 0 {
            (Tone::Dim, strings::EMPTY.to_string())
        } else {
            (Tone::Plain, chars.to_string())
        };
        let city = shared.catalog.city_name(id.city);
        name_row(
            marker,
            city,
            &count,
            width,
            query,
            tone,
            chosen.then_some(focused),
        )
    }

    /// What an item carries after its title: 📎 an attachment, ✎ a note, ★ a bookmark.
    fn signs(shared: &Shared, id: ItemId, attachment: bool) -> Vec<Seg> {
        [
            (attachment, strings::ATTACHMENT_MARK, Tone::Attachment),
            (
                shared.user.note(id).is_some(),
                strings::NOTE_MARK,
                Tone::Note,
            ),
            (
                shared.user.is_bookmarked(id),
                strings::BOOKMARK_MARK,
                Tone::Note,
            ),
        ]
        .iter()
        .filter(|(on, _, _)| *on)
        .map(|(_, mark, tone)| Seg::new(format!(" {mark}"), *tone))
        .collect()
    }

    fn tree_row(
        &self,
        shared: &Shared,
        city: usize,
        row: &crate::outline::Row,
        width: usize,
        query: &Query,
        focused: bool,
    ) -> Line {
        let id = ItemId {
            city,
            item: row.item,
        };
        let Some(item) = shared.catalog.get(id) else {
            return Line::default();
        };
        let chosen = self.current == Some(id);
        let marker = Seg::new(sign(chosen, shared.marks.contains(&id)), Tone::Marker);
        let fold = match (row.has_children, self.tree.is_closed(id)) {
            (false, _) => "  ",
            (true, false) => "▾ ",
            (true, true) => "▸ ",
        };
        let lead = format!("{}{fold}", "  ".repeat(row.depth));
        let tail = Self::signs(shared, id, item.attachment);
        let tail_width: usize = tail.iter().map(|s| s.text.width()).sum();
        let room = width.saturating_sub(2 + lead.width() + tail_width);
        // Dimmed: no text to read, or shown only as the parent of a match.
        let base = if item.chars == 0 || row.context_only {
            Tone::Dim
        } else {
            Tone::Plain
        };
        let marks = if row.context_only {
            Vec::new()
        } else {
            query.highlight(item.title)
        };
        let mut segs = vec![marker, Seg::plain(lead)];
        segs.extend(label_segs(item.title, &marks, room, base));
        segs.extend(tail);
        let mut line = Line::new(fit_segs(segs, width));
        if chosen {
            line.emphasis = Emphasis::Selected { focused };
        }
        line
    }
}

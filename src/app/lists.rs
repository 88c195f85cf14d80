//! The two list panes as drawn: the groups (cities, or sections) and the members (a
//! city's tree, or the cities that have a section), each row cut to the pane's width with
//! its match kept in view.

use std::ops::Range;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::layout::inner;
use super::rows::Members;
use super::screen::{Emphasis, Line, Pane, Seg, Tone, fit_segs, take_width};
use super::view::cut_title;
use super::{App, Find, Focus, Grouping};
use crate::model::ItemId;
use crate::query::Query;
use crate::strings;

impl App {
    pub(super) fn groups_pane(&self, rect: Rect) -> Pane {
        let focused = self.focus == Focus::Groups;
        let title = match self.grouping {
            Grouping::ByCity => format!(" 1 {} ", strings::CITIES),
            Grouping::BySection => format!(" 1 {} ", strings::SECTIONS),
        };
        let height = usize::from(inner(rect).height);
        let width = usize::from(inner(rect).width);
        let query = self.finder.query();
        let lines = self
            .rows
            .groups
            .iter()
            .skip(self.offsets[0])
            .take(height)
            .map(|&g| self.group_line(g, width, query, focused))
            .collect();
        cut_title(Pane {
            rect,
            title,
            focused,
            lines,
            empty: self.rows.groups.is_empty().then(|| {
                strings::no_results(
                    self.finder.input(Find::Filter).value(),
                    self.finder.input(Find::Search).value(),
                )
            }),
            ..Pane::default()
        })
    }

    /// One row of the first pane: a city or a section, with how many it holds.
    fn group_line(&self, g: usize, width: usize, query: &Query, focused: bool) -> Line {
        let (label, count) = match self.grouping {
            Grouping::ByCity => {
                let total = self.catalog.city_len(g);
                let shown = self.finder.narrowing().map(|n| n.in_city(g));
                (self.catalog.city_name(g), count(shown, total))
            }
            Grouping::BySection => {
                let section = self.sections.get(g);
                let total = section.map_or(0, crate::sections::Section::city_count);
                let shown = self
                    .finder
                    .narrowing()
                    .map(|_| self.section_cities(g).len());
                (
                    section.map_or("", |s| s.title.as_str()),
                    count(shown, total),
                )
            }
        };
        let chosen = self.rows.selected_group == Some(g);
        let marker = if chosen { "▶ " } else { "  " };
        name_row(
            marker,
            label,
            &count,
            width,
            query,
            Tone::Plain,
            chosen.then_some(focused),
        )
    }

    pub(super) fn members_pane(&self, rect: Rect) -> Pane {
        let focused = self.focus == Focus::Members;
        let height = usize::from(inner(rect).height);
        let width = usize::from(inner(rect).width);
        let query = self.finder.query();
        let (title, lines) = match &self.rows.members {
            Members::Tree { city, rows } => {
                let title = format!(
                    " 2 {} · {} ",
                    strings::SECTIONS,
                    self.catalog.city_name(*city)
                );
                let lines = rows
                    .iter()
                    .skip(self.offsets[1])
                    .take(height)
                    .map(|r| self.tree_row(*city, r, width, query, focused))
                    .collect();
                (title, lines)
            }
            Members::Cities { section, items } => {
                let name = self.sections.get(*section).map_or("", |s| s.title.as_str());
                let title = format!(" 2 {} · {name} · {} ", strings::CITIES, strings::CHARACTERS);
                let lines = items
                    .iter()
                    .skip(self.offsets[1])
                    .take(height)
                    .map(|id| self.city_line(*id, width, query, focused))
                    .collect();
                (title, lines)
            }
            Members::None => (format!(" 2 {} ", strings::SECTIONS), Vec::new()),
        };
        cut_title(Pane {
            rect,
            empty: lines.is_empty().then(|| strings::NO_ITEMS.to_owned()),
            title,
            focused,
            lines,
            ..Pane::default()
        })
    }

    /// Per sectie, one city that has the section, and how long its text is.
    fn city_line(&self, id: ItemId, width: usize, query: &Query, focused: bool) -> Line {
        let chars = self.catalog.get(id).map_or(0, |i| i.chars);
        let chosen = self.current == Some(id);
        let marker = match (chosen, self.marks.contains(&id)) {
            (true, _) => "▶ ",
            (false, true) => "✓ ",
            (false, false) => "  ",
        };
        let (tone, count) = if chars == 0 {
            (Tone::Dim, strings::EMPTY.to_owned())
        } else {
            (Tone::Plain, chars.to_string())
        };
        let city = self.catalog.city_name(id.city);
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
    fn signs(&self, id: ItemId, attachment: bool) -> Vec<Seg> {
        [
            (attachment, strings::ATTACHMENT_MARK, Tone::Attachment),
            (self.user.note(id).is_some(), strings::NOTE_MARK, Tone::Note),
            (
                self.user.is_bookmarked(id),
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
        let Some(item) = self.catalog.get(id) else {
            return Line::default();
        };
        let chosen = self.current == Some(id);
        let marker = if chosen {
            Seg::new("▶", Tone::Marker)
        } else if self.marks.contains(&id) {
            Seg::new(strings::MARK, Tone::Marker)
        } else {
            Seg::plain(" ")
        };
        let fold = match (row.has_children, self.tree.is_closed(id)) {
            (false, _) => "  ",
            (true, false) => "▾ ",
            (true, true) => "▸ ",
        };
        let lead = format!("{}{fold}", "  ".repeat(row.depth));
        let tail = self.signs(id, item.attachment);
        let tail_width: usize = tail.iter().map(|s| s.text.width()).sum();
        let room = width.saturating_sub(1 + lead.width() + tail_width);
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

/// `7`, or `3/7` while a filter or search narrows.
fn count(shown: Option<usize>, total: usize) -> String {
    shown.map_or_else(|| total.to_string(), |n| format!("{n}/{total}"))
}

/// A list row: marker, name (matches marked, cut to fit with the match kept in view) and
/// its count at the right edge.
fn name_row(
    marker: &str,
    label: &str,
    count: &str,
    width: usize,
    query: &Query,
    tone: Tone,
    selected: Option<bool>,
) -> Line {
    let room = width.saturating_sub(marker.width() + count.width() + 2);
    let mut segs = vec![Seg::new(marker, Tone::Marker)];
    let label = label_segs(label, &query.highlight(label), room, tone);
    let used: usize = marker.width() + label.iter().map(|s| s.text.width()).sum::<usize>();
    segs.extend(label);
    segs.push(Seg::plain(
        " ".repeat(width.saturating_sub(used + count.width() + 1).max(1)),
    ));
    segs.push(Seg::new(count, Tone::Count));
    segs.push(Seg::plain(" "));
    let mut line = Line::new(fit_segs(segs, width));
    if let Some(focused) = selected {
        line.emphasis = Emphasis::Selected { focused };
    }
    line
}

/// A title in `room` columns with the chars at `marked` as matches. Cut at the end with
/// `…`; when the first match would fall in the cut part, the start is cut instead, so
/// what matched stays visible.
fn label_segs(text: &str, marked: &[usize], room: usize, tone: Tone) -> Vec<Seg> {
    if room == 0 {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let fits = text.width() <= room;
    let mut start = 0;
    if !fits && let Some(&first) = marked.first() {
        let head: usize = chars[..first.min(chars.len())]
            .iter()
            .map(|(_, c)| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0))
            .sum();
        if head + 1 >= room.saturating_sub(1) {
            // Start a few chars before the match, after an ellipsis.
            start = first.saturating_sub(3).max(1);
        }
    }
    let from = chars.get(start).map_or(text.len(), |(b, _)| *b);
    let rest = &text[from..];
    let lead = usize::from(start > 0);
    let shown = if rest.width() + lead <= room {
        rest
    } else {
        take_width(rest, room.saturating_sub(lead + 1))
    };
    let cut_end = shown.len() < rest.len();
    let mut segs = Vec::new();
    if start > 0 {
        segs.push(Seg::new("…", tone));
    }
    let ranges: Vec<Range<usize>> = marked
        .iter()
        .filter_map(|&i| chars.get(i))
        .map(|(b, c)| *b..*b + c.len_utf8())
        .filter(|r| r.start >= from && r.end <= from + shown.len())
        .map(|r| r.start - from..r.end - from)
        .collect();
    let mut at = 0;
    for r in merge(ranges) {
        if at < r.start {
            segs.push(Seg::new(&shown[at..r.start], tone));
        }
        segs.push(Seg::new(&shown[r.clone()], Tone::Match));
        at = r.end;
    }
    if at < shown.len() {
        segs.push(Seg::new(&shown[at..], tone));
    }
    if cut_end {
        segs.push(Seg::new("…", tone));
    }
    segs
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if last.end >= r.start => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(segs: &[Seg]) -> String {
        segs.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis_and_keep_their_match_in_view() {
        let t = "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID";
        assert_eq!(
            shown(&label_segs(t, &[], 20, Tone::Plain)),
            "A. INTERNE ORGANISA…"
        );
        assert_eq!(shown(&label_segs("Kort", &[], 20, Tone::Plain)), "Kort");
        // A match past the cut: the row starts near it instead.
        let at = t.chars().position(|c| c == 'W').unwrap();
        let marks: Vec<usize> = (at..at + 4).collect();
        let segs = label_segs(t, &marks, 20, Tone::Plain);
        let text = shown(&segs);
        assert!(text.starts_with('…') && text.contains("WOON"), "{text}");
        assert!(text.width() <= 20, "{text}");
        assert!(
            segs.iter()
                .any(|s| s.tone == Tone::Match && s.text.contains("WOON"))
        );
        assert!(label_segs(t, &[], 0, Tone::Plain).is_empty());
    }

    #[test]
    fn name_rows_keep_the_count_at_the_edge() {
        let q = Query::default();
        let line = name_row("▶ ", "Sint-Niklaas", "7", 18, &q, Tone::Plain, Some(true));
        assert_eq!(line.text(), "▶ Sint-Niklaas  7 ");
        let line = name_row(
            "  ",
            "Een heel lange stadsnaam",
            "3/7",
            18,
            &q,
            Tone::Plain,
            None,
        );
        assert_eq!(line.text().width(), 18, "{}", line.text());
        assert!(line.text().contains('…') && line.text().ends_with("3/7 "));
    }
}

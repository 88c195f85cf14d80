//! What is on screen, as plain values: the app computes it after every change and the ui
//! only paints it. Comparing two of these tells whether a redraw is due, and tests read
//! it without a terminal.

use ratatui::layout::Rect;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a piece of text means, which the theme turns into a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tone {
    #[default]
    Plain,
    /// Nothing to read behind it, or shown only as the parent of a match.
    Dim,
    Heading,
    Count,
    /// A filter or search match.
    Match,
    /// The search hit `n`/`N` went to.
    CurrentHit,
    Email,
    Url,
    Phone,
    Attachment,
    /// A word the other text does not have.
    Diff,
    /// The `▶` and `✓` markers.
    Marker,
    /// A divider between columns.
    Rule,
    /// The user's own words: a note, its marker.
    Note,
    /// The grid's cursor cell.
    Cursor,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Seg {
    pub text: String,
    pub tone: Tone,
}

impl Seg {
    #[must_use]
    pub fn new(text: impl Into<String>, tone: Tone) -> Seg {
        Seg {
            text: text.into(),
            tone,
        }
    }

    #[must_use]
    pub fn plain(text: impl Into<String>) -> Seg {
        Seg::new(text, Tone::Plain)
    }
}

/// How a whole row stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Emphasis {
    #[default]
    None,
    /// The selected row; `focused` when its pane has the focus.
    Selected { focused: bool },
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Line {
    pub segs: Vec<Seg>,
    pub emphasis: Emphasis,
}

impl Line {
    #[must_use]
    pub fn new(segs: Vec<Seg>) -> Line {
        Line {
            segs,
            emphasis: Emphasis::None,
        }
    }

    #[must_use]
    pub fn toned(text: impl Into<String>, tone: Tone) -> Line {
        Line::new(vec![Seg::new(text, tone)])
    }

    /// The line's text without styles, for tests and copying.
    #[must_use]
    pub fn text(&self) -> String {
        self.segs.iter().map(|s| s.text.as_str()).collect()
    }

    #[must_use]
    pub fn width(&self) -> usize {
        self.segs.iter().map(|s| s.text.width()).sum()
    }
}

/// A scrollbar: where the view is in a longer text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scrollbar {
    pub position: usize,
    pub total: usize,
    pub viewport: usize,
    /// Rows at the top of the pane that do not scroll (a heading above the text).
    pub fixed: u16,
}

/// A bordered pane and its rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pane {
    pub rect: Rect,
    pub title: String,
    pub focused: bool,
    pub lines: Vec<Line>,
    /// Said in place of the rows when there are none.
    pub empty: Option<String>,
    /// On the bottom border, right-aligned (the position in a text).
    pub footer: Option<String>,
    /// On the bottom border, left-aligned (a legend).
    pub legend: Option<String>,
    pub scrollbar: Option<Scrollbar>,
    /// The names of what is selected here, whole: the group the title names (a city over
    /// its tree), then the selected row's. Where the pane cuts one, the status line reads it
    /// out, so a name cut to `Gemeente 000…` can still be read.
    pub whole: Vec<String>,
}

/// The page under the header.
#[allow(clippy::large_enum_variant)] // one per screen, never in a collection
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Body {
    /// Too small for anything but this message.
    #[default]
    TooSmall,
    Browse {
        groups: Option<Pane>,
        members: Option<Pane>,
        text: Option<Pane>,
    },
    Grid(Pane),
    Compare(Pane),
}

/// The bottom line: what is typed (with the cursor), what is narrowed, and hints.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    pub rect: Rect,
    pub line: Line,
    /// The column of the typing cursor, when an input is open and it is in view.
    pub cursor: Option<u16>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    pub rect: Rect,
    pub left: Line,
    pub right: Line,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Screen {
    pub area: Rect,
    pub header: Option<Header>,
    pub body: Body,
    pub status: Option<Status>,
    /// The help, the bookmarks or the note editor, over everything else.
    pub overlay: Option<Pane>,
    /// Where the typing cursor stands in the overlay, when it has one; in accessible mode
    /// on the selected row, where a braille display follows it.
    pub cursor: Option<(u16, u16)>,
    /// Accessible mode: drawn without box drawing or scrollbars.
    pub plain: bool,
}

impl Body {
    /// The panes of the page, left to right.
    #[must_use]
    pub fn panes(&self) -> Vec<&Pane> {
        match self {
            Body::TooSmall => Vec::new(),
            Body::Browse {
                groups,
                members,
                text,
            } => [groups, members, text].into_iter().flatten().collect(),
            Body::Grid(p) | Body::Compare(p) => vec![p],
        }
    }
}

impl Screen {
    /// Every row of text on screen, for tests: header, panes, status and overlay.
    #[must_use]
    pub fn text(&self) -> String {
        let mut out = Vec::new();
        if let Some(h) = &self.header {
            out.push(format!("{} {}", h.left.text(), h.right.text()));
        }
        for p in self.body.panes().into_iter().chain(&self.overlay) {
            out.push(p.title.clone());
            out.extend(p.lines.iter().map(Line::text));
            out.extend(p.empty.clone());
            out.extend(p.footer.clone());
            out.extend(p.legend.clone());
        }
        if let Some(s) = &self.status {
            out.push(s.line.text());
        }
        out.join("\n")
    }
}

/// `text` cut to `width` columns, ending in `…` when anything was cut; `None` when not even
/// the ellipsis fits.
#[must_use]
pub fn fit(text: &str, width: usize) -> Option<String> {
    if text.width() <= width {
        return Some(text.to_owned());
    }
    if width == 0 {
        return None;
    }
    Some(format!("{}…", take_width(text, width - 1)))
}

/// `text` cut from the front to `width` columns, starting with `…` when anything was cut:
/// for a path, whose end says most.
#[must_use]
pub fn fit_end(text: &str, width: usize) -> Option<String> {
    if text.width() <= width {
        return Some(text.to_owned());
    }
    if width == 0 {
        return None;
    }
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > width - 1 {
            break;
        }
        start = i;
    }
    Some(format!("…{}", &text[start..]))
}

/// The longest prefix of `text` that fits in `width` columns.
#[must_use]
pub fn take_width(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return &text[..i];
        }
    }
    text
}

/// `text` padded with spaces to exactly `width` columns (cut with `…` when longer).
#[must_use]
pub fn pad(text: &str, width: usize) -> String {
    let shown = fit(text, width).unwrap_or_default();
    let gap = width.saturating_sub(shown.width());
    format!("{shown}{}", " ".repeat(gap))
}

/// Segments cut to `width` columns as a whole, the last cut one ending in `…`.
#[must_use]
pub fn fit_segs(segs: Vec<Seg>, width: usize) -> Vec<Seg> {
    if width == 0 {
        return Vec::new();
    }
    let total: usize = segs.iter().map(|s| s.text.width()).sum();
    if total <= width {
        return segs;
    }
    let mut out = Vec::new();
    let mut left = width.saturating_sub(1);
    for seg in segs {
        let w = seg.text.width();
        if w <= left {
            left -= w;
            out.push(seg);
        } else {
            let part = take_width(&seg.text, left).to_owned();
            out.push(Seg::new(format!("{part}…"), seg.tone));
            return out;
        }
    }
    out
}

impl Pane {
    /// The selection's names this pane does not show whole: not in its selected row (in
    /// any row where none is selected) nor in its title.
    #[must_use]
    pub fn cut_names(&self) -> Vec<&str> {
        let selected = self
            .lines
            .iter()
            .find(|l| matches!(l.emphasis, Emphasis::Selected { .. }));
        let shown = |name: &str| {
            self.title.contains(name)
                || match selected {
                    Some(line) => line.text().contains(name),
                    None => self.lines.iter().any(|l| l.text().contains(name)),
                }
        };
        self.whole
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty() && !shown(n))
            .collect()
    }

    /// Where a text of `total` rows scrolled to `scroll` stands, `height` rows shown below
    /// `fixed` rows that stay: the range on the bottom border and a scrollbar when it does
    /// not fit.
    pub fn show_position(&mut self, scroll: usize, height: usize, total: usize, fixed: usize) {
        if height > 0 && total > 0 {
            let last = (scroll + height).min(total);
            self.footer = Some(crate::strings::line_range(scroll + 1, last, total));
        }
        if total > height && height > 0 {
            self.scrollbar = Some(Scrollbar {
                position: scroll,
                total: total - height,
                viewport: height,
                fixed: fixed as u16,
            });
        }
    }
}

/// A pane's labels cut to fit between its corners: the title with `…` where it was cut;
/// on the bottom border the position whole or not at all, and the legend in the room left
/// beside it, by whole entries.
#[must_use]
pub fn cut_title(mut pane: Pane) -> Pane {
    let room = usize::from(pane.rect.width).saturating_sub(2);
    pane.title = fit(&pane.title, room).unwrap_or_default();
    // The footer is drawn as ` footer `; a gap of one keeps it apart from the legend.
    let footer = pane.footer.as_ref().map_or(0, |f| f.width() + 3);
    if footer > room + 1 {
        pane.footer = None;
    }
    let left = room.saturating_sub(pane.footer.as_ref().map_or(0, |_| footer));
    pane.legend = pane.legend.and_then(|legend| fit_legend(&legend, left));
    pane
}

/// A legend (` a  b  c `: entries two spaces apart) in `width` columns: as many whole
/// entries as fit, or the first cut with `…`; none when not even that is readable.
fn fit_legend(legend: &str, width: usize) -> Option<String> {
    if legend.width() <= width {
        return Some(legend.to_owned());
    }
    let mut kept = String::new();
    for entry in legend.trim().split("  ") {
        let longer = if kept.is_empty() {
            entry.to_owned()
        } else {
            format!("{kept}  {entry}")
        };
        if longer.width() + 2 > width {
            break;
        }
        kept = longer;
    }
    if kept.is_empty() {
        // Fewer than a few letters before the `…` say nothing.
        kept = fit(legend.trim(), width.saturating_sub(2)).filter(|f| f.width() >= 5)?;
    }
    Some(format!(" {kept} "))
}

#[cfg(test)]
mod tests;

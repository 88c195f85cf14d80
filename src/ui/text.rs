//! The Tekst pane: breadcrumb, attachment note and the wrapped description with its
//! addresses and phone numbers picked out, a scrollbar and the position.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Widget};

use super::theme::Theme;
use crate::model::{Dataset, ItemId, Level};
use crate::strings;
use crate::wrap::{self, Row};
use crate::{highlight, query};

/// The rows of the text pane for one item at one width.
#[derive(Debug)]
pub struct Layout {
    /// Breadcrumb and attachment note (wrapped), then a blank row: fixed above the body.
    pub header: Vec<(String, bool)>,
    pub rows: Vec<Row>,
}

impl Layout {
    #[must_use]
    pub fn of(data: &Dataset, id: Option<ItemId>, width: usize) -> Layout {
        let Some((id, item)) = id.and_then(|id| Some((id, data.item(id)?))) else {
            return Layout {
                header: Vec::new(),
                rows: Vec::new(),
            };
        };
        let mut header = Vec::new();
        let mut push_wrapped = |text: &str, is_note: bool| {
            for row in wrap::wrap(text, width) {
                header.push((
                    format!("{}{}", " ".repeat(row.indent), &text[row.range]),
                    is_note,
                ));
            }
        };
        push_wrapped(&breadcrumb(data, id), false);
        if item.attachment {
            push_wrapped(strings::ATTACHMENT_NOTE, true);
        }
        header.push((String::new(), false));
        let rows = if item.description.is_empty() {
            vec![Row {
                line: 0,
                range: 0..0,
                indent: 0,
            }]
        } else {
            wrap::wrap(&item.description, width)
        };
        Layout { header, rows }
    }
}

/// `Gent › B. OVERLEG › Lokaal woonoverleg`: the city and the item's path, without the
/// chapter every item shares (unless the item is the chapter itself).
#[must_use]
pub fn breadcrumb(data: &Dataset, id: ItemId) -> String {
    let city = &data.cities[id.city];
    let path = city.path(id.item);
    let last = path.len() - 1;
    let shown = path
        .iter()
        .enumerate()
        .filter(|(i, t)| *i == last || Level::of(t) != Level::Chapter)
        .map(|(_, t)| *t);
    std::iter::once(city.name.as_str())
        .chain(shown)
        .collect::<Vec<_>>()
        .join(strings::BREADCRUMB_SEPARATOR)
}

pub struct TextView<'a> {
    pub data: &'a Dataset,
    /// Folded texts to mark wherever they occur: the search and the filter's terms.
    pub marked: &'a [&'a str],
    pub current: Option<ItemId>,
    pub scroll: usize,
    pub focused: bool,
    pub theme: Theme,
}

impl Widget for TextView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let block = t.pane(format!(" 3 {} ", strings::TEXT), self.focused);
        let inner = block.inner(area);
        let layout = Layout::of(self.data, self.current, usize::from(inner.width));
        let height = usize::from(inner.height).saturating_sub(layout.header.len());
        let total = layout.rows.len();
        let block = if total > 0 {
            let last = (self.scroll + height).min(total);
            block.title_bottom(
                Line::styled(
                    format!(" {} ", strings::line_position(last, total)),
                    t.count(),
                )
                .alignment(Alignment::Right),
            )
        } else {
            block
        };
        block.render(area, buf);
        let Some(item) = self.current.and_then(|id| self.data.item(id)) else {
            return;
        };

        let mut lines: Vec<Line> = layout
            .header
            .iter()
            .map(|(text, is_note)| {
                Line::styled(
                    text.as_str(),
                    if *is_note {
                        t.attachment()
                    } else {
                        t.heading()
                    },
                )
            })
            .collect();
        if item.description.is_empty() {
            lines.push(Line::styled(strings::NO_DESCRIPTION, t.dim()));
        } else {
            let source: Vec<&str> = item.description.split('\n').collect();
            // Rows come in line order: mark each source line once, not once per row.
            let mut marks: Option<(usize, Marks)> = None;
            for row in layout.rows.iter().skip(self.scroll).take(height) {
                if marks.as_ref().is_none_or(|(line, _)| *line != row.line) {
                    marks = Some((row.line, self.marks(source[row.line])));
                }
                let line_marks = marks.as_ref().map_or(&[][..], |(_, m)| m.as_slice());
                lines.push(styled_row(source[row.line], row, line_marks));
            }
        }
        Paragraph::new(lines).render(inner, buf);

        if total > height && height > 0 {
            let mut state = ScrollbarState::new(total.saturating_sub(height))
                .position(self.scroll)
                .viewport_content_length(height);
            let header = layout.header.len() as u16;
            let bar_area = Rect {
                y: area.y + 1 + header,
                height: area.height.saturating_sub(2 + header),
                ..area
            };
            ratatui::widgets::StatefulWidget::render(
                Scrollbar::new(ScrollbarOrientation::VerticalRight)
                    .begin_symbol(None)
                    .end_symbol(None),
                bar_area,
                buf,
                &mut state,
            );
        }
    }
}

/// Styled byte ranges of one source line.
type Marks = Vec<(Range<usize>, Style)>;

impl TextView<'_> {
    /// Search and filter matches first (they win where they overlap), then links.
    fn marks(&self, line: &str) -> Marks {
        let matched = self
            .marked
            .iter()
            .flat_map(|m| query::occurrences(line, m))
            .map(|r| (r, self.theme.matched()));
        let links = highlight::find(line)
            .into_iter()
            .map(|(r, kind)| (r, self.theme.link(kind)));
        matched.chain(links).collect()
    }
}

/// One wrapped row as spans, styled where it overlaps a marked range of its source line.
#[must_use]
pub fn styled_row<'a>(line: &'a str, row: &Row, marks: &[(Range<usize>, Style)]) -> Line<'a> {
    let mut spans = Vec::new();
    if row.indent > 0 {
        spans.push(Span::raw(" ".repeat(row.indent)));
    }
    spans.extend(super::spans::marked(
        line,
        row.range.clone(),
        marks,
        Style::new(),
    ));
    Line::from(spans)
}

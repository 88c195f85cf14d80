//! The coverage grid: cities down, sections across, each cell telling whether the city
//! has the section and how long its text is. The city column and the header stay put
//! while the cells scroll.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::app::App;
use crate::compare::{Cell, Coverage};
use crate::strings;

const CITY_WIDTH: usize = 16;
const CELL_WIDTH: usize = 12;

/// Rows and columns of cells that fit in the grid's `body` (the border and the column
/// titles take their rows; the legend sits on the bottom border). The app pages and the
/// widget draws with this one function.
#[must_use]
pub fn visible_cells(body: Rect) -> (usize, usize) {
    let rows = usize::from(body.height).saturating_sub(3);
    let cols = usize::from(body.width).saturating_sub(2 + CITY_WIDTH) / CELL_WIDTH;
    (rows.max(1), cols.max(1))
}

fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
            > width.saturating_sub(1)
        {
            break;
        }
        out.push(c);
    }
    format!(
        "{out:<width$}",
        width = width - (out.width() - out.chars().count())
    )
}

fn symbol(c: Coverage) -> &'static str {
    match c {
        Coverage::Missing => "·",
        Coverage::Empty => "○",
        Coverage::Short => "◐",
        Coverage::Long => "●",
    }
}

pub struct Grid<'a> {
    pub app: &'a App,
    pub theme: Theme,
}

impl Widget for Grid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, self.theme);
        let block = t
            .pane(format!(" {} ", strings::GRID_TITLE), true)
            .title_bottom(Line::styled(
                format!(" {} ", strings::GRID_LEGEND),
                t.count(),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let rows = app.visible_cities();
        let cols = app.visible_sections();
        let (page_rows, page_cols) = visible_cells(area);
        let shown_cols: Vec<usize> = cols
            .iter()
            .copied()
            .skip(app.grid.col_offset)
            .take(page_cols)
            .collect();
        let mut lines = Vec::new();
        let mut header = vec![Span::raw(fit("", CITY_WIDTH))];
        for s in &shown_cols {
            let style = if *s == app.grid.section {
                t.heading()
            } else {
                t.count()
            };
            header.push(Span::styled(
                fit(&app.sections_index.sections[*s].title, CELL_WIDTH),
                style,
            ));
        }
        lines.push(Line::from(header));
        for city in rows
            .iter()
            .copied()
            .skip(app.grid.row_offset)
            .take(page_rows)
        {
            let name_style = if city == app.grid.city {
                t.heading()
            } else {
                Style::new()
            };
            let mut spans = vec![Span::styled(
                fit(&app.data.cities[city].name, CITY_WIDTH),
                name_style,
            )];
            for s in &shown_cols {
                let Cell { coverage, chars } = app.cell(city, *s);
                let label = match coverage {
                    Coverage::Missing | Coverage::Empty => symbol(coverage).to_owned(),
                    _ => format!("{} {chars}", symbol(coverage)),
                };
                let style = match coverage {
                    Coverage::Missing | Coverage::Empty => t.dim(),
                    _ => Style::new(),
                };
                let style = if city == app.grid.city && *s == app.grid.section {
                    t.selected(true)
                } else {
                    style
                };
                spans.push(Span::styled(fit(&label, CELL_WIDTH), style));
            }
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

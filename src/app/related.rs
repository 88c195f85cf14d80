//! The texts of other cities related to the item shown (`r`), as an overlay: best first,
//! with the words they share; Enter goes there (a jump: Ctrl-o comes back).

use ratatui::layout::{Constraint, Flex, Layout, Rect};

use super::action::Action;
use super::layout::keep_in_view;
use super::next::Next;
use super::screen::{Emphasis, Line, Pane, Seg, Tone, fit};
use super::shared::Shared;
use crate::catalog::Catalog;
use crate::model::ItemId;
use crate::related::{Related, RelatedIndex};
use crate::strings;

/// Rows listed: more than a screen's worth is more than anyone reads.
pub const RELATED_LISTED: usize = 20;

/// Datasets up to this many items have their index built at the key (3 ms for the seed's
/// 90, about 60 ms here); larger ones in the background.
pub const BUILT_AT_ONCE: usize = 5_000;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelatedList {
    /// The item the list is for, named in the title.
    from: Option<ItemId>,
    rows: Vec<Related>,
    selected: usize,
    top: usize,
    rect: Rect,
}

impl RelatedList {
    #[must_use]
    pub fn new(index: &RelatedIndex, from: ItemId) -> RelatedList {
        RelatedList {
            from: Some(from),
            rows: index.related(from, RELATED_LISTED),
            ..RelatedList::default()
        }
    }

    fn height(&self) -> usize {
        usize::from(self.rect.height.saturating_sub(2)).max(1)
    }

    pub fn update(&mut self, action: Action) -> Next {
        match action {
            Action::Move(m) => {
                self.selected = m.apply(self.selected, self.rows.len(), self.height());
            }
            Action::Accept => {
                return self
                    .rows
                    .get(self.selected)
                    .map_or(Next::Close, |r| Next::Read(r.id));
            }
            Action::Back => return Next::Close,
            Action::ToggleHelp => return Next::Help,
            _ => {}
        }
        Next::Stay
    }

    pub fn sync(&mut self, area: Rect) {
        let rows = (self.rows.len().max(1) + 2).min(usize::from(area.height));
        let [row] = Layout::vertical([Constraint::Length(rows as u16)])
            .flex(Flex::Center)
            .areas(area);
        let [rect] = Layout::horizontal([Constraint::Percentage(80)])
            .flex(Flex::Center)
            .areas(row);
        self.rect = rect;
        self.top = keep_in_view(self.top, self.selected, self.height(), self.rows.len());
    }

    #[must_use]
    pub fn pane(&self, catalog: &Catalog) -> Pane {
        let width = usize::from(self.rect.width.saturating_sub(2));
        let place = |id: ItemId| {
            catalog.get(id).map_or_else(String::new, |item| {
                format!("{} › {}", catalog.city_name(id.city), item.title)
            })
        };
        let lines = self
            .rows
            .iter()
            .enumerate()
            .skip(self.top)
            .take(self.height())
            .map(|(i, r)| {
                let place = place(r.id);
                let head = format!("{:.2}  {place}", r.score);
                let words = format!("  · {}", r.shared.join(", "));
                let mut segs = vec![Seg::plain(fit(&head, width).unwrap_or_default())];
                let left = width
                    .saturating_sub(unicode_width::UnicodeWidthStr::width(segs[0].text.as_str()));
                if let Some(w) = fit(&words, left).filter(|w| w.chars().count() > 4) {
                    segs.push(Seg::new(w, Tone::Match));
                }
                let mut line = Line::new(segs);
                if i == self.selected {
                    line.emphasis = Emphasis::Selected { focused: true };
                }
                line
            })
            .collect();
        let title = self.from.and_then(|id| catalog.get(id)).map_or_else(
            || strings::RELATED_TITLE.to_string(),
            |item| {
                format!(
                    "{} {} › {}",
                    strings::RELATED_TITLE,
                    catalog.city_name(item.id.city),
                    item.title
                )
            },
        );
        Pane {
            rect: self.rect,
            title: format!(" {title} "),
            focused: true,
            lines,
            whole: self
                .rows
                .get(self.selected)
                .map(|r| place(r.id))
                .into_iter()
                .collect(),
            empty: Some(strings::NO_RELATED.to_string()),
            ..Pane::default()
        }
    }
}

/// What `r` does with the index as it stands: the list, or a build asked for.
pub fn open(
    shared: &mut Shared,
    index: Option<&RelatedIndex>,
    from: Option<ItemId>,
) -> Option<RelatedList> {
    let Some(from) = from else {
        shared.say(strings::RELATED_NOTHING_SELECTED.to_string());
        return None;
    };
    index.map(|i| RelatedList::new(i, from))
}

//! Where the browser is, by name, kept between runs of the same dataset.

use super::Browser;
use crate::app::action::{Focus, Grouping};
use crate::app::shared::Shared;
use crate::app::user::UserLayer;
use crate::model::ItemId;
use crate::notes::Place;
use crate::notes::position::{self, Position};
use crate::strings;

impl Browser {
    /// Where the browser is, by name, for the next start with the same dataset.
    #[must_use]
    pub fn position(&self, shared: &Shared) -> Position {
        let place = |id: ItemId| UserLayer::place(&shared.catalog, id);
        Position {
            dataset: shared.catalog.fingerprint(),
            grouping: match self.grouping {
                Grouping::ByCity => position::Grouping::PerCity,
                Grouping::BySection => position::Grouping::PerSection,
            },
            pane: match self.focus {
                Focus::Groups => position::Pane::Groups,
                Focus::Members => position::Pane::Members,
                Focus::Text => position::Pane::Text,
            },
            item: self.current.and_then(place),
            closed: self.tree.closed_nodes().filter_map(place).collect(),
            scroll: self.text.scroll_state().0,
            marks: shared.marks.iter().copied().filter_map(place).collect(),
            ..Position::default()
        }
    }

    /// Back where the user left off (what still exists of it), but for the text's scroll,
    /// which waits for the text's layout (`scroll_text`).
    pub fn restore(&mut self, shared: &mut Shared, p: &Position) {
        let find = |place: &Place| shared.user.locate(&shared.catalog, place);
        let closed: Vec<ItemId> = p.closed.iter().filter_map(find).collect();
        let marks: Vec<ItemId> = p.marks.iter().filter_map(find).collect();
        let item = p.item.as_ref().and_then(find);
        self.grouping = match p.grouping {
            position::Grouping::PerCity => Grouping::ByCity,
            position::Grouping::PerSection => Grouping::BySection,
        };
        self.focus = match p.pane {
            position::Pane::Groups => Focus::Groups,
            position::Pane::Members => Focus::Members,
            position::Pane::Text => Focus::Text,
        };
        for id in closed {
            self.tree.close(&shared.catalog, id);
        }
        if !marks.is_empty() {
            shared.say(strings::marks_restored(marks.len()));
        }
        shared.marks.extend(marks);
        if let Some(id) = item {
            self.select(shared, id);
        }
    }

    pub fn scroll_text(&mut self, rows: isize) {
        self.text.scroll_by(rows);
    }
}

//! One input after the first pass: checked whole, and kept only as much as the second pass
//! needs (a grouped export's groups; an item view or a table, parsed). A leaf the plan and
//! its steps share.

use super::group::Group;
use super::input::Parsed;
use super::table::Table;

/// One input after the first pass.
pub(super) enum Checked {
    Grouped {
        chapter: Option<String>,
        groups: Vec<Group>,
    },
    View(Parsed),
    /// SharePoint's own exports: one CSV file, or every JSON page of the import as one.
    Table(Table),
}

//! One input after the first pass: checked whole, and kept only as much as the second pass
//! needs (a grouped export's groups, where a CSV's rows are; an item view or JSON pages,
//! parsed). A leaf the plan and its steps share.

use super::csv_table::CsvTable;
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
    /// Every JSON page of the import as one, read whole.
    Table(Table),
    /// One CSV file, its rows kept as where they are.
    Csv(CsvTable),
}

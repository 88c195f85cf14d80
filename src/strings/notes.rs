//! The words of the notes: the markers written into a note two writers changed, and what
//! goes wrong with the notes file.

use super::taal::{Text, tr};

/// Put before the other version of a note that changed in two places at once: another
/// browser or a script (`woonbeleid note --set`), which one process cannot tell apart.
pub const CONFLICT_START: Text = Text::new(
    "<<<<<<< ook elders gewijzigd (een ander venster of een script):",
    "<<<<<<< also changed elsewhere (another window or a script):",
);

/// Put before a note moved onto a place that had a note of its own.
#[must_use]
pub fn moved_from(title: &str) -> String {
    tr!(
        "<<<<<<< verplaatst van '{title}':",
        "<<<<<<< moved from '{title}':"
    )
}

/// The notes file (at `at`, `FILE` or `FILE:LINE`) cannot be read.
#[must_use]
pub fn unreadable(at: &str, why: &str) -> String {
    tr!(
        "{at}: kan niet gelezen worden: {why}",
        "{at}: cannot be read: {why}"
    )
}

#[must_use]
pub fn newer(path: &str, version: u32, reads: u32) -> String {
    tr!(
        "{path}: geschreven door een nieuwere woonbeleid (formaat {version}, deze leest tot {reads})",
        "{path}: written by a newer woonbeleid (format {version}, this one reads up to {reads})"
    )
}

#[must_use]
pub fn unwritable(path: &str, why: &str) -> String {
    tr!(
        "{path}: kan niet geschreven worden: {why}",
        "{path}: cannot be written: {why}"
    )
}

#[must_use]
pub fn no_home(why: &str) -> String {
    tr!(
        "geen map voor de notities: {why} (zet WOONBELEID_HOME)",
        "no folder for the notes: {why} (set WOONBELEID_HOME)"
    )
}

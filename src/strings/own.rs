//! The browser's words for the user's own things: notes (their pane, the editor, what
//! becomes of a save), bookmarks, items gone from the data, and the files that keep the
//! session's place and history.

use super::taal::{Text, tr};
use super::warning_line;

pub const NOTE_HEADING: Text = Text::new("✎ Jouw notitie", "✎ Your note");
pub const NOTE_MARK: &str = "✎";
pub const BOOKMARK_MARK: &str = "★";
/// Before the selection's name on the status line, where its pane cuts it.
pub const SELECTION_MARK: &str = "▶";
pub const NOTE_EDITOR: Text = Text::new("Notitie bij", "Note on");
pub const NOTE_EDITOR_LEGEND: Text = Text::new(
    "Esc bewaart · Ctrl-c verwerpt · F1 hulp",
    "Esc saves · Ctrl-c discards · F1 help",
);

/// Where the cursor is in the note editor.
#[must_use]
pub fn editor_position(line: usize, lines: usize, column: usize) -> String {
    tr!(
        "regel {line}/{lines} · kolom {column}",
        "line {line}/{lines} · column {column}"
    )
}
pub const BOOKMARKS_TITLE: Text = Text::new(
    "Bladwijzers (Enter gaat erheen, ' verwijdert, Esc sluit)",
    "Bookmarks (Enter goes there, ' removes, Esc closes)",
);
pub const NO_BOOKMARKS: Text = Text::new(
    "Nog geen bladwijzers: ' zet er een op het gekozen item.",
    "No bookmarks yet: ' puts one on the selected item.",
);
pub const ORPHAN: Text = Text::new("  (niet meer in de gegevens)", "  (no longer in the data)");
/// Enter on a bookmark whose item is gone.
pub const ORPHAN_BOOKMARK_GONE: Text = Text::new(
    "dit item staat niet meer in de gegevens: ' haalt de bladwijzer weg",
    "this item is no longer in the data: ' removes the bookmark",
);
/// Enter on a note whose item is gone: it opens to read, and where it can go is said.
pub const ORPHAN_NOTE_GONE: Text = Text::new(
    "item niet meer in de gegevens: de notitie hier te lezen (woonbeleid note --move verplaatst ze)",
    "item no longer in the data: the note to read here (woonbeleid note --move moves it)",
);

/// Over a note whose item is gone, opened to read.
#[must_use]
pub fn gone_note_title(place: &str) -> String {
    tr!(
        "Notitie bij {place}, niet meer in de gegevens (Esc sluit)",
        "Note on {place}, no longer in the data (Esc closes)"
    )
}
pub const NOTE_SAVED: Text = Text::new("notitie bewaard", "note saved");
pub const NOTE_REMOVED: Text = Text::new("notitie gewist", "note removed");
pub const NOTE_UNCHANGED: Text = Text::new("notitie ongewijzigd", "note unchanged");
pub const NOTE_DISCARDED: Text = Text::new(
    "wijzigingen aan de notitie verworpen",
    "changes to the note discarded",
);
pub const NOTE_CONFLICT: Text = Text::new(
    "notitie bewaard, maar ze was intussen ook elders gewijzigd (een ander venster of een script): beide versies staan erin",
    "note saved, but it had meanwhile been changed elsewhere too (another window or a script): both versions are in it",
);

#[must_use]
pub fn bookmark_set(on: bool) -> &'static str {
    if on {
        Text::new("bladwijzer gezet", "bookmark set").get()
    } else {
        Text::new("bladwijzer weg", "bookmark removed").get()
    }
}

/// The user's editor ended badly; `kept`: where what was typed is.
#[must_use]
pub fn editor_failed(editor: &str, status: &str, kept: Option<&str>) -> String {
    match kept {
        Some(path) => tr!(
            "{editor} eindigde met {status}; wat je typte staat in {path}",
            "{editor} ended with {status}; what you typed is in {path}"
        ),
        None => tr!(
            "{editor} eindigde met {status}",
            "{editor} ended with {status}"
        ),
    }
}

/// Above the note in `show`.
pub const SHOW_NOTE_HEADING: Text = Text::new("Notitie:", "Note:");

/// `show` could not read the notes: the text comes without them.
#[must_use]
pub fn show_without_notes(why: &str) -> String {
    warning_line(&tr!(
        "getoond zonder je notities: {why}",
        "shown without your notes: {why}"
    ))
}

#[must_use]
pub fn note_rescued(why: &str, path: &str) -> String {
    tr!(
        "notitie niet bewaard ({why}); de tekst staat in {path}",
        "note not saved ({why}); its text is in {path}"
    )
}

#[must_use]
pub fn notes_unavailable(why: &str) -> String {
    tr!(
        "notities niet beschikbaar: {why}",
        "notes unavailable: {why}"
    )
}

#[must_use]
pub fn rereading_after_damage() -> String {
    tr!(
        "de snapshot van de dataset is beschadigd of van een andere versie van de RON: de RON wordt opnieuw gelezen…",
        "the dataset's snapshot is damaged or of another version of the RON: reading the RON again…"
    )
}

#[must_use]
pub fn reread_after_damage() -> String {
    tr!(
        "de dataset is opnieuw uit de RON gelezen (de snapshot was beschadigd of van een andere versie)",
        "the dataset was read again from the RON (the snapshot was damaged or of another version)"
    )
}

#[must_use]
pub fn position_broken(why: &str) -> String {
    tr!(
        "vorige plaats niet gelezen ({why}): vers begonnen",
        "last place not read ({why}): started fresh"
    )
}

/// The history of the inputs is unreadable: left as it is, and nothing new kept in it.
#[must_use]
pub fn history_broken(why: &str) -> String {
    tr!(
        "eerdere invoer niet gelezen ({why}): het bestand blijft zoals het is",
        "earlier input not read ({why}): the file is left as it is"
    )
}

/// The notes file was written elsewhere and read again.
pub const NOTES_REREAD: Text = Text::new(
    "notities bijgewerkt: elders gewijzigd (ander venster, woonbeleid note of een teksteditor)",
    "notes brought up to date: changed elsewhere (another window, woonbeleid note or a text editor)",
);

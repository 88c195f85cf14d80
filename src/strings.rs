//! Every word the program shows, in Dutch: the browser and the command line both take
//! them from here. An English variant is a copy of this file.

pub const APP: &str = "woonbeleid";
pub const CITIES: &str = "Steden";
pub const SECTIONS_ACROSS: &str = "Secties";
pub const SECTIONS: &str = "Secties";
pub const TEXT: &str = "Tekst";
pub const NO_DESCRIPTION: &str = "(geen beschrijving)";
pub const ATTACHMENT_MARK: &str = "📎";
pub const ATTACHMENT_NOTE: &str =
    "📎 Dit item heeft een bijlage. De inhoud van de bijlage zit niet in de export.";
pub const TOO_SMALL: &str = "Venster te klein";
pub const NO_CITIES: &str = "(geen steden)";
pub const NO_ITEMS: &str = "(geen items)";
pub const BREADCRUMB_SEPARATOR: &str = " › ";
pub const HELP_TITLE: &str = "Toetsen (Esc sluit)";
pub const LOG_TITLE: &str = "Berichten (Esc sluit)";
pub const RELATED_TITLE: &str = "Verwant aan";
pub const NO_RELATED: &str =
    "Geen verwante teksten in andere steden (een lege tekst, of niets gedeeld).";
pub const RELATED_NOTHING_SELECTED: &str = "geen item gekozen: verwant aan wat?";
pub const RELATED_BUILDING: &str = "verwante teksten: de woorden van alle teksten worden gewogen…";
/// After a message cut to the status line: the whole is in the log.
pub const CUT_TO_LOG: &str = " (M: heel)";
pub const LOG_EMPTY: &str = "Nog niets gezegd in deze sessie.";

/// `1 stad`, `13 steden`: a count with its noun in the right number.
#[must_use]
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[must_use]
pub fn totals(cities: usize, items: usize) -> String {
    format!(
        "{} · {}",
        count(cities, "stad", "steden"),
        count(items, "item", "items")
    )
}

/// `regel 1–34/97`: the rows on screen and how many there are.
#[must_use]
pub fn line_range(first: usize, last: usize, total: usize) -> String {
    if first == last {
        format!("regel {first}/{total}")
    } else {
        format!("regel {first}–{last}/{total}")
    }
}

pub const FILTER_PROMPT: &str = "/ ";
pub const SEARCH_PROMPT: &str = "zoek: ";

#[must_use]
pub fn filter_summary(input: &str) -> String {
    format!("filter: {}", input.trim())
}

/// `zoek: raad · treffer 3/17`, or the count before `n` is pressed.
#[must_use]
pub fn search_summary(input: &str, current: Option<usize>, hits: usize) -> String {
    match current {
        Some(i) => format!("zoek: {} · treffer {i}/{hits}", input.trim()),
        None => format!(
            "zoek: {} · {}",
            input.trim(),
            count(hits, "treffer", "treffers")
        ),
    }
}

#[must_use]
pub fn hits(n: usize) -> String {
    count(n, "treffer", "treffers")
}

#[must_use]
pub fn searching(input: &str) -> String {
    format!("zoek: {} · zoeken…", input.trim())
}

#[must_use]
pub fn narrowed(items: usize, cities: usize) -> String {
    format!(
        "{} in {}",
        count(items, "item", "items"),
        count(cities, "stad", "steden")
    )
}

/// What the first pane says when the filter or search leaves nothing.
#[must_use]
pub fn no_results(filter: &str, search: &str) -> String {
    match (filter.trim(), search.trim()) {
        ("", "") => NO_CITIES.to_owned(),
        (f, "") => format!("Geen titels voor '{f}'. Esc wist de filter."),
        ("", s) => format!("Geen teksten met '{s}'. Esc wist de zoekopdracht."),
        (f, s) => format!("Niets voor filter '{f}' en zoekopdracht '{s}'. Esc wist."),
    }
}

pub const GROUPED_BY_CITY: &str = "per stad";
pub const GROUPED_BY_SECTION: &str = "per sectie";
pub const GRID_TITLE: &str = "Dekking: steden × secties";
pub const GRID_LEGEND: &str = "· ontbreekt  ○ leeg  ◐ kort  ● lang (tekens)";
pub const COMPARE_TITLE: &str = "Naast elkaar";
pub const PANE_HELP: &str = "Hulp";
pub const PANE_BOOKMARKS: &str = "Bladwijzers";
pub const PANE_RELATED: &str = "Verwante teksten";
pub const PANE_NOTE: &str = "Notitie";

/// Accessible mode: where the keys go now.
#[must_use]
pub fn now_in(pane: &str) -> String {
    format!("nu in: {pane}")
}
pub const MARKED_CHANGES: &str = "gemarkeerd: wat de andere tekst niet heeft";
pub const MARKED_OWN: &str = "gemarkeerd: woorden die alleen deze tekst gebruikt";
pub const MARKED_NONE: &str = "te veel teksten om hun eigen woorden te markeren";
pub const SECTION_NOTHING_SELECTED: &str = "geen item gekozen: welke sectie?";
pub const SECTION_NOWHERE_ELSE: &str =
    "deze sectie staat maar bij één stad: niets om naast te zetten";
pub const MARK: &str = "✓";
pub const CITY: &str = "Stad";
pub const CHARACTERS: &str = "tekens";
pub const EMPTY: &str = "leeg";
pub const ATTACHMENT_LEGEND: &str = "het item heeft een bijlage (niet in de export)";
pub const GRID_STEM: &str = "dekking";
pub const COMPARISON_STEM: &str = "vergelijking";
pub const NO_SEARCH: &str = "geen zoekopdracht: s zoekt in de teksten";
pub const NO_JUMP_BACK: &str = "geen eerdere plek om naar terug te springen";
/// Ctrl-o went back; how many places further back are kept.
#[must_use]
pub fn jumped_back(left: usize) -> String {
    if left == 0 {
        "terug gesprongen".to_owned()
    } else {
        format!("terug gesprongen · Ctrl-o nog {left} keer")
    }
}
pub const NO_HITS_SHOWN: &str = "geen treffers in wat de filter toont";
/// `n` on a search that found nothing at all (no filter to blame).
#[must_use]
pub fn no_hits(needle: &str) -> String {
    format!("geen treffers voor '{needle}' in de teksten of je notities")
}
/// `n` went round from the last hit to the first, `N` from the first to the last.
pub const WRAPPED_TO_FIRST: &str = "na de laatste treffer verder bij de eerste";
pub const WRAPPED_TO_LAST: &str = "voor de eerste treffer verder bij de laatste";

#[must_use]
pub fn grid_missing(city: &str, section: &str) -> String {
    format!("{city} heeft geen '{section}'")
}

#[must_use]
pub fn marked(n: usize) -> String {
    format!(
        "{} gemarkeerd · c vergelijkt, e schrijft Markdown",
        count(n, "item", "items")
    )
}

/// The marks, on the status line for as long as there are any.
#[must_use]
pub fn marks_summary(n: usize) -> String {
    format!("{MARK} {n} gemarkeerd")
}

/// Marks kept from the last session, said when they come back.
#[must_use]
pub fn marks_restored(n: usize) -> String {
    format!(
        "{} van de vorige keer gemarkeerd · c vergelijkt, Esc wist de markeringen",
        count(n, "item", "items")
    )
}

#[must_use]
pub fn marks_cleared(n: usize) -> String {
    format!("markering van {} gewist", count(n, "item", "items"))
}

/// The comparison's title when it shows one section in every city that has it.
#[must_use]
pub fn section_everywhere(section: &str, items: usize) -> String {
    format!("{section} in {}", count(items, "tekst", "teksten"))
}

/// Which columns of how many are on screen.
#[must_use]
pub fn columns_shown(first: usize, last: usize, total: usize) -> String {
    if first == last {
        format!("kolom {first}/{total} ←/→")
    } else {
        format!("kolom {first}–{last}/{total} ←/→")
    }
}

#[must_use]
pub fn marks_put_back(n: usize) -> String {
    format!(
        "ongedaan: markering van {} terug",
        count(n, "item", "items")
    )
}

#[must_use]
pub fn bookmark_restored(city: &str, title: &str) -> String {
    format!("ongedaan: bladwijzer terug op {city} › {title}")
}

pub const NOTHING_TO_UNDO: &str = "niets om ongedaan te maken";

#[must_use]
pub fn mark_more(n: usize) -> String {
    format!("markeer minstens twee items met v (nu {n})")
}

#[must_use]
pub fn copied(chars: usize) -> String {
    format!(
        "{} naar het klembord (OSC 52)",
        count(chars, "teken", "tekens")
    )
}

/// The notes file was written elsewhere and read again.
pub const NOTES_REREAD: &str =
    "notities bijgewerkt: elders gewijzigd (ander venster, woonbeleid note of een teksteditor)";

#[must_use]
pub fn write_too_large(bytes: usize, limit: usize) -> String {
    format!(
        "niet geschreven: {} MB is meer dan de {} MB die het venster schrijft; toon minder (/ filter, s zoek, minder markeringen) of gebruik woonbeleid export",
        bytes.div_ceil(1_000_000),
        limit / 1_000_000
    )
}

#[must_use]
pub fn copy_too_large(bytes: usize, limit: usize) -> String {
    format!(
        "niet gekopieerd: {} kB is te groot voor het klembord van een terminal (max {} kB); e schrijft een bestand",
        bytes.div_ceil(1000),
        limit / 1000
    )
}

#[must_use]
pub fn written(path: &str) -> String {
    format!("geschreven: {path}")
}

/// Ctrl-z where nobody could continue the browser: Windows, or a shell without job control.
pub const NO_JOB_CONTROL: &str = "Ctrl-z: onderbreken kan hier niet (geen taakbeheer: Windows, of gestart door een script); q sluit af";

#[must_use]
pub fn write_failed(why: &str) -> String {
    format!("niet geschreven: {why}")
}

#[must_use]
pub fn loading(file: &str, size: &str, elapsed: std::time::Duration) -> String {
    format!(
        "Laden: {file} ({size}) … {:.1} s   (q stopt)",
        elapsed.as_secs_f64()
    )
}

#[must_use]
pub fn importing(file: &str, size: &str) -> String {
    format!("importeren: {file} ({size})")
}

#[must_use]
pub fn loading_plain(file: &str, size: &str) -> String {
    format!("laden: {file} ({size})")
}

/// What each key does, for the help overlay, and its word in the status line's hints.
pub mod keys;

#[must_use]
pub fn log_unwritable(path: &str, error: &std::io::Error) -> String {
    let why = error.to_string();
    let why = why.split(" (os error").next().unwrap_or(&why).to_owned();
    format!("{path}: cannot open the log file: {why}")
}

pub const NOTE_HEADING: &str = "✎ Jouw notitie";
pub const NOTE_MARK: &str = "✎";
pub const BOOKMARK_MARK: &str = "★";
/// Before the selection's name on the status line, where its pane cuts it.
pub const SELECTION_MARK: &str = "▶";
pub const NOTE_EDITOR: &str = "Notitie bij";
pub const NOTE_EDITOR_LEGEND: &str = "Esc bewaart · Ctrl-c verwerpt · F1 hulp";

/// Where the cursor is in the note editor.
#[must_use]
pub fn editor_position(line: usize, lines: usize, column: usize) -> String {
    format!("regel {line}/{lines} · kolom {column}")
}
pub const BOOKMARKS_TITLE: &str = "Bladwijzers (Enter gaat erheen, ' verwijdert, Esc sluit)";
pub const NO_BOOKMARKS: &str = "Nog geen bladwijzers: ' zet er een op het gekozen item.";
pub const ORPHAN: &str = "  (niet meer in de gegevens)";
/// Enter on a bookmark whose item is gone.
pub const ORPHAN_BOOKMARK_GONE: &str =
    "dit item staat niet meer in de gegevens: ' haalt de bladwijzer weg";
/// Enter on a note whose item is gone: it opens to read, and where it can go is said.
pub const ORPHAN_NOTE_GONE: &str = "item niet meer in de gegevens: de notitie hier te lezen (woonbeleid note --move verplaatst ze)";

/// Over a note whose item is gone, opened to read.
#[must_use]
pub fn gone_note_title(place: &str) -> String {
    format!("Notitie bij {place}, niet meer in de gegevens (Esc sluit)")
}
pub const NOTE_SAVED: &str = "notitie bewaard";
pub const NOTE_REMOVED: &str = "notitie gewist";
pub const NOTE_UNCHANGED: &str = "notitie ongewijzigd";
pub const NOTE_DISCARDED: &str = "wijzigingen aan de notitie verworpen";
pub const NOTE_CONFLICT: &str = "notitie bewaard, maar ze was intussen ook elders gewijzigd (een ander venster of een script): beide versies staan erin";

#[must_use]
pub fn bookmark_set(on: bool) -> &'static str {
    if on {
        "bladwijzer gezet"
    } else {
        "bladwijzer weg"
    }
}

/// The user's editor ended badly; `kept`: where what was typed is.
#[must_use]
pub fn editor_failed(editor: &str, status: &str, kept: Option<&str>) -> String {
    match kept {
        Some(path) => format!("{editor} eindigde met {status}; wat je typte staat in {path}"),
        None => format!("{editor} eindigde met {status}"),
    }
}

/// Above the note in `show`.
pub const SHOW_NOTE_HEADING: &str = "Notitie:";

/// `show` could not read the notes: the text comes without them.
#[must_use]
pub fn show_without_notes(why: &str) -> String {
    format!("warning: shown without your notes: {why}")
}

#[must_use]
pub fn note_rescued(why: &str, path: &str) -> String {
    format!("notitie niet bewaard ({why}); de tekst staat in {path}")
}

#[must_use]
pub fn notes_unavailable(why: &str) -> String {
    format!("notities niet beschikbaar: {why}")
}

#[must_use]
pub fn rereading_after_damage() -> String {
    "de snapshot van de dataset is beschadigd of van een andere versie van de RON: de RON wordt opnieuw gelezen…".to_owned()
}

#[must_use]
pub fn reread_after_damage() -> String {
    "de dataset is opnieuw uit de RON gelezen (de snapshot was beschadigd of van een andere versie)"
        .to_owned()
}

#[must_use]
pub fn position_broken(why: &str) -> String {
    format!("vorige plaats niet gelezen ({why}): vers begonnen")
}

/// The history of the inputs is unreadable: left as it is, and nothing new kept in it.
#[must_use]
pub fn history_broken(why: &str) -> String {
    format!("eerdere invoer niet gelezen ({why}): het bestand blijft zoals het is")
}

/// The command line's messages.
pub mod cli;
pub mod files;
pub mod ron;

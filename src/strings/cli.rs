//! What the command line says: its errors, warnings and summaries.

use super::taal::{Text, tr};

/// The last line of a summary cut short: how many lines were left out.
#[must_use]
pub fn more_lines(n: usize) -> String {
    if n == 1 {
        tr!("… en 1 andere regel", "… and 1 more line")
    } else {
        tr!("… en {n} andere regels", "… and {n} more lines")
    }
}

/// A JSON text field the import uses that JSON itself cannot read (a lone surrogate).
#[must_use]
pub fn unreadable_text(why: &str) -> String {
    // serde_json places its reason in the field's own text, which says nothing here; and
    // says a lone surrogate in its own terms ("unexpected end of hex escape").
    let why = why.split(" at line ").next().unwrap_or(why);
    let why = if why.contains("surrogate") || why.contains("hex escape") {
        tr!(
            "een \\u-escape die geen teken is: de helft van een surrogaatpaar",
            "a \\u escape that is no character: half of a surrogate pair"
        )
    } else {
        why.to_owned()
    };
    tr!(
        "tekst die geen geldige JSON is ({why})",
        "text that is not valid JSON ({why})"
    )
}

/// After the names a message lists, how many it left out.
#[must_use]
pub fn more_names(n: usize) -> String {
    tr!("+{n} andere", "+{n} more")
}

/// A snapshot could not be kept in the cache folder `folder`, at the step and for the
/// reason in `why`.
#[must_use]
pub fn snapshot_unkept(folder: &str, why: &str) -> String {
    tr!(
        "geen snapshot bewaard in {folder}: {why}; de RON wordt elke keer gelezen",
        "no snapshot kept in {folder}: {why}; the RON is read every time"
    )
}

pub const SNAPSHOT_FOLDER: Text = Text::new(
    "de map kan niet worden gemaakt",
    "the folder cannot be made",
);
pub const SNAPSHOT_TEMPORARY: Text = Text::new(
    "er kan geen tijdelijk bestand in worden gemaakt",
    "no temporary file can be made in it",
);
pub const SNAPSHOT_CLAIM: Text = Text::new(
    "het tijdelijke bestand kan niet worden vergrendeld",
    "the temporary file cannot be locked",
);
pub const SNAPSHOT_WRITE: Text = Text::new(
    "de snapshot kan niet worden geschreven",
    "the snapshot cannot be written",
);
pub const SNAPSHOT_RENAME: Text = Text::new(
    "de snapshot kan niet op zijn plaats worden gezet",
    "the snapshot cannot be put in its place",
);

/// `import - -`: standard input can be read once.
pub const STDIN_TWICE: Text = Text::new(
    "'-' (standaardinvoer) staat er meer dan eens: die kan maar één keer worden gelezen",
    "'-' (standard input) is given more than once: it can be read only once",
);

/// `note` on a city the dataset does not have, with the one most like it, if any is.
#[must_use]
pub fn unknown_city(wanted: &str, like: Option<&str>) -> String {
    match like {
        Some(name) => tr!(
            "geen stad '{wanted}'; bedoelt u '{name}'?",
            "no city '{wanted}'; did you mean '{name}'?"
        ),
        None => tr!(
            "geen stad '{wanted}', en geen die erop lijkt",
            "no city '{wanted}', and none like it"
        ),
    }
}

/// A title `city` does not have, with the one most like it, if any is.
#[must_use]
pub fn unknown_title(city: &str, wanted: &str, like: Option<&str>) -> String {
    match like {
        Some(name) => tr!(
            "geen titel '{wanted}' in {city}; bedoelt u '{name}'?",
            "no title '{wanted}' in {city}; did you mean '{name}'?"
        ),
        None => tr!(
            "geen titel '{wanted}' in {city}, en geen die erop lijkt (`woonbeleid show {city}` toont ze alle)",
            "no title '{wanted}' in {city}, and none like it (`woonbeleid show {city}` shows them all)"
        ),
    }
}

/// `note --move` from a title with nothing to move, and one like it that has something.
#[must_use]
pub fn unknown_moved(city: &str, wanted: &str, like: &str) -> String {
    tr!(
        "geen notitie of bladwijzer op '{wanted}' in {city}; bedoelt u '{like}'?",
        "no note or bookmark on '{wanted}' in {city}; did you mean '{like}'?"
    )
}

/// `note --move` from a title with nothing to move, and none like it: what there is.
#[must_use]
pub fn nothing_like_moved(city: &str, wanted: &str, listed: &str) -> String {
    tr!(
        "geen notitie of bladwijzer op '{wanted}' in {city}; wel op: {listed}",
        "no note or bookmark on '{wanted}' in {city}; there are on: {listed}"
    )
}

/// `note --move` in a city with no note or bookmark at all.
#[must_use]
pub fn nothing_to_move_in(city: &str) -> String {
    tr!(
        "geen notitie of bladwijzer in {city} om te verplaatsen",
        "no note or bookmark in {city} to move"
    )
}

/// `note --move` from a place whose note went meanwhile.
#[must_use]
pub fn nothing_to_move(place: &str) -> String {
    tr!(
        "geen notitie of bladwijzer op {place} om te verplaatsen",
        "no note or bookmark on {place} to move"
    )
}

/// `note --move` onto a place that had a note of its own: both are kept.
#[must_use]
pub fn moved_beside(place: &str, from: &str) -> String {
    let marker = super::notes::moved_from(from);
    tr!(
        "{place} had al een notitie: beide blijven, de verplaatste eronder, na '{marker}'",
        "{place} had a note already: both stay, the moved one below it, after '{marker}'"
    )
}

/// `diff --embedded OLD NEW`: the embedded dataset is OLD, so one file is all it takes.
pub const DIFF_EMBEDDED_ONE_FILE: Text = Text::new(
    "`diff --embedded` neemt één bestand: NEW.ron, te vergelijken met de ingebouwde gegevens",
    "`diff --embedded` takes one file: NEW.ron, to compare with the embedded data",
);

/// `note CITY TITLE EXTRA` without `--move`: the third name would be ignored.
#[must_use]
pub fn stray_note_argument(stray: &str) -> String {
    tr!(
        "'{stray}' erbij: `note` neemt een stad en een titel; een nieuwe titel alleen met --move",
        "'{stray}' too many: `note` takes a city and a title; a new title only with --move"
    )
}

/// `--data` given to a command that reads only the files it names (`diff`, `import`).
#[must_use]
pub fn data_unused(command: &str) -> String {
    tr!(
        "--data zegt niets aan `{command}`: die leest alleen de bestanden die hij krijgt",
        "--data means nothing to `{command}`: it reads only the files it is given"
    )
}

/// `--data` (or `diff`) given an export rather than a dataset.
pub const AN_EXPORT: Text = Text::new(
    "dit is een export, geen dataset: importeer het eerst met `woonbeleid import …`",
    "this is an export, not a dataset: import it first with `woonbeleid import …`",
);

/// How to make a dataset of the export `name` (never over the export itself).
#[must_use]
pub fn import_first(name: &str) -> String {
    let path = std::path::Path::new(name);
    let ron = if path.extension().is_some_and(|x| x == "ron") {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        path.with_file_name(format!("{stem}-dataset.ron"))
    } else {
        path.with_extension("ron")
    };
    let ron = ron.display();
    tr!(
        "woonbeleid import {name} -o {ron} maakt er een dataset van",
        "woonbeleid import {name} -o {ron} makes a dataset of it"
    )
}

/// Which item of an export, by SharePoint's id, where a line alone does not say (a JSON
/// page on one line).
#[must_use]
pub fn item_id(id: u64) -> String {
    tr!("item met Id {id}", "item with Id {id}")
}

/// The words of `diff` and of what `import -o` says it changed.
pub mod diff {
    use super::super::taal::{Text, tr};

    pub const NO_CHANGES: Text = Text::new("geen wijzigingen", "no changes");
    pub const CHAPTER: Text = Text::new("hoofdstuk:", "chapter:");
    pub const CITY: Text = Text::new("stad", "city");
    pub const ATTACHMENT_ADDED: Text = Text::new("bijlage toegevoegd", "attachment added");
    pub const ATTACHMENT_REMOVED: Text = Text::new("bijlage verwijderd", "attachment removed");

    /// `3 items toegevoegd, 1 verwijderd, 2 gewijzigd` (`added` already counted).
    #[must_use]
    pub fn counted(added: &str, removed: usize, changed: Option<usize>) -> String {
        match changed {
            Some(changed) => tr!(
                "{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd",
                "{added} added, {removed} removed, {changed} changed"
            ),
            None => tr!(
                "{added} toegevoegd, {removed} verwijderd",
                "{added} added, {removed} removed"
            ),
        }
    }

    /// `1 regel verschilt`, `2 regels verschillen`.
    #[must_use]
    pub fn lines_differ(n: usize) -> String {
        if n == 1 {
            tr!("1 regel verschilt", "1 line differs")
        } else {
            tr!("{n} regels verschillen", "{n} lines differ")
        }
    }
}

/// No cache folder could be found (no home, no `WOONBELEID_CACHE`).
pub const NO_CACHE_FOLDER: Text = Text::new(
    "geen cachemap: de RON wordt elke keer gelezen",
    "no cache folder: the RON is read every time",
);

/// A snapshot that failed while a command read it: the command ran again on the RON.
#[must_use]
pub fn read_again(why: &str) -> String {
    tr!(
        "{why}: opnieuw uit de RON gelezen",
        "{why}: read again from the RON"
    )
}

/// The browser asked for with standard output not a terminal (a pipe, a file).
pub const NOT_A_TERMINAL: Text = Text::new(
    "standaarduitvoer is geen terminal: 'woonbeleid export' drukt de dataset af",
    "standard output is not a terminal: 'woonbeleid export' prints the dataset",
);

/// A read-only `notes.ron`: the user's way of saying "leave it".
pub const NOTES_READ_ONLY: Text = Text::new(
    "het is alleen-lezen; er is niets geschreven",
    "it is read-only; nothing was written",
);

/// A search thread ended without its rows (it panicked): cannot happen.
pub const SEARCH_THREAD_STOPPED: Text = Text::new(
    "een zoekdraad stopte zonder antwoord",
    "a search thread stopped without an answer",
);

/// The dataset an import replaces could not be read: the import went on, unsummarised.
#[must_use]
pub fn replaced_unreadable(name: &str, why: &str) -> String {
    tr!(
        "{name}: de vervangen dataset kon niet gelezen worden ({why}): geen overzicht van wat veranderde",
        "{name}: the replaced dataset could not be read ({why}): no summary of what changed"
    )
}

/// The dataset an import replaces is too large to compare on the way.
#[must_use]
pub fn replaced_too_large(name: &str) -> String {
    tr!(
        "{name}: groter dan 32 MiB, dus niet vergeleken (bewaar een kopie en 'woonbeleid diff OUD NIEUW' toont wat veranderde)",
        "{name}: larger than 32 MiB, so not compared (keep a copy and 'woonbeleid diff OLD NEW' shows what changed)"
    )
}

/// `woonbeleid --version`: the program, and the dataset with where it came from.
#[must_use]
pub fn version(
    program: &str,
    dataset: &str,
    cities: usize,
    items: usize,
    chapter: &str,
    sources: &str,
) -> String {
    let cities = match cities {
        1 => tr!("1 stad", "1 city"),
        n => tr!("{n} steden", "{n} cities"),
    };
    let items = match items {
        1 => tr!("1 item", "1 item"),
        n => tr!("{n} items", "{n} items"),
    };
    tr!(
        "woonbeleid {program}\ndataset: {dataset}: {cities}, {items}\nhoofdstuk: {chapter}\ngeïmporteerd uit: {sources}\n",
        "woonbeleid {program}\ndataset: {dataset}: {cities}, {items}\nchapter: {chapter}\nimported from: {sources}\n"
    )
}
/// Writing the output failed, and why.
#[must_use]
pub fn stdout_unwritable(why: &str) -> String {
    tr!(
        "standaarduitvoer kan niet worden geschreven: {why}",
        "standard output cannot be written: {why}"
    )
}

pub const SNAPSHOT_CHANGED: Text = Text::new(
    "de snapshot van de dataset veranderde terwijl hij werd gelezen",
    "the dataset's snapshot changed while it was read",
);
pub const SNAPSHOT_OF_ANOTHER: Text = Text::new(
    "de snapshot van de dataset is van een andere versie ervan gemaakt",
    "the dataset's snapshot was made from another version of it",
);

/// Something that cannot happen did.
#[must_use]
pub fn internal(what: &str) -> String {
    tr!("interne fout: {what}", "internal error: {what}")
}

/// The third column of `notes` and `bookmarks` for one whose item is gone.
pub const ORPHAN_COLUMN: Text = Text::new("wees", "orphan");

pub const EMBEDDED_DATASET: Text = Text::new("(ingebouwde dataset)", "(embedded dataset)");
pub const NOT_RECORDED: Text = Text::new("(niet bijgehouden)", "(not recorded)");

pub const INPUT_REFUSED: Text = Text::new("de invoer wordt geweigerd", "the input is refused");
pub const BINARY_DATA: Text = Text::new(
    "binaire gegevens: dit is geen tekstexport van de lijst",
    "binary data: this is not a text export of the list",
);
pub const STDOUT_CLOSED: Text = Text::new("die is gesloten", "it is closed");
pub const ORPHAN_MARK: Text = Text::new(
    " (wees: het item staat niet meer in de gegevens)",
    " (orphan: the item is no longer in the data)",
);
pub const BOOKMARKS_HEADING: Text = Text::new("# Bladwijzers\n\n", "# Bookmarks\n\n");
pub const NOTES_HEADING: Text = Text::new("# Notities\n\n", "# Notes\n\n");
pub const SECTION_NEEDS_MD: Text = Text::new(
    "--section hoort bij --format md",
    "--section goes with --format md",
);
#[must_use]
pub fn no_section(title: &str, known: &str) -> String {
    tr!(
        "geen sectie '{title}'; de secties: {known}",
        "no section '{title}'; sections: {known}"
    )
}
#[must_use]
pub fn two_notes(place: &str) -> String {
    tr!(
        "twee verschillende notities voor {place}: voeg ze samen tot één",
        "two different notes for {place}: merge them into one"
    )
}

// The Markdown export's own words (the data's stay as they are).
pub const MD_NO_DESCRIPTION: Text =
    Text::new("*(geen beschrijving)*\n\n", "*(no description)*\n\n");
pub const MD_ATTACHMENT: Text = Text::new(
    "*Bijlage: de inhoud staat niet in de export.*\n\n",
    "*Attachment: its content is not in the export.*\n\n",
);
#[must_use]
pub fn md_without_section(cities: &str) -> String {
    tr!(
        "*Zonder deze sectie: {cities}.*",
        "*Without this section: {cities}.*"
    )
}

// Writing the dataset through its writing thread.
pub const WRITER_FINISHED: Text = Text::new("al afgesloten", "already finished");
pub const WRITER_FAILED: Text = Text::new(
    "de schrijvende thread liep mis",
    "the writing thread failed",
);

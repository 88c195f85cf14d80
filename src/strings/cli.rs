//! What the command line says: its errors, warnings and summaries, in Dutch.

/// The last line of a summary cut short: how many lines were left out.
#[must_use]
pub fn more_lines(n: usize) -> String {
    let noun = if n == 1 { "regel" } else { "regels" };
    format!("… en {n} andere {noun}")
}

/// A JSON text field the import uses that JSON itself cannot read (a lone surrogate).
#[must_use]
pub fn unreadable_text(why: &str) -> String {
    // serde_json places its reason in the field's own text, which says nothing here.
    let why = why.split(" at line ").next().unwrap_or(why);
    format!("tekst die geen geldige JSON is ({why})")
}

/// After the names a message lists, how many it left out.
#[must_use]
pub fn more_names(n: usize) -> String {
    format!("+{n} andere")
}

/// A snapshot could not be kept in the cache folder `folder`, at the step and for the
/// reason in `why`.
#[must_use]
pub fn snapshot_unkept(folder: &str, why: &str) -> String {
    format!("geen snapshot bewaard in {folder}: {why}; de RON wordt elke keer gelezen")
}

pub const SNAPSHOT_FOLDER: &str = "de map kan niet worden gemaakt";
pub const SNAPSHOT_TEMPORARY: &str = "er kan geen tijdelijk bestand in worden gemaakt";
pub const SNAPSHOT_CLAIM: &str = "het tijdelijke bestand kan niet worden vergrendeld";
pub const SNAPSHOT_WRITE: &str = "de snapshot kan niet worden geschreven";
pub const SNAPSHOT_RENAME: &str = "de snapshot kan niet op zijn plaats worden gezet";

/// `import - -`: standard input can be read once.
pub const STDIN_TWICE: &str =
    "'-' (standaardinvoer) staat er meer dan eens: die kan maar één keer worden gelezen";

/// `note` on a city the dataset does not have, with the one most like it, if any is.
#[must_use]
pub fn unknown_city(wanted: &str, like: Option<&str>) -> String {
    match like {
        Some(name) => format!("geen stad '{wanted}'; bedoelt u '{name}'?"),
        None => format!("geen stad '{wanted}', en geen die erop lijkt"),
    }
}

/// A title `city` does not have, with the one most like it, if any is.
#[must_use]
pub fn unknown_title(city: &str, wanted: &str, like: Option<&str>) -> String {
    match like {
        Some(name) => format!("geen titel '{wanted}' in {city}; bedoelt u '{name}'?"),
        None => format!(
            "geen titel '{wanted}' in {city}, en geen die erop lijkt (`woonbeleid show {city}` toont ze alle)"
        ),
    }
}

/// `note --move` from a title with nothing to move, and one like it that has something.
#[must_use]
pub fn unknown_moved(city: &str, wanted: &str, like: &str) -> String {
    format!("geen notitie of bladwijzer op '{wanted}' in {city}; bedoelt u '{like}'?")
}

/// `note --move` from a title with nothing to move, and none like it: what there is.
#[must_use]
pub fn nothing_like_moved(city: &str, wanted: &str, listed: &str) -> String {
    format!("geen notitie of bladwijzer op '{wanted}' in {city}; wel op: {listed}")
}

/// `note --move` in a city with no note or bookmark at all.
#[must_use]
pub fn nothing_to_move_in(city: &str) -> String {
    format!("geen notitie of bladwijzer in {city} om te verplaatsen")
}

/// `note --move` from a place whose note went meanwhile.
#[must_use]
pub fn nothing_to_move(place: &str) -> String {
    format!("geen notitie of bladwijzer op {place} om te verplaatsen")
}

/// `note --move` onto a place that had a note of its own: both are kept.
#[must_use]
pub fn moved_beside(place: &str, from: &str) -> String {
    format!(
        "{place} had al een notitie: beide blijven, de verplaatste eronder, na '<<<<<<< verplaatst van '{from}':'"
    )
}

/// `diff --embedded OLD NEW`: the embedded dataset is OLD, so one file is all it takes.
pub const DIFF_EMBEDDED_ONE_FILE: &str =
    "`diff --embedded` neemt één bestand: NEW.ron, te vergelijken met de ingebouwde gegevens";

/// `note CITY TITLE EXTRA` without `--move`: the third name would be ignored.
#[must_use]
pub fn stray_note_argument(stray: &str) -> String {
    format!(
        "'{stray}' erbij: `note` neemt een stad en een titel; een nieuwe titel alleen met --move"
    )
}

/// `--data` given to a command that reads only the files it names (`diff`, `import`).
#[must_use]
pub fn data_unused(command: &str) -> String {
    format!("--data zegt niets aan `{command}`: die leest alleen de bestanden die hij krijgt")
}

/// `--data` (or `diff`) given an export rather than a dataset.
pub const AN_EXPORT: &str =
    "dit is een export, geen dataset: importeer het eerst met `woonbeleid import …`";

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
    format!(
        "woonbeleid import {name} -o {} maakt er een dataset van",
        ron.display()
    )
}

/// Which item of an export, by SharePoint's id, where a line alone does not say (a JSON
/// page on one line).
#[must_use]
pub fn item_id(id: u64) -> String {
    format!("item met Id {id}")
}

/// The words of `diff` and of what `import -o` says it changed.
pub mod diff {
    pub const NO_CHANGES: &str = "geen wijzigingen";
    pub const CHAPTER: &str = "hoofdstuk:";
    pub const CITY: &str = "stad";
    pub const ATTACHMENT_ADDED: &str = "bijlage toegevoegd";
    pub const ATTACHMENT_REMOVED: &str = "bijlage verwijderd";

    /// `3 items toegevoegd, 1 verwijderd, 2 gewijzigd` (`added` already counted).
    #[must_use]
    pub fn counted(added: &str, removed: usize, changed: Option<usize>) -> String {
        match changed {
            Some(changed) => {
                format!("{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd")
            }
            None => format!("{added} toegevoegd, {removed} verwijderd"),
        }
    }

    /// `1 regel verschilt`, `2 regels verschillen`.
    #[must_use]
    pub fn lines_differ(n: usize) -> String {
        if n == 1 {
            "1 regel verschilt".to_owned()
        } else {
            format!("{n} regels verschillen")
        }
    }
}

/// No cache folder could be found (no home, no `WOONBELEID_CACHE`).
pub const NO_CACHE_FOLDER: &str = "geen cachemap: de RON wordt elke keer gelezen";

/// A snapshot that failed while a command read it: the command ran again on the RON.
#[must_use]
pub fn read_again(why: &str) -> String {
    format!("{why}: opnieuw uit de RON gelezen")
}

/// The browser asked for with standard output not a terminal (a pipe, a file).
pub const NOT_A_TERMINAL: &str =
    "standaarduitvoer is geen terminal: 'woonbeleid export' drukt de dataset af";

/// A read-only `notes.ron`: the user's way of saying "leave it".
pub const NOTES_READ_ONLY: &str = "het is alleen-lezen; er is niets geschreven";

/// A search thread ended without its rows (it panicked): cannot happen.
pub const SEARCH_THREAD_STOPPED: &str = "een zoekdraad stopte zonder antwoord";

/// The dataset an import replaces could not be read: the import went on, unsummarised.
#[must_use]
pub fn replaced_unreadable(name: &str, why: &str) -> String {
    format!(
        "{name}: de vervangen dataset kon niet gelezen worden ({why}): geen overzicht van wat veranderde"
    )
}

/// The dataset an import replaces is too large to compare on the way.
#[must_use]
pub fn replaced_too_large(name: &str) -> String {
    format!(
        "{name}: groter dan 32 MiB, dus niet vergeleken (bewaar een kopie en 'woonbeleid diff OUD NIEUW' toont wat veranderde)"
    )
}

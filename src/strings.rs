//! Every word the program shows, in Dutch and in English: the browser and the command line
//! both take them from here, in the language `taal` chose for the run. Data (titles, texts,
//! city and section names) is never translated.

pub mod taal;
pub(crate) use taal::tr;
pub use taal::{Taal, Text, set, speaking, taal};

pub const APP: &str = "woonbeleid";

/// A line on stderr saying what went wrong: `fout: …`, `error: …`.
#[must_use]
pub fn error_line(message: &str) -> String {
    tr!("fout: {message}", "error: {message}")
}

/// A line on stderr saying what the user should know, though the command went on.
#[must_use]
pub fn warning_line(message: &str) -> String {
    tr!("waarschuwing: {message}", "warning: {message}")
}
pub const CITIES: Text = Text::new("Steden", "Cities");
pub const SECTIONS_ACROSS: Text = Text::new("Secties", "Sections");
pub const SECTIONS: Text = Text::new("Secties", "Sections");
pub const TEXT: Text = Text::new("Tekst", "Text");
pub const NO_DESCRIPTION: Text = Text::new("(geen beschrijving)", "(no description)");
pub const ATTACHMENT_MARK: &str = "📎";
pub const ATTACHMENT_NOTE: Text = Text::new(
    "📎 Dit item heeft een bijlage. De inhoud van de bijlage zit niet in de export.",
    "📎 This item has an attachment. What the attachment holds is not in the export.",
);
pub const TOO_SMALL: Text = Text::new("Venster te klein", "Window too small");
pub const NO_CITIES: Text = Text::new("(geen steden)", "(no cities)");
pub const NO_ITEMS: Text = Text::new("(geen items)", "(no items)");
pub const BREADCRUMB_SEPARATOR: &str = " › ";
pub const HELP_TITLE: Text = Text::new("Toetsen (Esc sluit)", "Keys (Esc closes)");
pub const LOG_TITLE: Text = Text::new("Berichten (Esc sluit)", "Messages (Esc closes)");
pub const RELATED_TITLE: Text = Text::new("Verwant aan", "Related to");
pub const NO_RELATED: Text = Text::new(
    "Geen verwante teksten in andere steden (een lege tekst, of niets gedeeld).",
    "No related texts in other cities (an empty text, or nothing shared).",
);
pub const RELATED_NOTHING_SELECTED: Text = Text::new(
    "geen item gekozen: verwant aan wat?",
    "no item selected: related to what?",
);
pub const RELATED_BUILDING: Text = Text::new(
    "verwante teksten: de woorden van alle teksten worden gewogen…",
    "related texts: weighing the words of every text…",
);
/// After a message cut to the status line: the whole is in the log.
pub const CUT_TO_LOG: Text = Text::new(" (M: heel)", " (M: whole)");
pub const LOG_EMPTY: Text = Text::new(
    "Nog niets gezegd in deze sessie.",
    "Nothing said yet in this session.",
);

/// A noun in its two numbers, for `count`.
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub one: Text,
    pub many: Text,
}

pub const CITY_NOUN: Noun = Noun {
    one: Text::new("stad", "city"),
    many: Text::new("steden", "cities"),
};
pub const ITEM_NOUN: Noun = Noun {
    one: Text::new("item", "item"),
    many: Text::new("items", "items"),
};
pub const HIT_NOUN: Noun = Noun {
    one: Text::new("treffer", "hit"),
    many: Text::new("treffers", "hits"),
};
pub const TEXT_NOUN: Noun = Noun {
    one: Text::new("tekst", "text"),
    many: Text::new("teksten", "texts"),
};
pub const CHARACTER_NOUN: Noun = Noun {
    one: Text::new("teken", "character"),
    many: Text::new("tekens", "characters"),
};
pub const LINE_NOUN: Noun = Noun {
    one: Text::new("regel", "line"),
    many: Text::new("regels", "lines"),
};

/// `1 stad`, `13 steden`: a count with its noun in the right number.
#[must_use]
pub fn count(n: usize, noun: Noun) -> String {
    format!("{n} {}", if n == 1 { noun.one } else { noun.many })
}

#[must_use]
pub fn totals(cities: usize, items: usize) -> String {
    format!("{} · {}", count(cities, CITY_NOUN), count(items, ITEM_NOUN))
}

/// `regel 1–34/97`: the rows on screen and how many there are.
#[must_use]
pub fn line_range(first: usize, last: usize, total: usize) -> String {
    if first == last {
        tr!("regel {first}/{total}", "line {first}/{total}")
    } else {
        tr!(
            "regel {first}–{last}/{total}",
            "lines {first}–{last}/{total}"
        )
    }
}

pub const FILTER_PROMPT: &str = "/ ";
pub const SEARCH_PROMPT: Text = Text::new("zoek: ", "search: ");

#[must_use]
pub fn filter_summary(input: &str) -> String {
    format!("filter: {}", input.trim())
}

/// `zoek: raad · treffer 3/17`, or the count before `n` is pressed.
#[must_use]
pub fn search_summary(input: &str, current: Option<usize>, hits: usize) -> String {
    let input = input.trim();
    match current {
        Some(i) => tr!(
            "zoek: {input} · treffer {i}/{hits}",
            "search: {input} · hit {i}/{hits}"
        ),
        None => format!("{SEARCH_PROMPT}{input} · {}", count(hits, HIT_NOUN)),
    }
}

#[must_use]
pub fn hits(n: usize) -> String {
    count(n, HIT_NOUN)
}

#[must_use]
pub fn searching(input: &str) -> String {
    let input = input.trim();
    tr!("zoek: {input} · zoeken…", "search: {input} · searching…")
}

#[must_use]
pub fn narrowed(items: usize, cities: usize) -> String {
    let (items, cities) = (count(items, ITEM_NOUN), count(cities, CITY_NOUN));
    tr!("{items} in {cities}", "{items} in {cities}")
}

/// What the first pane says when the filter or search leaves nothing.
#[must_use]
pub fn no_results(filter: &str, search: &str) -> String {
    match (filter.trim(), search.trim()) {
        ("", "") => NO_CITIES.into(),
        (f, "") => tr!(
            "Geen titels voor '{f}'. Esc wist de filter.",
            "No titles for '{f}'. Esc clears the filter."
        ),
        ("", s) => tr!(
            "Geen teksten met '{s}'. Esc wist de zoekopdracht.",
            "No texts with '{s}'. Esc clears the search."
        ),
        (f, s) => tr!(
            "Niets voor filter '{f}' en zoekopdracht '{s}'. Esc wist.",
            "Nothing for filter '{f}' and search '{s}'. Esc clears."
        ),
    }
}

pub const GROUPED_BY_CITY: Text = Text::new("per stad", "by city");
pub const GROUPED_BY_SECTION: Text = Text::new("per sectie", "by section");
pub const GRID_TITLE: Text = Text::new("Dekking: steden × secties", "Coverage: cities × sections");
pub const GRID_LEGEND: Text = Text::new(
    "· ontbreekt  ○ leeg  ◐ kort  ● lang (tekens)",
    "· missing  ○ empty  ◐ short  ● long (characters)",
);
pub const COMPARE_TITLE: Text = Text::new("Naast elkaar", "Side by side");
pub const PANE_HELP: Text = Text::new("Hulp", "Help");
pub const PANE_BOOKMARKS: Text = Text::new("Bladwijzers", "Bookmarks");
pub const PANE_RELATED: Text = Text::new("Verwante teksten", "Related texts");
pub const PANE_NOTE: Text = Text::new("Notitie", "Note");

/// Accessible mode: where the keys go now.
#[must_use]
pub fn now_in(pane: &str) -> String {
    tr!("nu in: {pane}", "now in: {pane}")
}
pub const MARKED_CHANGES: Text = Text::new(
    "gemarkeerd: wat de andere tekst niet heeft",
    "marked: what the other text does not have",
);
pub const MARKED_OWN: Text = Text::new(
    "gemarkeerd: woorden die alleen deze tekst gebruikt",
    "marked: words only this text uses",
);
pub const MARKED_NONE: Text = Text::new(
    "te veel teksten om hun eigen woorden te markeren",
    "too many texts to mark their own words",
);
pub const SECTION_NOTHING_SELECTED: Text = Text::new(
    "geen item gekozen: welke sectie?",
    "no item selected: which section?",
);
pub const SECTION_NOWHERE_ELSE: Text = Text::new(
    "deze sectie staat maar bij één stad: niets om naast te zetten",
    "only one city has this section: nothing to set beside it",
);
pub const MARK: &str = "✓";
pub const CITY: Text = Text::new("Stad", "City");
pub const CHARACTERS: Text = Text::new("tekens", "characters");
pub const EMPTY: Text = Text::new("leeg", "empty");
pub const ATTACHMENT_LEGEND: Text = Text::new(
    "het item heeft een bijlage (niet in de export)",
    "the item has an attachment (not in the export)",
);
pub const GRID_STEM: Text = Text::new("dekking", "coverage");
pub const COMPARISON_STEM: Text = Text::new("vergelijking", "comparison");
pub const NO_SEARCH: Text = Text::new(
    "geen zoekopdracht: s zoekt in de teksten",
    "no search: s searches the texts",
);
pub const NO_JUMP_BACK: Text = Text::new(
    "geen eerdere plek om naar terug te springen",
    "no earlier place to jump back to",
);
/// Ctrl-o went back; how many places further back are kept.
#[must_use]
pub fn jumped_back(left: usize) -> String {
    if left == 0 {
        tr!("terug gesprongen", "jumped back")
    } else {
        tr!(
            "terug gesprongen · Ctrl-o nog {left} keer",
            "jumped back · Ctrl-o {left} more times"
        )
    }
}
pub const NO_HITS_SHOWN: Text = Text::new(
    "geen treffers in wat de filter toont",
    "no hits in what the filter shows",
);
/// `n` on a search that found nothing at all (no filter to blame).
#[must_use]
pub fn no_hits(needle: &str) -> String {
    tr!(
        "geen treffers voor '{needle}' in de teksten of je notities",
        "no hits for '{needle}' in the texts or your notes"
    )
}
/// `n` went round from the last hit to the first, `N` from the first to the last.
pub const WRAPPED_TO_FIRST: Text = Text::new(
    "na de laatste treffer verder bij de eerste",
    "past the last hit, on from the first",
);
pub const WRAPPED_TO_LAST: Text = Text::new(
    "voor de eerste treffer verder bij de laatste",
    "before the first hit, on from the last",
);

#[must_use]
pub fn grid_missing(city: &str, section: &str) -> String {
    tr!("{city} heeft geen '{section}'", "{city} has no '{section}'")
}

#[must_use]
pub fn marked(n: usize) -> String {
    let items = count(n, ITEM_NOUN);
    tr!(
        "{items} gemarkeerd · c vergelijkt, e schrijft Markdown",
        "{items} marked · c compares, e writes Markdown"
    )
}

/// The marks, on the status line for as long as there are any.
#[must_use]
pub fn marks_summary(n: usize) -> String {
    tr!("{MARK} {n} gemarkeerd", "{MARK} {n} marked")
}

/// Marks kept from the last session, said when they come back.
#[must_use]
pub fn marks_restored(n: usize) -> String {
    let items = count(n, ITEM_NOUN);
    tr!(
        "{items} van de vorige keer gemarkeerd · c vergelijkt, Esc wist de markeringen",
        "{items} marked last time · c compares, Esc clears the marks"
    )
}

#[must_use]
pub fn marks_cleared(n: usize) -> String {
    let items = count(n, ITEM_NOUN);
    tr!("markering van {items} gewist", "marks of {items} cleared")
}

/// The comparison's title when it shows one section in every city that has it.
#[must_use]
pub fn section_everywhere(section: &str, items: usize) -> String {
    format!("{section} in {}", count(items, TEXT_NOUN))
}

/// Which columns of how many are on screen.
#[must_use]
pub fn columns_shown(first: usize, last: usize, total: usize) -> String {
    if first == last {
        tr!("kolom {first}/{total} ←/→", "column {first}/{total} ←/→")
    } else {
        tr!(
            "kolom {first}–{last}/{total} ←/→",
            "columns {first}–{last}/{total} ←/→"
        )
    }
}

#[must_use]
pub fn marks_put_back(n: usize) -> String {
    let items = count(n, ITEM_NOUN);
    tr!(
        "ongedaan: markering van {items} terug",
        "undone: marks of {items} back"
    )
}

#[must_use]
pub fn bookmark_restored(city: &str, title: &str) -> String {
    tr!(
        "ongedaan: bladwijzer terug op {city} › {title}",
        "undone: bookmark back on {city} › {title}"
    )
}

pub const NOTHING_TO_UNDO: Text = Text::new("niets om ongedaan te maken", "nothing to undo");

#[must_use]
pub fn mark_more(n: usize) -> String {
    tr!(
        "markeer minstens twee items met v (nu {n})",
        "mark at least two items with v (now {n})"
    )
}

/// What the browser copies, writes and loads.
mod writes;
pub use writes::*;

/// What each key does, for the help overlay, and its word in the status line's hints.
pub mod keys;

/// Notes, bookmarks and the session's own files, in the browser.
mod own;
pub use own::*;

/// The command line's messages.
pub mod cli;
pub mod config;
pub mod files;
pub mod import;
pub mod notes;
pub mod ron;
pub mod snapshot;
pub mod usage;

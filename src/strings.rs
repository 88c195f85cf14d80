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
pub const HELP_TITLE: &str = "Toetsen (? of Esc sluit)";

#[must_use]
pub fn totals(cities: usize, items: usize) -> String {
    format!("{cities} steden · {items} items")
}

#[must_use]
pub fn line_position(first: usize, total: usize) -> String {
    format!("regel {first}/{total}")
}

/// Key hints for the status line, per focused pane.
pub const HINTS_CITIES: &str =
    "j/k kies · l/Enter verder · / filter · s zoek · b per stad/sectie · m raster · ? hulp";
pub const HINTS_SECTIONS: &str =
    "j/k item · h/l dicht/open · =/- alles · J/K tekst · / filter · s zoek · n/N treffer · ? hulp";
pub const HINTS_TEXT: &str =
    "j/k scrollen · PgUp/PgDn pagina · g/G begin/einde · h terug · n/N treffer · ? hulp";

/// The help overlay: key, what it does.
pub const HELP: &[(&str, &str)] = &[
    ("↑/↓  j/k", "vorige/volgende (in Tekst: scrollen)"),
    ("g/G  Home/End", "naar begin/einde"),
    ("PgUp/PgDn", "pagina omhoog/omlaag"),
    ("Ctrl-u/Ctrl-d", "halve pagina omhoog/omlaag"),
    ("←/h", "knoop dichtklappen, anders paneel links"),
    ("→/l", "knoop openklappen, anders paneel rechts"),
    ("Enter  Space", "knoop open/dicht (uitvouwen/samenvouwen)"),
    ("=  -", "alle knopen open / alle knopen dicht"),
    ("Tab  Shift-Tab", "volgend/vorig paneel"),
    ("1 2 3", "Steden / Secties / Tekst"),
    ("J/K  Shift-↑/↓", "tekst scrollen vanuit elk paneel"),
    (
        "/",
        "filter op titel en stad (fzf: 'exact ^begin eind$ !niet)",
    ),
    ("s", "zoek in de teksten"),
    ("n/N", "volgende/vorige treffer"),
    ("Enter  Esc", "filter/zoekopdracht houden / wissen"),
    ("b", "groeperen per stad / per sectie"),
    ("m", "dekkingsraster: steden × secties"),
    ("v  c", "item markeren / gemarkeerde naast elkaar"),
    ("y  e", "tekst kopiëren (OSC 52) / Markdown schrijven"),
    ("? F1", "deze hulp"),
    ("q  Ctrl-c", "stoppen"),
    ("📎", "het item heeft een bijlage (niet in de export)"),
];

pub const FILTER_PROMPT: &str = " / ";
pub const SEARCH_PROMPT: &str = " zoek: ";

#[must_use]
pub fn filter_summary(input: &str) -> String {
    format!("filter: {}", input.trim())
}

#[must_use]
pub fn search_summary(input: &str, current: Option<usize>, hits: usize) -> String {
    match current {
        Some(i) => format!("zoek: {} · hit {}/{hits}", input.trim(), i + 1),
        None => format!("zoek: {} · {hits} hits", input.trim()),
    }
}

#[must_use]
pub fn narrowed(items: usize, cities: usize) -> String {
    format!("{items} items in {cities} steden")
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
pub const GRID_LEGEND: &str =
    "· ontbreekt   ○ leeg   ◐ kort   ● lang    pijlen bewegen · Enter tekst · Esc terug";
pub const COMPARE_TITLE: &str = "Naast elkaar";
pub const COMPARE_HINTS: &str = "j/k scrollen samen · y kopieer · e schrijf Markdown · c/Esc terug";
pub const GRID_HINTS: &str = "pijlen/hjkl cel · Enter open de tekst · Esc/m terug";
pub const MARK: &str = "✓";

#[must_use]
pub fn grid_missing(city: &str, section: &str) -> String {
    format!("{city} heeft geen '{section}'")
}

#[must_use]
pub fn marked(n: usize) -> String {
    format!("{n} gemarkeerd · c vergelijkt, e schrijft Markdown")
}

#[must_use]
pub fn mark_more(n: usize) -> String {
    format!("markeer minstens twee items met v (nu {n})")
}

#[must_use]
pub fn copied(chars: usize) -> String {
    format!("{chars} tekens naar het klembord (OSC 52)")
}

#[must_use]
pub fn written(path: &str) -> String {
    format!("geschreven: {path}")
}

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

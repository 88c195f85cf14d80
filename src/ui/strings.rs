//! Every word the browser shows, in Dutch. An English variant is a copy of this file.

pub const APP: &str = "woonbeleid";
pub const CITIES: &str = "Steden";
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
    "j/k stad · l/Enter secties · Tab paneel · J/K tekst · ? hulp · q stoppen";
pub const HINTS_SECTIONS: &str = "j/k item · h/l dicht/open · Enter wissel · =/- alles open/dicht · J/K tekst · ? hulp · q stoppen";
pub const HINTS_TEXT: &str =
    "j/k scrollen · PgUp/PgDn pagina · g/G begin/einde · h terug · ? hulp · q stoppen";

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
    ("? F1", "deze hulp"),
    ("q  Ctrl-c", "stoppen"),
    ("📎", "het item heeft een bijlage (niet in de export)"),
];

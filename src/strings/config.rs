//! The configuration file's words: what is wrong with an entry, and the comments of the
//! default configuration `woonbeleid config` prints. The entries' own names (`muis`,
//! `toetsen.boom.omlaag`) are the file's vocabulary and stay as they are in both languages.

use super::taal::{Text, tr};

/// One line about an entry that is not used: `FILE:LINE: entry: what; the default stays`.
#[must_use]
pub fn problem(file: &str, line: usize, entry: &str, what: &str) -> String {
    let place = if line == 0 {
        file.to_string()
    } else {
        format!("{file}:{line}")
    };
    let entry = if entry.is_empty() {
        String::new()
    } else {
        format!("{entry}: ")
    };
    tr!(
        "{place}: {entry}{what}; hiervoor gelden de standaardinstellingen",
        "{place}: {entry}{what}; the defaults apply instead"
    )
}

/// The parser's own words are English and name its grammar; the line number says where
/// to look, and this says what a line should be.
pub const UNREADABLE_LINE: Text = Text::new(
    "deze regel is geen geldige TOML (sleutel = waarde, [tabel])",
    "this line is not valid TOML (key = value, [table])",
);

pub const TOO_LONG: Text = Text::new(
    "langer dan 1 MiB: geen instellingenbestand",
    "longer than 1 MiB: not a configuration file",
);

pub const KIND_LIST: Text = Text::new(
    "een lijst met iets anders dan tekst",
    "a list of something other than text",
);
pub const KIND_NUMBER: Text = Text::new("een getal", "a number");
pub const KIND_DATE: Text = Text::new("een datum", "a date");
pub const KIND_TABLE: Text = Text::new("een tabel", "a table");
pub const KIND_TEXT: Text = Text::new("tekst", "text");
pub const KIND_SWITCH: Text = Text::new("true of false", "true or false");
pub const KIND_KEYS: Text = Text::new(
    "een toets of een lijst van toetsen",
    "a key or a list of keys",
);

pub const UNKNOWN_ENTRY: Text = Text::new("onbekende instelling", "unknown setting");
pub const NO_KEYS: Text = Text::new(
    "een lege lijst: een actie houdt minstens één toets",
    "an empty list: an action keeps at least one key",
);

#[must_use]
pub fn expected(want: &str, got: &str) -> String {
    tr!("verwacht {want}, niet {got}", "expected {want}, not {got}")
}

#[must_use]
pub fn not_one_of(value: &str, choices: &str) -> String {
    tr!(
        "'{value}' is geen van {choices}",
        "'{value}' is none of {choices}"
    )
}

#[must_use]
pub fn unknown_mode(name: &str, modes: &str) -> String {
    tr!(
        "geen modus '{name}' (de modi: {modes})",
        "no mode '{name}' (the modes: {modes})"
    )
}

#[must_use]
pub fn unknown_action(name: &str, mode: &str) -> String {
    tr!(
        "geen actie '{name}' in modus {mode} (woonbeleid config toont ze)",
        "no action '{name}' in mode {mode} (woonbeleid config lists them)"
    )
}

#[must_use]
pub fn unknown_key(key: &str) -> String {
    tr!(
        "'{key}' is geen toets (zoals j, J, Ctrl-d, Alt-b, Shift-Tab, Enter, PgDn, F1, Spatie)",
        "'{key}' is not a key (such as j, J, Ctrl-d, Alt-b, Shift-Tab, Enter, PgDn, F1, Space)"
    )
}

#[must_use]
pub fn bound_twice(key: &str, mode: &str, first: &str, second: &str) -> String {
    tr!(
        "toets {key} staat in modus {mode} zowel op '{first}' als op '{second}'",
        "key {key} is bound in mode {mode} to both '{first}' and '{second}'"
    )
}

#[must_use]
pub fn unknown_colour(colour: &str) -> String {
    tr!(
        "'{colour}' is geen kleur (een naam zoals geel of lichtblauw, 0-255, #rrggbb, of geen)",
        "'{colour}' is not a colour (a name such as geel or lightblue, 0-255, #rrggbb, or geen)"
    )
}

/// The comments of the default configuration, in the order it is printed.
pub const HEADER: Text = Text::new(
    "# woonbeleid: instellingen. Elke regel hieronder is de standaard: schrap wat u niet\n\
     # wijzigt. Een onleesbare of onbekende regel wordt gemeld en kost alleen zichzelf.",
    "# woonbeleid: settings. Every line below is the default: delete what you do not\n\
     # change. An unreadable or unknown line is reported and costs only itself.",
);

#[must_use]
pub fn file_line(path: &str) -> String {
    tr!(
        "# Dit bestand: {path} (WOONBELEID_CONFIG kiest een ander).",
        "# This file: {path} (WOONBELEID_CONFIG chooses another)."
    )
}

pub const MOUSE: Text = Text::new(
    "# De muis selecteert en scrollt, zoals --mouse (dan selecteert de terminal zelf geen tekst).",
    "# The mouse selects and scrolls, as --mouse (the terminal then selects no text itself).",
);
pub const GROUPING: Text = Text::new(
    "# Hoe het eerste paneel begint: \"stad\" of \"sectie\" (b wisselt).",
    "# How the first pane starts: \"stad\" (per city) or \"sectie\" (per section); b switches.",
);
pub const ACCESSIBLE: Text = Text::new(
    "# Toegankelijk, zoals --toegankelijk: cursor op de selectie, geen kaders, geen spinner.",
    "# Accessible, as --toegankelijk: cursor on the selection, no frames, no spinner.",
);
pub const THEME: Text = Text::new(
    "# De kleuren: \"donker\", \"licht\" (voor een lichte achtergrond) of \"ansi\" (alleen de\n\
     # 16 kleuren van de terminal, nooit een achtergrond).",
    "# The colours: \"donker\" (dark), \"licht\" (for a light background) or \"ansi\" (only\n\
     # the terminal's 16 colours, never a background).",
);
pub const COLOURS: Text = Text::new(
    "# Eén kleur per toon, boven het thema: een naam (geel, lichtblauw, donkergrijs, …),\n\
     # een nummer 0-255, \"#rrggbb\",\n\
     # of \"geen\" (dan toont nadruk het verschil). Hier de tonen van het thema donker.",
    "# One colour per tone, over the theme: a name (geel, lichtblauw, or English: yellow, …),\n\
     # a number 0-255, \"#rrggbb\",\n\
     # or \"geen\" (none: emphasis shows the difference). Here the tones of theme donker.",
);
pub const KEYS: Text = Text::new(
    "# De toetsen per modus: een toets of een lijst (\"j\", \"J\", \"Ctrl-d\", \"Alt-b\",\n\
     # \"Shift-Tab\", \"Enter\", \"Esc\", \"Down\", \"PgDn\", \"F1\", \"Spatie\"). Een tabel\n\
     # [toetsen.alle] geldt in elke modus die de actie kent. Een toets die in één modus twee\n\
     # acties krijgt, wordt gemeld en die wijziging vervalt.",
    "# The keys per mode: one key or a list (\"j\", \"J\", \"Ctrl-d\", \"Alt-b\", \"Shift-Tab\",\n\
     # \"Enter\", \"Esc\", \"Down\", \"PgDn\", \"F1\", \"Space\"). A table [toetsen.alle] applies\n\
     # in every mode that has the action. A key given two actions in one mode is reported\n\
     # and that change is dropped.",
);

pub const KIND_LIST_OF_TEXT: Text = Text::new("een lijst", "a list");

pub const TONE_FOCUS: Text = Text::new(
    "de rand en titel van het paneel met de focus",
    "the frame and title of the pane with the focus",
);
pub const TONE_BORDER: Text = Text::new("de rand van de andere panelen", "the other panes' frames");
pub const TONE_DIM: Text = Text::new(
    "wat op de achtergrond staat",
    "what stays in the background",
);
pub const TONE_HEADING: Text = Text::new("koppen in een tekst", "headings in a text");
pub const TONE_STATUS_TEXT: Text =
    Text::new("de tekst van de statusregel", "the status line's text");
pub const TONE_STATUS_BACK: Text = Text::new(
    "de achtergrond van de statusregel",
    "the status line's background",
);
pub const TONE_ATTACHMENT: Text = Text::new("bijlagen", "attachments");
pub const TONE_COUNT: Text = Text::new("aantallen en lijnen", "counts and rules");
pub const TONE_LINK: Text = Text::new("e-mailadressen en webadressen", "e-mail and web addresses");
pub const TONE_PHONE: Text = Text::new("telefoonnummers", "phone numbers");
pub const TONE_NOTE: Text = Text::new("uw eigen notities", "your own notes");
pub const TONE_MATCH_TEXT: Text = Text::new("de tekst van een treffer", "a hit's text");
pub const TONE_MATCH_BACK: Text = Text::new("de achtergrond van een treffer", "a hit's background");
pub const TONE_HIT_TEXT: Text = Text::new(
    "de tekst van de treffer waar n naartoe ging",
    "the text of the hit n went to",
);
pub const TONE_HIT_BACK: Text = Text::new(
    "de achtergrond van de treffer waar n naartoe ging",
    "the background of the hit n went to",
);

/// What each mode of `[toetsen.*]` is, by the mode's name in the file.
#[must_use]
pub fn mode_about(name: &str) -> Text {
    match name {
        "steden" => Text::new("de lijst van steden", "the list of cities"),
        "secties" => Text::new(
            "de lijst van secties (per sectie)",
            "the list of sections (per section)",
        ),
        "boom" => Text::new("de sectieboom van een stad", "a city's section tree"),
        "steden-van-sectie" => Text::new(
            "de steden die een sectie hebben",
            "the cities that have a section",
        ),
        "tekst" => Text::new("het tekstpaneel", "the text pane"),
        "raster" => Text::new(
            "het raster steden × secties",
            "the grid of cities × sections",
        ),
        "vergelijking" => Text::new("teksten naast elkaar", "texts side by side"),
        "invoer" => Text::new("de filter- en zoekregel", "the filter and search line"),
        "hulp" => Text::new("het hulpscherm", "the help screen"),
        "laden" => Text::new("terwijl een dataset laadt", "while a dataset loads"),
        "bladwijzers" => Text::new("de lijst van bladwijzers", "the list of bookmarks"),
        "verwant" => Text::new("de lijst van verwante teksten", "the list of related texts"),
        "notitie" => Text::new("de notitie-editor", "the note editor"),
        "te-klein" => Text::new("een venster dat te klein is", "a window too small"),
        _ => Text::new("een modus", "a mode"),
    }
}

#[must_use]
pub fn file_in_order(path: &str) -> String {
    tr!(
        "{path}: in orde, elke regel wordt gebruikt",
        "{path}: in order, every line is used"
    )
}

#[must_use]
pub fn no_file(path: &str) -> String {
    tr!(
        "{path} bestaat niet: de standaardinstellingen gelden (woonbeleid config > {path} maakt het)",
        "{path} does not exist: the defaults apply (woonbeleid config > {path} makes it)"
    )
}

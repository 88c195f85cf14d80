//! The command line's own words: what each command and option is for, the headings of its
//! help and its usage errors. Keyed by the names in `cli.rs`; `cli::command` puts them in.

use super::taal::{Text, tr};

mod about;
pub use about::about;

/// What an option or argument is for: first as `command`'s own, then as a global one.
#[must_use]
pub fn arg(command: &str, id: &str) -> Option<Text> {
    own(command, id).or_else(|| global(id))
}

fn global(id: &str) -> Option<Text> {
    Some(match id {
        "data" => Text::new(
            "Dataset om te gebruiken in plaats van de ingebouwde (RON, zoals `import` ze schrijft).",
            "Dataset to use instead of the embedded one (RON, as written by `import`).",
        ),
        "mouse" => Text::new(
            "Laat de muis kiezen en scrollen (dat zet het eigen tekstselecteren van de terminal uit).",
            "Let the mouse select and scroll (this turns off the terminal's own text selection).",
        ),
        "no_color" => Text::new(
            "Zwart-wit scherm, en `search` en `diff` zonder kleur tenzij `--color always` (ook als NO_COLOR gezet is).",
            "Monochrome display, and `search` and `diff` without colour unless `--color always` (also when NO_COLOR is set).",
        ),
        "fresh" => Text::new(
            "Begin schoon in plaats van waar de vorige keer ophield (de notities blijven).",
            "Start clean instead of where the last run left off (the notes stay).",
        ),
        "toegankelijk" => Text::new(
            "Toegankelijke modus, voor schermlezers en brailleleesregels: de cursor van de terminal op de keuze, geen kaders, het paneel genoemd als het wisselt (ook als ACCESSIBLE gezet is of TERM dumb is).",
            "Accessible mode, for screen readers and braille displays: the terminal cursor on the selection, no box drawing, the pane named when it changes (also when ACCESSIBLE is set or TERM is dumb).",
        ),
        "no_cache" => Text::new(
            "Lees de RON van `--data` zelf, niet zijn snapshot in de cachemap (en bewaar er geen).",
            "Read the RON of `--data` itself, not its snapshot in the cache folder (and keep none).",
        ),
        "log" => Text::new(
            "Schrijf per invoer de tijd om ze te verwerken en het beeld te tekenen bij in BESTAND.",
            "Append, per input event, the time to handle it and to draw the frame to FILE.",
        ),
        "max_input_size" => Text::new(
            "Lees ten hoogste zoveel uit een invoer die geen gewoon bestand is (een pijp, standaardinvoer, een apparaat): standaard 2G. Achtervoegsels K, M, G (machten van 1024).",
            "Read at most this much from an input that is not a regular file (a pipe, standard input, a device): 2G by default. Suffixes K, M, G (powers of 1024).",
        ),
        "version" => Text::new(
            "Toon de versie en de herkomst van de dataset: de exports waaruit hij geïmporteerd is, zijn steden en items (van `--data BESTAND` als dat gegeven is).",
            "Print the version and the dataset's provenance: the exports it was imported from, its cities and items (of `--data FILE` when given).",
        ),
        "taal" => Text::new(
            "De taal: nl of en (anders WOONBELEID_TAAL, anders de locale: LC_ALL, LC_MESSAGES, LANG).",
            "The language: nl or en (else WOONBELEID_TAAL, else the locale: LC_ALL, LC_MESSAGES, LANG).",
        ),
        "help" => Text::new("Toon deze hulp.", "Print this help."),
        "color" => Text::new(
            "Kleur de uitvoer: auto (standaard) op een terminal tenzij NO_COLOR gezet is (nooit in een pijp of bestand), always (ook in een pijp, voor `less -R`), of never.",
            "Colour the output: auto (the default) on a terminal unless NO_COLOR is set (never into a pipe or a file), always (also into a pipe, for `less -R`), or never.",
        ),
        _ => return None,
    })
}

// A table, one arm per argument: cut in pieces it would only be harder to look up.
#[allow(clippy::too_many_lines)]
fn own(command: &str, id: &str) -> Option<Text> {
    Some(match (command, id) {
        ("import", "files") => Text::new(
            "De exports, in elk van die formaten; `-` leest standaardinvoer (één keer).",
            "The exports, in any of those formats; `-` reads standard input (once).",
        ),
        ("import", "city") => Text::new(
            "De stad van een export van de itemweergave (afgeleid uit de andere invoer als ze ontbreekt).",
            "The city of an item-view export (inferred from the other inputs when omitted).",
        ),
        ("import", "output") => Text::new(
            "Schrijf de dataset hierheen (in één keer) in plaats van naar standaarduitvoer. Het moet een gewoon bestand zijn of nog niet bestaan; een symbolische koppeling wordt gevolgd (en blijft).",
            "Write the dataset here (atomically) instead of to standard output. It must be a regular file or not exist; a symlink is followed (and kept).",
        ),
        ("import", "force") => Text::new(
            "Vervang UIT ook als het alleen-lezen is.",
            "Replace OUT even when it is read-only.",
        ),
        ("import", "title_column") => Text::new(
            "De kolom met de titel in een CSV-, REST- of Graph-export (getoonde of interne naam), als ze niet Titel of Title heet.",
            "The column holding the title in a CSV, REST or Graph export (display or internal name), when it is not called Titel or Title.",
        ),
        ("import", "description_column") => Text::new(
            "De kolom met de beschrijving, als ze niet Beschrijving, Omschrijving of Description heet.",
            "The column holding the description, when not Beschrijving, Omschrijving or Description.",
        ),
        ("import", "city_column") => Text::new(
            "De kolom met de stad, als ze niet Stad, Gemeente of City heet.",
            "The column holding the city, when not Stad, Gemeente or City.",
        ),
        ("import", "verbose") => Text::new(
            "Zeg welke kolommen gebruikt en welke genegeerd zijn, en wat een export niet zegt (bijlagen, volgende pagina's).",
            "Say which columns were used and which ignored, and what an export leaves unsaid (attachments, further pages).",
        ),
        ("import", "no_cache") => Text::new(
            "Bewaar geen snapshot van UIT in de cachemap (de eerste keer openen leest de RON).",
            "Keep no snapshot of OUT in the cache folder (its first open reads the RON).",
        ),
        ("config", "check") => Text::new(
            "Lees het instellingenbestand in gebruik en meld elke regel die niet gebruikt wordt (afsluitcode 1 als er een is).",
            "Read the configuration file in use and name every line that is not used (exit code 1 when there is one).",
        ),
        ("diff", "old") => Text::new(
            "De dataset ervoor: een RON zoals `import` ze schrijft (een export wordt eerst geïmporteerd). Met --embedded is het ene gegeven bestand NIEUW.",
            "The dataset before: a RON as written by `import` (an export is imported first). With --embedded, the one file given is NEW.",
        ),
        ("diff", "new") => Text::new(
            "De dataset erna, vergeleken met OUD.",
            "The dataset after, compared with OLD.",
        ),
        ("diff", "embedded") => Text::new(
            "OUD is de dataset die in dit programma zit (die de browser toont zonder datasetbestand): `diff --embedded NIEUW.ron`.",
            "OLD is the dataset built into this program (the one the browser shows when given no dataset file): `diff --embedded NEW.ron`.",
        ),
        ("diff", "text") => Text::new(
            "Druk ook de verschillende regels van elke gewijzigde tekst af, als unified diff; een verschil dat niet te zien is (een harde spatie, een tab, een spatie op het einde) wordt gemarkeerd, en in kleur de woorden die binnen een regel veranderden.",
            "Also print the differing lines of each changed text, as a unified diff; a difference that cannot be seen (a no-break space, a tab, a space at the end) is marked, and in colour the words that changed within a line.",
        ),
        ("filter", "query") => Text::new(
            "fzf-syntaxis: `woon raad` (elke term), `'exact`, `^begin`, `einde$`, `!niet`, `woonraad | woonoverleg` (een van beide); accenten en hoofdletters tellen niet. Meer woorden zijn één zoekterm, met of zonder aanhalingstekens. Een lege ZOEKTERM past bij elk item, zoals `fzf --filter ''`.",
            "fzf syntax: `woon raad` (every term), `'exact`, `^prefix`, `suffix$`, `!not`, `woonraad | woonoverleg` (either term); accents and case ignored. Several words are one query, quoted or not. An empty QUERY matches every item, as in `fzf --filter ''`.",
        ),
        ("search", "text") => Text::new(
            "De te vinden tekst, als deel van een regel; meer woorden zijn één tekst (`search lokaal woonoverleg` = `search 'lokaal woonoverleg'`); teksten met ` | ` ertussen vinden een van beide (`search 'woonraad | huurdersbond'`). Een lege TEKST past bij elke regel die niet leeg is.",
            "The text to find, as a substring; several words are one text (`search lokaal woonoverleg` = `search 'lokaal woonoverleg'`); texts with ` | ` between them find either (`search 'woonraad | huurdersbond'`). An empty TEXT matches every line that is not blank.",
        ),
        ("note", "move_note") => Text::new(
            "Verplaats de notitie (en bladwijzer) van STAD TITEL naar STAD NIEUWE_TITEL.",
            "Move the note (and bookmark) of CITY TITLE to CITY NEW_TITLE.",
        ),
        ("note" | "show" | "related", "city") => Text::new(
            "De stad, zoals de browser ze toont (hoofdletters en accenten tellen niet).",
            "The city, as the browser shows it (case and accents do not matter).",
        ),
        ("note" | "related", "title") => Text::new("De titel van het item.", "The item's title."),
        ("note", "new_title") => Text::new(
            "Met --move: de titel waar de notitie heen gaat (zonder --move geweigerd).",
            "With --move: the title the note moves to (refused without --move).",
        ),
        ("note", "set") => Text::new(
            "Zet de notitie op TEKST (`-` leest ze van standaardinvoer); lege tekst wist ze.",
            "Set the note to TEXT (`-` reads it from standard input); empty text removes it.",
        ),
        ("notes" | "bookmarks", "format") => Text::new(
            "tsv (standaard: STAD<TAB>TITEL<TAB>eerste regel), md (Markdown) of json.",
            "tsv (the default: CITY<TAB>TITLE<TAB>first line), md (Markdown) or json.",
        ),
        ("show", "title") => Text::new(
            "De titel van het item; zonder: elk item van de stad.",
            "The item's title; without it, every item of the city.",
        ),
        ("related", "limit") => Text::new(
            "Hoeveel verwante teksten ten hoogste (standaard 10).",
            "At most this many related texts (10 by default).",
        ),
        ("completions", "shell") => Text::new(
            "bash, zsh, fish, powershell of elvish.",
            "bash, zsh, fish, powershell or elvish.",
        ),
        ("export", "format") => Text::new(
            "json (standaard), ron of md (Markdown).",
            "json (the default), ron or md (Markdown).",
        ),
        ("export", "section") => Text::new(
            "Alleen deze sectie, over alle steden die ze hebben (met --format md), om ze naast elkaar te vergelijken in een document. Aliassen tellen mee.",
            "Only this section, across all cities that have it (with --format md), to compare them side by side in a document. Aliases count.",
        ),
        _ => return None,
    })
}

/// A placeholder in the usage and the help (`FILE`), in the run's language.
#[must_use]
pub fn value_name(english: &str) -> Option<Text> {
    Some(match english {
        "FILE" => Text::new("BESTAND", "FILE"),
        "FILE.ron" => Text::new("BESTAND.ron", "FILE.ron"),
        "NAME" => Text::new("NAAM", "NAME"),
        "OUT.ron" => Text::new("UIT.ron", "OUT.ron"),
        "OLD.ron" => Text::new("OUD.ron", "OLD.ron"),
        "NEW.ron" => Text::new("NIEUW.ron", "NEW.ron"),
        "QUERY" => Text::new("ZOEKTERM", "QUERY"),
        "TEXT" => Text::new("TEKST", "TEXT"),
        "TITLE" => Text::new("TITEL", "TITLE"),
        "WHEN" => Text::new("WANNEER", "WHEN"),
        "BYTES" => Text::new("BYTES", "BYTES"),
        "N" => Text::new("N", "N"),
        "TAAL" => Text::new("TAAL", "LANGUAGE"),
        "CITY" => Text::new("STAD", "CITY"),
        "NEW_TITLE" => Text::new("NIEUWE_TITEL", "NEW_TITLE"),
        "FORMAT" => Text::new("FORMAAT", "FORMAT"),
        "SHELL" => Text::new("SHELL", "SHELL"),
        _ => return None,
    })
}

pub const OPTIONS: Text = Text::new("Opties", "Options");
pub const ARGUMENTS: Text = Text::new("Argumenten", "Arguments");
pub const COMMANDS: Text = Text::new("Opdrachten", "Commands");
pub const USAGE: Text = Text::new("Gebruik:", "Usage:");
pub const COMMAND: Text = Text::new("OPDRACHT", "COMMAND");
pub const HELP_COMMAND: Text = Text::new(
    "Toon deze hulp, of die van de gegeven opdracht",
    "Print this help, or that of the given command",
);

/// The usage line of the program (`[OPTIONS]` in the run's language).
#[must_use]
pub fn usage(command: &str, rest: &str) -> String {
    let name = if command.is_empty() {
        "woonbeleid".to_owned()
    } else {
        format!("woonbeleid {command}")
    };
    tr!("{name} [OPTIES]{rest}", "{name} [OPTIONS]{rest}")
}

/// The last line of a usage error.
#[must_use]
pub fn more_help(command: &str) -> String {
    let name = if command.is_empty() {
        "woonbeleid".to_owned()
    } else {
        format!("woonbeleid {command}")
    };
    tr!(
        "Meer uitleg: '{name} --help'.",
        "For more information, try '{name} --help'."
    )
}

/// `(bedoelt u '--data'?)` after a usage error, when clap has a likely one.
#[must_use]
pub fn did_you_mean(like: &str) -> String {
    tr!(" (bedoelt u '{like}'?)", " (did you mean '{like}'?)")
}

#[must_use]
pub fn unknown_argument(arg: &str) -> String {
    tr!("onverwacht argument '{arg}'", "unexpected argument '{arg}'")
}

#[must_use]
pub fn unknown_command(name: &str) -> String {
    tr!(
        "onbekende opdracht '{name}'",
        "unrecognized command '{name}'"
    )
}

#[must_use]
pub fn invalid_value(value: &str, arg: &str, valid: &str) -> String {
    if value.is_empty() {
        tr!(
            "{arg} wil een waarde (een van: {valid})",
            "{arg} needs a value (one of: {valid})"
        )
    } else {
        tr!(
            "'{value}' kan niet bij {arg} (wel: {valid})",
            "'{value}' is not a value of {arg} (possible: {valid})"
        )
    }
}

#[must_use]
pub fn invalid_with_reason(value: &str, arg: &str, why: &str) -> String {
    tr!(
        "'{value}' kan niet bij {arg}: {why}",
        "'{value}' is not a value of {arg}: {why}"
    )
}

#[must_use]
pub fn missing(args: &str) -> String {
    tr!("ontbreekt: {args}", "missing: {args}")
}

#[must_use]
pub fn conflict(arg: &str, prior: &str) -> String {
    tr!(
        "{arg} kan niet samen met {prior}",
        "{arg} cannot be used with {prior}"
    )
}

#[must_use]
pub fn needs_equals(arg: &str) -> String {
    tr!("{arg} wil '=' en een waarde", "{arg} needs '=' and a value")
}

#[must_use]
pub fn wrong_count(arg: &str) -> String {
    tr!(
        "{arg}: niet het juiste aantal waarden",
        "{arg}: not the right number of values"
    )
}

pub const MISSING_COMMAND: Text = Text::new("een opdracht ontbreekt", "a command is missing");
pub const NOT_UTF8: Text = Text::new(
    "een argument is geen geldige UTF-8",
    "an argument is not valid UTF-8",
);
pub const WRONG_USAGE: Text = Text::new("ongeldige aanroep", "invalid usage");

/// `--taal` or `WOONBELEID_TAAL` naming neither language.
#[must_use]
pub fn unknown_taal(value: &str) -> String {
    tr!(
        "'{value}' is geen taal die woonbeleid spreekt: nl of en",
        "'{value}' is not a language woonbeleid speaks: nl or en"
    )
}

/// `WOONBELEID_TAAL` naming neither language: the locale decided.
#[must_use]
pub fn taal_variable_ignored(value: &str) -> String {
    tr!(
        "WOONBELEID_TAAL='{value}' genegeerd: nl of en",
        "WOONBELEID_TAAL='{value}' ignored: nl or en"
    )
}

/// `--limit 0`.
pub const AT_LEAST_ONE: Text = Text::new("een getal vanaf 1", "a number from 1 up");

/// `--max-input-size` given no size.
#[must_use]
pub fn not_a_size(text: &str) -> String {
    tr!(
        "'{text}' is geen grootte zoals 4G, 512M of 1000",
        "'{text}' is not a size such as 4G, 512M or 1000"
    )
}

#[must_use]
pub fn too_large(text: &str) -> String {
    tr!("'{text}' is te groot", "'{text}' is too large")
}

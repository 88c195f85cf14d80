//! What `import` says about an export it cannot read: each message of the readers of the
//! copied list, the CSV and the JSON, in both languages. Names the export itself uses
//! (`Uitvouwen/samenvouwen`, `Bewerken`, `Attachments`) are quoted as they stand.

use super::taal::{Text, tr};

// The copied list, grouped per city.

#[must_use]
pub fn broken_header(why: &str, line: &str) -> String {
    tr!(
        "een groepskop {why}: '{line}'",
        "a group header {why}: '{line}'"
    )
}
pub const HEADER_NO_COLUMN: Text = Text::new("zonder kolomnaam", "without a column name");
pub const HEADER_NO_COUNT: Text = Text::new(
    "zonder zijn aantal rijen '(N)' op het einde",
    "without its row count '(N)' at the end",
);
pub const HEADER_NO_CITY: Text = Text::new("zonder stadsnaam", "without a city name");
#[must_use]
pub fn header_count_not_a_number(count: &str) -> String {
    tr!(
        "waarvan het aantal '({count})' geen aantal rijen is",
        "whose count '({count})' is not a number of rows"
    )
}
#[must_use]
pub fn header_count_too_large(count: &str) -> String {
    tr!(
        "waarvan het aantal '({count})' te groot is",
        "whose count '({count})' is too large"
    )
}
pub const NO_GROUP_HEADER: Text = Text::new("geen groepskop gevonden", "no group header found");
pub const HEADER_FORM: Text = Text::new(
    "de lijst schrijft een groepskop als 'Uitvouwen/samenvouwen Stad : NAAM (N)'; een titel kan zo niet beginnen",
    "the list writes a group header as 'Uitvouwen/samenvouwen Stad : NAME (N)'; a title cannot start that way",
);
#[must_use]
pub fn text_before_first_header(text: &str) -> String {
    tr!(
        "tekst voor de eerste groepskop: '{text}'",
        "text before the first group header: '{text}'"
    )
}
#[must_use]
pub fn count_differs(city: &str, count: usize, found: usize) -> String {
    match (count == 1, found == 1) {
        (true, true) => tr!(
            "{city}: de kop telt {count} rij, maar er werd {found} gevonden",
            "{city}: the header counts {count} row, but {found} was found"
        ),
        (true, false) => tr!(
            "{city}: de kop telt {count} rij, maar er werden er {found} gevonden",
            "{city}: the header counts {count} row, but {found} were found"
        ),
        (false, true) => tr!(
            "{city}: de kop telt {count} rijen, maar er werd {found} gevonden",
            "{city}: the header counts {count} rows, but {found} was found"
        ),
        (false, false) => tr!(
            "{city}: de kop telt {count} rijen, maar er werden er {found} gevonden",
            "{city}: the header counts {count} rows, but {found} were found"
        ),
    }
}
#[must_use]
pub fn group_ends_at(by: usize) -> String {
    tr!(
        "de groep eindigt op regel {by}, die leest als de kop van de volgende groep (een titel van die vorm kan niet geïmporteerd worden)",
        "the group ends at line {by}, which reads as the next group's header (a title of that form cannot be imported)"
    )
}
#[must_use]
pub fn blank_for_title(city: &str) -> String {
    tr!(
        "{city}: een lege regel waar de titel van een rij verwacht werd",
        "{city}: a blank line where a row's title was expected"
    )
}
pub const ROW_WITHOUT_TITLE: Text = Text::new(
    "een rij zonder titel valt niet te onderscheiden van een waarvan de titel de eerste tekstregel is",
    "a row without a title cannot be told apart from one whose title is its first text line",
);
#[must_use]
pub fn row_end_for_title(end: &str) -> String {
    tr!(
        "een rij-einde ('{end}') waar een titel verwacht werd",
        "a row end ('{end}') where a title was expected"
    )
}
#[must_use]
pub fn row_without_end(city: &str, title: &str, attachment: &str) -> String {
    tr!(
        "{city}: rij '{title}' heeft geen slotregel ('{city}' of '{attachment}{city}')",
        "{city}: row '{title}' has no end line ('{city}' or '{attachment}{city}')"
    )
}
pub const FILE_ENDS_IN_ROW: Text = Text::new(
    "het bestand eindigt in deze rij: werd de kopie afgebroken?",
    "the file ends inside this row: was the copy cut short?",
);

// The item view of one city.

pub const NO_ROWS_IN_VIEW: Text = Text::new(
    "de itemweergave bevat geen rijen",
    "the item view holds no rows",
);
#[must_use]
pub fn text_before_view_header(header: &str, text: &str) -> String {
    tr!(
        "tekst voor de kolomkop van de itemweergave ('{header}'): '{text}'",
        "text before the item view's column header ('{header}'): '{text}'"
    )
}
#[must_use]
pub fn no_view_header(header: &str) -> String {
    tr!(
        "geen kolomkop van een itemweergave ('{header}')",
        "no item-view column header ('{header}')"
    )
}
pub const VIEW_NAMES_NO_CITY: Text = Text::new(
    "een itemweergave noemt geen stad: geef ze met --city NAAM",
    "an item view names no city: give it with --city NAME",
);
pub const VIEW_MATCHES_NO_CITY: Text = Text::new(
    "haar teksten passen bij geen stad van de andere invoer",
    "its texts match no city of the other inputs",
);
#[must_use]
pub fn view_matches_several(cities: &str) -> String {
    tr!(
        "haar teksten passen even goed bij meerdere steden: {cities}",
        "its texts match several cities equally: {cities}"
    )
}
#[must_use]
pub fn city_without_view(city: &str) -> String {
    tr!(
        "--city {city} gegeven, maar geen invoer is een itemweergave: de gegroepeerde export noemt zijn eigen steden",
        "--city {city} given, but no input is an item view: the grouped export names its own cities"
    )
}

// Names: cities and titles.

pub const TITLE_WORD: Text = Text::new("titel", "title");
pub const CITY_WORD: Text = Text::new("stad", "city");

#[must_use]
pub fn look_alike(what: &str, second: &str, first: &str, file: &str, line: usize) -> String {
    tr!(
        "{what} '{second}' lijkt op '{first}' op {file}:{line}, maar verschilt door tekens die je niet ziet",
        "{what} '{second}' looks like '{first}' at {file}:{line} but differs by characters that cannot be seen"
    )
}
pub const REMOVE_INVISIBLE: Text = Text::new(
    "verwijder de stuur-, nulbreedte- of bidi-tekens uit een van beide",
    "remove the control, zero-width or bidi characters from one of them",
);
#[must_use]
pub fn second_group(city: &str, first_line: usize) -> String {
    tr!(
        "{city} heeft een tweede groep; de eerste begint op regel {first_line}",
        "{city} has a second group; the first starts at line {first_line}"
    )
}
pub const CITY_NEEDS_NAME: Text = Text::new(
    "--city heeft een naam nodig: --city '' noemt geen stad",
    "--city needs a name: --city '' names no city",
);
#[must_use]
pub fn city_invisible(name: &str) -> String {
    tr!(
        "--city '{name}' bevat geen zichtbare tekens",
        "--city '{name}' holds no visible characters"
    )
}
#[must_use]
pub fn empty_cell(what: &str) -> String {
    tr!(
        "geen {what}: elk item heeft er een nodig (een lege cel voor de {what})",
        "no {what}: every item needs one (an empty {what} cell)"
    )
}
#[must_use]
pub fn cell_on_lines(what: &str, cell: &str) -> String {
    tr!(
        "een {what} over meerdere regels: «{cell}»",
        "a {what} on several lines: «{cell}»"
    )
}
#[must_use]
pub fn chapter_differs(chapter: &str, first: &str, file: &str) -> String {
    tr!(
        "hoofdstuk '{chapter}' verschilt van '{first}' in {file}: importeer één hoofdstuk tegelijk",
        "chapter '{chapter}' differs from '{first}' in {file}: import one chapter at a time"
    )
}

// Inputs that say one item twice.

#[must_use]
pub fn item_differs(city: &str, title: &str, first: &str, second: &str) -> String {
    tr!(
        "{city}: '{title}' verschilt tussen {first} en {second}",
        "{city}: '{title}' differs between {first} and {second}"
    )
}
#[must_use]
pub fn numbered_item_differs(
    id: impl std::fmt::Display,
    title: &str,
    first: &str,
    second: &str,
) -> String {
    tr!(
        "item {id} ('{title}') verschilt tussen {first} en {second}",
        "item {id} ('{title}') differs between {first} and {second}"
    )
}
pub const TEXT_ENDS: Text = Text::new("(de tekst eindigt)", "(text ends)");
#[must_use]
pub fn description_line(n: usize, line: &str) -> String {
    tr!(
        "beschrijving regel {n}: {line}",
        "description line {n}: {line}"
    )
}

// What is not an export at all.

pub const SAVE_AS_CSV: Text = Text::new(
    "open de lijst in SharePoint en kies Exporteren > Exporteren naar CSV (Export > Export to CSV), en importeer dat bestand",
    "open the list in SharePoint and choose Export > Export to CSV (Exporteren > Exporteren naar CSV), and import that file",
);
pub const AN_XLSX: Text = Text::new(
    "een Excel-werkmap (.xlsx), geen export van de lijst",
    "an Excel workbook (.xlsx), not an export of the list",
);
pub const AN_OFFICE_FILE: Text = Text::new(
    "een Office-document (een ZIP-archief met XML), geen export van de lijst",
    "an Office document (a ZIP archive of XML), not an export of the list",
);
pub const A_ZIP: Text = Text::new(
    "een ZIP-archief, geen export van de lijst",
    "a ZIP archive, not an export of the list",
);
pub const AN_XLS: Text = Text::new(
    "een Excel 97-2003-werkmap (.xls), geen export van de lijst",
    "an Excel 97-2003 workbook (.xls), not an export of the list",
);
pub const AN_IQY: Text = Text::new(
    "een Excel-webquery (query.iqy van Exporteren naar Excel): die haalt de lijst op wanneer Excel hem opent, er staan geen gegevens in",
    "an Excel web query (query.iqy from Export to Excel): it fetches the list when Excel opens it and holds no data",
);
pub const NOT_AN_EXPORT: Text = Text::new(
    "geen export van de lijst: geen groepskop ('Uitvouwen/samenvouwen Stad : NAAM (N)') en geen kolomkop van de itemweergave ('Bewerken') waar de lijst begint",
    "not an export of the list: no group header ('Uitvouwen/samenvouwen Stad : NAME (N)') and no item-view column header ('Bewerken') where the list starts",
);
pub const COPY_WITH_HEADERS: Text = Text::new(
    "kopieer de lijst van de webpagina met haar kopregels, en importeer dat bestand",
    "copy the list from the web page with its header lines, and import that file",
);
pub const EMPTY_FILE: Text = Text::new(
    "leeg bestand: er is geen export om te importeren",
    "an empty file: there is no export to import",
);

mod sharepoint;
pub use sharepoint::*;

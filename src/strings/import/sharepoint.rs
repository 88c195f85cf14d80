//! What `import` says about SharePoint's CSV, REST and Graph exports: their columns and
//! fields, and what a page leaves unsaid. Field names SharePoint uses (`Attachments`,
//! `Title`, `$expand`) are quoted as they stand.

use super::super::taal::{Text, tr};

// SharePoint's REST and Graph fields.

#[must_use]
pub fn graph_lookup(stem: &str, id: &str, title: &str, desc: &str) -> String {
    tr!(
        "de stadskolom '{stem}' is een opzoekveld en alleen '{id}' (het nummer) staat hier: vraag de items op met ?expand=fields(select={title},{desc},{stem},Attachments)",
        "the city column '{stem}' is a lookup and only '{id}' (its number) is here: ask for the items with ?expand=fields(select={title},{desc},{stem},Attachments)"
    )
}
#[must_use]
pub fn rest_lookup(stem: &str, id: &str, title: &str, desc: &str) -> String {
    tr!(
        "de stadskolom '{stem}' is een opzoekveld dat niet uitgevouwen werd: alleen '{id}' (het nummer) staat hier; vraag $select=Id,{title},{desc},{stem}/Title,Attachments&$expand={stem}",
        "the city column '{stem}' is a lookup that was not expanded: only '{id}' (its number) is here; ask for $select=Id,{title},{desc},{stem}/Title,Attachments&$expand={stem}"
    )
}
#[must_use]
pub fn where_switch_belongs(found: &str) -> String {
    tr!(
        "{found} waar true of false hoort",
        "{found} where true or false belongs"
    )
}
#[must_use]
pub fn where_text_belongs(found: &str) -> String {
    tr!("{found} waar tekst hoort", "{found} where text belongs")
}
#[must_use]
pub fn lookup_without_title(key: &str) -> String {
    tr!(
        "een uitgevouwen opzoekveld zonder 'Title': vouw het uit als {key}/Title",
        "an expanded lookup without 'Title': expand it as {key}/Title"
    )
}
pub const KIND_SWITCH: Text = Text::new("true of false", "true or false");
pub const KIND_TEXT: Text = Text::new("tekst", "text");
pub const KIND_ARRAY: Text = Text::new("een array", "an array");
pub const KIND_OBJECT: Text = Text::new("een object", "an object");
pub const KIND_NUMBER: Text = Text::new("een getal", "a number");

// SharePoint's CSV export.

#[must_use]
pub fn not_csv(why: &str) -> String {
    tr!("geen CSV: {why}", "not CSV: {why}")
}
pub const SCHEMA_WITHOUT_HEADER: Text = Text::new(
    "een schemaregel maar geen kopregel",
    "a schema line but no header row",
);
pub const HEADER_WITHOUT_ROWS: Text = Text::new(
    "een kopregel maar geen rijen: de export bevat geen items",
    "a header row but no rows: the export holds no items",
);
/// A row narrower or wider than the header, in a CSV whose cells `separator` divides.
#[must_use]
pub fn cells_differ(row: usize, cells: usize, header: usize, separator: u8) -> String {
    let sep = match separator {
        b';' => tr!("een puntkomma", "a semicolon"),
        b'\t' => tr!("een tab", "a tab"),
        _ => tr!("een komma", "a comma"),
    };
    tr!(
        "rij {row} heeft {cells} cellen waar de kopregel er {header} heeft: een cel met {sep}, een aanhalingsteken of een nieuwe regel moet tussen aanhalingstekens staan",
        "row {row} has {cells} cells where the header has {header}: a cell holding {sep}, a quote or a newline must be quoted"
    )
}
#[must_use]
pub fn columns_used(file: &str, title: &str, desc: &str, city: &str) -> String {
    tr!(
        "{file}: titel uit '{title}', beschrijving uit '{desc}', stad uit '{city}'",
        "{file}: title from '{title}', description from '{desc}', city from '{city}'"
    )
}
#[must_use]
pub fn columns_ignored(file: &str, ignored: &str) -> String {
    tr!(
        "{file}: genegeerde kolommen: {ignored}",
        "{file}: columns ignored: {ignored}"
    )
}
#[must_use]
pub fn csv_no_attachments(file: &str) -> String {
    tr!(
        "{file}: een CSV-export zegt niets over bijlagen: geen item wordt gemarkeerd als een bijlage hebbend",
        "{file}: a CSV export says nothing about attachments: no item is marked as having one"
    )
}
#[must_use]
pub fn odd_schema(why: &str) -> String {
    tr!(
        "de ListSchema-regel is niet het schema dat SharePoint schrijft: {why}",
        "the ListSchema line is not the schema SharePoint writes: {why}"
    )
}

// SharePoint's REST and Graph JSON.

#[must_use]
pub fn page_columns(file: &str, api: &str, title: &str, desc: &str, city: &str) -> String {
    tr!(
        "{file}: een {api}-pagina: titel uit '{title}', beschrijving uit '{desc}', stad uit '{city}'",
        "{file}: a {api} page: title from '{title}', description from '{desc}', city from '{city}'"
    )
}
#[must_use]
pub fn fields_ignored(file: &str, ignored: &str) -> String {
    tr!(
        "{file}: genegeerde velden: {ignored}",
        "{file}: fields ignored: {ignored}"
    )
}
#[must_use]
pub fn no_descriptions(file: &str) -> String {
    tr!(
        "{file}: geen item op deze pagina heeft een beschrijvingsveld: alle zijn leeg",
        "{file}: no item on this page has a description field: all are empty"
    )
}
#[must_use]
pub fn no_attachments_field(file: &str) -> String {
    tr!(
        "{file}: geen veld 'Attachments' (op sommige of alle items): die worden niet gemarkeerd als een bijlage hebbend",
        "{file}: no 'Attachments' field (on some or all items): those are not marked as having one"
    )
}
#[must_use]
pub fn more_pages(file: &str, next: &str) -> String {
    tr!(
        "{file}: er volgen meer pagina's ({next}): importeer de bestanden van alle pagina's samen",
        "{file}: more pages follow ({next}): import every page's file together"
    )
}
#[must_use]
pub fn not_json(why: &str) -> String {
    tr!("geen JSON: {why}", "not JSON: {why}")
}
pub const AN_ARRAY_OF_ITEMS: Text = Text::new("een array van items", "an array of items");
pub const AN_OBJECT_OF_FIELDS: Text = Text::new("een object van velden", "an object of fields");
#[must_use]
pub fn empty_page(path: &str) -> String {
    tr!(
        "{path}: een lege pagina: ze bevat geen items",
        "{path}: an empty page: it holds no items"
    )
}
#[must_use]
pub fn rest_without_results(keys: &str) -> String {
    tr!(
        "$.d: een REST-antwoord zonder 'results' (zijn sleutels: {keys}): bewaar het antwoord van .../items, dat een lijst is",
        "$.d: a REST answer without 'results' (its keys: {keys}): save the answer of .../items, which is a list"
    )
}
#[must_use]
pub fn neither_page(keys: &str) -> String {
    tr!(
        "$: geen REST-pagina ({{\"d\":{{\"results\":[…]}}}} of {{\"value\":[…]}}) en geen Graph-pagina ({{\"value\":[{{\"id\":…,\"fields\":{{…}}}}]}}): de sleutels op het hoogste niveau zijn {keys}",
        "$: neither a REST page ({{\"d\":{{\"results\":[…]}}}} or {{\"value\":[…]}}) nor a Graph page ({{\"value\":[{{\"id\":…,\"fields\":{{…}}}}]}}): its top-level keys are {keys}"
    )
}
#[must_use]
pub fn graph_without_fields(path: &str) -> String {
    tr!(
        "{path}: een Graph-item zonder 'fields': vraag de items op met ?expand=fields",
        "{path}: a Graph item without 'fields': ask for the items with ?expand=fields"
    )
}
pub const PAGE_IS_OBJECT: Text = Text::new(
    ": een pagina is een object ({\"value\":[…]} of {\"d\":{\"results\":[…]}}), zoals SharePoint ze bewaart",
    ": a page is an object ({\"value\":[…]} or {\"d\":{\"results\":[…]}}), as SharePoint saves it",
);
#[must_use]
pub fn where_belongs(path: &str, found: &str, wanted: &str, hint: &str) -> String {
    tr!(
        "{path}: {found} waar {wanted} hoort{hint}",
        "{path}: {found} where {wanted} belongs{hint}"
    )
}

// Columns.

pub const DESCRIPTION_WORD: Text = Text::new("beschrijving", "description");
#[must_use]
pub fn no_column(noun: &str, wanted: &str, found: &str, option: &str) -> String {
    tr!(
        "geen {noun}kolom (gezocht: {wanted}); de kolommen zijn: {found}; noem hem met {option} NAAM",
        "no {noun} column (looked for: {wanted}); the columns are: {found}; name it with {option} NAME"
    )
}
#[must_use]
pub fn several_columns(noun: &str, found: &str, option: &str) -> String {
    tr!(
        "meerdere kolommen kunnen de {noun} zijn: {found}; kies er een met {option} NAAM",
        "several columns can be the {noun}: {found}; choose one with {option} NAME"
    )
}

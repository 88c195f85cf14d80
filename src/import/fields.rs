//! One item of a REST or Graph page as a record: its fields by internal name, the city
//! lookup as SharePoint writes it (expanded, text, or only its id, which cannot be read).

use serde_json::value::RawValue;

use super::columns::{self, Chosen, Column, ColumnNames, Role};
use super::input::Source;
use super::json_entry::{Entry, Object, Shape, is_metadata, kind};
use super::located::ImportError;
use super::table::{self, Record};
use crate::strings::import as say;

/// When the city column is missing but its lookup id is there: how to ask for the name.
pub(super) fn lookup_hint(
    shape: Shape,
    cols: &[Column],
    names: &ColumnNames<'_>,
) -> Option<String> {
    let suffix = if shape == Shape::Graph {
        "LookupId"
    } else {
        "Id"
    };
    let (id, stem) = cols.iter().find_map(|c| {
        let name = c.internal.as_deref()?;
        let stem = name.strip_suffix(suffix)?;
        let as_col = Column {
            internal: Some(stem.to_owned()),
            ..Column::default()
        };
        columns::answers(&as_col, Role::City, names).then(|| (name.to_owned(), stem.to_owned()))
    })?;
    let internal = |role: Role, usual: &str| {
        columns::find_role(cols, role, names)
            .and_then(|at| cols[at].internal.clone())
            .unwrap_or_else(|| usual.to_owned())
    };
    let (title, desc) = (
        internal(Role::Title, "Title"),
        internal(Role::Description, "Beschrijving"),
    );
    Some(match shape {
        Shape::Graph => say::graph_lookup(&stem, &id, &title, &desc),
        Shape::RestVerbose | Shape::RestLight => rest_hint(&stem, &id, &title, &desc),
    })
}

fn rest_hint(stem: &str, id: &str, title: &str, desc: &str) -> String {
    say::rest_lookup(stem, id, title, desc)
}

/// An item's fields as a record.
pub(super) fn record(
    src: &Source,
    file: usize,
    entry: &Entry<'_>,
    cols: &[Column],
    chosen: Chosen,
) -> Result<Record, ImportError> {
    let name = |at: usize| cols[at].internal.clone().unwrap_or_default();
    let item = Item { src, entry };
    let (title_key, desc_key) = (name(chosen.title), name(chosen.description));
    let title = item.text(&title_key)?.unwrap_or_default();
    table::name_cell(&title, &say::TITLE_WORD, |m| item.fail(&title_key, &m))?;
    let description =
        table::description(&item.text(&desc_key)?.unwrap_or_default(), None).into_owned();
    let city = item.city(&name(chosen.city), &title_key, &desc_key)?;
    let attachment = match entry.fields.get("Attachments").map(|v| v.get()) {
        None | Some("null") => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            return Err(item.fail(
                "Attachments",
                &say::where_switch_belongs(kind(entry.fields["Attachments"])),
            ));
        }
    };
    Ok(Record {
        id: entry.id,
        file,
        line: entry.line,
        city_raw: city,
        title_raw: title,
        description,
        attachment,
    })
}

/// An item being read, for its messages.
struct Item<'a> {
    src: &'a Source,
    entry: &'a Entry<'a>,
}

impl Item<'_> {
    fn fail(&self, key: &str, what: &str) -> ImportError {
        ImportError::new(
            &self.src.name,
            self.entry.line,
            format!("{}.{key}: {what}", self.entry.path),
        )
    }

    /// A text field; absent and `null` are empty.
    fn text(&self, key: &str) -> Result<Option<String>, ImportError> {
        match self.entry.fields.get(key) {
            None => Ok(None),
            Some(raw) => text(raw).map_err(|why| self.fail(key, &why)),
        }
    }

    /// The city: text (Graph), or an expanded lookup (REST).
    fn city(&self, key: &str, title_key: &str, desc_key: &str) -> Result<String, ImportError> {
        let lookup = self
            .entry
            .fields
            .get(key)
            .and_then(|raw| serde_json::from_str::<Object<'_>>(raw.get()).ok());
        let city = match lookup {
            Some(lookup) => lookup_text(&lookup).map_err(|why| match why {
                Lookup::Deferred => self.fail(
                    key,
                    &rest_hint(key, &format!("{key}Id"), title_key, desc_key),
                ),
                Lookup::NoTitle => self.fail(key, &say::lookup_without_title(key)),
            })?,
            None => self.text(key)?.unwrap_or_default(),
        };
        table::name_cell(&city, &say::CITY_WORD, |m| self.fail(key, &m))?;
        Ok(city)
    }
}

enum Lookup {
    Deferred,
    NoTitle,
}

/// The text of an expanded lookup: its `Title`, or its only text field.
fn lookup_text(lookup: &Object<'_>) -> Result<String, Lookup> {
    if lookup.contains_key("__deferred") {
        return Err(Lookup::Deferred);
    }
    let as_text = |v: &RawValue| serde_json::from_str::<String>(v.get()).ok();
    if let Some(t) = lookup.get("Title").and_then(|v| as_text(v)) {
        return Ok(t);
    }
    let mut texts = lookup
        .iter()
        .filter(|(k, _)| !is_metadata(k))
        .filter_map(|(_, v)| as_text(v));
    match (texts.next(), texts.next()) {
        (Some(only), None) => Ok(only),
        _ => Err(Lookup::NoTitle),
    }
}

/// A field used as text: `null` is none; text with what JSON cannot hold in a string (a
/// lone surrogate) is refused with JSON's reason.
fn text(raw: &RawValue) -> Result<Option<String>, String> {
    match raw.get().as_bytes().first() {
        Some(b'n') => Ok(None),
        Some(b'"') => serde_json::from_str(raw.get())
            .map(Some)
            .map_err(|e| crate::strings::cli::unreadable_text(&e.to_string())),
        _ => Err(say::where_text_belongs(kind(raw))),
    }
}

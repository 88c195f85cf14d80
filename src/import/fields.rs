//! One item of a REST or Graph page as a record: its fields by internal name, the city
//! lookup as SharePoint writes it (expanded, text, or only its id, which cannot be read).

use serde_json::Value;

use super::columns::{self, Chosen, Column, ColumnNames, Role};
use super::json::{Entry, Shape, is_metadata};
use super::table::{self, Record};
use super::{ImportError, Source};

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
        Shape::Graph => format!(
            "the city column '{stem}' is a lookup and only '{id}' (its number) is here: ask for the items with ?expand=fields(select={title},{desc},{stem},Attachments)"
        ),
        Shape::RestVerbose | Shape::RestLight => rest_hint(&stem, &id, &title, &desc),
    })
}

fn rest_hint(stem: &str, id: &str, title: &str, desc: &str) -> String {
    format!(
        "the city column '{stem}' is a lookup that was not expanded: only '{id}' (its number) is here; ask for $select=Id,{title},{desc},{stem}/Title,Attachments&$expand={stem}"
    )
}

/// An item's fields as a record.
pub(super) fn record(
    src: &Source,
    file: usize,
    entry: &Entry,
    cols: &[Column],
    chosen: Chosen,
) -> Result<Record, ImportError> {
    let name = |at: usize| cols[at].internal.clone().unwrap_or_default();
    let item = Item { src, entry };
    let (title_key, desc_key) = (name(chosen.title), name(chosen.description));
    let title = item.text(&title_key)?.unwrap_or_default();
    let title = table::name_cell(title, "title", |m| item.fail(&title_key, &m))?.into_owned();
    let description = table::description(item.text(&desc_key)?.unwrap_or_default(), None);
    let city = item.city(&name(chosen.city), &title_key, &desc_key)?;
    let attachment = match entry.fields.get("Attachments") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(other) => {
            return Err(item.fail(
                "Attachments",
                &format!("{} where true or false belongs", kind(other)),
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
    entry: &'a Entry,
}

impl<'a> Item<'a> {
    fn fail(&self, key: &str, what: &str) -> ImportError {
        ImportError::new(
            &self.src.name,
            self.entry.line,
            format!("{}.{key}: {what}", self.entry.path),
        )
    }

    /// A text field; absent and `null` are empty.
    fn text(&self, key: &str) -> Result<Option<&'a str>, ImportError> {
        match self.entry.fields.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.fail(key, &format!("{} where text belongs", kind(other)))),
        }
    }

    /// The city: text (Graph), or an expanded lookup (REST).
    fn city(&self, key: &str, title_key: &str, desc_key: &str) -> Result<String, ImportError> {
        let city = match self.entry.fields.get(key) {
            Some(Value::Object(lookup)) => lookup_text(lookup).map_err(|why| match why {
                Lookup::Deferred => self.fail(
                    key,
                    &rest_hint(key, &format!("{key}Id"), title_key, desc_key),
                ),
                Lookup::NoTitle => self.fail(
                    key,
                    &format!("an expanded lookup without 'Title': expand it as {key}/Title"),
                ),
            })?,
            _ => self.text(key)?.unwrap_or_default().to_owned(),
        };
        Ok(table::name_cell(&city, "city", |m| self.fail(key, &m))?.into_owned())
    }
}

enum Lookup {
    Deferred,
    NoTitle,
}

/// The text of an expanded lookup: its `Title`, or its only text field.
fn lookup_text(lookup: &serde_json::Map<String, Value>) -> Result<String, Lookup> {
    if lookup.contains_key("__deferred") {
        return Err(Lookup::Deferred);
    }
    if let Some(Value::String(t)) = lookup.get("Title") {
        return Ok(t.clone());
    }
    let mut texts = lookup
        .iter()
        .filter(|(k, _)| !is_metadata(k))
        .filter_map(|(_, v)| v.as_str());
    match (texts.next(), texts.next()) {
        (Some(only), None) => Ok(only.to_owned()),
        _ => Err(Lookup::NoTitle),
    }
}

pub(super) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

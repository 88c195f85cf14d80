//! A saved page of list items from SharePoint's REST API (`odata=verbose`:
//! `{"d":{"results":[…]}}`; the lighter modes: `{"value":[…]}`) or from Microsoft Graph
//! (`{"value":[{"id":…,"fields":{…}}]}`). Fields go by internal name; a lookup (the city)
//! is an object when expanded, text in Graph, or only its id when not asked for.
//! Messages name the place by JSON path (`$.value[3].fields.Title`) after the line.

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::columns::{self, Chosen, Column, ColumnNames, Role};
use super::decode::line_at;
use super::fields;
use super::input::Source;
use super::json_entry::{Entry, Key, Object, Shape, has_fields, is_metadata, kind, look};
use super::lines::LineCounter;
use super::located::ImportError;
use super::table::{Read, Record};
use crate::strings::import as say;

/// The items of one page (`file`: its index among the table's files).
///
/// # Errors
/// Not JSON, neither shape, a field of the wrong type, a missing column; each with its
/// line and JSON path.
pub(super) fn read(
    src: &Source,
    file: usize,
    names: &ColumnNames<'_>,
) -> Result<Read, ImportError> {
    let FirstLook {
        shape,
        path,
        items,
        next,
        mut cols,
        index,
    } = first_look(src)?;
    // Graph leaves empty fields out: on a page whose descriptions are all empty, the
    // column is nowhere. Only then: a field the page does have that could hold the text
    // (a description column under another name) is refused as on any other route.
    let claimed = |c: &Column| {
        [Role::Title, Role::City]
            .iter()
            .any(|role| columns::answers(c, *role, names))
    };
    let no_descriptions = shape == Shape::Graph
        && names.description.is_none()
        && !cols
            .iter()
            .any(|c| columns::answers(c, Role::Description, names))
        && cols.iter().all(|c| claimed(c) || is_graph_system(c));
    if no_descriptions {
        cols.push(Column {
            internal: Some("Beschrijving".into()),
            ..Column::default()
        });
    }
    let chosen = columns::choose(&cols, names).map_err(|m| {
        let hint = (m.role == Role::City)
            .then(|| fields::lookup_hint(shape, &cols, names))
            .flatten();
        match hint {
            Some(hint) => ImportError::new(&src.name, 1, hint),
            None => columns::located(&src.name, 1, m),
        }
    })?;
    let records = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let entry = Entry {
                path: format!("{path}[{i}]"),
                line: item.line,
                id: item.id,
                fields: object(src, item.fields, path)?,
            };
            fields::record(src, file, &entry, &cols, chosen)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let page = Page {
        file: &src.name,
        shape,
        cols: &cols,
        attachments: index.get("Attachments").copied(),
        no_descriptions,
        next,
    };
    let notes = page.notes(chosen, &records);
    Ok(Read { records, notes })
}

/// Fields Graph gives every list item besides the list's own columns.
fn is_graph_system(c: &Column) -> bool {
    const SYSTEM: [&str; 12] = [
        "id",
        "ContentType",
        "ContentTypeId",
        "Modified",
        "Created",
        "Edit",
        "LinkTitle",
        "LinkTitleNoMenu",
        "ItemChildCount",
        "FolderChildCount",
        "Attachments",
        "DocIcon",
    ];
    let name = c.internal.as_deref().or(c.display.as_deref()).unwrap_or("");
    name.starts_with('_')
        || name.starts_with('@')
        || name.ends_with("LookupId")
        || SYSTEM.contains(&name)
}

/// What a page said besides its items, for `--verbose`.
struct Page<'a> {
    file: &'a str,
    shape: Shape,
    cols: &'a [Column],
    attachments: Option<usize>,
    no_descriptions: bool,
    next: Option<String>,
}

impl Page<'_> {
    fn notes(&self, chosen: Chosen, records: &[Record]) -> Vec<String> {
        let (file, cols) = (self.file, self.cols);
        let api = match self.shape {
            Shape::RestVerbose => "REST (odata=verbose)",
            Shape::RestLight => "REST",
            Shape::Graph => "Microsoft Graph",
        };
        let mut notes = vec![say::page_columns(
            file,
            api,
            &cols[chosen.title].shown(),
            &cols[chosen.description].shown(),
            &cols[chosen.city].shown(),
        )];
        let ignored: Vec<String> = cols
            .iter()
            .enumerate()
            .filter(|(i, _)| !chosen.uses(*i) && Some(*i) != self.attachments)
            .map(|(_, c)| c.shown())
            .collect();
        if !ignored.is_empty() {
            let ignored = columns::listed(ignored.into_iter());
            notes.push(say::fields_ignored(file, &ignored));
        }
        if self.no_descriptions {
            notes.push(say::no_descriptions(file));
        }
        if records.iter().any(|r| r.attachment.is_none()) {
            notes.push(say::no_attachments_field(file));
        }
        if let Some(next) = &self.next {
            notes.push(say::more_pages(file, next));
        }
        notes
    }
}

/// A page's items as its first look leaves them, with what it found of the page.
struct FirstLook<'a> {
    shape: Shape,
    /// The items' JSON path.
    path: &'static str,
    items: Vec<Light<'a>>,
    /// The link to the next page, if any.
    next: Option<String>,
    /// Every field name (metadata aside) in order of first appearance, and by name.
    cols: Vec<Column>,
    index: HashMap<String, usize>,
}

/// An item after the first look: where it is, its id, and its fields as they stand in the
/// text. They are read again an item at a time: every item's fields parsed at once would
/// take twice the page.
struct Light<'a> {
    line: usize,
    id: Option<u64>,
    fields: &'a RawValue,
}

/// The page's shape, its items and their fields' names, and the link to the next page.
fn first_look(src: &Source) -> Result<FirstLook<'_>, ImportError> {
    let top: &RawValue = serde_json::from_str(&src.text)
        .map_err(|e| ImportError::new(&src.name, e.line().max(1), say::not_json(&e.to_string())))?;
    let top: Object<'_> = object(src, top, "$")?;
    let (shape, items, path, next) = page(src, &top)?;
    let items_raw = items;
    let items: Vec<&RawValue> = typed(src, items, path, &say::AN_ARRAY_OF_ITEMS)?;
    if items.is_empty() {
        return Err(ImportError::new(
            &src.name,
            line_of(src, items_raw),
            say::empty_page(path),
        ));
    }
    let mut out = FirstLook {
        shape,
        path,
        items: Vec::with_capacity(items.len()),
        next,
        cols: Vec::new(),
        index: HashMap::new(),
    };
    // Items come in order: their lines are counted on, not from the start each time.
    let lines = LineCounter::new(src.text.as_bytes(), 1);
    let mut names = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let line = lines.line(offset_of(src, raw));
        if i == 0 && out.shape == Shape::RestLight && has_fields(raw) {
            out.shape = Shape::Graph;
        }
        let (id, fields) = if let Some(found) = look(raw, out.shape, &mut names) {
            found
        } else {
            // Not what an item is: read whole, it says why.
            let path = format!("{path}[{i}]");
            let item: Object<'_> = object(src, raw, &path)?;
            let (entry, fields) = entry(src, out.shape, line, item, raw, path)?;
            names.clear();
            names.extend(entry.fields.into_keys());
            (entry.id, fields)
        };
        out.add_columns(&names);
        out.items.push(Light { line, id, fields });
    }
    Ok(out)
}

impl FirstLook<'_> {
    fn add_columns(&mut self, names: &[Key<'_>]) {
        for key in names {
            if !is_metadata(key) && !self.index.contains_key(&**key) {
                self.index.insert(key.to_string(), self.cols.len());
                self.cols.push(Column {
                    internal: Some(key.to_string()),
                    ..Column::default()
                });
            }
        }
    }
}

/// Which API wrote the page, its items, their JSON path, and the link to the next page.
fn page<'a>(
    src: &Source,
    top: &Object<'a>,
) -> Result<(Shape, &'a RawValue, &'static str, Option<String>), ImportError> {
    if let Some(d) = top.get("d") {
        let d_obj: Object<'_> = object(src, d, "$.d")?;
        let Some(results) = d_obj.get("results") else {
            return Err(ImportError::new(
                &src.name,
                line_of(src, d),
                say::rest_without_results(&columns::listed(d_obj.keys().map(|k| k.to_string()))),
            ));
        };
        let next = d_obj
            .get("__next")
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok());
        Ok((Shape::RestVerbose, *results, "$.d.results", next))
    } else if let Some(value) = top.get("value") {
        let next = ["@odata.nextLink", "odata.nextLink"]
            .iter()
            .find_map(|k| top.get(*k))
            .and_then(|n| serde_json::from_str::<String>(n.get()).ok());
        Ok((Shape::RestLight, *value, "$.value", next))
    } else {
        Err(ImportError::new(
            &src.name,
            1,
            say::neither_page(&columns::listed(top.keys().map(|k| k.to_string()))),
        ))
    }
}

/// An item's entry, and its fields as they stand in the text (`raw`, or Graph's `fields`).
fn entry<'a>(
    src: &'a Source,
    shape: Shape,
    line: usize,
    item: Object<'a>,
    raw: &'a RawValue,
    path: String,
) -> Result<(Entry<'a>, &'a RawValue), ImportError> {
    let (id, fields, fields_raw) = if shape == Shape::Graph {
        let Some(&raw_fields) = item.get("fields") else {
            return Err(ImportError::new(
                &src.name,
                line,
                say::graph_without_fields(&path),
            ));
        };
        let id = item
            .get("id")
            .and_then(|v| serde_json::from_str::<String>(v.get()).ok());
        let fields: Object<'a> = typed(
            src,
            raw_fields,
            &format!("{path}.fields"),
            &say::AN_OBJECT_OF_FIELDS,
        )?;
        (id.and_then(|s| s.parse().ok()), fields, raw_fields)
    } else {
        let id = item
            .get("Id")
            .or_else(|| item.get("ID"))
            .and_then(|v| serde_json::from_str::<u64>(v.get()).ok());
        (id, item, raw)
    };
    let entry = Entry {
        path,
        line,
        id,
        fields,
    };
    Ok((entry, fields_raw))
}

/// Where a raw value starts in the source text.
fn offset_of(src: &Source, raw: &RawValue) -> usize {
    let at = raw
        .get()
        .as_ptr()
        .addr()
        .saturating_sub(src.text.as_ptr().addr());
    at.min(src.text.len())
}

/// The line a raw value starts on, counted from the start: for an error, said once.
fn line_of(src: &Source, raw: &RawValue) -> usize {
    line_at(src.text.as_bytes(), offset_of(src, raw))
}

fn object<'a>(src: &Source, raw: &'a RawValue, path: &str) -> Result<Object<'a>, ImportError> {
    typed(src, raw, path, &say::KIND_OBJECT)
}

/// A raw value as `T`, or an error naming its path and what it is instead.
fn typed<'a, T: Deserialize<'a>>(
    src: &Source,
    raw: &'a RawValue,
    path: &str,
    wanted: &str,
) -> Result<T, ImportError> {
    serde_json::from_str(raw.get()).map_err(|_| {
        let found = kind(raw);
        let hint = if path == "$" && raw.get().starts_with('[') {
            say::PAGE_IS_OBJECT.get()
        } else {
            ""
        };
        ImportError::new(
            &src.name,
            line_of(src, raw),
            say::where_belongs(path, found, wanted, hint),
        )
    })
}

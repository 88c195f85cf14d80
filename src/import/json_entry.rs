//! What the reader of a JSON page and the reader of its items' fields both name: an
//! object's members as they stand in the text, the API that wrote the page, one item's
//! entry, and what a value is.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

/// An object's members as they stand in the text: a field is parsed only when it is used,
/// so one the import ignores may hold anything JSON allows (a number out of range, a lone
/// surrogate, nesting of any depth, skipped without recursion) and cost no more than its
/// bytes.
pub(super) type Object<'a> = BTreeMap<String, &'a RawValue>;

/// Which API wrote the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    RestVerbose,
    RestLight,
    Graph,
}

/// One item's fields, with where the item is.
pub(super) struct Entry<'a> {
    pub path: String,
    pub line: usize,
    pub id: Option<u64>,
    pub fields: Object<'a>,
}

pub(super) fn is_metadata(key: &str) -> bool {
    key.starts_with("__") || key.starts_with("odata.") || key.contains("@odata.")
}

/// What a value is, told by its first character: a value skipped by the parser is valid
/// JSON, so that decides.
pub(super) fn kind(v: &RawValue) -> &'static str {
    match v.get().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "true or false",
        Some(b'"') => "text",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

//! What the reader of a JSON page and the reader of its items' fields both name: an
//! object's members as they stand in the text, the API that wrote the page, one item's
//! entry, what a value is; and the first look at an item, which keeps only its names.

use std::borrow::{Borrow, Cow};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Deref;

use crate::strings::import as say;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

/// An object's members as they stand in the text: a field is parsed only when it is used,
/// so one the import ignores may hold anything JSON allows (a number out of range, a lone
/// surrogate, nesting of any depth, skipped without recursion) and cost no more than its
/// bytes.
pub(super) type Object<'a> = BTreeMap<Key<'a>, &'a RawValue>;

/// A member's name as it stands in the text: borrowed unless it holds an escape, so that
/// reading an item's fields costs no copy of every name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Key<'a>(Cow<'a, str>);

impl Borrow<str> for Key<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Deref for Key<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Name;
        impl<'de> Visitor<'de> for Name {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member's name")
            }

            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }

            fn visit_string<E: de::Error>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(Name)
    }
}

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
        Some(b't' | b'f') => say::KIND_SWITCH.get(),
        Some(b'"') => say::KIND_TEXT.get(),
        Some(b'[') => say::KIND_ARRAY.get(),
        Some(b'{') => say::KIND_OBJECT.get(),
        _ => say::KIND_NUMBER.get(),
    }
}

/// Whether an item has Graph's `fields`.
pub(super) fn has_fields(raw: &RawValue) -> bool {
    let mut names = Vec::new();
    let mut de = serde_json::Deserializer::from_str(raw.get());
    Look { names: &mut names }
        .deserialize(&mut de)
        .is_ok_and(|p| p.fields.is_some())
}

/// An item's id, its fields as they stand in the text, and their names; `None` when it is
/// not an item of the page's shape.
pub(super) fn look<'a>(
    raw: &'a RawValue,
    shape: Shape,
    names: &mut Vec<Key<'a>>,
) -> Option<(Option<u64>, &'a RawValue)> {
    let seen = |raw: &'a RawValue, names: &mut Vec<Key<'a>>| {
        let mut de = serde_json::Deserializer::from_str(raw.get());
        Look { names }.deserialize(&mut de).ok()
    };
    let placing = seen(raw, names)?;
    if shape == Shape::Graph {
        let fields = placing.fields?;
        seen(fields, names)?;
        let id = placing
            .graph_id
            .and_then(|v| serde_json::from_str::<String>(v.get()).ok())
            .and_then(|s| s.parse().ok());
        Some((id, fields))
    } else {
        let id = placing
            .id
            .and_then(|v| serde_json::from_str::<u64>(v.get()).ok());
        Some((id, raw))
    }
}

/// An object's first look: the names of its members (into `names`, sorted as a map's keys
/// are) and the values of the few that place an item (`id`, `Id`, `ID`, `fields`), the rest
/// skipped unread. Cheaper than reading it as an `Object`, which the item is, once more,
/// when its fields are used.
struct Look<'n, 'a> {
    names: &'n mut Vec<Key<'a>>,
}

/// What a first look keeps of an item besides its names.
#[derive(Default)]
struct Placing<'a> {
    /// `Id`, else `ID` (REST's); `id` (Graph's).
    id: Option<&'a RawValue>,
    graph_id: Option<&'a RawValue>,
    fields: Option<&'a RawValue>,
}

impl<'de> DeserializeSeed<'de> for Look<'_, 'de> {
    type Value = Placing<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Placing<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Look<'_, 'de> {
    type Value = Placing<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Placing<'de>, M::Error> {
        self.names.clear();
        let (mut placing, mut upper_id) = (Placing::default(), None);
        while let Some(name) = map.next_key::<Key<'de>>()? {
            // A name given twice counts once, its last value, as in a map.
            let slot = match &*name {
                "Id" => Some(&mut placing.id),
                "ID" => Some(&mut upper_id),
                "id" => Some(&mut placing.graph_id),
                "fields" => Some(&mut placing.fields),
                _ => None,
            };
            match slot {
                Some(slot) => *slot = Some(map.next_value::<&RawValue>()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            self.names.push(name);
        }
        placing.id = placing.id.or(upper_id);
        self.names.sort_unstable();
        self.names.dedup();
        Ok(placing)
    }
}

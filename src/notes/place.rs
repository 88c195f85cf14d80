//! An item by name, and the notes and bookmarks kept on such names.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

/// An item by name: what survives a dataset refresh.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub city: String,
    pub title: String,
}

impl Place {
    #[must_use]
    pub fn new(city: &str, title: &str) -> Place {
        Place {
            city: city.to_owned(),
            title: title.to_owned(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} › {}", self.city, self.title)
    }
}

/// The notes and bookmarks, in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    pub notes: BTreeMap<Place, String>,
    pub bookmarks: BTreeSet<Place>,
}

impl Notes {
    #[must_use]
    pub fn note(&self, place: &Place) -> Option<&str> {
        self.notes.get(place).map(String::as_str)
    }

    /// Sets a note; empty (or blank) text removes it.
    pub fn set(&mut self, place: Place, text: &str) {
        if text.trim().is_empty() {
            self.notes.remove(&place);
        } else {
            self.notes.insert(place, text.trim_end().to_owned());
        }
    }
}

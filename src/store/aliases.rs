//! What follows the cities in a dataset file (its aliases and sources), read without
//! loading the cities: `import -o` keeps the aliases of the file it replaces, and
//! `--version` names the sources of a file that may be a gigabyte of texts.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::ron::Tail;
use crate::import::clean;
use crate::model::Alias;

/// How the files this program writes begin, and how much of their end is read.
const OUR_START: &[u8] = b"Dataset(\n    chapter: ";
const TAIL: u64 = 256 * 1024;

#[derive(Deserialize)]
#[serde(rename = "Dataset")]
struct TailOnly {
    #[serde(rename = "chapter")]
    _chapter: IgnoredAny,
    #[serde(rename = "cities")]
    _cities: IgnoredAny,
    #[serde(default)]
    aliases: Vec<Alias>,
    #[serde(default)]
    sources: Vec<String>,
}

impl TailOnly {
    /// As `store::load` gives them: names that could drive a terminal made visible.
    fn into_tail(self) -> Tail {
        let inert = |text: String| {
            if clean::needs_inert(&text, false) {
                clean::inert_name(&text)
            } else {
                text
            }
        };
        Tail {
            aliases: self
                .aliases
                .into_iter()
                .map(|a| Alias {
                    title: inert(a.title),
                    same_as: inert(a.same_as),
                })
                .collect(),
            sources: self.sources.into_iter().map(inert).collect(),
        }
    }
}

/// The aliases of the dataset file at `path`; `None` when it is not a readable dataset.
#[must_use]
pub fn aliases_of(path: &Path) -> Option<Vec<Alias>> {
    tail_of(path).map(|t| t.aliases)
}

/// The aliases and sources of the dataset file at `path`; `None` when it is not a readable
/// dataset. A file as this program writes it is read from its end only (they come last);
/// any other is parsed whole, skipping the texts.
#[must_use]
pub fn tail_of(path: &Path) -> Option<Tail> {
    let mut file = File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    if len > TAIL {
        let mut start = [0u8; OUR_START.len()];
        file.read_exact(&mut start).ok()?;
        if start == OUR_START
            && let Some(found) = from_tail(&mut file, len)
        {
            return Some(found);
        }
        file.seek(SeekFrom::Start(0)).ok()?;
    }
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    ron::from_str::<TailOnly>(text)
        .ok()
        .map(TailOnly::into_tail)
}

/// The aliases of the embedded dataset, without parsing its texts.
#[must_use]
pub fn embedded_aliases() -> Option<Vec<Alias>> {
    from_text(super::embedded::EMBEDDED_RON).map(|t| t.aliases)
}

/// The tail from the last part of a file this program wrote, if it is there.
fn from_tail(file: &mut File, len: u64) -> Option<Tail> {
    file.seek(SeekFrom::Start(len - TAIL)).ok()?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail).ok()?;
    from_text(&String::from_utf8_lossy(&tail))
}

/// The tail of a text as this program writes datasets: the fields after the cities
/// (`aliases`, then `sources`, each only when there are any), parsed after an empty
/// dataset's first fields. Texts are written with their newlines escaped, so no text
/// holds a line that starts a field. `None` when the tail cannot be told from this part:
/// aliases that began before it, or a file that does not end as written.
fn from_text(tail: &str) -> Option<Tail> {
    let aliases = tail.find("\n    aliases: [\n");
    let sources = tail.find("\n    sources: [\n");
    let at = match (aliases, sources) {
        (Some(at), _) => at,
        // Aliases come before the sources: one of theirs here means their start is not.
        (None, Some(at)) if !tail[..at].contains("Alias(") => at,
        (None, None) if ENDS.iter().any(|end| tail.ends_with(end)) => {
            return Some(Tail::default());
        }
        _ => return None,
    };
    let fields = format!("Dataset(chapter: \"\", cities: [],{}", &tail[at..]);
    ron::from_str::<TailOnly>(&fields)
        .ok()
        .map(TailOnly::into_tail)
}

/// How a file this program wrote ends when nothing follows its cities.
const ENDS: [&str; 2] = ["\n    ],\n)\n", "    cities: [],\n)\n"];

//! The aliases of a dataset file, read without loading its cities: `import -o` keeps the
//! aliases of the file it replaces, which may be a gigabyte of texts.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::model::Alias;

/// How the files this program writes begin, and how much of their end is read.
const OUR_START: &[u8] = b"Dataset(\n    chapter: ";
const TAIL: u64 = 256 * 1024;

#[derive(Deserialize)]
#[serde(rename = "Dataset")]
struct AliasesOnly {
    #[serde(rename = "chapter")]
    _chapter: IgnoredAny,
    #[serde(rename = "cities")]
    _cities: IgnoredAny,
    #[serde(default)]
    aliases: Vec<Alias>,
    #[serde(default, rename = "sources")]
    _sources: IgnoredAny,
}

/// The aliases of the dataset file at `path`; `None` when it is not a readable dataset. A
/// file as this program writes it is read from its end only (the aliases come last); any
/// other is parsed whole, skipping the texts.
#[must_use]
pub fn aliases_of(path: &Path) -> Option<Vec<Alias>> {
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
    ron::from_str::<AliasesOnly>(text).ok().map(|a| a.aliases)
}

/// The aliases of the embedded dataset, without parsing its texts.
#[must_use]
pub fn embedded_aliases() -> Option<Vec<Alias>> {
    from_text(super::embedded::EMBEDDED_RON)
}

/// The aliases from the last part of a file this program wrote, if they are there.
fn from_tail(file: &mut File, len: u64) -> Option<Vec<Alias>> {
    file.seek(SeekFrom::Start(len - TAIL)).ok()?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail).ok()?;
    from_text(&String::from_utf8_lossy(&tail))
}

/// The aliases from the end of a text as this program writes datasets: the fields from
/// `aliases` on, parsed after an empty dataset's first fields.
fn from_text(tail: &str) -> Option<Vec<Alias>> {
    let at = tail.rfind("\n    aliases: [\n")?;
    let fields = format!("Dataset(chapter: \"\", cities: [],{}", &tail[at..]);
    ron::from_str::<AliasesOnly>(&fields)
        .ok()
        .map(|a| a.aliases)
}

//! Where the browser was left: the grouping, the item, the closed nodes, the text's scroll
//! and the marks, by name, for the same dataset only. Only a convenience: a broken file is
//! said once and overwritten.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::reason;
use super::file;
use super::place::Place;

pub const POSITION: &str = "position.ron";
const VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Grouping {
    #[default]
    PerCity,
    PerSection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Pane {
    #[default]
    Groups,
    Members,
    Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename = "Position", default)]
pub struct Position {
    pub version: u32,
    /// Which dataset it belongs to (`Catalog::fingerprint`).
    pub dataset: String,
    pub grouping: Grouping,
    pub pane: Pane,
    pub item: Option<Place>,
    pub closed: Vec<Place>,
    pub scroll: usize,
    pub marks: Vec<Place>,
}

/// What reading the position gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// Nothing to restore: no file, or another dataset's.
    Fresh,
    Restored(Position),
    /// The file is broken: start fresh and say why.
    Broken(String),
}

#[must_use]
pub fn read(dir: &Path, dataset: &str) -> Read {
    let path = dir.join(POSITION);
    let text = match file::read_regular(&path) {
        Ok(Some(t)) => t,
        Ok(None) => return Read::Fresh,
        Err(e) => return Read::Broken(format!("{}: {}", path.display(), reason(&e))),
    };
    match ron::from_str::<Position>(&text) {
        Ok(p) if p.dataset == dataset => Read::Restored(p),
        Ok(_) => Read::Fresh,
        Err(e) => Read::Broken(format!(
            "{}:{}: {}",
            path.display(),
            e.span.start.line,
            crate::strings::ron::reason(&e.code)
        )),
    }
}

/// Writes the position, for the next start.
///
/// # Errors
/// The folder cannot be written.
pub fn write(dir: &Path, position: &Position) -> std::io::Result<()> {
    let position = Position {
        version: VERSION,
        ..position.clone()
    };
    let text = ron::ser::to_string_pretty(
        &position,
        ron::ser::PrettyConfig::new()
            .struct_names(true)
            .new_line("\n"),
    )
    .map_err(std::io::Error::other)?;
    file::replace(dir, POSITION, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_comes_back_for_its_dataset_only() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path(), "a"), Read::Fresh);
        let p = Position {
            dataset: "a".into(),
            grouping: Grouping::PerSection,
            item: Some(Place::new("Gent", "X")),
            scroll: 4,
            ..Position::default()
        };
        write(dir.path(), &p).unwrap();
        let Read::Restored(back) = read(dir.path(), "a") else {
            panic!()
        };
        assert_eq!(
            (back.grouping, &back.item, back.scroll),
            (Grouping::PerSection, &p.item, 4)
        );
        assert_eq!(
            read(dir.path(), "b"),
            Read::Fresh,
            "another dataset starts fresh"
        );
        std::fs::write(dir.path().join(POSITION), "Position(kapot").unwrap();
        assert!(matches!(read(dir.path(), "a"), Read::Broken(_)));
        write(dir.path(), &p).unwrap();
        assert!(
            matches!(read(dir.path(), "a"), Read::Restored(_)),
            "a broken file is overwritten"
        );
    }
}

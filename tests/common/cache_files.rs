//! What the cache tests share: a RON dataset written to be read, the plain reading of it,
//! and whether the cache said something.

use std::path::{Path, PathBuf};

use woonbeleid::cache::Note;
use woonbeleid::model::Dataset;
use woonbeleid::synth::{Shape, dataset};

/// The RON at `path` read without the cache.
pub fn load(path: &Path) -> Result<Dataset, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    ron::from_str(&text).map_err(|e| e.to_string())
}

/// A dataset of 200 items made from `seed`, written as `data.ron` in `dir`.
pub fn ron_file(dir: &Path, seed: u64) -> (PathBuf, Dataset) {
    let data = dataset(Shape {
        items: 200,
        items_per_city: 20,
        description_len: 300,
        seed,
    });
    let path = dir.join("data.ron");
    std::fs::write(&path, ron::to_string(&data).unwrap()).unwrap();
    (path, data)
}

/// Whether one of `notes` says `words`.
pub fn said(notes: &[Note], words: &str) -> bool {
    notes.iter().any(|n| n.text.contains(words))
}

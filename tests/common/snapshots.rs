//! Snapshots written here and read back, for the tests of what a snapshot holds.

use std::io::{Seek, SeekFrom, Write};

use woonbeleid::catalog::Catalog;
use woonbeleid::catalog::snapshot::{self, Key, Unusable};
use woonbeleid::model::Dataset;
use woonbeleid::sections::SectionIndex;

/// The key every snapshot here is written under and opened with.
pub const KEY: Key = Key {
    len: 42,
    mtime_ns: 7,
    hash: 0xfeed,
};

/// `data` written as a snapshot: the file, and its bytes.
pub fn written(data: &Dataset) -> (tempfile::NamedTempFile, Vec<u8>) {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    let catalog = Catalog::new(data.clone());
    let sections = SectionIndex::new(&catalog).precomputed(&catalog);
    snapshot::write(&catalog, &sections, KEY, f.as_file_mut()).unwrap();
    let bytes = std::fs::read(f.path()).unwrap();
    (f, bytes)
}

/// The snapshot `bytes` opened as if from a file, under `key`.
pub fn open_bytes(bytes: &[u8], key: Key) -> Result<Catalog, Unusable> {
    let mut f = tempfile::tempfile().unwrap();
    f.write_all(bytes).unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    snapshot::open(f, key)
}

/// Forty items, seven to a city, of two hundred bytes of text each.
pub fn sample() -> Dataset {
    woonbeleid::synth::dataset(woonbeleid::synth::Shape {
        items: 40,
        items_per_city: 7,
        description_len: 200,
        seed: 3,
    })
}

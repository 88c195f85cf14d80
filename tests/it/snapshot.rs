//! The snapshot reads back as the catalog it was written from, for any dataset; and any
//! snapshot that is not exactly what was written (truncated, a bit flipped, another RON's,
//! another format's, not a snapshot at all) is refused or reported damaged when read,
//! never trusted and never a panic. `SNAPSHOT_CASES=20000` fuzzes longer than CI.

use std::io::{Seek, SeekFrom, Write};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use woonbeleid::catalog::Catalog;
use woonbeleid::catalog::snapshot::{self, Key, Unusable};
use woonbeleid::model::{Alias, City, Dataset, Item};
use woonbeleid::query::{Needle, search};
use woonbeleid::sections::SectionIndex;

use crate::common::snapshots::{KEY, open_bytes, sample, written};

fn text() -> impl Strategy<Value = String> {
    // NUL included: it ends each text in the folded buffers, so one inside a text must
    // not end it.
    proptest::string::string_regex("[a-zA-Z éÉöëçİ\u{a0}•\n🏠\u{0}]{0,40}").unwrap()
}

fn dataset() -> impl Strategy<Value = Dataset> {
    let item = (text(), text(), any::<bool>()).prop_map(|(title, description, attachment)| Item {
        title,
        description,
        attachment,
    });
    let city = (text(), proptest::collection::vec(item, 0..6))
        .prop_map(|(name, items)| City { name, items });
    (proptest::collection::vec(city, 0..5), text()).prop_map(|(cities, chapter)| Dataset {
        chapter,
        cities,
        aliases: vec![Alias {
            title: "B".into(),
            same_as: "A".into(),
        }],
    })
}

/// Everything a reader can ask of a catalog, read whole.
fn everything(c: &Catalog) -> (Dataset, Vec<(String, usize)>, Vec<Vec<u32>>) {
    let sections = SectionIndex::new(c);
    let s = sections
        .sections()
        .iter()
        .map(|s| (s.title.clone(), s.members.len()))
        .collect();
    let hits = ["e", "a b", "🏠", "ö"]
        .iter()
        .filter_map(|n| Needle::new(n))
        .map(|n| {
            search(c, &n, &|| true)
                .unwrap_or_default()
                .iter()
                .map(|h| h.item * 1000 + h.at)
                .collect()
        })
        .collect();
    (c.to_dataset(), s, hits)
}

fn cases(default: u32) -> u32 {
    crate::common::env_or("SNAPSHOT_CASES", default)
}

#[test]
fn any_dataset_reads_back_as_written() {
    let mut runner = TestRunner::new(Config {
        cases: cases(300),
        rng_seed: RngSeed::Fixed(11),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&dataset(), |data| {
            let (f, _) = written(&data);
            let back = snapshot::open(std::fs::File::open(f.path()).unwrap(), KEY).unwrap();
            let memory = Catalog::new(data.clone());
            prop_assert_eq!(everything(&back), everything(&memory));
            prop_assert!(!back.is_damaged());
            prop_assert_eq!(back.fingerprint(), memory.fingerprint());
            Ok(())
        })
        .unwrap();
}

#[test]
fn another_ron_another_format_or_another_file_is_refused() {
    let (_, bytes) = written(&sample());
    assert!(matches!(
        open_bytes(&bytes, Key { hash: 1, ..KEY }),
        Err(Unusable::Stale)
    ));
    assert!(matches!(
        open_bytes(&bytes, Key { mtime_ns: 8, ..KEY }),
        Err(Unusable::Stale)
    ));
    let mut older = bytes.clone();
    older[8] = 0;
    assert!(matches!(open_bytes(&older, KEY), Err(Unusable::Version(_))));
    assert!(matches!(
        open_bytes(b"Dataset(chapter: \"x\")", KEY),
        Err(Unusable::Foreign)
    ));
    assert!(matches!(open_bytes(b"", KEY), Err(Unusable::Foreign)));
}

#[test]
fn a_section_declared_huge_in_a_sparse_file_is_damaged_before_anything_is_allocated() {
    // The header's layout: 48 bytes, then per section offset, length and checksum, then
    // the header's own checksum; the names are the second section.
    const HEAD: usize = 48;
    const TABLE: usize = HEAD + 14 * 24 + 8;
    let (_, mut bytes) = written(&sample());
    let huge: u64 = 1 << 30;
    let names = HEAD + 24;
    let offset = u64::from_le_bytes(bytes[names..names + 8].try_into().unwrap());
    bytes[names + 8..names + 16].copy_from_slice(&(huge - offset).to_le_bytes());
    let sum = xxhash_rust::xxh3::xxh3_64(&bytes[..TABLE - 8]);
    bytes[TABLE - 8..TABLE].copy_from_slice(&sum.to_le_bytes());
    let mut f = tempfile::tempfile().unwrap();
    f.write_all(&bytes).unwrap();
    // A gibibyte that costs no disk: the file's size does not bound what it declares.
    f.set_len(huge).unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    let started = std::time::Instant::now();
    let opened = snapshot::open(f, KEY);
    assert!(
        matches!(
            opened,
            Err(Unusable::Damaged(t)) if t == woonbeleid::strings::snapshot::SECTION_TOO_LONG
        ),
        "{opened:?}"
    );
    assert!(started.elapsed() < std::time::Duration::from_millis(500));
}

#[test]
fn a_truncated_snapshot_is_refused_at_every_length() {
    let (_, bytes) = written(&sample());
    for len in (0..bytes.len()).step_by(7).chain([bytes.len() - 1]) {
        let opened = open_bytes(&bytes[..len], KEY);
        assert!(
            opened.is_err() || read_is_damaged_or_same(&opened.unwrap()),
            "cut at {len} of {}",
            bytes.len()
        );
    }
    assert!(open_bytes(&bytes, KEY).is_ok());
}

/// After a snapshot opened, reading everything either gives what was written or says the
/// snapshot is damaged.
fn read_is_damaged_or_same(c: &Catalog) -> bool {
    let all = everything(c);
    c.is_damaged() || all == everything(&Catalog::new(sample()))
}

#[test]
fn any_changed_byte_is_refused_or_reported_when_read() {
    let (_, bytes) = written(&sample());
    let mut runner = TestRunner::new(Config {
        cases: cases(2000),
        rng_seed: RngSeed::Fixed(12),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(
            &(0..bytes.len(), 1u8..=255, 0usize..3),
            |(at, flip, extra)| {
                let mut b = bytes.clone();
                b[at] ^= flip;
                for k in 0..extra {
                    let j = (at * 31 + k * 7919) % b.len();
                    b[j] = b[j].wrapping_add(1);
                }
                match open_bytes(&b, KEY) {
                    Err(_) => {}
                    Ok(c) => prop_assert!(
                        read_is_damaged_or_same(&c),
                        "byte {at} ^ {flip} went unnoticed"
                    ),
                }
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn a_damaged_text_is_never_shown_as_if_it_were_the_text() {
    let data = sample();
    let (_, mut bytes) = written(&data);
    // Change one letter of one description in place: the texts are read when shown.
    let needle = data.cities[2].items[3].description.as_bytes()[..12].to_vec();
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .unwrap();
    bytes[at] ^= 0x20;
    let c = open_bytes(&bytes, KEY).unwrap();
    let id = woonbeleid::model::ItemId { city: 2, item: 3 };
    assert!(!c.is_damaged());
    let shown = c.text(id);
    assert!(c.is_damaged(), "reading it found the change");
    assert_ne!(shown, data.cities[2].items[3].description);
    assert!(shown.contains("beschadigd"), "{shown}");
}

#[test]
fn datasets_of_many_spans_read_back_as_written() {
    // Texts are read (and folded for a search) about 4 MB at a time: these sizes take one
    // read, two, and several with a text exactly at an edge or larger than a read.
    for (items, len) in [(100, 800), (6_000, 1_000), (30_000, 800), (3, 5 << 20)] {
        let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape {
            items,
            items_per_city: 7,
            description_len: len,
            seed: 5,
        });
        let (f, _) = written(&data);
        let back = snapshot::open(std::fs::File::open(f.path()).unwrap(), KEY)
            .unwrap_or_else(|e| panic!("{items} × {len} B: {e}"));
        let memory = Catalog::new(data);
        assert_eq!(everything(&back), everything(&memory), "{items} × {len} B");
        assert!(!back.is_damaged());
    }
}

#[test]
fn the_sources_read_back_known_or_unknown_as_written() {
    let data = crate::common::snapshots::sample();
    let write = |catalog: &Catalog| {
        let mut f = tempfile::tempfile().unwrap();
        let sections = SectionIndex::new(catalog).precomputed(catalog);
        snapshot::write(catalog, &sections, KEY, &mut f).unwrap();
        f.seek(SeekFrom::Start(0)).unwrap();
        snapshot::open(f, KEY).unwrap()
    };
    for sources in [
        vec![],
        vec![String::new()],
        vec!["known".to_owned()],
        vec!["a.csv".to_owned(), String::new(), "b.json".to_owned()],
    ] {
        let back = write(&Catalog::new(data.clone()).with_sources(sources.clone()));
        assert_eq!(back.sources(), Some(sources.as_slice()));
    }
    // Not known is not none: `--version` then reads them from the RON.
    assert_eq!(write(&Catalog::new(data)).sources(), None);
}

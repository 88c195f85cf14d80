use super::*;
use crate::model::{Alias, City, Dataset, Item};

fn catalog() -> Catalog {
    let item = |t: &str, d: &str| Item {
        title: t.into(),
        description: d.into(),
        attachment: false,
    };
    Catalog::new(Dataset {
        chapter: String::new(),
        cities: vec![
            City {
                name: "A".into(),
                items: vec![
                    item("1. H", ""),
                    item("B. OVERLEG", ""),
                    item("Lokale woonraad", "x"),
                    item("C. DRIE", ""),
                ],
            },
            City {
                name: "E".into(),
                items: vec![],
            },
            City {
                name: "G".into(),
                items: vec![
                    item("1. H", ""),
                    item("B. OVERLEG", ""),
                    item("Lokaal woonoverleg", &"y".repeat(500)),
                    item("Stedelijke Woonraad", ""),
                    item("C. DRIE", ""),
                ],
            },
        ],
        aliases: vec![Alias {
            title: "Stedelijke Woonraad".into(),
            same_as: "Lokale woonraad".into(),
        }],
    })
}

#[test]
fn sections_keep_chapter_order_and_apply_aliases() {
    let c = catalog();
    let s = SectionIndex::new(&c);
    let titles: Vec<&str> = s.sections().iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "1. H",
            "B. OVERLEG",
            "Lokaal woonoverleg",
            "Lokale woonraad",
            "C. DRIE"
        ]
    );
    let raad = &s.sections()[3];
    assert_eq!(
        raad.members,
        [ItemId { city: 0, item: 2 }, ItemId { city: 2, item: 3 }]
    );
    assert_eq!(raad.city_count(), 2);
    assert_eq!(s.of(&c, ItemId { city: 2, item: 3 }), Some(3));
    assert_eq!(s.of(&c, ItemId { city: 1, item: 0 }), None);
    assert_eq!(s.find("stedelijke woonraad"), Some(3));
    assert_eq!(s.find("LOKAAL WOONOVERLEG"), Some(2));
    assert_eq!(s.find("  c. drie "), Some(4));
    assert_eq!(s.find("nope"), None);
}

#[test]
fn coverage_tells_missing_empty_short_and_long() {
    let c = catalog();
    let s = SectionIndex::new(&c);
    let cell = |section: usize, city| s.sections()[section].cell(&c, city);
    let is = |coverage, chars| Cell { coverage, chars };
    assert_eq!(cell(2, 0), is(Coverage::Missing, 0));
    assert_eq!(cell(2, 1), is(Coverage::Missing, 0), "a city without items");
    assert_eq!(cell(2, 2), is(Coverage::Long, 500));
    assert_eq!(cell(3, 0), is(Coverage::Short, 1));
    assert_eq!(cell(3, 2), is(Coverage::Empty, 0));
    assert_eq!(s.sections()[3].in_city(2), [ItemId { city: 2, item: 3 }]);
}

#[test]
fn an_empty_dataset_has_no_sections() {
    let c = Catalog::new(Dataset::default());
    let s = SectionIndex::new(&c);
    assert!(s.is_empty() && s.get(0).is_none() && s.find("x").is_none());
}

#[test]
fn short_is_below_the_threshold() {
    let c = Catalog::new(Dataset {
        cities: vec![City {
            name: "A".into(),
            items: [SHORT - 1, SHORT]
                .iter()
                .enumerate()
                .map(|(i, n)| Item {
                    title: format!("T{i}"),
                    description: "é".repeat(*n),
                    attachment: false,
                })
                .collect(),
        }],
        ..Dataset::default()
    });
    let s = SectionIndex::new(&c);
    assert_eq!(s.sections()[0].cell(&c, 0).coverage, Coverage::Short);
    assert_eq!(
        s.sections()[1].cell(&c, 0).coverage,
        Coverage::Long,
        "counted in chars"
    );
}

#[test]
fn each_section_is_as_deep_as_in_the_city_that_has_it_first() {
    let c = catalog();
    let s = SectionIndex::new(&c);
    let depths: Vec<(&str, usize)> = s
        .sections()
        .iter()
        .map(|s| (s.title.as_str(), s.depth))
        .collect();
    assert_eq!(
        depths,
        [
            ("1. H", 0),
            ("B. OVERLEG", 1),
            ("Lokaal woonoverleg", 2),
            ("Lokale woonraad", 2),
            ("C. DRIE", 1)
        ]
    );
    // Opened from a snapshot, which keeps no depths: the same, worked out again.
    let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
    let key = crate::catalog::snapshot::Key::default();
    crate::catalog::snapshot::write(&c, &s.precomputed(&c), key, file.as_file_mut())
        .expect("written");
    let again = std::fs::File::open(file.path()).expect("opened again");
    let opened = crate::catalog::snapshot::open(again, key).expect("a snapshot");
    assert!(opened.precomputed().is_some());
    let again = SectionIndex::new(&opened);
    let depths_again: Vec<usize> = again.sections().iter().map(|s| s.depth).collect();
    assert_eq!(depths_again, [0, 1, 2, 2, 1]);
}

//! Catalogs for unit tests elsewhere in the crate.

use super::Catalog;
use crate::model::{City, Dataset, Item};

pub(crate) fn sample() -> Catalog {
    let item = |t: &str, d: &str, a| Item {
        title: t.into(),
        description: d.into(),
        attachment: a,
    };
    Catalog::new(Dataset {
        chapter: "1. HOOFDSTUK".into(),
        cities: vec![
            City {
                name: "Aalst".into(),
                items: vec![
                    item("1. HOOFDSTUK", "", false),
                    item("Lokaal woonoverleg", "Eénmaal\nper jaar", true),
                ],
            },
            City {
                name: "Gent".into(),
                items: vec![],
            },
            City {
                name: "Genk".into(),
                items: vec![item("B. OVERLEG", "x", false)],
            },
        ],
        ..Dataset::default()
    })
}

/// One city, Gent, whose items `T0`, `T1`, … have `texts`.
pub(crate) fn of_texts(texts: &[&str]) -> Catalog {
    let item = |(i, d): (usize, &&str)| Item {
        title: format!("T{i}"),
        description: (*d).into(),
        attachment: false,
    };
    Catalog::new(Dataset {
        cities: vec![City {
            name: "Gent".into(),
            items: texts.iter().enumerate().map(item).collect(),
        }],
        ..Dataset::default()
    })
}

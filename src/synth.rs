//! Synthetic datasets of any size for benchmarks and property tests: Dutch-like titles with
//! accents, descriptions of realistic length with paragraphs, bullets and e-mail addresses.
//! Deterministic for a seed, so figures can be reproduced.

use std::fmt::Write;

use crate::model::{City, Dataset, Item};

/// A small, fast, seedable generator (xorshift64*); statistical quality is not the point.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

const WORDS: &[&str] = &[
    "woonbeleid",
    "overleg",
    "lokaal",
    "stedelijke",
    "woonraad",
    "samenwerking",
    "coördinatie",
    "huurders",
    "sociale",
    "woningen",
    "renovatie",
    "eénmaal",
    "kwaliteit",
    "begeleiding",
    "wachtlijst",
    "toewijzing",
    "energie",
    "premie",
    "huisvesting",
    "cliënten",
    "vluchtelingen",
    "projecten",
    "ondersteuning",
    "verhuurders",
    "efficiëntie",
    "diensten",
    "woonwinkel",
    "dakloosheid",
    "preventie",
    "uithuiszetting",
    "conformiteit",
    "attest",
    "woonkwaliteit",
    "studenten",
    "kotbazen",
    "OCMW",
    "SVK",
    "CAW",
    "Huurdersbond",
    "Wonen-Vlaanderen",
];
const SECTIONS: &[&str] = &[
    "INTERNE ORGANISATIE",
    "OVERLEG",
    "SAMENWERKINGSVERBANDEN",
    "PREMIES",
    "TOEZICHT",
    "COÖRDINATIE",
];
const SUBSECTIONS: &[&str] = &[
    "Lokaal woonoverleg",
    "Lokale woonraad",
    "Overleg andere actoren",
    "Stedelijke Woonraad",
    "Werkgroep huisvesting",
    "Task Force Wonen",
    "Woonwinkeloverleg",
    "Overleg Stad - OCMW",
];
const CITY_PARTS: &[&str] = &["Sint-", "Oost", "West", "Neder", "Over", "Groot-", ""];
const CITY_ROOTS: &[&str] = &[
    "aalst", "brugge", "kerke", "hove", "gem", "dijk", "zele", "ronse", "lede", "ieper", "mol",
    "geel",
];

/// The shape of a synthetic dataset.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub items: usize,
    pub items_per_city: usize,
    /// Average description length in bytes (each varies from half to one and a half).
    pub description_len: usize,
    pub seed: u64,
}

impl Shape {
    #[must_use]
    pub fn new(items: usize) -> Shape {
        Shape {
            items,
            items_per_city: 30,
            description_len: 800,
            seed: 1,
        }
    }
}

/// A dataset of `shape.items` items in cities of `shape.items_per_city`, numbered like the
/// real list: a chapter, lettered sections, subsections under them.
#[must_use]
pub fn dataset(shape: Shape) -> Dataset {
    let mut rng = Rng::new(shape.seed);
    let mut cities = Vec::new();
    let mut left = shape.items;
    while left > 0 {
        let n = left.min(shape.items_per_city.max(1));
        left -= n;
        let name = format!(
            "{}{}-{}",
            rng.pick(CITY_PARTS),
            capitalised(rng.pick(CITY_ROOTS)),
            cities.len() + 1
        );
        let items = (0..n)
            .map(|i| item(&mut rng, i, shape.description_len))
            .collect();
        cities.push(City { name, items });
    }
    Dataset {
        chapter: "1. LOKAAL WOONBELEID COÖRDINEREN".into(),
        aliases: Vec::new(),
        cities,
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn item(rng: &mut Rng, i: usize, description_len: usize) -> Item {
    let title = match i {
        0 => "1. LOKAAL WOONBELEID COÖRDINEREN".to_owned(),
        _ if i % 5 == 1 => format!(
            "{}. {}",
            char::from(b'A' + (i / 5 % 26) as u8),
            rng.pick(SECTIONS)
        ),
        _ => format!("{} {}", rng.pick(SUBSECTIONS), rng.pick(WORDS)),
    };
    let len = if description_len == 0 {
        0
    } else {
        description_len / 2 + rng.below(description_len)
    };
    Item {
        title,
        description: description(rng, len),
        attachment: rng.below(5) == 0,
    }
}

fn description(rng: &mut Rng, len: usize) -> String {
    let mut text = String::with_capacity(len + 64);
    while text.len() < len {
        match rng.below(10) {
            0 => {
                for _ in 0..=rng.below(3) {
                    let _ = writeln!(
                        text,
                        " • {} {} {}",
                        rng.pick(WORDS),
                        rng.pick(WORDS),
                        rng.pick(WORDS)
                    );
                }
                text.push('\n');
            }
            1 => {
                let _ = writeln!(
                    text,
                    "Meer informatie: {}@stad.be, 09 266 {:02} {:02}\n",
                    rng.pick(WORDS).to_lowercase(),
                    rng.below(100),
                    rng.below(100)
                );
            }
            _ => {
                let words = 8 + rng.below(30);
                let sentence: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
                let _ = writeln!(text, "{}.\n", capitalised(&sentence.join(" ")));
            }
        }
    }
    text.trim_end().to_owned()
}

/// The dataset written the way the web list's grouped export looks, with the page heading,
/// the chrome lines, U+00A0 around `Stad :` and the city line closing each row.
#[must_use]
pub fn grouped_export(data: &Dataset) -> String {
    let mut out = format!(
        "{}\n\nTitelFilterBeschrijvingFilter\nSorteren op bijlagenDruk op Shift+ENTER om het menu te openen (nieuw venster)\n",
        data.chapter
    );
    for city in &data.cities {
        let _ = writeln!(
            out,
            "Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}{} ({})",
            city.name,
            city.items.len()
        );
        for item in &city.items {
            out.push_str(&item.title);
            out.push('\n');
            if !item.description.is_empty() {
                out.push_str(&item.description);
                out.push('\n');
            }
            if item.attachment {
                out.push_str("Bijlage");
            }
            out.push_str(&city.name);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Source, parse_grouped};

    #[test]
    fn the_same_seed_gives_the_same_dataset() {
        assert_eq!(dataset(Shape::new(100)), dataset(Shape::new(100)));
        assert_ne!(
            dataset(Shape::new(100)),
            dataset(Shape {
                seed: 2,
                ..Shape::new(100)
            })
        );
    }

    #[test]
    fn sizes_and_lengths_are_as_asked() {
        let d = dataset(Shape::new(1000));
        assert_eq!(d.item_count(), 1000);
        assert_eq!(d.cities.len(), 34);
        let avg = d
            .cities
            .iter()
            .flat_map(|c| &c.items)
            .map(|i| i.description.len())
            .sum::<usize>()
            / 1000;
        assert!((600..1100).contains(&avg), "{avg}");
    }

    #[test]
    fn the_grouped_export_imports_back_to_the_same_dataset() {
        let d = dataset(Shape::new(300));
        let back = parse_grouped(&Source::new("synth", grouped_export(&d))).unwrap();
        assert_eq!(back.cities, d.cities);
        assert_eq!(back.chapter.as_deref(), Some(d.chapter.as_str()));
    }
}

//! Synthetic datasets of any size for benchmarks and property tests: Dutch-like titles with
//! accents, descriptions of realistic length with paragraphs, bullets and e-mail addresses.
//! Deterministic for a seed, so figures can be reproduced.

use std::fmt::Write;

use crate::model::{City, Dataset, Item};

mod export;
mod texts;
mod words;

pub use export::{grouped_export, item_view_export};
pub use texts::Texts;
use texts::{lines_text, made_up_words};
pub use words::Rng;
use words::WORDS;

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
    /// `items` items in cities of 30, with 800-byte texts (near the seeds' median).
    #[must_use]
    pub fn new(items: usize) -> Shape {
        Shape {
            items,
            items_per_city: 30,
            description_len: 800,
            seed: 1,
        }
    }

    /// `cities` cities of `items_per_city` items each: benchmarks name both, because a
    /// step that is linear in items can still be quadratic in cities (or the reverse).
    #[must_use]
    pub fn grid(cities: usize, items_per_city: usize, description_len: usize) -> Shape {
        Shape {
            items: cities * items_per_city,
            items_per_city,
            description_len,
            seed: 1,
        }
    }

    /// `14300x7-800`: how benchmarks and file names call a shape.
    #[must_use]
    pub fn label(&self) -> String {
        self.label_with(Texts::Prose)
    }

    /// `14300x7-800`, or with texts of lines `14300x7-L0-6w5-25v40`.
    #[must_use]
    pub fn label_with(&self, texts: Texts) -> String {
        let per = self.items_per_city.max(1);
        let texts = match texts {
            Texts::Prose => self.description_len.to_string(),
            lines @ Texts::Lines { .. } => lines.label(),
        };
        format!("{}x{}-{texts}", self.items.div_ceil(per), per)
    }
}

/// A dataset of `shape.items` items in cities of `shape.items_per_city`, numbered like the
/// real list: a chapter, lettered sections, subsections under them.
#[must_use]
pub fn dataset(shape: Shape) -> Dataset {
    dataset_of(shape, Texts::Prose)
}

/// `dataset`, with texts of another shape.
#[must_use]
pub fn dataset_of(shape: Shape, texts: Texts) -> Dataset {
    let mut rng = Rng::new(shape.seed);
    let vocabulary = match texts {
        Texts::Prose => Vec::new(),
        Texts::Lines { vocabulary, .. } => made_up_words(vocabulary),
    };
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
            .map(|i| {
                let prose = if texts == Texts::Prose {
                    shape.description_len
                } else {
                    0
                };
                let mut item = item(&mut rng, i, prose);
                if let Texts::Lines { lines, words, .. } = texts {
                    item.description = lines_text(&mut rng, lines, words, &vocabulary);
                }
                item
            })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{Source, parse_grouped};

    #[test]
    fn texts_of_lines_keep_to_their_counts_and_their_vocabulary() {
        let texts = Texts::Lines {
            lines: (1, 3),
            words: (2, 4),
            vocabulary: 50,
        };
        let data = dataset_of(Shape::grid(20, 10, 0), texts);
        assert_eq!(data, dataset_of(Shape::grid(20, 10, 0), texts));
        let mut seen = std::collections::HashSet::new();
        let mut line_counts = std::collections::HashSet::new();
        for item in data.cities.iter().flat_map(|c| &c.items) {
            let lines: Vec<&str> = item.description.split('\n').collect();
            assert!((1..=3).contains(&lines.len()), "{:?}", item.description);
            line_counts.insert(lines.len());
            for line in lines {
                let words: Vec<&str> = line.split(' ').collect();
                assert!((2..=4).contains(&words.len()), "{line:?}");
                seen.extend(words);
            }
        }
        assert_eq!(line_counts.len(), 3, "every count in the range is drawn");
        assert!(seen.len() <= 50 && seen.len() > 40, "{} words", seen.len());
        assert!(seen.contains("woonraad") && seen.contains("OCMW"));
        assert_eq!(
            made_up_words(300)
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            300
        );
        assert_eq!(texts.label(), "L1-3w2-4v50");
    }

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
    fn a_grid_shape_has_its_cities_and_items() {
        let shape = Shape::grid(7, 3, 0);
        let d = dataset(shape);
        assert_eq!(d.cities.len(), 7);
        assert!(d.cities.iter().all(|c| c.items.len() == 3));
        assert!(
            d.cities
                .iter()
                .flat_map(|c| &c.items)
                .all(|i| i.description.is_empty())
        );
        assert_eq!(shape.label(), "7x3-0");
    }

    #[test]
    fn the_export_has_nbsp_where_the_seeds_do() {
        let text = grouped_export(&dataset(Shape::new(30)));
        let lines = text.lines().count();
        let with_nbsp = text.lines().filter(|l| l.contains('\u{a0}')).count();
        // About a third of the text lines, as in the seeds (182 of 940 lines).
        assert!(
            with_nbsp * 10 > lines && with_nbsp * 3 < lines,
            "{with_nbsp} of {lines}"
        );
        assert!(text.lines().any(|l| l == "\u{a0}"));
    }

    #[test]
    fn the_grouped_export_imports_back_to_the_same_dataset() {
        let d = dataset(Shape::new(300));
        let back = parse_grouped(&Source::new("synth", grouped_export(&d))).unwrap();
        assert_eq!(back.cities, d.cities);
        assert_eq!(back.chapter.as_deref(), Some(d.chapter.as_str()));
    }
}

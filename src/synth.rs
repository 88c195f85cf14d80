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

/// What the texts of a synthetic dataset are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texts {
    /// Paragraphs of long sentences, bullets and contact lines from the project's 40 words,
    /// about `Shape::description_len` bytes each.
    Prose,
    /// Short lines, as many lists are written: per text a number of lines in `lines`
    /// (inclusive), per line a number of words in `words`, drawn evenly from a vocabulary
    /// of `vocabulary` words (the project's 40 first, then made-up ones). A small
    /// vocabulary makes a common word hit most lines (dense hits); a large one, few.
    Lines {
        lines: (usize, usize),
        words: (usize, usize),
        vocabulary: usize,
    },
}

impl Texts {
    /// `L0-6w5-25v40`: how file names and benchmarks call a text shape (in place of the
    /// length of prose).
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Texts::Prose => String::new(),
            Texts::Lines {
                lines,
                words,
                vocabulary,
            } => format!(
                "L{}-{}w{}-{}v{vocabulary}",
                lines.0, lines.1, words.0, words.1
            ),
        }
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

/// The project's words, then as many more as asked, made of syllables (`kabo`, `lemiru`…),
/// none of them one of the project's.
fn made_up_words(count: usize) -> Vec<String> {
    const SYLLABLES: &[&str] = &[
        "ka", "bo", "le", "mi", "ru", "ta", "ne", "zo", "vi", "pe", "lu", "da", "go", "si", "fe",
        "ho", "ja", "wu", "xe", "qy",
    ];
    let mut words: Vec<String> = WORDS.iter().take(count).map(|w| (*w).to_owned()).collect();
    let mut n = 0usize;
    while words.len() < count {
        // `n` in base 20, a syllable a digit: one word per number.
        let mut word = String::new();
        let mut k = n;
        loop {
            word.push_str(SYLLABLES[k % SYLLABLES.len()]);
            k /= SYLLABLES.len();
            if k == 0 {
                break;
            }
        }
        words.push(word);
        n += 1;
    }
    words
}

fn lines_text(
    rng: &mut Rng,
    lines: (usize, usize),
    words: (usize, usize),
    vocabulary: &[String],
) -> String {
    let between =
        |rng: &mut Rng, (low, high): (usize, usize)| low + rng.below(high.max(low) - low + 1);
    let mut text = String::new();
    for line in 0..between(rng, lines) {
        if line > 0 {
            text.push('\n');
        }
        for word in 0..between(rng, words) {
            if word > 0 {
                text.push(' ');
            }
            if let Some(w) = vocabulary.get(rng.below(vocabulary.len().max(1))) {
                text.push_str(w);
            }
        }
    }
    text
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
/// the chrome lines, U+00A0 around `Stad :` and the city line closing each row. As in
/// the seeds, some text lines carry U+00A0 where the importer reads a space, and some
/// blank lines are a lone U+00A0, so benchmarks pay for the clean-up real exports need.
#[must_use]
pub fn grouped_export(data: &Dataset) -> String {
    let mut out = format!(
        "{}\n\nTitelFilterBeschrijvingFilter\nSorteren op bijlagenDruk op Shift+ENTER om het menu te openen (nieuw venster)\n",
        data.chapter
    );
    let mut nbsp = NbspSprinkler::default();
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
                for line in item.description.split('\n') {
                    nbsp.push_line(&mut out, line);
                }
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

/// The item view of one city, as the web list shows it filtered to that city: the column
/// header, then per row its title, its text and a row end (a U+00A0 line, or `Bijlage`
/// and U+00A0 when the row has an attachment).
#[must_use]
pub fn item_view_export(city: &City) -> String {
    let mut out = String::from(
        "Titel\nBeschrijving\nDruk op Shift+ENTER om het menu te openen (nieuw venster)\n\u{a0}\u{a0}\nBewerken\n",
    );
    for item in &city.items {
        out.push_str(&item.title);
        out.push('\n');
        if !item.description.is_empty() {
            out.push_str(&item.description);
            out.push('\n');
        }
        out.push_str(if item.attachment {
            "Bijlage\u{a0}\n"
        } else {
            "\u{a0}\n"
        });
    }
    out
}

/// Writes text lines with U+00A0 in about a third of them, as the seeds have it: the first
/// space of a line, or the whole of a blank line. The importer reads both back as spaces.
#[derive(Default)]
struct NbspSprinkler(usize);

impl NbspSprinkler {
    fn push_line(&mut self, out: &mut String, line: &str) {
        self.0 += 1;
        match line.find(' ') {
            _ if !self.0.is_multiple_of(3) => out.push_str(line),
            None if line.is_empty() => out.push('\u{a0}'),
            None => out.push_str(line),
            Some(at) => {
                out.push_str(&line[..at]);
                out.push('\u{a0}');
                out.push_str(&line[at + 1..]);
            }
        }
        out.push('\n');
    }
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

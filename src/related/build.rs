//! Building a `RelatedIndex`: every text read once into word counts, the words analysed
//! once each (stem, compound parts), then weights, each item's strongest terms, postings.

use std::collections::HashMap;

use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use super::analyse::{self, Stems};
use super::compound::Compounds;
use super::index::{RelatedIndex, TERMS_PER_ITEM, slice};
use crate::catalog::Catalog;

/// A part of a compound counts this much of a whole word.
const PART_WEIGHT: f32 = 0.5;

/// A term must be in this many items to relate any two: one only one text has weighs
/// heavily (names, typing errors) and relates it to nothing.
const MIN_ITEMS: u32 = 2;

type Map<K, V> = HashMap<K, V, Xxh3DefaultBuilder>;

/// The id of a word that does not count (a stop word, too short, a city's name).
const IGNORED: u32 = u32::MAX;

/// The words of all texts, each once, and how often each item uses each.
#[derive(Default)]
struct Words {
    /// Every word seen, folded: its id, or `IGNORED`.
    ids: Map<String, u32>,
    /// Per word id: folded, as first spelled (lower case), and uses in all texts.
    folded: Vec<String>,
    spelled: Vec<String>,
    uses: Vec<u32>,
    /// Per item, where its (word, count) pairs start in `counts`; one more, for the end.
    item_starts: Vec<u32>,
    counts: Vec<(u32, u32)>,
}

/// Each word's terms (its stem; its parts' stems at `PART_WEIGHT`) and each term's face.
#[derive(Default)]
struct Terms {
    ids: Map<String, u32>,
    /// Per term: the spelling shown, and how strongly it claimed that (uses of the word).
    shown: Vec<(String, u64)>,
    /// Per word id, where its terms start in `of_word`; one more, for the end.
    word_starts: Vec<u32>,
    of_word: Vec<(u32, f32)>,
}

impl RelatedIndex {
    /// Reads every text of `catalog` once (from its snapshot, when it has one).
    #[must_use]
    pub fn build(catalog: &Catalog) -> RelatedIndex {
        build(catalog)
    }
}

fn build(catalog: &Catalog) -> RelatedIndex {
    let words = read_words(catalog);
    let terms = analyse_words(&words);
    let mut index = weigh(&words, &terms);
    index.city_starts = (0..=catalog.city_count())
        .map(|c| {
            if c == catalog.city_count() {
                catalog.len() as u32
            } else {
                catalog.city_positions(c).start as u32
            }
        })
        .collect();
    index.order = order(catalog);
    index
}

fn read_words(catalog: &Catalog) -> Words {
    let mut words = Words::default();
    // A city's name says where a text is from, not what it is about ("Sint-Niklaas" is
    // no topic Kortrijk's "Sint Jozef" shares).
    for city in 0..catalog.city_count() {
        let name = catalog.city_name(city);
        for word in analyse::words(name).chain(analyse::joined(name)) {
            let mut folded = String::new();
            analyse::fold_word(word, &mut folded);
            words.ids.insert(folded, IGNORED);
        }
    }
    let positions: Vec<usize> = (0..catalog.len()).collect();
    let (mut folded, mut in_item) = (String::new(), Vec::new());
    words.item_starts.push(0);
    catalog.each_text(&positions, &mut |_, text| {
        in_item.clear();
        for word in analyse::words(text).chain(analyse::joined(text)) {
            analyse::fold_word(word, &mut folded);
            // Each word is looked at once: after that, one lookup says what it is.
            let id = match words.ids.get(folded.as_str()) {
                Some(&IGNORED) => continue,
                Some(id) => *id,
                None if !analyse::counts(&folded) => {
                    words.ids.insert(folded.clone(), IGNORED);
                    continue;
                }
                None => words.add(&folded, word),
            };
            words.uses[id as usize] += 1;
            in_item.push(id);
        }
        in_item.sort_unstable();
        for run in in_item.chunk_by(|a, b| a == b) {
            words.counts.push((run[0], run.len() as u32));
        }
        words.item_starts.push(words.counts.len() as u32);
    });
    words
}

impl Words {
    fn add(&mut self, folded: &str, word: &str) -> u32 {
        let id = self.folded.len() as u32;
        self.ids.insert(folded.to_owned(), id);
        self.folded.push(folded.to_owned());
        self.spelled.push(word.to_lowercase());
        self.uses.push(0);
        id
    }
}

fn analyse_words(words: &Words) -> Terms {
    let all: Vec<&str> = words.folded.iter().map(String::as_str).collect();
    let compounds = Compounds::new(&all);
    let stems = Stems::default();
    let mut terms = Terms::default();
    terms.word_starts.push(0);
    for (id, folded) in all.iter().enumerate() {
        let uses = u64::from(words.uses[id]);
        let whole = terms.term(&stems.stem(folded), &words.spelled[id], uses);
        terms.of_word.push((whole, 1.0));
        for part in compounds.parts(folded) {
            // A part shows as the dataset spells it when it is a word of its own.
            let spelled = words
                .ids
                .get(part.as_str())
                .filter(|w| **w != IGNORED)
                .map_or(part.as_str(), |w| words.spelled[*w as usize].as_str());
            // It claims its face by its compound's uses: `raad` is shown as `raad`, not as
            // `raden`, which one text uses once, though no text says `raad` alone.
            let term = terms.term(&stems.stem(&part), spelled, uses);
            if term != whole {
                terms.of_word.push((term, PART_WEIGHT));
            }
        }
        terms.word_starts.push(terms.of_word.len() as u32);
    }
    terms
}

impl Terms {
    /// The id of the term `stem`; `spelled` becomes its face when its word is used more
    /// than the face's so far (the first seen on a tie).
    fn term(&mut self, stem: &str, spelled: &str, uses: u64) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            let shown = &mut self.shown[id as usize];
            if uses > shown.1 {
                *shown = (spelled.to_owned(), uses);
            }
            return id;
        }
        let id = self.shown.len() as u32;
        self.ids.insert(stem.to_owned(), id);
        self.shown.push((spelled.to_owned(), uses));
        id
    }

    fn of(&self, word: u32) -> &[(u32, f32)] {
        slice(&self.word_starts, &self.of_word, word as usize)
    }
}

/// An item's term frequencies into `out` (cleared first), by term.
fn frequencies(words: &Words, terms: &Terms, item: usize, out: &mut Vec<(u32, f32)>) {
    out.clear();
    for &(word, count) in slice(&words.item_starts, &words.counts, item) {
        out.extend(
            terms
                .of(word)
                .iter()
                .map(|&(t, w)| (t, w * f64::from(count) as f32)),
        );
    }
    out.sort_unstable_by_key(|(t, _)| *t);
    out.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 += b.1;
        }
        same
    });
}

/// Weights, each item's strongest terms, postings; terms no item keeps are dropped.
fn weigh(words: &Words, terms: &Terms) -> RelatedIndex {
    let items = words.item_starts.len() - 1;
    let mut scratch = Vec::new();
    let mut df = vec![0_u32; terms.shown.len()];
    let mut with_words = 0_u32;
    for item in 0..items {
        frequencies(words, terms, item, &mut scratch);
        for (t, _) in &scratch {
            df[*t as usize] += 1;
        }
        with_words += u32::from(!scratch.is_empty());
    }
    let mut index = RelatedIndex::default();
    index.item_starts.push(0);
    for item in 0..items {
        frequencies(words, terms, item, &mut scratch);
        let mut weighed: Vec<(u32, f32)> = scratch
            .iter()
            .map(|&(t, tf)| {
                let idf = (f64::from(with_words) / f64::from(df[t as usize])).ln() as f32;
                (t, (1.0 + tf.ln()) * idf)
            })
            .filter(|&(t, w)| w > 0.0 && df[t as usize] >= MIN_ITEMS)
            .collect();
        weighed.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        weighed.truncate(TERMS_PER_ITEM);
        let norm = weighed.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        index
            .item_terms
            .extend(weighed.iter().map(|&(t, w)| (t, w / norm)));
        index.item_starts.push(index.item_terms.len() as u32);
    }
    keep_used_terms(&mut index, terms);
    index
}

/// Renumbers the terms items keep as 0.. (in the order first kept), lays out their faces
/// and postings.
fn keep_used_terms(index: &mut RelatedIndex, terms: &Terms) {
    const UNUSED: u32 = u32::MAX;
    let mut new_id = vec![UNUSED; terms.shown.len()];
    let mut count: Vec<u32> = Vec::new();
    index.surface_starts.push(0);
    for (t, _) in &mut index.item_terms {
        let id = &mut new_id[*t as usize];
        if *id == UNUSED {
            *id = count.len() as u32;
            count.push(0);
            index.surfaces.push_str(&terms.shown[*t as usize].0);
            index.surface_starts.push(index.surfaces.len() as u32);
        }
        *t = *id;
        count[*t as usize] += 1;
    }
    index.posting_starts.push(0);
    let mut end = 0;
    for c in &count {
        end += c;
        index.posting_starts.push(end);
    }
    let mut fill: Vec<u32> = index.posting_starts[..count.len()].to_vec();
    index.postings = vec![(0, 0.0); end as usize];
    for item in 0..index.item_starts.len() - 1 {
        for &(t, w) in slice(&index.item_starts, &index.item_terms, item) {
            let at = &mut fill[t as usize];
            index.postings[*at as usize] = (item as u32, w);
            *at += 1;
        }
    }
    index.surfaces.shrink_to_fit();
    index.surface_starts.shrink_to_fit();
    index.item_terms.shrink_to_fit();
    index.item_starts.shrink_to_fit();
}

/// Each item's place when sorted by city name, then title (then position).
fn order(catalog: &Catalog) -> Vec<u32> {
    let mut by_name: Vec<usize> = (0..catalog.len()).collect();
    let city_of = |p: usize| catalog.id_at(p).map_or(0, |id| id.city);
    by_name.sort_by(|&a, &b| {
        catalog
            .city_name(city_of(a))
            .cmp(catalog.city_name(city_of(b)))
            .then_with(|| catalog.title_at(a).cmp(catalog.title_at(b)))
            .then(a.cmp(&b))
    });
    let mut order = vec![0_u32; by_name.len()];
    for (rank, p) in by_name.into_iter().enumerate() {
        order[p] = rank as u32;
    }
    order
}

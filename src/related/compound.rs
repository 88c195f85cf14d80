//! Dutch compounds split into parts the dataset knows, so `woonbeleidsplan` shares terms
//! with `woonbeleid` and `plan`, and `woonraad` with `adviesraad` and `seniorenraad`.
//!
//! A part is known when the dataset has it as a word of its own, or when it ends at least
//! two compounds whose first part is such a word (`raad` in `woonraad` and `adviesraad`:
//! no text says `raad` alone). A compound splits where its first part is known, followed
//! or not by the linking `s` (`beleid|s|plan`), and the rest is known too; the longest
//! first part is taken (Dutch compounds end in their head), then both parts split again.

use std::collections::{HashMap, HashSet};

use xxhash_rust::xxh3::Xxh3DefaultBuilder;

/// Parts shorter than this (in bytes of the folded word) are too often an ending
/// (`-ing`, `-lijk`) rather than a word.
const MIN_PART: usize = 4;

/// Compounds of fewer bytes than this are not split: two parts of at least `MIN_PART`.
const MIN_COMPOUND: usize = 2 * MIN_PART;

/// A tail must end this many compounds with known first parts to count as a part.
const MIN_TAIL_USES: usize = 2;

/// What the dataset knows as parts.
pub struct Compounds<'a> {
    known: HashSet<&'a str, Xxh3DefaultBuilder>,
}

impl<'a> Compounds<'a> {
    /// From the dataset's folded words (each once, stop words left out).
    #[must_use]
    pub fn new(words: &[&'a str]) -> Compounds<'a> {
        let mut known: HashSet<&'a str, Xxh3DefaultBuilder> = words
            .iter()
            .copied()
            .filter(|w| w.len() >= MIN_PART)
            .collect();
        let mut tails: HashMap<&'a str, usize, Xxh3DefaultBuilder> = HashMap::default();
        for word in words.iter().filter(|w| w.len() >= MIN_COMPOUND) {
            let mut seen = HashSet::<&str, Xxh3DefaultBuilder>::default();
            for (head, tail) in cuts(word) {
                if firsts(head).any(|h| known.contains(h)) && seen.insert(tail) {
                    *tails.entry(tail).or_default() += 1;
                }
            }
        }
        known.extend(
            tails
                .into_iter()
                .filter(|(tail, uses)| *uses >= MIN_TAIL_USES && !is_suffix(tail))
                .map(|(tail, _)| tail),
        );
        Compounds { known }
    }

    /// The parts of `word` at every level (`woonbeleidsplan`: `woonbeleid`, `plan`, `woon`,
    /// `beleid`), without `word` itself; none when it is no compound of known parts.
    #[must_use]
    pub fn parts(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.split_into(word, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    fn split_into(&self, word: &str, out: &mut Vec<String>) {
        let Some((head, tail)) = self.split(word) else {
            return;
        };
        for part in [head, tail] {
            out.push(part.to_owned());
            self.split_into(part, out);
        }
    }

    /// The split with the longest known first part and a known rest.
    fn split<'w>(&self, word: &'w str) -> Option<(&'w str, &'w str)> {
        if word.len() < MIN_COMPOUND {
            return None;
        }
        cuts(word).find_map(|(head, tail)| {
            let head = firsts(head).find(|h| self.known.contains(h))?;
            self.known.contains(tail).then_some((head, tail))
        })
    }
}

/// Every way to cut `word` in two parts of at least `MIN_PART` bytes, the longest first
/// part first.
fn cuts(word: &str) -> impl Iterator<Item = (&str, &str)> {
    (MIN_PART..=word.len().saturating_sub(MIN_PART))
        .rev()
        .filter(|at| word.is_char_boundary(*at))
        .map(|at| word.split_at(at))
}

/// Dutch derivational endings that end many words after a word (`gemeente|lijke`,
/// `duurzaam|heid`) without being parts; folded, sorted. A word of its own is a part
/// all the same.
const SUFFIXES: &[&str] = &[
    "achtig", "achtige", "baar", "bare", "heden", "heid", "isch", "ische", "lijk", "lijke",
    "lijken", "lijks", "loos", "loze", "schap", "schappen", "zaam", "zame",
];

fn is_suffix(tail: &str) -> bool {
    SUFFIXES.binary_search(&tail).is_ok()
}

/// What a first part can be: itself (`advies` in `adviesraad`), or without a linking `s`
/// when that leaves a part (`beleid` in `beleidsplan`).
fn firsts(head: &str) -> impl Iterator<Item = &str> {
    let unlinked = head.strip_suffix('s').filter(|h| h.len() >= MIN_PART);
    std::iter::once(head).chain(unlinked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known<'a>(words: &[&'a str]) -> Compounds<'a> {
        Compounds::new(words)
    }

    #[test]
    fn a_compound_splits_into_known_words_at_every_level() {
        let c = known(&["woon", "beleid", "woonbeleid", "plan", "woonbeleidsplan"]);
        assert_eq!(
            c.parts("woonbeleidsplan"),
            ["beleid", "plan", "woon", "woonbeleid"]
        );
        assert_eq!(c.parts("woonbeleid"), ["beleid", "woon"]);
        assert!(c.parts("beleid").is_empty());
    }

    #[test]
    fn a_tail_two_compounds_end_in_is_a_part_though_never_a_word() {
        let c = known(&["woon", "advies", "woonraad", "adviesraad"]);
        assert_eq!(c.parts("woonraad"), ["raad", "woon"]);
        assert_eq!(c.parts("adviesraad"), ["advies", "raad"]);
        // One compound alone does not make its tail a part.
        let alone = known(&["woon", "woonraad"]);
        assert!(alone.parts("woonraad").is_empty());
        // Nor does an ending that many words share.
        let endings = known(&["gemeente", "gemeentelijke", "stede", "stedelijke"]);
        assert!(endings.parts("gemeentelijke").is_empty());
    }

    #[test]
    fn the_endings_are_sorted() {
        assert!(SUFFIXES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn unknown_parts_and_short_parts_do_not_split() {
        let c = known(&["werk", "werking", "samen", "vergadering", "verga"]);
        assert!(
            c.parts("vergadering").is_empty(),
            "'dering' is no word here"
        );
        assert!(c.parts("werking").is_empty(), "'ing' is too short");
        assert!(c.parts("koe").is_empty());
        // Accented folded words are cut on char boundaries only.
        let accents = known(&["ééné", "tweeé", "éénétweeé"]);
        assert_eq!(accents.parts("éénétweeé"), ["tweeé", "ééné"]);
    }
}

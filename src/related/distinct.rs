//! What each of a few texts says that the others do not: per text, the words whose stem
//! none of the other texts uses, so a reader of one section across all cities sees at a
//! glance what is particular to each city.
//!
//! The terms are those related texts are weighed by (folded, stop words and short words
//! out, Snowball Dutch stems), so `woningen` in one text and `woning` in another are one
//! term, shared. Of a text's own terms the strongest are kept (most uses first, then the
//! earliest), a handful per text: marking every word only one city uses would mark most
//! of a short text.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use xxhash_rust::xxh3::Xxh3DefaultBuilder;

use super::analyse::{self, Stems};

/// How many distinctive terms a text shows at most.
pub const DISTINCT_TERMS: usize = 8;

type Map<K, V> = HashMap<K, V, Xxh3DefaultBuilder>;
type Set<K> = HashSet<K, Xxh3DefaultBuilder>;

/// The term of a word that does not count (stop word, too short, a name to leave out).
const IGNORED: u32 = u32::MAX;

/// Per text of `texts`, the byte ranges of the words of its up to `limit` strongest
/// distinctive terms, in text order. `names` (city names, say) are never distinctive: a
/// text naming its own city says where it is from, not what it is about. With fewer than
/// two texts nothing is distinctive. Linear in the texts' length.
#[must_use]
pub fn distinctive(texts: &[&str], names: &[&str], limit: usize) -> Vec<Vec<Range<usize>>> {
    if texts.len() < 2 {
        return vec![Vec::new(); texts.len()];
    }
    let mut terms = Terms::new(names);
    let occurrences: Vec<Vec<(u32, Range<usize>)>> =
        texts.iter().map(|text| terms.of_text(text)).collect();
    // In how many texts each term is: counted once per text by remembering the last.
    let mut texts_with = vec![0_u32; terms.count];
    let mut last_seen = vec![usize::MAX; terms.count];
    for (t, found) in occurrences.iter().enumerate() {
        for (term, _) in found {
            let k = *term as usize;
            if last_seen[k] != t {
                last_seen[k] = t;
                texts_with[k] += 1;
            }
        }
    }
    occurrences
        .into_iter()
        .map(|found| strongest(found, &texts_with, limit))
        .collect()
}

/// The occurrences of `found`'s strongest own terms (in no other text), in text order.
fn strongest(
    found: Vec<(u32, Range<usize>)>,
    texts_with: &[u32],
    limit: usize,
) -> Vec<Range<usize>> {
    // Per own term: its uses and its first place, for the ranking.
    let mut own: Map<u32, (usize, usize)> = Map::default();
    for (place, (term, _)) in found.iter().enumerate() {
        if texts_with[*term as usize] == 1 {
            own.entry(*term).or_insert((0, place)).0 += 1;
        }
    }
    let mut ranked: Vec<(u32, (usize, usize))> = own.into_iter().collect();
    ranked.sort_by(|(_, (uses_a, first_a)), (_, (uses_b, first_b))| {
        uses_b.cmp(uses_a).then(first_a.cmp(first_b))
    });
    ranked.truncate(limit);
    let kept: Set<u32> = ranked.into_iter().map(|(term, _)| term).collect();
    found
        .into_iter()
        .filter(|(term, _)| kept.contains(term))
        .map(|(_, range)| range)
        .collect()
}

/// Words to terms, each word analysed once however often it is used.
struct Terms {
    stems: Stems,
    /// Folded word → its term, or `IGNORED`.
    of_word: Map<String, u32>,
    /// Stem → its term.
    of_stem: Map<String, u32>,
    count: usize,
    folded: String,
}

impl Terms {
    fn new(names: &[&str]) -> Terms {
        let mut terms = Terms {
            stems: Stems::default(),
            of_word: Map::default(),
            of_stem: Map::default(),
            count: 0,
            folded: String::new(),
        };
        for name in names {
            for word in analyse::words(name) {
                analyse::fold_word(word, &mut terms.folded);
                terms.of_word.insert(terms.folded.clone(), IGNORED);
            }
        }
        terms
    }

    /// The terms of `text` that count, with where each word stands.
    fn of_text(&mut self, text: &str) -> Vec<(u32, Range<usize>)> {
        let base = text.as_ptr() as usize;
        let mut found = Vec::new();
        for word in analyse::words(text) {
            let term = self.term(word);
            if term != IGNORED {
                let start = word.as_ptr() as usize - base;
                found.push((term, start..start + word.len()));
            }
        }
        found
    }

    fn term(&mut self, word: &str) -> u32 {
        analyse::fold_word(word, &mut self.folded);
        if let Some(&term) = self.of_word.get(self.folded.as_str()) {
            return term;
        }
        let term = if analyse::counts(&self.folded) {
            let stem = self.stems.stem(&self.folded).into_owned();
            let next = self.count as u32;
            let term = *self.of_stem.entry(stem).or_insert(next);
            if term == next {
                self.count += 1;
            }
            term
        } else {
            IGNORED
        };
        self.of_word.insert(self.folded.clone(), term);
        term
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn a_word_only_one_text_uses_is_marked_there_and_a_shared_one_nowhere() {
        let texts = [
            "De woonraad vergadert met de huurders.",
            "De woonraad adviseert het college over woningen.",
            "Onze woonraad werkt met werkgroepen; de werkgroepen rapporteren.",
        ];
        let marks = distinctive(&texts, &[], DISTINCT_TERMS);
        assert_eq!(marked(texts[0], &marks[0]), ["vergadert", "huurders"]);
        assert_eq!(
            marked(texts[1], &marks[1]),
            ["adviseert", "college", "woningen"]
        );
        // The most used first when cut: werkgroepen twice.
        let top = distinctive(&texts, &[], 1);
        assert_eq!(marked(texts[2], &top[2]), ["werkgroepen", "werkgroepen"]);
    }

    #[test]
    fn endings_and_case_do_not_make_a_word_distinctive() {
        let texts = [
            "Sociale WONINGEN",
            "een sociale woning",
            "Sociale woningen, ook",
        ];
        let marks = distinctive(&texts, &[], DISTINCT_TERMS);
        assert!(marks.iter().all(Vec::is_empty), "{marks:?}");
    }

    #[test]
    fn names_stop_words_and_a_lone_text_are_never_distinctive() {
        let texts = ["Stad Sint-Niklaas en het OCMW", "Stad Gent"];
        let marks = distinctive(&texts, &["Sint-Niklaas", "Gent"], DISTINCT_TERMS);
        assert_eq!(marked(texts[0], &marks[0]), ["OCMW"]);
        assert!(marks[1].is_empty());
        assert_eq!(distinctive(&["alleen ik"], &[], 8), [Vec::new()]);
        assert!(distinctive(&[], &[], 8).is_empty());
    }

    #[test]
    fn ties_go_to_the_earliest_word() {
        let texts = ["zeta alfa beta", "gamma"];
        let marks = distinctive(&texts, &[], 2);
        assert_eq!(marked(texts[0], &marks[0]), ["zeta", "alfa"]);
    }
}

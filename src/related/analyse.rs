//! Dutch text to the terms related texts are weighed by: words as the text spells them,
//! folded as the rest of the program folds (case and accents aside), stop words left out,
//! endings reduced by the Snowball Dutch stemmer.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use crate::text::fold::fold_into;

/// Words shorter than this (in chars, folded) say too little to relate two texts: `2x`,
/// `ca`, the `s` of `SHM's`.
pub const MIN_WORD: usize = 3;

/// The words of a text as it spells them: runs of letters and digits holding a letter, so
/// numbers, dates and phone numbers are no words, and `wonen-welzijn` is two.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Words joined by hyphens, as the text spells them (`wonen-welzijn`, `OCMW-voorzitter`):
/// one term besides their parts, since the two together name one thing.
pub fn joined(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|chunk| chunk.trim_matches('-'))
        .filter(|chunk| {
            chunk.contains('-')
                && chunk
                    .split('-')
                    .all(|part| part.chars().any(char::is_alphabetic))
        })
}

/// `word` folded into `out` (cleared first), as the filter and search fold it.
pub fn fold_word(word: &str, out: &mut String) {
    out.clear();
    fold_into(word, out);
}

/// Whether a folded word counts: long enough, and not a stop word.
#[must_use]
pub fn counts(folded: &str) -> bool {
    folded.chars().count() >= MIN_WORD && !is_stop_word(folded)
}

/// A folded word's stem: `woningen` and `woning` are one term, so are `werkgroepen` and
/// `werkgroep`.
pub struct Stems(Stemmer);

impl Default for Stems {
    fn default() -> Stems {
        Stems(Stemmer::create(Algorithm::Dutch))
    }
}

impl Stems {
    #[must_use]
    pub fn stem<'a>(&self, folded: &'a str) -> Cow<'a, str> {
        self.0.stem(folded)
    }
}

/// Dutch function words, folded: Snowball's Dutch list with a few prepositions and
/// adverbs the list's texts use throughout (`binnen`, `tussen`, `zoals`, `per`).
/// Sorted, for a binary search.
const STOP_WORDS: &[&str] = &[
    "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "binnen", "daar", "dan",
    "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "elk",
    "elke", "en", "enz", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft",
    "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je",
    "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na",
    "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over",
    "per", "reeds", "sinds", "te", "tegen", "ten", "ter", "toch", "toen", "tot", "tussen", "uit",
    "uw", "van", "veel", "via", "voor", "waar", "want", "waren", "was", "wat", "wel", "welke",
    "werd", "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn",
    "zo", "zoals", "zonder", "zou",
];

#[must_use]
pub fn is_stop_word(folded: &str) -> bool {
    STOP_WORDS.binary_search(&folded).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_words_are_sorted_and_folded() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        let mut out = String::new();
        for w in STOP_WORDS {
            fold_word(w, &mut out);
            assert_eq!(&out, w);
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_with_a_letter() {
        let w: Vec<&str> = words("Wonen-Welzijn (2x per jaar), SHM's: 09 266 74 47; É3").collect();
        assert_eq!(
            w,
            ["Wonen", "Welzijn", "2x", "per", "jaar", "SHM", "s", "É3"]
        );
    }

    #[test]
    fn hyphenated_words_are_also_one_word() {
        let w: Vec<&str> = joined(
            "Stuurgroep wonen-welzijn, OCMW-voorzitter; 2019-2025, huisvestings-/woonmarkt -x-",
        )
        .collect();
        assert_eq!(w, ["wonen-welzijn", "OCMW-voorzitter"]);
    }

    #[test]
    fn function_words_and_short_words_do_not_count() {
        for w in ["de", "het", "wordt", "zijn", "tussen", "2x", "s"] {
            assert!(!counts(w), "{w}");
        }
        for w in ["woonraad", "ocmw", "caw", "wonen"] {
            assert!(counts(w), "{w}");
        }
    }

    #[test]
    fn endings_are_reduced_so_forms_of_a_word_are_one_term() {
        let stems = Stems::default();
        let same = [
            ("werkgroepen", "werkgroep"),
            ("woningen", "woning"),
            ("vertegenwoordigers", "vertegenwoordiger"),
            ("huurders", "huurder"),
        ];
        for (a, b) in same {
            assert_eq!(stems.stem(a), stems.stem(b), "{a} / {b}");
        }
        assert_ne!(stems.stem("woonraad"), stems.stem("woonoverleg"));
    }
}

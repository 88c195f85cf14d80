//! Texts of short lines from a vocabulary of any size: the shapes where a common word is
//! in most lines (dense hits) or any word is rare (sparse ones).

use super::words::{Rng, WORDS};

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

/// The project's words, then as many more as asked, made of syllables (`kabo`, `lemiru`…),
/// none of them one of the project's.
pub(super) fn made_up_words(count: usize) -> Vec<String> {
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

pub(super) fn lines_text(
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

//! The title filter's language, fzf's extended syntax: space-separated terms that must all
//! match an item's title or its city's name. `woon` (the chars in order), `'exact`,
//! `^prefix`, `suffix$`, `^equal$`, `!not`; terms with ` | ` between them are one term
//! that any of them satisfies (`^lokaal woonraad | woonoverleg`: the first and either).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;

use crate::text::FoldedLine;
use crate::text::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// `term`: the chars in order (fuzzy).
    Fuzzy,
    /// `'term`: a substring.
    Exact,
    /// `^term`
    Prefix,
    /// `term$`
    Suffix,
    /// `^term$`
    Equal,
}

/// Whether a term asks for its text or forbids it (`!term`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    Wanted,
    Excluded,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Folded.
    pub text: String,
    pub kind: TermKind,
    pub polarity: Polarity,
}

/// Whether `needle`'s chars occur in `hay` in order: fuzzy-matcher's verdict on folded
/// text (a property test holds the two to agree), at the speed of a byte scan.
#[must_use]
pub fn is_subsequence(hay: &str, needle: &str) -> bool {
    let hay = hay.as_bytes();
    let mut at = 0;
    let mut buf = [0u8; 4];
    for c in needle.chars() {
        let found = if c.is_ascii() {
            // Titles are short: a plain loop beats setting up a SIMD search per char.
            hay[at..].iter().position(|b| *b == c as u8).map(|i| i + 1)
        } else {
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            memmem::find(&hay[at..], bytes).map(|i| i + bytes.len())
        };
        match found {
            Some(step) => at += step,
            None => return false,
        }
    }
    true
}

impl Term {
    fn parse(word: &str) -> Option<Term> {
        let (polarity, word) = match word.strip_prefix('!') {
            Some(rest) => (Polarity::Excluded, rest),
            None => (Polarity::Wanted, word),
        };
        let (kind, text) = if let Some(rest) = word.strip_prefix('\'') {
            (TermKind::Exact, rest)
        } else {
            let (prefix, rest) = word.strip_prefix('^').map_or((false, word), |r| (true, r));
            let (suffix, rest) = match rest.strip_suffix('$') {
                Some(r) if !r.is_empty() => (true, r),
                _ => (false, rest),
            };
            let kind = match (prefix, suffix) {
                (true, true) => TermKind::Equal,
                (true, false) => TermKind::Prefix,
                (false, true) => TermKind::Suffix,
                // fzf: a negated plain term is an exact one.
                (false, false) if polarity == Polarity::Excluded => TermKind::Exact,
                (false, false) => TermKind::Fuzzy,
            };
            (kind, rest)
        };
        (!text.is_empty()).then(|| Term {
            text: fold(text),
            kind,
            polarity,
        })
    }

    /// Whether the term's text matches folded `hay`, whatever its polarity.
    #[must_use]
    pub fn hits(&self, hay: &str) -> bool {
        match self.kind {
            TermKind::Fuzzy => is_subsequence(hay, &self.text),
            TermKind::Exact => memmem::find(hay.as_bytes(), self.text.as_bytes()).is_some(),
            TermKind::Prefix => hay.starts_with(&self.text),
            TermKind::Suffix => hay.ends_with(&self.text),
            TermKind::Equal => hay == self.text,
        }
    }

    /// Folded char positions the term matches in folded `hay` (which it hits).
    fn positions(&self, hay: &str, matcher: &SkimMatcherV2) -> Vec<usize> {
        let chars_from = |byte: usize| {
            let start = hay[..byte].chars().count();
            start..start + self.text.chars().count()
        };
        match self.kind {
            TermKind::Fuzzy => matcher
                .fuzzy_indices(hay, &self.text)
                .map(|(_, p)| p)
                .unwrap_or_default(),
            TermKind::Exact => hay
                .find(&self.text)
                .map(chars_from)
                .map(Iterator::collect)
                .unwrap_or_default(),
            TermKind::Prefix | TermKind::Equal => chars_from(0).collect(),
            TermKind::Suffix => chars_from(hay.len() - self.text.len()).collect(),
        }
    }

    fn is_wanted(&self) -> bool {
        self.polarity == Polarity::Wanted
    }
}

/// A title filter as typed: every group must be satisfied, a group by any of its terms.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    groups: Vec<Vec<Term>>,
}

impl Term {
    /// Whether the term is satisfied by one of the folded fields: hit, or missed when negated.
    fn satisfied(&self, fields: &[&str]) -> bool {
        self.is_wanted() == fields.iter().any(|f| self.hits(f))
    }

    /// Whether everything `self` accepts `earlier` accepted too: the same term, or a wanted
    /// one that only grew at its end where growing narrows.
    fn narrows(&self, earlier: &Term) -> bool {
        self == earlier
            || (earlier.is_wanted()
                && self.is_wanted()
                && self.kind == earlier.kind
                && matches!(
                    earlier.kind,
                    TermKind::Fuzzy | TermKind::Exact | TermKind::Prefix
                )
                && self.text.starts_with(&earlier.text))
    }
}

impl Query {
    #[must_use]
    pub fn parse(input: &str) -> Query {
        let mut groups: Vec<Vec<Term>> = Vec::new();
        let mut either = false;
        for word in input.split_whitespace() {
            if word == "|" {
                either = !groups.is_empty();
                continue;
            }
            let Some(term) = Term::parse(word) else {
                continue;
            };
            match groups.last_mut() {
                Some(group) if either => group.push(term),
                _ => groups.push(vec![term]),
            }
            either = false;
        }
        Query { groups }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every term, of every group.
    pub fn terms(&self) -> impl Iterator<Item = &Term> {
        self.groups.iter().flatten()
    }

    /// Whether an item with this folded title in a city with this folded name matches.
    #[must_use]
    pub fn matches(&self, title: &str, city: &str) -> bool {
        self.matches_any(&[title, city])
    }

    /// Whether each group has a term that matches (or, negated, misses) at least one of the
    /// folded fields.
    #[must_use]
    pub fn matches_any(&self, fields: &[&str]) -> bool {
        self.groups
            .iter()
            .all(|group| group.iter().any(|t| t.satisfied(fields)))
    }

    /// Whether everything this query matches was matched by `previous` too, so only the
    /// previous matches need testing: true when it only adds to the end of what was typed
    /// (a term more, or a longer last term), not when it adds an alternative (` | `).
    #[must_use]
    pub fn narrows(&self, previous: &Query) -> bool {
        let Some((last, rest)) = previous.groups.split_last() else {
            return true;
        };
        self.groups.len() >= previous.groups.len() && self.groups[..rest.len()] == *rest && {
            let new = &self.groups[rest.len()];
            new.len() == last.len() && new.iter().zip(last).all(|(n, l)| n.narrows(l))
        }
    }

    /// fuzzy-matcher's score, for ordering (higher is better); `None` when it does not match.
    #[must_use]
    pub fn score(&self, matcher: &SkimMatcherV2, title: &str, city: &str) -> Option<i64> {
        if !self.matches(title, city) {
            return None;
        }
        // A group scores as its best term; a term that is not fuzzy scores nothing.
        let term_score = |t: &Term| -> i64 {
            if !(t.is_wanted() && t.kind == TermKind::Fuzzy) {
                return 0;
            }
            // The cheap test first: the scoring matrix only where there is a match.
            [title, city]
                .into_iter()
                .filter(|field| t.hits(field))
                .filter_map(|field| matcher.fuzzy_match(field, &t.text))
                .max()
                .unwrap_or(0)
        };
        Some(
            self.groups
                .iter()
                .map(|group| group.iter().map(term_score).max().unwrap_or(0))
                .sum(),
        )
    }

    /// Char positions in the original `text` that the query's wanted terms match, sorted;
    /// for highlighting, and only ever asked for rows on screen.
    #[must_use]
    pub fn highlight(&self, text: &str) -> Vec<usize> {
        if self.groups.is_empty() {
            return Vec::new();
        }
        let folded = FoldedLine::new(text);
        let matcher = SkimMatcherV2::default().ignore_case();
        let positions: Vec<usize> = self
            .terms()
            .filter(|t| t.is_wanted() && t.hits(&folded.text))
            .flat_map(|t| t.positions(&folded.text, &matcher))
            .collect();
        folded.original_chars(text, &positions)
    }
}

#[cfg(test)]
mod tests;

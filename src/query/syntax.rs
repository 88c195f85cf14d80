//! The title filter's language, fzf's extended syntax: space-separated terms that must all
//! match an item's title or its city's name. `woon` (the chars in order), `'exact`,
//! `^prefix`, `suffix$`, `^equal$`, `!not`.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;

use super::fold::{FoldedLine, fold};

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

/// A title filter as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    #[must_use]
    pub fn parse(input: &str) -> Query {
        Query {
            terms: input.split_whitespace().filter_map(Term::parse).collect(),
        }
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether an item with this folded title in a city with this folded name matches.
    #[must_use]
    pub fn matches(&self, title: &str, city: &str) -> bool {
        self.terms
            .iter()
            .all(|t| t.is_wanted() == (t.hits(title) || t.hits(city)))
    }

    /// Whether each term matches (or, negated, misses) at least one of the folded fields.
    #[must_use]
    pub fn matches_any(&self, fields: &[&str]) -> bool {
        self.terms
            .iter()
            .all(|t| t.is_wanted() == fields.iter().any(|f| t.hits(f)))
    }

    /// Whether everything this query matches was matched by `previous` too, so only the
    /// previous matches need testing: true when it only adds to the end of what was typed.
    #[must_use]
    pub fn narrows(&self, previous: &Query) -> bool {
        let Some((last, rest)) = previous.terms.split_last() else {
            return true;
        };
        self.terms.len() >= previous.terms.len()
            && self.terms[..rest.len()] == *rest
            && (self.terms[rest.len()] == *last || {
                let new = &self.terms[rest.len()];
                last.is_wanted()
                    && new.is_wanted()
                    && new.kind == last.kind
                    && matches!(
                        last.kind,
                        TermKind::Fuzzy | TermKind::Exact | TermKind::Prefix
                    )
                    && new.text.starts_with(&last.text)
            })
    }

    /// fuzzy-matcher's score, for ordering (higher is better); `None` when it does not match.
    #[must_use]
    pub fn score(&self, matcher: &SkimMatcherV2, title: &str, city: &str) -> Option<i64> {
        if !self.matches(title, city) {
            return None;
        }
        Some(
            self.terms
                .iter()
                .filter(|t| t.is_wanted() && t.kind == TermKind::Fuzzy)
                // The cheap test first: the scoring matrix only where there is a match.
                .map(|t| {
                    [title, city]
                        .into_iter()
                        .filter(|field| t.hits(field))
                        .filter_map(|field| matcher.fuzzy_match(field, &t.text))
                        .max()
                        .unwrap_or(0)
                })
                .sum(),
        )
    }

    /// Char positions in the original `text` that the query's wanted terms match, sorted;
    /// for highlighting, and only ever asked for rows on screen.
    #[must_use]
    pub fn highlight(&self, text: &str) -> Vec<usize> {
        if self.terms.is_empty() {
            return Vec::new();
        }
        let folded = FoldedLine::new(text);
        let matcher = SkimMatcherV2::default().ignore_case();
        let positions: Vec<usize> = self
            .terms
            .iter()
            .filter(|t| t.is_wanted() && t.hits(&folded.text))
            .flat_map(|t| t.positions(&folded.text, &matcher))
            .collect();
        folded.original_chars(text, &positions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_syntax() {
        use Polarity::{Excluded, Wanted};
        let q = Query::parse("woon 'raad ^lok overleg$ !gent ^b. overleg$");
        let kinds: Vec<(TermKind, Polarity)> =
            q.terms.iter().map(|t| (t.kind, t.polarity)).collect();
        assert_eq!(
            kinds,
            [
                (TermKind::Fuzzy, Wanted),
                (TermKind::Exact, Wanted),
                (TermKind::Prefix, Wanted),
                (TermKind::Suffix, Wanted),
                (TermKind::Exact, Excluded),
                (TermKind::Prefix, Wanted),
                (TermKind::Suffix, Wanted),
            ]
        );
        assert_eq!(Query::parse("^b.overleg$").terms[0].kind, TermKind::Equal);
        assert_eq!(Query::parse("!^gent$").terms[0].kind, TermKind::Equal);
        assert_eq!(Query::parse("$").terms[0].kind, TermKind::Fuzzy);
        assert!(Query::parse("  ! ' ^ ").is_empty());
    }

    #[test]
    fn each_kind_matches_only_its_own_shape() {
        let hay = fold("Lokaal woonoverleg");
        let hit = |q: &str| Query::parse(q).matches(&hay, "");
        assert!(hit("lwo") && !hit("'lwo") && hit("'woonover"));
        assert!(hit("^lokaal") && !hit("^woon"));
        assert!(hit("overleg$") && !hit("lokaal$"));
        assert!(hit("^lokaal woonoverleg$"), "two terms: prefix and suffix");
        assert!(hit("^lokaal-woonoverleg$") == (hay == "lokaal-woonoverleg"));
        let equal = |q: &str, h: &str| Query::parse(q).matches(&fold(h), "");
        assert!(equal("^gent$", "Gent"));
        assert!(!equal("^gent$", "Gentbrugge"));
        assert!(!equal("^gent$", "Sint-Gent"));
        assert!(!equal("^gent$", "gen"));
    }

    #[test]
    fn matching_in_both_directions_of_accents() {
        let title = fold("1. LOKAAL WOONBELEID COÖRDINEREN");
        assert!(Query::parse("coordineren").matches(&title, "aalst"));
        assert!(Query::parse("COÖRD").matches(&fold("coordineren"), ""));
        assert!(Query::parse("eenmaal").matches(&fold("Eénmaal per jaar"), ""));
    }

    #[test]
    fn terms_may_match_the_city_and_negations_exclude() {
        let title = fold("Lokale woonraad");
        assert!(Query::parse("gent woonraad").matches(&title, "gent"));
        assert!(!Query::parse("gent woonraad").matches(&title, "genk"));
        assert!(!Query::parse("woonraad !gent").matches(&title, "gent"));
        assert!(Query::parse("woonraad !gent").matches(&title, "genk"));
        assert!(
            !Query::parse("!raad").matches(&title, "genk"),
            "the title has it"
        );
    }

    #[test]
    fn growing_queries_narrow() {
        let p = |s| Query::parse(s);
        assert!(p("woo").narrows(&p("wo")));
        assert!(p("wo raad").narrows(&p("wo")));
        assert!(p("wo r").narrows(&p("wo ")));
        assert!(p("^lok").narrows(&p("^lo")));
        assert!(p("'lok").narrows(&p("'lo")));
        assert!(!p("raad$").narrows(&p("raad")));
        assert!(
            !p("aad$").narrows(&p("ad$")),
            "a longer suffix is not within the shorter's matches by prefix"
        );
        assert!(!p("^lok$").narrows(&p("^lo$")));
        assert!(!p("!gentb").narrows(&p("!gent")));
        assert!(!p("oo").narrows(&p("wo")));
        assert!(!p("wo").narrows(&p("wo raad")), "fewer terms widen");
        assert!(p("x").narrows(&p("")));
    }

    #[test]
    fn scores_prefer_tighter_matches_and_ignore_other_kinds() {
        let m = SkimMatcherV2::default().ignore_case();
        let q = Query::parse("raad");
        let tight = q.score(&m, &fold("Lokale woonraad"), "gent").unwrap();
        let loose = q
            .score(
                &m,
                &fold("Regels voor huren van woningen na afbraak of verbouwing door de stad"),
                "x",
            )
            .unwrap();
        assert!(tight > loose, "{tight} vs {loose}");
        assert_eq!(q.score(&m, &fold("Overleg"), "gent"), None);
        assert_eq!(
            Query::parse("'raad").score(&m, &fold("woonraad"), "g"),
            Some(0)
        );
        let both = Query::parse("raad gent")
            .score(&m, &fold("woonraad"), "gent")
            .unwrap();
        assert!(both > tight, "the city's term adds its score");
    }

    #[test]
    fn highlights_land_on_the_original_accented_chars() {
        let at = |q: &str, title: &str| -> String {
            let chars: Vec<char> = title.chars().collect();
            Query::parse(q)
                .highlight(title)
                .iter()
                .map(|&i| chars[i])
                .collect()
        };
        assert_eq!(at("coord", "1. LOKAAL WOONBELEID COÖRDINEREN"), "COÖRD");
        assert_eq!(
            Query::parse("'eenmaal").highlight("Xx Eénmaal"),
            [3, 4, 5, 6, 7, 8, 9]
        );
        assert_eq!(at("^lok", "Lokaal woonoverleg"), "Lok");
        assert_eq!(at("leg$", "Lokaal woonoverleg"), "leg");
        assert_eq!(at("^gent$", "Gent"), "Gent");
        assert_eq!(Query::parse("^gent$").highlight("Gent"), [0, 1, 2, 3]);
        assert_eq!(
            Query::parse("leg$").highlight("Lokaal woonoverleg"),
            [15, 16, 17]
        );
        assert!(Query::parse("!gent").highlight("Gent").is_empty());
        assert!(Query::parse("xyz").highlight("Gent").is_empty());
    }
}

//! Finding things: accent- and case-folding, the fzf-style title filter and the substring
//! search in the texts. Everything is folded once when the index is built, never per
//! keystroke; a keystroke then costs one pass of cheap byte tests over the folded titles.

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::{Dataset, ItemId};

/// Lower case without accents: `COÖRDINEREN` and `coordineren` fold alike, so do `Eénmaal`
/// and `eenmaal`. Newlines stay, so line numbers carry over.
#[must_use]
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for lower in c.to_lowercase() {
            out.extend(
                std::iter::once(lower)
                    .nfd()
                    .filter(|d| !is_combining_mark(*d)),
            );
        }
    }
}

/// `fold`, plus for each folded char the index of the original char it came from, so
/// positions found in folded text can be shown on the original.
#[must_use]
pub fn fold_with_origin(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        // Count only what this char added: counting `out` from its start made long lines
        // quadratic.
        let before = out.len();
        fold_char(c, &mut out);
        origin.extend(std::iter::repeat_n(i, out[before..].chars().count()));
    }
    (out, origin)
}

/// Whether `needle`'s chars occur in `hay` in order: fuzzy-matcher's verdict on folded
/// text (a test holds the two to agree), at the speed of one `memchr` per needle char.
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Folded.
    pub text: String,
    pub kind: TermKind,
    /// `!term`: the item must not match (an exact match unless `^`/`$` say otherwise).
    pub negated: bool,
}

impl Term {
    fn parse(word: &str) -> Option<Term> {
        let (negated, word) = match word.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, word),
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
                (false, false) if negated => TermKind::Exact,
                (false, false) => TermKind::Fuzzy,
            };
            (kind, rest)
        };
        (!text.is_empty()).then(|| Term {
            text: fold(text),
            kind,
            negated,
        })
    }

    /// Whether the term's text matches folded `hay`, ignoring negation.
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

    /// Folded char positions the term matches in folded `hay`.
    fn positions(&self, hay: &str, matcher: &SkimMatcherV2) -> Vec<usize> {
        let char_range = |byte: usize| {
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
                .map(char_range)
                .map(Iterator::collect)
                .unwrap_or_default(),
            TermKind::Prefix | TermKind::Equal => char_range(0).collect(),
            TermKind::Suffix => char_range(hay.len() - self.text.len()).collect(),
        }
    }
}

/// A title filter as typed, fzf's extended syntax: space-separated terms that must all
/// match the item's title or its city's name.
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
            .all(|t| t.negated != (t.hits(title) || t.hits(city)))
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
                !last.negated
                    && !new.negated
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
                .filter(|t| !t.negated)
                .map(|t| match t.kind {
                    // The cheap test first: the scoring matrix only where there is a match.
                    TermKind::Fuzzy => [title, city]
                        .into_iter()
                        .filter(|field| t.hits(field))
                        .filter_map(|field| matcher.fuzzy_match(field, &t.text))
                        .max()
                        .unwrap_or(0),
                    _ => 0,
                })
                .sum(),
        )
    }

    /// Char positions in the original `text` that the query's terms match, sorted; for
    /// highlighting, and only ever called for rows on screen.
    #[must_use]
    pub fn highlight(&self, text: &str) -> Vec<usize> {
        let (folded, origin) = fold_with_origin(text);
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut chars: Vec<usize> = self
            .terms
            .iter()
            .filter(|t| !t.negated && t.hits(&folded))
            .flat_map(|t| t.positions(&folded, &matcher))
            .filter_map(|p| origin.get(p).copied())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }
}

/// Byte ranges in `line` where folded `needle` occurs in folded `line`.
#[must_use]
pub fn occurrences(line: &str, needle: &str) -> Vec<Range<usize>> {
    if needle.is_empty() {
        return Vec::new();
    }
    let (folded, origin) = fold_with_origin(line);
    let starts: Vec<usize> = line
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(line.len()))
        .collect();
    let needle_chars = needle.chars().count();
    memmem::find_iter(folded.as_bytes(), needle.as_bytes())
        .filter_map(|byte| {
            let first = folded[..byte].chars().count();
            let start = *origin.get(first)?;
            let end = *origin.get(first + needle_chars - 1)? + 1;
            Some(starts[start]..starts[end])
        })
        .collect()
}

/// One occurrence of the searched text: which item, and where in its folded description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: u32,
    pub at: u32,
}

/// Many folded texts in one buffer, one after another with a NUL between them (folded text
/// holds none, nor does a needle), so a scan walks memory in order and one substring
/// search covers them all.
#[derive(Debug, Clone, Default)]
struct Texts {
    blob: String,
    /// Where each text starts in `blob`; one more entry than texts, for the end.
    starts: Vec<usize>,
}

impl Texts {
    fn push(&mut self, text: &str) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        for c in text.chars() {
            fold_char(c, &mut self.blob);
        }
        self.blob.push('\0');
        self.starts.push(self.blob.len());
    }

    fn get(&self, i: usize) -> &str {
        &self.blob[self.starts[i]..self.starts[i + 1] - 1]
    }

    fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The text a blob offset falls in.
    fn text_at(&self, offset: usize) -> usize {
        self.starts.partition_point(|s| *s <= offset) - 1
    }
}

/// Folded titles and city names, built once when a dataset is loaded; folded descriptions,
/// built on the first text search (most sessions never search, and they are as large as
/// the texts themselves).
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    pub ids: Vec<ItemId>,
    /// Per city, the index of its first item in `ids`.
    pub city_start: Vec<usize>,
    titles: Texts,
    cities: Vec<String>,
    descriptions: std::sync::OnceLock<Texts>,
}

impl SearchIndex {
    #[must_use]
    pub fn new(data: &Dataset) -> SearchIndex {
        let mut index = SearchIndex {
            cities: data.cities.iter().map(|c| fold(&c.name)).collect(),
            ..SearchIndex::default()
        };
        for (ci, city) in data.cities.iter().enumerate() {
            index.city_start.push(index.ids.len());
            for (ii, item) in city.items.iter().enumerate() {
                index.ids.push(ItemId { city: ci, item: ii });
                index.titles.push(&item.title);
            }
        }
        index
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    #[must_use]
    pub fn position(&self, id: ItemId) -> usize {
        self.city_start[id.city] + id.item
    }

    fn matches(&self, query: &Query, i: u32) -> bool {
        let i = i as usize;
        query.matches(self.titles.get(i), &self.cities[self.ids[i].city])
    }

    /// Positions (in `ids`) of the items the query matches, in source order, tested only
    /// among `within` when given (the previous result of a query this one narrows).
    #[must_use]
    pub fn filter(&self, query: &Query, within: Option<&[u32]>) -> Vec<u32> {
        match within {
            Some(candidates) => candidates
                .iter()
                .copied()
                .filter(|&i| self.matches(query, i))
                .collect(),
            None => (0..self.titles.len() as u32)
                .filter(|&i| self.matches(query, i))
                .collect(),
        }
    }

    /// The query's matches, best first (the command line's order); ties keep source order.
    #[must_use]
    pub fn ranked(&self, query: &Query) -> Vec<u32> {
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut scored: Vec<(i64, u32)> = self
            .filter(query, None)
            .into_iter()
            .filter_map(|i| {
                let title = self.titles.get(i as usize);
                let city = &self.cities[self.ids[i as usize].city];
                query.score(&matcher, title, city).map(|s| (s, i))
            })
            .collect();
        scored.sort_by_key(|(score, i)| (std::cmp::Reverse(*score), *i));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    fn descriptions(&self, data: &Dataset) -> &Texts {
        self.descriptions.get_or_init(|| {
            let mut texts = Texts::default();
            for item in data.cities.iter().flat_map(|c| &c.items) {
                texts.push(&item.description);
            }
            texts
        })
    }

    /// Every occurrence of `text` (folded) in the descriptions, in source order: one pass
    /// of a SIMD substring search over all of them.
    #[must_use]
    pub fn search(&self, data: &Dataset, text: &str) -> Vec<Hit> {
        let needle = fold(text.trim());
        if needle.is_empty() {
            return Vec::new();
        }
        let d = self.descriptions(data);
        memmem::find_iter(d.blob.as_bytes(), needle.as_bytes())
            .map(|at| {
                let item = d.text_at(at);
                Hit {
                    item: item as u32,
                    at: (at - d.starts[item]) as u32,
                }
            })
            .collect()
    }

    /// The folded description of the item at `position`.
    #[must_use]
    pub fn folded_description(&self, data: &Dataset, position: u32) -> &str {
        self.descriptions(data).get(position as usize)
    }

    /// The description line (0-based) a hit is on.
    #[must_use]
    pub fn hit_line(&self, data: &Dataset, hit: Hit) -> usize {
        let d = self.folded_description(data, hit.item);
        memchr::memchr_iter(b'\n', &d.as_bytes()[..hit.at as usize]).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("COÖRDINEREN"), "coordineren");
        assert_eq!(fold("Eénmaal"), "eenmaal");
        assert_eq!(fold("Cliënt\nÉÉN"), "client\neen");
        assert_eq!(fold("İ"), "i");
    }

    #[test]
    fn origins_point_back_at_the_original_chars() {
        let (folded, origin) = fold_with_origin("aÖİb");
        assert_eq!(folded, "aoib");
        assert_eq!(origin, [0, 1, 2, 3]);
    }

    #[test]
    fn query_syntax() {
        let q = Query::parse("woon 'raad ^lok overleg$ !gent ^b. overleg$");
        let kinds: Vec<(TermKind, bool)> = q.terms.iter().map(|t| (t.kind, t.negated)).collect();
        assert_eq!(
            kinds,
            [
                (TermKind::Fuzzy, false),
                (TermKind::Exact, false),
                (TermKind::Prefix, false),
                (TermKind::Suffix, false),
                (TermKind::Exact, true),
                (TermKind::Prefix, false),
                (TermKind::Suffix, false),
            ]
        );
        assert_eq!(Query::parse("^b.overleg$").terms[0].kind, TermKind::Equal);
        assert!(Query::parse("  ! ' ^ ").is_empty());
    }

    #[test]
    fn matching_in_both_directions_of_accents() {
        let title = fold("1. LOKAAL WOONBELEID COÖRDINEREN");
        assert!(Query::parse("coordineren").matches(&title, "aalst"));
        assert!(Query::parse("COÖRD").matches(&fold("coordineren"), ""));
        assert!(Query::parse("eenmaal").matches(&fold("Eénmaal per jaar"), ""));
        assert!(Query::parse("lwo").matches(&fold("Lokaal woonoverleg"), ""));
        assert!(!Query::parse("'lwo").matches(&fold("Lokaal woonoverleg"), ""));
        assert!(Query::parse("^lokaal overleg$").matches(&fold("Lokaal woonoverleg"), ""));
        assert!(!Query::parse("^woon").matches(&fold("Lokaal woonoverleg"), "gent"));
    }

    #[test]
    fn terms_may_match_the_city_and_negations_exclude() {
        let title = fold("Lokale woonraad");
        assert!(Query::parse("gent woonraad").matches(&title, "gent"));
        assert!(!Query::parse("gent woonraad").matches(&title, "genk"));
        assert!(!Query::parse("woonraad !gent").matches(&title, "gent"));
        assert!(Query::parse("woonraad !gent").matches(&title, "genk"));
    }

    #[test]
    fn growing_queries_narrow() {
        let p = |s| Query::parse(s);
        assert!(p("woo").narrows(&p("wo")));
        assert!(p("wo raad").narrows(&p("wo")));
        assert!(p("wo r").narrows(&p("wo ")));
        assert!(p("^lok").narrows(&p("^lo")));
        assert!(!p("raad$").narrows(&p("raad")));
        assert!(!p("!gentb").narrows(&p("!gent")));
        assert!(!p("oo").narrows(&p("wo")));
        assert!(p("x").narrows(&p("")));
    }

    #[test]
    fn highlights_land_on_the_original_accented_chars() {
        let q = Query::parse("coord");
        let title = "1. LOKAAL WOONBELEID COÖRDINEREN";
        let chars: Vec<char> = title.chars().collect();
        let shown: String = q.highlight(title).iter().map(|&i| chars[i]).collect();
        assert_eq!(shown, "COÖR".to_owned() + "D");
        let q = Query::parse("'eenmaal");
        assert_eq!(q.highlight("Xx Eénmaal"), [3, 4, 5, 6, 7, 8, 9]);
        assert!(Query::parse("!gent").highlight("Gent").is_empty());
    }

    #[test]
    fn search_finds_hits_per_item_and_never_across_two() {
        use crate::model::{City, Item};
        let item = |d: &str| Item {
            title: "T".into(),
            description: d.into(),
            attachment: false,
        };
        let data = Dataset {
            chapter: String::new(),
            aliases: Vec::new(),
            cities: vec![City {
                name: "A".into(),
                items: vec![item("abc"), item(""), item("cAb")],
            }],
        };
        let index = SearchIndex::new(&data);
        assert_eq!(
            index.search(&data, "ab"),
            [Hit { item: 0, at: 0 }, Hit { item: 2, at: 1 }]
        );
        assert!(
            index.search(&data, "cc").is_empty(),
            "'abc' and 'cab' must not join into 'cc'"
        );
        assert_eq!(index.folded_description(&data, 2), "cab");
    }

    #[test]
    fn occurrences_are_byte_ranges_in_the_original() {
        let line = "Eénmaal per jaar, EENMAAL";
        let r = occurrences(line, "eenmaal");
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["Eénmaal", "EENMAAL"]
        );
        assert!(occurrences(line, "").is_empty());
    }
}

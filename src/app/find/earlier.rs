//! The filter's earlier results while its query grew, so that a backspace takes one back
//! instead of testing every title again: at a million items that test was the slowest key
//! of all (18 ms on two cores), and backspacing is how a typo is mended.

use crate::query::Query;

#[derive(Debug, Clone, Default)]
pub struct Earlier {
    /// Queries the one shown narrows, with their matches, widest first.
    steps: Vec<(Query, Vec<u32>)>,
}

impl Earlier {
    /// The matches of `query`, the filter's `shown` query and matches being replaced by it.
    /// `scan` tests the titles, among the positions given when there are any (a query that
    /// narrows another matches nothing the other did not). What is kept stays under `most`
    /// positions in all, the widest results given up first.
    pub fn step(
        &mut self,
        shown: Option<(Query, Vec<u32>)>,
        query: &Query,
        most: usize,
        scan: impl FnOnce(Option<&[u32]>) -> Vec<u32>,
    ) -> Vec<u32> {
        self.steps.extend(shown);
        // Back down to a query typed before, or to the nearest one this one narrows.
        while let Some((earlier, matches)) = self.steps.pop() {
            if earlier == *query {
                return matches;
            }
            if query.narrows(&earlier) {
                let found = scan(Some(&matches));
                self.steps.push((earlier, matches));
                self.keep_within(most);
                return found;
            }
        }
        scan(None)
    }

    /// Forgets every result: what they were worked out from has changed (the notes).
    pub fn clear(&mut self) {
        self.steps.clear();
    }

    fn keep_within(&mut self, most: usize) {
        let mut kept: usize = self.steps.iter().map(|(_, m)| m.len()).sum();
        // A handful of steps, the widest first.
        while kept > most && !self.steps.is_empty() {
            kept -= self.steps.remove(0).1.len();
        }
    }

    #[cfg(test)]
    fn queries(&self) -> Vec<&Query> {
        self.steps.iter().map(|(q, _)| q).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scan that must not happen.
    fn no_scan(_: Option<&[u32]>) -> Vec<u32> {
        panic!("the titles were tested again")
    }

    fn parsed(texts: &[&str]) -> Vec<Query> {
        texts.iter().map(|t| Query::parse(t)).collect()
    }

    /// Types `text` into an empty filter one key at a time, each scan giving the positions
    /// below 10 minus the query's length (so that each result tells which query made it);
    /// returns the last query and its matches.
    fn typed(
        earlier: &mut Earlier,
        text: &str,
        scans: &mut Vec<Option<Vec<u32>>>,
    ) -> Option<(Query, Vec<u32>)> {
        let (mut value, mut shown) = (String::new(), None);
        for c in text.chars() {
            value.push(c);
            let query = Query::parse(&value);
            let len = u32::try_from(value.len()).unwrap();
            let matches = earlier.step(shown.take(), &query, 100, |within| {
                scans.push(within.map(<[u32]>::to_vec));
                (0..10 - len).collect()
            });
            shown = Some((query, matches));
        }
        shown
    }

    #[test]
    fn a_backspace_takes_the_earlier_result_back_without_a_scan() {
        let (mut earlier, mut scans) = (Earlier::default(), Vec::new());
        let shown = typed(&mut earlier, "woo", &mut scans);
        assert_eq!(
            scans,
            [None, Some((0..9).collect()), Some((0..8).collect())],
            "the first key tests every title, the next ones only the matches before"
        );
        assert_eq!(
            earlier.queries(),
            parsed(&["w", "wo"]).iter().collect::<Vec<_>>()
        );
        let wo = earlier.step(shown, &Query::parse("wo"), 100, no_scan);
        assert_eq!(wo, (0..8).collect::<Vec<_>>());
        assert_eq!(earlier.queries(), [&Query::parse("w")]);
        let w = earlier.step(
            Some((Query::parse("wo"), wo)),
            &Query::parse("w"),
            100,
            no_scan,
        );
        assert_eq!(w, (0..9).collect::<Vec<_>>());
        assert!(earlier.queries().is_empty());
    }

    #[test]
    fn a_query_typed_after_backspaces_narrows_the_one_it_grows_from() {
        let (mut earlier, mut scans) = (Earlier::default(), Vec::new());
        let shown = typed(&mut earlier, "woo", &mut scans);
        // "woo" → "wo" by a backspace, then "wa": it narrows "w", not "wo".
        let wo = earlier.step(shown, &Query::parse("wo"), 100, no_scan);
        let mut within = None;
        let wa = earlier.step(
            Some((Query::parse("wo"), wo)),
            &Query::parse("wa"),
            100,
            |w| {
                within = w.map(<[u32]>::to_vec);
                vec![4]
            },
        );
        assert_eq!(wa, [4]);
        assert_eq!(
            within,
            Some((0..9).collect()),
            "tested among the matches of w"
        );
        assert_eq!(earlier.queries(), [&Query::parse("w")]);
    }

    #[test]
    fn a_query_that_narrows_nothing_kept_tests_every_title() {
        let (mut earlier, mut scans) = (Earlier::default(), Vec::new());
        let shown = typed(&mut earlier, "wo", &mut scans);
        let mut within = Some(Vec::new());
        let other = earlier.step(shown, &Query::parse("!w"), 100, |w| {
            within = w.map(<[u32]>::to_vec);
            vec![1]
        });
        assert_eq!((other, within), (vec![1], None));
        assert!(
            earlier.queries().is_empty(),
            "nothing kept is narrowed by it"
        );
    }

    #[test]
    fn what_is_kept_stays_within_its_bound_the_widest_given_up_first() {
        let mut earlier = Earlier::default();
        let q = |s: &str| Query::parse(s);
        // Results of 9, 8 and 7 positions for w, wo, woo; 24 in all.
        let mut shown = None;
        for (text, len) in [("w", 9), ("wo", 8), ("woo", 7), ("wooo", 6)] {
            let matches = earlier.step(shown.take(), &q(text), 15, |_| (0..len).collect());
            shown = Some((q(text), matches));
        }
        // w (9) and wo (8) are 17 > 15, so w goes when woo comes; wo and woo are 15.
        assert_eq!(
            earlier.queries(),
            parsed(&["wo", "woo"]).iter().collect::<Vec<_>>()
        );
        let mut bounded = Earlier::default();
        let mut shown = None;
        for (text, len) in [("w", 9), ("wo", 8), ("woo", 7)] {
            let matches = bounded.step(shown.take(), &q(text), 17, |_| (0..len).collect());
            shown = Some((q(text), matches));
        }
        assert_eq!(
            bounded.queries(),
            parsed(&["w", "wo"]).iter().collect::<Vec<_>>(),
            "9 + 8 = 17 is within 17"
        );
    }

    #[test]
    fn cleared_it_keeps_nothing() {
        let (mut earlier, mut scans) = (Earlier::default(), Vec::new());
        let _ = typed(&mut earlier, "wo", &mut scans);
        earlier.clear();
        let mut scanned = false;
        let _ = earlier.step(None, &Query::parse("w"), 100, |w| {
            scanned = w.is_none();
            vec![]
        });
        assert!(scanned, "every title tested again");
    }
}

//! Which words of two texts differ, for reading two cities' texts side by side.

use std::ops::Range;

/// Byte ranges of the words in `a` and in `b` that the other text does not have there.
#[must_use]
pub fn word_diff(a: &str, b: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_words(a, b);
    let (mut in_a, mut in_b) = (Vec::new(), Vec::new());
    let (mut at_a, mut at_b) = (0, 0);
    for change in diff.iter_all_changes() {
        let len = change.value().len();
        let blank = change.value().trim().is_empty();
        match change.tag() {
            ChangeTag::Equal => {
                at_a += len;
                at_b += len;
            }
            ChangeTag::Delete => {
                if !blank {
                    in_a.push(at_a..at_a + len);
                }
                at_a += len;
            }
            ChangeTag::Insert => {
                if !blank {
                    in_b.push(at_b..at_b + len);
                }
                at_b += len;
            }
        }
    }
    (in_a, in_b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_words_are_marked() {
        let a = "drie maal per jaar samen";
        let b = "twee maal per jaar samen en soms meer";
        let (da, db) = word_diff(a, b);
        assert_eq!(
            da.iter().map(|r| &a[r.clone()]).collect::<Vec<_>>(),
            ["drie"]
        );
        let changed: Vec<&str> = db.iter().map(|r| &b[r.clone()]).collect();
        assert!(
            changed.contains(&"twee") && changed.contains(&"meer"),
            "{changed:?}"
        );
        assert!(!changed.contains(&"maal"));
        assert_eq!(word_diff(a, a), (vec![], vec![]));
    }
}

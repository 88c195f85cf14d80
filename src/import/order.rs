//! How the grouped view orders cities (by name, accents and case aside), for the outputs
//! whose inputs carry no order of their own: SharePoint's exports, and the plan of them.

use crate::text::fold_into;

/// The order the grouped view gives named things (of distinct names, as cities are): by
/// name, accents and case aside. `items[order[k]]` goes `k`-th. The folded names share one
/// buffer: for many cities, a key of its own for each would be freed into a heap the
/// allocator keeps.
pub(crate) fn by_name<'n, T>(items: &'n [T], name: impl Fn(&'n T) -> &'n str) -> Vec<usize> {
    let mut folded = String::new();
    let mut ends = Vec::with_capacity(items.len());
    for item in items {
        fold_into(name(item), &mut folded);
        ends.push(folded.len());
    }
    let key = |i: usize| {
        let start = if i == 0 { 0 } else { ends[i - 1] };
        (&folded[start..ends[i]], name(&items[i]))
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_unstable_by(|&a, &b| key(a).cmp(&key(b)));
    order
}

/// Puts `items` in `order` (from `by_name`), in place: `items[k]` becomes what was at
/// `order[k]`, one cycle of the permutation at a time.
pub(crate) fn apply<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len().min(items.len()) {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            items.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_accents_and_case_aside_ties_by_spelling() {
        let mut names = vec![
            "Turnhout",
            "aalst",
            "Écaussinnes",
            "Gent",
            "Genk",
            "Aalst",
            "b",
        ];
        let order = by_name(&names, |n| n);
        apply(&mut names, order);
        assert_eq!(
            names,
            [
                "Aalst",
                "aalst",
                "b",
                "Écaussinnes",
                "Genk",
                "Gent",
                "Turnhout"
            ]
        );
    }

    #[test]
    fn any_order_is_applied_in_place() {
        // Every permutation of five: cycles of every length.
        let mut perm: Vec<usize> = (0..5).collect();
        let mut seen = 0;
        loop {
            let mut items: Vec<usize> = (10..15).collect();
            apply(&mut items, perm.clone());
            let want: Vec<usize> = perm.iter().map(|p| p + 10).collect();
            assert_eq!(items, want, "{perm:?}");
            seen += 1;
            // The next permutation in lexicographic order.
            let Some(i) = (0..4).rev().find(|&i| perm[i] < perm[i + 1]) else {
                break;
            };
            let j = (i + 1..5).rev().find(|&j| perm[j] > perm[i]).unwrap();
            perm.swap(i, j);
            perm[i + 1..].reverse();
        }
        assert_eq!(seen, 120);
    }
}

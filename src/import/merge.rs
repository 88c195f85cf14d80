//! The same city from several inputs, matched item by item on the title; equal items merge,
//! a difference is an error, never a silent choice. Linear in the items of both.

use std::collections::HashMap;

use super::located::{ImportError, shorten};
use crate::model::Item;
use crate::strings::import as say;

/// Where an item's title line is, and SharePoint's id of the item when its export has one
/// (a JSON page is often one line: the line alone does not tell its items apart).
#[derive(Debug, Clone, Copy)]
pub(super) struct Origin<'a> {
    pub file: &'a str,
    pub line: usize,
    pub id: Option<u64>,
}

impl std::fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        match self.id {
            Some(id) => write!(f, ": {}", crate::strings::cli::item_id(id)),
            None => Ok(()),
        }
    }
}

/// A city's items with the place of each, as merging goes.
pub(super) struct Placed<'a> {
    pub items: Vec<Item>,
    pub origins: Vec<Origin<'a>>,
    /// Whether the items say if they have attachments (a CSV export does not): when one side
    /// does not, the other's decides.
    pub attachments: bool,
}

/// Merges `from` into `into`. The `n`-th item titled `T` in `from` is the `n`-th item
/// titled `T` in `into` (titles may repeat within a city); an item `into` lacks goes right
/// after the item that preceded it in its own input.
pub(super) fn merge_city<'a>(
    city: &str,
    into: Placed<'a>,
    from: Placed<'a>,
) -> Result<Placed<'a>, ImportError> {
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, item) in into.items.iter().enumerate() {
        positions.entry(&item.title).or_default().push(i);
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    // slot 0: before the first item of `into`; slot i + 1: right after its item i.
    let mut slots: Vec<Vec<usize>> = vec![Vec::new(); into.items.len() + 1];
    let mut slot = 0;
    // Items of `into` that take their attachment from `from`.
    let mut attached = Vec::new();
    for (k, item) in from.items.iter().enumerate() {
        let n = seen.entry(&item.title).or_default();
        let at = positions.get(item.title.as_str()).and_then(|p| p.get(*n));
        *n += 1;
        match at {
            Some(&at) => {
                let both_say = into.attachments && from.attachments;
                if let Some(d) = difference_but(&into.items[at], item, !both_say) {
                    let (first, second) = (into.origins[at], from.origins[k]);
                    return Err(ImportError::new(
                        second.file,
                        second.line,
                        say::item_differs(city, &item.title, first.file, second.file),
                    )
                    .with_detail(format!("{first}: {}", d.0))
                    .with_detail(format!("{second}: {}", d.1)));
                }
                // Only one side can say: `into` has none, or else it is the one that says.
                if !into.attachments && item.attachment {
                    attached.push(at);
                }
                slot = at + 1;
            }
            None => slots[slot].push(k),
        }
    }
    drop(positions);
    drop(seen);
    let mut into = into;
    for at in attached {
        into.items[at].attachment = true;
    }
    Ok(rebuild(into, from, &slots))
}

fn rebuild<'a>(into: Placed<'a>, from: Placed<'a>, slots: &[Vec<usize>]) -> Placed<'a> {
    let total = into.items.len() + slots.iter().map(Vec::len).sum::<usize>();
    let mut out = Placed {
        items: Vec::with_capacity(total),
        origins: Vec::with_capacity(total),
        attachments: into.attachments || from.attachments,
    };
    let mut from_items: Vec<Option<Item>> = from.items.into_iter().map(Some).collect();
    let mut take = |out: &mut Placed<'a>, k: usize| {
        if let Some(item) = from_items[k].take() {
            out.items.push(item);
            out.origins.push(from.origins[k]);
        }
    };
    for &k in &slots[0] {
        take(&mut out, k);
    }
    for ((item, origin), slot) in into.items.into_iter().zip(into.origins).zip(&slots[1..]) {
        out.items.push(item);
        out.origins.push(origin);
        for &k in slot {
            take(&mut out, k);
        }
    }
    out
}

/// The first difference between two items with the same title, as each side shows it.
pub(super) fn difference(first: &Item, second: &Item) -> Option<(String, String)> {
    difference_but(first, second, false)
}

/// `difference`, attachments aside when one side cannot tell them.
fn difference_but(
    first: &Item,
    second: &Item,
    attachments_aside: bool,
) -> Option<(String, String)> {
    if first.description != second.description {
        let mut la = first.description.lines();
        let mut lb = second.description.lines();
        let mut n = 1;
        loop {
            match (la.next(), lb.next()) {
                (x, y) if x != y => {
                    let from = common_prefix(x.unwrap_or(""), y.unwrap_or("")).saturating_sub(20);
                    let show = |l: Option<&str>| {
                        l.map_or_else(|| say::TEXT_ENDS.get().to_owned(), |l| around(l, from))
                    };
                    return Some((
                        say::description_line(n, &show(x)),
                        say::description_line(n, &show(y)),
                    ));
                }
                (None, None) => break,
                _ => n += 1,
            }
        }
    }
    if !attachments_aside && first.attachment != second.attachment {
        let say = |x: bool| format!("attachment: {}", if x { "yes" } else { "no" });
        return Some((say(first.attachment), say(second.attachment)));
    }
    None
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// A line shown from char `from` on, shortened, so the first difference is in view.
fn around(line: &str, from: usize) -> String {
    let tail: String = line.chars().skip(from).collect();
    let lead = if from > 0 { "…" } else { "" };
    let shown = shorten(&tail);
    let shown = super::marks::marked(&shown);
    // A space at the start is what two exports most often differ by (a no-break space
    // at the edge of one, cleaned to a space): marked too.
    let rest = shown.trim_start_matches(' ');
    let spaces = "␠".repeat(shown.len() - rest.len());
    format!("«{lead}{spaces}{rest}»")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(title: &str, description: &str) -> Item {
        Item {
            title: title.into(),
            description: description.into(),
            attachment: false,
        }
    }

    fn placed(file: &str, items: Vec<Item>) -> Placed<'_> {
        let origins = (1..=items.len())
            .map(|line| Origin {
                file,
                line,
                id: None,
            })
            .collect();
        Placed {
            items,
            origins,
            attachments: true,
        }
    }

    fn titles(p: &Placed<'_>) -> Vec<String> {
        p.items.iter().map(|i| i.title.clone()).collect()
    }

    #[test]
    fn equal_items_merge_and_new_ones_keep_their_place() {
        let into = placed("a.txt", vec![item("A", "x"), item("C", "z")]);
        let from = placed(
            "b.txt",
            vec![
                item("A", "x"),
                item("B", "y"),
                item("C", "z"),
                item("D", "w"),
            ],
        );
        let merged = merge_city("Gent", into, from).unwrap();
        assert_eq!(titles(&merged), ["A", "B", "C", "D"]);
        assert_eq!(merged.origins[1].file, "b.txt");
    }

    #[test]
    fn new_items_follow_their_predecessor_even_out_of_order() {
        let into = placed("a", vec![item("A", ""), item("B", "")]);
        let from = placed(
            "b",
            vec![
                item("X0", ""),
                item("B", ""),
                item("X", ""),
                item("A", ""),
                item("Y", ""),
                item("B", ""),
            ],
        );
        let merged = merge_city("Gent", into, from).unwrap();
        assert_eq!(titles(&merged), ["X0", "A", "Y", "B", "B", "X"]);
        let files: Vec<&str> = merged.origins.iter().map(|o| o.file).collect();
        assert_eq!(files, ["b", "a", "b", "b", "a", "b"], "the second B is new");
    }

    #[test]
    fn repeated_titles_match_in_order() {
        let into = placed("a", vec![item("T", "1"), item("T", "2")]);
        let from = placed("b", vec![item("T", "1"), item("T", "2"), item("T", "3")]);
        let merged = merge_city("Gent", into, from).unwrap();
        let texts: Vec<&str> = merged
            .items
            .iter()
            .map(|i| i.description.as_str())
            .collect();
        assert_eq!(texts, ["1", "2", "3"]);
    }

    #[test]
    fn a_difference_names_city_title_files_and_first_line() {
        let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
        let into = placed("a.txt", vec![item("A", "same\nold")]);
        let from = placed("b.txt", vec![item("B", ""), item("A", "same\nnew")]);
        let e = merge_city("Gent", into, from).err().unwrap();
        assert_eq!(
            e.to_string(),
            "b.txt:2: Gent: 'A' differs between a.txt and b.txt"
        );
        assert_eq!(
            e.detail,
            [
                "a.txt:1: description line 2: «old»",
                "b.txt:2: description line 2: «new»"
            ]
        );
    }

    #[test]
    fn a_difference_far_into_a_line_is_shown_from_near_it() {
        let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
        let long = "woord ".repeat(30);
        let into = placed("a", vec![item("A", &format!("{long}oud einde"))]);
        let from = placed("b", vec![item("A", &format!("{long}nieuw einde"))]);
        let e = merge_city("Gent", into, from).err().unwrap();
        assert_eq!(
            e.detail,
            [
                "a:1: description line 1: «…d woord woord woord oud einde»",
                "b:1: description line 1: «…d woord woord woord nieuw einde»"
            ]
        );
    }

    #[test]
    fn a_different_attachment_is_a_difference() {
        let mut with = item("A", "x");
        with.attachment = true;
        let e = merge_city(
            "Gent",
            placed("a", vec![item("A", "x")]),
            placed("b", vec![with]),
        )
        .err()
        .unwrap();
        assert_eq!(e.detail[0], "a:1: attachment: no");
    }
}

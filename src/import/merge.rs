//! Several parsed inputs into one dataset. The same city from two inputs is matched item by
//! item on the title; equal items merge, a difference is an error, never a silent choice.

use std::collections::HashMap;

use super::{ImportError, Parsed, Source};
use crate::model::{City, Dataset, Item};

struct Origin<'a> {
    file: &'a str,
    line: usize,
}

pub(super) fn merge(inputs: Vec<(&Source, Parsed)>) -> Result<Dataset, ImportError> {
    let mut chapter: Option<(String, &str)> = None;
    let mut cities: Vec<(City, Vec<Origin<'_>>)> = Vec::new();
    // By name: thousands of cities must not mean millions of name comparisons.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (src, parsed) in inputs {
        if let Some(ch) = &parsed.chapter {
            match &chapter {
                None => chapter = Some((ch.clone(), src.name.as_str())),
                Some((seen, file)) if seen != ch => {
                    return Err(ImportError::new(
                        &src.name,
                        1,
                        format!(
                            "chapter '{ch}' differs from '{seen}' in {file}: import one chapter at a time"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        for (city, lines) in parsed.cities.into_iter().zip(parsed.title_lines) {
            let origins: Vec<Origin<'_>> = lines
                .into_iter()
                .map(|line| Origin {
                    file: &src.name,
                    line,
                })
                .collect();
            match by_name.get(&city.name) {
                None => {
                    by_name.insert(city.name.clone(), cities.len());
                    cities.push((city, origins));
                }
                Some(&at) => {
                    let (into, into_origins) = &mut cities[at];
                    merge_city(into, into_origins, &city, origins)?;
                }
            }
        }
    }
    Ok(Dataset {
        chapter: chapter.map(|(c, _)| c).unwrap_or_default(),
        aliases: Vec::new(),
        cities: cities.into_iter().map(|(c, _)| c).collect(),
    })
}

/// The position of the `n`-th item titled `title` (titles may repeat within a city).
fn nth_titled(items: &[Item], title: &str, n: usize) -> Option<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.title == title)
        .nth(n)
        .map(|(i, _)| i)
}

fn merge_city<'a>(
    into: &mut City,
    into_origins: &mut Vec<Origin<'a>>,
    from: &City,
    from_origins: Vec<Origin<'a>>,
) -> Result<(), ImportError> {
    // New items go right after the item that preceded them in their own input.
    let mut insert_at = 0;
    for (k, (item, origin)) in from.items.iter().zip(from_origins).enumerate() {
        let occurrence = from.items[..k]
            .iter()
            .filter(|it| it.title == item.title)
            .count();
        if let Some(at) = nth_titled(&into.items, &item.title, occurrence) {
            if let Some(difference) = difference(&into.items[at], item) {
                let first = &into_origins[at];
                return Err(ImportError::new(
                    origin.file,
                    origin.line,
                    format!(
                        "{}: '{}' differs between {} and {}",
                        into.name, item.title, first.file, origin.file
                    ),
                )
                .with_detail(format!("{}:{}: {}", first.file, first.line, difference.0))
                .with_detail(format!("{}:{}: {}", origin.file, origin.line, difference.1)));
            }
            insert_at = at + 1;
        } else {
            into.items.insert(insert_at, item.clone());
            into_origins.insert(insert_at, origin);
            insert_at += 1;
        }
    }
    Ok(())
}

/// The first difference between two items with the same title, as each side shows it.
fn difference(first: &Item, second: &Item) -> Option<(String, String)> {
    if first.description != second.description {
        let mut la = first.description.lines();
        let mut lb = second.description.lines();
        let mut n = 1;
        loop {
            match (la.next(), lb.next()) {
                (x, y) if x != y => {
                    let from = common_prefix(x.unwrap_or(""), y.unwrap_or("")).saturating_sub(20);
                    let show = |l: Option<&str>| {
                        l.map_or_else(|| "(text ends)".to_owned(), |l| around(l, from))
                    };
                    return Some((
                        format!("description line {n}: {}", show(x)),
                        format!("description line {n}: {}", show(y)),
                    ));
                }
                (None, None) => break,
                _ => n += 1,
            }
        }
    }
    if first.attachment != second.attachment {
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
    format!("«{lead}{}»", super::grouped::shorten(&tail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::LineFate;

    fn item(title: &str, description: &str) -> Item {
        Item {
            title: title.into(),
            description: description.into(),
            attachment: false,
        }
    }

    fn parsed(items: Vec<Item>) -> Parsed {
        let n = items.len();
        Parsed {
            chapter: None,
            cities: vec![City {
                name: "Gent".into(),
                items,
            }],
            title_lines: vec![(1..=n).collect()],
            fates: vec![LineFate::Blank],
        }
    }

    #[test]
    fn equal_items_merge_and_new_ones_keep_their_place() {
        let a = Source::new("a.txt", "");
        let b = Source::new("b.txt", "");
        let d = merge(vec![
            (&a, parsed(vec![item("A", "x"), item("C", "z")])),
            (
                &b,
                parsed(vec![
                    item("A", "x"),
                    item("B", "y"),
                    item("C", "z"),
                    item("D", "w"),
                ]),
            ),
        ])
        .unwrap();
        let titles: Vec<&str> = d.cities[0].items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["A", "B", "C", "D"]);
    }

    #[test]
    fn a_difference_names_city_title_files_and_first_line() {
        let a = Source::new("a.txt", "");
        let b = Source::new("b.txt", "");
        let e = merge(vec![
            (&a, parsed(vec![item("A", "same\nold")])),
            (&b, parsed(vec![item("B", ""), item("A", "same\nnew")])),
        ])
        .unwrap_err();
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
}

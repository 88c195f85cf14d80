//! The list filtered to one city ("item view"): no city column, so a row ends at a blank
//! (U+00A0) or `Bijlage` line, but blank lines also occur inside descriptions. A row
//! therefore starts only where such a line is followed by a known title.

use std::collections::HashSet;

use super::clean::{self, norm};
use super::grouped::{is_chrome, shorten};
use super::{ImportError, LineFate, Parsed, Source};
use crate::model::{City, Item, Level};

/// The last line of the item view's column header.
pub(super) const COLUMN_HEADER_END: &str = "Bewerken";
const ATTACHMENT: &str = "Bijlage";
const HEADER_CHROME: [&str; 3] = ["Titel", "Beschrijving", "Druk op Shift+ENTER"];

fn is_row_end(line: &str) -> Option<bool> {
    if line.is_empty() {
        Some(false)
    } else {
        (line == ATTACHMENT).then_some(true)
    }
}

fn is_title<S: std::hash::BuildHasher>(line: &str, known: &HashSet<String, S>) -> bool {
    Level::of(line) != Level::Subsection || known.contains(line)
}

struct Row {
    title_line: usize,
    title: String,
    /// Raw lines after the title, the row-end line included once it is seen.
    lines: Vec<(usize, String)>,
}

pub(super) fn parse<S: std::hash::BuildHasher>(
    src: &Source,
    city: &str,
    known: &HashSet<String, S>,
) -> Result<Parsed, ImportError> {
    let mut fates = Vec::new();
    let mut lines = src.lines().peekable();
    let mut header_ended = false;
    for (no, raw) in lines.by_ref() {
        let line = norm(raw);
        if line == COLUMN_HEADER_END {
            fates.push(LineFate::Chrome);
            header_ended = true;
            break;
        }
        if line.is_empty() {
            fates.push(LineFate::Blank);
        } else if HEADER_CHROME.iter().any(|c| line.starts_with(c)) || is_chrome(&line) {
            fates.push(LineFate::Chrome);
        } else {
            return Err(ImportError::new(
                &src.name,
                no,
                format!(
                    "text before the item view's column header ('{COLUMN_HEADER_END}'): '{}'",
                    shorten(&line)
                ),
            ));
        }
    }
    if !header_ended {
        return Err(ImportError::new(
            &src.name,
            1,
            format!("no item-view column header ('{COLUMN_HEADER_END}')"),
        ));
    }

    let mut rows: Vec<Row> = Vec::new();
    let mut prev_ends_row = true;
    for (no, raw) in lines {
        let line = norm(raw);
        let starts_row = match rows.last() {
            None => !line.is_empty(),
            Some(_) => prev_ends_row && is_title(&line, known),
        };
        prev_ends_row = is_row_end(&line).is_some();
        if starts_row {
            rows.push(Row {
                title_line: no,
                title: line.into_owned(),
                lines: Vec::new(),
            });
        } else if let Some(row) = rows.last_mut() {
            row.lines.push((no, raw.to_owned()));
        } else {
            fates.push(LineFate::Blank);
        }
    }
    if rows.is_empty() {
        return Err(ImportError::new(
            &src.name,
            fates.len(),
            "the item view holds no rows",
        ));
    }

    let mut items = Vec::with_capacity(rows.len());
    let mut title_lines = Vec::with_capacity(rows.len());
    let last = rows.len() - 1;
    for (i, row) in rows.into_iter().enumerate() {
        let end = row_end_of(&row, i == last);
        fates.push(LineFate::Title { city: 0, item: i });
        let body = end.map_or(row.lines.len(), |(at, _)| at);
        for (_, raw) in &row.lines[..body] {
            fates.push(if norm(raw).is_empty() {
                LineFate::Blank
            } else {
                LineFate::Description { city: 0, item: i }
            });
        }
        for (_, raw) in &row.lines[body..] {
            fates.push(if is_row_end(&norm(raw)) == Some(true) {
                LineFate::RowEnd
            } else {
                LineFate::Blank
            });
        }
        items.push(Item {
            title: row.title,
            description: clean::description(row.lines[..body].iter().map(|(_, l)| l.as_str())),
            attachment: end.is_some_and(|(_, a)| a),
        });
        title_lines.push(row.title_line);
    }
    let cities = vec![City {
        name: city.to_owned(),
        items,
    }];
    Ok(Parsed {
        chapter: super::chapter_from_titles(&cities),
        cities,
        title_lines: vec![title_lines],
        fates,
    })
}

/// Where a row's end line sits among its lines, and whether it flags an attachment. Rows
/// before another row always end in such a line (that is how the next one was found); the
/// last row ends at its last non-blank line when that is `Bijlage`, else has no end line.
fn row_end_of(row: &Row, is_last: bool) -> Option<(usize, bool)> {
    if is_last {
        let at = row.lines.iter().rposition(|(_, l)| !norm(l).is_empty())?;
        return (norm(&row.lines[at].1) == ATTACHMENT).then_some((at, true));
    }
    let at = row.lines.len().checked_sub(1)?;
    is_row_end(&norm(&row.lines[at].1)).map(|a| (at, a))
}

/// The city an item view belongs to: the grouped city that shares the most identical items
/// with it, when exactly one shares the most.
pub(super) fn infer_city(
    src: &Source,
    view: &Parsed,
    candidates: &[&City],
) -> Result<String, ImportError> {
    let items = &view.cities[0].items;
    let mut scores: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| {
            (
                items
                    .iter()
                    .filter(|it| !it.description.is_empty() && c.items.contains(it))
                    .count(),
                c.name.as_str(),
            )
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    scores.sort_by_key(|s| std::cmp::Reverse(s.0));
    match scores.as_slice() {
        [(_, name)] => Ok((*name).to_owned()),
        [(a, name), (b, _), ..] if a > b => Ok((*name).to_owned()),
        [] => Err(ImportError::new(
            &src.name,
            1,
            "an item view names no city: give it with --city NAME",
        )
        .with_detail("its texts match no city of the other inputs")),
        _ => Err(ImportError::new(
            &src.name,
            1,
            "an item view names no city: give it with --city NAME",
        )
        .with_detail(format!(
            "its texts match several cities equally: {}",
            scores.iter().map(|s| s.1).collect::<Vec<_>>().join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: &str = "Titel\nBeschrijving\nDruk op Shift+ENTER om het menu te openen (nieuw venster)\n\u{a0}\u{a0}\nBewerken\n\
        1. HOOFDSTUK\nregie\n\u{a0}\nA. EERSTE\n\neen\n\u{a0}\ntwee\n\u{a0}\nBijlage\u{a0}\nB. OVERLEG\n\u{a0}\n\
        Lokaal woonoverleg\ntekst\n\u{a0}\nNiet bekend\n\u{a0}\nLokale woonraad\nslot\n\nBijlage";

    fn known() -> HashSet<String> {
        ["Lokaal woonoverleg", "Lokale woonraad"]
            .map(String::from)
            .into()
    }

    #[test]
    fn rows_start_only_at_known_titles_after_a_blank() {
        let p = parse(&Source::new("v.txt", VIEW), "Gent", &known()).unwrap();
        let items = &p.cities[0].items;
        let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "1. HOOFDSTUK",
                "A. EERSTE",
                "B. OVERLEG",
                "Lokaal woonoverleg",
                "Lokale woonraad"
            ]
        );
        assert_eq!(items[1].description, "een\n\ntwee");
        assert!(items[1].attachment);
        assert_eq!(items[2].description, "");
        assert_eq!(items[3].description, "tekst\n\nNiet bekend");
        assert!(!items[3].attachment);
        assert!(items[4].attachment, "a final Bijlage ends the last row");
        assert_eq!(p.chapter.as_deref(), Some("1. HOOFDSTUK"));
    }

    #[test]
    fn without_the_known_title_the_text_stays_in_the_row_before() {
        let p = parse(&Source::new("v.txt", VIEW), "Gent", &HashSet::new()).unwrap();
        assert_eq!(p.cities[0].items.len(), 3);
        assert!(
            p.cities[0].items[2]
                .description
                .contains("Lokale woonraad\nslot")
        );
    }

    #[test]
    fn text_before_the_header_is_an_error() {
        let e = parse(
            &Source::new("v.txt", format!("rommel\n{VIEW}")),
            "Gent",
            &known(),
        )
        .unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn city_is_inferred_from_matching_texts() {
        let p = parse(&Source::new("v.txt", VIEW), "", &known()).unwrap();
        let mut gent = p.cities[0].clone();
        gent.name = "Gent".into();
        let other = City {
            name: "Aalst".into(),
            items: vec![],
        };
        assert_eq!(
            infer_city(&Source::new("v", ""), &p, &[&other, &gent]).unwrap(),
            "Gent"
        );
        assert!(
            infer_city(&Source::new("v", ""), &p, &[&other])
                .unwrap_err()
                .message
                .contains("--city")
        );
    }
}

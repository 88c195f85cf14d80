//! The list grouped per city: `Uitvouwen/samenvouwen Stad : Aalst (7)`, then rows of a title,
//! description lines and a line holding exactly the group's city (`Bijlage` before it when
//! the row has an attachment).

use super::clean::{self, norm};
use super::{ImportError, LineFate, Parsed, Source};
use crate::model::{City, Item};

const HEADER_START: &str = "Uitvouwen/samenvouwen";
const ATTACHMENT: &str = "Bijlage";
const CHROME_STARTS: [&str; 2] = ["TitelFilter", "Sorteren op bijlagen"];

/// `(city, count)` from a group header line (already normalised).
pub(super) fn parse_header(line: &str) -> Option<(String, Option<usize>)> {
    let rest = line.strip_prefix(HEADER_START)?;
    let (_column, value) = rest.split_once(':')?;
    let value = value.trim();
    let counted = value
        .strip_suffix(')')
        .and_then(|v| v.rsplit_once('('))
        .and_then(|(name, n)| Some((name.trim(), n.trim().parse().ok()?)));
    Some(match counted {
        Some((name, n)) => (name.to_owned(), Some(n)),
        None => (value.to_owned(), None),
    })
}

/// A row-end line of `city`: `Some(attachment)`.
pub(super) fn row_end(line: &str, city: &str) -> Option<bool> {
    if line == city {
        Some(false)
    } else {
        (line.strip_prefix(ATTACHMENT)?.trim_start() == city).then_some(true)
    }
}

pub(super) fn is_chrome(line: &str) -> bool {
    CHROME_STARTS.iter().any(|c| line.starts_with(c))
}

struct Group {
    header_line: usize,
    name: String,
    count: usize,
    items: Vec<Item>,
    title_lines: Vec<usize>,
}

struct Row<'a> {
    title_line: usize,
    title: String,
    lines: Vec<&'a str>,
}

#[derive(Default)]
struct State<'a> {
    fates: Vec<LineFate>,
    chapter: Option<String>,
    groups: Vec<Group>,
    row: Option<Row<'a>>,
}

pub(super) fn parse(src: &Source) -> Result<Parsed, ImportError> {
    let mut st = State::default();
    for (no, raw) in src.lines() {
        let line = norm(raw);
        if let Some((name, count)) = parse_header(&line) {
            st.start_group(src, no, name, count)?;
        } else if st.groups.is_empty() {
            let fate = preamble(src, no, &line, &mut st.chapter)?;
            st.fates.push(fate);
        } else {
            st.row_line(src, no, raw, &line)?;
        }
    }
    st.close_group(
        src,
        "the file ends inside this row: was the copy cut short?".into(),
    )?;
    if st.groups.is_empty() {
        return Err(ImportError::new(&src.name, 1, "no group header found"));
    }
    let title_lines = st.groups.iter().map(|g| g.title_lines.clone()).collect();
    let cities: Vec<City> = st
        .groups
        .into_iter()
        .map(|g| City {
            name: g.name,
            items: g.items,
        })
        .collect();
    Ok(Parsed {
        chapter: st.chapter.or_else(|| super::chapter_from_titles(&cities)),
        cities,
        title_lines,
        fates: st.fates,
    })
}

impl<'a> State<'a> {
    fn start_group(
        &mut self,
        src: &Source,
        no: usize,
        name: String,
        count: Option<usize>,
    ) -> Result<(), ImportError> {
        self.close_group(src, format!("line {no} starts the next group"))?;
        let err = |msg: String| ImportError::new(&src.name, no, msg);
        let count = count.ok_or_else(|| {
            err(format!(
                "group header without a count: expected '{HEADER_START} Stad : {name} (N)'"
            ))
        })?;
        if name.is_empty() {
            return Err(err("group header without a city name".into()));
        }
        if let Some(twice) = self.groups.iter().find(|g| g.name == name) {
            return Err(err(format!(
                "{name} has a second group; the first starts at line {}",
                twice.header_line
            )));
        }
        self.groups.push(Group {
            header_line: no,
            name,
            count,
            items: Vec::new(),
            title_lines: Vec::new(),
        });
        self.fates.push(LineFate::GroupHeader);
        Ok(())
    }

    /// Ends the current group: its last row must be closed and its count must hold.
    fn close_group(&self, src: &Source, why_unended: String) -> Result<(), ImportError> {
        let Some(group) = self.groups.last() else {
            return Ok(());
        };
        if let Some(open) = &self.row {
            return Err(unended(src, open, &group.name).with_detail(why_unended));
        }
        if group.items.len() != group.count {
            let found: Vec<String> = group.items.iter().map(|i| shorten(&i.title)).collect();
            return Err(ImportError::new(
                &src.name,
                group.header_line,
                format!(
                    "{}: the header counts {} rows, but {} were found",
                    group.name,
                    group.count,
                    group.items.len()
                ),
            )
            .with_detail(format!("rows found: {}", found.join(" | "))));
        }
        Ok(())
    }

    fn row_line(
        &mut self,
        src: &Source,
        no: usize,
        raw: &'a str,
        line: &str,
    ) -> Result<(), ImportError> {
        let city = self.groups.len() - 1;
        let group = &mut self.groups[city];
        let item = group.items.len();
        let Some(open) = self.row.as_mut() else {
            if line.is_empty() {
                // The list never has a row without a title; taking the next line as the
                // title would be a guess.
                let message = format!(
                    "{}: a blank line where a row's title was expected",
                    group.name
                );
                let why = "a row without a title cannot be told apart from one whose title is its first text line";
                return Err(ImportError::new(&src.name, no, message).with_detail(why));
            }
            if row_end(line, &group.name).is_some() {
                let message = format!("a row end ('{line}') where a title was expected");
                return Err(ImportError::new(&src.name, no, message));
            }
            self.fates.push(LineFate::Title { city, item });
            self.row = Some(Row {
                title_line: no,
                title: line.to_owned(),
                lines: Vec::new(),
            });
            return Ok(());
        };
        if let Some(attachment) = row_end(line, &group.name) {
            self.fates.push(LineFate::RowEnd);
            group.title_lines.push(open.title_line);
            group.items.push(Item {
                title: std::mem::take(&mut open.title),
                description: clean::description(open.lines.drain(..)),
                attachment,
            });
            self.row = None;
        } else {
            self.fates.push(if line.is_empty() {
                LineFate::Blank
            } else {
                LineFate::Description { city, item }
            });
            open.lines.push(raw);
        }
        Ok(())
    }
}

fn preamble(
    src: &Source,
    no: usize,
    line: &str,
    chapter: &mut Option<String>,
) -> Result<LineFate, ImportError> {
    if line.is_empty() {
        Ok(LineFate::Blank)
    } else if is_chrome(line) {
        Ok(LineFate::Chrome)
    } else if chapter.is_none() {
        *chapter = Some(line.to_owned());
        Ok(LineFate::Heading)
    } else {
        Err(ImportError::new(
            &src.name,
            no,
            format!("text before the first group header: '{}'", shorten(line)),
        ))
    }
}

fn unended(src: &Source, row: &Row<'_>, city: &str) -> ImportError {
    ImportError::new(
        &src.name,
        row.title_line,
        format!(
            "{city}: row '{}' has no end line ('{city}' or '{ATTACHMENT}{city}')",
            shorten(&row.title)
        ),
    )
}

pub(super) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut short: String = s.chars().take(MAX).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Parsed, ImportError> {
        parse(&Source::new("t.txt", text))
    }

    const TWO: &str = "1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\n\
        Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Aalst (2)\n\
        A. EERSTE\nAalst\nLokaal woonoverleg\nDe raad van Gent zetelt.\nGent\n\nSlot\u{a0}\nBijlageAalst\n\
        Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Gent (1)\nA. EERSTE\ntekst\r\nGent";

    #[test]
    fn header_gives_city_and_count() {
        assert_eq!(
            parse_header("Uitvouwen/samenvouwen Stad : Sint-Niklaas (7)"),
            Some(("Sint-Niklaas".into(), Some(7)))
        );
        assert_eq!(
            parse_header("Uitvouwen/samenvouwen Stad : Aalst"),
            Some(("Aalst".into(), None))
        );
        assert_eq!(parse_header("Stad : Aalst (7)"), None);
    }

    #[test]
    fn rows_end_at_their_own_city_only() {
        let p = parse_str(TWO).unwrap();
        assert_eq!(p.chapter.as_deref(), Some("1. HOOFDSTUK"));
        let aalst = &p.cities[0];
        assert_eq!(aalst.items.len(), 2);
        assert_eq!(aalst.items[0].description, "");
        assert_eq!(
            aalst.items[1].description,
            "De raad van Gent zetelt.\nGent\n\nSlot"
        );
        assert!(aalst.items[1].attachment);
        assert!(!aalst.items[0].attachment);
        assert_eq!(p.cities[1].items[0].description, "tekst");
        assert_eq!(p.title_lines, vec![vec![5, 7], vec![14]]);
    }

    #[test]
    fn a_count_that_disagrees_names_city_counts_and_line() {
        let e = parse_str(&TWO.replace("Aalst (2)", "Aalst (3)")).unwrap_err();
        assert_eq!(
            (e.line, e.message.as_str()),
            (4, "Aalst: the header counts 3 rows, but 2 were found")
        );
    }

    #[test]
    fn a_row_cut_short_is_an_error() {
        let e = parse_str(TWO.strip_suffix("Gent").unwrap()).unwrap_err();
        assert_eq!(e.line, 14);
        assert!(e.message.contains("has no end line"), "{e}");
    }

    #[test]
    fn text_before_the_groups_is_not_dropped() {
        let e = parse_str(&TWO.replace("\nTitelFilter", "\nwat is dit\nTitelFilter")).unwrap_err();
        assert_eq!(e.line, 3);
    }

    #[test]
    fn a_blank_line_where_a_title_belongs_is_not_guessed_past() {
        let e = parse_str(&TWO.replace(
            "Aalst\nLokaal woonoverleg",
            "Aalst\n\u{a0}\nLokaal woonoverleg",
        ))
        .unwrap_err();
        assert_eq!(e.line, 7);
        assert!(
            e.message
                .contains("a blank line where a row's title was expected"),
            "{e}"
        );
    }

    #[test]
    fn a_group_twice_is_an_error() {
        let text = format!("{TWO}\nUitvouwen/samenvouwen Stad : Aalst (1)\nX\nAalst");
        assert!(
            parse_str(&text)
                .unwrap_err()
                .message
                .contains("second group")
        );
    }
}

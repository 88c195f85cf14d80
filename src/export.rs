//! The dataset printed for other tools: JSON (an array of cities), RON, or Markdown to read.

use std::fmt::Write;

use crate::catalog::Catalog;
use crate::model::{City, Dataset, ItemId, Level};
use crate::outline::Outline;
use crate::sections::Section;

/// JSON exactly as other tools expect it: `[{"name", "items": [{"title", "description",
/// "attachment"}]}]`, cities and items in source order.
///
/// # Errors
/// Never for a `Dataset` in practice (`serde_json` fails only on non-string map keys).
pub fn json(data: &Dataset) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(&data.cities).map(|mut s| {
        s.push('\n');
        s
    })
}

/// The dataset as a Markdown document: the chapter as the title, a heading per city, the
/// items as headings nested by their numbering, the texts with their line breaks kept.
#[must_use]
pub fn markdown(data: &Dataset) -> String {
    let mut out = String::new();
    if !data.chapter.is_empty() {
        let _ = writeln!(out, "# {}\n", data.chapter);
    }
    for city in &data.cities {
        let _ = writeln!(out, "## {}\n", city.name);
        city_items(&mut out, city, 3);
    }
    out
}

/// The items of one city, headings starting at `depth`.
pub fn city_items(out: &mut String, city: &City, depth: usize) {
    for item in &city.items {
        let level = match Level::of(&item.title) {
            Level::Chapter => 0,
            Level::Section => 1,
            Level::Subsection => 2,
        };
        let _ = writeln!(
            out,
            "{} {}\n",
            "#".repeat((depth + level).min(6)),
            item.title
        );
        description(out, &item.description);
        if item.attachment {
            out.push_str(&crate::strings::cli::MD_ATTACHMENT);
        }
    }
}

/// A description as Markdown paragraphs; line breaks inside a paragraph stay hard breaks,
/// and the importer's bullets (` • `, one more space per level) become nested list items.
pub fn description(out: &mut String, text: &str) {
    if text.is_empty() {
        out.push_str(&crate::strings::cli::MD_NO_DESCRIPTION);
        return;
    }
    for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        let lines: Vec<&str> = paragraph.lines().filter(|l| !l.trim().is_empty()).collect();
        for (i, line) in lines.iter().enumerate() {
            let last = i + 1 == lines.len();
            let item_next = lines.get(i + 1).is_some_and(|l| bullet(l).is_some());
            if let Some((depth, item)) = bullet(line) {
                out.push_str(&"  ".repeat(depth - 1));
                out.push_str("- ");
                out.push_str(&escape_line_start(item.trim()));
                // Text after the list is a paragraph of its own, not part of the last item.
                out.push_str(if last || !item_next { "\n\n" } else { "\n" });
            } else {
                out.push_str(&escape_line_start(line.trim()));
                // A list may follow a line directly; a hard break before it would show.
                out.push_str(if last {
                    "\n\n"
                } else if item_next {
                    "\n"
                } else {
                    "\\\n"
                });
            }
        }
    }
}

/// A line the importer made a list item: its level (1 for ` • `) and its text.
fn bullet(line: &str) -> Option<(usize, &str)> {
    let rest = line.trim_start_matches(' ');
    let item = rest.strip_prefix('•')?;
    Some(((line.len() - rest.len()).max(1), item))
}

/// Text that Markdown would read as a heading, quote, list or HTML stays text.
fn escape_line_start(line: &str) -> String {
    let number = line
        .find(['.', ')'])
        .filter(|&at| at > 0 && line[..at].bytes().all(|b| b.is_ascii_digit()));
    if let Some(at) = number {
        format!("{}\\{}", &line[..at], &line[at..])
    } else if line.starts_with(['#', '>', '<', '-', '+', '*', '=', '|', '`']) {
        format!("\\{line}")
    } else {
        line.to_owned()
    }
}

/// Items one after another as a document, each under `City › breadcrumb`, with the user's
/// note where there is one: `e` in the browser.
#[must_use]
pub fn items_markdown<'a>(
    catalog: &Catalog,
    ids: &[ItemId],
    note: impl Fn(ItemId) -> Option<&'a str>,
) -> String {
    let mut out = String::new();
    if !catalog.chapter().is_empty() {
        let _ = writeln!(out, "# {}\n", catalog.chapter());
    }
    // One outline per city, made when the city changes (the marked items come city by
    // city), not one per item.
    let mut outline: Option<(usize, Outline)> = None;
    for id in ids {
        let Some(item) = catalog.get(*id) else {
            continue;
        };
        if outline.as_ref().is_none_or(|(city, _)| *city != id.city) {
            outline = Some((id.city, Outline::of(catalog, id.city)));
        }
        let Some((_, city_outline)) = &outline else {
            continue;
        };
        let path = crate::outline::path_titles(catalog, city_outline, *id);
        let _ = writeln!(
            out,
            "## {} › {}\n",
            catalog.city_name(id.city),
            path.join(" › ")
        );
        description(&mut out, &catalog.text(item.id));
        if item.attachment {
            out.push_str(&crate::strings::cli::MD_ATTACHMENT);
        }
        if let Some(text) = note(*id) {
            out.push_str("> **Notitie**\n>\n");
            for line in text.lines() {
                let _ = writeln!(out, "> {line}");
            }
            out.push('\n');
        }
    }
    out
}

/// Items side by side as a Markdown table: a column per item, a row per paragraph, so the
/// same point in each text reads across. `y` in the comparison.
#[must_use]
pub fn side_by_side_markdown(catalog: &Catalog, ids: &[ItemId]) -> String {
    let items: Vec<_> = ids.iter().filter_map(|id| catalog.get(*id)).collect();
    let cell = |s: &str| {
        // A table cell is one line: its lines joined by <br>, a bullet's indent kept as
        // spaces Markdown does not collapse, so sub-bullets stay nested.
        let lines: Vec<String> = s
            .trim_matches('\n')
            .lines()
            .map(|line| {
                let rest = line.trim_start_matches(' ');
                let indent = line.len() - rest.len();
                let rest = rest.trim_end().replace('|', "\\|");
                format!("{}{rest}", "&nbsp;&nbsp;".repeat(indent))
            })
            .collect();
        lines.join("<br>")
    };
    let headings: Vec<String> = items
        .iter()
        .map(|i| cell(&format!("{} › {}", catalog.city_name(i.id.city), i.title)))
        .collect();
    let mut out = format!(
        "| {} |\n|{}\n",
        headings.join(" | "),
        " --- |".repeat(items.len())
    );
    let texts: Vec<_> = items.iter().map(|i| catalog.text(i.id)).collect();
    let paragraphs: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| t.split("\n\n").filter(|p| !p.trim().is_empty()).collect())
        .collect();
    let rows = paragraphs.iter().map(Vec::len).max().unwrap_or(0);
    for r in 0..rows {
        let cells: Vec<String> = paragraphs
            .iter()
            .map(|ps| ps.get(r).map_or(String::new(), |p| cell(p)))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// One section across all cities that have it: `woonbeleid export --format md --section`.
#[must_use]
pub fn section_markdown(catalog: &Catalog, section: &Section) -> String {
    let mut out = format!("# {}\n\n", section.title);
    let missing: Vec<&str> = (0..catalog.city_count())
        .filter(|c| section.in_city(*c).is_empty())
        .map(|c| catalog.city_name(c))
        .collect();
    for id in &section.members {
        let Some(item) = catalog.get(*id) else {
            continue;
        };
        let city = catalog.city_name(id.city);
        if item.title == section.title {
            let _ = writeln!(out, "## {city}\n");
        } else {
            let _ = writeln!(out, "## {city} ({})\n", item.title);
        }
        description(&mut out, &catalog.text(item.id));
        if item.attachment {
            out.push_str(&crate::strings::cli::MD_ATTACHMENT);
        }
    }
    if !missing.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            crate::strings::cli::md_without_section(&missing.join(", "))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Item;

    fn data() -> Dataset {
        let item = |t: &str, d: &str, a| Item {
            title: t.into(),
            description: d.into(),
            attachment: a,
        };
        Dataset {
            chapter: "1. HOOFDSTUK".into(),
            aliases: Vec::new(),
            cities: vec![City {
                name: "Gent".into(),
                items: vec![
                    item("1. HOOFDSTUK", "", false),
                    item("B. OVERLEG", "", false),
                    item(
                        "Lokaal woonoverleg",
                        "Samen:\n • OCMW\n- SVK\n\n# niet\n2. twee",
                        true,
                    ),
                ],
            }],
        }
    }

    #[test]
    fn json_is_an_array_of_cities() {
        let v: serde_json::Value = serde_json::from_str(&json(&data()).unwrap()).unwrap();
        assert_eq!(v[0]["name"], "Gent");
        assert_eq!(v[0]["items"][2]["title"], "Lokaal woonoverleg");
        assert_eq!(v[0]["items"][2]["attachment"], true);
        assert_eq!(v[0]["items"][2].as_object().unwrap().len(), 3);
    }

    #[test]
    fn items_and_side_by_side() {
        let catalog = Catalog::new(data());
        let id = ItemId { city: 0, item: 2 };
        let md = items_markdown(&catalog, &[id], |_| None);
        assert!(
            md.starts_with(
                "# 1. HOOFDSTUK\n\n## Gent › 1. HOOFDSTUK › B. OVERLEG › Lokaal woonoverleg\n"
            ),
            "{md}"
        );
        assert!(
            md.contains("Samen:\n- OCMW\n\n\\- SVK") && md.contains("*Bijlage"),
            "{md}"
        );
        let noted = items_markdown(&catalog, &[id], |_| Some("mijn\nnotitie"));
        assert!(
            noted.ends_with("> **Notitie**\n>\n> mijn\n> notitie\n\n"),
            "{noted}"
        );
        let table = side_by_side_markdown(&catalog, &[ItemId { city: 0, item: 1 }, id]);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines[0],
            "| Gent › B. OVERLEG | Gent › Lokaal woonoverleg |"
        );
        assert_eq!(lines[1], "| --- | --- |");
        assert_eq!(lines[2], "|  | Samen:<br>&nbsp;&nbsp;• OCMW<br>- SVK |");
        assert_eq!(lines[3], "|  | # niet<br>2. twee |");
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn bullets_become_list_items_nested_by_their_indent() {
        let mut md = String::new();
        description(&mut md, "Leden:\n • a\n  • b *c*\n   • d\n • e\nSlot\n • f");
        assert_eq!(md, "Leden:\n- a\n  - b *c*\n    - d\n- e\n\nSlot\n- f\n\n");
        let mut top = String::new();
        description(&mut top, "•x\n# y");
        assert_eq!(top, "- x\n\n\\# y\n\n");
    }

    #[test]
    fn markdown_nests_headings_and_keeps_lines() {
        let md = markdown(&data());
        for expected in [
            "# 1. HOOFDSTUK\n",
            "## Gent\n",
            "### 1. HOOFDSTUK\n\n*(geen beschrijving)*",
            "#### B. OVERLEG\n",
            "##### Lokaal woonoverleg\n\nSamen:\n- OCMW\n\n\\- SVK\n\n\\# niet\\\n2\\. twee\n\n*Bijlage",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in\n{md}");
        }
    }
}

//! The dataset printed for other tools: JSON (an array of cities), RON, or Markdown to read.

use std::fmt::Write;

use crate::model::{City, Dataset, Level};

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
            out.push_str("*Bijlage: de inhoud staat niet in de export.*\n\n");
        }
    }
}

/// A description as Markdown paragraphs; line breaks inside a paragraph stay hard breaks.
pub fn description(out: &mut String, text: &str) {
    if text.is_empty() {
        out.push_str("*(geen beschrijving)*\n\n");
        return;
    }
    for paragraph in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        let lines: Vec<&str> = paragraph.lines().filter(|l| !l.trim().is_empty()).collect();
        for (i, line) in lines.iter().enumerate() {
            out.push_str(&escape_line_start(line.trim()));
            out.push_str(if i + 1 < lines.len() { "\\\n" } else { "\n\n" });
        }
    }
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

/// Items side by side as a document: each under `City › breadcrumb`, for `e` in the browser.
#[must_use]
pub fn items_markdown(data: &Dataset, ids: &[crate::model::ItemId]) -> String {
    let mut out = String::new();
    if !data.chapter.is_empty() {
        let _ = writeln!(out, "# {}\n", data.chapter);
    }
    for id in ids {
        let Some(item) = data.item(*id) else { continue };
        let city = &data.cities[id.city];
        let path = city.path(id.item).join(" › ");
        let _ = writeln!(out, "## {} › {path}\n", city.name);
        description(&mut out, &item.description);
        if item.attachment {
            out.push_str("*Bijlage: de inhoud staat niet in de export.*\n\n");
        }
    }
    out
}

/// One section across all cities that have it: `woonbeleid export --format md --section`.
#[must_use]
pub fn section_markdown(data: &Dataset, section: &crate::compare::Section) -> String {
    let mut out = format!("# {}\n\n", section.title);
    let missing: Vec<&str> = data
        .cities
        .iter()
        .enumerate()
        .filter(|(c, _)| !section.members.iter().any(|m| m.city == *c))
        .map(|(_, city)| city.name.as_str())
        .collect();
    for id in &section.members {
        let Some(item) = data.item(*id) else { continue };
        let city = &data.cities[id.city];
        if item.title == section.title {
            let _ = writeln!(out, "## {}\n", city.name);
        } else {
            let _ = writeln!(out, "## {} ({})\n", city.name, item.title);
        }
        description(&mut out, &item.description);
        if item.attachment {
            out.push_str("*Bijlage: de inhoud staat niet in de export.*\n\n");
        }
    }
    if !missing.is_empty() {
        let _ = writeln!(out, "*Zonder deze sectie: {}.*", missing.join(", "));
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
    fn markdown_nests_headings_and_keeps_lines() {
        let md = markdown(&data());
        for expected in [
            "# 1. HOOFDSTUK\n",
            "## Gent\n",
            "### 1. HOOFDSTUK\n\n*(geen beschrijving)*",
            "#### B. OVERLEG\n",
            "##### Lokaal woonoverleg\n\nSamen:\\\n• OCMW\\\n\\- SVK\n\n\\# niet\\\n2\\. twee\n\n*Bijlage",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in\n{md}");
        }
    }
}

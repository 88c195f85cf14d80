//! A synthetic dataset written as the web list's exports are.

use std::fmt::Write;

use crate::model::{City, Dataset};

/// The dataset written the way the web list's grouped export looks, with the page heading,
/// the chrome lines, U+00A0 around `Stad :` and the city line closing each row. As in
/// the seeds, some text lines carry U+00A0 where the importer reads a space, and some
/// blank lines are a lone U+00A0, so benchmarks pay for the clean-up real exports need.
#[must_use]
pub fn grouped_export(data: &Dataset) -> String {
    let mut out = format!(
        "{}\n\nTitelFilterBeschrijvingFilter\nSorteren op bijlagenDruk op Shift+ENTER om het menu te openen (nieuw venster)\n",
        data.chapter
    );
    let mut nbsp = NbspSprinkler::default();
    for city in &data.cities {
        let _ = writeln!(
            out,
            "Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}{} ({})",
            city.name,
            city.items.len()
        );
        for item in &city.items {
            out.push_str(&item.title);
            out.push('\n');
            if !item.description.is_empty() {
                for line in item.description.split('\n') {
                    nbsp.push_line(&mut out, line);
                }
            }
            if item.attachment {
                out.push_str("Bijlage");
            }
            out.push_str(&city.name);
            out.push('\n');
        }
    }
    out
}

/// The item view of one city, as the web list shows it filtered to that city: the column
/// header, then per row its title, its text and a row end (a U+00A0 line, or `Bijlage`
/// and U+00A0 when the row has an attachment).
#[must_use]
pub fn item_view_export(city: &City) -> String {
    let mut out = String::from(
        "Titel\nBeschrijving\nDruk op Shift+ENTER om het menu te openen (nieuw venster)\n\u{a0}\u{a0}\nBewerken\n",
    );
    for item in &city.items {
        out.push_str(&item.title);
        out.push('\n');
        if !item.description.is_empty() {
            out.push_str(&item.description);
            out.push('\n');
        }
        out.push_str(if item.attachment {
            "Bijlage\u{a0}\n"
        } else {
            "\u{a0}\n"
        });
    }
    out
}

/// Writes text lines with U+00A0 in about a third of them, as the seeds have it: the first
/// space of a line, or the whole of a blank line. The importer reads both back as spaces.
#[derive(Default)]
struct NbspSprinkler(usize);

impl NbspSprinkler {
    fn push_line(&mut self, out: &mut String, line: &str) {
        self.0 += 1;
        match line.find(' ') {
            _ if !self.0.is_multiple_of(3) => out.push_str(line),
            None if line.is_empty() => out.push('\u{a0}'),
            None => out.push_str(line),
            Some(at) => {
                out.push_str(&line[..at]);
                out.push('\u{a0}');
                out.push_str(&line[at + 1..]);
            }
        }
        out.push('\n');
    }
}

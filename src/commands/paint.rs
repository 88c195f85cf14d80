//! Colour for what `search` and `diff` print on a terminal, in ripgrep's and git's colours:
//! the city magenta and the title green before a line found, what was found bold red; in a
//! summary what was added green, removed red, changed yellow, and within a changed line the
//! words that changed in reverse. Only escapes are added: without them the output is the
//! plain one.

use std::ffi::OsStr;
use std::io::IsTerminal;
use std::ops::Range;

use crate::cli::ColorChoice;
use crate::diff::{self, Kind, Row};
use crate::platform;
use crate::query::Needle;
use crate::text::FoldedLine;

const RESET: &str = "\x1b[0m";
const CITY: &str = "\x1b[35m";
const TITLE: &str = "\x1b[32m";
const FOUND: &str = "\x1b[1;31m";
const ADDED: &str = "\x1b[32m";
const REMOVED: &str = "\x1b[31m";
const CHANGED: &str = "\x1b[33m";
const HEADING: &str = "\x1b[1m";
const HUNK: &str = "\x1b[36m";
/// Reverse on and off, leaving the line's colour as it is.
const WORD: (&str, &str) = ("\x1b[7m", "\x1b[27m");

/// Whether to colour stdout: asked for, or (`auto`) a terminal that takes colour, with no
/// `NO_COLOR` (but an empty one), no `--no-color` and no dumb `TERM`. Never into a pipe
/// or a file unless `always` says so.
#[must_use]
pub fn colour(choice: ColorChoice, no_color_flag: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !no_color_flag
                && auto(
                    std::io::stdout().is_terminal(),
                    std::env::var_os("NO_COLOR").as_deref(),
                    std::env::var_os("TERM").as_deref(),
                )
                && platform::stdout_takes_colour()
        }
    }
}

/// `auto`'s rule, apart from the process's own state.
fn auto(terminal: bool, no_color: Option<&OsStr>, term: Option<&OsStr>) -> bool {
    terminal && no_color.is_none_or(OsStr::is_empty) && term.is_none_or(|t| t != "dumb")
}

/// `text` in `style`, plain after it.
fn styled(out: &mut String, style: &str, text: &str) {
    out.push_str(style);
    out.push_str(text);
    out.push_str(RESET);
}

/// A line of `search`: `CITY<TAB>TITLE<TAB>LINE`, every hit of the needle in the line marked
/// where it stands in the line as written (case and accents as they are).
#[must_use]
pub fn search_row(city: &str, title: &str, line: &str, needle: Option<&Needle>) -> String {
    let mut out = String::with_capacity(line.len() + city.len() + title.len() + 40);
    styled(&mut out, CITY, city);
    out.push('\t');
    styled(&mut out, TITLE, title);
    out.push('\t');
    let folded = FoldedLine::new(line);
    let mut hits: Vec<Range<usize>> = needle
        .map(Needle::texts)
        .unwrap_or_default()
        .iter()
        .flat_map(|t| folded.find_all(t))
        .collect();
    hits.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut at = 0;
    for hit in hits {
        // Hits of two texts may overlap: the first (and longest) there is the one marked.
        if hit.start < at {
            continue;
        }
        out.push_str(&line[at..hit.start]);
        styled(&mut out, FOUND, &line[hit.clone()]);
        at = hit.end;
    }
    out.push_str(&line[at..]);
    out.push('\n');
    out
}

/// `diff`'s summary in colour, one row a line, the words that changed within a text's
/// line marked.
#[must_use]
pub fn diff_rows(rows: &[Row]) -> String {
    let words = diff::changed_words(rows);
    let mut out = String::new();
    for (row, words) in rows.iter().zip(words) {
        if !out.is_empty() {
            out.push('\n');
        }
        let style = match row.kind {
            Kind::City => HEADING,
            Kind::Added | Kind::New => ADDED,
            Kind::Removed | Kind::Old => REMOVED,
            Kind::Changed => CHANGED,
            Kind::Hunk => HUNK,
            Kind::Context => {
                out.push_str(&row.text);
                continue;
            }
        };
        out.push_str(style);
        let mut at = 0;
        for word in words {
            out.push_str(&row.text[at..word.start]);
            out.push_str(WORD.0);
            out.push_str(&row.text[word.clone()]);
            out.push_str(WORD.1);
            at = word.end;
        }
        out.push_str(&row.text[at..]);
        out.push_str(RESET);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_colours_a_terminal_only_without_no_color_or_a_dumb_term() {
        let os = |s: &'static str| Some(OsStr::new(s));
        assert!(auto(true, None, os("xterm-256color")));
        assert!(auto(true, os(""), None), "an empty NO_COLOR asks nothing");
        assert!(!auto(true, os("1"), None));
        assert!(!auto(true, None, os("dumb")));
        assert!(!auto(false, None, os("xterm")), "a pipe or a file");
        assert!(
            colour(ColorChoice::Always, true),
            "asked for: the flag wins"
        );
        assert!(!colour(ColorChoice::Never, false));
    }

    #[test]
    fn a_search_row_marks_every_hit_in_its_own_case_and_accents() {
        let needle = Needle::new("woonraad | raad").expect("a needle");
        let row = search_row("Gent", "T", "De Woonraad en de wóónraad", Some(&needle));
        assert_eq!(
            row,
            "\x1b[35mGent\x1b[0m\t\x1b[32mT\x1b[0m\tDe \x1b[1;31mWoonraad\x1b[0m en de \
             \x1b[1;31mwóónraad\x1b[0m\n"
        );
        let row = search_row("Gent", "T", "geen", None);
        assert!(row.ends_with("\tgeen\n"));
    }
}

//! Colour on the command line, as ripgrep gives it: `search` and `diff` colour what they
//! print on a terminal (`--color auto`, the default; `tests/term/tmux_color.rs` checks the
//! terminal itself), never into a pipe or a file, nor with `NO_COLOR` or `--color never`;
//! `--color always` colours a pipe too (for `less -R`). The colour adds escapes and
//! nothing else: without them the output is the plain one, byte for byte. `diff --text`
//! marks the words that changed within a changed line, by the comparison's word diff.

use crate::common;

use common::cli::{bin, run, stderr, stdout, write};
use woonbeleid::model::Dataset;
use woonbeleid::store;

const ESC: char = '\u{1b}';
/// ripgrep's colours: the match bold red; what changed in `diff` red and green.
const MATCH: &str = "\u{1b}[1;31m";
const REVERSED: &str = "\u{1b}[7m";

/// The output with every SGR escape (`ESC [ … m`) taken out.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(ESC) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find('m').expect("an SGR escape ends in m");
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn search_colours_city_title_and_hits_only_when_asked_on_a_pipe() {
    let piped = run(&["search", "woonraad"]);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    let piped = stdout(&piped);
    assert!(!piped.contains(ESC), "auto into a pipe: no colour");
    let never = stdout(&run(&["search", "woonraad", "--color", "never"]));
    assert_eq!(never, piped);
    let always = stdout(&run(&["search", "woonraad", "--color", "always"]));
    assert!(always.contains(ESC), "{always}");
    assert_eq!(plain(&always), piped, "escapes added, nothing else");
    // Every hit on a line is marked, in its own case and accents.
    let text_of = |l: &str| {
        plain(l)
            .rsplit('\t')
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let line = always
        .lines()
        .find(|l| text_of(l).matches("woonraad").count() >= 2)
        .expect("a line with two hits");
    let text = line.rsplit('\t').next().unwrap();
    assert_eq!(
        text.matches(MATCH).count(),
        text_of(line).matches("woonraad").count(),
        "{line:?}"
    );
    let marked: Vec<&str> = text
        .split(MATCH)
        .skip(1)
        .map(|s| &s[..s.find(ESC).unwrap()])
        .collect();
    assert!(
        marked.iter().all(|m| m.to_lowercase() == "woonraad"),
        "{marked:?}"
    );
    // City and title stand apart from the line, and the tabs stay plain.
    let fields: Vec<&str> = line.split('\t').collect();
    assert_eq!(fields.len(), 3, "{line:?}");
    assert!(
        fields[0].starts_with(ESC) && fields[1].starts_with(ESC),
        "{line:?}"
    );
}

#[test]
fn no_color_and_color_never_win_over_auto_and_always_wins_over_no_color() {
    let with = |env: &str, args: &[&str]| {
        let out = bin().env("NO_COLOR", env).args(args).output().unwrap();
        stdout(&out)
    };
    assert!(!with("1", &["search", "woonraad"]).contains(ESC));
    assert!(
        with("1", &["search", "woonraad", "--color", "always"]).contains(ESC),
        "asked for on the command line: as ripgrep, the flag wins"
    );
    let o = run(&["search", "woonraad", "--color", "soms"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a value it does not know is refused"
    );
    assert!(stderr(&o).contains("auto"), "{}", stderr(&o));
}

fn dataset(texts: &[(&str, &str)]) -> Dataset {
    common::Data::new().city("Gent", texts).build()
}

#[test]
fn diff_text_marks_the_changed_words_not_the_whole_line() {
    let dir = tempfile::tempdir().unwrap();
    let old = dataset(&[
        (
            "A. EEN",
            "Het overleg komt drie maal per jaar samen.\nOngewijzigd.",
        ),
        ("B. TWEE", "geheel anders"),
    ]);
    let new = dataset(&[
        (
            "A. EEN",
            "Het overleg komt twee maal per jaar samen.\nOngewijzigd.",
        ),
        ("B. TWEE", "niets gelijk"),
    ]);
    let a = write(dir.path(), "a.ron", store::to_ron(&old).as_bytes());
    let b = write(dir.path(), "b.ron", store::to_ron(&new).as_bytes());
    let piped = stdout(&run(&["diff", "--text", &a, &b]));
    assert!(!piped.contains(ESC), "no colour into a pipe: {piped:?}");
    let o = run(&["diff", "--text", "--color", "always", &a, &b]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(plain(&out), piped, "escapes added, nothing else");
    let line = |start: &str| {
        out.lines()
            .find(|l| plain(l).trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("no {start:?} line in {out}"))
    };
    let removed = line("-Het overleg");
    let added = line("+Het overleg");
    let reversed = |l: &str| -> Vec<String> {
        l.split(REVERSED)
            .skip(1)
            .map(|s| plain(&s[..s.find(ESC).unwrap()]))
            .collect()
    };
    assert_eq!(reversed(removed), ["drie"], "{removed:?}");
    assert_eq!(reversed(added), ["twee"], "{added:?}");
    assert!(removed.contains("\u{1b}[31m") && added.contains("\u{1b}[32m"));
    // A line that shares no word with the one it replaced is changed as a whole: marking
    // every word of it would say nothing more.
    assert!(reversed(line("-geheel")).is_empty() && reversed(line("+niets")).is_empty());
    // The summary's own lines take the same colours: what was added green, removed red.
    let summary = stdout(&run(&["diff", "--color", "always", &a, &b]));
    assert!(summary.contains(ESC), "{summary}");
    assert_eq!(plain(&summary), stdout(&run(&["diff", &a, &b])));
}

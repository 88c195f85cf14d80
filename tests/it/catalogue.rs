//! One catalogue: every word the program shows comes from `src/strings`, where each message
//! is a pair (`strings::Text`, `tr!`) and one written in a single language does not build.
//! This test finds prose written anywhere else: a string literal of two words or more, in
//! code that is built into the program. What is not a message (the export's own words the
//! readers look for, the dataset's syntax, a log's field names) is listed below with why.

use std::fs;
use std::path::Path;

/// Literals that are not messages, by file and the literal's start.
const NOT_MESSAGES: &[(&str, &str)] = &[
    // The SharePoint page's own words, which the readers look for and the synthetic
    // exports write: never translated, they are the export's.
    ("src/import/grouped.rs", "Sorteren op bijlagen"),
    ("src/import/itemview.rs", "Druk op Shift+ENTER"),
    ("src/import/rich.rs", "<div class="),
    ("src/import/json.rs", "REST (odata=verbose)"),
    ("src/import/json.rs", "Microsoft Graph"),
    ("src/synth/", ""),
    // The dataset's and the configuration's syntax, the same in every language.
    ("src/store/ron.rs", ""),
    ("src/store/aliases.rs", "Dataset("),
    ("src/commands/config.rs", "muis = "),
    ("src/commands/config.rs", "groepering = "),
    ("src/commands/config.rs", "toegankelijk = "),
    ("src/commands/config.rs", "thema = "),
    ("src/commands/settings.rs", "stad, sectie"),
    // The file name a parse error of the built-in dataset would name (it is checked when
    // the program is built, so no user sees it).
    ("src/store/embedded.rs", "(embedded dataset)"),
    // serde's `expecting`, which serde_json puts in its own English reasons.
    ("src/import/json_entry.rs", "a member's name"),
    ("src/import/json_entry.rs", "an object"),
    // What tempfile's error text is cut at, to keep only its reason.
    ("src/cache/keep.rs", " at path "),
    // The command line's defaults, which `cli::words` replaces with the run's language
    // (a test of English and Dutch help holds it), and a subcommand's own name.
    ("src/cli.rs", "Browse the centre cities"),
    ("src/cli.rs", "woonbeleid [OPTIONS]"),
    ("src/cli.rs", "woonbeleid diff [OPTIONS]"),
    ("src/cli/words.rs", "diff --embedded"),
    // A diff line's form (`'old' → 'new'`), and what the `--log` file and the debug output
    // name events by: read by people who measure, and by scripts.
    ("src/diff.rs", "{} '{old}'"),
    ("src/tui/jobs.rs", "Searched("),
    ("src/tui/event.rs", "Loaded("),
    ("src/tui/event_loop.rs", "{what}\\thandle"),
    // Code in a literal (a CSV header's quotes), not words.
    ("src/import/csv.rs", "') && first_line"),
];

#[test]
fn every_message_outside_the_catalogue_is_listed_as_not_one() {
    let mut found = Vec::new();
    for source in crate::common::sources::sources() {
        if source.test_only || source.path.starts_with("src/strings") {
            continue;
        }
        let text =
            fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&source.path)).unwrap();
        // A file's tests are at its end, after its `#[cfg(test)]`.
        let built = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in built.lines().enumerate() {
            for literal in prose(line) {
                let listed = NOT_MESSAGES.iter().any(|(path, start)| {
                    source.path.starts_with(path) && literal.starts_with(start)
                });
                if !listed {
                    found.push(format!("{}:{}: {literal}", source.path, n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside src/strings, in one language (move them there as a Text or tr!):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_prose_and_passes_over_what_is_not() {
    assert_eq!(
        prose(r#"    return Err(format!("no section '{title}' here"));"#),
        ["no section '{title}' here"]
    );
    assert_eq!(
        prose(r#"        .with_detail("kopieer de lijst")"#),
        ["kopieer de lijst"]
    );
    assert!(
        prose(r#"    let key = "toetsen";"#).is_empty(),
        "one word is a name"
    );
    assert!(prose(r#"    // "a comment" says why"#).is_empty());
    assert!(
        prose(r#"    #[error("damaged: {0}")]"#).is_empty(),
        "an attribute"
    );
    assert!(prose(r#"    x.expect("a test's own words");"#).is_empty());
    assert!(
        prose(r#"    write!(out, "{} {}", a, b);"#).is_empty(),
        "placeholders only"
    );
}

/// The string literals of a line that hold two words or more.
fn prose(line: &str) -> Vec<String> {
    let code = line.trim_start();
    if code.starts_with("//") || code.starts_with("#[") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' || (i > 0 && bytes[i - 1] == b'\'') {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let Some(literal) = line.get(start..end.min(line.len())) else {
            break;
        };
        let before = line[..i].trim_end();
        let not_shown = ["expect(", "panic!(", "unreachable!(", "assert!("]
            .iter()
            .any(|m| before.ends_with(m));
        if !not_shown && words(literal) >= 2 {
            out.push(literal.to_owned());
        }
        i = end + 1;
    }
    out
}

/// Words of two letters or more, outside `{placeholders}`.
fn words(literal: &str) -> usize {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = std::cmp::max(depth - 1, 0),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    if !plain.contains(' ') {
        return 0;
    }
    plain
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

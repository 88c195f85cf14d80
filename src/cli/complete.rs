//! Completion of what the dataset holds: city names, a city's titles and the sections, for
//! `note`, `show`, `related` and `export --section`, from the dataset the command line
//! being completed names (`--data FILE`, else the embedded one). The shell asks the
//! program itself (clap's dynamic completion), so the names are those of the data in use.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap_complete::engine::CompletionCandidate;

use crate::cache;
use crate::catalog::Catalog;
use crate::sections::SectionIndex;
use crate::store;
use crate::text::fold::fold;

/// The variable the shell's script sets to the shell's name when it asks for candidates;
/// the program's own, so that a `COMPLETE` set for another tool does nothing here.
pub const VAR: &str = "WOONBELEID_COMPLETE";

/// The word being completed as it stands in the line, quotes and all: what bash gives the
/// script's function is unquoted, and a reply must know whether it stands inside quotes.
pub const TYPED: &str = "WOONBELEID_COMPLETE_TYPED";

/// The shell that asked, kept before clap takes `VAR` out of the environment.
static SHELL: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Keeps the name of the shell that asks (`VAR`'s value), before clap takes `VAR` out of
/// the environment.
pub fn asked_by(shell: &OsStr) {
    let _ = SHELL.set(shell.to_string_lossy().into_owned());
}

/// The options that take the next word as their value, wherever they stand.
const TAKES_VALUE: [&str; 7] = [
    "--data",
    "--taal",
    "--set",
    "--limit",
    "--max-input-size",
    "--format",
    "--log",
];

/// The cities whose name starts with what is typed (case and accents aside).
#[must_use]
pub fn city(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = words();
    let Some(catalog) = catalog(&words) else {
        return Vec::new();
    };
    let names = (0..catalog.city_count()).map(|c| catalog.city_name(c).to_string());
    candidates(names, current)
}

/// The titles of the city the command line names before the title.
#[must_use]
pub fn title(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = words();
    let Some(catalog) = catalog(&words) else {
        return Vec::new();
    };
    let Some(city) = city_word(&words, current)
        .and_then(|name| crate::notes::cli::resolve_city(&catalog, &name).ok())
    else {
        return Vec::new();
    };
    let titles = catalog
        .city_positions(city)
        .map(|p| catalog.title_at(p).to_string());
    candidates(titles, current)
}

/// The sections across cities.
#[must_use]
pub fn section(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = words();
    let Some(catalog) = catalog(&words) else {
        return Vec::new();
    };
    let index = SectionIndex::new(&catalog);
    let titles = index.sections().iter().map(|s| s.title.clone());
    candidates(titles, current)
}

/// The command line being completed: what the shell's script passes after `--`.
fn words() -> Vec<String> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let after = args
        .iter()
        .position(|a| a == "--")
        .map_or(args.len(), |i| i + 1);
    args[after..]
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// The dataset the words name; `None` when it cannot be read (nothing is offered, and
/// nothing said: a message would land in the middle of the user's command line).
fn catalog(words: &[String]) -> Option<Catalog> {
    let Some(path) = data(words) else {
        return store::embedded().ok().map(Catalog::new);
    };
    let path = PathBuf::from(unquoted(&path));
    if !path.is_file() {
        return None;
    }
    let opened = cache::open_checked(&path, true, cache::Check::After, |p| {
        store::load_file(p).map(|f| f.split().0)
    })
    .ok()?;
    if let Some(pending) = opened.pending {
        // The next Tab then opens the snapshot instead of parsing the RON again.
        let _ = pending.keep(&opened.catalog);
    }
    Some(opened.catalog)
}

/// The value of the last `--data FILE` or `--data=FILE`.
fn data(words: &[String]) -> Option<String> {
    let mut found = None;
    for (i, word) in words.iter().enumerate() {
        if let Some(value) = word.strip_prefix("--data=") {
            found = Some(value.to_string());
        } else if word == "--data" {
            found = words.get(i + 1).cloned();
        }
    }
    found
}

/// The city a title belongs to: the first word after the subcommand that is neither an
/// option nor an option's value, and not the word being completed.
fn city_word(words: &[String], current: &OsStr) -> Option<String> {
    let current = current.to_string_lossy();
    let mut positional = Vec::new();
    let mut skip_next = false;
    // The first word is the program's name.
    for word in words.iter().skip(1) {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if word.starts_with('-') {
            skip_next = TAKES_VALUE.contains(&word.as_str());
            continue;
        }
        positional.push(word.as_str());
    }
    // The subcommand, then the city; the last word is the one being typed.
    let city = positional.get(1)?;
    let typing_it = positional.len() == 2 && unquoted(city) == unquoted(&current);
    (!typing_it).then(|| unquoted(city))
}

/// The names that start with what is typed, in the shell's own quoting.
fn candidates(names: impl Iterator<Item = String>, current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let typed = fold(&unquoted(&current));
    let bash = SHELL.get().is_some_and(|shell| shell == "bash");
    let mut seen = std::collections::HashSet::new();
    names
        .filter(|name| fold(name).starts_with(&typed) && seen.insert(name.clone()))
        .map(|name| CompletionCandidate::new(if bash { quoted_as(&name) } else { name }))
        .collect()
}

/// A name as bash must be given it. Bash puts a reply in the line as it is: a title's
/// spaces would make it several words, unless the word was begun with a quote (readline
/// then closes the quote itself).
fn quoted_as(name: &str) -> String {
    let typed = std::env::var(TYPED).unwrap_or_default();
    if typed.starts_with(['\'', '"']) {
        name.to_string()
    } else {
        escaped(name)
    }
}

/// A word as typed, without the shell's quotes and backslashes: `'Lokaal wo` and
/// `Lokaal\ wo` are both `Lokaal wo`. Where a backslash separates a path's folders
/// (Windows), it is kept: `C:\data\x.ron` is a path there.
fn unquoted(word: &str) -> String {
    let escapes = std::path::MAIN_SEPARATOR != '\\';
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {}
            '\\' if escapes => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

/// A name as bash must be given it: bash puts a reply in the line as it is, so a title's
/// spaces would make it several words.
fn escaped(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_whitespace() || "'\"\\$`!&;|()<>*?[]{}#~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(String::from).collect()
    }

    #[test]
    fn the_city_is_the_first_word_after_the_subcommand_that_is_not_an_option() {
        let cases = [
            ("woonbeleid note Aalst Lok", Some("Aalst")),
            ("woonbeleid --data x.ron note Gent ''", Some("Gent")),
            (
                "woonbeleid note --set tekst Sint-Niklaas L",
                Some("Sint-Niklaas"),
            ),
            ("woonbeleid related --limit 3 Leuven Lok", Some("Leuven")),
            ("woonbeleid note Aal", None),
            ("woonbeleid show", None),
        ];
        for (line, city) in cases {
            let w = words(line);
            let current = w.last().unwrap().clone();
            assert_eq!(
                city_word(&w, OsStr::new(&current)).as_deref(),
                city,
                "{line}"
            );
        }
    }

    #[test]
    fn the_last_data_option_names_the_dataset() {
        assert_eq!(
            data(&words("woonbeleid --data a.ron note --data=b.ron X")),
            Some("b.ron".into())
        );
        assert_eq!(data(&words("woonbeleid note X")), None);
    }

    #[test]
    fn quotes_and_backslashes_are_taken_off_and_bash_gets_them_back() {
        assert_eq!(unquoted("'Lokaal wo"), "Lokaal wo");
        if std::path::MAIN_SEPARATOR == '/' {
            assert_eq!(unquoted("Lokaal\\ wo"), "Lokaal wo");
            assert_eq!(unquoted(&escaped("A & B's")), "A & B's");
        }
        assert_eq!(
            escaped("Lokaal woonoverleg (LWO)"),
            "Lokaal\\ woonoverleg\\ \\(LWO\\)"
        );
    }

    #[test]
    fn names_match_by_their_start_case_and_accents_aside() {
        let names = ["Aalst", "Antwerpen", "Ängelholm", "Aalst"].map(String::from);
        let got: Vec<String> = candidates(names.into_iter(), OsStr::new("a"))
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert_eq!(got, ["Aalst", "Antwerpen", "Ängelholm"], "each once");
        let got = candidates(["Aalst".to_string()].into_iter(), OsStr::new("an"));
        assert!(got.is_empty());
    }
}

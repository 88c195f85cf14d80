//! What users of fzf, ripgrep and gitui expect of a command-line tool: completion scripts
//! and a man page made from the one definition of the arguments, and `show`, an item as
//! plain text for screen readers and pipes.

use crate::common;

use common::cli::{bin, run, stderr, stdout};

const SUBCOMMANDS: [&str; 12] = [
    "import",
    "diff",
    "filter",
    "search",
    "note",
    "notes",
    "show",
    "related",
    "completions",
    "man",
    "export",
    "config",
];

/// What the program answers `shell`'s script when the line is `words` (the last being
/// typed).
fn answer(shell: &str, words: &[&str]) -> Vec<String> {
    let mut command = bin();
    command
        .env("WOONBELEID_COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words);
    let o = command.output().unwrap();
    assert!(o.status.success(), "{shell} {words:?}: {}", stderr(&o));
    stdout(&o)
        .lines()
        // fish and PowerShell put a help after a tab, zsh after a colon.
        .map(|l| l.split(['\t', ':']).next().unwrap_or_default().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_shell_gets_a_script_that_asks_the_program_and_is_answered() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        assert!(script.contains("WOONBELEID_COMPLETE"), "{shell}: {script}");
        let program = std::path::Path::new(common::cli::BIN).file_name().unwrap();
        assert!(
            script.contains(program.to_str().unwrap()),
            "{shell} calls this program: {script}"
        );
        let subs = answer(shell, &["woonbeleid", "no"]);
        assert_eq!(subs, ["note", "notes"], "{shell}");
        let cities = answer(shell, &["woonbeleid", "note", "a"]);
        assert_eq!(cities, ["Aalst", "Antwerpen"], "{shell}");
    }
    for sub in SUBCOMMANDS {
        let found = answer("fish", &["woonbeleid", &sub[..2]]);
        assert!(found.iter().any(|s| s == sub), "{sub}: {found:?}");
    }
    let o = run(&["completions", "tcsh"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn titles_are_the_named_citys_and_sections_and_cities_come_from_the_data_in_use() {
    let titles = answer("fish", &["woonbeleid", "show", "aalst", "lokale"]);
    assert_eq!(titles, ["Lokale woonraad"], "the city's titles, case aside");
    let titles = answer(
        "fish",
        &["woonbeleid", "note", "--set", "x", "Aalst", "Lok"],
    );
    assert_eq!(titles, ["Lokaal woonoverleg", "Lokale woonraad"]);
    assert!(answer("fish", &["woonbeleid", "note", "Nergens", "L"]).is_empty());
    let sections = answer("fish", &["woonbeleid", "export", "--section", "b"]);
    assert_eq!(sections, ["B. OVERLEG"]);
    let dir = tempfile::tempdir().unwrap();
    let data = common::Data::new()
        .city("Zottegem", &[("Woonraad", "tekst")])
        .city("Zele", &[("Woonraad", "tekst")])
        .build();
    let file = dir.path().join("eigen.ron");
    std::fs::write(&file, woonbeleid::store::to_ron(&data)).unwrap();
    let path = file.display().to_string();
    let cities = answer("fish", &["woonbeleid", "--data", &path, "related", "z"]);
    assert_eq!(cities, ["Zottegem", "Zele"], "the dataset the line names");
    let eq = format!("--data={path}");
    let titles = answer("fish", &["woonbeleid", &eq, "note", "zele", "w"]);
    assert_eq!(titles, ["Woonraad"]);
}

/// The bash script, sourced in a real bash, completes a subcommand, an option, a city
/// and a title (with its spaces escaped, as bash puts a reply in the line as it is).
#[cfg(unix)]
#[test]
fn the_bash_completion_completes_in_bash() {
    use std::process::{Command, Stdio};
    let script = stdout(&run(&["completions", "bash"]));
    let complete = |line: &str| {
        let words: Vec<String> = line
            .split(' ')
            .map(|w| format!("'{}'", w.replace('\'', "'\\''")))
            .collect();
        let probe = format!(
            "{script}\nCOMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE={line:?}; \
             COMP_POINT=${{#COMP_LINE}}; _clap_complete_woonbeleid woonbeleid {cur} {prev}; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\"",
            words = words.join(" "),
            cword = words.len() - 1,
            // Bash gives the function the word unquoted, as COMP_WORDS has it raw.
            cur = words[words.len() - 1].replacen("'\\''", "", 1),
            prev = words[words.len().saturating_sub(2)],
        );
        let o = Command::new("bash")
            .args(["--norc", "-c", &probe])
            .env("WOONBELEID_TAAL", "nl")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let subs = complete("woonbeleid im");
    assert_eq!(subs.trim(), "import", "{subs}");
    let both = complete("woonbeleid n");
    assert!(
        both.lines().any(|l| l == "note") && both.lines().any(|l| l == "notes"),
        "{both}"
    );
    let flags = complete("woonbeleid export --fo");
    assert_eq!(flags.trim(), "--format", "{flags}");
    let city = complete("woonbeleid note sint");
    assert_eq!(city.trim(), "Sint-Niklaas", "{city}");
    let title = complete("woonbeleid note Sint-Niklaas lokaal");
    assert_eq!(title.trim(), "Lokaal\\ woonoverleg", "{title}");
    let quoted = complete("woonbeleid show Aalst 'lokale");
    assert_eq!(
        quoted.trim(),
        "Lokale woonraad",
        "readline closes the quote: {quoted}"
    );
}

#[test]
fn the_man_page_is_roff_and_describes_every_subcommand() {
    let o = run(&["man"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(
        page.contains(".TH woonbeleid 1"),
        "{}",
        &page[..page.len().min(300)]
    );
    assert!(page.contains(".SH NAME") && page.contains(".SH SYNOPSIS"));
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "the man page lacks {sub}");
    }
}

#[test]
fn show_prints_where_an_item_stands_its_text_and_the_note_wrapped() {
    let home = tempfile::tempdir().unwrap();
    let with_home = |args: &[&str]| {
        bin()
            .env("WOONBELEID_HOME", home.path())
            .args(args)
            .output()
            .unwrap()
    };
    let o = with_home(&["show", "aalst", "LOKALE WOONRAAD"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Aalst › B. OVERLEG › Lokale woonraad");
    assert_eq!(lines[1], "");
    assert!(text.contains("Voorzitter van de Woonraad"), "{text}");
    assert!(text.contains(" • OCMW Aalst"), "bullets kept: {text}");
    assert!(
        lines.iter().all(|l| l.chars().count() <= 80),
        "wrapped to 80 columns: {text}"
    );
    assert!(!text.contains("Notitie:"), "no note yet");
    assert!(
        with_home(&[
            "note",
            "Aalst",
            "Lokale woonraad",
            "--set",
            "Bellen in mei\n\x1b[2Jweg"
        ])
        .status
        .success()
    );
    let text = stdout(&with_home(&["show", "Aalst", "Lokale woonraad"]));
    assert!(text.contains("\nNotitie:\nBellen in mei\n"), "{text}");
    assert!(
        !text.contains('\x1b'),
        "a note reaches the terminal inert: {text:?}"
    );
}

#[test]
fn show_of_a_city_prints_its_items_in_order_and_unknown_names_say_the_closest() {
    let o = run(&["show", "Gent"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let heads: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Gent › ") || *l == "Gent")
        .collect();
    let listed = stdout(&run(&["filter", "gent"]));
    let titles: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.strip_prefix("Gent\t"))
        .collect();
    assert_eq!(heads.len(), titles.len(), "{heads:?} vs {titles:?}");
    let gone = run(&["show", "Gentt"]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(stderr(&gone).contains("'Gent'"), "{}", stderr(&gone));
    let gone = run(&["show", "Gent", "Woonraad"]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(
        stderr(&gone)
            .starts_with("fout: geen titel 'Woonraad' in Gent; bedoelt u 'Stedelijke Woonraad'?"),
        "{}",
        stderr(&gone)
    );
}

#[test]
fn accessible_mode_is_asked_for_by_the_flag_accessible_or_a_dumb_terminal() {
    use std::ffi::OsStr;
    use woonbeleid::cli::accessible;
    let os = |s: &'static str| Some(OsStr::new(s));
    assert!(accessible(true, None, os("xterm-256color")));
    assert!(accessible(false, os("1"), None));
    assert!(accessible(false, os("yes"), os("xterm")));
    assert!(accessible(false, None, os("dumb")));
    assert!(
        !accessible(false, os("0"), os("xterm")),
        "ACCESSIBLE=0 is off"
    );
    assert!(
        !accessible(false, os(""), os("xterm")),
        "an empty one is unset"
    );
    assert!(!accessible(false, None, None));
}

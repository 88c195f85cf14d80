//! The command line speaks the locale's language: `--help` with its headings, a usage
//! error and an error line, in English under an English locale and in Dutch under a Dutch
//! one; `--taal` over `WOONBELEID_TAAL` over `LC_ALL` over `LC_MESSAGES` over `LANG`.

use std::process::Output;

use crate::common;

use common::cli::{bin, stderr, stdout};

/// The binary with only `vars` saying what the language is.
fn with(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = bin();
    for var in ["WOONBELEID_TAAL", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(var);
    }
    command
        .envs(vars.iter().copied())
        .args(args)
        .output()
        .unwrap()
}

fn is_english(vars: &[(&str, &str)], args: &[&str]) -> bool {
    let help = stdout(&with(vars, &[args, &["--help"]].concat()));
    let english = help.contains("Usage: woonbeleid") && help.contains("Options:");
    let dutch = help.contains("Gebruik: woonbeleid") && help.contains("Opties:");
    assert!(english != dutch, "{vars:?} {args:?}: {help}");
    english
}

#[test]
fn help_usage_errors_and_error_lines_follow_an_english_locale() {
    let en = [("LANG", "en_GB.UTF-8")];
    assert!(is_english(&en, &[]));
    let usage = stderr(&with(&en, &["--bogus"]));
    assert!(
        usage.starts_with("error: unexpected argument '--bogus'"),
        "{usage}"
    );
    assert!(
        usage.contains("Usage: woonbeleid [OPTIONS] [COMMAND]"),
        "{usage}"
    );
    let o = with(&en, &["show", "Nergensdorp"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("fout") && !err.contains("stad"), "{err}");
}

#[test]
fn help_usage_errors_and_error_lines_follow_a_dutch_locale() {
    let nl = [("LANG", "nl_BE.UTF-8")];
    assert!(!is_english(&nl, &[]));
    let usage = stderr(&with(&nl, &["--bogus"]));
    assert!(
        usage.starts_with("fout: onverwacht argument '--bogus'"),
        "{usage}"
    );
    let err = stderr(&with(&nl, &["show", "Nergensdorp"]));
    assert!(err.starts_with("fout: "), "{err}");
}

#[test]
fn each_choice_overrides_the_ones_after_it() {
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], bool);
    let cases: [Case; 8] = [
        (&[], &[], false),
        (&[("LANG", "C")], &[], false),
        (&[("LANG", "en_US")], &[], true),
        (
            &[("LANG", "nl_BE.UTF-8"), ("LC_MESSAGES", "en_GB")],
            &[],
            true,
        ),
        (&[("LC_MESSAGES", "en_GB"), ("LC_ALL", "nl_NL")], &[], false),
        (
            &[("LC_ALL", "en_IE"), ("WOONBELEID_TAAL", "nl")],
            &[],
            false,
        ),
        (&[("WOONBELEID_TAAL", "en")], &["--taal", "nl"], false),
        (&[("LANG", "nl_BE")], &["--taal", "en"], true),
    ];
    for (vars, args, english) in cases {
        if vars.is_empty() && args.is_empty() && cfg!(windows) {
            // Without a variable, Windows asks the user's locale: not the test's to set.
            continue;
        }
        assert_eq!(is_english(vars, args), english, "{vars:?} {args:?}");
    }
}

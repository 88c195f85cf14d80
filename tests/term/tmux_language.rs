//! The browser speaks the locale's language: English where the locale is English, Dutch
//! where it is Dutch, its first screen and its help alike. The data is never translated.

use crate::common;

use common::tmux::{BIN, Tmux};

/// The first screen and the help, with the locale `lang` and no other choice made.
fn screens(name: &str, lang: &str) -> (String, String) {
    let setup = format!("unset WOONBELEID_TAAL LC_ALL LC_MESSAGES; export LANG={lang}");
    let t = Tmux::start_command(name, 100, 30, &setup, BIN);
    let first = t.wait_all(&["▶ Aalst", "Lokaal woonoverleg", " ? "]);
    t.keys(&["?"]);
    let help = t.wait("the help", |s| s.contains("Esc"));
    t.keys(&["Escape", "q"]);
    t.assert_exited_cleanly("0");
    (first, help)
}

#[test]
fn an_english_locale_gets_an_english_browser() {
    let (first, help) = screens("lang_en", "en_GB.UTF-8");
    for word in [
        "1 Cities",
        "2 Sections · Aalst",
        "3 Text",
        "by city",
        "? help",
        "j/k select",
    ] {
        assert!(first.contains(word), "{word}:\n{first}");
    }
    for dutch in ["Steden", "Secties", "hulp", "kies", "per stad"] {
        assert!(!first.contains(dutch), "{dutch}:\n{first}");
    }
    assert!(
        first.contains("Het Lokaal Woonoverleg komt"),
        "the data stays Dutch"
    );
    assert!(
        help.contains("Keys (Esc closes)") && help.contains("next/previous"),
        "{help}"
    );
    assert!(!help.contains("volgende/vorige"), "{help}");
}

#[test]
fn a_dutch_locale_gets_a_dutch_browser() {
    let (first, help) = screens("lang_nl", "nl_BE.UTF-8");
    for word in [
        "1 Steden",
        "2 Secties · Aalst",
        "3 Tekst",
        "per stad",
        "? hulp",
        "j/k kies",
    ] {
        assert!(first.contains(word), "{word}:\n{first}");
    }
    assert!(
        help.contains("Toetsen (Esc sluit)") && help.contains("volgende/vorige"),
        "{help}"
    );
}

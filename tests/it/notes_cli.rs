//! `woonbeleid note` and `notes` as scripts use them: setting, reading, moving and listing
//! notes, names not found, and what a note holds shown without acting on a terminal. That
//! no note is ever lost is `notes_never_lost.rs`.

use crate::common;

use common::cli::{run_at_home as woonbeleid, stderr as err, stdout as out};

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use woonbeleid::notes::{NoteStore, Place};

#[test]
fn set_get_remove_and_list() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let none = woonbeleid(h, &["note", "Gent", "Lokaal woonoverleg"]);
    assert_eq!((none.status.code(), out(&none).as_str()), (Some(1), ""));
    assert!(
        woonbeleid(
            h,
            &["note", "gent", "LOKAAL WOONOVERLEG", "--set", "Vraag Gent"]
        )
        .status
        .success()
    );
    let got = woonbeleid(h, &["note", "Gent", "Lokaal woonoverleg"]);
    assert_eq!(
        (got.status.code(), out(&got).as_str()),
        (Some(0), "Vraag Gent\n")
    );
    let mut child = common::cli::bin()
        .env("WOONBELEID_HOME", h)
        .args(["note", "Aalst", "Lokale woonraad", "--set", "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("van stdin\n-- met streepjes\n".as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let listed = woonbeleid(h, &["notes"]);
    assert_eq!(
        out(&listed),
        "Aalst\tLokale woonraad\tvan stdin\nGent\tLokaal woonoverleg\tVraag Gent\n"
    );
    let md = out(&woonbeleid(h, &["notes", "--format", "md"]));
    assert!(
        md.contains("## Aalst › Lokale woonraad\n\nvan stdin\n-- met streepjes"),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&out(&woonbeleid(h, &["notes", "--format", "json"]))).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(
        woonbeleid(h, &["note", "Gent", "Lokaal woonoverleg", "--set", ""])
            .status
            .success()
    );
    assert_eq!(
        woonbeleid(h, &["note", "Gent", "Lokaal woonoverleg"])
            .status
            .code(),
        Some(1),
        "empty text removes"
    );
}

/// `note --set -` with `stdin` on its standard input and `args` before the command.
fn set_from_stdin(home: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = common::cli::bin()
        .env("WOONBELEID_HOME", home)
        .args(args)
        .args(["note", "Aalst", "Lokale woonraad", "--set", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The refusal may come before everything was written: a broken pipe is its sign.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn a_note_from_stdin_is_read_as_any_input_is() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let long = set_from_stdin(h, &["--max-input-size", "16"], &[b'x'; 100]);
    assert!(!long.status.success());
    assert!(
        err(&long).contains("(stdin): meer dan 16 bytes"),
        "{}",
        err(&long)
    );
    let binary = set_from_stdin(h, &[], b"ab\0cd");
    assert!(
        err(&binary).contains("(stdin): geen tekst"),
        "{}",
        err(&binary)
    );
    let latin1 = set_from_stdin(h, &[], b"caf\xe9 ");
    assert!(err(&latin1).contains("(stdin): geen"), "{}", err(&latin1));
    for o in [&long, &binary, &latin1] {
        assert_eq!(err(o).lines().count(), 1, "{}", err(o));
    }
    let none = woonbeleid(h, &["note", "Aalst", "Lokale woonraad"]);
    assert_eq!(none.status.code(), Some(1), "nothing was kept");
    let fits = set_from_stdin(h, &["--max-input-size", "16"], b"zestien bytes ok");
    assert!(fits.status.success(), "{}", err(&fits));
    let got = woonbeleid(h, &["note", "Aalst", "Lokale woonraad"]);
    assert_eq!(out(&got), "zestien bytes ok\n");
}

#[test]
fn unknown_names_say_the_closest_match() {
    let home = tempfile::tempdir().unwrap();
    let o = woonbeleid(home.path(), &["note", "Gnet", "Lokaal woonoverleg"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o), "fout: geen stad 'Gnet'; bedoelt u 'Gent'?\n");
    let o = woonbeleid(
        home.path(),
        &["note", "Gent", "Lokale woonraad", "--set", "x"],
    );
    assert_eq!(
        err(&o),
        "fout: geen titel 'Lokale woonraad' in Gent; bedoelt u 'Stedelijke Woonraad'?\n"
    );
    assert!(!home.path().join("notes.ron").exists(), "nothing written");
}

/// A third name without `--move` was ignored (the note printed, exit 0): it is refused.
#[test]
fn a_stray_argument_is_refused() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["note", "Gent", "Lokaal woonoverleg", "extra"][..],
        &["note", "Gent", "Lokaal woonoverleg", "extra", "--set", "x"],
    ] {
        let o = woonbeleid(home.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", err(&o));
        assert!(out(&o).is_empty());
    }
    assert!(!home.path().join("notes.ron").exists(), "nothing written");
}

#[test]
fn an_orphan_stays_listed_and_moves_to_the_renamed_title() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("notes.ron"),
        "Notes(version: 1, notes: [Note(city: \"Gent\", title: \"Woonraad (oud)\", text: \"bewaard\")], bookmarks: [Place(city: \"Gent\", title: \"Woonraad (oud)\")])",
    )
    .unwrap();
    assert_eq!(
        out(&woonbeleid(home.path(), &["notes"])),
        "Gent\tWoonraad (oud)\tbewaard\twees\n"
    );
    assert_eq!(
        out(&woonbeleid(
            home.path(),
            &["note", "Gent", "Woonraad (oud)"]
        )),
        "bewaard\n",
        "an orphan by its name"
    );
    let moved = woonbeleid(
        home.path(),
        &[
            "note",
            "--move",
            "Gent",
            "Woonraad (oud)",
            "Stedelijke Woonraad",
        ],
    );
    assert!(moved.status.success(), "{}", err(&moved));
    assert_eq!(
        out(&woonbeleid(home.path(), &["notes"])),
        "Gent\tStedelijke Woonraad\tbewaard\n"
    );
    let store = NoteStore::open(home.path()).unwrap();
    assert!(
        store
            .notes()
            .bookmarks
            .contains(&Place::new("Gent", "Stedelijke Woonraad"))
    );
}

#[test]
fn a_move_matches_the_old_title_as_every_note_command_does_and_says_the_closest() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("notes.ron"),
        "Notes(version: 1, notes: [Note(city: \"Gent\", title: \"Woonraad (oud)\", text: \"bewaard\"), Note(city: \"Gent\", title: \"Stedelijke Woonraad\", text: \"er al\")])",
    )
    .unwrap();
    let args = |old: &'static str| ["note", "--move", "gent", old, "stedelijke woonraad"];
    let wrong = woonbeleid(home.path(), &args("Woonraad (nieuw)"));
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(
        err(&wrong),
        "fout: geen notitie of bladwijzer op 'Woonraad (nieuw)' in Gent; bedoelt u 'Woonraad (oud)'?\n"
    );
    // Nothing like it: what could move is listed, not one note offered as if it were close.
    let unlike = woonbeleid(home.path(), &args("Bestuur"));
    assert_eq!(
        err(&unlike),
        "fout: geen notitie of bladwijzer op 'Bestuur' in Gent; wel op: 'Stedelijke Woonraad', 'Woonraad (oud)'\n"
    );
    let moved = woonbeleid(home.path(), &args("WOONRAAD (óud)"));
    assert!(moved.status.success(), "{}", err(&moved));
    // Said plainly, on stderr: the place had a note, both are kept.
    assert_eq!(
        err(&moved),
        "Gent › Stedelijke Woonraad had al een notitie: beide blijven, de verplaatste eronder, na '<<<<<<< verplaatst van 'Woonraad (oud)':'\n"
    );
    assert!(out(&moved).is_empty());
    // Moved onto a note that was there: both kept, the moved one marked as moved, not as
    // changed in another window.
    let there = out(&woonbeleid(
        home.path(),
        &["note", "Gent", "Stedelijke Woonraad"],
    ));
    assert_eq!(
        there,
        "er al\n\n<<<<<<< verplaatst van 'Woonraad (oud)':\nbewaard\n>>>>>>>\n"
    );
}

/// What a terminal could act on, or that hides or reorders text: every output must show
/// these as symbols instead. Written here, not taken from the code under test.
fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{feff}'
                | '\u{061c}'
        )
}

#[test]
fn control_characters_in_notes_reach_no_output_raw() {
    let classes = [
        "\u{1b}]0;titel\u{7}",
        "\u{1b}[2J",
        "\u{1b}]52;c;aGFsbG8=\u{7}",
        "\u{9b}31m",
        "regel\roverschreven",
        "\u{202e}omgekeerd",
        "tab\there",
        "nul\u{0}del\u{7f}",
        "zero\u{200b}width",
        "scheiding\u{2028}regel",
    ];
    let home = tempfile::tempdir().unwrap();
    let mut store = NoteStore::open(home.path()).unwrap();
    let text = classes.join(" | ");
    let known = Place::new("Gent", "Lokaal woonoverleg");
    // An orphan's city and title come from the notes file, not the importer.
    let orphan = Place::new("Gent\u{1b}[31m", "Oud\u{9b}\u{202e}\ttitel");
    store
        .set_note(&known, &format!("{text}\ntweede {text}"))
        .unwrap();
    store.set_note(&orphan, &text).unwrap();
    let outputs = [
        &["note", "Gent", "Lokaal woonoverleg"][..],
        &["notes"],
        &["notes", "--format", "md"],
        &["notes", "--format", "json"],
    ];
    for args in outputs {
        let o = woonbeleid(home.path(), args);
        assert!(o.status.success(), "{args:?}: {}", err(&o));
        let shown = out(&o);
        // TSV's own column separators are the one control character allowed.
        let tsv = args == ["notes"];
        let raw: Vec<char> = shown
            .chars()
            .filter(|&c| acts_on_a_terminal(c) && !(tsv && c == '\t'))
            .collect();
        assert!(raw.is_empty(), "{args:?} prints {raw:?} raw:\n{shown}");
        assert!(
            shown.contains("titel") && shown.contains("omgekeerd"),
            "{shown}"
        );
    }
    // TSV keeps its three columns whatever the note holds.
    for line in out(&woonbeleid(home.path(), &["notes"])).lines() {
        assert!(matches!(line.split('\t').count(), 3 | 4), "{line:?}");
    }
    // JSON gives the exact text back to a program.
    let json = out(&woonbeleid(home.path(), &["notes", "--format", "json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows[0]["text"], format!("{text}\ntweede {text}"));
    assert_eq!(rows[1]["title"], orphan.title);
}

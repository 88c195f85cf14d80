//! Notes end to end in a real terminal: `a` hands the terminal to the user's editor (here
//! a script), the note is stored, and after quitting and starting again the note, the
//! bookmark and the position are back.

use crate::common;

use std::os::unix::fs::PermissionsExt;

use common::tmux::{BIN, Tmux};

#[test]
fn a_note_written_in_the_editor_is_there_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let editor = home.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Vraag Antwerpen naar hun woonoverleg\\n' >> \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = format!(
        "env WOONBELEID_HOME={} EDITOR={} {BIN}",
        home.path().display(),
        editor.display()
    );
    let t = Tmux::start_command("note1", 120, 40, "true", &run);
    t.wait_for("13 steden");
    t.keys(&["j"]);
    t.wait_for("Antwerpen › B. OVERLEG › Lokaal woonoverleg");
    t.keys(&["a"]);
    t.wait_all(&["notitie bewaard", "Lokaal woonoverleg ✎"]);
    t.keys(&["'"]);
    t.wait_for("bladwijzer gezet");
    t.keys(&["l", "j"]);
    t.wait_for("Antwerpen › B. OVERLEG › Lokale woonraad");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
    let notes = std::fs::read_to_string(home.path().join("notes.ron")).unwrap();
    assert!(
        notes.contains("Vraag Antwerpen naar hun woonoverleg"),
        "{notes}"
    );

    let t = Tmux::start_command("note2", 120, 40, "true", &run);
    let s = t.wait_all(&[
        "Antwerpen › B. OVERLEG › Lokale woonraad",
        "Lokaal woonoverleg ✎ ★",
    ]);
    assert!(s.contains("▶ Antwerpen"), "back on the same item: {s}");
    // Up to the noted item, into its text, to the end: the note is under the text.
    t.keys(&["k", "l", "G"]);
    t.wait_all(&["✎ Jouw notitie", "Vraag Antwerpen naar hun woonoverleg"]);
    t.keys(&["B"]);
    t.wait_for("★ Antwerpen › Lokaal woonoverleg");
    // Esc and q apart: sent together they read as Alt-q, as in any terminal.
    t.keys(&["Escape"]);
    t.wait("back to the panes", |s| {
        !s.contains("Dekking") && !s.contains("Bladwijzers")
    });
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");

    // --fresh starts clean; the notes stay.
    let t = Tmux::start_command("note3", 120, 40, "true", &format!("{run} --fresh"));
    let s = t.wait_for("13 steden");
    assert!(s.contains("▶ Aalst"), "{s}");
    t.keys(&["j"]);
    t.wait_for("Lokaal woonoverleg ✎ ★");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

#[test]
fn without_an_editor_the_built_in_one_takes_the_note() {
    let home = tempfile::tempdir().unwrap();
    let run = format!(
        "env -u VISUAL -u EDITOR WOONBELEID_HOME={} {BIN}",
        home.path().display()
    );
    let t = Tmux::start_command("note4", 100, 30, "true", &run);
    t.wait_for("13 steden");
    t.keys(&["a"]);
    t.wait_for("Notitie bij Aalst › Lokaal woonoverleg");
    t.type_text("eerste regel");
    t.keys(&["Enter"]);
    t.type_text("tweede regel");
    t.wait_for("tweede regel");
    t.keys(&["Escape"]);
    t.wait_for("notitie bewaard");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
    let notes = std::fs::read_to_string(home.path().join("notes.ron")).unwrap();
    assert!(notes.contains("eerste regel\\ntweede regel"), "{notes}");
}

#[test]
fn a_broken_notes_file_is_said_and_left_alone() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(home.path().join("notes.ron"), "Notes(kapot").unwrap();
    let run = format!("env WOONBELEID_HOME={} {BIN}", home.path().display());
    let t = Tmux::start_command("note5", 120, 40, "true", &run);
    t.wait_for("notities niet beschikbaar");
    t.keys(&["a"]);
    t.wait_for("notities niet beschikbaar");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
    assert_eq!(
        std::fs::read_to_string(home.path().join("notes.ron")).unwrap(),
        "Notes(kapot"
    );
}

#[test]
fn a_note_set_from_the_command_line_shows_in_the_running_browser_and_is_edited_as_is() {
    let home = tempfile::tempdir().unwrap();
    let run = format!(
        "env -u VISUAL -u EDITOR WOONBELEID_HOME={} {BIN}",
        home.path().display()
    );
    let t = Tmux::start_command("note6", 120, 40, "true", &run);
    t.wait_for("13 steden");
    let set = std::process::Command::new(BIN)
        .env("WOONBELEID_HOME", home.path())
        .args([
            "note",
            "Aalst",
            "Lokaal woonoverleg",
            "--set",
            "Bel de OCMW-voorzitter",
        ])
        .output()
        .unwrap();
    assert!(set.status.success(), "{set:?}");
    // No key pressed: the browser sees it by itself.
    t.wait_all(&["Lokaal woonoverleg ✎", "elders gewijzigd"]);
    t.keys(&["a"]);
    t.wait_all(&[
        "Notitie bij Aalst › Lokaal woonoverleg",
        "Bel de OCMW-voorzitter",
    ]);
    t.type_text(" in mei");
    t.keys(&["Escape"]);
    let s = t.wait_for("notitie bewaard");
    assert!(!s.contains("gewijzigd in een ander"), "{s}");
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
    let notes = std::fs::read_to_string(home.path().join("notes.ron")).unwrap();
    assert!(notes.contains("Bel de OCMW-voorzitter in mei"), "{notes}");
    assert!(!notes.contains("<<<<<<<"), "no conflict: {notes}");
}

#[test]
fn a_note_whose_item_is_gone_opens_to_read_from_the_bookmark_list() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("notes.ron"),
        "Notes(version: 1, notes: [Note(city: \"Zottegem\", title: \"Weg\", \
         text: \"eerste regel van de wees\\ntweede regel\")], bookmarks: [])",
    )
    .unwrap();
    let run = format!("env WOONBELEID_HOME={} {BIN}", home.path().display());
    let t = Tmux::start_command("note7", 60, 20, "true", &run);
    t.wait_for("13 steden");
    t.keys(&["B"]);
    t.wait_for("✎ Zottegem › Weg");
    // Enter: nowhere to go, so it says why and opens the note.
    t.keys(&["Enter"]);
    t.wait_all(&[
        "Notitie bij Zottegem › Weg",
        "eerste regel van de wees",
        "tweede regel",
        "item niet meer in de gegevens",
    ]);
    t.keys(&["Escape"]);
    t.wait_for("Bladwijzers");
    t.keys(&["Escape"]);
    t.wait("back to the panes", |s| !s.contains("Bladwijzers"));
    t.keys(&["q"]);
    t.assert_exited_cleanly("0");
}

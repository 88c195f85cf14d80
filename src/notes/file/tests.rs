//! The notes file: what it reads, what it refuses, what it never overwrites.
use super::*;

#[test]
fn notes_round_trip_and_a_missing_file_is_none() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(read(dir.path()).unwrap(), Notes::default());
    let mut notes = Notes::default();
    notes.set(
        Place::new("Gent", "Lokaal woonoverleg"),
        "Vraag \"Gent\"\nhoe\\ ze het doen ✎",
    );
    notes
        .bookmarks
        .insert(Place::new("Aalst", "Lokale woonraad"));
    write(dir.path(), &notes).unwrap();
    assert_eq!(read(dir.path()).unwrap(), notes);
    let text = fs::read_to_string(dir.path().join(NOTES)).unwrap();
    assert!(
        text.starts_with("Notes(\n    version: 1,"),
        "readable by a person: {text}"
    );
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [NOTES], "no temporary file left");
}

#[test]
fn broken_or_newer_files_are_errors_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(NOTES), "Notes(version: 1, notes: [").unwrap();
    assert!(matches!(
        read(dir.path()),
        Err(NotesError::Unreadable { .. })
    ));
    fs::write(dir.path().join(NOTES), "Notes(version: 7)").unwrap();
    assert!(matches!(
        read(dir.path()),
        Err(NotesError::Newer { version: 7, .. })
    ));
    fs::write(dir.path().join(NOTES), "Notes(version: 0)").unwrap();
    assert_eq!(
        read(dir.path()).unwrap(),
        Notes::default(),
        "an older format reads"
    );
}

/// A notes file with one note and one bookmark, `extra` put in at `at`.
fn with_extra(at: usize, extra: &str) -> String {
    let parts = [
        "Notes(version: 1, ",
        "notes: [Note(city: \"Gent\", title: \"X\", text: \"mijn tekst\"",
        ")], bookmarks: [Place(city: \"Aalst\", title: \"Y\"",
        ")])",
    ];
    let mut text = String::new();
    for (i, part) in parts.iter().enumerate() {
        text.push_str(part);
        if i == at {
            text.push_str(extra);
        }
    }
    text
}

#[test]
fn an_unknown_or_misspelt_field_anywhere_is_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(NOTES);
    fs::write(&path, with_extra(9, "")).unwrap();
    assert_eq!(
        read(dir.path()).unwrap().notes.len(),
        1,
        "the file as written reads"
    );
    // Top level, inside a note, inside a bookmark; a new field and a misspelt one.
    for (at, extra) in [(0, "extra: 1, "), (1, ", extra: 1"), (2, ", extra: 1")] {
        let text = with_extra(at, extra);
        fs::write(&path, &text).unwrap();
        let got = read(dir.path());
        assert!(
            matches!(got, Err(NotesError::Unreadable { line: Some(1), .. })),
            "{text}: {got:?}"
        );
    }
    for misspelt in [
        "Notes(version: 1, note: [Note(city: \"G\", title: \"X\", text: \"t\")])",
        "Notes(version: 1, bookmark: [Place(city: \"G\", title: \"X\")])",
        "Notes(version: 1, notes: [Note(city: \"G\", titel: \"X\", text: \"t\")])",
    ] {
        fs::write(&path, misspelt).unwrap();
        let why = read(dir.path()).unwrap_err().to_string();
        assert!(
            why.contains("notes.ron:1: kan niet gelezen worden"),
            "{why}"
        );
    }
    // The browser and the CLI write through the store, which reads the file first.
    assert!(crate::notes::NoteStore::open(dir.path()).is_err());
    assert!(
        fs::read_to_string(&path).unwrap().contains("titel"),
        "left as it was"
    );
}

#[test]
fn two_different_notes_for_one_item_are_refused_the_same_one_twice_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let note = |text: &str| format!("Note(city: \"Gent\", title: \"X\", text: \"{text}\")");
    let twice = format!(
        "Notes(version: 1, notes: [{}, {}])",
        note("eerste"),
        note("tweede")
    );
    fs::write(dir.path().join(NOTES), &twice).unwrap();
    let why = read(dir.path()).unwrap_err().to_string();
    assert!(
        why.contains("twee verschillende notities voor Gent › X"),
        "{why}"
    );
    let same = format!(
        "Notes(version: 1, notes: [{}, {}], bookmarks: [Place(city: \"A\", title: \"B\"), Place(city: \"A\", title: \"B\")])",
        note("zelfde"),
        note("zelfde")
    );
    fs::write(dir.path().join(NOTES), &same).unwrap();
    let notes = read(dir.path()).unwrap();
    assert_eq!((notes.notes.len(), notes.bookmarks.len()), (1, 1));
    assert_eq!(notes.note(&Place::new("Gent", "X")), Some("zelfde"));
}

#[test]
fn a_byte_order_mark_reads_and_deep_nesting_is_named_plainly() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join(NOTES),
        format!("\u{feff}{}", with_extra(9, "")),
    )
    .unwrap();
    assert_eq!(read(dir.path()).unwrap().notes.len(), 1);
    // Deep nesting can only hide in a field the file may not have: named, not ron's
    // advice to raise its recursion limit.
    let deep = format!(
        "Notes(version: 1, extra: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    fs::write(dir.path().join(NOTES), deep).unwrap();
    let why = read(dir.path()).unwrap_err().to_string();
    assert!(why.contains("extra") && !why.contains("recursion"), "{why}");
}

#[test]
fn a_read_only_notes_file_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(NOTES);
    fs::write(&path, "Notes(version: 1)").unwrap();
    let mut perms = fs::metadata(&path).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&path, perms).unwrap();
    let mut notes = Notes::default();
    notes.set(Place::new("Gent", "X"), "nieuw");
    let why = write(dir.path(), &notes).unwrap_err().to_string();
    assert!(
        why.contains("alleen-lezen; er is niets geschreven"),
        "{why}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "Notes(version: 1)");
}

#[test]
fn a_folder_or_special_file_in_place_of_the_notes_or_the_lock_is_refused_at_once() {
    for name in [NOTES, LOCK] {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join(name)).unwrap();
        let got = if name == NOTES {
            read(dir.path()).map(|_| ()).map_err(|e| e.to_string())
        } else {
            lock(dir.path()).map(|_| ()).map_err(|e| e.to_string())
        };
        let why = got.unwrap_err();
        assert!(
            why.contains("een map, geen gewoon bestand"),
            "{name}: {why}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_notes_or_the_lock_does_not_block() {
    for name in [NOTES, LOCK, crate::notes::position::POSITION] {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join(name);
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let why = match name {
            NOTES => read(dir.path()).unwrap_err().to_string(),
            LOCK => lock(dir.path()).map(|_| ()).unwrap_err().to_string(),
            _ => format!("{:?}", crate::notes::position::read(dir.path(), "x")),
        };
        assert!(
            why.contains("een speciaal bestand, geen gewoon bestand"),
            "{name}: {why}"
        );
    }
}

#[test]
fn leftovers_of_dead_writers_go_and_live_ones_stay() {
    let dir = tempfile::tempdir().unwrap();
    let dead = dir
        .path()
        .join(format!(".{NOTES}.woonbeleid-tmp-999999999"));
    let live = dir.path().join(format!(".{NOTES}.woonbeleid-tmp-1"));
    fs::write(&dead, "half").unwrap();
    let writing = crate::store::write::claim(fs::File::create(&live).unwrap()).unwrap();
    write(dir.path(), &Notes::default()).unwrap();
    assert!(!dead.exists(), "a killed writer's file is removed");
    assert!(
        live.exists(),
        "a writer that holds its claim is alive: its file is not ours to take"
    );
    drop(writing);
}

#[test]
fn a_leftover_of_an_earlier_run_with_this_process_id_does_not_block_writing() {
    // Containers often give every run the same pid: its own leftover is not a writer.
    let dir = tempfile::tempdir().unwrap();
    let own = dir
        .path()
        .join(format!(".{NOTES}.woonbeleid-tmp-{}", std::process::id()));
    fs::write(&own, "half").unwrap();
    let mut notes = Notes::default();
    notes.set(Place::new("Gent", "X"), "bewaard");
    write(dir.path(), &notes).unwrap();
    assert_eq!(read(dir.path()).unwrap(), notes);
    assert!(!own.exists());
}

#[test]
fn blank_text_removes_a_note() {
    let mut notes = Notes::default();
    let p = Place::new("Gent", "X");
    notes.set(p.clone(), "iets\n\n");
    assert_eq!(notes.note(&p), Some("iets"));
    notes.set(p.clone(), " \n ");
    assert_eq!(notes.note(&p), None);
}

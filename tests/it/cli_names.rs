//! Names given on the command line or held in a dataset: cleaned, never empty, never two
//! that look alike, always one line.

use crate::common;

use common::cli::{GROUPED, run, stderr, stdout, write};

#[test]
fn a_city_argument_is_cleaned_and_never_empty() {
    let view = "assets/raw/gent-itemview.txt";
    let o = run(&["import", view, "--city", "Gent\u{1b}]0;PWN\u{7}\u{200b}"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("name: \"Gent\""), "{out}");
    assert!(
        !out.contains("PWN") && !out.contains("\\u{"),
        "cleaned, not escaped"
    );
    for (city, says) in [
        ("", "--city heeft een naam nodig"),
        ("\u{200b}\u{7}", "geen zichtbare tekens"),
    ] {
        let o = run(&["import", view, "--city", city]);
        assert_eq!(o.status.code(), Some(2), "{city:?}");
        assert!(
            stderr(&o).starts_with("fout: ") && stderr(&o).contains(says),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn names_that_differ_only_by_what_cannot_be_seen_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // Invisible characters that vanish, and separators that read as the space they replace.
    let twins = [
        "\u{200b}",
        "\u{200e}",
        "\u{202e}",
        "\u{2066}",
        "\u{feff}",
        "\u{61c}",
        "\u{2060}",
        "\u{1b}[0m",
        "\u{85}",
    ]
    .map(|h| (format!("Aa{h}lst"), format!("Lokaal woon{h}overleg")))
    .into_iter()
    .chain(
        ["\u{2028}", "\u{2029}"]
            .map(|s| ("Aalst\u{200d}".to_owned(), format!("Lokaal{s}woonoverleg"))),
    );
    for (twin_city, twin_title) in twins {
        let hidden = &twin_title;
        // A second city that looks like the first.
        let twin = GROUPED.to_owned()
            + &format!("\nUitvouwen/samenvouwen Stad : {twin_city} (1)\nB. OVERLEG\n{twin_city}\n");
        let f = write(dir.path(), "twin.txt", twin.as_bytes());
        let o = run(&["import", &f]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{hidden:?}: {err}");
        assert!(
            err.contains("lijkt op 'Aalst' op") && err.contains(":5"),
            "{hidden:?}: {err}"
        );
        assert!(err.lines().count() >= 3, "both lines shown: {err}");
        // A title that looks like another city's.
        let title = GROUPED.replacen("Lokaal woonoverleg", &twin_title, 1);
        let f = write(dir.path(), "title.txt", title.as_bytes());
        // To stdout (checked, then written) and to a file (checked while written).
        let out = dir.path().join("out.ron").display().to_string();
        for args in [&["import", &f][..], &["import", &f, "-o", &out]] {
            let o = run(args);
            assert_eq!(o.status.code(), Some(1), "{hidden:?}: {}", stderr(&o));
            assert!(stderr(&o).contains("titel 'Lokaal"), "{}", stderr(&o));
        }
        assert!(!std::path::Path::new(&out).exists());
    }
    // A tab shows as the spaces it becomes: not a look-alike, the same title.
    let tab = GROUPED.replacen("Lokaal woonoverleg", "Lokaal\twoonoverleg", 1);
    let tab = tab.replacen("Lokaal woonoverleg", "Lokaal    woonoverleg", 1);
    let f = write(dir.path(), "tab.txt", tab.as_bytes());
    assert!(run(&["import", &f]).status.success());
    // Alone, with nothing to look like, the hidden character is just removed.
    let alone = GROUPED.replacen("Lokaal woonoverleg", "Lokaal\u{2028}overleg van de stad", 1);
    let f = write(dir.path(), "alone.txt", alone.as_bytes());
    let o = run(&["import", &f]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("title: \"Lokaal overleg van de stad\""));
}

#[test]
fn names_in_a_data_file_stay_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "names.ron",
        "Dataset(chapter: \"x\", cities: [City(name: \"Ge\\nnt\\u{200b}\", items: [Item(title: \"Lokaal\\nwoon\\u{2028}overleg\", description: \"een\\ntwee\", attachment: false)])])".as_bytes(),
    );
    let o = run(&["filter", "", "--data", &f]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Ge\u{240a}nt\u{fffd}\tLokaal\u{240a}woon\u{fffd}overleg\n"
    );
    let o = run(&["export", "--format", "md", "--data", &f]);
    let md = stdout(&o);
    assert!(md.contains("## Ge\u{240a}nt\u{fffd}\n"), "{md}");
    assert!(
        md.contains("\neen\\\ntwee\n"),
        "descriptions keep their lines: {md}"
    );
}

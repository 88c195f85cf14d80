//! `woonbeleid diff` and the summary `import -o` prints when it replaces a dataset, on the
//! seeds with one item edited, one added and one removed.

use crate::common;
use crate::common::writers;
use std::borrow::Cow;

use common::cli::{GROUPED, run, stderr, stdout, write};
use woonbeleid::import::{self, Request, Source};
use woonbeleid::model::{Dataset, Item};
use woonbeleid::store;

fn seeds() -> Dataset {
    let sources = [Source::new("grouped", GROUPED)];
    import::import(Request {
        sources: Cow::Borrowed(&sources),
        ..Request::default()
    })
    .unwrap()
}

/// The seeds with Gent's `Lokaal woonoverleg` edited (one line), an item added to Aalst
/// and Brugge's last item removed.
fn edited() -> Dataset {
    let mut data = seeds();
    let city =
        |data: &Dataset, name: &str| data.cities.iter().position(|c| c.name == name).unwrap();
    let gent = city(&data, "Gent");
    let item = data.cities[gent]
        .items
        .iter_mut()
        .find(|i| i.title == "Lokaal woonoverleg")
        .unwrap();
    let first = item.description.lines().next().unwrap().to_owned();
    item.description = item
        .description
        .replacen(&first, &format!("{first} (gewijzigd)"), 1);
    let aalst = city(&data, "Aalst");
    data.cities[aalst].items.push(Item {
        title: "Nieuw item".into(),
        description: "nieuwe tekst".into(),
        attachment: false,
    });
    let brugge = city(&data, "Brugge");
    let gone = data.cities[brugge].items.pop().unwrap();
    assert_eq!(gone.title, "C. SAMENWERKINGSVERBANDEN");
    data
}

const SUMMARY: [&str; 7] = [
    "Aalst: 1 toegevoegd, 0 verwijderd, 0 gewijzigd",
    "  + Nieuw item",
    "Brugge: 0 toegevoegd, 1 verwijderd, 0 gewijzigd",
    "  - C. SAMENWERKINGSVERBANDEN",
    "Gent: 0 toegevoegd, 0 verwijderd, 1 gewijzigd",
    "  ~ Lokaal woonoverleg: 2 regels verschillen",
    "1 item toegevoegd, 1 verwijderd, 1 gewijzigd",
];

#[test]
fn diff_says_what_changed_and_exits_like_diff() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "old.ron", store::to_ron(&seeds()).as_bytes());
    let new = write(dir.path(), "new.ron", store::to_ron(&edited()).as_bytes());
    let old_export = write(dir.path(), "old.txt", GROUPED.as_bytes());

    let o = run(&["diff", &old, &new]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().collect::<Vec<_>>(), SUMMARY[..6]);
    let o = run(&["diff", &old, &new, "--text"]);
    let out = stdout(&o);
    let changed: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("      -") || l.starts_with("      +"))
        .collect();
    assert_eq!(changed.len(), 2, "{out}");
    assert!(changed[1].ends_with(" (gewijzigd)"), "{out}");
    assert_eq!(
        changed[0].replacen('-', "+", 1) + " (gewijzigd)",
        changed[1]
    );

    let o = run(&["diff", &old, &old]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
    let missing = dir.path().join("nope.ron").display().to_string();
    let o = run(&["diff", &old, &missing]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with(&format!("fout: {missing}:1: ")),
        "{}",
        stderr(&o)
    );
    let o = run(&["diff", &old_export, &old]);
    assert_eq!(o.status.code(), Some(2), "a raw export is not a dataset");
}

#[test]
fn import_over_a_dataset_says_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let old_export = write(dir.path(), "old.txt", GROUPED.as_bytes());
    let rows = writers::interleaved(&edited());
    let pages: Vec<String> = writers::rest_verbose(&rows, 50)
        .iter()
        .enumerate()
        .map(|(i, page)| write(dir.path(), &format!("p{i}.json"), page))
        .collect();
    let out = dir.path().join("data.ron").display().to_string();
    let first = run(&["import", &old_export, "-o", &out]);
    assert!(
        first.stderr.is_empty(),
        "a new file replaces nothing: {}",
        stderr(&first)
    );
    let mut args = vec!["import"];
    args.extend(pages.iter().map(String::as_str));
    args.extend(["-o", &out]);
    let o = run(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(
        err.lines().next().unwrap(),
        format!("{out}: 0 steden toegevoegd, 0 verwijderd; {}", SUMMARY[6])
    );
    assert_eq!(err.lines().skip(1).collect::<Vec<_>>(), SUMMARY[..6]);
    let again = run(&args);
    assert_eq!(stderr(&again), format!("{out}: geen wijzigingen\n"));
    let to_stdout = run(&args[..args.len() - 2]);
    assert!(to_stdout.stderr.is_empty());
}

#[test]
fn import_over_a_broken_dataset_says_it_could_not_compare() {
    let dir = tempfile::tempdir().unwrap();
    let export = write(dir.path(), "e.txt", GROUPED.as_bytes());
    let out = write(dir.path(), "data.ron", b"(kapot");
    let o = run(&["import", &export, "-o", &out]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains("de vervangen dataset kon niet gelezen worden (")
            && err.contains("geen overzicht van wat veranderde"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Replacing a small dataset with a large one: the summary stays a glance, its first 20
/// lines and how many were left out, however many items were added.
#[test]
fn import_over_a_dataset_caps_its_summary() {
    let dir = tempfile::tempdir().unwrap();
    let items = |n: usize| -> Vec<(String, String)> {
        (0..n)
            .map(|i| (format!("Item {i}"), format!("tekst {i}")))
            .collect()
    };
    let export = |name: &str, n: usize| {
        let rows = items(n);
        let rows: Vec<(&str, &str)> = rows.iter().map(|(t, d)| (t.as_str(), d.as_str())).collect();
        let data = common::Data::new().city("Gent", &rows).build();
        write(
            dir.path(),
            name,
            &writers::csv(&writers::interleaved(&data), false, "\n"),
        )
    };
    let (small, large) = (export("small.csv", 1), export("large.csv", 301));
    let out = dir.path().join("data.ron").display().to_string();
    assert_eq!(run(&["import", &small, "-o", &out]).status.code(), Some(0));
    let o = run(&["import", &large, "-o", &out]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    // The headline, then Gent's line and 300 added items: 301 lines, 20 shown.
    assert_eq!(lines.len(), 1 + 20 + 1, "{err}");
    assert_eq!(lines[1], "Gent: 300 toegevoegd, 0 verwijderd, 0 gewijzigd");
    assert_eq!(lines[2], "  + Item 1");
    assert_eq!(lines[21], "… en 281 andere regels");
}

/// Two texts that differ only by what does not show (issue 25, item 15): `diff --text`
/// marks it on the lines it prints, so they no longer look alike.
#[test]
fn text_differences_that_cannot_be_seen_are_marked() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        (
            "no-break space",
            "Het\u{a0}woonoverleg",
            "Het woonoverleg",
            "Het⍽woonoverleg",
        ),
        (
            "space at the end",
            "Het woonoverleg ",
            "Het woonoverleg",
            "Het woonoverleg␠",
        ),
        (
            "soft hyphen",
            "woon\u{ad}overleg",
            "woonoverleg",
            "woon\\u{ad}overleg",
        ),
        ("tab", "a\tb", "a    b", "a␉b"),
    ];
    let mut old = seeds();
    let mut new = seeds();
    let text = |d: &mut Dataset, t: String| d.cities[0].items[0].description = t;
    text(
        &mut old,
        lines.iter().map(|l| l.1).collect::<Vec<_>>().join("\n\n\n"),
    );
    text(
        &mut new,
        lines.iter().map(|l| l.2).collect::<Vec<_>>().join("\n\n\n"),
    );
    let (a, b) = (dir.path().join("old.ron"), dir.path().join("new.ron"));
    std::fs::write(&a, store::to_ron(&old)).unwrap();
    std::fs::write(&b, store::to_ron(&new)).unwrap();
    let o = run(&["diff", "--text", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    for (what, _, plain, marked) in lines {
        assert!(out.contains(&format!("-{marked}\n")), "{what}: {out}");
        assert!(out.contains(&format!("+{plain}\n")), "{what}: {out}");
    }
}

#[test]
fn diff_embedded_compares_the_built_in_dataset_without_exporting_it() {
    let dir = tempfile::tempdir().unwrap();
    let embedded = store::embedded().unwrap();
    let same = write(dir.path(), "same.ron", store::to_ron(&embedded).as_bytes());
    let o = run(&["diff", "--embedded", &same]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let mut fewer = embedded.clone();
    let gone = fewer.cities.remove(0).name;
    let fewer = write(dir.path(), "fewer.ron", store::to_ron(&fewer).as_bytes());
    let o = run(&["diff", "--embedded", &fewer]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains(&gone), "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        stdout(&run(&["diff", &same, &fewer])),
        "as from an exported copy"
    );
    let o = run(&["diff", "--embedded", &same, &fewer]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("één bestand"), "{}", stderr(&o));
    let help = stdout(&run(&["diff", "--help"]));
    assert!(help.contains("--embedded"), "{help}");
}

use super::*;

fn item(title: &str, text: &str) -> Item {
    Item {
        title: title.into(),
        description: text.into(),
        attachment: false,
    }
}

fn data(cities: &[(&str, Vec<Item>)]) -> Dataset {
    Dataset {
        chapter: "1. H".into(),
        cities: cities
            .iter()
            .map(|(name, items)| City {
                name: (*name).into(),
                items: items.clone(),
            })
            .collect(),
        aliases: Vec::new(),
    }
}

#[test]
fn the_same_dataset_has_no_changes() {
    let d = data(&[("Gent", vec![item("A", "x")])]);
    let c = changes(&d, &d);
    assert!(c.is_empty());
    assert!(summary(&c, true).is_empty());
}

#[test]
fn items_added_removed_and_changed_by_title() {
    let old = data(&[
        ("Aalst", vec![item("A", "x")]),
        (
            "Gent",
            vec![
                item("A", "een\ntwee\ndrie"),
                item("B", "weg"),
                item("C", "zelfde"),
            ],
        ),
    ]);
    let mut attached = item("C", "zelfde");
    attached.attachment = true;
    let new = data(&[
        (
            "Gent",
            vec![item("N", "nieuw"), item("A", "een\n2\ndrie"), attached],
        ),
        ("Hasselt", vec![item("A", ""), item("B", "")]),
    ]);
    let c = changes(&old, &new);
    assert_eq!(c.cities_added, [("Hasselt".to_owned(), 2)]);
    assert_eq!(c.cities_removed, [("Aalst".to_owned(), 1)]);
    assert_eq!(
        summary(&c, false),
        [
            "+ stad Hasselt (2 items)",
            "- stad Aalst (1 item)",
            "Gent: 1 toegevoegd, 1 verwijderd, 2 gewijzigd",
            "  + N",
            "  - B",
            "  ~ A: 2 regels verschillen",
            "  ~ C: bijlage toegevoegd",
        ]
    );
    let with_text = summary(&c, true);
    let at = with_text
        .iter()
        .position(|l| l == "  ~ A: 2 regels verschillen")
        .unwrap();
    assert_eq!(
        with_text[at + 1..at + 6],
        [
            "      @@ -1,3 +1,3 @@",
            "       een",
            "      -twee",
            "      +2",
            "       drie"
        ]
    );
}

#[test]
fn repeated_titles_match_in_order() {
    let old = data(&[("Gent", vec![item("T", "1"), item("T", "2")])]);
    let new = data(&[("Gent", vec![item("T", "1"), item("T", "2"), item("T", "3")])]);
    let c = changes(&old, &new);
    assert_eq!(c.cities[0].added, ["T"]);
    assert!(c.cities[0].changed.is_empty());
    let back = changes(&new, &old);
    assert_eq!(back.cities[0].removed, ["T"]);
}

#[test]
fn a_new_chapter_and_a_removed_attachment_are_said() {
    let mut with = item("A", "x\ny");
    with.attachment = true;
    let old = data(&[("Gent", vec![with])]);
    let mut new = data(&[("Gent", vec![item("A", "x\nz")])]);
    new.chapter = "2. ANDER".into();
    let lines = summary(&changes(&old, &new), false);
    assert_eq!(
        lines,
        [
            "hoofdstuk: '1. H' → '2. ANDER'",
            "Gent: 0 toegevoegd, 0 verwijderd, 1 gewijzigd",
            "  ~ A: 2 regels verschillen, bijlage verwijderd"
        ]
    );
}

#[test]
fn the_headline_counts_items_of_added_and_removed_cities() {
    let old = data(&[
        ("Aalst", vec![item("A", "x")]),
        ("Gent", vec![item("A", "x")]),
    ]);
    let new = data(&[
        ("Gent", vec![item("A", "y"), item("B", "")]),
        ("Genk", vec![item("A", ""), item("B", "")]),
    ]);
    assert_eq!(
        headline(&changes(&old, &new)),
        "1 stad toegevoegd, 1 verwijderd; 3 items toegevoegd, 1 verwijderd, 1 gewijzigd"
    );
    assert_eq!(headline(&changes(&old, &old)), "geen wijzigingen");
    let two = data(&[("Genk", vec![]), ("Hasselt", vec![])]);
    assert!(headline(&changes(&old, &two)).starts_with("2 steden toegevoegd, 2 verwijderd"));
}

#[test]
fn changed_words_pair_each_removed_line_with_the_added_one_in_its_place() {
    let row = |kind, text: &str| Row {
        kind,
        text: text.to_owned(),
    };
    let rows = [
        row(Kind::Hunk, "      @@ -1,3 +1,3 @@"),
        row(Kind::Old, "      -drie maal per jaar"),
        row(Kind::Old, "      -geheel anders"),
        row(Kind::New, "      +twee maal per jaar"),
        row(Kind::New, "      +niets gelijk"),
        row(Kind::Context, "       blijft"),
        row(Kind::New, "      +alleen erbij"),
    ];
    let words = changed_words(&rows);
    let shown =
        |i: usize| -> Vec<&str> { words[i].iter().map(|r| &rows[i].text[r.clone()]).collect() };
    assert_eq!(shown(1), ["drie"]);
    assert_eq!(
        shown(3),
        ["twee"],
        "the first added line takes the first removed's place"
    );
    assert!(
        shown(2).is_empty() && shown(4).is_empty(),
        "no word kept: the line as a whole"
    );
    assert!(shown(6).is_empty(), "an added line that replaces none");
    assert!(words[0].is_empty() && words[5].is_empty());
}

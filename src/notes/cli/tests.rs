use super::*;

fn catalog() -> Catalog {
    crate::catalog::sample()
}

#[test]
fn names_resolve_ignoring_case_and_accents_and_unknown_ones_say_the_closest() {
    let c = catalog();
    let (p, id) = resolve(&c, "aalst", "LOKAAL WOONOVERLEG").unwrap();
    assert_eq!(
        (p.city.as_str(), p.title.as_str(), id),
        ("Aalst", "Lokaal woonoverleg", ItemId { city: 0, item: 1 })
    );
    assert_eq!(
        resolve(&c, "Aalts", "x").unwrap_err(),
        "geen stad 'Aalts'; bedoelt u 'Aalst'?"
    );
    assert_eq!(
        resolve(&c, "Aalst", "Lokaal woonoverleggen").unwrap_err(),
        "geen titel 'Lokaal woonoverleggen' in Aalst; bedoelt u 'Lokaal woonoverleg'?"
    );
    assert!(
        resolve(&c, "Gent", "x")
            .unwrap_err()
            .starts_with("geen titel 'x' in Gent, en geen die erop lijkt")
    );
}

#[test]
fn only_a_name_like_the_one_typed_is_suggested() {
    let names = ["Stedelijke Woonraad", "Lokaal woonoverleg"];
    assert_eq!(closest("woonraad", &names), Some("Stedelijke Woonraad"));
    assert_eq!(
        closest("Lokaal woonoverlex", &names),
        Some("Lokaal woonoverleg")
    );
    assert_eq!(closest("Lokaal", &names[..1]), None, "nothing alike");
    assert_eq!(closest("Bestuur", &names), None);
}

#[test]
fn lists_put_orphans_last_and_mark_them() {
    let c = catalog();
    let dir = tempfile::tempdir().unwrap();
    let mut s = NoteStore::open(dir.path()).unwrap();
    s.set_note(&Place::new("Zottegem", "Weg"), "verweesd")
        .unwrap();
    s.set_note(
        &Place::new("Aalst", "Lokaal woonoverleg"),
        "eerste regel\ntweede",
    )
    .unwrap();
    assert_eq!(
        list(&c, &s, Format::Tsv),
        "Aalst\tLokaal woonoverleg\teerste regel\nZottegem\tWeg\tverweesd\twees\n"
    );
    let english = crate::strings::taal::speaking(crate::strings::taal::Taal::En, || {
        list(&c, &s, Format::Tsv)
    });
    assert!(english.ends_with("\tverweesd\torphan\n"), "{english}");
    let md = list(&c, &s, Format::Md);
    assert!(
        md.contains("## Aalst › Lokaal woonoverleg\n\neerste regel\ntweede")
            && md.contains("(wees")
    );
    let json: serde_json::Value = serde_json::from_str(&list(&c, &s, Format::Json)).unwrap();
    assert_eq!(json[1]["orphan"], true);
    assert_eq!(
        place(&c, &s, "Zottegem", "Weg").unwrap(),
        Place::new("Zottegem", "Weg"),
        "an orphan by its own name"
    );
    assert!(place(&c, &s, "Zottegem", "Ander").is_err());
}

#[test]
fn notes_come_in_the_catalog_order_whatever_order_they_were_set_in() {
    let c = catalog();
    let dir = tempfile::tempdir().unwrap();
    let mut s = NoteStore::open(dir.path()).unwrap();
    // Set from last to first, with names only a case away from an item's (not its
    // note: names are as written) and a city with no items of that name.
    for (city, title) in [
        ("Genk", "B. OVERLEG"),
        ("Aalst", "Lokaal woonoverleg"),
        ("Aalst", "lokaal woonoverleg"),
        ("Gent", "B. OVERLEG"),
        ("Aalst", "1. HOOFDSTUK"),
    ] {
        s.set_note(&Place::new(city, title), &format!("{city}/{title}"))
            .unwrap();
    }
    let order: Vec<(String, bool)> = in_catalog_order(&c, &s)
        .iter()
        .map(|(p, _, orphan)| (format!("{}/{}", p.city, p.title), *orphan))
        .collect();
    let (listed, orphans) = order.split_at(3);
    assert_eq!(
        listed,
        [
            ("Aalst/1. HOOFDSTUK".to_owned(), false),
            ("Aalst/Lokaal woonoverleg".to_owned(), false),
            ("Genk/B. OVERLEG".to_owned(), false),
        ]
    );
    let mut orphans = orphans.to_vec();
    orphans.sort();
    assert_eq!(
        orphans,
        [
            ("Aalst/lokaal woonoverleg".to_owned(), true),
            ("Gent/B. OVERLEG".to_owned(), true),
        ]
    );
}

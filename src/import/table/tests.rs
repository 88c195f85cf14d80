use super::*;

fn rec(id: u64, file: usize, city: &str, title: &str, text: &str) -> Record {
    Record {
        id: Some(id),
        file,
        line: usize::try_from(id).unwrap(),
        city_raw: city.into(),
        title_raw: title.into(),
        description: text.into(),
        attachment: None,
    }
}

#[test]
fn pages_join_by_id_in_id_order() {
    let files = vec!["p1.json".to_owned(), "p2.json".to_owned()];
    let records = vec![
        rec(3, 1, "Gent", "C", ""),
        rec(1, 0, "Gent", "A", ""),
        rec(2, 0, "Aalst", "B", ""),
        rec(3, 0, "Gent", "C", ""),
    ];
    let joined = by_id(records, &files).unwrap();
    let ids: Vec<_> = joined.iter().map(|r| r.id).collect();
    assert_eq!(ids, [Some(1), Some(2), Some(3)]);
    let table = into_table(joined, files).unwrap();
    let names: Vec<_> = table.cities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Aalst", "Gent"]);
    assert_eq!(table.cities[1].items[1].title, "C");
    assert!(!table.attachments);
}

#[test]
fn a_disagreeing_duplicate_names_both_pages() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let files = vec!["p1.json".to_owned(), "p2.json".to_owned()];
    let records = vec![
        rec(7, 0, "Gent", "A", "oud"),
        rec(7, 1, "Gent", "A", "nieuw"),
    ];
    let e = by_id(records, &files).unwrap_err();
    assert_eq!(
        e.to_string(),
        "p2.json:7: item 7 ('A') differs between p1.json and p2.json"
    );
    assert_eq!(e.detail[0], "p1.json:7: description line 1: «oud»");
    let moved = vec![rec(7, 0, "Gent", "A", ""), rec(7, 1, "Aalst", "A", "")];
    assert!(by_id(moved, &files).unwrap_err().detail[1].contains("Aalst"));
    let mut with = rec(7, 1, "Gent", "A", "");
    with.attachment = Some(true);
    let joined = by_id(vec![rec(7, 0, "Gent", "A", ""), with], &files).unwrap();
    assert_eq!(
        joined[0].attachment,
        Some(true),
        "what one page leaves unsaid"
    );
}

#[test]
fn cities_sort_as_the_grouped_view() {
    let records = ["Turnhout", "aalst", "Écaussinnes", "Gent", "Genk"]
        .iter()
        .enumerate()
        .map(|(i, c)| rec(i as u64, 0, c, "T", ""))
        .collect();
    let table = into_table(records, vec!["f".into()]).unwrap();
    let names: Vec<_> = table.cities.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["aalst", "Écaussinnes", "Genk", "Gent", "Turnhout"]);
}

#[test]
fn look_alike_cities_are_refused() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let records = vec![
        rec(1, 0, "Gent", "A", ""),
        rec(2, 0, "Ge\u{200b}nt", "B", ""),
    ];
    let e = into_table(records, vec!["f".into()]).unwrap_err();
    assert!(e.message.contains("looks like"), "{e}");
}

#[test]
fn a_clean_text_is_its_own_description_and_any_other_is_cleaned_as_lines() {
    let texts = [
        "",
        "a",
        "a\nb",
        "a\n\nb",
        "\na",
        "a\n",
        "\n\na\n\nb\n\n",
        "a \nb",
        "a\r\nb",
        "a\tb",
        "a\u{a0}b",
        "a\u{3000}",
        " a",
        "\u{200b}",
        "x\u{1b}[0m",
        "\n",
        "a\n \nb",
    ];
    for text in texts {
        assert_eq!(
            text_description(text),
            clean::description(text.lines()),
            "{text:?}"
        );
    }
    for text in ["a\nb", "a\n", "\n\na\n\nb\n\n", " a", ""] {
        assert!(
            matches!(text_description(text), Cow::Borrowed(_)),
            "{text:?}"
        );
    }
}

#[test]
fn rich_or_plain_descriptions() {
    assert_eq!(description("a\r\n\u{a0}\r\nb ", None), "a\n\nb");
    assert_eq!(
        description(
            "<div class=\"ExternalClassX\"><div>a</div><ul><li>b</li></ul></div>",
            None
        ),
        "a\n • b"
    );
    assert_eq!(description("<b>a</b>", Some(true)), "a");
    assert_eq!(
        description("<div class=\"ExternalClassX\">a</div>", Some(false)),
        "<div class=\"ExternalClassX\">a</div>"
    );
}

#[test]
fn a_cell_with_its_quotes_doubled_describes_as_the_cell() {
    for (cell, rich) in [
        ("\n\"a\"\r\n\u{a0}\r\nb \"\"\n", None),
        ("\"een\" \"twee\"", None),
        ("\n\n\"schoon\"\n", None),
        (
            "<div class=\"ExternalClassX\"><div>\"a\"</div><p><br></p><ul><li>b\u{a0}</li></ul></div>",
            None,
        ),
        ("<b title=\"t\">a</b>", Some(true)),
        ("<div class=\"ExternalClassX\">a</div>", Some(false)),
    ] {
        let raw = cell.replace('"', "\"\"");
        assert_eq!(
            description_of_doubled(&raw, rich),
            description(cell, rich),
            "{cell:?}"
        );
    }
}

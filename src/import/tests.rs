//! Unit tests of the grammar of both formats, on small texts written for each rule.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write as _;

use super::grouped::{Header, header};
use super::*;

fn parse_str(text: &str) -> Result<Parsed, ImportError> {
    parse_grouped(&Source::new("t.txt", text))
}

const TWO: &str = "1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\n\
        Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Aalst (2)\n\
        A. EERSTE\nAalst\nLokaal woonoverleg\nDe raad van Gent zetelt.\nGent\n\nSlot\u{a0}\nBijlageAalst\n\
        Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Gent (1)\nA. EERSTE\ntekst\r\nGent";

#[test]
fn header_gives_city_and_count() {
    assert_eq!(
        header("Uitvouwen/samenvouwen Stad : Sint-Niklaas (7)"),
        Header::Complete {
            name: "Sint-Niklaas",
            count: 7
        }
    );
    assert!(matches!(
        header("Uitvouwen/samenvouwen Stad : Aalst"),
        Header::Broken(_)
    ));
    assert_eq!(header("Stad : Aalst (7)"), Header::Neither);
    assert_eq!(
        header("Uitvouwen/samenvouwen zonder dubbelpunt"),
        Header::Neither
    );
}

#[test]
fn rows_end_at_their_own_city_only() {
    let p = parse_str(TWO).unwrap();
    assert_eq!(p.chapter.as_deref(), Some("1. HOOFDSTUK"));
    let aalst = &p.cities[0];
    assert_eq!(aalst.items.len(), 2);
    assert_eq!(aalst.items[0].description, "");
    assert_eq!(
        aalst.items[1].description,
        "De raad van Gent zetelt.\nGent\n\nSlot"
    );
    assert!(aalst.items[1].attachment);
    assert!(!aalst.items[0].attachment);
    assert_eq!(p.cities[1].items[0].description, "tekst");
    assert_eq!(p.title_lines, vec![vec![5, 7], vec![14]]);
}

#[test]
fn a_count_that_disagrees_names_city_counts_and_line() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let e = parse_str(&TWO.replace("Aalst (2)", "Aalst (3)")).unwrap_err();
    assert_eq!(
        (e.line, e.message.as_str()),
        (4, "Aalst: the header counts 3 rows, but 2 were found")
    );
}

#[test]
fn a_row_cut_short_is_an_error() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let e = parse_str(TWO.strip_suffix("Gent").unwrap()).unwrap_err();
    assert_eq!(e.line, 14);
    assert!(e.message.contains("has no end line"), "{e}");
}

#[test]
fn text_before_the_groups_is_not_dropped() {
    let e = parse_str(&TWO.replace("\nTitelFilter", "\nwat is dit\nTitelFilter")).unwrap_err();
    assert_eq!(e.line, 3);
}

#[test]
fn a_blank_line_where_a_title_belongs_is_not_guessed_past() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let e = parse_str(&TWO.replace(
        "Aalst\nLokaal woonoverleg",
        "Aalst\n\u{a0}\nLokaal woonoverleg",
    ))
    .unwrap_err();
    assert_eq!(e.line, 7);
    assert!(
        e.message
            .contains("a blank line where a row's title was expected"),
        "{e}"
    );
}

#[test]
fn a_group_twice_is_an_error() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let text = format!("{TWO}\nUitvouwen/samenvouwen Stad : Aalst (1)\nX\nAalst");
    assert!(
        parse_str(&text)
            .unwrap_err()
            .message
            .contains("second group")
    );
}

const VIEW: &str = "Titel\nBeschrijving\nDruk op Shift+ENTER om het menu te openen (nieuw venster)\n\u{a0}\u{a0}\nBewerken\n\
        1. HOOFDSTUK\nregie\n\u{a0}\nA. EERSTE\n\neen\n\u{a0}\ntwee\n\u{a0}\nBijlage\u{a0}\nB. OVERLEG\n\u{a0}\n\
        Lokaal woonoverleg\ntekst\n\u{a0}\nNiet bekend\n\u{a0}\nLokale woonraad\nslot\n\nBijlage";

fn known() -> HashSet<String> {
    ["Lokaal woonoverleg", "Lokale woonraad"]
        .map(String::from)
        .into()
}

#[test]
fn rows_start_only_at_known_titles_after_a_blank() {
    let p = itemview::parse(&Source::new("v.txt", VIEW), "Gent", &known()).unwrap();
    let items = &p.cities[0].items;
    let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "1. HOOFDSTUK",
            "A. EERSTE",
            "B. OVERLEG",
            "Lokaal woonoverleg",
            "Lokale woonraad"
        ]
    );
    assert_eq!(items[1].description, "een\n\ntwee");
    assert!(items[1].attachment);
    assert_eq!(items[2].description, "");
    assert_eq!(items[3].description, "tekst\n\nNiet bekend");
    assert!(!items[3].attachment);
    assert!(items[4].attachment, "a final Bijlage ends the last row");
    assert_eq!(p.chapter.as_deref(), Some("1. HOOFDSTUK"));
}

#[test]
fn without_the_known_title_the_text_stays_in_the_row_before() {
    let p = itemview::parse(&Source::new("v.txt", VIEW), "Gent", &HashSet::new()).unwrap();
    assert_eq!(p.cities[0].items.len(), 3);
    assert!(
        p.cities[0].items[2]
            .description
            .contains("Lokale woonraad\nslot")
    );
}

#[test]
fn text_before_the_header_is_an_error() {
    let e = itemview::parse(
        &Source::new("v.txt", format!("rommel\n{VIEW}")),
        "Gent",
        &known(),
    )
    .unwrap_err();
    assert_eq!(e.line, 1);
}

#[test]
fn city_is_inferred_from_matching_texts() {
    let grouped = "Uitvouwen/samenvouwen Stad : Aalst (1)\nA. EERSTE\nAalst\n\
            Uitvouwen/samenvouwen Stad : Gent (2)\nLokaal woonoverleg\ntekst\n\nNiet bekend\nGent\n\
            Lokale woonraad\nslot\nBijlageGent\n";
    let sources = [Source::new("g.txt", grouped), Source::new("v.txt", VIEW)];
    let req = Request {
        sources: Cow::Borrowed(&sources),
        ..Request::default()
    };
    let d = import(req).unwrap();
    assert_eq!(d.cities.len(), 2);
    assert_eq!(d.cities[1].name, "Gent");
    assert_eq!(d.cities[1].items.len(), 5);
    let alone = [
        Source::new(
            "g.txt",
            grouped
                .split("Uitvouwen/samenvouwen Stad : Gent")
                .next()
                .unwrap(),
        ),
        Source::new("v.txt", VIEW),
    ];
    let e = import(Request {
        sources: Cow::Borrowed(&alone),
        ..Request::default()
    })
    .unwrap_err();
    assert!(e.message.contains("--city"), "{e}");
}

#[test]
fn detection_stops_after_one_heading() {
    let header = "Uitvouwen/samenvouwen Stad : Aalst (1)\nA. X\nAalst\n";
    let heading = format!("1. HOOFDSTUK\n\nTitelFilter\n{header}");
    assert_eq!(detect(&Source::new("h", heading)).unwrap(), Format::Grouped);
    for prose in ["een\ntwee\n", "een\n\ntwee\ndrie\n"] {
        let e = detect(&Source::new("p", format!("{prose}{header}"))).unwrap_err();
        assert!(
            e.message.starts_with("geen export van de lijst"),
            "{prose:?}: {e}"
        );
    }
    let view = "Titel\nBeschrijving\n\u{a0}\nBewerken\nA. X\n";
    assert_eq!(detect(&Source::new("v", view)).unwrap(), Format::ItemView);
}

#[test]
fn a_count_that_disagrees_says_where_the_group_ended() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let short = TWO.replace("Aalst (2)", "Aalst (3)");
    let e = parse_str(&short).unwrap_err();
    assert_eq!(
        e.detail,
        [
            "the group ends at line 13, which reads as the next group's header (a title of that form cannot be imported)"
        ]
    );
    // Too many rows: the next header is where it belongs, there is nothing to explain.
    let long = TWO.replace("Aalst (2)", "Aalst (1)");
    let e = parse_str(&long).unwrap_err();
    assert_eq!(
        e.message,
        "Aalst: the header counts 1 row, but 2 were found"
    );
    assert!(e.detail.is_empty(), "{:?}", e.detail);
    // At the end of the file there is no next header to name.
    let last = TWO.replace("Gent (1)", "Gent (2)");
    let e = parse_str(&last).unwrap_err();
    assert_eq!(e.message, "Gent: the header counts 2 rows, but 1 was found");
    assert!(e.detail.is_empty());
}

#[test]
fn inputs_of_two_chapters_are_refused() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let one = Source::new("een.txt", TWO);
    let other = Source::new(
        "twee.txt",
        TWO.replace("1. HOOFDSTUK", "2. ANDER HOOFDSTUK"),
    );
    let e = import(Request {
        sources: Cow::Borrowed(&[one.clone(), other]),
        ..Request::default()
    })
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "twee.txt:1: chapter '2. ANDER HOOFDSTUK' differs from '1. HOOFDSTUK' in een.txt: import one chapter at a time"
    );
    assert!(
        import(Request {
            sources: Cow::Borrowed(&[one.clone(), one]),
            ..Request::default()
        })
        .is_ok()
    );
}

#[test]
fn a_view_goes_to_the_city_it_shares_most_with_and_ties_are_refused() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let group = |city: &str, rows: &[(&str, &str)]| {
        let mut text = format!("Uitvouwen/samenvouwen Stad : {city} ({})\n", rows.len());
        for (title, body) in rows {
            let _ = write!(text, "{title}\n{body}\n{city}\n");
        }
        text
    };
    let view =
        "Titel\nBewerken\nA. EEN\neen\n\u{a0}\nB. TWEE\ntwee\n\u{a0}\nC. DRIE\ndrie\n\u{a0}\n";
    let two = group("Gent", &[("A. EEN", "een"), ("B. TWEE", "twee")]);
    let one = group("Genk", &[("C. DRIE", "drie")]);
    for grouped in [format!("{one}{two}"), format!("{two}{one}")] {
        let sources = [Source::new("g.txt", grouped), Source::new("v.txt", view)];
        let d = import(Request {
            sources: Cow::Borrowed(&sources),
            ..Request::default()
        })
        .unwrap();
        let gent = d.cities.iter().find(|c| c.name == "Gent").unwrap();
        assert_eq!(gent.items.len(), 3, "the view merged into Gent");
    }
    let tie = format!(
        "{}{}",
        group("Gent", &[("A. EEN", "een")]),
        group("Genk", &[("C. DRIE", "drie")])
    );
    let sources = [Source::new("g.txt", tie), Source::new("v.txt", view)];
    let e = import(Request {
        sources: Cow::Borrowed(&sources),
        ..Request::default()
    })
    .unwrap_err();
    assert_eq!(
        e.detail,
        ["its texts match several cities equally: Gent, Genk"]
    );
}

#[test]
fn a_view_title_that_looks_like_a_grouped_one_is_refused() {
    let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
    let grouped = "Uitvouwen/samenvouwen Stad : Gent (1)\nLokaal woonoverleg\ntekst\nGent\n";
    let view = "Titel\nBewerken\nA. EEN\neen\n\u{a0}\nLokaal woon\u{200b}overleg\nander\n";
    let sources = [Source::new("g.txt", grouped), Source::new("v.txt", view)];
    let known: HashSet<String> = ["Lokaal woonoverleg".to_owned()].into();
    let e = import(Request {
        sources: Cow::Borrowed(&sources),
        city: Some("Genk"),
        known_titles: known,
    })
    .unwrap_err();
    assert_eq!(
        e.detail[..2],
        [
            "v.txt:6: Lokaal woon\u{fffd}overleg",
            "g.txt:2: Lokaal woonoverleg"
        ],
        "{e}"
    );
    assert!(e.message.contains("looks like"), "{e}");
}

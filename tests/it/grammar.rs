//! Every line the grammar gives a meaning to, put where it means nothing: at the start, in
//! the middle and at the end of a description, in both export formats. Read as text, it
//! must come out in the description unchanged; where the format cannot tell (documented in
//! the README, "Importing"), the import must do what is documented, never something else.

use std::borrow::Cow;
use std::collections::HashSet;

use woonbeleid::import::{self, LineFate, Request, Source, clean};
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::synth::{grouped_export, item_view_export};

/// The lines that mean something somewhere in an export.
const STRUCTURAL: &[&str] = &[
    "TitelFilterBeschrijvingFilter",
    "Sorteren op bijlagenDruk op Shift+ENTER om het menu te openen (nieuw venster)",
    "Titel",
    "Beschrijving",
    "Druk op Shift+ENTER om het menu te openen (nieuw venster)",
    "Bewerken",
    "Bijlage",
    "Bijlage\u{a0}",
    "Aalst",
    "BijlageAalst",
    "Bijlage Aalst",
    "1. LOKAAL WOONBELEID COÖRDINEREN",
    "\u{a0}",
    "\u{a0} \u{a0}",
    "",
    "Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Aalst (3)",
    "Uitvouwen/samenvouwen Stad : Gent (1)",
    "Uitvouwen/samenvouwen Stad : Aalst",
    "Uitvouwen/samenvouwen Stad : Aalst (-1)",
    "Uitvouwen/samenvouwen Stad : Aalst (99999999999999999999)",
    "Uitvouwen/samenvouwen van de lijst: zie hieronder",
    "A. INTERNE ORGANISATIE / COÖRDINATIE VAN HET WOONBELEID",
    "B. OVERLEG",
    "A. De stad overlegt elk kwartaal.",
    "Lokaal woonoverleg",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Start,
    Middle,
    AfterBlank,
    End,
    EndAfterBlank,
}

const POSITIONS: [At; 5] = [
    At::Start,
    At::Middle,
    At::AfterBlank,
    At::End,
    At::EndAfterBlank,
];

fn text_with(line: &str, at: At) -> String {
    match at {
        At::Start => format!("{line}\nna de regel\nslot"),
        At::Middle => format!("voor de regel\n{line}\nslot"),
        At::AfterBlank => format!("voor de regel\n\n{line}\nslot"),
        At::End => format!("voor de regel\n{line}"),
        At::EndAfterBlank => format!("voor de regel\n\n{line}"),
    }
}

fn item(title: &str, description: &str, attachment: bool) -> Item {
    Item {
        title: title.into(),
        description: description.into(),
        attachment,
    }
}

fn import(text: String, city: Option<&str>) -> Result<Dataset, import::ImportError> {
    let sources = [Source::new("probe.txt", text)];
    let known: HashSet<String> = ["Lokaal woonoverleg", "Lokale woonraad"]
        .map(String::from)
        .into();
    import::import(Request {
        sources: Cow::Borrowed(&sources),
        city,
        known_titles: known,
    })
}

fn as_text(description: &str) -> String {
    clean::description(description.split('\n'))
}

/// A grouped export: the probe in Gent's second item (a row follows), in Gent's last
/// item (the file ends) and in Aalst's first item (right after a header).
fn grouped(probe: &str, place: usize) -> Dataset {
    let texts: Vec<&str> = (0..3)
        .map(|i| if i == place { probe } else { "tekst" })
        .collect();
    Dataset {
        chapter: "1. LOKAAL WOONBELEID COÖRDINEREN".into(),
        cities: vec![
            City {
                name: "Aalst".into(),
                items: vec![item("B. OVERLEG", texts[0], true)],
            },
            City {
                name: "Gent".into(),
                items: vec![
                    item("1. LOKAAL WOONBELEID COÖRDINEREN", "", false),
                    item("Lokaal woonoverleg", texts[1], false),
                    item("Lokale woonraad", texts[2], false),
                ],
            },
        ],
        aliases: Vec::new(),
    }
}

#[test]
fn in_a_grouped_export_every_structural_line_in_a_text_is_text() {
    let mut checked = 0;
    for line in STRUCTURAL {
        for at in POSITIONS {
            for place in 0..3 {
                let probe = text_with(line, at);
                let data = grouped(&probe, place);
                // The own city's row end is what the format cannot carry: refused (see
                // tests/roundtrip.rs); other cities' names are text.
                let own_city = if place == 0 { "Aalst" } else { "Gent" };
                let ends_own_row = clean::norm(line) == own_city
                    || clean::norm(line)
                        .strip_prefix("Bijlage")
                        .map(str::trim_start)
                        == Some(own_city);
                let got = import(grouped_export(&data), None);
                if ends_own_row {
                    assert!(got.is_err(), "{line:?} {at:?} {place}: guessed");
                    continue;
                }
                let got = got.unwrap_or_else(|e| panic!("{line:?} {at:?} {place}: {e}"));
                let city = usize::from(place > 0);
                let index = if place == 0 { 0 } else { place };
                assert_eq!(
                    got.cities[city].items[index].description,
                    as_text(&probe),
                    "{line:?} at {at:?} in item {place}"
                );
                assert_eq!(got.cities.iter().map(|c| c.items.len()).sum::<usize>(), 4);
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "{checked}");
}

/// What the item view does with a probe line: text, except where the README says.
#[derive(Debug, PartialEq, Eq)]
enum Reading {
    Text,
    /// A title-like line right after a blank or `Bijlage` line starts a row.
    StartsRow,
    /// `Bijlage` as the last line of the last row marks its attachment.
    Attachment,
}

fn item_view_reading(line: &str, at: At, last: bool) -> Reading {
    let norm = clean::norm(line);
    let after_row_end = matches!(at, At::AfterBlank | At::EndAfterBlank);
    let title_like = norm == "Lokaal woonoverleg"
        || ((norm.starts_with("1. ") || norm.starts_with("A. ") || norm.starts_with("B. "))
            && !norm.chars().any(char::is_lowercase));
    if after_row_end && title_like {
        Reading::StartsRow
    } else if last && norm == "Bijlage" && matches!(at, At::End | At::EndAfterBlank) {
        Reading::Attachment
    } else {
        Reading::Text
    }
}

fn gent(probe: &str, last: bool) -> City {
    let (second, third) = if last {
        ("tekst", probe)
    } else {
        (probe, "slot")
    };
    City {
        name: "Gent".into(),
        items: vec![
            item("1. LOKAAL WOONBELEID COÖRDINEREN", "", false),
            item("Lokaal woonoverleg", second, false),
            item("Lokale woonraad", third, false),
        ],
    }
}

#[test]
fn in_an_item_view_every_structural_line_in_a_text_is_text_or_as_documented() {
    let mut seen = std::collections::HashMap::new();
    for line in STRUCTURAL {
        for at in POSITIONS {
            for last in [false, true] {
                let probe = text_with(line, at);
                let city = gent(&probe, last);
                let got = import(item_view_export(&city), Some("Gent"))
                    .unwrap_or_else(|e| panic!("{line:?} {at:?}: {e}"));
                let items = &got.cities[0].items;
                let index = if last { 2 } else { 1 };
                let reading = item_view_reading(line, at, last);
                match reading {
                    Reading::Text => {
                        assert_eq!(items.len(), 3, "{line:?} {at:?} {last}: {items:#?}");
                        assert_eq!(items[index].description, as_text(&probe), "{line:?} {at:?}");
                    }
                    Reading::StartsRow => {
                        assert_eq!(items.len(), 4, "{line:?} {at:?}: a row starts");
                        assert_eq!(items[index + 1].title, clean::norm(line));
                    }
                    Reading::Attachment => {
                        assert!(items[index].attachment, "{line:?} {at:?}");
                        assert_eq!(items[index].description, "voor de regel");
                    }
                }
                *seen.entry(format!("{reading:?}")).or_insert(0) += 1;
            }
        }
    }
    assert_eq!(seen.len(), 3, "every reading exercised: {seen:?}");
}

/// The messages as they were first written, in English.
fn in_english<R>(f: impl FnOnce() -> R) -> R {
    woonbeleid::strings::speaking(woonbeleid::strings::Taal::En, f)
}

#[test]
fn a_header_of_any_form_is_text_inside_a_row_and_refused_where_a_title_belongs() {
    for header in STRUCTURAL
        .iter()
        .filter(|l| l.starts_with("Uitvouwen/samenvouwen"))
    {
        let mut data = grouped("tekst", 9);
        data.cities[1].items[1].title = (*header).to_owned();
        let got = in_english(|| import(grouped_export(&data), None));
        let reads_as_text = !header.contains(':');
        assert_eq!(got.is_ok(), reads_as_text, "{header:?}: {got:?}");
        if let Err(e) = got {
            assert!(
                e.message.contains("group header") || e.message.contains("header counts"),
                "{header:?}: {e}"
            );
        }
    }
}

#[test]
fn bad_counts_say_what_is_wrong_with_them() {
    for (count, says) in [
        ("(-1)", "is not a number of rows"),
        ("(99999999999999999999)", "is too large"),
        ("(zeven)", "is not a number of rows"),
        ("", "without its row count"),
    ] {
        let text = format!("Uitvouwen/samenvouwen Stad : Aalst {count}\nA. X\nAalst\n");
        let e = in_english(|| import(text, None)).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains(says), "{count}: {e}");
        assert!(!e.message.contains("(N)") || count.is_empty(), "{e}");
    }
}

#[test]
fn every_line_of_an_adversarial_export_is_accounted_for() {
    for line in STRUCTURAL {
        let probe = format!("{line}\nvoor\n{line}\n\n{line}\nna\n{line}");
        let data = grouped(&probe, 1);
        let text = grouped_export(&data);
        let Ok(parsed) = import::parse_grouped(&Source::new("p.txt", text.as_str())) else {
            continue; // refused as ambiguous: nothing to account for
        };
        assert_eq!(parsed.fates.len(), text.lines().count(), "{line:?}");
        let described = parsed
            .fates
            .iter()
            .filter(|f| matches!(f, LineFate::Description { city: 1, item: 1 }))
            .count();
        let held = parsed.cities[1].items[1]
            .description
            .lines()
            .filter(|l| !l.is_empty())
            .count();
        assert_eq!(described, held, "{line:?}");
    }
}

//! The raw exports in `assets/raw/` are the oracle: these tests read them line by line.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use woonbeleid::import::{self, LineFate, Parsed, Source, clean};
use woonbeleid::store;

const GROUPED: &str = include_str!("../../assets/raw/centrumsteden-grouped.txt");
const ITEM_VIEW: &str = include_str!("../../assets/raw/gent-itemview.txt");

fn grouped() -> Parsed {
    import::parse_grouped(&Source::new("grouped", GROUPED)).unwrap()
}

fn known_titles() -> HashSet<String> {
    grouped()
        .cities
        .iter()
        .flat_map(|c| c.items.iter().map(|i| i.title.clone()))
        .collect()
}

fn raw_lines(text: &str) -> Vec<&str> {
    text.strip_suffix('\n')
        .unwrap_or(text)
        .split('\n')
        .collect()
}

/// What the list's own controls start with, as a person reads them off the page.
const CHROME: [&str; 6] = [
    "TitelFilter",
    "Sorteren op bijlagen",
    "Titel",
    "Beschrijving",
    "Druk op Shift+ENTER",
    "Bewerken",
];

/// Every input line is either the list's chrome (checked against what chrome looks like,
/// not against the parser's view of it) or lands in exactly one item, and each item holds
/// exactly the non-blank lines that were sent to it.
fn assert_nothing_lost(text: &str, parsed: &Parsed, row_ends: &dyn Fn(&str, &str) -> bool) {
    let lines = raw_lines(text);
    assert_eq!(lines.len(), parsed.fates.len(), "one fate per line");
    let mut sent: HashMap<(usize, usize), Vec<String>> = HashMap::new();
    let mut city_of_group = String::new();
    for (no, (raw, fate)) in lines.iter().zip(&parsed.fates).enumerate() {
        let line = clean::norm(raw);
        let at = format!("line {}: {raw:?} -> {fate:?}", no + 1);
        match *fate {
            LineFate::Blank => assert!(line.is_empty(), "{at}"),
            LineFate::Chrome => assert!(CHROME.iter().any(|c| line.starts_with(c)), "{at}"),
            LineFate::Heading => assert_eq!(line, "1. LOKAAL WOONBELEID COÖRDINEREN", "{at}"),
            LineFate::GroupHeader => {
                assert!(line.starts_with("Uitvouwen/samenvouwen Stad : "), "{at}");
                line["Uitvouwen/samenvouwen Stad : ".len()..]
                    .rsplit_once(" (")
                    .unwrap()
                    .0
                    .clone_into(&mut city_of_group);
            }
            LineFate::RowEnd => assert!(row_ends(&line, &city_of_group), "{at}"),
            LineFate::Title { city, item } => {
                assert_eq!(parsed.cities[city].items[item].title, line, "{at}");
            }
            LineFate::Description { city, item } => {
                assert!(!line.is_empty(), "{at}");
                sent.entry((city, item))
                    .or_default()
                    .push(clean::clean_line(raw).into_owned());
            }
        }
    }
    assert_items_hold(parsed, sent);
}

/// Each item holds exactly the non-blank lines that were sent to it.
fn assert_items_hold(parsed: &Parsed, mut sent: HashMap<(usize, usize), Vec<String>>) {
    for (c, city) in parsed.cities.iter().enumerate() {
        for (i, item) in city.items.iter().enumerate() {
            let held: Vec<String> = item
                .description
                .lines()
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect();
            assert_eq!(
                held,
                sent.remove(&(c, i)).unwrap_or_default(),
                "{} › {}",
                city.name,
                item.title
            );
        }
    }
}

#[test]
fn nothing_is_lost_from_the_grouped_export() {
    let p = grouped();
    assert_nothing_lost(GROUPED, &p, &|line, city| {
        line == city || line == format!("Bijlage{city}")
    });
}

#[test]
fn nothing_is_lost_from_the_item_view() {
    let p =
        import::parse_item_view(&Source::new("view", ITEM_VIEW), "Gent", &known_titles()).unwrap();
    assert_nothing_lost(ITEM_VIEW, &p, &|line, _| line == "Bijlage");
}

#[test]
fn thirteen_cities_with_the_header_counts() {
    let p = grouped();
    let counts: Vec<(String, usize)> = p
        .cities
        .iter()
        .map(|c| (c.name.clone(), c.items.len()))
        .collect();
    // The counts as the headers in the raw export state them, read independently here.
    let headers: Vec<(String, usize)> = raw_lines(GROUPED)
        .iter()
        .filter_map(|l| {
            clean::norm(l)
                .strip_prefix("Uitvouwen/samenvouwen Stad : ")
                .map(str::to_owned)
        })
        .map(|rest| {
            let (name, n) = rest.rsplit_once(" (").unwrap();
            (name.to_owned(), n.trim_end_matches(')').parse().unwrap())
        })
        .collect();
    assert_eq!(counts, headers);
    assert_eq!(counts.len(), 13);
    assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 90);
}

#[test]
fn attachment_flags_follow_the_bijlage_lines() {
    let p = grouped();
    for city in &p.cities {
        let marked = raw_lines(GROUPED)
            .iter()
            .filter(|l| clean::norm(l) == format!("Bijlage{}", city.name))
            .count();
        assert_eq!(
            city.items.iter().filter(|i| i.attachment).count(),
            marked,
            "{}",
            city.name
        );
    }
    let aalst: Vec<bool> = p.cities[0].items.iter().map(|i| i.attachment).collect();
    assert_eq!(aalst, [false, false, false, false, true, true, false]);
}

#[test]
fn gent_from_the_item_view_equals_gent_from_the_grouped_export() {
    let view =
        import::parse_item_view(&Source::new("view", ITEM_VIEW), "Gent", &known_titles()).unwrap();
    let grouped = grouped();
    let gent = grouped.cities.iter().find(|c| c.name == "Gent").unwrap();
    assert_eq!(&view.cities[0], gent);
    assert_eq!(gent.items.len(), 7);
}

#[test]
fn both_seeds_together_infer_gent_and_merge() {
    let sources = [
        Source::new("grouped", GROUPED),
        Source::new("view", ITEM_VIEW),
    ];
    let both = import::import(import::Request {
        sources: Cow::Borrowed(&sources),
        ..Default::default()
    })
    .unwrap();
    let alone = import::import(import::Request {
        sources: Cow::Borrowed(&sources[..1]),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(both, alone);
}

#[test]
fn the_embedded_dataset_is_what_the_raw_exports_give() {
    // Regenerate with: cargo run --release -- import assets/raw/*.txt -o assets/woonbeleid.ron
    let mut files: Vec<_> = std::fs::read_dir("assets/raw")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let sources: Vec<Source> = files
        .iter()
        .map(|f| {
            let name = f.display().to_string();
            let text = import::decode(&name, &std::fs::read(f).unwrap()).unwrap();
            Source::new(name, text)
        })
        .collect();
    let mut data = import::import(import::Request {
        sources: Cow::Borrowed(&sources),
        ..Default::default()
    })
    .unwrap();
    data.aliases = store::embedded().unwrap().aliases; // kept by hand; import carries them over
    let sources = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut ron = Vec::new();
    let tail = store::Tail {
        aliases: Vec::new(),
        sources,
    };
    store::write_ron(&mut ron, &data, tail).unwrap();
    assert!(
        ron == store::EMBEDDED_RON.as_bytes(),
        "assets/woonbeleid.ron is stale: regenerate it (see the comment above)"
    );
}

#[test]
fn ron_round_trips() {
    let data = store::embedded().unwrap();
    let ron = store::to_ron(&data);
    let back: woonbeleid::model::Dataset = ron::from_str(&ron).unwrap();
    assert_eq!(back, data);
    assert_eq!(store::to_ron(&back), ron);
    let file: store::DatasetFile = ron::from_str(store::EMBEDDED_RON).unwrap();
    assert_eq!(
        file.sources,
        ["centrumsteden-grouped.txt", "gent-itemview.txt"]
    );
}

#[test]
fn no_description_can_drive_the_terminal() {
    let data = store::embedded().unwrap();
    for city in &data.cities {
        for item in &city.items {
            assert!(
                !item
                    .description
                    .chars()
                    .any(|c| c.is_control() && c != '\n'),
                "{}",
                item.title
            );
            assert!(!item.description.contains('\u{a0}'));
            assert_eq!(item.title, item.title.trim());
        }
    }
}

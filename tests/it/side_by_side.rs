//! Many texts side by side: thirteen marks or one section in every city (`C`) stay
//! readable (columns of at least 30 characters, the rest reached sideways), and each
//! column marks the words only its text uses.

use crate::common;

use common::{app, app_on, run, select};
use woonbeleid::app::screen::{Body, Pane, Tone};
use woonbeleid::app::{Action, App, Effect, Grouping, Move, Page};

fn compare_pane(app: &App) -> Pane {
    let Body::Compare(pane) = app.screen().body.clone() else {
        panic!("not side by side: {:?}", app.page())
    };
    pane
}

/// The text of each column of a row of the comparison.
fn columns(line: &str) -> Vec<String> {
    line.split('│').map(str::to_owned).collect()
}

/// Per column, the words toned as marked, in order.
fn marked_words(pane: &Pane) -> Vec<Vec<String>> {
    let mut per_column: Vec<Vec<String>> = Vec::new();
    for line in &pane.lines {
        let mut column = 0;
        for seg in &line.segs {
            if seg.tone == Tone::Rule {
                column += 1;
            } else if seg.tone == Tone::Diff {
                if per_column.len() <= column {
                    per_column.resize(column + 1, Vec::new());
                }
                per_column[column].push(seg.text.trim().to_owned());
            }
        }
    }
    per_column
}

/// Marks "Lokaal woonoverleg" in every city that has it; how many.
fn mark_every_woonoverleg(app: &mut App) -> usize {
    let catalog = app.catalog().clone();
    let mut marked = 0;
    for city in 0..catalog.city_count() {
        let name = catalog.city_name(city).to_owned();
        let has = catalog
            .city_items(city)
            .any(|id| catalog.get(id).unwrap().title == "Lokaal woonoverleg");
        if has {
            select(app, &name, "Lokaal woonoverleg");
            run(app, &[Action::Mark]);
            marked += 1;
        }
    }
    marked
}

#[test]
fn thirteen_marks_stay_readable_and_scroll_sideways() {
    for (width, fit) in [(120_u16, 3_usize), (200, 6), (61, 1), (64, 2), (40, 1)] {
        let mut app = app(width, 30);
        let n = mark_every_woonoverleg(&mut app);
        assert!(n >= 10, "the seed has it nearly everywhere: {n}");
        run(&mut app, &[Action::Compare]);
        let pane = compare_pane(&app);
        let shown = columns(&pane.lines[0].text());
        assert_eq!(shown.len(), fit, "{width} columns wide: {shown:?}");
        if fit > 1 {
            assert!(
                shown.iter().all(|c| c.chars().count() >= 30),
                "at {width}: {shown:?}"
            );
        }
        let range = if fit == 1 {
            format!("kolom 1/{n}")
        } else {
            format!("kolom 1–{fit}/{n}")
        };
        assert!(pane.title.contains(&range), "{} at {width}", pane.title);
        let first_city = shown[0].trim().to_owned();
        run(&mut app, &[Action::Sideways(Move::Down)]);
        let pane = compare_pane(&app);
        let moved = columns(&pane.lines[0].text());
        assert!(pane.title.contains("kolom 2"), "{}", pane.title);
        assert_ne!(moved[0].trim(), first_city, "one column to the right");
        run(&mut app, &[Action::Sideways(Move::Bottom)]);
        let last = format!("{n}/{n}");
        let title = compare_pane(&app).title;
        assert!(
            title.contains(&format!("–{last}")) || title.contains(&format!("kolom {last}")),
            "{title}"
        );
        run(&mut app, &[Action::Sideways(Move::Down)]);
        assert_eq!(compare_pane(&app).title, title, "no further than the last");
        run(&mut app, &[Action::Sideways(Move::Top)]);
        assert!(compare_pane(&app).title.contains(&range));
        run(&mut app, &[Action::Sideways(Move::PageDown)]);
        let next_page = format!("kolom {}", fit + 1);
        assert!(
            compare_pane(&app).title.contains(&next_page),
            "a page is the columns shown"
        );
    }
}

#[test]
fn c_shows_the_section_in_every_city_from_either_grouping() {
    for grouping in [Grouping::ByCity, Grouping::BySection] {
        let mut app = app(120, 40);
        select(&mut app, "Gent", "Stedelijke Woonraad");
        if grouping == Grouping::BySection {
            run(&mut app, &[Action::Regroup]);
        }
        assert_eq!(app.grouping(), grouping);
        let section = app
            .sections()
            .of(app.catalog(), app.current().unwrap())
            .unwrap();
        let members = app.sections().get(section).unwrap().members.clone();
        run(&mut app, &[Action::CompareSection]);
        assert_eq!(app.page(), Page::Compare);
        let pane = compare_pane(&app);
        let expected = format!("Lokale woonraad in {} teksten", members.len());
        assert!(pane.title.contains(&expected), "{}", pane.title);
        let heading = pane.lines[0].text();
        let first = app.catalog().city_name(members[0].city);
        assert!(
            heading.starts_with(first),
            "the cities' names on top: {heading}"
        );
        run(&mut app, &[Action::Back]);
        assert_eq!(app.page(), Page::Browse);
        assert_eq!(app.grouping(), grouping);
    }
}

#[test]
fn a_section_only_one_city_has_is_said_not_shown() {
    let data = common::Data::new()
        .city("Aalst", &[("Eigen", "alleen hier"), ("Woonraad", "x")])
        .city("Gent", &[("Woonraad", "y")])
        .build();
    let mut app = app_on(data, 120, 40);
    select(&mut app, "Aalst", "Eigen");
    run(&mut app, &[Action::CompareSection]);
    assert_eq!(app.page(), Page::Browse);
    assert!(
        app.message().unwrap().contains("maar bij één stad"),
        "{:?}",
        app.message()
    );
    select(&mut app, "Aalst", "Woonraad");
    run(&mut app, &[Action::CompareSection]);
    assert_eq!(app.page(), Page::Compare);
}

#[test]
fn each_column_marks_the_words_only_its_text_uses() {
    let data = common::Data::new()
        .city(
            "Aalst",
            &[("Woonraad", "De woonraad van Aalst vergadert met huurders.")],
        )
        .city(
            "Brugge",
            &[(
                "Woonraad",
                "De woonraad adviseert het college over woningen.",
            )],
        )
        .city(
            "Gent",
            &[(
                "Woonraad",
                "Onze woonraad werkt met werkgroepen; een woning.",
            )],
        )
        .build();
    let mut app = app_on(data, 120, 40);
    select(&mut app, "Aalst", "Woonraad");
    run(&mut app, &[Action::CompareSection]);
    let pane = compare_pane(&app);
    assert_eq!(
        marked_words(&pane),
        [
            vec!["vergadert", "huurders"],
            vec!["adviseert", "college"],
            vec!["Onze", "werkt", "werkgroepen"],
        ],
        "woonraad is shared, woningen/woning one term, a city's name never its own word"
    );
    assert!(
        pane.legend
            .as_deref()
            .unwrap()
            .contains("alleen deze tekst")
    );
    // Two texts: the words that differ, as before.
    run(&mut app, &[Action::Back]);
    select(&mut app, "Aalst", "Woonraad");
    run(&mut app, &[Action::Mark]);
    select(&mut app, "Gent", "Woonraad");
    run(&mut app, &[Action::Mark, Action::Compare]);
    let pane = compare_pane(&app);
    assert!(pane.legend.as_deref().unwrap().contains("niet heeft"));
    assert!(marked_words(&pane)[0].contains(&"vergadert".to_owned()));
}

#[test]
fn e_in_the_comparison_writes_the_table_it_shows() {
    let mut app = app(120, 40);
    select(&mut app, "Gent", "Lokaal woonoverleg");
    run(&mut app, &[Action::CompareSection]);
    let effects = run(&mut app, &[Action::Export]);
    let [Effect::WriteMarkdown { stem, contents }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(stem, "Lokaal woonoverleg");
    let header = contents.lines().next().unwrap();
    assert!(
        header.starts_with("| Aalst › Lokaal woonoverleg |"),
        "{header}"
    );
    assert!(
        header.matches(" | ").count() >= 9,
        "a column per city: {header}"
    );
}

#[test]
fn legends_are_cut_by_whole_entries_at_every_width() {
    let grid_legend = woonbeleid::strings::GRID_LEGEND;
    let entries: Vec<&str> = grid_legend.split("  ").collect();
    for width in 24..=130_u16 {
        let mut app = app(width, 20);
        run(&mut app, &[Action::ToggleGrid]);
        let Body::Grid(pane) = app.screen().body.clone() else {
            continue;
        };
        let room = usize::from(width) - 2;
        let footer = pane.footer.as_ref().map_or(0, |f| f.chars().count() + 3);
        if let Some(legend) = &pane.legend {
            let shown = legend.trim();
            let whole = (1..=entries.len()).any(|n| entries[..n].join("  ") == shown);
            assert!(
                whole || shown.ends_with('…'),
                "at {width}: {legend:?} is cut inside an entry"
            );
            assert!(
                legend.chars().count() + footer <= room,
                "at {width}: {legend:?} and the position overlap"
            );
        }
        assert!(
            width < 60 || pane.legend.is_some(),
            "at {width} the legend has room"
        );
    }
}

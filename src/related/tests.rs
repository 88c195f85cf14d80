use super::*;
use crate::catalog::Catalog;
use crate::model::{City, Dataset, Item, ItemId};

type Cities<'a> = &'a [(&'a str, &'a [(&'a str, &'a str)])];

/// A city whose words no other text has: more texts, so a word two texts share is rare
/// (a word in every text weighs nothing), and nothing more to relate.
const ELSEWHERE: (&str, &[(&str, &str)]) = (
    "Zwalm",
    &[
        ("X", "Rood, groen, blauw."),
        ("Y", "Appels en peren."),
        ("Z", "Fietsen, treinen."),
    ],
);

fn catalog(cities: Cities) -> Catalog {
    Catalog::new(Dataset {
        cities: cities
            .iter()
            .chain([&ELSEWHERE])
            .map(|(name, items)| City {
                name: (*name).into(),
                items: items
                    .iter()
                    .map(|(title, text)| Item {
                        title: (*title).into(),
                        description: (*text).into(),
                        attachment: false,
                    })
                    .collect(),
            })
            .collect(),
        ..Dataset::default()
    })
}

/// `City Title` of each related item of `city`'s item `item`, best first.
fn related(cities: Cities, city: usize, item: usize) -> Vec<String> {
    let cat = catalog(cities);
    let index = RelatedIndex::build(&cat);
    index
        .related(ItemId { city, item }, 10)
        .iter()
        .map(|r| {
            let title = cat.get(r.id).map(|i| i.title).unwrap_or_default();
            format!("{} {title}", cat.city_name(r.id.city))
        })
        .collect()
}

/// Filler every item has, so the words tested are not the only ones.
const FILLER: &str = "Overleg met de partners over de stand van zaken.";

#[test]
fn the_most_similar_text_comes_first_and_unrelated_ones_not_at_all() {
    let cities: Cities = &[
        (
            "Aalst",
            &[(
                "Woonraad",
                "De woonraad adviseert het bestuur over huurders en verhuurders.",
            )],
        ),
        (
            "Gent",
            &[
                ("Raad", "Onze woonraad adviseert over huurders."),
                ("Premies", "Premies voor renovatie en isolatie."),
                ("Huur", "Een verhuurder en zijn huurder."),
            ],
        ),
        ("Mol", &[("Isolatie", "Renovatie, isolatie.")]),
    ];
    assert_eq!(related(cities, 0, 0), ["Gent Raad", "Gent Huur"]);
    assert_eq!(related(cities, 1, 1), ["Mol Isolatie"]);
}

#[test]
fn the_items_own_city_is_left_out() {
    let text = "Werkgroepen rond wonen-welzijn en dakloosheid.";
    let cities: Cities = &[
        ("Aalst", &[("A", text), ("B", text)]),
        ("Gent", &[("C", "Een werkgroep rond dakloosheid.")]),
    ];
    assert_eq!(related(cities, 0, 0), ["Gent C"]);
    assert_eq!(related(cities, 1, 0), ["Aalst A", "Aalst B"]);
}

#[test]
fn empty_texts_and_texts_of_stop_words_are_never_related() {
    let cities: Cities = &[
        (
            "Aalst",
            &[
                ("Leeg", ""),
                ("Stop", "Het is van de en een."),
                ("Vol", "Woonraad en woonoverleg."),
            ],
        ),
        (
            "Gent",
            &[
                ("Leeg", "  \n"),
                ("Stop", "Het is van de en een."),
                ("Vol", "De woonraad."),
            ],
        ),
    ];
    assert!(related(cities, 0, 0).is_empty());
    assert!(
        related(cities, 0, 1).is_empty(),
        "stop words alone relate nothing"
    );
    assert_eq!(related(cities, 0, 2), ["Gent Vol"]);
    let cat = catalog(cities);
    let index = RelatedIndex::build(&cat);
    assert!(
        index.related(ItemId { city: 5, item: 0 }, 3).is_empty(),
        "no such item"
    );
    assert!(
        index.related(ItemId { city: 0, item: 9 }, 3).is_empty(),
        "no such item"
    );
}

#[test]
fn forms_of_a_word_relate_through_their_stem() {
    let cities: Cities = &[
        (
            "Aalst",
            &[("A", "De werkgroepen en hun agenda."), ("B", FILLER)],
        ),
        (
            "Gent",
            &[("C", "Een werkgroep."), ("D", FILLER), ("E", "De agenda.")],
        ),
    ];
    assert_eq!(related(cities, 0, 0)[0], "Gent C");
}

#[test]
fn compounds_relate_through_their_parts() {
    let cities: Cities = &[
        (
            "Aalst",
            &[
                ("Plan", "Het woonbeleidsplan van de stad."),
                ("Raad", "De woonraad."),
            ],
        ),
        (
            "Gent",
            &[
                ("Beleid", "Het woonbeleid van de stad."),
                ("Advies", "De adviesraad."),
                ("Woon", "Woon je hier?"),
                ("Anders", "Advies over premies."),
            ],
        ),
        (
            "Mol",
            &[
                ("Senioren", "De seniorenraad."),
                ("Plan", "Een plan voor het beleid voor senioren."),
            ],
        ),
    ];
    let plan = related(cities, 0, 0);
    assert_eq!(plan[0], "Gent Beleid", "{plan:?}");
    assert!(plan.contains(&"Mol Plan".to_owned()), "{plan:?}");
    // No text says `raad` alone: two compounds ending in it make it a part.
    let raad = related(cities, 0, 1);
    assert!(raad.contains(&"Gent Advies".to_owned()), "{raad:?}");
    assert!(raad.contains(&"Mol Senioren".to_owned()), "{raad:?}");
}

#[test]
fn equal_scores_go_by_city_name_then_title() {
    let text = "Sociale huisvesting en woonkwaliteit.";
    // Cities out of name order, titles out of order within one.
    let cities: Cities = &[
        ("Zele", &[("Q", text)]),
        ("Brugge", &[("Z", text), ("A", text)]),
        ("Aalst", &[("M", text)]),
    ];
    assert_eq!(related(cities, 0, 0), ["Aalst M", "Brugge A", "Brugge Z"]);
    let cat = catalog(cities);
    let index = RelatedIndex::build(&cat);
    let found = index.related(ItemId { city: 0, item: 0 }, 2);
    assert_eq!(found.len(), 2, "the limit holds");
    assert_eq!(found[0].score.to_bits(), found[1].score.to_bits());
    assert_eq!(
        found,
        RelatedIndex::build(&cat).related(ItemId { city: 0, item: 0 }, 2),
        "the same every time"
    );
}

#[test]
fn shared_words_are_shown_as_the_texts_spell_them_strongest_first() {
    let cities: Cities = &[
        (
            "Aalst",
            &[
                (
                    "A",
                    "Coördinatie van de woonraad; de woonraad, de Woonraad. Huurders.",
                ),
                ("B", FILLER),
            ],
        ),
        (
            "Gent",
            &[
                (
                    "C",
                    "COÖRDINATIE door de adviesraad en de woonraad voor huurders.",
                ),
                ("D", "Woon en advies."),
            ],
        ),
    ];
    let cat = catalog(cities);
    let index = RelatedIndex::build(&cat);
    let found = index.related(ItemId { city: 0, item: 0 }, 1);
    // `raad`, a part (of woonraad and adviesraad: `woon` and `advies` are words), weighs
    // more than `coördinatie`, but it is in `woonraad`: not shown again.
    assert_eq!(found[0].shared, ["woonraad", "coördinatie", "huurders"]);
    assert!(found[0].score > 0.0 && found[0].score <= 1.0 + f32::EPSILON);
}

#[test]
fn a_shared_word_inside_a_longer_one_shown_gives_way_to_it() {
    // `oost` weighs more (twice in each), `oost-vlaanderen` holds it: one is shown.
    let cities: Cities = &[
        (
            "Aalst",
            &[
                ("A", "Oost en oost. Huurdersbond Oost-Vlaanderen."),
                ("B", FILLER),
            ],
        ),
        (
            "Gent",
            &[
                ("C", "Oost, oost; de Huurdersbond Oost-Vlaanderen."),
                ("D", FILLER),
            ],
        ),
    ];
    let cat = catalog(cities);
    let found = RelatedIndex::build(&cat).related(ItemId { city: 0, item: 0 }, 1);
    assert_eq!(found[0].shared, ["oost-vlaanderen", "huurdersbond"]);
}

#[test]
fn the_index_holds_less_than_one_and_a_half_times_its_texts() {
    let seed = crate::store::embedded().unwrap_or_default();
    let synth = crate::synth::dataset(crate::synth::Shape::new(2000));
    for data in [seed, synth] {
        let items = data.cities.iter().flat_map(|c| &c.items);
        let bytes: usize = items.map(|i| i.description.len()).sum();
        let index = RelatedIndex::build(&Catalog::new(data));
        let held = index.heap_bytes();
        assert!(
            bytes > 0 && held * 2 <= bytes * 3,
            "{held} for {bytes} bytes of text"
        );
    }
}

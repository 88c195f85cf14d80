use super::*;

#[test]
fn query_syntax() {
    use Polarity::{Excluded, Wanted};
    let q = Query::parse("woon 'raad ^lok overleg$ !gent ^b. overleg$");
    let kinds: Vec<(TermKind, Polarity)> = q.terms().map(|t| (t.kind, t.polarity)).collect();
    assert_eq!(
        kinds,
        [
            (TermKind::Fuzzy, Wanted),
            (TermKind::Exact, Wanted),
            (TermKind::Prefix, Wanted),
            (TermKind::Suffix, Wanted),
            (TermKind::Exact, Excluded),
            (TermKind::Prefix, Wanted),
            (TermKind::Suffix, Wanted),
        ]
    );
    assert_eq!(
        Query::parse("^b.overleg$").groups[0][0].kind,
        TermKind::Equal
    );
    assert_eq!(Query::parse("!^gent$").groups[0][0].kind, TermKind::Equal);
    assert_eq!(Query::parse("$").groups[0][0].kind, TermKind::Fuzzy);
    assert!(Query::parse("  ! ' ^ ").is_empty());
}

#[test]
fn each_kind_matches_only_its_own_shape() {
    let hay = fold("Lokaal woonoverleg");
    let hit = |q: &str| Query::parse(q).matches(&hay, "");
    assert!(hit("lwo") && !hit("'lwo") && hit("'woonover"));
    assert!(hit("^lokaal") && !hit("^woon"));
    assert!(hit("overleg$") && !hit("lokaal$"));
    assert!(hit("^lokaal woonoverleg$"), "two terms: prefix and suffix");
    assert!(hit("^lokaal-woonoverleg$") == (hay == "lokaal-woonoverleg"));
    let equal = |q: &str, h: &str| Query::parse(q).matches(&fold(h), "");
    assert!(equal("^gent$", "Gent"));
    assert!(!equal("^gent$", "Gentbrugge"));
    assert!(!equal("^gent$", "Sint-Gent"));
    assert!(!equal("^gent$", "gen"));
}

#[test]
fn matching_in_both_directions_of_accents() {
    let title = fold("1. LOKAAL WOONBELEID COÖRDINEREN");
    assert!(Query::parse("coordineren").matches(&title, "aalst"));
    assert!(Query::parse("COÖRD").matches(&fold("coordineren"), ""));
    assert!(Query::parse("eenmaal").matches(&fold("Eénmaal per jaar"), ""));
}

#[test]
fn terms_may_match_the_city_and_negations_exclude() {
    let title = fold("Lokale woonraad");
    assert!(Query::parse("gent woonraad").matches(&title, "gent"));
    assert!(!Query::parse("gent woonraad").matches(&title, "genk"));
    assert!(!Query::parse("woonraad !gent").matches(&title, "gent"));
    assert!(Query::parse("woonraad !gent").matches(&title, "genk"));
    assert!(
        !Query::parse("!raad").matches(&title, "genk"),
        "the title has it"
    );
}

#[test]
fn terms_joined_by_a_bar_match_when_either_does() {
    let hit = |q: &str, title: &str| Query::parse(q).matches(&fold(title), "gent");
    assert!(hit("woonraad | woonoverleg", "Lokale woonraad"));
    assert!(hit("woonraad | woonoverleg", "Lokaal woonoverleg"));
    assert!(!hit("woonraad | woonoverleg", "Huurpremie"));
    assert!(hit("^lokaal woonraad | overleg$", "Lokaal woonoverleg"));
    assert!(
        !hit("^lokale woonraad | overleg$", "Lokaal woonoverleg"),
        "the bar joins two terms, not the whole query"
    );
    assert!(
        hit("!gent | woonraad", "Lokale woonraad"),
        "the city is Gent"
    );
    assert!(!hit("!gent | premie", "Lokale woonraad"));
    assert!(
        !hit("woonraad|woonoverleg", "Lokale woonraad"),
        "no spaces: one term"
    );
    assert_eq!(Query::parse("| woonraad |"), Query::parse("woonraad"));
    let m = SkimMatcherV2::default().ignore_case();
    let score = |q: &str| Query::parse(q).score(&m, &fold("woonraad"), "gent");
    assert_eq!(score("zzz | raad"), score("raad"), "the best of the group");
}

#[test]
fn an_alternative_more_widens_a_longer_one_narrows() {
    let p = |s| Query::parse(s);
    assert!(!p("raad | o").narrows(&p("raad")));
    assert!(!p("raad | o").narrows(&p("raad |")));
    assert!(p("raad | ov").narrows(&p("raad | o")));
    assert!(p("raad | ov x").narrows(&p("raad | ov")));
    assert!(!p("raad | ov").narrows(&p("raad ov")));
}

#[test]
fn growing_queries_narrow() {
    let p = |s| Query::parse(s);
    assert!(p("woo").narrows(&p("wo")));
    assert!(p("wo raad").narrows(&p("wo")));
    assert!(p("wo r").narrows(&p("wo ")));
    assert!(p("^lok").narrows(&p("^lo")));
    assert!(p("'lok").narrows(&p("'lo")));
    assert!(!p("raad$").narrows(&p("raad")));
    assert!(
        !p("aad$").narrows(&p("ad$")),
        "a longer suffix is not within the shorter's matches by prefix"
    );
    assert!(!p("^lok$").narrows(&p("^lo$")));
    assert!(!p("!gentb").narrows(&p("!gent")));
    assert!(!p("oo").narrows(&p("wo")));
    assert!(!p("wo").narrows(&p("wo raad")), "fewer terms widen");
    assert!(p("x").narrows(&p("")));
}

#[test]
fn scores_prefer_tighter_matches_and_ignore_other_kinds() {
    let m = SkimMatcherV2::default().ignore_case();
    let q = Query::parse("raad");
    let tight = q.score(&m, &fold("Lokale woonraad"), "gent").unwrap();
    let loose = q
        .score(
            &m,
            &fold("Regels voor huren van woningen na afbraak of verbouwing door de stad"),
            "x",
        )
        .unwrap();
    assert!(tight > loose, "{tight} vs {loose}");
    assert_eq!(q.score(&m, &fold("Overleg"), "gent"), None);
    assert_eq!(
        Query::parse("'raad").score(&m, &fold("woonraad"), "g"),
        Some(0)
    );
    let both = Query::parse("raad gent")
        .score(&m, &fold("woonraad"), "gent")
        .unwrap();
    assert!(both > tight, "the city's term adds its score");
}

#[test]
fn highlights_land_on_the_original_accented_chars() {
    let at = |q: &str, title: &str| -> String {
        let chars: Vec<char> = title.chars().collect();
        Query::parse(q)
            .highlight(title)
            .iter()
            .map(|&i| chars[i])
            .collect()
    };
    assert_eq!(at("coord", "1. LOKAAL WOONBELEID COÖRDINEREN"), "COÖRD");
    assert_eq!(
        Query::parse("'eenmaal").highlight("Xx Eénmaal"),
        [3, 4, 5, 6, 7, 8, 9]
    );
    assert_eq!(at("^lok", "Lokaal woonoverleg"), "Lok");
    assert_eq!(at("leg$", "Lokaal woonoverleg"), "leg");
    assert_eq!(at("^gent$", "Gent"), "Gent");
    assert_eq!(Query::parse("^gent$").highlight("Gent"), [0, 1, 2, 3]);
    assert_eq!(
        Query::parse("leg$").highlight("Lokaal woonoverleg"),
        [15, 16, 17]
    );
    assert!(Query::parse("!gent").highlight("Gent").is_empty());
    assert!(Query::parse("xyz").highlight("Gent").is_empty());
}

//! The binary as scripts use it: exit codes, one-line errors, the exact output forms.

use crate::common;

use std::fs;

use common::cli::{GROUPED, assert_refused, run, stderr, stdout, write};

#[test]
fn export_json_has_the_thirteen_cities() {
    let o = run(&["export", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let cities = v.as_array().unwrap();
    let counts: Vec<usize> = cities
        .iter()
        .map(|c| c["items"].as_array().unwrap().len())
        .collect();
    assert_eq!(counts, [7, 7, 7, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    assert_eq!(cities[4]["name"], "Gent");
    let gent = &cities[4]["items"];
    assert_eq!(gent[3]["title"], "Lokaal woonoverleg");
    assert!(
        gent[3]["description"]
            .as_str()
            .unwrap()
            .starts_with("Als regisseur van het lokaal woonbeleid")
    );
    assert_eq!(gent[1]["attachment"], true);
    assert_eq!(
        cities[0]["items"][0]["title"],
        "1. LOKAAL WOONBELEID COÖRDINEREN"
    );
}

#[test]
fn export_md_and_ron_read_back() {
    let md = run(&["export", "--format", "md"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# 1. LOKAAL WOONBELEID COÖRDINEREN\n"));
    assert_eq!(md.matches("\n## ").count(), 13);
    let ron = run(&["export", "--format", "ron"]);
    assert_eq!(
        String::from_utf8(ron.stdout).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
}

#[test]
fn import_writes_atomically_and_data_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let o = run(&[
        "import",
        "assets/raw/centrumsteden-grouped.txt",
        "assets/raw/gent-itemview.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    let o = run(&["export", "--data", out.to_str().unwrap(), "--format", "ron"]);
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        woonbeleid::store::EMBEDDED_RON
    );
}

#[test]
fn item_view_alone_needs_a_city_unless_given() {
    let o = run(&["import", "assets/raw/gent-itemview.txt", "--city", "Gent"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let data: woonbeleid::store::DatasetFile =
        ron::from_str(std::str::from_utf8(&o.stdout).unwrap()).unwrap();
    assert_eq!(data.cities.len(), 1);
    assert_eq!(data.cities[0].items.len(), 7);
    let dir = tempfile::tempdir().unwrap();
    let aalst_only = &GROUPED[..GROUPED
        .find("Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Antwerpen")
        .unwrap()];
    let f = write(dir.path(), "aalst.txt", aalst_only.as_bytes());
    assert_refused(
        &["import", &f, "assets/raw/gent-itemview.txt"],
        "assets/raw/gent-itemview.txt",
        1,
        "--city",
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["bogus"][..],
        &["import"],
        &["export", "--format", "xml"],
        &["--nope"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("fout: "), "{args:?}");
    }
}

#[test]
fn the_browser_needs_a_terminal_and_says_where_to_go_instead() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("fout: ") && err.contains("woonbeleid export"),
        "{err}"
    );
}

#[test]
fn filter_prints_city_tab_title_best_first_and_exits_1_on_nothing() {
    let o = run(&["filter", "woonraad"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 11, "{out}");
    assert!(
        rows.iter()
            .all(|r| r.len() == 2 && r[1].to_lowercase().contains("woonraad"))
    );
    assert!(!out.contains("Genk") && !out.contains("Roeselare"));
    // As in fzf, a match at a word start scores above one inside a word.
    let o = run(&["filter", "overleg"]);
    let out = String::from_utf8(o.stdout).unwrap();
    let titles: Vec<&str> = out.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    let last_word_start = titles.iter().rposition(|t| *t == "B. OVERLEG").unwrap();
    let first_inside = titles
        .iter()
        .position(|t| *t == "Lokaal woonoverleg")
        .unwrap();
    assert!(last_word_start < first_inside, "{out}");
    let o = run(&["filter", "coordineren", "--data", "assets/woonbeleid.ron"]);
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 13);
    let o = run(&["filter", "xyzzy"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
}

#[test]
fn search_prints_city_title_and_line_per_hit_line() {
    let o = run(&["search", "WONEN@STAD.GENT"]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    for line in out.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line}");
        assert_eq!(cols[0], "Gent");
        assert!(cols[2].to_lowercase().contains("wonen@stad.gent"), "{line}");
    }
    assert_eq!(out.lines().count(), 5);
    let o = run(&["search", "eenmaal per jaar"]);
    assert!(
        String::from_utf8(o.stdout)
            .unwrap()
            .contains("Eénmaal per jaar")
    );
    assert_eq!(run(&["search", "xyzzy"]).status.code(), Some(1));
}

#[test]
fn a_bar_between_terms_or_texts_finds_either() {
    let lines = |args: &[&str]| -> Vec<String> {
        let o = run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o).lines().map(str::to_owned).collect()
    };
    let either = lines(&["filter", "woonraad$ | woonoverleg$"]);
    let raad = lines(&["filter", "woonraad$"]);
    let overleg = lines(&["filter", "woonoverleg$"]);
    assert!(!raad.is_empty() && !overleg.is_empty());
    let mut both: Vec<String> = raad.iter().chain(&overleg).cloned().collect();
    both.sort();
    let mut sorted = either.clone();
    sorted.sort();
    assert_eq!(sorted, both);
    let found = lines(&["search", "wonen@stad.gent", "|", "woonregie@antwerpen.be"]);
    assert!(found.iter().any(|l| l.starts_with("Gent\t")));
    assert!(found.iter().any(|l| l.starts_with("Antwerpen\t")));
    let gent = lines(&["search", "wonen@stad.gent"]);
    let antwerpen = lines(&["search", "woonregie@antwerpen.be"]);
    assert_eq!(found.len(), gent.len() + antwerpen.len());
}

#[test]
fn export_one_section_across_cities() {
    let o = run(&[
        "export",
        "--format",
        "md",
        "--section",
        "stedelijke woonraad",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(
        md.starts_with("# Lokale woonraad\n"),
        "the alias leads to the section: {md}"
    );
    assert_eq!(md.matches("\n## ").count(), 11, "{md}");
    assert!(md.contains("## Gent (Stedelijke Woonraad)"));
    assert!(md.contains("*Zonder deze sectie: Genk, Roeselare.*"));
    let o = run(&["export", "--format", "md", "--section", "bestaat niet"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("de secties: 1. LOKAAL"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        run(&["export", "--format", "json", "--section", "B. OVERLEG"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn import_keeps_the_aliases_of_the_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let with_alias = woonbeleid::store::EMBEDDED_RON
        .replace("title: \"Stedelijke Woonraad\"", "title: \"Woonraad WORA\"");
    fs::write(&out, &with_alias).unwrap();
    let o = run(&[
        "import",
        "assets/raw/centrumsteden-grouped.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let data = woonbeleid::store::load(&out).unwrap();
    assert_eq!(data.aliases.len(), 1);
    assert_eq!(data.aliases[0].title, "Woonraad WORA");
    let embedded = woonbeleid::store::embedded().unwrap();
    assert_eq!(embedded.aliases[0].title, "Stedelijke Woonraad");
    assert_eq!(embedded.aliases[0].same_as, "Lokale woonraad");
}

#[test]
fn the_section_export_holds_every_line_of_every_text() {
    let data = woonbeleid::store::embedded().unwrap();
    let o = run(&[
        "export",
        "--format",
        "md",
        "--section",
        "Lokaal woonoverleg",
    ]);
    let md = String::from_utf8(o.stdout).unwrap();
    let mut checked = 0;
    for city in &data.cities {
        for item in city
            .items
            .iter()
            .filter(|i| i.title == "Lokaal woonoverleg")
        {
            for line in item
                .description
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                // Markdown escapes a leading marker (`\-`, `1\.`), a bullet becomes `- `; the words stay.
                let words = line
                    .trim_start_matches(['-', '*', '+', '#', '>', '•'])
                    .trim_start();
                assert!(
                    md.contains(words) || md.contains(&words.replacen('.', "\\.", 1)),
                    "{} › {line:?} missing",
                    city.name
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn an_empty_query_or_text_matches_everything_in_both_commands() {
    let o = run(&["filter", ""]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 90);
    let o = run(&["search", ""]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    let data = woonbeleid::store::embedded().unwrap();
    let lines: usize = data
        .cities
        .iter()
        .flat_map(|c| &c.items)
        .map(|i| {
            i.description
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count()
        })
        .sum();
    assert_eq!(out.lines().count(), lines);
    assert!(out.lines().all(|l| l.split('\t').count() == 3));
}

#[test]
fn several_words_are_one_query_quoted_or_not() {
    for (words, quoted) in [
        (
            &["filter", "woon", "raad"][..],
            &["filter", "woon raad"][..],
        ),
        (
            &["filter", "'lokaal", "!gent"],
            &["filter", "'lokaal !gent"],
        ),
        (
            &["search", "lokaal", "woonoverleg"],
            &["search", "lokaal woonoverleg"],
        ),
    ] {
        let (a, b) = (run(words), run(quoted));
        assert!(a.status.success(), "{words:?}: {}", stderr(&a));
        assert!(!a.stdout.is_empty());
        assert_eq!(a.stdout, b.stdout, "{words:?}");
    }
}

#[test]
fn usage_lines_show_the_real_synopsis() {
    for args in [
        &["--taal", "en", "--mous"][..],
        &["--taal=en", "--mouse", "--bogus"],
        &["--no-color", "--taal", "en", "--x"],
        &["-x", "--taal", "en"],
    ] {
        let o = run(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            err.contains("Usage: woonbeleid [OPTIONS] [COMMAND]"),
            "{args:?}: {err}"
        );
    }
    let dutch = stderr(&run(&["--mouse", "--bogus"]));
    assert!(
        dutch.starts_with("fout: onverwacht argument '--bogus'")
            && dutch.contains("Gebruik: woonbeleid [OPTIES] [OPDRACHT]"),
        "{dutch}"
    );
    let help = String::from_utf8(run(&["filter", "--help", "--taal", "en"]).stdout).unwrap();
    assert!(
        help.contains("<QUERY>...") && help.contains("fzf syntax"),
        "{help}"
    );
    let help = String::from_utf8(run(&["search", "--help", "--taal", "en"]).stdout).unwrap();
    assert!(
        help.contains("<TEXT>...") && help.contains("substring"),
        "{help}"
    );
}

#[test]
fn version_names_the_dataset_and_where_it_came_from() {
    for flag in ["--version", "-V"] {
        let o = run(&[flag]);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(out.starts_with("woonbeleid 0."), "{out}");
        assert!(
            out.contains("(ingebouwde dataset): 13 steden, 90 items"),
            "{out}"
        );
        assert!(
            out.contains("geïmporteerd uit: centrumsteden-grouped.txt, gent-itemview.txt"),
            "{out}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("d.ron");
    let out_arg = out.to_str().unwrap();
    let aalst = &GROUPED[..GROUPED
        .find("Uitvouwen/samenvouwen\u{a0}Stad :\u{a0}Antwerpen")
        .unwrap()];
    let f = write(dir.path(), "aalst.txt", aalst.as_bytes());
    assert!(run(&["import", &f, "-o", out_arg]).status.success());
    let o = run(&["--version", "--data", out_arg]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains(": 1 stad, 7 items"), "{text}");
    assert!(
        text.contains("\ngeïmporteerd uit: aalst.txt\n"),
        "file names, no folders: {text}"
    );
}

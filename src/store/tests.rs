//! Unit tests of reading and writing dataset files.

use super::*;
use crate::model::Item;

#[test]
fn embedded_dataset_parses() {
    assert!(!embedded().unwrap().cities.is_empty());
}

#[test]
fn markdown_files_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("woonbeleid-lokaal-woonoverleg.md"), "oud").unwrap();
    let p = write_new_markdown(dir.path(), "Lokaal woonoverleg", "nieuw").unwrap();
    assert_eq!(p.file_name().unwrap(), "woonbeleid-lokaal-woonoverleg-2.md");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("woonbeleid-lokaal-woonoverleg.md")).unwrap(),
        "oud"
    );
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "nieuw");
    let p = write_new_markdown(dir.path(), "B. OVERLEG / Coördinatie", "x").unwrap();
    assert_eq!(
        p.file_name().unwrap(),
        "woonbeleid-b-overleg-coordinatie.md"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        3,
        "no temporary file left"
    );
}

#[test]
fn markdown_names_are_short_unique_and_never_empty() {
    let dir = tempfile::tempdir().unwrap();
    let long = "Lokaal woonoverleg ".repeat(20);
    let a = write_new_markdown(dir.path(), &long, "a").unwrap();
    let b = write_new_markdown(dir.path(), &long, "b").unwrap();
    for p in [&a, &b] {
        let name = p.file_name().unwrap().to_str().unwrap();
        assert!(name.len() <= 120, "{name}");
        assert!(
            std::path::Path::new(name)
                .extension()
                .is_some_and(|e| e == "md")
        );
    }
    assert_ne!(a, b);
    assert_eq!(std::fs::read_to_string(&b).unwrap(), "b");
    let one_word = "x".repeat(400);
    assert!(file_name_for(&one_word, 1).len() < 120);
    for punctuation in ["...", "— / —", "", "🏠"] {
        assert_eq!(
            file_name_for(punctuation, 1),
            "woonbeleid-tekst.md",
            "{punctuation:?}"
        );
    }
    assert_eq!(
        file_name_for("Gent Lokaal woonoverleg", 1),
        "woonbeleid-gent-lokaal-woonoverleg.md"
    );
    assert_eq!(file_name_for("Gent", 3), "woonbeleid-gent-3.md");
}

#[test]
fn streamed_ron_is_the_same_text() {
    let data = embedded().unwrap();
    let mut streamed = Vec::new();
    write_ron(&mut streamed, &data, Tail::default()).unwrap();
    assert_eq!(String::from_utf8(streamed).unwrap(), to_ron(&data));
}

#[test]
fn ron_errors_give_line_and_column() {
    let e = parse_ron("d.ron", "Dataset(\n  chapter: \"x\",\n  cities: [,\n)").unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.message.starts_with("kolom "), "{e}");
}

fn one_item(title: &str, description: &str) -> Dataset {
    Dataset {
        chapter: "1. H".into(),
        cities: vec![City {
            name: "Gent".into(),
            items: vec![Item {
                title: title.into(),
                description: description.into(),
                attachment: true,
            }],
        }],
        aliases: Vec::new(),
    }
}

/// RON's own pretty form, with the line ends ours has on every platform (RON's default is
/// CRLF on Windows).
fn pretty() -> ::ron::ser::PrettyConfig {
    ::ron::ser::PrettyConfig::new()
        .struct_names(true)
        .new_line("\n")
}

#[test]
fn every_kind_of_character_reads_back_and_matches_ron() {
    let text = "é ë ç Ö \u{a0} 🏠 \"quote\" 'single' back\\slash ␛ ␊ \n\ttab \r \u{2028} \u{301}e \u{0} \u{7f} \u{85} \u{200b} \u{feff} \u{10ffff}";
    let data = one_item(text, text);
    let ours = to_ron(&data);
    let theirs = ::ron::ser::to_string_pretty(&data, pretty()).unwrap() + "\n";
    assert_eq!(ours, theirs);
    let back: Dataset = ::ron::from_str(&ours).unwrap();
    assert_eq!(back, data);
}

#[test]
fn escaping_agrees_with_escape_debug_at_every_offset() {
    let reference = |s: &str| -> String { s.chars().flat_map(char::escape_debug).collect() };
    let probes = (0..0x800u32).chain([0x2022, 0x2028, 0x200b, 0xfeff, 0x1f3e0, 0x301]);
    for c in probes.filter_map(char::from_u32) {
        for at in 0..10 {
            let text = format!("{}{c}{}", "a".repeat(at), "b".repeat(14 - at));
            let mut out = Vec::new();
            ron::escape(&mut out, &text);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                reference(&text),
                "U+{:04X} at {at}",
                u32::from(c)
            );
        }
    }
}

#[test]
fn empty_lists_are_written_as_ron_writes_them() {
    let config = pretty();
    let mut data = one_item("T", "x");
    data.cities.push(City {
        name: "Leeg".into(),
        items: Vec::new(),
    });
    for d in [data, Dataset::default()] {
        let theirs = ::ron::ser::to_string_pretty(&d, config.clone()).unwrap() + "\n";
        assert_eq!(to_ron(&d), theirs);
    }
}

#[test]
fn the_writer_hands_on_output_as_it_goes() {
    use crate::import::{Sink, Text};
    let mut w = RonWriter::new(Vec::new(), Tail::default());
    w.begin("1. H").unwrap();
    w.city("Gent").unwrap();
    for _ in 0..1000 {
        w.item("T", Text::Clean(&"x".repeat(1000)), false).unwrap();
    }
    assert!(
        w.into_inner().len() >= 64 * 1024,
        "not all kept until the end"
    );
}

/// A writer that keeps what it is given and the most it was given at once.
#[derive(Default)]
struct Largest {
    all: Vec<u8>,
    most: usize,
}

impl std::io::Write for Largest {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.most = self.most.max(data.len());
        self.all.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_long_text_is_handed_on_in_pieces_escaped_as_a_whole() {
    use crate::import::{Sink, Text};
    // Escapes at every piece's edge, and characters of two, three and four bytes across it.
    let text = "a\"é€🏠\u{7}\n".repeat(200_000);
    let lines: Vec<std::borrow::Cow<'_, str>> = vec![text.as_str().into(), "".into(), "b".into()];
    for (description, joined) in [
        (Text::Clean(&text), text.clone()),
        (Text::Lines(&lines), format!("{text}\n\nb")),
    ] {
        let mut w = RonWriter::new(Largest::default(), Tail::default());
        w.begin("1. H").unwrap();
        w.city("Gent").unwrap();
        w.item("T", description, true).unwrap();
        w.end_city().unwrap();
        w.end().unwrap();
        let out = w.into_inner();
        assert!(out.most < 256 * 1024, "{} bytes at once", out.most);
        let written = String::from_utf8(out.all).unwrap();
        assert_eq!(written, to_ron(&one_item("T", &joined)));
    }
}

#[test]
fn printable_blocks_agree_with_escape_debug() {
    for c in (0..0x3_0000u32).step_by(7).filter_map(char::from_u32) {
        assert!(ron::printable_agrees(c), "U+{:04X}", u32::from(c));
    }
}

#[test]
fn aliases_come_from_the_tail_of_a_large_file_we_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    let mut data = one_item("T", &"woord ".repeat(100_000));
    data.aliases = vec![Alias {
        title: "Stedelijke Woonraad".into(),
        same_as: "Lokale woonraad".into(),
    }];
    let tail = Tail {
        sources: vec!["a.txt".into()],
        ..Tail::default()
    };
    let mut out = Vec::new();
    write_ron(&mut out, &data, tail).unwrap();
    std::fs::write(&path, &out).unwrap();
    assert_eq!(aliases_of(&path).unwrap(), data.aliases);
    // Compact RON, hand-written: parsed whole, the texts skipped.
    let compact = ::ron::to_string(&data).unwrap();
    std::fs::write(&path, compact).unwrap();
    assert_eq!(aliases_of(&path).unwrap(), data.aliases);
    data.aliases.clear();
    std::fs::write(&path, to_ron(&data)).unwrap();
    assert_eq!(aliases_of(&path).unwrap(), []);
    std::fs::write(&path, "geen dataset").unwrap();
    assert_eq!(aliases_of(&path), None);
}

#[test]
fn non_text_is_located_at_whichever_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    for (bytes, line, says) in [
        (&b"ok\n\xff\nx\0"[..], 2, "geen UTF-8"),
        (b"ok\n\0\n\xff", 2, "binaire gegevens"),
        (b"a\nb\nc\0", 3, "binaire gegevens"),
        (b"\xc3\x28", 1, "geen UTF-8"),
    ] {
        let path = dir.path().join("d.ron");
        std::fs::write(&path, bytes).unwrap();
        let e = load(&path).unwrap_err();
        assert_eq!(e.line, line, "{bytes:?}: {e}");
        assert!(e.message.starts_with(says), "{bytes:?}: {e}");
    }
}

#[test]
fn aliases_are_read_from_the_end_without_the_texts_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    let mut data = one_item("T", "x");
    data.aliases = vec![Alias {
        title: "A".into(),
        same_as: "B".into(),
    }];
    let ron = to_ron(&data);
    let tail = &ron[ron.find("\n    aliases: [").unwrap()..];
    // A gigabyte of texts would be the same: only the end is read, so what comes before
    // it is never parsed (here it is not even RON).
    let text = format!("Dataset(\n    chapter: {}{tail}", "?".repeat(1 << 20));
    std::fs::write(&path, text).unwrap();
    assert_eq!(aliases_of(&path).unwrap(), data.aliases);
}

#[test]
fn markdown_names_are_cut_at_the_last_word_that_fits() {
    let word = |n: usize| "x".repeat(n);
    // Two words of 49 and 50 bytes with their dash: exactly 100, kept whole.
    let exact = format!("{} {}", word(49), word(50));
    assert_eq!(
        file_name_for(&exact, 1),
        format!("woonbeleid-{}-{}.md", word(49), word(50))
    );
    // One byte more: the second word goes.
    let over = format!("{} {}", word(49), word(51));
    assert_eq!(
        file_name_for(&over, 1),
        format!("woonbeleid-{}.md", word(49))
    );
    // A single word of 100 bytes fits; of 101 it is cut to 100.
    assert_eq!(
        file_name_for(&word(100), 1),
        format!("woonbeleid-{}.md", word(100))
    );
    assert_eq!(
        file_name_for(&word(101), 1),
        format!("woonbeleid-{}.md", word(100))
    );
    // Cut at a character boundary.
    let wide = "é".repeat(60);
    let name = file_name_for(&wide, 1);
    assert_eq!(
        name,
        format!("woonbeleid-{}.md", "e".repeat(60)),
        "folded first"
    );
    let cjk = "漢".repeat(40);
    assert!(file_name_for(&cjk, 1).len() <= "woonbeleid-.md".len() + 100);
}

#[test]
fn the_tail_is_read_from_the_end_whatever_follows_the_cities() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    let alias = |n: usize| Alias {
        title: format!("A{n}"),
        same_as: "B".into(),
    };
    let sources = vec!["a.txt".to_owned(), "b\u{1b}[2J.csv".to_owned()];
    // Aliases and sources, sources only, aliases only, neither; and aliases so many that
    // their start is out of the end read (parsed whole then, still right).
    for (aliases, sources) in [
        (vec![alias(1)], sources.clone()),
        (vec![], sources.clone()),
        (vec![alias(1), alias(2)], vec![]),
        (vec![], vec![]),
        ((0..20_000).map(alias).collect(), sources.clone()),
    ] {
        let mut data = one_item("T", "x");
        data.aliases.clone_from(&aliases);
        let mut ron = Vec::new();
        let tail = Tail {
            sources: sources.clone(),
            ..Tail::default()
        };
        write_ron(&mut ron, &data, tail).unwrap();
        let ron = String::from_utf8(ron).unwrap();
        let end = ron.find("\n    ],\n").unwrap();
        // A gigabyte of texts before the end is never parsed: here it is not even RON
        // (but not when the aliases start before the part read).
        let text = if aliases.len() < 100 {
            format!(
                "Dataset(\n    chapter: {}{}",
                "?".repeat(1 << 20),
                &ron[end..]
            )
        } else {
            ron
        };
        std::fs::write(&path, text).unwrap();
        let read = tail_of(&path).unwrap();
        assert_eq!(read.aliases, aliases, "{} aliases", aliases.len());
        let inert: Vec<String> = sources.iter().map(|s| clean::inert_name(s)).collect();
        assert_eq!(read.sources, inert, "{} aliases", aliases.len());
        if !sources.is_empty() {
            assert_ne!(inert, sources, "a control char in a name is made visible");
        }
    }
}

#[test]
fn a_tail_not_as_the_writer_ends_it_is_read_from_the_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.ron");
    // As this program writes it (and larger than the end read), then edited by hand: the
    // aliases put on one line, so the end read finds neither field nor the writer's end.
    let mut ron = Vec::new();
    let data = one_item("T", &"x".repeat(1 << 20));
    write_ron(&mut ron, &data, Tail::default()).unwrap();
    let ron = String::from_utf8(ron).unwrap();
    let body = ron.strip_suffix(")\n").unwrap();
    let edited = format!("{body}    aliases: [Alias(title: \"A\", same_as: \"B\")],\n)\n");
    std::fs::write(&path, edited).unwrap();
    let read = tail_of(&path).unwrap();
    assert_eq!(
        read.aliases,
        [Alias {
            title: "A".into(),
            same_as: "B".into()
        }]
    );
}

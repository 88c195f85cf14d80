use super::*;

#[test]
fn a_legend_keeps_whole_entries_and_the_position_keeps_its_place() {
    let legend = " · ontbreekt  ○ leeg  ◐ kort  ● lang (tekens) ";
    assert_eq!(fit_legend(legend, 60).as_deref(), Some(legend));
    assert_eq!(
        fit_legend(legend, 44).as_deref(),
        Some(" · ontbreekt  ○ leeg  ◐ kort ")
    );
    assert_eq!(fit_legend(legend, 14).as_deref(), Some(" · ontbreekt "));
    assert_eq!(fit_legend(legend, 10).as_deref(), Some(" · ontbr… "));
    assert_eq!(fit_legend(legend, 6), None);
    let pane = |width: u16| {
        cut_title(Pane {
            rect: Rect::new(0, 0, width, 10),
            footer: Some("regel 1–9/20".to_owned()),
            legend: Some(legend.to_owned()),
            ..Pane::default()
        })
    };
    let wide = pane(80);
    assert_eq!(wide.legend.as_deref(), Some(legend));
    let narrow = pane(40);
    assert_eq!(narrow.footer.as_deref(), Some("regel 1–9/20"));
    assert_eq!(narrow.legend.as_deref(), Some(" · ontbreekt  ○ leeg "));
    let tiny = pane(14);
    assert_eq!(
        (tiny.footer, tiny.legend.as_deref()),
        (None, Some(" · ontbree… "))
    );
}

#[test]
fn cut_text_ends_in_an_ellipsis() {
    assert_eq!(fit("Lokaal woonoverleg", 30).unwrap(), "Lokaal woonoverleg");
    assert_eq!(fit("Lokaal woonoverleg", 8).unwrap(), "Lokaal …");
    assert_eq!(fit("Coördinatie", 3).unwrap(), "Co…");
    assert_eq!(fit("abc", 1).unwrap(), "…");
    assert_eq!(fit("abc", 0), None);
    assert_eq!(fit("日本語", 4).unwrap(), "日…", "wide chars count twice");
    assert_eq!(pad("ab", 4), "ab  ");
    assert_eq!(pad("abcdef", 4), "abc…");
    assert_eq!(take_width("日本語", 3), "日");
}

#[test]
fn paths_are_cut_from_the_front() {
    assert_eq!(fit_end("a › b › c", 20).as_deref(), Some("a › b › c"));
    assert_eq!(fit_end("a › b › cé", 6).as_deref(), Some("… › cé"));
    assert_eq!(fit_end("abc", 0), None);
    assert_eq!(fit_end("abcdef", 1).as_deref(), Some("…"));
    assert_eq!(
        fit_end("ab漢字", 4).as_deref(),
        Some("…字"),
        "a wide character is not split"
    );
}

#[test]
fn segments_are_cut_as_a_whole() {
    let segs = vec![Seg::plain("regel "), Seg::new("1–34/97", Tone::Count)];
    assert_eq!(fit_segs(segs.clone(), 20), segs);
    let cut = fit_segs(segs, 9);
    assert_eq!(Line::new(cut.clone()).text(), "regel 1–…");
    assert_eq!(cut[1].tone, Tone::Count, "the cut part keeps its tone");
    assert_eq!(Line::new(fit_segs(vec![Seg::plain("abc")], 1)).text(), "…");
    assert!(fit_segs(vec![Seg::plain("abc")], 0).is_empty());
}

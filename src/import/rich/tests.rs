use super::*;

fn lines(html: &str) -> Vec<String> {
    text(html).split('\n').map(String::from).collect()
}

#[test]
fn sharepoint_markup_reads_as_the_web_view() {
    let html = "<div class=\"ExternalClass4F2A9C\"><div>Het Woonoverleg komt minstens&#160; 3 maal samen&#58; zie \
        <a href=\"mailto:wonen@gent.be\">wonen@gent.be</a>.</div><p><br></p>\
        <ul><li>de schepenen</li><li>het OCMW &amp; <b>SVK</b></li></ul><p>Einde&nbsp;tekst</p></div>";
    assert_eq!(
        lines(html),
        [
            "Het Woonoverleg komt minstens\u{a0} 3 maal samen: zie wonen@gent.be.",
            "",
            " • de schepenen",
            " • het OCMW & SVK",
            "Einde\u{a0}tekst"
        ]
    );
}

#[test]
fn line_breaks_blank_lines_and_nesting() {
    assert_eq!(
        lines("<div>a<br>b<br></div><div><br></div><div>c</div>"),
        ["a", "b", "", "c"]
    );
    assert_eq!(
        lines("<ul><li>a<ul><li>b</li></ul></li></ul>"),
        [" • a", "  • b"]
    );
    assert_eq!(lines("<p>  twee\n  regels </p>"), ["twee regels"]);
    assert_eq!(
        lines("<style>p{}</style><div>x</div><script>y</script>"),
        ["x"]
    );
    assert_eq!(
        lines("<table><tr><td>a</td><td>b</td></tr></table>"),
        ["a b"]
    );
    assert_eq!(lines("geen opmaak &lt;b&gt;"), ["geen opmaak <b>"]);
    assert_eq!(
        lines("<div>a • <b>b</b></div><ul><li> <br>x</li><li></li></ul>"),
        ["a • b", " •", "x", " •"]
    );
}

#[test]
fn blocks_break_lines_where_they_open_and_close() {
    assert_eq!(lines("<div>a<div>b</div>c</div>"), ["a", "b", "c"]);
    assert_eq!(lines("<p>a</p>b<h2>c</h2>d"), ["a", "b", "c", "d"]);
    assert_eq!(lines("<ul><li>a</li>b</ul>"), [" • a", "b"]);
    assert_eq!(lines("x<ol><li>a</li></ol>y"), ["x", " • a", "y"]);
}

#[test]
fn deep_nesting_does_not_overflow() {
    let html = "<div>".repeat(20_000) + "x";
    assert_eq!(lines(&html), ["x"]);
}

/// Every kind of element and mix a hostile export could nest, and the ones that look
/// like tags but are not (comments, raw text, quoted `>`).
const HOSTILE: &[&str] = &[
    "<div>",
    "<ul><li>",
    "<ol><li><p>",
    "<div><span>",
    "<blockquote>",
    "<b>",
    "<a href=x>",
    "<i><b>",
    "<font>",
    "<nobr>",
    "<select><option>",
    "<p>",
    "<li>",
    "<dd>",
    "<dl><dt>",
    "<h1>",
    "<form>",
    "<button>",
    "<object>",
    "<svg>",
    "<math>",
    "<template>",
    "<table><tr><td>",
    "<em><div>",
    "<a><div>",
    "<b><p>",
    "<DIV>",
    "<x-y>",
    "<td>",
    "<marquee>",
    "<ruby><rt>",
    "<span>x</span>",
    "</div>",
    "<!--x-->",
    "<div title='<div>'>",
    "<div/>",
];

#[test]
fn no_kind_of_nesting_grows_the_output_or_loses_the_text() {
    for kind in HOSTILE {
        let html = format!("{}tekst", kind.repeat(20_000));
        let got = lines(&html);
        let out: usize = got.iter().map(|l| l.len() + 1).sum();
        assert!(
            out <= 2 * html.len(),
            "{kind}: {out} bytes out of {}",
            html.len()
        );
        // A template's content is not shown, open or closed.
        assert!(
            *kind == "<template>" || got.iter().any(|l| l.ends_with("tekst")),
            "{kind}: the text is kept"
        );
    }
}

#[test]
fn raw_text_elements_hide_their_markup_and_stray_tags_read_as_a_browser_does() {
    assert_eq!(lines("<script><div>a</div></script>b"), ["b"]);
    assert_eq!(lines("<style><p>x</p></style><p>y</p>"), ["y"]);
    assert_eq!(lines("<title><b>t</b></title>u"), ["u"]);
    assert_eq!(lines("<template><p>x</p></template>y"), ["y"]);
    assert_eq!(lines("<textarea><p>x</p></textarea>"), ["<p>x</p>"]);
    assert_eq!(lines("a</br>b"), ["a", "b"]);
    assert_eq!(lines("a < b &amp; c"), ["a < b & c"]);
    assert_eq!(lines("<div title='<div>'>x</div>"), ["x"]);
    assert_eq!(lines("<!-- <p>weg</p> -->z"), ["z"]);
}

#[test]
fn a_cell_read_in_pieces_reads_as_one() {
    // Tags, entities and multi-byte chars cut at every place a piece can end.
    let unit = "<p>Co&ouml;rdinatie <b>efficiëntie</b></p><ul><li>één</li></ul>";
    let html = unit.repeat(3);
    for piece in 1..=unit.len() + 1 {
        let got = text_in_pieces([html.as_str()].into_iter(), piece);
        let got: Vec<&str> = got.split('\n').collect();
        assert_eq!(
            got,
            ["Coördinatie efficiëntie", " • één"].repeat(3),
            "pieces of {piece} bytes"
        );
    }
}

#[test]
fn nested_lists_indent_at_most_the_cap() {
    let html = "<ul><li>a".repeat(40) + "b";
    let got = lines(&html);
    assert_eq!(got.len(), 40);
    assert_eq!(got[2], "   • a");
    assert_eq!(got[39], format!("{}• ab", " ".repeat(MAX_INDENT)));
}

#[test]
fn markup_with_its_quotes_doubled_reads_as_the_markup() {
    let html = "<div class=\"ExternalClassAB\"><a href=\"x\">\"link\"</a> \"\" &quot;q&quot;\
        <ul><li title=\"t\">\"a\"</li></ul></div>";
    let raw = html.replace('"', "\"\"");
    assert_eq!(text_of_doubled(&raw), text(html));
    assert!(text(html).contains("\"link\" \"\" \"q\""));
    assert!(looks_rich_doubled(&raw));
    assert!(looks_rich_doubled(&format!("  {raw}")));
    assert!(!looks_rich_doubled("\"\"<div class=\"\"ExternalClass\"\">"));
    assert!(!looks_rich_doubled("Tekst met \"\"aanhalingstekens\"\""));
}

#[test]
fn rich_cells_are_told_by_their_wrapper() {
    assert!(looks_rich(
        "<div class=\"ExternalClassAB12\"><div>x</div></div>"
    ));
    assert!(looks_rich("  <DIV CLASS=\"externalclass1\">x</DIV>"));
    assert!(!looks_rich("<b>vet</b> is geen rich text"));
    assert!(!looks_rich("Tekst"));
}

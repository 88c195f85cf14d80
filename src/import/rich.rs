//! Rich-text cells (HTML) to the text the web view shows, so that an item read from
//! SharePoint's own exports equals the same item copied from the page: block elements are
//! lines, `<p><br></p>` is a blank line, a list item is ` • item`, a link is its text.
//!
//! The markup is parsed by `scraper` (html5ever: entities, unclosed tags and stray markup
//! as a browser reads them); the walk is iterative, so deep nesting cannot overflow the
//! stack. A browser's tree builder searches the stack of open elements at many tags, so
//! its time grows with depth × tags: elements nested deeper than `nesting::MAX_DEPTH` are
//! taken out before parsing (their text stays), and lists indent at most `MAX_INDENT` spaces,
//! which keeps both time and output linear in the input.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::nesting::{MAX_DEPTH, within_depth};

/// A list nested deeper than this indents no further.
pub const MAX_INDENT: usize = 8;

/// Whether a cell of a column whose kind is not known holds rich text. SharePoint stores
/// rich text wrapped in `<div class="ExternalClass…">`; a plain-text cell that begins
/// that way is not something a person types.
#[must_use]
pub fn looks_rich(cell: &str) -> bool {
    const WRAPPER: &str = "<div class=\"ExternalClass";
    cell.trim_start()
        .get(..WRAPPER.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(WRAPPER))
}

/// The lines of a rich-text cell, as the web view shows them (not yet cleaned: U+00A0 is
/// still there, as `clean::clean_line` expects).
#[must_use]
pub fn lines(html: &str) -> Vec<String> {
    let doc = parse(html);
    let mut out = Lines::default();
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) if out.skipping == 0 => out.text(text),
                Node::Element(el) => out.open(el.name()),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    out.close(el.name());
                }
            }
        }
    }
    out.finish()
}

#[derive(Default)]
struct Lines {
    done: Vec<String>,
    line: String,
    /// How deep in lists: a list item is indented one space per level.
    lists: usize,
    /// Inside `<script>`, `<style>` and the like, whose text is not shown.
    skipping: usize,
    /// How much of the line is a list item's bullet, before its text.
    lead: usize,
}

impl Lines {
    fn open(&mut self, tag: &str) {
        match tag {
            "br" => self.end_line(),
            "ul" | "ol" => {
                self.break_line();
                self.lists += 1;
            }
            "li" => {
                self.break_line();
                self.line
                    .push_str(&" ".repeat(self.lists.clamp(1, MAX_INDENT)));
                self.line.push_str("• ");
                self.lead = self.line.len();
            }
            "script" | "style" | "head" | "title" | "template" => self.skipping += 1,
            _ if is_block(tag) => self.break_line(),
            // Cells of a row are shown side by side.
            "td" | "th" if !self.at_line_start() => self.line.push(' '),
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        match tag {
            "ul" | "ol" => {
                self.break_line();
                self.lists = self.lists.saturating_sub(1);
            }
            "li" => self.break_line(),
            "script" | "style" | "head" | "title" | "template" => {
                self.skipping = self.skipping.saturating_sub(1);
            }
            _ if is_block(tag) => self.break_line(),
            _ => {}
        }
    }

    /// Text as a browser lays it out: runs of ASCII white space are one space, none at the
    /// start of a line; U+00A0 is kept (it is how the list writes spaces that must stay).
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                if !self.at_line_start() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
            } else {
                self.line.push(c);
            }
        }
    }

    fn at_line_start(&self) -> bool {
        self.line.len() == self.lead
    }

    /// Ends the line if it holds anything: a block starting or ending.
    fn break_line(&mut self) {
        // Text never starts a line with a space, so an empty line is the only blank one; a
        // list item with nothing in it keeps its bullet, as the web view shows it.
        if !self.line.is_empty() {
            self.end_line();
        }
    }

    /// Ends the line even when empty: a `<br>`.
    fn end_line(&mut self) {
        let kept = self.line.trim_end_matches(' ').len();
        self.line.truncate(kept);
        self.done.push(std::mem::take(&mut self.line));
        self.lead = 0;
    }

    fn finish(mut self) -> Vec<String> {
        self.break_line();
        self.done
    }
}

fn parse(html: &str) -> Html {
    Html::parse_fragment(&within_depth(html, MAX_DEPTH))
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "div"
            | "p"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "hr"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "dl"
            | "dt"
            | "dd"
            | "figure"
            | "address"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// How deep the parsed tree goes: the tree builder's work per tag grows with it.
    fn tree_depth(html: &str) -> usize {
        let doc = parse(html);
        let mut depth: usize = 0;
        let mut deepest = 0;
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(_) => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                Edge::Close(_) => depth -= 1,
            }
        }
        deepest
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
    fn no_kind_of_nesting_builds_a_tree_deeper_than_the_cap() {
        for kind in HOSTILE {
            let html = format!("{}tekst", kind.repeat(20_000));
            let depth = tree_depth(&html);
            // Elements that close themselves do not count, so a level may hold up to four
            // (`<table>` and its implied `<tbody>`, `<tr>`, `<td>`): still a bound,
            // whatever the input's length.
            assert!(depth <= 4 * MAX_DEPTH + 8, "{kind}: {depth} levels");
            let out: usize = lines(&html).iter().map(|l| l.len() + 1).sum();
            assert!(
                out <= 2 * html.len(),
                "{kind}: {out} bytes out of {}",
                html.len()
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
    fn rich_cells_are_told_by_their_wrapper() {
        assert!(looks_rich(
            "<div class=\"ExternalClassAB12\"><div>x</div></div>"
        ));
        assert!(looks_rich("  <DIV CLASS=\"externalclass1\">x</DIV>"));
        assert!(!looks_rich("<b>vet</b> is geen rich text"));
        assert!(!looks_rich("Tekst"));
    }
}

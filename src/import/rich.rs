//! Rich-text cells (HTML) to the text the web view shows, so that an item read from
//! SharePoint's own exports equals the same item copied from the page: block elements are
//! lines, `<p><br></p>` is a blank line, a list item is ` • item`, a link is its text.
//!
//! The markup is parsed by `scraper` (html5ever: entities, unclosed tags and stray markup
//! as a browser reads them); the walk is iterative, so deep nesting cannot overflow the
//! stack.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

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
    let doc = Html::parse_fragment(html);
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
                self.line.push_str(&" ".repeat(self.lists.max(1)));
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

//! Rich-text cells (HTML) to the text the web view shows, so that an item read from
//! SharePoint's own exports equals the same item copied from the page: block elements are
//! lines, `<p><br></p>` is a blank line, a list item is ` • item`, a link is its text.
//!
//! The markup is read as a stream of tags and text by html5ever's tokenizer (entities,
//! stray `<` and quoted `>` as a browser reads them), never built into a tree: a tree
//! builder's work per tag grows with the depth of open elements and its tree took 15
//! times a large cell's size, where a stream is linear in time whatever the nesting and
//! holds only a piece of the cell and the lines made. Lists indent at most `MAX_INDENT`
//! spaces, so the output is linear in the input too.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// A list nested deeper than this indents no further.
pub const MAX_INDENT: usize = 8;

/// How much of a cell the tokenizer is handed at a time: its own copy stays this small.
const PIECE: usize = 64 << 10;

/// How SharePoint begins every rich-text cell.
const WRAPPER: &str = "<div class=\"ExternalClass";

/// Whether a cell of a column whose kind is not known holds rich text. SharePoint stores
/// rich text wrapped in `<div class="ExternalClass…">`; a plain-text cell that begins
/// that way is not something a person types.
#[must_use]
pub fn looks_rich(cell: &str) -> bool {
    cell.trim_start()
        .get(..WRAPPER.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(WRAPPER))
}

/// The text of a rich-text cell, as the web view shows it, its lines joined by newlines
/// (not yet cleaned: U+00A0 is still there, as `clean::clean_line` expects). One string,
/// not one per line: a cell of a million short lines would weigh twice as much.
#[must_use]
pub fn text(html: &str) -> String {
    text_in_pieces([html].into_iter(), PIECE)
}

/// `text` of markup as a quoted CSV cell holds it, each quote written twice: read from
/// the CSV's own bytes, never copied whole to undo the quotes.
#[must_use]
pub fn text_of_doubled(raw: &str) -> String {
    let parts = raw.split("\"\"").enumerate();
    let pieces = parts.flat_map(|(i, part)| [if i == 0 { "" } else { "\"" }, part]);
    text_in_pieces(pieces, PIECE)
}

/// Whether `raw`, a quoted CSV cell with its quotes written twice, holds rich text (as
/// `looks_rich` tells it).
#[must_use]
pub fn looks_rich_doubled(raw: &str) -> bool {
    let start = raw.trim_start();
    let head = start.get(..2 * WRAPPER.len()).unwrap_or(start);
    looks_rich(&head.replace("\"\"", "\""))
}

/// `text` of markup in `parts`, each handed over `piece` bytes at a time (or up to the
/// char's end).
fn text_in_pieces<'a>(parts: impl Iterator<Item = &'a str>, piece: usize) -> String {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    for part in parts {
        let mut rest = part;
        while !rest.is_empty() {
            let mut cut = piece.min(rest.len());
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            let (piece, after) = rest.split_at(cut);
            queue.push_back(StrTendril::from_slice(piece));
            // The sink never asks for a script to be run, so a feed ends only when the
            // queue is used up.
            let _ = tokenizer.feed(&queue);
            rest = after;
        }
    }
    tokenizer.end();
    tokenizer.sink.0.take().finish()
}

/// What the tokenizer hands its tokens to: the lines being made.
#[derive(Default)]
struct Sink(RefCell<Lines>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.0.borrow_mut();
        match token {
            Token::CharacterTokens(text) if out.skipping == 0 => out.text(&text),
            Token::TagToken(tag) => return out.tag(&tag),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[derive(Default)]
struct Lines {
    /// The lines ended, each after a newline but the first.
    done: String,
    /// How many lines are in `done`.
    ended: usize,
    line: String,
    /// How deep in lists: a list item is indented one space per level.
    lists: usize,
    /// Inside `<script>`, `<style>` and the like, whose text is not shown.
    skipping: usize,
    /// How much of the line is a list item's bullet, before its text.
    lead: usize,
}

impl Lines {
    /// A start or end tag; what the tokenizer reads next, for the elements whose content
    /// is not markup (as a browser switches at them).
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        if tag.kind == TagKind::EndTag {
            self.close(name);
            return TokenSinkResult::Continue;
        }
        self.open(name);
        match name {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

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
            "script" | "style" | "title" | "template" => self.skipping += 1,
            _ if is_block(tag) => self.break_line(),
            // Cells of a row are shown side by side.
            "td" | "th" if !self.at_line_start() => self.line.push(' '),
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        match tag {
            // A browser reads a stray `</br>` as `<br>`.
            "br" => self.end_line(),
            "ul" | "ol" => {
                self.break_line();
                self.lists = self.lists.saturating_sub(1);
            }
            "li" => self.break_line(),
            "script" | "style" | "title" | "template" => {
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
        if self.ended > 0 {
            self.done.push('\n');
        }
        self.done.push_str(&self.line);
        self.ended += 1;
        self.line.clear();
        self.lead = 0;
    }

    fn finish(mut self) -> String {
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
}

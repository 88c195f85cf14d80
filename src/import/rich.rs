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
mod tests;

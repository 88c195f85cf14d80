//! Markup nested deeper than anyone writes, flattened before a browser's tree builder sees
//! it: that builder searches its stack of open elements at many tags, so its time grows
//! with depth × tags (100,000 nested `<div>` took 24 s).

use std::borrow::Cow;

/// Deeper than any page a person writes (SharePoint's editor nests a few levels).
pub const MAX_DEPTH: usize = 128;

/// The markup with every tag nested deeper than `cap` removed, text and all shallower
/// tags kept as they are. Depth is counted as a tokenizer sees it: elements that close
/// themselves (`<p>`, `<li>`, table rows and cells…) and void ones (`<br>`) do not nest.
pub fn within_depth(html: &str, cap: usize) -> Cow<'_, str> {
    if tags(html)
        .scan(0usize, |depth, tag| Some(tag.step(depth)))
        .all(|d| d <= cap)
    {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let (mut depth, mut copied) = (0, 0);
    for tag in tags(html) {
        let before = depth;
        let after = tag.step(&mut depth);
        out.push_str(&html[copied..tag.start]);
        if before.max(after) <= cap || !tag.nests {
            out.push_str(&html[tag.start..tag.end]);
        }
        copied = tag.end;
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// A start or end tag in the markup: where it stands and whether it changes the depth.
struct Tag {
    start: usize,
    end: usize,
    opens: bool,
    nests: bool,
}

impl Tag {
    /// Moves `depth` past this tag; the depth inside the element it opens, or the depth
    /// of the element it closes.
    fn step(&self, depth: &mut usize) -> usize {
        if !self.nests {
            return *depth;
        }
        if self.opens {
            *depth += 1;
            *depth
        } else {
            let closed = *depth;
            *depth = depth.saturating_sub(1);
            closed
        }
    }
}

/// The tags of `html` in order; comments and the raw text of `<script>`, `<style>` and
/// the like are passed over whole.
fn tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = html.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let open = at + memchr::memchr(b'<', bytes.get(at..)?)?;
            let rest = &html[open..];
            if let Some(comment) = rest.strip_prefix("<!--") {
                at = comment
                    .find("-->")
                    .map_or(bytes.len(), |e| open + 4 + e + 3);
                continue;
            }
            let closing = rest.starts_with("</");
            let name_at = open + if closing { 2 } else { 1 };
            let name_len = bytes[name_at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
                at = open + 1;
                continue;
            }
            let name = html[name_at..name_at + name_len].to_ascii_lowercase();
            let end = tag_end(bytes, name_at + name_len);
            at = end;
            if !closing && is_raw_text(&name) {
                let close = format!("</{name}");
                at = find_ignoring_case(html, end, &close).unwrap_or(bytes.len());
            }
            return Some(Tag {
                start: open,
                end,
                opens: !closing,
                nests: !is_void(&name) && !closes_itself(&name),
            });
        }
    })
}

/// Where a tag whose name ends at `from` ends: after its `>`, quoted attribute values
/// passed over (a `>` inside them does not end it).
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

fn find_ignoring_case(html: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    (from..bytes.len().saturating_sub(needle.len() - 1))
        .find(|&i| bytes[i..i + needle.len()].eq_ignore_ascii_case(needle.as_bytes()))
}

fn is_raw_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "textarea" | "title" | "xmp" | "iframe" | "noembed" | "noframes"
    )
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
    )
}

/// Elements the tree builder closes when the next of their kind (or their container's
/// end) comes, so that they never stack up.
fn closes_itself(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "li"
            | "dt"
            | "dd"
            | "option"
            | "optgroup"
            | "tr"
            | "td"
            | "th"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "colgroup"
            | "rb"
            | "rt"
            | "rp"
            | "rtc"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_markup_is_left_as_it_is_and_only_the_deeper_tags_go() {
        for shallow in ["<div>".repeat(MAX_DEPTH), "<ul><li>x".repeat(MAX_DEPTH)] {
            assert!(matches!(
                within_depth(&shallow, MAX_DEPTH),
                Cow::Borrowed(_)
            ));
        }
        let deep = "<div>".repeat(MAX_DEPTH + 1) + "x" + &"</div>".repeat(MAX_DEPTH + 1);
        let kept = within_depth(&deep, MAX_DEPTH);
        assert_eq!(
            kept,
            "<div>".repeat(MAX_DEPTH) + "x" + &"</div>".repeat(MAX_DEPTH)
        );
    }

    #[test]
    fn what_only_looks_like_a_tag_does_not_count() {
        let quoted = "<div title='>'>".repeat(MAX_DEPTH - 1) + "<b>x</b>";
        assert_eq!(
            within_depth(&quoted, MAX_DEPTH),
            quoted,
            "a quoted > ends no tag"
        );
        let raw = format!("<script>{}</script><div>x</div>", "<div>".repeat(500));
        assert!(matches!(within_depth(&raw, MAX_DEPTH), Cow::Borrowed(_)));
        let comment = format!("<!--{}--><div>x</div>", "<div>".repeat(500));
        assert!(matches!(
            within_depth(&comment, MAX_DEPTH),
            Cow::Borrowed(_)
        ));
        let text = "a < b en 3<4 ".repeat(500);
        assert!(matches!(within_depth(&text, MAX_DEPTH), Cow::Borrowed(_)));
    }
}

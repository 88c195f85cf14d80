//! What does not show, marked, where two lines that look alike must be told apart (`diff
//! --text`, two exports that disagree).

use std::borrow::Cow;

/// A line of two that differ, with what would not show marked: a no-break space as `⍽`, a
/// tab as `␉`, each space at the end as `␠`, a soft hyphen and the zero-width characters as
/// `\u{ad}`, `\u{200b}`…, so two lines that look alike show where they differ.
#[must_use]
pub fn marked(line: &str) -> Cow<'_, str> {
    let trailing = line.len() - line.trim_end_matches(' ').len();
    let hidden = |c: char| matches!(c, '\u{a0}' | '\t' | '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
    if trailing == 0 && !line.contains(hidden) {
        return Cow::Borrowed(line);
    }
    let body = &line[..line.len() - trailing];
    let mut out = String::with_capacity(line.len() + 8);
    for c in body.chars() {
        match c {
            '\u{a0}' => out.push('⍽'),
            '\t' => out.push('␉'),
            c if hidden(c) => {
                let _ =
                    std::fmt::Write::write_fmt(&mut out, format_args!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.extend(std::iter::repeat_n('␠', trailing));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn what_does_not_show_is_marked() {
        assert_eq!(super::marked("gewoon"), "gewoon");
        assert_eq!(super::marked("\u{a0}a\tb  "), "⍽a␉b␠␠");
        assert_eq!(
            super::marked("woon\u{ad}raad\u{200b}"),
            "woon\\u{ad}raad\\u{200b}"
        );
    }
}

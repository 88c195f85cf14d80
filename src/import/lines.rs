//! Lines of an input with their numbers and byte offsets, so a second pass can go back to
//! one part of the text without keeping anything per line.

use std::ops::Range;

/// One line: its 1-based number, where it starts in the text, and its text without the
/// line break (CRLF is accepted).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub no: usize,
    pub start: usize,
    pub raw: &'a str,
}

/// The lines of `text[range]`, numbered from `first_no`. A final line break ends the last
/// line rather than starting an empty one.
pub(crate) struct Lines<'a> {
    text: &'a str,
    at: usize,
    end: usize,
    no: usize,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, range: Range<usize>, first_no: usize) -> Self {
        Lines {
            text,
            at: range.start,
            end: range.end,
            no: first_no,
        }
    }

    pub fn all(text: &'a str) -> Self {
        Lines::new(text, 0..text.len(), 1)
    }

    /// Where the next line starts: the end of what was read so far.
    pub fn offset(&self) -> usize {
        self.at
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.at >= self.end {
            return None;
        }
        let rest = &self.text.as_bytes()[self.at..self.end];
        let (len, next) = match memchr::memchr(b'\n', rest) {
            Some(i) => (i, self.at + i + 1),
            None => (rest.len(), self.end),
        };
        let line = &self.text[self.at..self.at + len];
        let item = Line {
            no: self.no,
            start: self.at,
            raw: line.strip_suffix('\r').unwrap_or(line),
        };
        self.at = next;
        self.no += 1;
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str) -> Vec<(usize, usize, &str)> {
        Lines::all(text).map(|l| (l.no, l.start, l.raw)).collect()
    }

    #[test]
    fn lines_have_numbers_offsets_and_no_breaks() {
        assert_eq!(
            collect("a\r\nbc\n\nd"),
            [(1, 0, "a"), (2, 3, "bc"), (3, 6, ""), (4, 7, "d")]
        );
        assert_eq!(collect("a\n"), [(1, 0, "a")]);
        assert!(collect("").is_empty());
        let part: Vec<_> = Lines::new("x\ny\nz\n", 2..4, 2).map(|l| l.raw).collect();
        assert_eq!(part, ["y"]);
    }
}

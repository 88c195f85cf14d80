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

/// Line numbers of byte offsets asked in (mostly) increasing order, counted on from the
/// last one asked: linear over a whole file where counting from its start each time
/// would be quadratic in its items.
pub(crate) struct LineCounter<'t> {
    text: &'t [u8],
    /// The last offset asked for and its line.
    last: std::cell::Cell<(usize, usize)>,
}

impl<'t> LineCounter<'t> {
    /// Offset 0 is on line `first`.
    pub(crate) fn new(text: &'t [u8], first: usize) -> Self {
        LineCounter {
            text,
            last: std::cell::Cell::new((0, first)),
        }
    }

    /// The line last asked for.
    pub(crate) fn last(&self) -> usize {
        self.last.get().1
    }

    /// The line `at` is on (an offset past the end counts as the end).
    pub(crate) fn line(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let (from, line) = self.last.get();
        let line = if at >= from {
            line + memchr::memchr_iter(b'\n', &self.text[from..at]).count()
        } else {
            line.saturating_sub(memchr::memchr_iter(b'\n', &self.text[at..from]).count())
        };
        self.last.set((at, line));
        line
    }
}

#[cfg(test)]
mod counter_tests {
    use super::LineCounter;

    #[test]
    fn lines_counted_on_agree_with_counting_from_the_start_in_any_order() {
        let text = b"a\nbb\n\nccc\r\nd";
        let from_start = |at: usize| text[..at].iter().filter(|b| **b == b'\n').count() + 1;
        let counter = LineCounter::new(text, 1);
        for at in [0, 1, 2, 5, 6, 7, 3, 12, 99, 0, 8] {
            assert_eq!(counter.line(at), from_start(at.min(text.len())), "at {at}");
        }
    }
}

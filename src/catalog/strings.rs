//! Many strings in one buffer: what the catalog keeps its names, titles and texts in.

use crate::text::fold_into;

/// Many strings one after another in one buffer, so a scan walks memory in order. With a
/// separator, each is followed by a NUL (which no folded text or needle holds), so one
/// substring search over the buffer never matches across two strings.
#[derive(Debug, Clone)]
pub struct Strings {
    pub(super) blob: String,
    /// Where each string starts; one more entry than strings, for the end.
    starts: Vec<usize>,
    separated: bool,
}

impl Default for Strings {
    fn default() -> Strings {
        Strings::new(false)
    }
}

impl Strings {
    pub(super) fn new(separated: bool) -> Strings {
        Strings {
            blob: String::new(),
            starts: vec![0],
            separated,
        }
    }

    /// The strings of `text` that start at `starts` (the first 0, the last the end of
    /// `text`), each one's last byte its NUL when `separated` (as `blob` and `starts` hold
    /// them: a snapshot keeps them so, and opening it copies nothing); `None` when a start
    /// is out of order, past `text` or inside a char, or a separator is missing.
    pub(super) fn from_starts(
        text: String,
        starts: Vec<usize>,
        separated: bool,
    ) -> Option<Strings> {
        let bytes = text.as_bytes();
        let in_order = starts.first() == Some(&0)
            && starts.last() == Some(&text.len())
            && starts
                .windows(2)
                .all(|w| w[0] <= w[1] && (!separated || (w[0] < w[1] && bytes[w[1] - 1] == 0)))
            && starts.iter().all(|&s| text.is_char_boundary(s));
        in_order.then_some(Strings {
            blob: text,
            starts,
            separated,
        })
    }

    /// The strings as `from_starts` takes them back.
    pub(super) fn parts(&self) -> (&str, &[usize]) {
        (&self.blob, &self.starts)
    }

    fn end_one(&mut self) {
        if self.separated {
            self.blob.push('\0');
        }
        self.starts.push(self.blob.len());
    }

    pub(super) fn push(&mut self, s: &str) {
        self.blob.push_str(s);
        self.end_one();
    }

    /// Pushes `lines` joined by newlines as one string; its length in chars.
    pub(super) fn push_joined(&mut self, lines: &[std::borrow::Cow<'_, str>]) -> usize {
        let start = self.blob.len();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.blob.push('\n');
            }
            self.blob.push_str(line);
        }
        let chars = self.blob[start..].chars().count();
        self.end_one();
        chars
    }

    pub(super) fn push_folded(&mut self, s: &str) {
        fold_into(s, &mut self.blob);
        self.end_one();
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th string; empty past the end.
    #[must_use]
    pub fn get(&self, i: usize) -> &str {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.blob[start..end - usize::from(self.separated)],
            _ => "",
        }
    }

    /// The whole buffer, separators included.
    #[must_use]
    pub fn blob(&self) -> &str {
        &self.blob
    }

    /// Where the `i`-th string starts in the buffer (the end of the buffer past the last).
    #[must_use]
    pub fn start(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.blob.len())
    }

    /// The string a buffer offset falls in.
    #[must_use]
    pub fn at_offset(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|s| *s <= offset)
            .saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::Strings;

    #[test]
    fn strings_from_their_ends_are_the_strings_pushed_or_refused() {
        for separated in [false, true] {
            let mut pushed = Strings::new(separated);
            for s in ["Aalst", "", "Coördinatie", "x"] {
                pushed.push(s);
            }
            let (text, starts) = pushed.parts();
            let read = Strings::from_starts(text.to_owned(), starts.to_vec(), separated);
            let read = read.unwrap();
            assert_eq!(read.blob(), pushed.blob());
            assert_eq!(read.starts, pushed.starts);
            assert_eq!(read.get(2), "Coördinatie");
            assert_eq!(read.get(1), "");
        }
        let text = "AalstCoördinatiex";
        for bad in [
            &[0, 6, 5, 17, 18][..], // out of order
            &[1, 5, 5, 17, 18],     // not from 0
            &[0, 5, 5, 17, 19],     // past the text
            &[0, 5, 5, 17],         // short of its end
            &[0, 5, 8, 17, 18],     // inside the ö
            &[],
        ] {
            assert!(
                Strings::from_starts(text.to_owned(), bad.to_vec(), false).is_none(),
                "{bad:?}"
            );
        }
        assert!(Strings::from_starts(text.to_owned(), vec![0, 5, 5, 17, 18], false).is_some());
        // Separated: each string ends in its NUL, so none is empty of it.
        let nuls = "Aalst\0\0Coördinatie\0x\0";
        assert!(Strings::from_starts(nuls.to_owned(), vec![0, 6, 7, 20, 22], true).is_some());
        for bad in [
            &[0, 6, 6, 20, 22][..], // no NUL of its own
            &[0, 5, 7, 20, 22],     // a string ending before its NUL
            &[0, 6, 7, 21, 22],     // ending inside the next
        ] {
            assert!(
                Strings::from_starts(nuls.to_owned(), bad.to_vec(), true).is_none(),
                "{bad:?}"
            );
        }
        let none = Strings::from_starts(String::new(), vec![0], true).unwrap();
        assert_eq!(none.len(), 0);
    }
}

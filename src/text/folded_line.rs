//! A line folded with the way back to the original, so what is found in folded text is
//! shown on the original.

use super::fold::fold_char;

/// A line folded, with the way back: for each folded byte, the byte in the original where
/// its char starts, so what is found in folded text is shown on the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldedLine {
    pub text: String,
    /// One entry per byte of `text`, plus one for its end (the original's length).
    origin: Vec<usize>,
}

impl FoldedLine {
    #[must_use]
    pub fn new(line: &str) -> FoldedLine {
        let mut text = String::with_capacity(line.len());
        let mut origin = Vec::with_capacity(line.len() + 1);
        for (at, c) in line.char_indices() {
            // A char that folds to nothing (a lone combining mark) adds no entry: it is
            // covered by the range of the char before it.
            fold_char(c, &mut text);
            origin.resize(text.len(), at);
        }
        origin.push(line.len());
        FoldedLine { text, origin }
    }

    /// The original byte range that a folded byte range covers: from the start of the char
    /// the first byte came from to the end of the char the last byte came from; empty for
    /// an empty range.
    #[must_use]
    pub fn original(&self, folded: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let len = self.text.len();
        let (from, to) = (folded.start.min(len), folded.end.min(len));
        let start = self.origin[from];
        if to <= from {
            return start..start;
        }
        // Several folded bytes can come from one char: the range ends where the first
        // origin past the last byte's char begins (the line's end at the latest).
        let last = self.origin[to - 1];
        let end = self.origin[to..]
            .iter()
            .copied()
            .find(|o| *o > last)
            .unwrap_or(self.origin[len]);
        start..end
    }

    /// Byte ranges in the original line where the folded `needle` occurs, in one pass.
    #[must_use]
    pub fn find_all(&self, needle: &str) -> Vec<std::ops::Range<usize>> {
        if needle.is_empty() {
            return Vec::new();
        }
        memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .map(|at| self.original(at..at + needle.len()))
            .collect()
    }

    /// The original char positions of folded char positions, for highlighting by char.
    #[must_use]
    pub fn original_chars(&self, original: &str, folded_chars: &[usize]) -> Vec<usize> {
        let folded_starts: Vec<usize> = self.text.char_indices().map(|(b, _)| b).collect();
        let mut char_of_byte = vec![0; original.len() + 1];
        for (i, (b, _)) in original.char_indices().enumerate() {
            char_of_byte[b] = i;
        }
        let mut out: Vec<usize> = folded_chars
            .iter()
            .filter_map(|&p| folded_starts.get(p))
            .map(|&b| char_of_byte[self.origin[b]])
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_ranges_map_back_to_the_original_chars() {
        let line = "Eénmaal per jaar, EENMAAL, ß";
        let f = FoldedLine::new(line);
        let shown: Vec<&str> = f
            .find_all("eenmaal")
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(shown, ["Eénmaal", "EENMAAL"]);
        assert!(f.find_all("").is_empty());
        // ß folds to one char here; a range ending inside a multi-byte char covers all of it.
        let r = f.find_all("ß");
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["ß"]
        );
    }

    #[test]
    fn a_char_that_folds_to_two_maps_back_whole() {
        // U+0130 (İ) lower-cases to `i` + a combining dot, which folding drops; U+FB01 (ﬁ)
        // stays one char. Whatever the lengths, ranges land on char boundaries.
        let line = "xİy ﬁz";
        let f = FoldedLine::new(line);
        for needle in ["i", "iy", "xi", "y", "ﬁ", "z"] {
            for r in f.find_all(needle) {
                assert!(line.is_char_boundary(r.start) && line.is_char_boundary(r.end));
            }
        }
        assert_eq!(&line[f.find_all("iy")[0].clone()], "İy");
    }

    #[test]
    fn a_match_on_part_of_what_one_char_folds_to_covers_the_char() {
        // A Hangul syllable decomposes into three jamo that are not combining marks.
        let line = "x한y";
        let f = FoldedLine::new(line);
        assert_eq!(f.text.chars().count(), 5);
        let first_jamo = f.text.chars().nth(1).unwrap().to_string();
        let r = f.find_all(&first_jamo);
        assert_eq!(
            r.iter().map(|r| &line[r.clone()]).collect::<Vec<_>>(),
            ["한"]
        );
        assert_eq!(f.original(0..0), 0..0, "an empty range stays empty");
        assert_eq!(f.original(2..2), 1..1);
        assert_eq!(f.original(0..99), 0..line.len(), "past the end: to the end");
    }

    #[test]
    fn char_positions_map_back() {
        let line = "aÖİb";
        let f = FoldedLine::new(line);
        assert_eq!(f.text, "aoib");
        assert_eq!(f.original_chars(line, &[0, 1, 2, 3]), [0, 1, 2, 3]);
        assert_eq!(f.original_chars(line, &[1, 99]), [1]);
    }

    #[test]
    fn folding_a_long_line_is_linear() {
        // A quadratic fold of 4 MB would take minutes; this must be instant.
        let line = "Eénmaal woonoverleg ".repeat(200_000);
        let f = FoldedLine::new(&line);
        assert_eq!(f.find_all("eenmaal").len(), 200_000);
    }
}

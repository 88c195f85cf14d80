//! The text search over a `Catalog`'s folded texts: single passes over one buffer;
//! nothing here is worse than linear in what it reads.

use std::ops::Range;

use memchr::memmem;

use crate::catalog::Catalog;
use crate::text::fold;

/// What a text search looks for: one text or more (typed with ` | ` between them), each
/// folded once, never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle(Vec<String>);

impl Needle {
    /// `None` for text that is blank once trimmed: it would match everywhere.
    #[must_use]
    pub fn new(text: &str) -> Option<Needle> {
        let mut texts: Vec<String> = Vec::new();
        // Folding turns a NUL into a space, so no needle can span two texts.
        for folded in text.split(" | ").map(|t| fold(t.trim())) {
            if !folded.is_empty() && !texts.contains(&folded) {
                texts.push(folded);
            }
        }
        (!texts.is_empty()).then_some(Needle(texts))
    }

    /// The texts looked for, folded.
    #[must_use]
    pub fn texts(&self) -> &[String] {
        &self.0
    }

    /// The length of the hit starting at `at` in folded `hay`: the longest text found there.
    #[must_use]
    pub fn len_at(&self, hay: &str, at: usize) -> usize {
        let rest = hay.as_bytes().get(at..).unwrap_or_default();
        let found = self.0.iter().filter(|t| rest.starts_with(t.as_bytes()));
        found
            .map(String::len)
            .max()
            .unwrap_or_else(|| self.0.first().map_or(0, String::len))
    }

    /// A finder of the texts, to run over many haystacks.
    #[must_use]
    pub fn finder(&self) -> Finder {
        Finder(
            self.0
                .iter()
                .map(|t| memmem::Finder::new(t.as_bytes()).into_owned())
                .collect(),
        )
    }
}

/// Finds a needle's texts in folded bytes.
#[derive(Debug, Clone)]
pub struct Finder(Vec<memmem::Finder<'static>>);

impl Finder {
    /// Where the hits start, in order, none overlapping another: at each place the leftmost
    /// text, the longest of those starting there (as `grep -o` does with alternatives). One
    /// SIMD scan per text, each resumed only past the hit before.
    pub fn find_iter<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
        let mut next: Vec<Option<usize>> = self.0.iter().map(|f| f.find(hay)).collect();
        let mut from = 0;
        std::iter::from_fn(move || {
            let mut best: Option<(usize, usize)> = None;
            for (finder, next) in self.0.iter().zip(&mut next) {
                if next.is_some_and(|at| at < from) {
                    *next = hay
                        .get(from..)
                        .and_then(|h| finder.find(h))
                        .map(|at| at + from);
                }
                let Some(at) = *next else { continue };
                let len = finder.needle().len();
                if best.is_none_or(|(b, n)| at < b || (at == b && len > n)) {
                    best = Some((at, len));
                }
            }
            let (at, len) = best?;
            from = at + len;
            Some(at)
        })
    }
}

/// One occurrence of the searched text: the item's position, and the byte in its folded
/// text where it starts — or, with `Hit::IN_NOTE` set, in the folded note shown under the
/// text, so that in source order an item's note hits follow its text hits as on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: u32,
    pub at: u32,
}

impl Hit {
    /// The flag of a hit in the user's note. A dataset text of 2 GiB or more is beyond
    /// what a RON a person exports holds (the whole export is one file).
    pub const IN_NOTE: u32 = 1 << 31;

    #[must_use]
    pub fn in_note(self) -> bool {
        self.at & Hit::IN_NOTE != 0
    }

    /// Where it starts in its folded text or note.
    #[must_use]
    pub fn offset(self) -> usize {
        (self.at & !Hit::IN_NOTE) as usize
    }

    /// In the order the screen shows them: by item, the text before the note.
    #[must_use]
    pub fn order(self) -> (u32, u32) {
        (self.item, self.at)
    }
}

/// How much of the folded texts one step of a search covers before it asks whether to go
/// on: small enough to stop within milliseconds, large enough that asking costs nothing.
const STEP_BYTES: usize = 256 << 10;

/// Every occurrence of the needle in the texts, in source order: one pass of a SIMD
/// substring search per text looked for. `go_on` is asked between steps; `None` when it said stop.
pub fn search(catalog: &Catalog, needle: &Needle, go_on: &dyn Fn() -> bool) -> Option<Vec<Hit>> {
    let finder = needle.finder();
    let in_memory = catalog.folded_in_memory();
    let mut hits = Vec::new();
    let finished = catalog.scan_folded(STEP_BYTES, &mut |step| {
        let (first, bytes) = (step.first, step.folded);
        if !go_on() {
            return false;
        }
        if let Some(texts) = in_memory {
            // Offsets known: each hit placed by a binary search, the texts between hits
            // never read a second time.
            let base = texts.start(first);
            for at in finder.find_iter(bytes) {
                let item = texts.at_offset(base + at);
                hits.push(Hit {
                    item: item as u32,
                    at: (base + at - texts.start(item)) as u32,
                });
            }
            return true;
        }
        // Texts end in a NUL each: walk them along with the hits, never back.
        let (mut item, mut item_start, mut scanned) = (first, 0, 0);
        for at in finder.find_iter(bytes) {
            for nul in memchr::memchr_iter(0, &bytes[scanned..at]) {
                item += 1;
                item_start = scanned + nul + 1;
            }
            scanned = at;
            hits.push(Hit {
                item: item as u32,
                at: (at - item_start) as u32,
            });
        }
        true
    });
    finished.then_some(hits)
}

/// A text line holding the needle: the item's position and the line's number (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineHit {
    pub item: u32,
    pub line: u32,
}

/// The lines holding the needle, each once, in source order.
#[must_use]
pub fn search_lines(catalog: &Catalog, needle: &Needle) -> Option<Vec<LineHit>> {
    let mut out = Vec::new();
    each_line_found(catalog, needle, 0..catalog.len(), &mut |hit, _| {
        out.push(hit);
    })
    .then_some(out)
}

/// The lines holding the needle, each once, in source order, handed to `found` with the
/// line as it is in the original text (bytes as read; a caller decodes what it shows).
/// Lines are counted during the scan (newlines survive folding) and taken from the text
/// the scan read: what the command line needs, where every hit is printed. Whether the
/// scan went to the end. Only the items at `positions` are read (a caller may split the
/// items between threads).
pub fn each_line_found(
    catalog: &Catalog,
    needle: &Needle,
    positions: Range<usize>,
    found: &mut dyn FnMut(LineHit, &[u8]),
) -> bool {
    let finder = needle.finder();
    let mut last = None;
    catalog.scan_folded_in(positions, STEP_BYTES, &mut |step| {
        let bytes = step.folded;
        let (mut item, mut scanned, mut line) = (step.first, 0, 0);
        // Where the line `at.0` of the current item starts in its original, walked forward.
        let mut at_line = (0, 0);
        for at in finder.find_iter(bytes) {
            let gap = &bytes[scanned..at];
            // Past the end of one or more texts: the count starts again in this one.
            let from = match memchr::memrchr(0, gap) {
                Some(nul) => {
                    item += memchr::memchr_iter(0, gap).count();
                    line = 0;
                    at_line = (0, 0);
                    scanned + nul + 1
                }
                None => scanned,
            };
            line += memchr::memchr_iter(b'\n', &bytes[from..at]).count();
            scanned = at;
            let hit = LineHit {
                item: item as u32,
                line: line as u32,
            };
            if last == Some(hit) {
                continue;
            }
            last = Some(hit);
            let text = step.original(item).unwrap_or_default();
            let next_line = |start: usize| {
                memchr::memchr(b'\n', &text[start.min(text.len())..])
                    .map_or(text.len(), |n| start + n)
            };
            while at_line.0 < line {
                at_line = (at_line.0 + 1, (next_line(at_line.1) + 1).min(text.len()));
            }
            found(hit, &text[at_line.1..next_line(at_line.1)]);
        }
        true
    })
}

/// Line and byte within the line of a byte offset in a text.
#[must_use]
pub fn locate(text: &str, at: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..at.min(text.len())];
    let line = memchr::memchr_iter(b'\n', before).count();
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    (line, at.min(text.len()) - line_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::of_texts;

    fn go_on() -> bool {
        true
    }

    #[test]
    fn search_finds_hits_per_item_and_never_across_two() {
        let c = of_texts(&["abc", "", "cAb"]);
        let needle = Needle::new("ab").unwrap();
        assert_eq!(
            search(&c, &needle, &go_on).unwrap(),
            [Hit { item: 0, at: 0 }, Hit { item: 2, at: 1 }]
        );
        let across = Needle::new("cc").unwrap();
        assert!(
            search(&c, &across, &go_on).unwrap().is_empty(),
            "'abc' + 'cab'"
        );
        assert!(Needle::new("  ").is_none());
        assert_eq!(
            Needle::new("a\0b"),
            Needle::new("a b"),
            "a NUL reads as a space"
        );
        assert!(
            search(&c, &needle, &|| false).is_none(),
            "a stopped search says so"
        );
    }

    #[test]
    fn texts_with_a_bar_between_find_either_leftmost_and_longest() {
        let c = of_texts(&["woonraad", "huurdersbond en woonraad", "woon"]);
        let needle = Needle::new("woonraad | Huurdersbond |  | woonraad").unwrap();
        assert_eq!(
            needle.texts(),
            ["woonraad", "huurdersbond"],
            "folded, once each"
        );
        assert_eq!(
            search(&c, &needle, &go_on).unwrap(),
            [
                Hit { item: 0, at: 0 },
                Hit { item: 1, at: 0 },
                Hit { item: 1, at: 16 }
            ]
        );
        let overlapping = Needle::new("raad | woonraad | woon").unwrap();
        let starts: Vec<usize> = overlapping.finder().find_iter(b"woonraad raad").collect();
        assert_eq!(starts, [0, 9], "one hit per place, never two overlapping");
        assert_eq!(
            overlapping.len_at("woonraad raad", 0),
            8,
            "the longest there"
        );
        assert_eq!(overlapping.len_at("woonraad raad", 9), 4);
        assert_eq!(
            Needle::new("a|b").unwrap().texts(),
            ["a|b"],
            "without spaces a bar is searched for"
        );
        assert!(Needle::new(" | ").is_none());
        let lines = search_lines(&c, &Needle::new("woon | en").unwrap()).unwrap();
        assert_eq!(lines.len(), 3, "each line once, whichever text hit it");
    }

    #[test]
    fn steps_never_lose_or_double_a_hit() {
        // Texts larger than a step, hits at their edges.
        let big = format!("woon{}woon", "x".repeat(STEP_BYTES));
        let c = of_texts(&[&big, "woon", &big]);
        let hits = search(&c, &Needle::new("woon").unwrap(), &go_on).unwrap();
        let items: Vec<u32> = hits.iter().map(|h| h.item).collect();
        assert_eq!(items, [0, 0, 1, 2, 2]);
        assert_eq!(hits[1].at as usize, big.len() - 4);
    }

    #[test]
    fn lines_with_hits_are_each_found_once() {
        let c = of_texts(&["Eén\nWOON woon\n\nx woon", "woon"]);
        let needle = Needle::new("woon").unwrap();
        assert_eq!(search(&c, &needle, &go_on).unwrap().len(), 4);
        let lines: Vec<(u32, u32)> = search_lines(&c, &needle)
            .unwrap()
            .iter()
            .map(|l| (l.item, l.line))
            .collect();
        assert_eq!(lines, [(0, 1), (0, 3), (1, 0)]);
        assert_eq!(locate("ab\ncd\nef", 7), (2, 1));
        assert_eq!(locate("ab", 9), (0, 2));
    }

    #[test]
    fn many_hits_in_one_long_text_stay_linear() {
        // 4 MB in one description: a quadratic walk would take a minute.
        let text = "woonbeleid en woonoverleg\n".repeat(160_000);
        let c = of_texts(&[&text]);
        let hits = search(&c, &Needle::new("woon").unwrap(), &go_on).unwrap();
        assert_eq!(hits.len(), 320_000);
        let lines = search_lines(&c, &Needle::new("woon").unwrap()).unwrap();
        assert_eq!(lines.len(), 160_000);
        assert_eq!(lines[159_999].line, 159_999);
    }
}

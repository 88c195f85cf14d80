//! The texts of a snapshot read in bulk as the searches read them: many at once, split in
//! parts for threads, folded step by step; each the text that was written, damage kept
//! to the text it is in, and a NUL inside a text only a letter of it.

use woonbeleid::catalog::Catalog;
use woonbeleid::catalog::snapshot;
use woonbeleid::model::{City, Dataset, Item};
use woonbeleid::query::{Needle, search};

use crate::common::snapshots::{KEY, open_bytes, sample, written};

#[test]
fn texts_read_together_are_the_texts_read_one_by_one_and_damage_stays_with_its_text() {
    let data = sample();
    let (_, bytes) = written(&data);
    let memory = Catalog::new(data.clone());
    let all: Vec<usize> = (0..memory.len()).collect();
    // Every selection shape: all, every other, one, none, the last alone.
    let picks: [Vec<usize>; 5] = [
        all.clone(),
        all.iter().copied().step_by(2).collect(),
        vec![5],
        vec![],
        vec![all.len() - 1],
    ];
    let read = |c: &Catalog, pick: &[usize]| {
        let mut seen = Vec::new();
        c.each_text(pick, &mut |p, t| seen.push((p, t.to_owned())));
        seen
    };
    let back = open_bytes(&bytes, KEY).unwrap();
    for pick in &picks {
        assert_eq!(read(&back, pick), read(&memory, pick));
    }
    assert!(!back.is_damaged());
    // One letter of the item at position 9 changed: it alone is unreadable.
    let damaged = open_bytes(&with_a_letter_changed(&bytes, &memory, 9), KEY).unwrap();
    let seen = read(&damaged, &all);
    assert!(damaged.is_damaged());
    for ((p, text), (_, truth)) in seen.iter().zip(read(&memory, &all)) {
        if *p == 9 {
            assert!(text.contains("beschadigd"), "{text}");
        } else {
            assert_eq!(*text, truth, "text {p} is still what was written");
        }
    }
}

/// A snapshot's bytes with one letter of the text at `position` changed.
fn with_a_letter_changed(bytes: &[u8], memory: &Catalog, position: usize) -> Vec<u8> {
    let needle = memory.text(memory.id_at(position).unwrap()).as_bytes()[..12].to_vec();
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
        .unwrap();
    let mut changed = bytes.to_vec();
    changed[at] ^= 0x20;
    changed
}

/// The steps of a folded scan: where each says it starts, and its bytes; whether it ended.
fn folded_steps(c: &Catalog, step: usize) -> (Vec<(usize, Vec<u8>)>, bool) {
    folded_steps_in(c, 0..c.len(), step)
}

fn folded_steps_in(
    c: &Catalog,
    positions: std::ops::Range<usize>,
    step: usize,
) -> (Vec<(usize, Vec<u8>)>, bool) {
    let mut steps = Vec::new();
    let ended = c.scan_folded_in(positions, step, &mut |s| {
        steps.push((s.first, s.folded.to_vec()));
        true
    });
    (steps, ended)
}

#[test]
fn the_texts_split_in_parts_are_all_the_texts_in_order_in_parts_of_about_equal_size() {
    let data = sample();
    let (_, bytes) = written(&data);
    let memory = Catalog::new(data);
    let total: usize = (0..memory.len())
        .map(|p| memory.text(memory.id_at(p).unwrap()).len())
        .sum();
    let longest = (0..memory.len())
        .map(|p| memory.text(memory.id_at(p).unwrap()).len())
        .max()
        .unwrap();
    let (all, _) = folded_steps(&memory, 1 << 30);
    for c in [&memory, &open_bytes(&bytes, KEY).unwrap()] {
        for (parts, at_least) in [
            (1, 1),
            (2, 1),
            (3, 1),
            (7, 1),
            (40, 1),
            (99, 1),
            (4, 1 << 30),
        ] {
            let runs = c.text_parts(parts, at_least);
            let wanted = parts.min(total / at_least as usize).max(1);
            assert!(runs.len() <= wanted && !runs.is_empty(), "{parts} {runs:?}");
            // As many as asked while there are several texts to a part.
            assert!(parts > 7 || runs.len() == wanted, "{parts} {runs:?}");
            assert_eq!(runs.first().unwrap().start, 0);
            assert_eq!(runs.last().unwrap().end, c.len());
            assert!(runs.windows(2).all(|w| w[0].end == w[1].start));
            let mut joined = Vec::new();
            for run in &runs {
                assert!(!run.is_empty());
                let (steps, ended) = folded_steps_in(c, run.clone(), 150);
                assert!(ended);
                assert_eq!(steps.first().unwrap().0, run.start);
                let part: Vec<u8> = steps.into_iter().flat_map(|(_, b)| b).collect();
                assert_eq!(part.iter().filter(|b| **b == 0).count(), run.len());
                let size = part.len() - run.len();
                assert!(
                    size <= total / runs.len() + longest,
                    "{parts}: {size} of {total}"
                );
                joined.extend(part);
            }
            assert_eq!(joined, all[0].1, "{parts} parts");
        }
    }
}

#[test]
fn texts_folded_as_they_are_read_are_the_folded_texts_step_by_step() {
    let data = sample();
    let (_, bytes) = written(&data);
    let memory = Catalog::new(data);
    let back = open_bytes(&bytes, KEY).unwrap();
    let (all, _) = folded_steps(&memory, 1 << 30);
    for step in [1, 100, 1 << 20] {
        let (steps, ended) = folded_steps(&back, step);
        assert!(ended && !back.is_damaged());
        let joined: Vec<u8> = steps.iter().flat_map(|(_, b)| b.iter().copied()).collect();
        assert_eq!(joined, all[0].1, "step {step}");
        // Each step holds whole texts and says which comes first.
        let mut next = 0;
        for (first, bytes) in &steps {
            assert_eq!(*first, next, "step {step}");
            assert_eq!(bytes.last(), Some(&0));
            next += bytes.iter().filter(|b| **b == 0).count();
        }
        assert_eq!(next, memory.len());
    }
    let mut stopped = 0;
    assert!(!back.scan_folded(1, &mut |_| {
        stopped += 1;
        false
    }));
    assert_eq!(stopped, 1, "a scan told to stop stops");
    // One letter of the text at position 9 changed: the scan stops before handing it out.
    let damaged = open_bytes(&with_a_letter_changed(&bytes, &memory, 9), KEY).unwrap();
    let (steps, ended) = folded_steps(&damaged, 1);
    assert!(!ended && damaged.is_damaged());
    let handed: usize = steps
        .iter()
        .map(|(_, b)| b.iter().filter(|b| **b == 0).count())
        .sum();
    assert_eq!(handed, 9, "the texts before the changed one, and not it");
}

#[test]
fn a_nul_inside_a_text_keeps_its_hits_in_that_text() {
    use woonbeleid::query::search_lines;
    let data = Dataset {
        chapter: "1. H".into(),
        cities: vec![City {
            name: "Gent".into(),
            items: ["a\0woon\0", "\0", "woon"]
                .iter()
                .map(|d| Item {
                    title: "T".into(),
                    description: (*d).into(),
                    attachment: false,
                })
                .collect(),
        }],
        aliases: Vec::new(),
    };
    let (f, _) = written(&data);
    let disk = snapshot::open(std::fs::File::open(f.path()).unwrap(), KEY).unwrap();
    let memory = Catalog::new(data);
    let needle = Needle::new("woon").unwrap();
    for c in [&disk, &memory] {
        let items: Vec<u32> = search(c, &needle, &|| true)
            .unwrap()
            .iter()
            .map(|h| h.item)
            .collect();
        assert_eq!(items, [0, 2]);
        let lines: Vec<(u32, u32)> = search_lines(c, &needle)
            .unwrap()
            .iter()
            .map(|l| (l.item, l.line))
            .collect();
        assert_eq!(lines, [(0, 0), (2, 0)]);
        assert!(!c.is_damaged());
    }
}

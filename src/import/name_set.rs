//! Distinct names in one buffer, each found again by its text: for the tens of thousands of
//! cities of a large export, a `String` apiece (and another as a map's key) would cost more
//! than the names, and leave the allocator's heap full of holes once freed.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// The names, in the order they were added.
#[derive(Debug, Default)]
pub(super) struct NameSet {
    text: String,
    /// Name `i` ends at `ends[i]` and starts where the one before it ends.
    ends: Vec<usize>,
    /// By the hash of a name (with the first seed whose slot is its own or free), the name:
    /// two names of one hash take the next seed, so no name is ever owned twice.
    index: HashMap<u64, usize, BuildHasherDefault<Hashed>>,
}

impl NameSet {
    /// The name `at` (empty past the end).
    pub fn get(&self, at: usize) -> &str {
        let start = match at.checked_sub(1) {
            Some(before) => self.ends.get(before).copied().unwrap_or_default(),
            None => 0,
        };
        self.ends
            .get(at)
            .and_then(|&end| self.text.get(start..end))
            .unwrap_or_default()
    }

    /// Where `name` is, adding it if it is new; and whether it was.
    pub fn find_or_add(&mut self, name: &str) -> (usize, bool) {
        for seed in 0.. {
            let key = xxh3_64_with_seed(name.as_bytes(), seed);
            match self.index.get(&key) {
                Some(&at) if self.get(at) == name => return (at, false),
                Some(_) => {}
                None => {
                    let at = self.ends.len();
                    self.text.push_str(name);
                    self.ends.push(self.text.len());
                    self.index.insert(key, at);
                    return (at, true);
                }
            }
        }
        unreachable!("a seed is found before they run out")
    }

    /// Done adding: the index goes.
    pub fn freeze(&mut self) {
        self.index = HashMap::default();
    }
}

/// A key that is a hash already, used as it is.
#[derive(Default)]
struct Hashed(u64);

impl Hasher for Hashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_found_again_and_kept_in_order() {
        let mut set = NameSet::default();
        assert_eq!(set.find_or_add("Gent"), (0, true));
        assert_eq!(set.find_or_add("Aalst"), (1, true));
        assert_eq!(set.find_or_add("Gent"), (0, false));
        assert_eq!(set.find_or_add(""), (2, true));
        assert_eq!(
            (set.get(0), set.get(1), set.get(2), set.get(9)),
            ("Gent", "Aalst", "", "")
        );
    }

    #[test]
    fn names_of_one_hash_each_keep_their_own_slot() {
        let mut set = NameSet::default();
        assert_eq!(set.find_or_add("Other"), (0, true));
        // Gent's first slot taken by another name, as a collision of hashes leaves it.
        set.index.insert(xxh3_64_with_seed(b"Gent", 0), 0);
        assert_eq!(set.find_or_add("Gent"), (1, true));
        assert_eq!(set.find_or_add("Gent"), (1, false));
        assert_eq!(set.find_or_add("Other"), (0, false));
    }
}

//! The generator every synthetic dataset is drawn with, and the project's own words.

/// A small, fast, seedable generator (xorshift64*); statistical quality is not the point.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

pub(super) const WORDS: &[&str] = &[
    "woonbeleid",
    "overleg",
    "lokaal",
    "stedelijke",
    "woonraad",
    "samenwerking",
    "coördinatie",
    "huurders",
    "sociale",
    "woningen",
    "renovatie",
    "eénmaal",
    "kwaliteit",
    "begeleiding",
    "wachtlijst",
    "toewijzing",
    "energie",
    "premie",
    "huisvesting",
    "cliënten",
    "vluchtelingen",
    "projecten",
    "ondersteuning",
    "verhuurders",
    "efficiëntie",
    "diensten",
    "woonwinkel",
    "dakloosheid",
    "preventie",
    "uithuiszetting",
    "conformiteit",
    "attest",
    "woonkwaliteit",
    "studenten",
    "kotbazen",
    "OCMW",
    "SVK",
    "CAW",
    "Huurdersbond",
    "Wonen-Vlaanderen",
];

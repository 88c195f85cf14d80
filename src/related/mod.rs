//! Related texts: for one item, the texts of other cities that say most nearly the same,
//! whatever their titles, so a reader of Aalst's woonraad finds the other cities' woonraad
//! and a text on werkgroepen finds the others on werkgroepen.
//!
//! Each text becomes weighed terms (`analyse`: folded, stop words out, Snowball Dutch
//! stems; `compound`: compounds also count as their parts, at half weight), weighed by
//! TF-IDF over the whole dataset (`1 + ln tf` times `ln(N / df)`), of which each item
//! keeps its `TERMS_PER_ITEM` strongest, scaled to unit length. Two items' score is the
//! cosine of those vectors. A query walks the postings of its item's `QUERY_TERMS`
//! strongest terms only, so it costs what those postings hold, never all pairs.
//!
//! Plain data: built once from a `Catalog` (on any thread), then read by the browser and
//! the command line. Deterministic: equal scores go by city name, then title.
//!
//! Use: `let index = RelatedIndex::build(&catalog);` once per catalog (3 ms for the seed,
//! about 1.5 s at 100,000 items: in the background for large ones; the index is plain
//! `Vec`s, `Send + Sync`, about 0.7× the texts' bytes), then `index.related(id, 10)` per
//! item shown (10 µs for the seed, under 5 ms at 100,000), each `Related` with its `id`,
//! `score` and `shared` words to highlight.
//!
//! Beside it, `distinctive`: over a few texts (one section across the cities), what each
//! says that the others do not, by the same terms.

mod analyse;
mod build;
mod compound;
mod distinct;
mod index;

pub use distinct::{DISTINCT_TERMS, distinctive};
pub use index::{QUERY_TERMS, Related, RelatedIndex, SHARED_WORDS, TERMS_PER_ITEM};

#[cfg(test)]
mod tests;

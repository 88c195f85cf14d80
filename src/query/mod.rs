//! Finding things: folding (case and accents), the title filter's fzf syntax, and the
//! index functions that run them over a `Catalog`. Plain functions over plain data.

pub mod fold;
pub mod fold_bytes;
pub mod index;
pub mod syntax;

pub use fold::{FoldedLine, fold};
pub use index::{
    Hit, LineHit, Needle, each_line_found, filter, locate, ranked, search, search_lines,
};
pub use syntax::{Polarity, Query, Term, TermKind, is_subsequence};

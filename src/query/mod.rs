//! Finding things: folding (case and accents), the title filter's fzf syntax, and the
//! index functions that run them over a `Catalog`. Plain functions over plain data.

pub mod fold;
pub mod fold_bytes;
pub mod index;
pub mod syntax;
pub mod titles;

pub use fold::{FoldedLine, fold};
pub use index::{Hit, LineHit, Needle, each_line_found, locate, search, search_lines};
pub use syntax::{Polarity, Query, Term, TermKind, is_subsequence};
pub use titles::{best, filter, ranked};

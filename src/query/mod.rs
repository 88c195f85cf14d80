//! Finding things: the title filter's fzf syntax, and the functions that run it and the
//! text search over a `Catalog`, on text folded by `crate::text`. Plain functions over
//! plain data.

pub mod index;
pub mod syntax;
pub mod titles;

pub use index::{Hit, LineHit, Needle, each_line_found, locate, search, search_lines};
pub use syntax::{Polarity, Query, Term, TermKind, is_subsequence};
pub use titles::{best, filter, ranked};

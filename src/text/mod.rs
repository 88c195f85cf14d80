//! Text helpers that data and app both use, leaning on nothing of the crate: folding (case
//! and accents) and the folded line that maps back to its original.

pub mod fold;
pub mod folded_line;

pub use fold::{fold, fold_into};
pub use folded_line::FoldedLine;

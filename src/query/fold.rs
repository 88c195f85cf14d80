//! Folding lives in `crate::text`; these names stay until the files that still reach it
//! here (the filter's syntax, `related`, the app) name it there.

pub use crate::text::FoldedLine;
pub use crate::text::fold::{fold, fold_into};

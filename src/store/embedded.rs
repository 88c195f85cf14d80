//! The dataset compiled into the binary, a leaf the files that read it share.

/// The dataset generated from `assets/raw/`, compiled in so the app needs no files.
pub const EMBEDDED_RON: &str = include_str!("../../assets/woonbeleid.ron");
pub const EMBEDDED_NAME: &str = "(embedded dataset)";

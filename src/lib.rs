//! woonbeleid: the "Lokaal woonbeleid" list of the Flemish centre cities as a typed dataset,
//! and a terminal browser over it.

pub mod app;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod export;
pub mod highlight;
pub mod import;
pub mod keymap;
pub mod model;
pub mod outline;
pub mod progress;
pub mod query;
pub mod store;
pub mod strings;
pub mod synth;
pub mod tui;
pub mod ui;
pub mod wrap;

//! woonbeleid: the "Lokaal woonbeleid" list of the Flemish centre cities as a typed dataset,
//! and a terminal browser over it.
//!
//! Layers point one way: **data ← app ← ui ← tui**.
//! - data: plain types and functions, no terminal code: `model` (the dataset as edited),
//!   `import` (raw exports to a dataset), `store` (files), `catalog` (the dataset laid out
//!   for reading, and its snapshot on disk), `cache` (where snapshots are kept), `text`
//!   (folding, leaning on nothing of the crate), `query` (the filter's syntax, search),
//!   `related` (texts like one another, by TF-IDF over Dutch stems and compound parts),
//!   `outline` (one city's tree), `sections` (sections across cities), `worddiff`, `wrap`,
//!   `highlight`, `export`, `synth`, `notes` (the user's own layer: notes, bookmarks,
//!   position), `strings` (every word shown, for the CLI and the browser), `platform` (all
//!   that differs by operating system: nothing else names one), `parallel` (the one way
//!   work runs on another thread: a fan-out over scoped threads, a named background one).
//! - app: the browser's state and its one `update`. Each view owns its state, answers its
//!   actions and draws itself by reading: `browse` (the three panes), `grid`, `compare`,
//!   `help`, `bookmarks`, `editor`; `App` holds them, decides the mode once and routes by it.
//!   The key bindings table (`app::keys`); the `Screen` it computes after each change.
//! - ui: paints a `Screen` with ratatui; computes nothing that changes state.
//! - tui: the terminal, its threads and the event loop; `commands` and `cli` are the
//!   command line beside it.

pub mod app;
pub mod cache;
pub mod catalog;
pub mod cli;
pub mod commands;
pub mod config;
pub mod diff;
pub mod export;
pub mod highlight;
pub mod import;
pub mod model;
pub mod notes;
pub mod outline;
pub mod parallel;
pub mod platform;
pub mod progress;
pub mod query;
pub mod related;
pub mod sections;
pub mod store;
pub mod strings;
pub mod synth;
pub mod text;
pub mod tui;
pub mod ui;
pub mod worddiff;
pub mod wrap;

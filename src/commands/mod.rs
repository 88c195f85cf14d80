//! What each subcommand does, between parsed arguments and the process's exit code.
//! This file only names the parts: each imports the others it needs, never this one, so
//! no file here imports one that imports it back.

mod config;
mod dataset;
mod diff;
mod export;
mod failure;
mod find;
mod gate;
mod generate;
mod import;
mod notes;
pub mod output;
mod paint;
mod related;
pub mod settings;
mod show;
mod stderr;
mod version;

pub use config::config;
pub use dataset::{catalog, check_data, dataset, dataset_file, on_catalog};
pub use diff::diff;
pub use export::{export, export_section, section_format};
pub use failure::Failure;
pub use find::{Written, filter, search};
pub use gate::Gate;
pub use generate::{completions, man};
pub use import::{Import, import};
pub use notes::{bookmarks, note, notes};
pub use output::print;
pub use paint::colour;
pub use related::related;
pub use show::show;
pub use version::version;

//! The library and the command line, tested in one binary (one link step instead of one per
//! file). Tests that drive the real binary in a terminal are in `tests/term/`.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

#[path = "../common/mod.rs"]
mod common;

mod accessible;
mod app;
mod app_edges;
mod bookmarks_cli;
mod bounded;
mod cache;
mod cache_at_rest;
mod cache_folder;
mod catalogue;
mod cli;
mod cli_cache;
mod cli_color;
mod cli_conventions;
mod cli_inert;
mod cli_input;
mod cli_language;
mod cli_memory;
mod cli_messages;
mod cli_names;
mod cli_output;
mod cli_streams;
mod compare;
mod config_file;
mod diff;
mod event_loop;
mod find;
mod find_inputs;
mod full_names;
mod fuzz_import;
mod grammar;
mod import_cycles;
mod json_fields;
mod jumps;
mod layers;
mod marks;
mod messages;
mod modes;
mod monkey;
mod note_search;
mod notes;
mod notes_cli;
mod notes_never_lost;
mod orphans;
mod platform;
mod query_props;
mod related;
mod related_browse;
mod render;
mod roundtrip;
mod section_tree;
mod seeds;
mod sharepoint;
mod sharepoint_bad_csv;
mod sharepoint_bad_json;
mod sharepoint_props;
mod side_by_side;
mod snapshot;
mod snapshot_texts;
mod text_pane;
mod thread_starts;
mod undo;

//! The release binary in a real terminal: tmux, driven with `send-keys`, read with
//! `capture-pane`. Unix only: tmux has no Windows build.

#![cfg(unix)]
#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

#[path = "../common/mod.rs"]
mod common;

mod tmux;
mod tmux_cache;
mod tmux_color;
mod tmux_config;
mod tmux_history;
mod tmux_language;
mod tmux_notes;
mod tmux_scale;
mod tmux_signals;

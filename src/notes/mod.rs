//! The user's own layer over the dataset: a note per item, bookmarks, and where the
//! browser was left. Items are named by city and title, so a refreshed dataset keeps them;
//! a note whose item is gone is an orphan, listed, never dropped.
//!
//! Losing what the user wrote is the worst failure this tool can have, hence the rules in
//! `file` and `store`: every write is atomic and merged under a lock into what is on disk,
//! a file that cannot be read is never overwritten, and a note changed in two places keeps
//! both versions.

pub mod bookmarks;
pub mod cli;
mod error;
pub mod file;
pub mod history;
pub mod home;
mod place;
pub mod position;
pub mod store;

pub use error::NotesError;
pub use place::{Notes, Place};
pub use store::NoteStore;

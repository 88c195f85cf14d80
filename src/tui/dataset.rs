//! The dataset file read on a thread of its own, and its snapshot kept after it is shown.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use super::event::{Event, Loaded};
use super::runner::{Priority, spawn};
use crate::cache;
use crate::catalog::Catalog;
use crate::commands::Failure;
use crate::store;

/// Reads a dataset file on a thread of its own; the browser shows it as soon as it is
/// read, and a snapshot still to write is written after that, on the same thread.
pub(super) fn load(path: PathBuf, use_cache: bool, tx: mpsc::Sender<Event>) -> io::Result<()> {
    spawn("load", Priority::Foreground, move || {
        let opened = match cache::open_checked(&path, use_cache, cache::Check::After, store::load) {
            Ok(opened) => opened,
            Err(e) => {
                let _ = tx.send(Event::Loaded(Err(Failure::Data(e))));
                return;
            }
        };
        let catalog = Arc::new(opened.catalog);
        if let Some(pending) = opened.pending {
            keep_snapshot(pending, Arc::clone(&catalog), tx.clone());
        }
        let loaded = Loaded {
            catalog: Arc::clone(&catalog),
            notes: opened.notes,
        };
        let _ = tx.send(Event::Loaded(Ok(loaded)));
        if opened.unverified.is_some_and(|u| !u.holds()) {
            // Treated as a snapshot found damaged: the loop rereads the RON.
            catalog.mark_damaged();
            let _ = tx.send(Event::Note(cache::Note::log(
                crate::strings::snapshot::of_another_ron(&path.display().to_string()),
            )));
        }
    })
    .map(drop)
}

/// The thread writing the snapshot of the dataset just loaded, if any: quitting waits for
/// it, so that a dataset that took seconds to parse is not parsed again at the next start
/// for want of a second more.
static KEEPING: Mutex<Option<JoinHandle<()>>> = Mutex::new(None);

/// Writes the snapshot on a thread of its own, known before the browser shows the dataset
/// (so a quit at once still waits for it).
fn keep_snapshot(pending: cache::Pending, catalog: Arc<Catalog>, tx: mpsc::Sender<Event>) {
    let spawned = spawn("keep", Priority::Foreground, move || {
        if let Some(note) = pending.keep(&catalog) {
            let _ = tx.send(Event::Note(note));
        }
    });
    // Without a thread to spare the snapshot is not kept: the next open makes it.
    if let Ok(keeping) = spawned {
        *KEEPING.lock().unwrap_or_else(PoisonError::into_inner) = Some(keeping);
    }
}

/// After a quit: waits for a snapshot still being written, saying so when it has not
/// finished yet.
pub(super) fn finish_keeping(name: Option<&Path>) {
    let Some(keeping) = KEEPING
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
    else {
        return;
    };
    if !keeping.is_finished() {
        let name = name.map(|p| p.display().to_string());
        crate::commands::output::warn(&[crate::strings::snapshot::keeping(name.as_deref())]);
    }
    let _ = keeping.join();
}

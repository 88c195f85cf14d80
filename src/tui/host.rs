//! The real host of the loop: the clipboard through the terminal (OSC 52), Markdown files
//! in the current folder, background jobs on threads of their own, and suspending like Ctrl-z.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use std::sync::Arc;
use std::sync::mpsc::Sender;

use super::event::Event;
use super::hosting::{Host, Stop};
use super::input;
use super::jobs::{Done, Job};
use super::runner::Runner;
use super::terminal;
use crate::app::App;
use crate::catalog::Catalog;
use crate::notes::history;
use crate::notes::position::{self, Position};
use crate::notes::{NoteStore, Notes, Place};
use crate::platform;
use crate::store;
use crate::strings;

pub struct TerminalHost {
    pub(super) mouse: bool,
    /// Where the notes and the position live, and the notes as read (or why not).
    pub(super) home: Option<PathBuf>,
    pub(super) notes: Result<NoteStore, String>,
    /// Start clean: do not restore the last position.
    pub(super) fresh: bool,
    /// Accessible mode, for every browser this host prepares.
    pub(super) accessible: bool,
    pub(super) grouping: crate::app::Grouping,
    /// Said on the first browser's status line, then no more.
    pub(super) notices: Vec<String>,
    pub(super) events: Sender<Event>,
    pub(super) input: input::Control,
    pub(super) jobs: Runner,
    /// The dataset file and whether to use its snapshot: to read it again when the
    /// snapshot turns out damaged.
    pub(super) reload: Option<(PathBuf, bool)>,
}

impl TerminalHost {
    /// Hands the terminal to another program for as long as `run` runs.
    fn hand_over<T>(&mut self, run: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
        self.input.pause();
        {
            let _guard = terminal::lock();
            terminal::leave();
        }
        let out = run();
        let entered = {
            let _guard = terminal::lock();
            terminal::enter(self.mouse)
        };
        self.input.resume();
        let out = out?;
        entered.map(|()| out)
    }
}

/// The user's editor, as `git commit` finds it.
fn editor() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .map(|v| v.to_string_lossy().trim().to_owned())
        .find(|v| !v.is_empty())
}

impl Host for TerminalHost {
    fn reload(&mut self) -> bool {
        let Some((path, use_cache)) = self.reload.clone() else {
            return false;
        };
        crate::cache::forget(&path);
        super::dataset::load(path, use_cache, self.events.clone()).is_ok()
    }

    fn prepare(&mut self, app: &mut App) {
        app.set_accessible(self.accessible);
        app.load_notes(
            self.notes
                .as_ref()
                .map(|s| s.notes().clone())
                .map_err(Clone::clone),
        );
        match self.home.as_deref().map(history::read) {
            Some(history::Read::Loaded(h)) => app.load_history(h),
            Some(history::Read::Broken(why)) => _ = app.report(strings::history_broken(&why)),
            Some(history::Read::Fresh) | None => {}
        }
        let restored = self
            .home
            .as_deref()
            .filter(|_| !self.fresh)
            .is_some_and(
                |home| match position::read(home, &app.catalog().fingerprint()) {
                    position::Read::Fresh => false,
                    position::Read::Restored(p) => {
                        _ = app.restore(&p);
                        true
                    }
                    position::Read::Broken(why) => {
                        _ = app.report(strings::position_broken(&why));
                        false
                    }
                },
            );
        if !restored && self.grouping == crate::app::Grouping::BySection {
            app.update(crate::app::Action::Regroup);
        }
        for notice in std::mem::take(&mut self.notices) {
            _ = app.report(notice);
        }
    }

    fn edit_note(&mut self, text: &str) -> io::Result<Option<String>> {
        let Some(editor) = editor() else {
            return Ok(None);
        };
        let file = tempfile::Builder::new()
            .prefix("woonbeleid-notitie-")
            .suffix(".md")
            .tempfile()?;
        std::fs::write(file.path(), text)?;
        let path = file.path().to_owned();
        let ran = self.hand_over(|| platform::editor_command(&editor, &path).status())?;
        if ran.success() {
            return std::fs::read_to_string(&path).map(Some);
        }
        // What was typed before the editor failed is the user's: kept where it is, named.
        let typed = std::fs::read_to_string(&path).is_ok_and(|now| now != text);
        let kept = typed.then(|| file.keep().ok()).flatten();
        Err(io::Error::other(strings::editor_failed(
            &editor,
            &ran.to_string(),
            kept.map(|(_, p)| p.display().to_string()).as_deref(),
        )))
    }

    fn save_note(&mut self, place: &Place, text: &str, base: &str) -> Result<String, String> {
        let store = self.notes.as_mut().map_err(|why| why.clone())?;
        store
            .set_note_over(place, text, Some(base))
            .map_err(|e| e.to_string())
    }

    fn reread_notes(&mut self, force: bool) -> Option<Result<Notes, String>> {
        let Ok(store) = &mut self.notes else {
            // Unreadable at the start: it may have been mended since.
            let store = NoteStore::open(self.home.as_deref()?).ok()?;
            let notes = store.notes().clone();
            self.notes = Ok(store);
            return Some(Ok(notes));
        };
        match store.reread(force) {
            Ok(true) => Some(Ok(store.notes().clone())),
            Ok(false) => None,
            Err(e) => Some(Err(e.to_string())),
        }
    }

    fn save_bookmark(&mut self, place: &Place, on: bool) -> Result<(), String> {
        let store = self.notes.as_mut().map_err(|why| why.clone())?;
        store.set_bookmark(place, on).map_err(|e| e.to_string())
    }

    fn save_position(&mut self, p: &Position) {
        // A convenience: a position that cannot be kept is not worth an error.
        if let Some(home) = &self.home {
            let _ = position::write(home, p);
        }
    }

    fn remember(&mut self, input: history::Input, typed: &str) {
        // A convenience too; a broken file was said at the start and is not written over.
        if let Some(home) = &self.home {
            let _ = history::add(home, input, typed);
        }
    }

    fn copy(&mut self, text: &str) -> io::Result<()> {
        use base64::Engine as _;
        let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
        let _guard = terminal::lock();
        let mut out = io::stdout();
        write!(out, "\x1b]52;c;{encoded}\x07")?;
        out.flush()
    }

    fn write_markdown(&mut self, stem: &str, contents: &str) -> io::Result<PathBuf> {
        store::write_new_markdown(Path::new("."), stem, contents)
    }

    fn start(&mut self, job: Job, catalog: Arc<Catalog>) -> Option<Done> {
        self.jobs.start(job, catalog)
    }

    fn suspend(&mut self, whom: Stop) -> io::Result<bool> {
        // A SIGTSTP sent from outside stops us as it would by default, job control or not:
        // whoever sent it can continue us.
        if whom == Stop::Job && !platform::job_control() {
            return Ok(false);
        }
        self.hand_over(|| platform::suspend(whom)).map(|()| true)
    }
}

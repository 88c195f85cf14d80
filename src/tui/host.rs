//! The real host of the loop: the clipboard through the terminal (OSC 52), Markdown files
//! in the current folder, searches on threads of their own, and suspending like Ctrl-z.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;

use super::event_loop::{Host, Stop};
use super::{Event, input, terminal};
use crate::app::{SearchJob, SearchOutcome};
use crate::catalog::Catalog;
use crate::store;

pub struct TerminalHost {
    pub(super) mouse: bool,
    pub(super) events: Sender<Event>,
    pub(super) input: input::Control,
    /// The newest search: an older one still running stops at its next step.
    pub(super) latest: Arc<AtomicU64>,
}

impl Host for TerminalHost {
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

    fn search(&mut self, job: SearchJob, catalog: Arc<Catalog>) -> Option<SearchOutcome> {
        self.latest.store(job.generation, Ordering::SeqCst);
        let (job_inline, catalog_inline) = (job.clone(), Arc::clone(&catalog));
        let latest = Arc::clone(&self.latest);
        let events = self.events.clone();
        let spawned = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let go_on = || latest.load(Ordering::SeqCst) == job.generation;
                let outcome = job.run(&catalog, &go_on);
                let _ = events.send(Event::Searched(outcome));
            });
        // Without a thread to spare, the search runs here: slower keys, but it runs.
        spawned
            .is_err()
            .then(|| job_inline.run(&catalog_inline, &|| true))
    }

    fn suspend(&mut self, whom: Stop) -> io::Result<()> {
        self.input.pause();
        {
            let _guard = terminal::lock();
            terminal::leave();
        }
        // Stops as the shell expects; `fg` continues it here. SIGSTOP, because SIGTSTP
        // would come back to our own handler.
        let stopped = match whom {
            Stop::Job => rustix::process::kill_current_process_group(rustix::process::Signal::STOP)
                .map_err(io::Error::from),
            Stop::Process => {
                signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)
            }
        };
        let entered = {
            let _guard = terminal::lock();
            terminal::enter(self.mouse)
        };
        self.input.resume();
        stopped.and(entered)
    }
}

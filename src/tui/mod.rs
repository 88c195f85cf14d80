//! The terminal side: setting it up and putting it back on every way out, the threads
//! that feed the loop (input, signals, loading, searches), and the loop itself.

mod effects;
pub mod event_loop;
mod host;
mod hosting;
mod input;
mod signals;
pub mod terminal;

use std::fs::File;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub use event_loop::{Exit, Host, Loading, Session, Stop};
pub use host::TerminalHost;

use crate::app::{App, SearchOutcome};
use crate::cache;
use crate::catalog::Catalog;
use crate::commands::Failure;
use crate::store;
use crate::ui::theme::Theme;

/// Everything the loop waits for, on one channel.
#[derive(Debug)]
pub enum Event {
    /// A key, a mouse event or a resize.
    Term(crossterm::event::Event),
    /// A signal that ends the browser.
    Signal(i32),
    /// SIGTSTP from outside: suspend as Ctrl-z does.
    Stop,
    /// The terminal cannot be read any more (it was closed).
    InputGone,
    /// A dataset file was read, or could not be.
    Loaded(Result<Loaded, Failure>),
    /// Something worth saying about the dataset that came after it loaded (its snapshot
    /// could not be kept).
    Note(cache::Note),
    Searched(SearchOutcome),
    /// The related-texts index was built.
    Related(Arc<crate::related::RelatedIndex>),
}

impl Event {
    /// What the event was, for `--log`: a line, however much it carries (a loaded
    /// catalog's `Debug` is the whole dataset; a search's, every hit).
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Event::Term(e) => format!("{e:?}"),
            Event::Signal(n) => format!("Signal({n})"),
            Event::Stop => "Stop".to_owned(),
            Event::InputGone => "InputGone".to_owned(),
            Event::Loaded(Ok(l)) => format!("Loaded({} items)", l.catalog.len()),
            Event::Loaded(Err(e)) => format!("Loaded(failed: {e:?})"),
            Event::Note(n) => format!("Note({})", n.text),
            Event::Searched(o) => match &o.hits {
                Some(hits) => format!("Searched({}: {} hits)", o.generation, hits.len()),
                None => format!("Searched({}: stopped)", o.generation),
            },
            Event::Related(_) => "Related".to_owned(),
        }
    }
}

/// A dataset file as read, and what is worth saying about how (its snapshot).
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Arc<Catalog>,
    pub notes: Vec<cache::Note>,
}

// Each is a switch of the command line, passed on as it was given.
#[allow(clippy::struct_excessive_bools)]
pub struct Options<'a> {
    /// Read the RON itself, not its snapshot.
    pub use_cache: bool,
    pub mouse: bool,
    pub theme: Theme,
    pub log: Option<&'a Path>,
    /// When `main` began, so the log can say how long the first frame took.
    pub started: Instant,
    /// Start clean instead of where the last run left off.
    pub fresh: bool,
    /// For screen readers and braille displays (`--toegankelijk`).
    pub accessible: bool,
}

/// Whether a browser can run here: stdout must be a terminal.
#[must_use]
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// Where the browser's dataset comes from.
pub enum DataSource {
    /// Already in memory (the embedded dataset).
    Ready(Box<Catalog>),
    /// A `--data` file, loaded behind a loading screen.
    File(PathBuf),
}

/// Opens the `--log` file for appending; one that cannot be opened is named.
fn open_log(path: &Path) -> Result<File, Failure> {
    File::options()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| {
            Failure::Usage(crate::strings::log_unwritable(
                &path.display().to_string(),
                &e,
            ))
        })
}

/// The browser on a dataset in memory, or the loading screen while a file loads on a
/// thread of its own.
fn first_session(
    source: DataSource,
    use_cache: bool,
    term: &Terminal<CrosstermBackend<io::Stdout>>,
    tx: &mpsc::Sender<Event>,
) -> Result<Session, Failure> {
    Ok(match source {
        DataSource::Ready(catalog) => {
            let size = term.size().map_err(Failure::Terminal)?;
            Session::Browsing(Box::new(App::new(
                Arc::new(*catalog),
                size.width,
                size.height,
            )))
        }
        DataSource::File(path) => {
            let loading = Loading {
                name: path.display().to_string(),
                bytes: std::fs::metadata(&path).map_or(0, |m| m.len()),
                started: Instant::now(),
            };
            load(path, use_cache, tx.clone()).map_err(Failure::Terminal)?;
            Session::Loading(loading)
        }
    })
}

/// Reads a dataset file on a thread of its own; the browser shows it as soon as it is
/// read, and a snapshot still to write is written after that, on the same thread.
fn load(path: PathBuf, use_cache: bool, tx: mpsc::Sender<Event>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("load".into())
        .spawn(move || {
            let opened =
                match cache::open_checked(&path, use_cache, cache::Check::After, store::load) {
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
                let _ = tx.send(Event::Note(cache::Note::log(format!(
                    "snapshot of {} was of another RON of the same size and time: rereading",
                    path.display()
                ))));
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
    let spawned = std::thread::Builder::new()
        .name("keep".into())
        .spawn(move || {
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
fn finish_keeping(name: Option<&Path>) {
    let Some(keeping) = KEEPING
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
    else {
        return;
    };
    if !keeping.is_finished() {
        let name = name.map_or_else(String::new, |p| format!(" of {}", p.display()));
        crate::commands::output::warn(&[format!(
            "woonbeleid: keeping the snapshot{name} for the next start…"
        )]);
    }
    let _ = keeping.join();
}

/// Runs the browser until the user quits or a signal ends it.
///
/// # Errors
/// A `--data` file that cannot be loaded, a log file that cannot be opened, or a terminal
/// that cannot be set up, read or written (the terminal is restored first).
pub fn run(source: DataSource, opts: &Options<'_>) -> Result<Exit, Failure> {
    run_with(source, opts, |host| host)
}

/// `run`, with the host wrapped: tests use it to make the browser fail on purpose.
///
/// # Errors
/// As `run`.
pub fn run_with<H: Host>(
    source: DataSource,
    opts: &Options<'_>,
    wrap: impl FnOnce(TerminalHost) -> H,
) -> Result<Exit, Failure> {
    let mut log = opts.log.map(open_log).transpose()?;
    let (tx, rx) = mpsc::channel();
    signals::watch(tx.clone()).map_err(Failure::Terminal)?;
    terminal::restore_on_panic();
    let control = input::Control::default();
    let home = crate::notes::home::dir().ok();
    let notes = match &home {
        Some(dir) => crate::notes::NoteStore::open(dir).map_err(|e| e.to_string()),
        None => Err(crate::notes::home::dir()
            .err()
            .map_or_else(String::new, |e| e.to_string())),
    };
    let reload = match &source {
        DataSource::File(path) => Some((path.clone(), opts.use_cache)),
        DataSource::Ready(_) => None,
    };
    let host_path = reload.as_ref().map(|(path, _)| path.clone());
    let mut host = wrap(TerminalHost {
        mouse: opts.mouse,
        home,
        notes,
        fresh: opts.fresh,
        accessible: opts.accessible,
        events: tx.clone(),
        input: control.clone(),
        latest: Arc::new(AtomicU64::new(0)),
        reload,
    });
    let result = (|| {
        terminal::enter(opts.mouse).map_err(Failure::Terminal)?;
        let mut term =
            Terminal::new(CrosstermBackend::new(io::stdout())).map_err(Failure::Terminal)?;
        input::spawn(tx.clone(), control).map_err(Failure::Terminal)?;
        let mut session = first_session(source, opts.use_cache, &term, &tx)?;
        if let Session::Browsing(app) = &mut session {
            host.prepare(app);
        }
        let mut loop_opts = event_loop::Options {
            theme: opts.theme,
            mouse: opts.mouse,
            log: log.as_mut().map(|f| f as &mut dyn io::Write),
            started: opts.started,
        };
        event_loop::run(&mut term, session, &rx, &mut host, &mut loop_opts)
    })();
    {
        let _guard = terminal::lock();
        terminal::leave();
    }
    // On a signal the process ends at once; the unfinished temporary file is swept by the
    // next writer.
    if matches!(result, Ok(Exit::Quit)) {
        finish_keeping(host_path.as_deref());
    }
    result
}

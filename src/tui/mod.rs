//! The terminal side: setting it up and putting it back on every way out, the threads
//! that feed the loop (input, signals, loading, searches), and the loop itself.

mod dataset;
mod effects;
mod event;
pub mod event_loop;
mod host;
mod hosting;
mod input;
mod jobs;
mod runner;
mod signals;
pub mod terminal;

use std::fs::File;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub use event::{Event, Loaded};
pub use event_loop::{Exit, Host, Loading, Session, Stop};
pub use host::TerminalHost;
pub use jobs::{Done, Job};

use crate::app::App;
use crate::catalog::Catalog;
use crate::commands::Failure;
use crate::ui::theme::Theme;

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
    /// How the first pane starts when no earlier position is restored.
    pub grouping: crate::app::Grouping,
    /// What was said before the browser started (a configuration's problems): on the
    /// status line and in the messages (`M`) once it runs.
    pub notices: &'a [String],
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
            dataset::load(path, use_cache, tx.clone()).map_err(Failure::Terminal)?;
            Session::Loading(loading)
        }
    })
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
        grouping: opts.grouping,
        notices: opts.notices.to_vec(),
        events: tx.clone(),
        input: control.clone(),
        jobs: runner::Runner::new(tx.clone()),
        reload,
    });
    let result = (|| {
        terminal::enter(opts.mouse).map_err(Failure::Terminal)?;
        // Never dropped: ratatui's drop shows the cursor and, when that fails (the terminal
        // went away), says so with `eprintln!`, which panics when stderr is that terminal
        // too. `terminal::leave` shows it below, its errors ignored.
        let mut term = std::mem::ManuallyDrop::new(
            Terminal::new(CrosstermBackend::new(io::stdout())).map_err(Failure::Terminal)?,
        );
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
        dataset::finish_keeping(host_path.as_deref());
    }
    result
}

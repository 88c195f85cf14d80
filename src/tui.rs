//! The terminal: set up, event loop, and putting it back whatever happens (quit, panic,
//! SIGTERM, SIGHUP, the terminal going away).

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyModifiers,
};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGTERM};

use crate::app::{App, Effect};
use crate::commands::Failure;
use crate::keymap;
use crate::model::Dataset;
use crate::store;
use crate::strings;
use crate::ui::{self, theme::Theme};

pub struct Options<'a> {
    pub mouse: bool,
    pub theme: Theme,
    pub log: Option<&'a Path>,
    /// When `main` began, so the log can say how long the first frame took.
    pub started: Instant,
    /// Called after every update; `None` in the app. Tests use it to make the loop fail
    /// on purpose (`examples/panicking_browser.rs`), never the release binary.
    pub inspect: Option<fn(&App)>,
}

/// Whether a browser can run here: stdout must be a terminal.
#[must_use]
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

fn restore(mouse: bool) {
    if mouse {
        let _ = execute!(io::stdout(), DisableMouseCapture);
    }
    ratatui::restore();
}

/// Where the browser's dataset comes from.
pub enum DataSource {
    /// Already in memory (the embedded dataset).
    Ready(Dataset),
    /// A `--data` file, loaded behind a loading screen.
    File(PathBuf),
}

/// Runs the browser until the user quits.
///
/// # Errors
/// A `--data` file that cannot be loaded, or a terminal that cannot be set up, read or
/// written (the terminal is restored first).
pub fn run(source: DataSource, opts: &Options<'_>) -> Result<(), Failure> {
    let mut log = opts
        .log
        .map(|p| File::options().create(true).append(true).open(p))
        .transpose()
        .map_err(Failure::Terminal)?;
    let mouse = opts.mouse;
    // Held while drawing, so a signal never restores the terminal in the middle of a frame.
    let screen = Arc::new(Mutex::new(()));
    watch_signals(Arc::clone(&screen), mouse).map_err(Failure::Terminal)?;
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous_hook(info);
    }));

    let mut terminal = ratatui::try_init().map_err(Failure::Terminal)?;
    let result = (|| {
        if mouse {
            execute!(io::stdout(), EnableMouseCapture).map_err(Failure::Terminal)?;
        }
        let data = match source {
            DataSource::Ready(data) => data,
            DataSource::File(path) => {
                match load_behind_screen(&mut terminal, &path, opts.theme, &screen)? {
                    Some(data) => data,
                    None => return Ok(()),
                }
            }
        };
        browse(&mut terminal, data, opts, &screen, log.as_mut()).map_err(Failure::Terminal)
    })();
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    restore(mouse);
    result
}

/// Loads a dataset file on another thread while the screen says so; `None` when the user
/// gave up (q, Esc, Ctrl-c).
fn load_behind_screen(
    terminal: &mut ratatui::DefaultTerminal,
    path: &Path,
    theme: Theme,
    screen: &Mutex<()>,
) -> Result<Option<Dataset>, Failure> {
    let (tx, rx) = mpsc::channel();
    let file = path.to_owned();
    std::thread::spawn(move || {
        let _ = tx.send(store::load(&file));
    });
    let bytes = std::fs::metadata(path).map_or(0, |m| m.len());
    let name = path.display().to_string();
    let start = Instant::now();
    loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(loaded) => return loaded.map(Some).map_err(Failure::Data),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(Failure::Terminal(io::Error::other("the loader stopped")));
            }
        }
        let message = strings::loading(&name, &crate::progress::size(bytes), start.elapsed());
        {
            let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
            terminal
                .draw(|frame| ui::draw_message(frame, &message, theme))
                .map_err(Failure::Terminal)?;
        }
        while event::poll(Duration::ZERO).map_err(Failure::Terminal)? {
            if let Event::Key(key) = event::read().map_err(Failure::Terminal)? {
                let ctrl_c =
                    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
                if ctrl_c || matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) {
                    return Ok(None);
                }
            }
        }
    }
}

fn browse(
    terminal: &mut ratatui::DefaultTerminal,
    data: Dataset,
    opts: &Options<'_>,
    screen: &Mutex<()>,
    mut log: Option<&mut File>,
) -> io::Result<()> {
    let size = terminal.size()?;
    let mut app = App::new(data, size.width, size.height);
    app.update(crate::app::Action::Resize(size.width, size.height));
    draw(terminal, &app, opts.theme, screen)?;
    if let Some(log) = log.as_mut() {
        writeln!(log, "first-frame\t{}us", opts.started.elapsed().as_micros())?;
    }
    while !app.quit {
        // Blocks: no timer, so an idle browser uses no CPU. A terminal that went away
        // makes this an error, which ends the loop instead of spinning.
        let event = event::read()?;
        let t0 = Instant::now();
        let Some(action) = keymap::action(&event, keymap::Mode::of(&app)) else {
            continue;
        };
        let mut drawing = Duration::ZERO;
        let mut redraw = app.update_deferred(action);
        if let Some(inspect) = opts.inspect {
            inspect(&app);
        }
        // More input already waiting goes first, so a burst of keys costs one filter run.
        if !event::poll(Duration::ZERO)? {
            if redraw && app.pending() {
                // Echo the keystroke before the filter or search work it asks for.
                drawing += draw(terminal, &app, opts.theme, screen)?;
                redraw = false;
            }
            redraw |= app.settle();
        }
        for effect in app.take_effects() {
            let report = carry_out(effect, screen);
            app.report(report);
            redraw = true;
        }
        if redraw && !app.quit {
            drawing += draw(terminal, &app, opts.theme, screen)?;
        }
        if let Some(log) = log.as_mut() {
            let handling = t0.elapsed().saturating_sub(drawing);
            writeln!(
                log,
                "{action:?}\thandle {}us\tdraw {}us",
                handling.as_micros(),
                drawing.as_micros()
            )?;
        }
    }
    Ok(())
}

/// Does what the app asked of the outside world, and says how it went.
fn carry_out(effect: Effect, screen: &Mutex<()>) -> String {
    match effect {
        Effect::Copy(text) => {
            // OSC 52: the terminal puts it on the clipboard, also over SSH.
            use base64::Engine as _;
            let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
            let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
            let mut out = io::stdout();
            match write!(out, "\x1b]52;c;{encoded}\x07").and_then(|()| out.flush()) {
                Ok(()) => strings::copied(text.chars().count()),
                Err(e) => strings::write_failed(&e.to_string()),
            }
        }
        Effect::Write { stem, contents } => {
            match store::write_new_markdown(Path::new("."), &stem, &contents) {
                Ok(path) => strings::written(&path.display().to_string()),
                Err(e) => strings::write_failed(&e.to_string()),
            }
        }
    }
}

/// Draws a frame and says how long it took.
fn draw(
    terminal: &mut ratatui::DefaultTerminal,
    app: &App,
    theme: Theme,
    screen: &Mutex<()>,
) -> io::Result<Duration> {
    let start = Instant::now();
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    terminal.draw(|frame| ui::draw(frame, app, theme))?;
    Ok(start.elapsed())
}

/// SIGTERM and SIGHUP (the SSH connection dropped) restore the terminal and end the process
/// with the conventional 128 + signal status.
fn watch_signals(screen: Arc<Mutex<()>>, mouse: bool) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
            restore(mouse);
            std::process::exit(128 + signal);
        }
    });
    Ok(())
}

//! The terminal: set up, event loop, and putting it back whatever happens (quit, panic,
//! SIGTERM, SIGHUP, the terminal going away).

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGTERM};

use crate::app::{App, Effect};
use crate::keymap;
use crate::model::Dataset;
use crate::store;
use crate::ui::strings;
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

/// Runs the browser until the user quits.
///
/// # Errors
/// When the terminal cannot be set up, read or written (the terminal is restored first).
pub fn run(data: Dataset, opts: &Options<'_>) -> io::Result<()> {
    let mut log = opts
        .log
        .map(|p| File::options().create(true).append(true).open(p))
        .transpose()?;
    let mouse = opts.mouse;
    // Held while drawing, so a signal never restores the terminal in the middle of a frame.
    let screen = Arc::new(Mutex::new(()));
    watch_signals(Arc::clone(&screen), mouse)?;
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous_hook(info);
    }));

    let mut terminal = ratatui::try_init()?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    let result = (|| {
        let size = terminal.size()?;
        let mut app = App::new(data, size.width, size.height);
        app.update(crate::app::Action::Resize(size.width, size.height));
        draw(&mut terminal, &app, opts.theme, &screen)?;
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
                    drawing += draw(&mut terminal, &app, opts.theme, &screen)?;
                    redraw = false;
                }
                redraw |= app.settle();
            }
            for effect in app.take_effects() {
                let report = carry_out(effect, &screen);
                app.report(report);
                redraw = true;
            }
            if redraw && !app.quit {
                drawing += draw(&mut terminal, &app, opts.theme, &screen)?;
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
    })();
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    restore(mouse);
    result
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

//! The browser's loop, generic over ratatui's `Backend` and fed by one channel of events:
//! the real terminal and a test's script drive it alike. Keys become actions through the
//! mode's bindings, `App::update` applies them, effects go to the `Host`, and a frame is
//! drawn only when the screen changed.

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crossterm::event::{Event as TermEvent, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;

use super::effects::{carry_out, suspend};
use super::event::Event;
use crate::app::{Action, App, Mode, Wheel, keys};
use crate::cache;
use crate::commands::Failure;
use crate::strings;
use crate::ui::{self, theme::Theme};

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Ended by this signal: the process exits with 128 + it.
    Signal(i32),
}

pub use super::hosting::{Host, Stop};

/// Where a dataset file is loading: its name and size, and since when.
#[derive(Debug, Clone)]
pub struct Loading {
    pub name: String,
    pub bytes: u64,
    pub started: Instant,
}

/// What the loop shows: a dataset still loading, or the browser.
#[derive(Debug)]
pub enum Session {
    Loading(Loading),
    Browsing(Box<App>),
}

pub struct Options<'a> {
    pub theme: Theme,
    pub mouse: bool,
    /// Per event the time to handle it, per frame the time to draw it.
    pub log: Option<&'a mut dyn Write>,
    /// When the process began, for the log's time to the first frame.
    pub started: Instant,
}

/// Runs until the user quits, a signal ends it, or the events stop.
///
/// # Errors
/// A dataset that failed to load, or a terminal that cannot be drawn on.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    mut session: Session,
    events: &Receiver<Event>,
    host: &mut dyn Host,
    opts: &mut Options<'_>,
) -> Result<Exit, Failure> {
    let draw_err = |e: B::Error| Failure::Terminal(io::Error::other(e.to_string()));
    draw(terminal, &session, opts.theme).map_err(draw_err)?;
    // A reread of the dataset file is under way (its snapshot was found damaged, or made
    // from another RON of the same size and time).
    let mut reloading = false;
    // The first frame may be the loading screen: when the dataset itself first shows is
    // logged apart.
    let mut shown = matches!(session, Session::Browsing(_));
    let at = opts.started.elapsed().as_micros();
    log(opts, &format!("first-frame\t{at}us"));
    loop {
        let first = match wait(&session, events) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit),
        };
        // The loading screen's tick redraws; the browser's looks at the notes file.
        let mut redraw = match (&mut session, &first) {
            (Session::Loading(_), None) => true,
            (Session::Browsing(app), None) => host
                .reread_notes(false)
                .is_some_and(|notes| app.notes_reread(notes)),
            _ => false,
        };
        // Whatever is already waiting goes first: a burst of keys costs one frame.
        for event in first
            .into_iter()
            .chain(std::iter::from_fn(|| events.try_recv().ok()))
        {
            reloading &= !matches!(event, Event::Loaded(_));
            match handle(terminal, &mut session, event, host, opts)? {
                Step::Exit(exit) => return Ok(exit),
                Step::Redraw => redraw = true,
                Step::Nothing => {}
            }
        }
        redraw |= reread_if_damaged(&mut session, host, &mut reloading);
        if redraw {
            let t0 = Instant::now();
            draw(terminal, &session, opts.theme).map_err(draw_err)?;
            log(opts, &format!("draw\t{}us", t0.elapsed().as_micros()));
            if !shown && matches!(session, Session::Browsing(_)) {
                shown = true;
                let at = opts.started.elapsed().as_micros();
                log(opts, &format!("dataset-shown\t{at}us"));
            }
        }
    }
}

/// A snapshot found damaged while browsing: the dataset file read again, once. Whether
/// the screen changed.
fn reread_if_damaged(session: &mut Session, host: &mut dyn Host, reloading: &mut bool) -> bool {
    if let Session::Browsing(app) = session
        && app.catalog().is_damaged()
        && !*reloading
    {
        *reloading = host.reload();
        if *reloading {
            return app.report(strings::rereading_after_damage());
        }
    }
    false
}

/// How often the browser looks whether the notes file was written elsewhere: a `stat`,
/// cheap enough to do unseen, soon enough that a note set from a shell shows while one
/// still looks.
const NOTES_LOOK: Duration = Duration::from_millis(500);

/// The next event; a timeout when the loading screen's tenth of a second is up, or the
/// browser's time to look at the notes file.
fn wait(session: &Session, events: &Receiver<Event>) -> Result<Event, RecvTimeoutError> {
    match session {
        // The loading screen counts the seconds.
        Session::Loading(_) => events.recv_timeout(Duration::from_millis(100)),
        Session::Browsing(_) => events.recv_timeout(NOTES_LOOK),
    }
}

/// One event through `step`, with the time it took in the log: one line per input event,
/// as `--log` promises (the frame that follows a burst has a line of its own).
fn handle<B: Backend>(
    terminal: &mut Terminal<B>,
    session: &mut Session,
    event: Event,
    host: &mut dyn Host,
    opts: &mut Options<'_>,
) -> Result<Step, Failure> {
    let t0 = Instant::now();
    let what = opts.log.is_some().then(|| event.describe());
    let step = step(terminal, session, event, host, opts)?;
    if let Some(what) = what {
        log(
            opts,
            &format!("{what}\thandle {}us", t0.elapsed().as_micros()),
        );
    }
    Ok(step)
}

fn log(opts: &mut Options<'_>, line: &str) {
    if let Some(log) = opts.log.as_deref_mut() {
        let _ = writeln!(log, "{line}");
    }
}

fn keep_position(session: &Session, host: &mut dyn Host) {
    if let Session::Browsing(app) = session {
        host.save_position(&app.position());
    }
}

enum Step {
    Nothing,
    Redraw,
    Exit(Exit),
}

fn step<B: Backend>(
    terminal: &mut Terminal<B>,
    session: &mut Session,
    event: Event,
    host: &mut dyn Host,
    opts: &mut Options<'_>,
) -> Result<Step, Failure> {
    Ok(match event {
        Event::Term(event) => return on_terminal(terminal, session, &event, host, opts.mouse),
        Event::Signal(signal) => {
            keep_position(session, host);
            Step::Exit(Exit::Signal(signal))
        }
        Event::InputGone => {
            keep_position(session, host);
            Step::Exit(Exit::Signal(crate::platform::HANGUP))
        }
        Event::Stop => {
            _ = suspend(terminal, host, Stop::Process)?;
            Step::Redraw
        }
        Event::Loaded(loaded) => on_loaded(terminal, session, loaded?, host, opts)?,
        Event::Note(note) => browsing(session, |app| {
            say(app, &note, opts);
            true
        }),
        Event::Done(done) => browsing(session, |app| done.deliver(app)),
    })
}

/// What an event for the browser does, and nothing while the dataset is still loading.
fn browsing(session: &mut Session, changed: impl FnOnce(&mut App) -> bool) -> Step {
    match session {
        Session::Browsing(app) => {
            if changed(app) {
                Step::Redraw
            } else {
                Step::Nothing
            }
        }
        Session::Loading(_) => Step::Nothing,
    }
}

/// The dataset read: the browser on it, where the user was if it was read again.
fn on_loaded<B: Backend>(
    terminal: &mut Terminal<B>,
    session: &mut Session,
    loaded: super::event::Loaded,
    host: &mut dyn Host,
    opts: &mut Options<'_>,
) -> Result<Step, Failure> {
    let size = terminal
        .size()
        .map_err(|e| Failure::Terminal(io::Error::other(e.to_string())))?;
    // Read again after damage: the user stays where they were.
    let was = match session {
        Session::Browsing(app) => Some(app.position()),
        Session::Loading(_) => None,
    };
    let mut app = App::new(loaded.catalog, size.width, size.height);
    host.prepare(&mut app);
    if let Some(position) = &was {
        app.restore(position);
        app.report(strings::reread_after_damage());
    }
    for note in &loaded.notes {
        say(&mut app, note, opts);
    }
    *session = Session::Browsing(Box::new(app));
    Ok(Step::Redraw)
}

/// A note on how the dataset was read: to the log, and to the user when it is a warning.
fn say(app: &mut App, note: &cache::Note, opts: &mut Options<'_>) {
    if let Some(log) = opts.log.as_deref_mut() {
        let _ = writeln!(log, "cache\t{}", note.text);
    }
    if note.warning {
        app.report(note.text.clone());
    }
}

/// A key, a click or a resize: through the mode's bindings to the app, and what the app
/// asks of the world to the host.
fn on_terminal<B: Backend>(
    terminal: &mut Terminal<B>,
    session: &mut Session,
    event: &TermEvent,
    host: &mut dyn Host,
    mouse: bool,
) -> Result<Step, Failure> {
    let app = match session {
        Session::Loading(_) => {
            return Ok(match action_for(Mode::Loading, event, mouse) {
                Some(Action::Quit) => Step::Exit(Exit::Quit),
                Some(Action::Suspend) => {
                    _ = suspend(terminal, host, Stop::Job)?;
                    Step::Redraw
                }
                Some(Action::Resize(..)) => Step::Redraw,
                _ => Step::Nothing,
            });
        }
        Session::Browsing(app) => app,
    };
    let Some(action) = action_for(app.mode(), event, mouse) else {
        return Ok(Step::Nothing);
    };
    let mut redraw = app.update(action);
    if app.quit() {
        host.save_position(&app.position());
        return Ok(Step::Exit(Exit::Quit));
    }
    // What an effect reports can ask for more (an edited note is then stored).
    loop {
        let effects = app.take_effects();
        if effects.is_empty() {
            break;
        }
        for effect in effects {
            redraw |= carry_out(terminal, app, effect, host)?;
        }
    }
    Ok(if redraw { Step::Redraw } else { Step::Nothing })
}

/// The action an event asks for in a mode; the mouse only when it was asked for.
fn action_for(mode: Mode, event: &TermEvent, mouse: bool) -> Option<Action> {
    match event {
        TermEvent::Key(key) => keys::action(mode, key),
        TermEvent::Resize(w, h) => Some(Action::Resize(*w, *h)),
        TermEvent::Mouse(m) if mouse && !matches!(mode, Mode::Loading | Mode::TooSmall) => {
            let (column, row) = (m.column, m.row);
            match m.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    way: Wheel::Down,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    way: Wheel::Up,
                }),
                _ => None,
            }
        }
        _ => None,
    }
}

fn draw<B: Backend>(
    terminal: &mut Terminal<B>,
    session: &Session,
    theme: Theme,
) -> Result<(), B::Error> {
    let _guard = super::terminal::lock();
    terminal.draw(|frame| match session {
        Session::Loading(l) => {
            let message = strings::loading(
                &l.name,
                &crate::progress::size(l.bytes),
                l.started.elapsed(),
            );
            ui::draw_message(frame, &message, theme);
        }
        Session::Browsing(app) => ui::draw(frame, app.screen(), theme),
    })?;
    Ok(())
}

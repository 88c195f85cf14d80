//! Keys, mouse and resizes, read on a thread of their own and sent to the loop, so the loop
//! waits on one channel for everything. Reading can be paused, so a suspended browser (or
//! an editor it starts) does not have its keys taken from under it.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use crossterm::event;

use super::event::Event;

/// How long one wait for input lasts before the thread looks whether it should pause:
/// short enough to pause promptly, long enough that an idle browser costs nothing.
const POLL: Duration = Duration::from_millis(250);

#[derive(Debug, Default)]
struct State {
    paused: bool,
    parked: bool,
}

/// The handle that pauses and resumes the input thread.
#[derive(Debug, Clone, Default)]
pub struct Control {
    state: Arc<(Mutex<State>, Condvar)>,
}

impl Control {
    /// Stops reading; returns once the thread is no longer waiting on the terminal.
    pub fn pause(&self) {
        let (lock, cvar) = &*self.state;
        let mut s = lock.lock().unwrap_or_else(PoisonError::into_inner);
        s.paused = true;
        while !s.parked {
            let (next, timeout) = cvar
                .wait_timeout(s, POLL * 4)
                .unwrap_or_else(PoisonError::into_inner);
            s = next;
            if timeout.timed_out() {
                break;
            }
        }
    }

    pub fn resume(&self) {
        let (lock, cvar) = &*self.state;
        let mut s = lock.lock().unwrap_or_else(PoisonError::into_inner);
        s.paused = false;
        cvar.notify_all();
    }

    /// Waits while paused; false once the pause is over.
    fn park_if_paused(&self) {
        let (lock, cvar) = &*self.state;
        let mut s = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while s.paused {
            s.parked = true;
            cvar.notify_all();
            s = cvar.wait(s).unwrap_or_else(PoisonError::into_inner);
        }
        s.parked = false;
    }
}

/// How often the terminal is looked at for a hangup nobody signalled.
const WATCH: Duration = Duration::from_millis(250);

/// Watches for the terminal going away without a SIGHUP (a session leader that ignores it):
/// the input thread cannot tell, as crossterm reads the end-of-file again and again.
fn watch_terminal(events: Sender<Event>) -> std::io::Result<()> {
    crate::parallel::background("tty-watch", move || {
        while !crate::platform::terminal_gone() {
            std::thread::sleep(WATCH);
        }
        let _ = events.send(Event::InputGone);
    })
    .map(drop)
}

/// Starts the input thread. A terminal that goes away (its read fails) ends the browser
/// as a hangup does.
///
/// # Errors
/// When the thread cannot be started.
pub fn spawn(events: Sender<Event>, control: Control) -> std::io::Result<()> {
    watch_terminal(events.clone())?;
    crate::parallel::background("input", move || {
        loop {
            control.park_if_paused();
            let Ok(ready) = event::poll(POLL) else {
                let _ = events.send(Event::InputGone);
                return;
            };
            if !ready {
                continue;
            }
            let Ok(e) = event::read() else {
                let _ = events.send(Event::InputGone);
                return;
            };
            if events.send(Event::Term(e)).is_err() {
                return;
            }
        }
    })?;
    Ok(())
}

//! Signals that end or stop the browser (on Windows, the console's Ctrl-break and closing
//! the window; Ctrl-c is a key there as here). The loop gets them as events and leaves in
//! order; should it be stuck, the signal's thread restores the terminal and exits itself,
//! so a signal always ends the process within a second whatever the main thread is doing.

use std::io;
use std::sync::mpsc::Sender;
use std::time::Duration;

use super::event::Event;
use super::terminal;
use crate::platform::{self, Signal};

/// How long the loop has to leave in order before the signal thread does it.
const GRACE: Duration = Duration::from_millis(600);

/// Starts turning signals into loop events.
///
/// # Errors
/// When the handlers cannot be installed.
pub fn watch(events: Sender<Event>) -> io::Result<()> {
    platform::watch_signals(true, move |signal| match signal {
        Signal::Stop => {
            let _ = events.send(Event::Stop);
        }
        Signal::End(signal) => {
            let _ = events.send(Event::Signal(signal));
            std::thread::sleep(GRACE);
            // Still here: the loop did not get to it.
            let _guard = terminal::lock_within(Duration::from_millis(200));
            terminal::leave();
            crate::store::remove_temporaries();
            std::process::exit(128 + signal);
        }
    })
}

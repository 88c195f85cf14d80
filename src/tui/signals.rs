//! Signals that end or stop the browser. The loop gets them as events and leaves in order;
//! should it be stuck, this thread restores the terminal and exits itself, so a signal
//! always ends the process within a second whatever the main thread is doing.

use std::io;
use std::sync::mpsc::Sender;
use std::time::Duration;

use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};
use signal_hook::iterator::Signals;

use super::Event;
use super::terminal;

/// How long the loop has to leave in order before the signal thread does it.
const GRACE: Duration = Duration::from_millis(600);

/// The signals that end the browser (with status 128 + signal), plus SIGTSTP, which
/// suspends it like Ctrl-z.
pub const ENDING: [i32; 7] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM];

/// Starts the thread that turns signals into loop events.
///
/// # Errors
/// When the handlers cannot be installed.
pub fn watch(events: Sender<Event>) -> io::Result<()> {
    let mut wanted = ENDING.to_vec();
    wanted.push(SIGTSTP);
    let mut signals = Signals::new(wanted)?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if signal == SIGTSTP {
                    let _ = events.send(Event::Stop);
                    continue;
                }
                let _ = events.send(Event::Signal(signal));
                std::thread::sleep(GRACE);
                // Still here: the loop did not get to it.
                let _guard = terminal::lock_within(Duration::from_millis(200));
                terminal::leave();
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

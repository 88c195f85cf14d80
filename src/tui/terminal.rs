//! The real terminal: entering and leaving raw mode and the alternate screen, as one pair
//! used on every way out (quit, error, panic, signal, suspend). Leaving is idempotent, so
//! whichever way comes first restores and the others find nothing left to do.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// Held while anything writes to the terminal, so a signal never restores it in the
/// middle of a frame.
static SCREEN: Mutex<()> = Mutex::new(());
static ENTERED: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Takes the screen; a poisoned lock (a panic while drawing) still gives it.
pub fn lock() -> MutexGuard<'static, ()> {
    SCREEN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Takes the screen if it comes free within `wait`: a thread that must restore the
/// terminal even when the main thread is stuck does not wait forever.
pub fn lock_within(wait: Duration) -> Option<MutexGuard<'static, ()>> {
    let until = Instant::now() + wait;
    loop {
        match SCREEN.try_lock() {
            Ok(g) => return Some(g),
            Err(std::sync::TryLockError::Poisoned(p)) => return Some(p.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) if Instant::now() < until => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(std::sync::TryLockError::WouldBlock) => return None,
        }
    }
}

/// Raw mode, the alternate screen and, when asked, the mouse.
///
/// # Errors
/// A terminal that cannot be set up (left as it was as far as possible).
pub fn enter(mouse: bool) -> io::Result<()> {
    MOUSE.store(mouse, Ordering::SeqCst);
    enable_raw_mode()?;
    ENTERED.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen)?;
    if mouse {
        execute!(out, EnableMouseCapture)?;
    }
    Ok(())
}

/// Everything `enter` did, undone, with the cursor shown; safe to call more than once and
/// from any thread. The caller holds the screen.
pub fn leave() {
    if !ENTERED.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if MOUSE.load(Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// A panic restores the terminal before its message is printed, so the message is
/// readable and the shell usable.
pub fn restore_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        {
            let _guard = lock_within(Duration::from_millis(200));
            leave();
        }
        previous(info);
    }));
}

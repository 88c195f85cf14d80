//! Telling the user what takes time: a spinner on stderr for work that lasts longer than
//! half a second, only when stderr is a terminal (scripts get no noise).

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::parallel;

/// How long work may take before it is worth showing.
pub const DELAY: Duration = Duration::from_millis(500);

/// Whether a spinner is running: one inside another (a command's around a load that has
/// its own) stays hidden, so stderr never shows two.
static RUNNING: AtomicBool = AtomicBool::new(false);

/// A spinner that appears after `DELAY` and disappears when dropped.
pub struct Spinner {
    bar: ProgressBar,
    done: Arc<AtomicBool>,
    /// Whether this one is the spinner shown (the outermost).
    outermost: bool,
}

impl Spinner {
    #[must_use]
    pub fn start(message: String) -> Spinner {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(message);
        let done = Arc::new(AtomicBool::new(false));
        let outermost = !RUNNING.swap(true, Ordering::AcqRel);
        // No thread at all for a script: starting one is a good part of a small import.
        if outermost && std::io::stderr().is_terminal() {
            let (shown, flag) = (bar.clone(), Arc::clone(&done));
            // Without a thread to spare there is no spinner; the work goes on.
            let _ = parallel::background("spinner", move || {
                std::thread::sleep(DELAY);
                if !flag.load(Ordering::Acquire) {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                    shown.enable_steady_tick(Duration::from_millis(100));
                }
            });
        }
        Spinner {
            bar,
            done,
            outermost,
        }
    }

    pub fn set_message(&self, message: String) {
        self.bar.set_message(message);
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.done.store(true, Ordering::Release);
        self.bar.finish_and_clear();
        if self.outermost {
            RUNNING.store(false, Ordering::Release);
        }
    }
}

/// `12.3 MB`, for messages.
#[must_use]
pub fn size(bytes: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // a size shown to one decimal
    let mb = bytes as f64 / 1_000_000.0;
    format!("{mb:.1} MB")
}

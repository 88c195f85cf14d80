//! What a command passes before it writes: a snapshot used while the RON was still being
//! hashed must turn out to be that RON's. The hash (a read of the whole RON) is worked out
//! on its own thread while the command works, and waited for only when the command has
//! its output ready: printed output cannot be taken back.

use std::sync::Mutex;

use super::failure::Failure;
use crate::cache::Unverified;

#[derive(Debug)]
pub struct Gate(Mutex<State>);

#[derive(Debug)]
enum State {
    Open,
    Waiting(Unverified),
    Shut,
}

impl Gate {
    /// A gate with nothing to wait for: the catalog was read from the RON, or from a
    /// snapshot already compared with it.
    #[must_use]
    pub fn open() -> Gate {
        Gate(Mutex::new(State::Open))
    }

    #[must_use]
    pub fn after(unverified: Option<Unverified>) -> Gate {
        Gate(Mutex::new(unverified.map_or(State::Open, State::Waiting)))
    }

    /// Waits for the comparison, once.
    ///
    /// # Errors
    /// `Failure::Stale` when the snapshot was not made from the RON as it is now.
    pub fn pass(&self) -> Result<(), Failure> {
        let mut state = self.0.lock().map_err(|_| Failure::Stale)?;
        *state = match std::mem::replace(&mut *state, State::Shut) {
            State::Waiting(unverified) => {
                if unverified.holds() {
                    State::Open
                } else {
                    State::Shut
                }
            }
            kept => kept,
        };
        match *state {
            State::Open => Ok(()),
            _ => Err(Failure::Stale),
        }
    }
}

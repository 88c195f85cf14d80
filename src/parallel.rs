//! The one way work runs on another thread: `fan_out` shares a scan out over scoped
//! threads and joins their results in order (the title filter); `stream` hands many runs'
//! results over in order, a window of them at a time (the command line's search, whose
//! output may outgrow memory); `background` starts a named thread for work the caller goes on beside (a
//! hash, a writer, a dataset being read). A leaf: it names nothing else of the crate, so
//! every layer may use it.

mod stream;

use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;
use std::thread::{self, JoinHandle};

pub use stream::{Streamed, stream};

/// The threads a fan-out may use: one per core the process is allowed.
#[must_use]
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    // Asked once: the answer reads the process's cgroup limits, a keystroke must not.
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, std::num::NonZero::get))
}

/// Runs `work` on each of `runs` and hands what each gave to `joined`, in the order of the
/// runs. Two runs or more get a scoped thread each; a single run is worked here, as no
/// thread would pay for itself.
///
/// # Errors
/// A panic in `work`, as `JoinHandle::join` gives it (the caller passes it on with
/// `resume_unwind` or turns it into an error of its own); every thread has ended by then,
/// and `joined` was given only the runs before the first that failed.
pub fn fan_out<R: Send, T: Send>(
    runs: impl IntoIterator<Item = R>,
    work: impl Fn(R) -> T + Sync,
    mut joined: impl FnMut(T),
) -> thread::Result<()> {
    let mut runs = runs.into_iter().peekable();
    let Some(first) = runs.next() else {
        return Ok(());
    };
    if runs.peek().is_none() {
        // Caught as a thread's panic would be, so both paths fail alike.
        joined(catch_unwind(AssertUnwindSafe(|| work(first)))?);
        return Ok(());
    }
    thread::scope(|s| {
        let work = &work;
        let running: Vec<_> = std::iter::once(first)
            .chain(runs)
            .map(|run| s.spawn(move || work(run)))
            .collect();
        // Every thread joined, even after one failed: a panic left unjoined would make
        // the scope panic in turn instead of handing the first one back.
        let mut outcome = Ok(());
        for thread in running {
            match (thread.join(), &outcome) {
                (Ok(part), Ok(())) => joined(part),
                (Err(panic), Ok(())) => outcome = Err(panic),
                (_, Err(_)) => {}
            }
        }
        outcome
    })
}

/// Starts `work` on a thread of its own named `name` (as debuggers and `top -H` show it);
/// its handle gives back what `work` returns.
///
/// # Errors
/// No thread to spare (the system's limit on threads or on memory for their stacks).
pub fn background<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> io::Result<JoinHandle<T>> {
    thread::Builder::new().name(name.to_owned()).spawn(work)
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::Duration;

    use super::*;

    #[test]
    fn results_come_back_in_the_order_of_the_runs_whatever_order_they_end_in() {
        let mut got = Vec::new();
        // The first runs sleep longest, so they end last.
        let outcome = fan_out(
            0..6_u64,
            |run| {
                thread::sleep(Duration::from_millis(30 - 5 * run));
                run * 10
            },
            |part| got.push(part),
        );
        assert!(outcome.is_ok());
        assert_eq!(got, [0, 10, 20, 30, 40, 50]);
    }

    #[test]
    fn each_of_several_runs_gets_a_thread_and_a_single_run_is_worked_here() {
        let here = thread::current().id();
        let seen = Mutex::new(Vec::new());
        let work = |run: usize| {
            seen.lock().unwrap().push(thread::current().id());
            run
        };
        let mut single = Vec::new();
        assert!(fan_out([7], work, |part| single.push(part)).is_ok());
        assert_eq!(single, [7]);
        assert_eq!(*seen.lock().unwrap(), [here]);
        seen.lock().unwrap().clear();
        assert!(fan_out(0..3, work, drop).is_ok());
        let ids = seen.lock().unwrap();
        assert_eq!(ids.len(), 3);
        assert!(ids.iter().all(|id| *id != here));
        assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2]);
    }

    #[test]
    fn no_runs_call_nothing() {
        let outcome = fan_out(
            std::iter::empty::<usize>(),
            |_| panic!("no run"),
            |()| panic!("nothing to join"),
        );
        assert!(outcome.is_ok());
    }

    #[test]
    fn a_panic_in_a_run_is_handed_back_after_every_thread_ended() {
        let ended = Mutex::new(0);
        let mut got = Vec::new();
        let outcome = fan_out(
            0..4,
            |run| {
                assert!(run != 1, "run 1 fails");
                thread::sleep(Duration::from_millis(20));
                *ended.lock().unwrap() += 1;
                run
            },
            |part| got.push(part),
        );
        let panic = outcome.unwrap_err();
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"run 1 fails"));
        assert_eq!(got, [0], "only the runs before the one that failed");
        assert_eq!(*ended.lock().unwrap(), 3, "the others ran to their end");
        // Worked here, a single run fails the same way.
        let alone = fan_out([1], |_: i32| -> i32 { panic!("alone") }, drop);
        assert_eq!(alone.unwrap_err().downcast_ref::<&str>(), Some(&"alone"));
    }

    #[test]
    fn a_background_thread_has_its_name_and_gives_back_its_result() {
        let handle = background("woonbeleid-test", || {
            thread::current().name().map(str::to_owned)
        })
        .unwrap();
        assert_eq!(handle.join().unwrap().as_deref(), Some("woonbeleid-test"));
    }
}

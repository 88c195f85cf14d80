//! Many runs on a few threads, their results handed over in order as soon as each is next,
//! never more than a window of them held: for work whose output outgrows what may be held
//! (a search printing most of a gigabyte of texts).

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

/// How `stream` ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Streamed {
    /// Every run was worked and handed over.
    Whole,
    /// `joined` asked to stop after this many runs had been handed over.
    Stopped(usize),
}

struct State<T> {
    /// The first run no thread has taken yet.
    next: usize,
    /// How many runs have been handed to `joined`.
    handed: usize,
    /// Results worked but not yet handed over, by run.
    done: BTreeMap<usize, thread::Result<T>>,
    stop: bool,
}

struct Shared<T> {
    state: Mutex<State<T>>,
    changed: Condvar,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        // Nothing held under the lock can be left half changed by a panic: work runs
        // outside it.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State<T>>) -> MutexGuard<'a, State<T>> {
        self.changed
            .wait(guard)
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Works each of `runs` on up to `threads` threads, each taking the next run not yet taken,
/// and hands what each gave to `joined` here, in the order of the runs; no run is begun
/// more than `ahead` runs past the last one handed over, so at most about `ahead` results
/// are held whatever their number. `joined` returning false stops the threads at their next
/// run. One thread (or one run) works here, with no thread at all.
///
/// # Errors
/// A panic in `work`, once every thread has ended; `joined` was given only the runs before
/// the one that failed.
pub fn stream<R: Sync, T: Send>(
    runs: &[R],
    threads: usize,
    ahead: usize,
    work: impl Fn(&R) -> T + Sync,
    mut joined: impl FnMut(T) -> bool,
) -> thread::Result<Streamed> {
    if threads <= 1 || runs.len() <= 1 {
        for (k, run) in runs.iter().enumerate() {
            let part = catch_unwind(AssertUnwindSafe(|| work(run)))?;
            if !joined(part) {
                return Ok(Streamed::Stopped(k + 1));
            }
        }
        return Ok(Streamed::Whole);
    }
    let ahead = ahead.max(1);
    let shared = Shared {
        state: Mutex::new(State {
            next: 0,
            handed: 0,
            done: BTreeMap::new(),
            stop: false,
        }),
        changed: Condvar::new(),
    };
    thread::scope(|s| {
        for _ in 0..threads.min(runs.len()) {
            s.spawn(|| worker(runs, ahead, &work, &shared));
        }
        let outcome = hand_over(runs.len(), &shared, &mut joined);
        shared.lock().stop = true;
        shared.changed.notify_all();
        outcome
    })
}

/// Takes runs in turn until there are none, the window is full for good or `stream` stops.
fn worker<R, T>(runs: &[R], ahead: usize, work: &impl Fn(&R) -> T, shared: &Shared<T>) {
    loop {
        let mut state = shared.lock();
        while !state.stop && state.next < runs.len() && state.next >= state.handed + ahead {
            state = shared.wait(state);
        }
        if state.stop || state.next >= runs.len() {
            return;
        }
        let k = state.next;
        state.next += 1;
        drop(state);
        let part = catch_unwind(AssertUnwindSafe(|| work(&runs[k])));
        let failed = part.is_err();
        let mut state = shared.lock();
        state.done.insert(k, part);
        // A failed run stops the others: what follows it is never handed over.
        state.stop |= failed;
        drop(state);
        shared.changed.notify_all();
    }
}

/// Hands the results over in order as each becomes next.
fn hand_over<T>(
    n: usize,
    shared: &Shared<T>,
    joined: &mut impl FnMut(T) -> bool,
) -> thread::Result<Streamed> {
    for k in 0..n {
        let mut state = shared.lock();
        // Every run taken is worked to a result (or a caught panic), and runs are taken in
        // order, so the next one always comes.
        let part = loop {
            if let Some(part) = state.done.remove(&k) {
                break part;
            }
            state = shared.wait(state);
        };
        state.handed = k + 1;
        drop(state);
        shared.changed.notify_all();
        if !joined(part?) {
            return Ok(Streamed::Stopped(k + 1));
        }
    }
    Ok(Streamed::Whole)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_runs_whatever_order_they_end_in() {
        let runs: Vec<u64> = (0..40).collect();
        for threads in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let outcome = stream(
                &runs,
                threads,
                4,
                |&run| {
                    // Early runs of each window end last.
                    thread::sleep(Duration::from_millis((7 - run % 8) * 2));
                    run * 10
                },
                |part| {
                    got.push(part);
                    true
                },
            );
            assert_eq!(outcome.ok(), Some(Streamed::Whole));
            assert_eq!(
                got,
                (0..40).map(|r| r * 10).collect::<Vec<_>>(),
                "{threads}"
            );
        }
    }

    #[test]
    fn no_run_is_begun_more_than_the_window_past_the_last_handed_over() {
        let runs: Vec<usize> = (0..30).collect();
        let begun = AtomicUsize::new(0);
        let (mut handed, mut widest) = (0, 0);
        let outcome = stream(
            &runs,
            3,
            5,
            |&run| {
                begun.fetch_max(run + 1, Ordering::SeqCst);
                run
            },
            |part| {
                // Slow to hand over, so the threads run into the window.
                thread::sleep(Duration::from_millis(3));
                let now = begun.load(Ordering::SeqCst);
                assert!(now <= handed + 1 + 5, "{now} begun with {handed} handed");
                widest = widest.max(now - handed);
                handed += 1;
                assert_eq!(part + 1, handed);
                true
            },
        );
        assert_eq!(outcome.ok(), Some(Streamed::Whole));
        assert_eq!(handed, 30);
        assert_eq!(
            widest,
            1 + 5,
            "the whole window is used while the caller is slow"
        );
    }

    #[test]
    fn one_thread_or_one_run_is_worked_here_and_more_on_threads_of_their_own() {
        let here = thread::current().id();
        let on = |runs: &[usize], threads: usize| {
            let mut ids = Vec::new();
            let outcome = stream(
                runs,
                threads,
                4,
                |_| thread::current().id(),
                |id| {
                    ids.push(id);
                    true
                },
            );
            assert_eq!(outcome.ok(), Some(Streamed::Whole));
            ids
        };
        assert!(on(&[1, 2, 3], 1).iter().all(|id| *id == here));
        assert!(on(&[1], 4).iter().all(|id| *id == here));
        assert!(on(&[1, 2, 3], 2).iter().all(|id| *id != here));
    }

    #[test]
    fn asked_to_stop_it_hands_over_nothing_more_and_the_threads_end() {
        let runs: Vec<usize> = (0..1000).collect();
        let worked = AtomicUsize::new(0);
        for threads in [1, 2, 4] {
            worked.store(0, Ordering::SeqCst);
            let mut got = Vec::new();
            let outcome = stream(
                &runs,
                threads,
                2,
                |&run| {
                    worked.fetch_add(1, Ordering::SeqCst);
                    // Runs past the stop are still being worked when it comes: they must
                    // not set the threads going again.
                    if run >= 9 {
                        thread::sleep(Duration::from_millis(20));
                    }
                    run
                },
                |part| {
                    got.push(part);
                    part < 9
                },
            );
            assert_eq!(outcome.ok(), Some(Streamed::Stopped(10)), "{threads}");
            assert_eq!(got, (0..10).collect::<Vec<_>>());
            assert!(
                worked.load(Ordering::SeqCst) <= 10 + 2 + threads,
                "{threads}"
            );
        }
    }

    #[test]
    fn a_panic_in_a_run_is_handed_back_after_the_runs_before_it() {
        let runs: Vec<usize> = (0..50).collect();
        for threads in [1, 2, 4] {
            let mut got = Vec::new();
            let outcome = stream(
                &runs,
                threads,
                3,
                |&run| {
                    assert!(run != 7, "run 7 fails");
                    run
                },
                |part| {
                    got.push(part);
                    true
                },
            );
            let panic = outcome.expect_err("a panic");
            assert_eq!(panic.downcast_ref::<&str>(), Some(&"run 7 fails"));
            assert_eq!(got, (0..7).collect::<Vec<_>>(), "{threads}");
        }
    }

    #[test]
    fn no_runs_call_nothing() {
        let outcome = stream(
            &[] as &[usize],
            4,
            2,
            |_| -> usize { panic!("no run") },
            |_| panic!("nothing to join"),
        );
        assert_eq!(outcome.ok(), Some(Streamed::Whole));
    }
}

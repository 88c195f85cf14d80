//! The one runner of the browser's work off the key thread: each piece on a thread of its
//! own, named, at the priority it asks for; the jobs' results sent back on the loop's
//! channel. Reading the dataset and keeping its snapshot go through `spawn` too.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

use super::event::Event;
use super::jobs::{Done, Job};
use crate::catalog::Catalog;
use crate::{parallel, platform};

pub(super) struct Runner {
    events: Sender<Event>,
    /// The newest search: an older one still running stops at its next step.
    latest: Arc<AtomicU64>,
}

impl Runner {
    pub(super) fn new(events: Sender<Event>) -> Runner {
        Runner {
            events,
            latest: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Starts `job`; its result comes back as `Event::Done`. Without a thread to spare it
    /// runs here and its result is returned: slower keys, but it runs.
    pub(super) fn start(&self, job: Job, catalog: Arc<Catalog>) -> Option<Done> {
        if let Some(generation) = job.generation() {
            self.latest.store(generation, Ordering::SeqCst);
        }
        let (job_inline, catalog_inline) = (job.clone(), Arc::clone(&catalog));
        let latest = Arc::clone(&self.latest);
        let events = self.events.clone();
        let spawned = spawn(job.name(), Priority::Background, move || {
            let go_on = || wanted(job.generation(), &latest);
            let _ = events.send(Event::Done(job.run(&catalog, &go_on)));
        });
        spawned
            .is_err()
            .then(|| job_inline.run(&catalog_inline, &|| true))
    }
}

/// How a thread competes with the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Priority {
    /// What the user waits on, or what quitting waits for: the dataset being read, its
    /// snapshot being kept.
    Foreground,
    /// What can wait for the keys: a search, the related index.
    Background,
}

/// `work` on a thread of its own named `name`, at `priority`.
///
/// # Errors
/// No thread to spare.
pub(super) fn spawn(
    name: &str,
    priority: Priority,
    work: impl FnOnce() + Send + 'static,
) -> io::Result<JoinHandle<()>> {
    parallel::background(name, move || {
        if priority == Priority::Background {
            platform::lower_thread_priority();
        }
        work();
    })
}

/// Whether a job's result is still wanted: a search only while no newer one was asked for.
fn wanted(generation: Option<u64>, latest: &AtomicU64) -> bool {
    generation.is_none_or(|g| latest.load(Ordering::SeqCst) == g)
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;
    use crate::app::SearchJob;
    use crate::query::Needle;

    #[test]
    fn a_search_is_wanted_until_a_newer_one_is_asked_for_and_other_jobs_always() {
        let latest = AtomicU64::new(5);
        assert!(wanted(Some(5), &latest));
        assert!(!wanted(Some(4), &latest));
        assert!(wanted(None, &latest));
    }

    #[test]
    fn each_job_comes_back_on_the_channel_as_what_it_gave() {
        let (tx, rx) = mpsc::channel();
        let runner = Runner::new(tx);
        let catalog = Arc::new(crate::catalog::of_texts(&[
            "woonoverleg",
            "geen",
            "woonoverleg x",
        ]));
        let needle = Needle::new("woonoverleg").unwrap();
        let search = Job::Search(SearchJob {
            generation: 7,
            needle,
        });
        assert!(
            runner.start(search, Arc::clone(&catalog)).is_none(),
            "run on a thread"
        );
        assert!(runner.start(Job::Related, Arc::clone(&catalog)).is_none());
        let mut got = [rx.recv().unwrap(), rx.recv().unwrap()].map(|e| match e {
            Event::Done(done) => done.describe(),
            other => other.describe(),
        });
        got.sort();
        assert_eq!(got, ["Related", "Searched(7: 2 hits)"]);
    }
}

//! The one runner of the browser's background jobs: each on a thread of its own at a
//! lowered priority (the keys go first), its result sent back on the loop's channel.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;

use super::event::Event;
use super::jobs::{Done, Job};
use crate::catalog::Catalog;
use crate::platform;

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
        let spawned = std::thread::Builder::new()
            .name(job.name().into())
            .spawn(move || {
                platform::lower_thread_priority();
                let go_on = || wanted(job.generation(), &latest);
                let _ = events.send(Event::Done(job.run(&catalog, &go_on)));
            });
        spawned
            .is_err()
            .then(|| job_inline.run(&catalog_inline, &|| true))
    }
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

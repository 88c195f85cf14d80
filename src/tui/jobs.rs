//! The work the browser hands to threads of its own, as one type: what each job is, what
//! it gives, and how that reaches the browser. `runner` runs them; a test's host runs them
//! where it stands.

use std::sync::Arc;

use crate::app::{App, SearchJob, SearchOutcome};
use crate::catalog::Catalog;
use crate::related::RelatedIndex;

/// Work too slow for the key thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// A text search: a newer one supersedes it, and it stops at its next step.
    Search(SearchJob),
    /// The related-texts index of the catalog, asked for once.
    Related,
}

/// What a job gave.
#[derive(Debug)]
pub enum Done {
    Searched(SearchOutcome),
    Related(Arc<RelatedIndex>),
}

impl Job {
    /// Runs the job on `catalog`; `go_on` says whether its result is still wanted.
    #[must_use]
    pub fn run(&self, catalog: &Catalog, go_on: &dyn Fn() -> bool) -> Done {
        match self {
            Job::Search(search) => Done::Searched(search.run(catalog, go_on)),
            Job::Related => Done::Related(Arc::new(RelatedIndex::build(catalog))),
        }
    }

    /// Its thread's name, for a debugger or `top`.
    pub(super) fn name(&self) -> &'static str {
        match self {
            Job::Search(_) => "search",
            Job::Related => "related",
        }
    }

    /// What a newer search compares with to stop this one: its generation. A job without
    /// one runs to its end.
    pub(super) fn generation(&self) -> Option<u64> {
        match self {
            Job::Search(search) => Some(search.generation),
            Job::Related => None,
        }
    }
}

impl Done {
    /// Hands the result to the browser; whether the screen changed.
    pub fn deliver(self, app: &mut App) -> bool {
        match self {
            Done::Searched(outcome) => app.search_done(outcome),
            Done::Related(index) => app.related_ready(index),
        }
    }

    /// What it was, for `--log`: a line, however many hits.
    #[must_use]
    pub fn describe(&self) -> String {
        match self {
            Done::Searched(o) => match &o.hits {
                Some(hits) => format!("Searched({}: {} hits)", o.generation, hits.len()),
                None => format!("Searched({}: stopped)", o.generation),
            },
            Done::Related(_) => "Related".to_owned(),
        }
    }
}

//! One input, one pass: a grouped export written to a sink that is thrown away when the
//! import fails (a temporary file), so the check and the writing can go together. Gives
//! the same output as the two passes of `plan`, which are used everywhere else.

use std::ops::ControlFlow;

use super::group::Group;
use super::grouped::{Row, Scanner, Visitor};
use super::input::Source;
use super::names::Suspects;
use super::passes::{Emit, FirstPass};
use super::sink::{Sink, Stop};

/// How the single pass went.
pub(super) enum Fused {
    Done,
    /// The export has no heading: its chapter is the first `1. …` title, which may come
    /// after the first rows, too late to write first. The two passes are needed.
    NoHeading,
}

struct Together<'s, 'p, S: Sink> {
    emit: Emit<'s, S>,
    first: FirstPass<'p>,
    began: bool,
    no_heading: bool,
    /// Where the export's text starts in memory: a row's title is a slice of it, so its
    /// address says how far the pass has read.
    text_at: usize,
}

impl<'a, S: Sink> Visitor<'a> for Together<'_, '_, S> {
    fn group(&mut self, group: &Group, chapter: Option<&str>) -> ControlFlow<()> {
        let started = if self.began {
            self.emit.sink.end_city()
        } else if let Some(chapter) = chapter {
            self.began = true;
            self.emit.sink.begin(chapter)
        } else {
            self.no_heading = true;
            return ControlFlow::Break(());
        };
        match started.and_then(|()| self.emit.sink.city(&group.name)) {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                self.emit.error = Some(e);
                ControlFlow::Break(())
            }
        }
    }

    fn row(&mut self, city: usize, item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        let _ = self.first.row(city, item, row);
        let offset = row.title_raw.as_ptr().addr().saturating_sub(self.text_at);
        self.emit.sink.read_up_to(offset);
        self.emit.row(city, item, row)
    }
}

/// Imports one grouped export into `sink` in one pass.
///
/// # Errors
/// Bad input (after part of it reached the sink), or the sink's error.
pub(super) fn import<S: Sink>(src: &Source, sink: &mut S) -> Result<Fused, Stop<S::Error>> {
    let mut suspects = Suspects::default();
    let mut together = Together {
        emit: Emit { sink, error: None },
        first: FirstPass {
            file: &src.name,
            titles: None,
            first_chapter: None,
            suspects: &mut suspects,
        },
        began: false,
        no_heading: false,
        text_at: src.text.as_ptr().addr(),
    };
    let scanned = Scanner::new(src, &mut together)
        .scan(&src.text)
        .map(|s| s.groups);
    if let Some(e) = together.emit.error.take() {
        return Err(Stop::Sink(e));
    }
    if together.no_heading {
        return Ok(Fused::NoHeading);
    }
    let groups = scanned?;
    if !suspects.is_empty() {
        super::titles::check_titles_of(src, &groups, &suspects)?;
    }
    sink.end_city()
        .and_then(|()| sink.end())
        .map_err(Stop::Sink)?;
    Ok(Fused::Done)
}

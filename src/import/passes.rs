//! What each pass over a grouped export does with its rows. The grammar (`grouped`) is the
//! same for all of them; only the visitor changes, so every pass reads the text the same
//! way and none keeps more than it needs.

use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use super::clean;
use super::group::Group;
use super::grouped::{Row, Scanner, Visitor};
use super::input::Source;
use super::located::ImportError;
use super::merge::{Origin, Placed};
use super::names::{Place, Suspects};
use super::sink::{Sink, Text};
use crate::model::{Item, Level};
use crate::strings::import as say;

/// Runs `visitor` over the rows of `group` again. Returns whether it saw them all.
pub(super) fn rescan<'a, V: Visitor<'a>>(
    src: &'a Source,
    group: &Group,
    visitor: &mut V,
) -> Result<bool, ImportError> {
    Scanner::new(src, visitor).rescan(&src.text, group)
}

/// The first pass: checks the whole export and keeps, besides the groups, only the first
/// chapter title, the titles (when an item view needs them) and titles hiding something.
pub(super) struct FirstPass<'p> {
    pub file: &'p str,
    pub titles: Option<&'p mut HashSet<String>>,
    pub first_chapter: Option<String>,
    pub suspects: &'p mut Suspects,
}

impl<'a> Visitor<'a> for FirstPass<'_> {
    fn row(&mut self, _city: usize, _item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        if let Some(titles) = self.titles.as_deref_mut()
            && !titles.contains(row.title)
        {
            titles.insert(row.title.to_owned());
        }
        if self.first_chapter.is_none() && Level::of(row.title) == Level::Chapter {
            self.first_chapter = Some(row.title.to_owned());
        }
        if row.title_cleaned && clean::hides_something(row.title_raw) {
            self.suspects.note(row.title, || place(self.file, row));
        }
        ControlFlow::Continue(())
    }
}

fn place(file: &str, row: &Row<'_, '_>) -> Place {
    Place {
        file: file.to_owned(),
        line: row.title_line,
        raw: row.title_raw.to_owned(),
    }
}

/// Checks every title against the suspects; keeps the first look-alike.
pub(super) struct CheckTitles<'p> {
    pub file: &'p str,
    pub suspects: &'p Suspects,
    pub found: Option<ImportError>,
}

impl<'a> Visitor<'a> for CheckTitles<'_> {
    fn row(&mut self, _city: usize, _item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        match self
            .suspects
            .check(&say::TITLE_WORD, row.title, || place(self.file, row))
        {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                self.found = Some(e);
                ControlFlow::Break(())
            }
        }
    }
}

/// A group's rows as items, with where each title is: for merging.
pub(super) struct Materialize<'a> {
    pub file: &'a str,
    pub placed: Placed<'a>,
}

impl<'a> Visitor<'a> for Materialize<'a> {
    fn row(&mut self, _city: usize, _item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        self.placed.items.push(Item {
            title: row.title.to_owned(),
            description: clean::join(row.lines),
            attachment: row.attachment,
        });
        self.placed.origins.push(Origin {
            file: self.file,
            line: row.title_line,
            id: None,
        });
        ControlFlow::Continue(())
    }
}

/// For inferring an item view's city: which of the view's items (with a text) each row of
/// a group equals.
pub(super) struct Matches<'v> {
    /// The view's items with a text (title, text, attachment), to their position.
    pub index: HashMap<(&'v str, &'v str, bool), usize>,
    pub titles: HashSet<&'v str>,
    /// Per view item, whether the current group has it.
    pub hit: Vec<bool>,
}

impl<'a> Visitor<'a> for Matches<'_> {
    fn row(&mut self, _city: usize, _item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        // Only rows titled like a view item can equal one: the rest need no text built.
        if self.titles.contains(row.title) {
            let text = clean::join(row.lines);
            if let Some(&i) = self.index.get(&(row.title, text.as_str(), row.attachment)) {
                self.hit[i] = true;
            }
        }
        ControlFlow::Continue(())
    }
}

/// Writes a group's rows to the sink as they are read again.
pub(super) struct Emit<'s, S: Sink> {
    pub sink: &'s mut S,
    pub error: Option<S::Error>,
}

impl<'a, S: Sink> Visitor<'a> for Emit<'_, S> {
    fn row(&mut self, _city: usize, _item: usize, row: &Row<'a, '_>) -> ControlFlow<()> {
        match self
            .sink
            .item(row.title, Text::Lines(row.lines), row.attachment)
        {
            Ok(()) => ControlFlow::Continue(()),
            Err(e) => {
                self.error = Some(e);
                ControlFlow::Break(())
            }
        }
    }
}

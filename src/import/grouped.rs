//! The list grouped per city: `Uitvouwen/samenvouwen Stad : Aalst (7)`, then rows of a title,
//! description lines and a line holding exactly the group's city (`Bijlage` before it when
//! the row has an attachment).
//!
//! Structure is decided by position: a group header is read only where a group can begin
//! (in the preamble, right after a group header or right after a row's end line), the
//! chrome and the heading only in the preamble, a row end only inside a row. Everywhere
//! else such a line is text and lands in the description unchanged.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::ControlFlow;

use super::clean::{clean_line, trim_start};
use super::group::Group;
use super::input::{LineFate, Source};
use super::lines::{Line, Lines};
use super::located::{ImportError, shorten};
use crate::strings::import as say;

const HEADER_START: &str = "Uitvouwen/samenvouwen";
const ATTACHMENT: &str = "Bijlage";
const CHROME_STARTS: [&str; 2] = ["TitelFilter", "Sorteren op bijlagen"];

/// What a (normalised) line is as a group header.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Header<'l> {
    /// The complete form `Uitvouwen/samenvouwen <column> : <value> (<count>)`.
    Complete {
        name: &'l str,
        count: usize,
    },
    /// Starts like a header but is not one: what is wrong with it.
    Broken(String),
    Neither,
}

pub(super) fn header(line: &str) -> Header<'_> {
    let Some(rest) = line.strip_prefix(HEADER_START) else {
        return Header::Neither;
    };
    let Some((column, value)) = rest.split_once(':') else {
        return Header::Neither;
    };
    if !rest.starts_with(' ') {
        return Header::Neither;
    }
    let broken = |why: &str| Header::Broken(say::broken_header(why, line));
    if column.trim().is_empty() {
        return broken(&say::HEADER_NO_COLUMN);
    }
    let Some((name, count)) = value.strip_suffix(')').and_then(|v| v.rsplit_once('(')) else {
        return broken(&say::HEADER_NO_COUNT);
    };
    let (name, count) = (name.trim(), count.trim());
    if name.is_empty() {
        return broken(&say::HEADER_NO_CITY);
    }
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
        return broken(&say::header_count_not_a_number(count));
    }
    match count.parse() {
        Ok(count) => Header::Complete { name, count },
        Err(_) => broken(&say::header_count_too_large(count)),
    }
}

/// A row-end line of `city`: `Some(attachment)`.
pub(super) fn row_end(line: &str, city: &str) -> Option<bool> {
    if line == city {
        Some(false)
    } else {
        (line.strip_prefix(ATTACHMENT)?.trim_start() == city).then_some(true)
    }
}

pub(super) fn is_chrome(line: &str) -> bool {
    CHROME_STARTS.iter().any(|c| line.starts_with(c))
}

/// One complete row, borrowed from the text; its text lines cleaned (`clean_line`).
pub(crate) struct Row<'a, 'r> {
    pub title: &'r str,
    pub title_raw: &'a str,
    /// Whether cleaning changed the title (beyond trimming): only then can it hide
    /// something.
    pub title_cleaned: bool,
    pub title_line: usize,
    pub lines: &'r [Cow<'a, str>],
    pub attachment: bool,
}

/// What a pass does with what the grammar finds. A visitor that breaks (its output went
/// away) ends the pass early.
pub(crate) trait Visitor<'a> {
    /// A group begins (its header checked); `chapter` is the heading, if the preamble
    /// had one.
    fn group(&mut self, _group: &Group, _chapter: Option<&str>) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn row(&mut self, city: usize, item: usize, row: &Row<'a, '_>) -> ControlFlow<()>;
    fn fate(&mut self, _fate: LineFate) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pos {
    Preamble,
    /// After a header or a row end: a header, a title or (once the group has its rows)
    /// a blank line may follow.
    RowStart,
    InRow,
}

struct OpenRow<'a> {
    title: Cow<'a, str>,
    title_raw: &'a str,
    title_line: usize,
}

/// The grammar of a grouped export as a machine fed one line at a time.
pub(crate) struct Scanner<'a, 'v, V> {
    name: &'a str,
    visitor: &'v mut V,
    pub chapter: Option<String>,
    pub groups: Vec<Group>,
    by_name: HashMap<String, usize>,
    pos: Pos,
    row: Option<OpenRow<'a>>,
    lines: Vec<Cow<'a, str>>,
    stopped: bool,
}

impl<'a, 'v, V: Visitor<'a>> Scanner<'a, 'v, V> {
    pub fn new(src: &'a Source, visitor: &'v mut V) -> Self {
        Scanner {
            name: &src.name,
            visitor,
            chapter: None,
            groups: Vec::new(),
            by_name: HashMap::new(),
            pos: Pos::Preamble,
            row: None,
            lines: Vec::new(),
            stopped: false,
        }
    }

    /// Reads a whole export.
    pub fn scan(mut self, text: &'a str) -> Result<Self, ImportError> {
        let mut lines = Lines::all(text);
        while let Some(line) = lines.next() {
            self.line(line, lines.offset())?;
            if self.stopped {
                return Ok(self);
            }
        }
        self.finish(text.len())?;
        if self.groups.is_empty() {
            return Err(ImportError::new(self.name, 1, say::NO_GROUP_HEADER));
        }
        Ok(self)
    }

    /// Reads again the rows of one group the first pass checked. Returns whether the
    /// visitor saw them all.
    pub fn rescan(mut self, text: &'a str, group: &Group) -> Result<bool, ImportError> {
        self.groups = vec![Group {
            found: 0,
            ..group.clone()
        }];
        self.pos = Pos::RowStart;
        for line in Lines::new(text, group.rows.clone(), group.first_row_line) {
            self.line(line, 0)?;
            if self.stopped {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn line(&mut self, line: Line<'a>, next: usize) -> Result<(), ImportError> {
        let cleaned = clean_line(line.raw);
        if self.pos == Pos::InRow {
            self.in_row(cleaned);
            return Ok(());
        }
        // Where a group can begin, a header is looked for before anything else.
        let norm = trim_start(cleaned);
        match header(&norm) {
            Header::Complete { name, count } => {
                self.start_group(line, name, count, next)?;
                self.visitor.fate(LineFate::GroupHeader);
                Ok(())
            }
            Header::Broken(why) => {
                Err(ImportError::new(self.name, line.no, why).with_detail(say::HEADER_FORM))
            }
            Header::Neither if self.pos == Pos::Preamble => self.preamble(line, norm),
            Header::Neither => self.row_start(line, norm),
        }
    }

    fn preamble(&mut self, line: Line<'a>, norm: Cow<'a, str>) -> Result<(), ImportError> {
        let fate = if norm.is_empty() {
            LineFate::Blank
        } else if is_chrome(&norm) {
            LineFate::Chrome
        } else if self.chapter.is_none() {
            self.chapter = Some(norm.into_owned());
            LineFate::Heading
        } else {
            return Err(ImportError::new(
                self.name,
                line.no,
                say::text_before_first_header(&shorten(&norm)),
            ));
        };
        self.visitor.fate(fate);
        Ok(())
    }

    fn start_group(
        &mut self,
        line: Line<'a>,
        name: &str,
        count: usize,
        next: usize,
    ) -> Result<(), ImportError> {
        self.close_group(line.start, Some(line.no))?;
        let raw_name = raw_value(line.raw);
        if let Some(&first) = self.by_name.get(name) {
            let first = &self.groups[first];
            return Err(super::names::second_group(
                self.name, first, line.no, &raw_name,
            ));
        }
        self.by_name.insert(name.to_owned(), self.groups.len());
        self.groups.push(Group {
            name: name.to_owned(),
            raw_name,
            header_line: line.no,
            count,
            rows: next..next,
            first_row_line: line.no + 1,
            found: 0,
        });
        self.pos = Pos::RowStart;
        if let Some(group) = self.groups.last() {
            self.stopped = self
                .visitor
                .group(group, self.chapter.as_deref())
                .is_break();
        }
        Ok(())
    }

    /// Ends the current group at byte `end`: its last row must be closed and its count
    /// must hold. `by` is the line of the header that ends it, if any.
    fn close_group(&mut self, end: usize, by: Option<usize>) -> Result<(), ImportError> {
        let Some(group) = self.groups.last_mut() else {
            return Ok(());
        };
        group.rows.end = end;
        if group.found == group.count {
            return Ok(());
        }
        let mut e = ImportError::new(
            self.name,
            group.header_line,
            say::count_differs(&group.name, group.count, group.found),
        );
        if let Some(by) = by.filter(|_| group.found < group.count) {
            e = e.with_detail(say::group_ends_at(by));
        }
        Err(e)
    }

    fn row_start(&mut self, line: Line<'a>, norm: Cow<'a, str>) -> Result<(), ImportError> {
        let group = self.groups.len() - 1;
        let g = &self.groups[group];
        if norm.is_empty() {
            if g.found >= g.count {
                self.visitor.fate(LineFate::Blank);
                return Ok(());
            }
            // The list never has a row without a title; taking the next line as the
            // title would be a guess.
            let message = say::blank_for_title(&g.name);
            return Err(
                ImportError::new(self.name, line.no, message).with_detail(say::ROW_WITHOUT_TITLE)
            );
        }
        if row_end(&norm, &g.name).is_some() {
            let message = say::row_end_for_title(&norm);
            return Err(ImportError::new(self.name, line.no, message));
        }
        self.visitor.fate(LineFate::Title {
            city: group,
            item: g.found,
        });
        self.row = Some(OpenRow {
            title: norm,
            title_raw: line.raw,
            title_line: line.no,
        });
        self.lines.clear();
        self.pos = Pos::InRow;
        Ok(())
    }

    fn in_row(&mut self, cleaned: Cow<'a, str>) {
        let city = self.groups.len() - 1;
        let item = self.groups[city].found;
        let norm = cleaned.trim_start();
        let Some(attachment) = row_end(norm, &self.groups[city].name) else {
            self.visitor.fate(if norm.is_empty() {
                LineFate::Blank
            } else {
                LineFate::Description { city, item }
            });
            self.lines.push(cleaned);
            return;
        };
        self.visitor.fate(LineFate::RowEnd);
        if let Some(open) = self.row.take() {
            let row = Row {
                title: &open.title,
                title_raw: open.title_raw,
                title_cleaned: matches!(open.title, Cow::Owned(_)),
                title_line: open.title_line,
                lines: &self.lines,
                attachment,
            };
            self.stopped = self.visitor.row(city, item, &row).is_break();
        }
        self.groups[city].found += 1;
        self.pos = Pos::RowStart;
    }

    fn finish(&mut self, end: usize) -> Result<(), ImportError> {
        if let (Some(open), Some(group)) = (&self.row, self.groups.last()) {
            let city = &group.name;
            return Err(ImportError::new(
                self.name,
                open.title_line,
                say::row_without_end(city, &shorten(&open.title), ATTACHMENT),
            )
            .with_detail(say::FILE_ENDS_IN_ROW));
        }
        self.close_group(end, None)
    }
}

/// The value of a header line as written, trimmed, before any clean-up.
fn raw_value(raw: &str) -> String {
    let value = raw.split_once(':').map_or(raw, |(_, v)| v);
    let value = value.rsplit_once('(').map_or(value, |(v, _)| v);
    value.trim_matches(|c: char| c.is_whitespace()).to_owned()
}

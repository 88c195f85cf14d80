//! A CSV export after its first pass: every row checked, and kept only as where it is, city
//! by city in output order. A CSV lists its rows interleaved across cities while the output
//! is grouped per city and sorted by name, so every row must be seen before the first is
//! written; holding them as items would put a few hundred bytes a row beside the catalog
//! built from them. The second pass reads each city's rows again from the text instead.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::clean;
use super::columns::Chosen;
use super::input::Source;
use super::lines::LineCounter;
use super::located::ImportError;
use super::name_set::NameSet;
use super::names::{self, Place};
use super::order;
use crate::model::Level;
use crate::strings::import as say;

/// How a CSV's rows are read: where its body starts in the text (after the schema and
/// `sep=` lines, how many), the separator, the columns chosen, whether the description is
/// rich text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    pub body: usize,
    pub skipped: usize,
    pub separator: u8,
    pub chosen: Chosen,
    pub rich: Option<bool>,
}

/// Where a row starts in the body (the reader's offset after the row before it, which is
/// where it resumes) and the next row of its city, in three words: twelve bytes a row, the
/// most of what a table of small rows holds. Its line is counted only when a message needs
/// it. (An export of `u32::MAX` rows would need 48 GB for this table alone.)
#[derive(Debug, Clone, Copy)]
struct RowAt([u32; 3]);

impl RowAt {
    fn new(at: u64) -> Self {
        RowAt([at as u32, (at >> 32) as u32, LAST])
    }

    fn at(self) -> u64 {
        u64::from(self.0[0]) | u64::from(self.0[1]) << 32
    }

    fn next(self) -> u32 {
        self.0[2]
    }
}

/// The end of a city's rows.
const LAST: u32 = u32::MAX;

/// A city of a CSV export: its name (in the table's names), its first row, and whether one
/// of its titles is a chapter's (where the chapter is looked for).
#[derive(Debug, Clone, Copy)]
pub(super) struct CsvCity {
    name: usize,
    first: u32,
    chapter: bool,
}

/// A CSV export's cities, sorted by name as the grouped view sorts them, and their rows.
#[derive(Debug)]
pub(super) struct CsvTable {
    pub layout: Layout,
    names: NameSet,
    /// By name: the city as written in its first row, when that is not its name.
    raws: HashMap<usize, Box<str>>,
    pub cities: Vec<CsvCity>,
    /// In file order, each linked to the next of its city: nothing is moved or copied to
    /// group them (a copy of every row's place, even for a moment, would outlast itself
    /// as memory the allocator keeps).
    rows: Vec<RowAt>,
    /// Whether a title hid something when cleaned: only then are titles looked at again.
    pub hides: bool,
    /// Per row, its line: counted once a message needs one.
    lines: OnceCell<Vec<usize>>,
}

/// What the first pass keeps of a CSV's rows as it reads them.
pub(super) struct Grouping<'f> {
    file: &'f str,
    lines: &'f Lines<'f>,
    names: NameSet,
    raws: HashMap<usize, Box<str>>,
    /// By name, in the order first seen.
    cities: Vec<CsvCity>,
    /// Per city, its last row so far: where the next is linked.
    lasts: Vec<u32>,
    rows: Vec<RowAt>,
    hides: bool,
    /// The first city spelled like another but for what cannot be seen: said once every row
    /// is read, so that a broken row further on is what the user hears of first.
    look_alike: Option<ImportError>,
}

impl<'f> Grouping<'f> {
    pub fn new(file: &'f str, lines: &'f Lines<'f>) -> Self {
        Grouping {
            file,
            lines,
            names: NameSet::default(),
            raws: HashMap::new(),
            cities: Vec::new(),
            lasts: Vec::new(),
            rows: Vec::new(),
            hides: false,
            look_alike: None,
        }
    }

    /// A checked row at byte `at` of the body, first on `line`.
    pub fn add(&mut self, at: u64, line: usize, city_raw: &str, title_raw: &str) {
        let row = u32::try_from(self.rows.len()).unwrap_or(LAST);
        let name = clean::norm(city_raw);
        let (city, new) = self.names.find_or_add(&name);
        if new {
            self.cities.push(CsvCity {
                name: city,
                first: row,
                chapter: false,
            });
            self.lasts.push(row);
            if city_raw != name {
                self.raws.insert(city, city_raw.into());
            }
        } else {
            let first_raw = self.raws.get(&city).map_or(name.as_ref(), |raw| raw);
            if self.look_alike.is_none() && names::look_alike(first_raw, city_raw) {
                let place = |line, raw: &str| Place {
                    file: self.file.to_owned(),
                    line,
                    raw: raw.to_owned(),
                };
                self.look_alike = Some(names::look_alike_error(
                    &say::CITY_WORD,
                    &place(self.line_of(self.cities[city].first), first_raw),
                    &place(line, city_raw),
                ));
            }
            if let Some(last) = self.rows.get_mut(self.lasts[city] as usize) {
                last.0[2] = row;
            }
            self.lasts[city] = row;
        }
        let title = clean::norm(title_raw);
        self.cities[city].chapter |= Level::of(&title) == Level::Chapter;
        self.hides |= clean::hides_something(title_raw);
        self.rows.push(RowAt::new(at));
    }

    /// The line of an earlier row, for a message.
    fn line_of(&self, row: u32) -> usize {
        self.rows
            .get(row as usize)
            .map_or(0, |r| self.lines.at_byte(r.at()))
    }

    /// The cities sorted by name.
    ///
    /// # Errors
    /// Two spellings of one city that differ only by what cannot be seen.
    pub fn finish(self, layout: Layout) -> Result<CsvTable, ImportError> {
        if let Some(e) = self.look_alike {
            return Err(e);
        }
        let (mut names, mut cities) = (self.names, self.cities);
        names.freeze();
        let sorted = order::by_name(&cities, |c| names.get(c.name));
        order::apply(&mut cities, sorted);
        Ok(CsvTable {
            layout,
            names,
            raws: self.raws,
            cities,
            rows: self.rows,
            hides: self.hides,
            lines: OnceCell::new(),
        })
    }
}

impl CsvTable {
    /// A city's rows in file order: where each is in the body, and which row it is.
    pub fn rows_of(&self, city: usize) -> impl Iterator<Item = (u64, u32)> {
        let first = self.cities.get(city).map_or(LAST, |c| c.first);
        let at = |row: u32| self.rows.get(row as usize).map(|r| (r.at(), row));
        std::iter::successors(at(first), move |&(_, row)| {
            self.rows.get(row as usize).and_then(|r| at(r.next()))
        })
    }

    /// The line a row is on: all are counted the first time, in one walk over the text (a
    /// message that names many rows names them across the file).
    pub fn line(&self, src: &Source, row: u32) -> usize {
        let lines = self.lines.get_or_init(|| {
            let body = src.text.get(self.layout.body..).unwrap_or_default();
            let lines = Lines::new(body, self.layout.skipped);
            self.rows.iter().map(|r| lines.at_byte(r.at())).collect()
        });
        lines.get(row as usize).copied().unwrap_or(0)
    }

    /// The first city with a chapter's title.
    pub fn chapter_city(&self) -> Option<usize> {
        self.cities.iter().position(|c| c.chapter)
    }

    /// The name of `city` (empty past the end).
    pub fn name(&self, city: usize) -> &str {
        self.cities.get(city).map_or("", |c| self.names.get(c.name))
    }

    /// The city's first place, as the plan weighs it against the other inputs'.
    pub fn place(&self, src: &Source, city: usize) -> Option<Place> {
        let c = self.cities.get(city)?;
        let raw = self
            .raws
            .get(&c.name)
            .map_or(self.names.get(c.name), |raw| raw);
        Some(Place {
            file: src.name.clone(),
            line: self.line(src, c.first),
            raw: raw.to_owned(),
        })
    }
}

/// Line numbers in the file from the reader's byte offsets (its own count leaves out the
/// newlines inside quoted cells).
pub(super) struct Lines<'t> {
    body: &'t [u8],
    counter: LineCounter<'t>,
}

impl<'t> Lines<'t> {
    pub fn new(body: &'t str, skipped: usize) -> Self {
        Lines {
            body: body.as_bytes(),
            counter: LineCounter::new(body.as_bytes(), 1 + skipped),
        }
    }

    /// The line of a record the reader placed at `pos` (none: where it stopped).
    pub fn at(&self, pos: Option<&csv::Position>) -> usize {
        match pos {
            Some(pos) => self.at_byte(pos.byte()),
            None => self.counter.last(),
        }
    }

    /// The line of a record at byte `at` of the body.
    pub fn at_byte(&self, at: u64) -> usize {
        let at = usize::try_from(at).unwrap_or(usize::MAX);
        // A row's offset is where the one before it ended: its line starts after the
        // newline (and any blank lines the reader skips).
        let mut at = at.min(self.body.len());
        while self
            .body
            .get(at)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            at += 1;
        }
        self.counter.line(at)
    }
}

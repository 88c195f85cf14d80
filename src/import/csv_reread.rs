//! The second pass over a CSV export: its rows read again from where the first pass found
//! them, city by city, for the sink, for merging and for the checks that need their titles.

use std::borrow::Cow;
use std::convert::Infallible;

use super::clean;
use super::csv_cells::{self, Cells};
use super::csv_table::{CsvTable, Layout};
use super::input::Source;
use super::located::ImportError;
use super::merge::{Origin, Placed};
use super::names::Place;
use super::table;
use crate::model::{Item, Level};

/// A row read again.
pub(super) struct Row<'r> {
    /// Which row of the table it is (for its line).
    pub index: u32,
    pub title_raw: &'r str,
    text: &'r str,
    /// The text is the CSV's own bytes, its quotes still doubled.
    doubled: bool,
    rich: Option<bool>,
}

impl Row<'_> {
    pub fn title(&self) -> Cow<'_, str> {
        clean::norm(self.title_raw)
    }

    /// The description, cleaned (rich text as the web view shows it).
    pub fn description(&self) -> Cow<'_, str> {
        if self.doubled {
            Cow::Owned(table::description_of_doubled(self.text, self.rich))
        } else {
            table::description(self.text, self.rich)
        }
    }

    /// Where and how its title is written, for the look-alike check of titles: as written
    /// when cleaning changed more than its edges, else as cleaned.
    pub fn place(&self, file: &str, line: usize) -> Place {
        let raw = if clean::hides_something(self.title_raw) {
            self.title_raw.to_owned()
        } else {
            self.title().into_owned()
        };
        Place {
            file: file.to_owned(),
            line,
            raw,
        }
    }
}

/// Reads a CSV's rows again, from where the first pass found them.
pub(super) struct Rereader<'t> {
    body: &'t str,
    cells: Cells,
    /// The row's title and description, as read.
    row: Vec<Cow<'t, str>>,
    layout: Layout,
}

impl<'t> Rereader<'t> {
    pub fn new(src: &'t Source, layout: Layout) -> Self {
        Rereader {
            body: src.text.get(layout.body..).unwrap_or_default(),
            cells: Cells::keeping_doubled(layout.separator),
            row: Vec::new(),
            layout,
        }
    }

    /// Hands every row of the table's `city` to `f`, in file order.
    ///
    /// # Errors
    /// The first of `f`'s.
    pub fn each<E>(
        &mut self,
        table: &CsvTable,
        city: usize,
        mut f: impl FnMut(&Row<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let wanted = [self.layout.chosen.title, self.layout.chosen.description];
        for (at, index) in table.rows_of(city) {
            let at = usize::try_from(at).unwrap_or(usize::MAX);
            // The first pass read these very bytes: reading them again cannot fail.
            if self
                .cells
                .read(self.body, at, &wanted, &mut self.row)
                .is_none()
            {
                continue;
            }
            let title = if self.cells.doubled(0) {
                Cow::Owned(csv_cells::undoubled(&self.row[0]))
            } else {
                Cow::Borrowed(self.row[0].as_ref())
            };
            f(&Row {
                index,
                title_raw: &title,
                text: &self.row[1],
                doubled: self.cells.doubled(1),
                rich: self.layout.rich,
            })?;
        }
        Ok(())
    }
}

impl CsvTable {
    /// The first chapter title, cities in order.
    pub fn chapter(&self, src: &Source) -> Option<String> {
        let city = self.chapter_city()?;
        let mut found = None;
        let _ = Rereader::new(src, self.layout).each(self, city, |row| {
            let title = row.title();
            if Level::of(&title) == Level::Chapter {
                found = Some(title.into_owned());
                return Err(());
            }
            Ok(())
        });
        found
    }

    /// Every title, cleaned, with where and how it is written; cities in order.
    ///
    /// # Errors
    /// The first of `f`'s.
    pub fn each_title(
        &self,
        src: &Source,
        mut f: impl FnMut(&str, Place) -> Result<(), ImportError>,
    ) -> Result<(), ImportError> {
        let mut rdr = Rereader::new(src, self.layout);
        for city in 0..self.cities.len() {
            rdr.each(self, city, |row| {
                f(
                    &row.title(),
                    row.place(&src.name, self.line(src, row.index)),
                )
            })?;
        }
        Ok(())
    }

    /// A city's items with the place of each, for merging with another input's.
    pub fn placed<'a>(&self, src: &'a Source, city: usize) -> Placed<'a> {
        let mut out = Placed {
            items: Vec::new(),
            origins: Vec::new(),
            attachments: false,
        };
        let _ = Rereader::new(src, self.layout).each(self, city, |row| {
            out.items.push(Item {
                title: row.title().into_owned(),
                description: row.description().into_owned(),
                attachment: false,
            });
            out.origins.push(Origin {
                file: &src.name,
                line: self.line(src, row.index),
                id: None,
            });
            Ok::<(), Infallible>(())
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::import::columns::ColumnNames;
    use crate::import::csv;
    use crate::import::input::Source;

    /// A row read again: its line, title and text.
    type Reread = (usize, String, String);

    /// Per city in output order: its name and its rows read again.
    fn reread(text: &str) -> Vec<(String, Vec<Reread>)> {
        let src = Source::new("l.csv", text);
        let (table, _) = csv::read(&src, &ColumnNames::default()).unwrap();
        let mut rdr = super::Rereader::new(&src, table.layout);
        (0..table.cities.len())
            .map(|city| {
                let mut rows = Vec::new();
                rdr.each(&table, city, |row| {
                    let line = table.line(&src, row.index);
                    let text = row.description().into_owned();
                    rows.push((line, row.title().into_owned(), text));
                    Ok::<(), ()>(())
                })
                .unwrap();
                (table.name(city).to_owned(), rows)
            })
            .collect()
    }

    #[test]
    fn rows_are_read_again_city_by_city_from_where_they_are() {
        // CRLF, a cell over two lines, a blank line, rows of one city apart and side by side.
        let text = "\u{feff}\"Titel\",\"Beschrijving\",\"Stad\"\r\n\"a\",\"x\r\ny\",\"Gent\"\r\n\
            \r\n\"b\",\"\",\"Aalst\"\r\n\"c\",\"z\",\"Gent\"\r\n\"d\",\"w\",\"Gent\"\r\n";
        let got = reread(text);
        let row = |line, t: &str, d: &str| (line, t.to_owned(), d.to_owned());
        assert_eq!(
            got,
            [
                ("Aalst".to_owned(), vec![row(5, "b", "")]),
                (
                    "Gent".to_owned(),
                    vec![row(2, "a", "x\ny"), row(6, "c", "z"), row(7, "d", "w")]
                ),
            ]
        );
    }

    #[test]
    fn excel_s_separator_line_and_lf_are_read_again_alike() {
        let text = "sep=;\nTitel;Beschrijving;Stad\na;\"1;2\";Gent\nb;3;Aalst\nc;4;Gent";
        let got = reread(text);
        assert_eq!(got[0].1, [(4, "b".to_owned(), "3".to_owned())]);
        let gent: Vec<_> = got[1].1.iter().map(|r| (r.0, r.2.as_str())).collect();
        assert_eq!(gent, [(3, "1;2"), (5, "4")]);
    }

    #[test]
    fn a_broken_row_is_told_before_a_look_alike_city_above_it() {
        let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
        let look_alike = "Titel,Beschrijving,Stad\na,,Gent\nb,,Ge\u{200b}nt\n";
        let src = Source::new("l.csv", look_alike);
        let e = csv::read(&src, &ColumnNames::default()).unwrap_err();
        assert!(e.message.contains("looks like"), "{e}");
        assert_eq!(e.line, 3);
        let src = Source::new("l.csv", format!("{look_alike},,Aalst\n"));
        let e = csv::read(&src, &ColumnNames::default()).unwrap_err();
        assert!(e.message.contains("no title"), "{e}");
        assert_eq!(e.line, 4);
    }
}

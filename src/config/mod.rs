//! The configuration file: where it is, and its entries as plain values with the line each
//! stands on. What an entry means (a key, a colour, a switch) is for the part that uses it;
//! this module only reads. A file with a broken line still gives every entry it can, and
//! the broken line is named: one mistake never costs the rest.

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;
use toml::de::{DeTable, DeValue};

use crate::strings::Text;
use crate::strings::config as say;

/// Overrides where the file is looked for (tests use it, and a user with two setups).
pub const ENV: &str = "WOONBELEID_CONFIG";

/// The file's name in the platform's configuration folder.
pub const FILE_NAME: &str = "config.toml";

/// Where the configuration is read from: `$WOONBELEID_CONFIG`, else
/// `$XDG_CONFIG_HOME/woonbeleid/config.toml` (`%APPDATA%\woonbeleid\config.toml` on
/// Windows). `None` when there is no home folder to look in.
#[must_use]
pub fn path() -> Option<PathBuf> {
    if let Some(file) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(file));
    }
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.config_dir().join("woonbeleid").join(FILE_NAME))
}

/// An entry's value, as far as a configuration needs to tell them apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    List(Vec<String>),
    Switch(bool),
    /// Anything else (a number, a date, a list of other things): named by its kind.
    Other(Text),
}

/// `name = value` in the table `table` (`["toetsen", "boom"]`), on line `line` (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub table: Vec<String>,
    pub name: String,
    pub value: Value,
    pub line: usize,
}

impl Entry {
    /// The entry as the file names it: `toetsen.boom.omlaag`.
    #[must_use]
    pub fn dotted(&self) -> String {
        let mut parts = self.table.clone();
        parts.push(self.name.clone());
        parts.join(".")
    }
}

/// Something in the file that is not used, and why; the defaults stand in for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    /// The entry, dotted; empty for a line that could not be read at all.
    pub entry: String,
    pub what: String,
}

impl Problem {
    #[must_use]
    pub fn at(entry: &Entry, what: String) -> Problem {
        Problem {
            line: entry.line,
            entry: entry.dotted(),
            what,
        }
    }

    /// The one line the user reads: `FILE:LINE: entry: what`.
    #[must_use]
    pub fn message(&self, file: &Path) -> String {
        say::problem(
            &file.display().to_string(),
            self.line,
            &self.entry,
            &self.what,
        )
    }
}

/// The configuration as read: its entries, and what in it could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
}

impl Config {
    /// The entries of one top-level table (`toetsen`), or the top-level entries for `""`.
    pub fn table<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| {
            e.table
                .first()
                .map_or(name.is_empty(), |first| first == name)
        })
    }
}

/// Reads the file at `file`; a file that does not exist is an empty configuration (the
/// defaults), one that cannot be read is one problem. Only a regular file is opened (a FIFO
/// there would block the start forever), and only so much of it read (`/dev/zero` linked
/// there would fill memory).
#[must_use]
pub fn load(file: &Path) -> Config {
    match read(file) {
        Ok(text) => parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
        Err(e) => Config {
            entries: Vec::new(),
            problems: vec![Problem {
                line: 0,
                entry: String::new(),
                what: crate::strings::files::io_reason(&e),
            }],
        },
    }
}

/// The most of a configuration file read: a few hundred lines are a long one.
const MOST_BYTES: u64 = 1 << 20;

fn read(file: &Path) -> std::io::Result<String> {
    use std::io::Read as _;
    crate::store::read::regular(file)?;
    let mut text = String::new();
    std::fs::File::open(file)?
        .take(MOST_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MOST_BYTES {
        return Err(std::io::Error::other(say::TOO_LONG.get()));
    }
    Ok(text)
}

/// The most broken lines read past; a file with more is most likely not a configuration.
const MOST_BROKEN: usize = 32;

/// The entries of a configuration's text, and a problem for each line the TOML parser
/// could not read. A broken line is blanked and the rest read again (the parser's own
/// recovery drops what follows), so one mistake costs only its line.
#[must_use]
pub fn parse(text: &str) -> Config {
    let lines = LineStarts::of(text);
    let mut config = Config::default();
    let mut text = text.to_string();
    loop {
        let error = match DeTable::parse(&text) {
            Ok(table) => {
                walk(
                    table.get_ref(),
                    &mut Vec::new(),
                    &lines,
                    &mut config.entries,
                );
                break;
            }
            Err(e) => e,
        };
        let line = error.span().map_or(0, |s| lines.line(s.start));
        config.problems.push(Problem {
            line,
            entry: String::new(),
            what: say::UNREADABLE_LINE.get().to_string(),
        });
        let blanked = lines.blank(&mut text, line);
        if !blanked || config.problems.len() >= MOST_BROKEN {
            break;
        }
    }
    config.entries.sort_by_key(|e| e.line);
    config.problems.sort_by_key(|p| p.line);
    config
}

fn walk(table: &DeTable<'_>, path: &mut Vec<String>, lines: &LineStarts, out: &mut Vec<Entry>) {
    for (key, value) in table {
        let name = key.get_ref().to_string();
        let line = lines.line(key.span().start);
        if let DeValue::Table(inner) = value.get_ref() {
            path.push(name);
            walk(inner, path, lines, out);
            path.pop();
            continue;
        }
        out.push(Entry {
            table: path.clone(),
            name,
            value: plain(value.get_ref()),
            line,
        });
    }
}

fn plain(value: &DeValue<'_>) -> Value {
    match value {
        DeValue::String(s) => Value::Text(s.to_string()),
        DeValue::Boolean(b) => Value::Switch(*b),
        DeValue::Array(items) => {
            let texts: Option<Vec<String>> = items
                .iter()
                .map(|i| match i.get_ref() {
                    DeValue::String(s) => Some(s.to_string()),
                    _ => None,
                })
                .collect();
            texts.map_or(Value::Other(say::KIND_LIST), Value::List)
        }
        DeValue::Integer(_) | DeValue::Float(_) => Value::Other(say::KIND_NUMBER),
        DeValue::Datetime(_) => Value::Other(say::KIND_DATE),
        DeValue::Table(_) => Value::Other(say::KIND_TABLE),
    }
}

/// Where each line starts, to turn the parser's byte offsets into line numbers.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> LineStarts {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        LineStarts(starts)
    }

    /// Puts spaces over line `line` (from 1), so every other byte stays where it is;
    /// `false` when there is no such line or it is blank already.
    fn blank(&self, text: &mut String, line: usize) -> bool {
        let Some(&start) = line.checked_sub(1).and_then(|i| self.0.get(i)) else {
            return false;
        };
        let end = self.0.get(line).map_or(text.len(), |&next| next - 1);
        let Some(old) = text.get(start..end) else {
            return false;
        };
        if old.trim().is_empty() {
            return false;
        }
        let spaces = " ".repeat(old.len());
        text.replace_range(start..end, &spaces);
        true
    }

    /// The line (from 1) that holds byte `offset`.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

#[cfg(test)]
mod tests;

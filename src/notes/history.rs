//! What was typed into the filter and the search, for Ctrl-p/Ctrl-n in the next run as in
//! this one: the last `KEPT` entries of each, once each, the newest last. Only a
//! convenience, so never a reason to fail; but an unreadable file may be the user's own
//! edit: it is said and left alone, not overwritten.

use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::error::reason;
use super::file;

pub const HISTORY: &str = "history.ron";
const VERSION: u32 = 1;
/// Entries kept per input: a hundred is more than anyone walks back with Ctrl-p, and the
/// file stays a few kilobytes.
pub const KEPT: usize = 100;

/// Which input an entry was typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Filter,
    Search,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename = "History", default)]
pub struct History {
    pub version: u32,
    pub filter: Vec<String>,
    pub search: Vec<String>,
}

impl History {
    #[must_use]
    pub fn entries(&self, input: Input) -> &[String] {
        match input {
            Input::Filter => &self.filter,
            Input::Search => &self.search,
        }
    }

    /// Adds what was typed as the newest entry, dropping an earlier copy and the oldest past
    /// `KEPT`; blank text is not kept.
    pub fn add(&mut self, input: Input, typed: &str) {
        let typed = typed.trim();
        let entries = match input {
            Input::Filter => &mut self.filter,
            Input::Search => &mut self.search,
        };
        if typed.is_empty() {
            return;
        }
        entries.retain(|e| e != typed);
        entries.push(typed.to_owned());
        let over = entries.len().saturating_sub(KEPT);
        entries.drain(..over);
    }

    /// A file edited by hand may hold anything: kept to what this would have written.
    fn tidied(self) -> History {
        let mut out = History::default();
        for (input, entries) in [(Input::Filter, self.filter), (Input::Search, self.search)] {
            for e in entries {
                out.add(input, &e);
            }
        }
        out
    }
}

/// What reading the history gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// No file yet.
    Fresh,
    Loaded(History),
    /// The file cannot be read: why, in a line; it is not written over.
    Broken(String),
}

#[must_use]
pub fn read(dir: &Path) -> Read {
    let path = dir.join(HISTORY);
    let text = match file::read_regular(&path) {
        Ok(Some(t)) => t,
        Ok(None) => return Read::Fresh,
        Err(e) => return Read::Broken(format!("{}: {}", path.display(), reason(&e))),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    match ron::from_str::<History>(text) {
        Ok(h) => Read::Loaded(h.tidied()),
        Err(e) => Read::Broken(format!(
            "{}:{}: {}",
            path.display(),
            e.span.start.line,
            crate::strings::ron::reason(&e.code)
        )),
    }
}

/// Adds an entry to the history on disk, merged into what is there (another window may
/// have added its own since this one read it).
///
/// # Errors
/// The file cannot be read (it is left as it is) or written.
pub fn add(dir: &Path, input: Input, typed: &str) -> io::Result<()> {
    let mut history = match read(dir) {
        Read::Fresh => History::default(),
        Read::Loaded(h) => h,
        Read::Broken(why) => return Err(io::Error::other(why)),
    };
    history.add(input, typed);
    history.version = VERSION;
    let text = ron::ser::to_string_pretty(
        &history,
        ron::ser::PrettyConfig::new()
            .struct_names(true)
            .new_line("\n"),
    )
    .map_err(io::Error::other)?;
    file::replace(dir, HISTORY, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_kept_once_newest_last_and_bounded() {
        let mut h = History::default();
        for typed in ["raad", " overleg ", "", "raad"] {
            h.add(Input::Filter, typed);
        }
        assert_eq!(h.filter, ["overleg", "raad"]);
        assert!(h.search.is_empty(), "each input its own");
        for i in 0..KEPT + 5 {
            h.add(Input::Search, &i.to_string());
        }
        assert_eq!(h.search.len(), KEPT);
        assert_eq!(h.search[0], "5", "the oldest go first");
        assert_eq!(h.search[KEPT - 1], (KEPT + 4).to_string());
    }

    #[test]
    fn the_file_is_merged_into_and_a_broken_one_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(dir.path()), Read::Fresh);
        add(dir.path(), Input::Filter, "raad").unwrap();
        add(dir.path(), Input::Search, "huurdersbond").unwrap();
        add(dir.path(), Input::Filter, "overleg").unwrap();
        let Read::Loaded(h) = read(dir.path()) else {
            panic!("not read back")
        };
        assert_eq!(
            (h.filter.as_slice(), h.search.as_slice()),
            (
                &["raad".to_owned(), "overleg".to_owned()][..],
                &["huurdersbond".to_owned()][..]
            )
        );
        let path = dir.path().join(HISTORY);
        std::fs::write(&path, "History(filter: [\"raad\"").unwrap();
        let Read::Broken(why) = read(dir.path()) else {
            panic!("a broken file read")
        };
        assert!(why.contains(HISTORY), "{why}");
        assert!(add(dir.path(), Input::Filter, "x").is_err());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "History(filter: [\"raad\"",
            "not overwritten"
        );
    }
}

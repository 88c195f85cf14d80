//! City and title names. Every path (`--city`, either export format) cleans them with
//! `clean::norm`, which removes what a reader cannot see; a name that then equals another
//! one spelled differently is refused as a look-alike instead of being merged with it or
//! kept beside it.

use std::collections::HashMap;

use super::clean;
use super::group::Group;
use super::located::{ImportError, shorten};
use crate::strings::import as say;

/// A name as written, for telling look-alikes apart: trimmed, U+00A0 as a space.
#[must_use]
pub(crate) fn key(raw: &str) -> String {
    raw.trim_matches(char::is_whitespace).replace('\u{a0}', " ")
}

/// Whether two spellings of the same cleaned name are look-alikes: they differ, and what
/// tells them apart is invisible.
#[must_use]
pub(crate) fn look_alike(a: &str, b: &str) -> bool {
    key(a) != key(b) && (clean::hides_something(a) || clean::hides_something(b))
}

/// A name shown in a message with what it hides made visible.
#[must_use]
pub(crate) fn shown(raw: &str) -> String {
    shorten(&clean::inert_name(&key(raw)))
}

/// Where a name was written: file, line and the spelling there.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub file: String,
    pub line: usize,
    pub raw: String,
}

/// The error for two spellings of one name that look alike, naming both lines.
#[must_use]
pub(crate) fn look_alike_error(what: &str, first: &Place, second: &Place) -> ImportError {
    ImportError::new(
        &second.file,
        second.line,
        say::look_alike(
            what,
            &shown(&second.raw),
            &shown(&first.raw),
            &first.file,
            first.line,
        ),
    )
    .with_detail(format!(
        "{}:{}: {}",
        first.file,
        first.line,
        shown(&first.raw)
    ))
    .with_detail(format!(
        "{}:{}: {}",
        second.file,
        second.line,
        shown(&second.raw)
    ))
    .with_detail(say::REMOVE_INVISIBLE)
}

/// A second group for a name within one export: a look-alike, or the same city twice.
#[must_use]
pub(crate) fn second_group(file: &str, first: &Group, line: usize, raw: &str) -> ImportError {
    if look_alike(&first.raw_name, raw) {
        let place = |line, raw: &str| Place {
            file: file.to_owned(),
            line,
            raw: raw.to_owned(),
        };
        return look_alike_error(
            &say::CITY_WORD,
            &place(first.header_line, &first.raw_name),
            &place(line, raw),
        );
    }
    ImportError::new(
        file,
        line,
        say::second_group(&first.name, first.header_line),
    )
}

/// Names that hid something when cleaned, by their cleaned form: the few that must be
/// checked against every other name.
#[derive(Debug, Default)]
pub(crate) struct Suspects(HashMap<String, Place>);

impl Suspects {
    pub fn note(&mut self, cleaned: &str, place: impl FnOnce() -> Place) {
        if !self.0.contains_key(cleaned) {
            self.0.insert(cleaned.to_owned(), place());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The error when `raw` (cleaned to `cleaned`) is a look-alike of a suspect.
    pub fn check(
        &self,
        what: &str,
        cleaned: &str,
        place: impl FnOnce() -> Place,
    ) -> Result<(), ImportError> {
        match self.0.get(cleaned) {
            Some(first) => {
                let second = place();
                if look_alike(&first.raw, &second.raw) {
                    Err(look_alike_error(what, first, &second))
                } else {
                    Ok(())
                }
            }
            None => Ok(()),
        }
    }
}

/// `--city NAME`, cleaned like a city read from an export.
///
/// # Errors
/// A name that is empty once cleaned.
pub fn city_arg(raw: &str) -> Result<String, String> {
    let name = clean::norm(raw);
    if name.is_empty() {
        return Err(if raw.is_empty() {
            say::CITY_NEEDS_NAME.get().to_owned()
        } else {
            say::city_invisible(&clean::inert_name(raw))
        });
    }
    Ok(name.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_differ_by_what_cannot_be_seen() {
        assert!(look_alike("Aa\u{200b}lst", "Aalst"));
        assert!(look_alike("Gent\u{1b}]0;x\u{7}", "Gent"));
        assert!(look_alike(
            "Lokaal\u{2028}woonoverleg",
            "Lokaal woonoverleg"
        ));
        assert!(!look_alike("Aa\u{200b}lst", "Aa\u{200b}lst"));
        assert!(
            !look_alike("Sint\u{a0}Niklaas", "Sint Niklaas"),
            "U+00A0 is a space"
        );
        assert!(!look_alike("Aalst ", "Aalst"));
    }

    #[test]
    fn city_arguments_are_cleaned_and_never_empty() {
        let _english = crate::strings::taal::speaking_here(crate::strings::Taal::En);
        assert_eq!(city_arg(" Gent\u{200b} ").unwrap(), "Gent");
        assert_eq!(city_arg("Gent\u{1b}]0;PWN\u{7}").unwrap(), "Gent");
        assert!(city_arg("").unwrap_err().contains("needs a name"));
        assert!(
            city_arg("\u{200b}\u{7}")
                .unwrap_err()
                .contains("no visible")
        );
    }
}

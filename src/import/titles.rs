//! What the inputs of an import must agree on besides their items: the chapter, and
//! titles that look alike but for what cannot be seen.

use std::borrow::Cow;

use super::checked::Checked;
use super::group::Group;
use super::input::Source;
use super::located::ImportError;
use super::names::Suspects;
use super::passes::{self, CheckTitles};
use super::views::view_places;
use crate::model::Level;
use crate::strings::import as say;

/// The chapter: the first input's that has one; every other input must agree.
pub(super) fn chapter(inputs: &[(&Source, Checked)]) -> Result<String, ImportError> {
    let mut seen: Option<(Cow<'_, str>, &str)> = None;
    for (src, kind) in inputs {
        let ch = match kind {
            Checked::Grouped { chapter, .. } => chapter.as_deref().map(Cow::Borrowed),
            Checked::View(view) => view.chapter.as_deref().map(Cow::Borrowed),
            Checked::Table(table) => table
                .cities
                .iter()
                .flat_map(|c| &c.items)
                .find(|it| Level::of(&it.title) == Level::Chapter)
                .map(|it| Cow::Borrowed(it.title.as_str())),
            Checked::Csv(table) => table.chapter(src).map(Cow::Owned),
        };
        match (ch, &seen) {
            (Some(ch), None) => seen = Some((ch, &src.name)),
            (Some(ch), Some((first, file))) if ch != *first => {
                return Err(ImportError::new(
                    &src.name,
                    1,
                    say::chapter_differs(&ch, first, file),
                ));
            }
            _ => {}
        }
    }
    Ok(seen.map(|(c, _)| c.into_owned()).unwrap_or_default())
}

/// Every title against the titles that hid something: only run when there are such.
pub(super) fn check_titles(
    inputs: &[(&Source, Checked)],
    suspects: &Suspects,
) -> Result<(), ImportError> {
    for (src, kind) in inputs {
        match kind {
            Checked::Grouped { groups, .. } => check_titles_of(src, groups, suspects)?,
            Checked::View(view) => {
                for (item, place) in view_places(src, view) {
                    suspects.check(&say::TITLE_WORD, &item.title, || place)?;
                }
            }
            Checked::Table(table) => {
                for city in 0..table.cities.len() {
                    for (item, place) in table.places(city) {
                        suspects.check(&say::TITLE_WORD, &item.title, || place)?;
                    }
                }
            }
            Checked::Csv(table) => {
                table.each_title(src, |title, place| {
                    suspects.check(&say::TITLE_WORD, title, || place)
                })?;
            }
        }
    }
    Ok(())
}

/// The titles of a grouped export's groups against the suspects.
pub(super) fn check_titles_of(
    src: &Source,
    groups: &[Group],
    suspects: &Suspects,
) -> Result<(), ImportError> {
    let mut check = CheckTitles {
        file: &src.name,
        suspects,
        found: None,
    };
    for group in groups {
        passes::rescan(src, group, &mut check)?;
        if let Some(e) = check.found.take() {
            return Err(e);
        }
    }
    Ok(())
}

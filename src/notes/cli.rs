//! `woonbeleid note` and `woonbeleid notes`: the notes for scripts. Names are found as the
//! browser shows them, case and accents aside; an unknown one is answered with the closest
//! the dataset has.

use std::fmt::Write as _;

use super::place::Place;
use super::store::NoteStore;
use crate::catalog::Catalog;
use crate::import::clean::{inert, inert_name, is_invisible, is_separator};
use crate::model::ItemId;
use crate::strings::cli as strings;
use crate::strings::cli::ORPHAN_COLUMN;
use crate::text::fold;

/// The dataset's item for a city and title typed by a user, with their exact names.
///
/// # Errors
/// An unknown city or title, naming the closest there is.
pub fn resolve(catalog: &Catalog, city: &str, title: &str) -> Result<(Place, ItemId), String> {
    let c = resolve_city(catalog, city)?;
    let names: Vec<&str> = (0..catalog.city_count())
        .map(|c| catalog.city_name(c))
        .collect();
    let titles: Vec<&str> = catalog
        .city_items(c)
        .filter_map(|id| catalog.get(id))
        .map(|i| i.title)
        .collect();
    let Some(item) = find(&titles, title) else {
        return Err(unknown(&Unknown::Title(names[c]), title, &titles));
    };
    Ok((Place::new(names[c], titles[item]), ItemId { city: c, item }))
}

/// The city named `city` (case and accents do not matter).
///
/// # Errors
/// No such city: the message names the closest.
pub fn resolve_city(catalog: &Catalog, city: &str) -> Result<usize, String> {
    let names: Vec<&str> = (0..catalog.city_count())
        .map(|c| catalog.city_name(c))
        .collect();
    find(&names, city).ok_or_else(|| unknown(&Unknown::City, city, &names))
}

/// The position of `wanted` among `names`: exactly, else ignoring case and accents.
fn find(names: &[&str], wanted: &str) -> Option<usize> {
    let wanted = wanted.trim();
    names.iter().position(|n| *n == wanted).or_else(|| {
        let folded = fold(wanted);
        names.iter().position(|n| fold(n) == folded)
    })
}

/// What was not found, which decides how it is said.
enum Unknown<'a> {
    City,
    /// A title of this city.
    Title(&'a str),
    /// A note or bookmark of this city, for `--move`.
    Moved(&'a str),
}

/// An unknown name, with the closest of `names` only when it resembles what was typed: a
/// suggestion that shares nothing with it (the city's one note, whatever was asked) would
/// only mislead. `--move` lists what it could move instead.
fn unknown(what: &Unknown<'_>, wanted: &str, names: &[&str]) -> String {
    let wanted = wanted.trim();
    let close = closest(wanted, names);
    match (what, close) {
        (Unknown::City, Some(name)) => strings::unknown_city(wanted, Some(name)),
        (Unknown::City, None) => strings::unknown_city(wanted, None),
        (Unknown::Title(city), name) => strings::unknown_title(city, wanted, name),
        (Unknown::Moved(city), Some(name)) => strings::unknown_moved(city, wanted, name),
        (Unknown::Moved(city), None) => strings::nothing_like_moved(
            city,
            wanted,
            &crate::import::columns::listed(names.iter().map(|n| inert_name(n))),
        ),
    }
}

/// The name most like `wanted`, if any is like it at all: one holding a word of it (of
/// four letters or more), or one that most of its letters would spell.
fn closest<'a>(wanted: &str, names: &[&'a str]) -> Option<&'a str> {
    let folded = fold(wanted);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    names
        .iter()
        .map(|n| {
            let name = fold(n);
            let score = strsim::normalized_levenshtein(&name, &folded);
            let shares = words.iter().any(|w| name.contains(w));
            (score, shares || score >= 0.5, *n)
        })
        .filter(|(_, like, _)| *like)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, _, n)| n)
}

/// A place as typed: the dataset's item when it has one, else the note's own place (an
/// orphan whose item is gone).
///
/// # Errors
/// Neither the dataset nor the notes know it.
pub fn place(
    catalog: &Catalog,
    store: &NoteStore,
    city: &str,
    title: &str,
) -> Result<Place, String> {
    match resolve(catalog, city, title) {
        Ok((place, _)) => Ok(place),
        Err(e) => {
            let typed = Place::new(city.trim(), title.trim());
            let known = store.notes();
            if known.notes.contains_key(&typed) || known.bookmarks.contains(&typed) {
                Ok(typed)
            } else {
                Err(e)
            }
        }
    }
}

/// The note or bookmark `--move` takes: among the city's notes and bookmarks, since the old
/// title may be gone from the dataset (that is why it moves), matched as every other name
/// is, and an unknown one answered with the closest title that has something to move.
fn moved_from(store: &NoteStore, city: &str, title: &str) -> Result<Place, String> {
    let notes = store.notes();
    let known: std::collections::BTreeSet<&Place> = notes
        .notes
        .keys()
        .chain(&notes.bookmarks)
        .filter(|p| p.city == city)
        .collect();
    let known: Vec<&Place> = known.into_iter().collect();
    let titles: Vec<&str> = known.iter().map(|p| p.title.as_str()).collect();
    match find(&titles, title) {
        Some(at) => Ok(known[at].clone()),
        None if titles.is_empty() => Err(strings::nothing_to_move_in(city)),
        None => Err(unknown(&Unknown::Moved(city), title, &titles)),
    }
}

/// What `woonbeleid note` was asked.
#[derive(Debug, Clone, Default)]
pub struct NoteArgs {
    pub city: String,
    pub title: String,
    /// The new text (`-` when it comes from standard input, read by the caller).
    pub set: Option<String>,
    /// `--move`: the title the note moves to.
    pub move_to: Option<String>,
}

/// What `note` did: what to print on stdout (`None`: no note, exit 1), and what to say
/// on stderr beside it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub printed: Option<String>,
    pub notice: Option<String>,
}

/// Carries out `note`.
///
/// # Errors
/// An unknown item, or notes that cannot be written; one line.
pub fn run(
    catalog: &Catalog,
    store: &mut NoteStore,
    args: &NoteArgs,
    text: Option<&str>,
) -> Result<Outcome, String> {
    if let Some(new) = &args.move_to {
        return move_note(catalog, store, args, new);
    }
    let place = place(catalog, store, &args.city, &args.title)?;
    if let Some(text) = text {
        store.set_note(&place, text).map_err(|e| e.to_string())?;
        return Ok(Outcome {
            printed: Some(String::new()),
            notice: None,
        });
    }
    // A note is the user's own text, but it may hold what a terminal acts on (pasted
    // escape sequences, a bidi override): shown, never obeyed.
    let printed = store
        .notes()
        .note(&place)
        .map(|n| format!("{}\n", inert(n)));
    Ok(Outcome {
        printed,
        notice: None,
    })
}

/// `note --move`: a note moved onto one already there keeps both, and says so.
fn move_note(
    catalog: &Catalog,
    store: &mut NoteStore,
    args: &NoteArgs,
    new: &str,
) -> Result<Outcome, String> {
    let (to, _) = resolve(catalog, &args.city, new)?;
    let from = moved_from(store, &to.city, &args.title)?;
    let notes = store.notes();
    let joined =
        from != to && matches!((notes.note(&from), notes.note(&to)), (Some(a), Some(b)) if a != b);
    if !store.move_place(&from, &to).map_err(|e| e.to_string())? {
        return Err(strings::nothing_to_move(&from.to_string()));
    }
    Ok(Outcome {
        printed: Some(String::new()),
        notice: joined.then(|| strings::moved_beside(&to.to_string(), &from.title)),
    })
}

/// How `notes` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tsv,
    Md,
    Json,
}

/// The notes, each with its text and whether it is an orphan: those of items in the
/// catalog's order, then the orphans.
fn in_catalog_order<'s>(
    catalog: &Catalog,
    store: &'s NoteStore,
) -> Vec<(&'s Place, &'s str, bool)> {
    let notes = &store.notes().notes;
    let mut shown: Vec<(&Place, &str, bool)> = Vec::new();
    // Looked up by the names as they are, and only in cities that have a note: no place
    // made per item, none of a million items read for one note.
    let by_name: std::collections::HashMap<(&str, &str), (&Place, &str)> = notes
        .iter()
        .map(|(p, t)| ((p.city.as_str(), p.title.as_str()), (p, t.as_str())))
        .collect();
    let cities_noted: std::collections::HashSet<&str> =
        notes.keys().map(|p| p.city.as_str()).collect();
    for c in 0..catalog.city_count() {
        let city = catalog.city_name(c);
        if !cities_noted.contains(city) {
            continue;
        }
        for id in catalog.city_items(c) {
            let Some(item) = catalog.get(id) else {
                continue;
            };
            if let Some(&(place, text)) = by_name.get(&(city, item.title)) {
                shown.push((place, text, false));
            }
        }
    }
    let known: std::collections::HashSet<&Place> = shown.iter().map(|(p, _, _)| *p).collect();
    shown.extend(
        notes
            .iter()
            .filter(|(p, _)| !known.contains(p))
            .map(|(p, t)| (p, t.as_str(), true)),
    );
    shown
}

/// Every note: those of items in the dataset first, in its order, then the orphans.
#[must_use]
pub fn list(catalog: &Catalog, store: &NoteStore, format: Format) -> String {
    let shown = in_catalog_order(catalog, store);
    let bookmarked = |p: &Place| store.notes().bookmarks.contains(p);
    match format {
        Format::Tsv => shown
            .iter()
            .fold(String::new(), |mut out, (p, text, orphan)| {
                let first = inert_name(text.lines().next().unwrap_or(""));
                let tail = if *orphan {
                    format!("\t{}", ORPHAN_COLUMN.get())
                } else {
                    String::new()
                };
                let (city, title) = (inert_name(&p.city), inert_name(&p.title));
                let _ = writeln!(out, "{city}\t{title}\t{first}{tail}");
                out
            }),
        Format::Md => {
            let mut out = String::from(crate::strings::cli::NOTES_HEADING.get());
            for (p, text, orphan) in &shown {
                let mark = if *orphan {
                    crate::strings::cli::ORPHAN_MARK.get()
                } else {
                    ""
                };
                let heading = inert_name(&p.to_string());
                let _ = writeln!(out, "## {heading}{mark}\n\n{}\n", inert(text));
            }
            out
        }
        Format::Json => {
            let rows: Vec<serde_json::Value> = shown
                .iter()
                .map(|(p, text, orphan)| {
                    serde_json::json!({
                        "city": p.city, "title": p.title, "text": text,
                        "orphan": orphan, "bookmark": bookmarked(p),
                    })
                })
                .collect();
            serde_json::to_string_pretty(&rows)
                .map(|s| escape_invisible(&s) + "\n")
                .unwrap_or_default()
        }
    }
}

/// JSON with every character a terminal could act on written as `\uXXXX`: `serde_json`
/// escapes C0 controls only, so C1 controls, bidi overrides and line separators would
/// reach the terminal raw. A JSON reader gets the very same text back.
pub(crate) fn escape_invisible(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        // The newlines are pretty-printing's own; those in a text are escaped already.
        if c != '\n' && (is_invisible(c) || is_separator(c)) {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests;

//! `woonbeleid note` and `woonbeleid notes`: the notes for scripts. Names are found as the
//! browser shows them, case and accents aside; an unknown one is answered with the closest
//! the dataset has.

use std::fmt::Write as _;

use super::place::Place;
use super::store::NoteStore;
use crate::catalog::Catalog;
use crate::import::clean::{inert, inert_name, is_invisible, is_separator};
use crate::model::ItemId;
use crate::query::fold;

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
        return Err(unknown(&format!("title in {}", names[c]), title, &titles));
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
    find(&names, city).ok_or_else(|| unknown("city", city, &names))
}

/// The position of `wanted` among `names`: exactly, else ignoring case and accents.
fn find(names: &[&str], wanted: &str) -> Option<usize> {
    let wanted = wanted.trim();
    names.iter().position(|n| *n == wanted).or_else(|| {
        let folded = fold(wanted);
        names.iter().position(|n| fold(n) == folded)
    })
}

fn unknown(what: &str, wanted: &str, names: &[&str]) -> String {
    let folded = fold(wanted);
    let closest = names
        .iter()
        .map(|n| (strsim::normalized_levenshtein(&fold(n), &folded), *n))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match closest {
        Some((_, name)) => format!("no {what} '{wanted}'; the closest is '{name}'"),
        None => format!("no {what} '{wanted}': the dataset has none"),
    }
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
        None if titles.is_empty() => Err(format!("no note or bookmark in {city} to move")),
        None => Err(unknown(
            &format!("note or bookmark in {city}"),
            title,
            &titles,
        )),
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

/// Carries out `note`: what to print, if anything (`None`: no note, exit 1).
///
/// # Errors
/// An unknown item, or notes that cannot be written; one line.
pub fn run(
    catalog: &Catalog,
    store: &mut NoteStore,
    args: &NoteArgs,
    text: Option<&str>,
) -> Result<Option<String>, String> {
    if let Some(new) = &args.move_to {
        let (to, _) = resolve(catalog, &args.city, new)?;
        let from = moved_from(store, &to.city, &args.title)?;
        return if store.move_place(&from, &to).map_err(|e| e.to_string())? {
            Ok(Some(String::new()))
        } else {
            Err(format!("no note or bookmark on '{from}' to move"))
        };
    }
    let place = place(catalog, store, &args.city, &args.title)?;
    if let Some(text) = text {
        store.set_note(&place, text).map_err(|e| e.to_string())?;
        return Ok(Some(String::new()));
    }
    // A note is the user's own text, but it may hold what a terminal acts on (pasted
    // escape sequences, a bidi override): shown, never obeyed.
    Ok(store
        .notes()
        .note(&place)
        .map(|n| format!("{}\n", inert(n))))
}

/// How `notes` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tsv,
    Md,
    Json,
}

/// Every note: those of items in the dataset first, in its order, then the orphans.
#[must_use]
pub fn list(catalog: &Catalog, store: &NoteStore, format: Format) -> String {
    let notes = &store.notes().notes;
    let mut shown: Vec<(&Place, &str, bool)> = Vec::new();
    for c in 0..catalog.city_count() {
        for id in catalog.city_items(c) {
            let Some(item) = catalog.get(id) else {
                continue;
            };
            let p = Place::new(catalog.city_name(c), item.title);
            if let Some((place, text)) = notes.get_key_value(&p) {
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
    let bookmarked = |p: &Place| store.notes().bookmarks.contains(p);
    match format {
        Format::Tsv => shown
            .iter()
            .fold(String::new(), |mut out, (p, text, orphan)| {
                let first = inert_name(text.lines().next().unwrap_or(""));
                let tail = if *orphan { "\twees" } else { "" };
                let (city, title) = (inert_name(&p.city), inert_name(&p.title));
                let _ = writeln!(out, "{city}\t{title}\t{first}{tail}");
                out
            }),
        Format::Md => {
            let mut out = String::from("# Notities\n\n");
            for (p, text, orphan) in &shown {
                let mark = if *orphan {
                    " (wees: het item staat niet meer in de gegevens)"
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
fn escape_invisible(json: &str) -> String {
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
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        crate::catalog::sample()
    }

    #[test]
    fn names_resolve_ignoring_case_and_accents_and_unknown_ones_say_the_closest() {
        let c = catalog();
        let (p, id) = resolve(&c, "aalst", "LOKAAL WOONOVERLEG").unwrap();
        assert_eq!(
            (p.city.as_str(), p.title.as_str(), id),
            ("Aalst", "Lokaal woonoverleg", ItemId { city: 0, item: 1 })
        );
        assert_eq!(
            resolve(&c, "Aalts", "x").unwrap_err(),
            "no city 'Aalts'; the closest is 'Aalst'"
        );
        assert_eq!(
            resolve(&c, "Aalst", "Lokaal woonoverleggen").unwrap_err(),
            "no title in Aalst 'Lokaal woonoverleggen'; the closest is 'Lokaal woonoverleg'"
        );
        assert_eq!(
            resolve(&c, "Gent", "x").unwrap_err(),
            "no title in Gent 'x': the dataset has none"
        );
    }

    #[test]
    fn lists_put_orphans_last_and_mark_them() {
        let c = catalog();
        let dir = tempfile::tempdir().unwrap();
        let mut s = NoteStore::open(dir.path()).unwrap();
        s.set_note(&Place::new("Zottegem", "Weg"), "verweesd")
            .unwrap();
        s.set_note(
            &Place::new("Aalst", "Lokaal woonoverleg"),
            "eerste regel\ntweede",
        )
        .unwrap();
        assert_eq!(
            list(&c, &s, Format::Tsv),
            "Aalst\tLokaal woonoverleg\teerste regel\nZottegem\tWeg\tverweesd\twees\n"
        );
        let md = list(&c, &s, Format::Md);
        assert!(
            md.contains("## Aalst › Lokaal woonoverleg\n\neerste regel\ntweede")
                && md.contains("(wees")
        );
        let json: serde_json::Value = serde_json::from_str(&list(&c, &s, Format::Json)).unwrap();
        assert_eq!(json[1]["orphan"], true);
        assert_eq!(
            place(&c, &s, "Zottegem", "Weg").unwrap(),
            Place::new("Zottegem", "Weg"),
            "an orphan by its own name"
        );
        assert!(place(&c, &s, "Zottegem", "Ander").is_err());
    }
}

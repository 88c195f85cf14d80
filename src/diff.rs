//! What changed between two datasets: cities added and removed, and per city the items
//! added, removed and changed, matched by title (the `n`-th item titled `T` in the old
//! city is the `n`-th titled `T` in the new one, as the importer merges). Linear in the
//! items of both.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;

use similar::{ChangeTag, TextDiff};

use crate::model::{City, Dataset, Item};
use crate::strings::cli::diff as words;
use crate::strings::{self, count};
use crate::worddiff;

/// The differences, in the new dataset's order (removed cities and items last).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The chapter, old and new, when it changed.
    pub chapter: Option<(String, String)>,
    /// Cities only in the new dataset, with their number of items.
    pub cities_added: Vec<(String, usize)>,
    pub cities_removed: Vec<(String, usize)>,
    pub cities: Vec<CityChanges>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityChanges {
    pub name: String,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<Changed>,
}

/// An item in both datasets whose text or attachment differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub title: String,
    /// Lines removed plus lines added.
    pub lines: usize,
    /// `Some(new)` when the attachment mark changed.
    pub attachment: Option<bool>,
    /// The text's unified diff (lines starting `@@`, `-`, `+` or ` `).
    pub diff: Vec<String>,
}

impl Changes {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.chapter.is_none()
            && self.cities_added.is_empty()
            && self.cities_removed.is_empty()
            && self.cities.is_empty()
    }
}

/// The changes from `old` to `new`.
#[must_use]
pub fn changes(old: &Dataset, new: &Dataset) -> Changes {
    let mut out = Changes::default();
    if old.chapter != new.chapter {
        out.chapter = Some((old.chapter.clone(), new.chapter.clone()));
    }
    let old_cities: HashMap<&str, &City> =
        old.cities.iter().map(|c| (c.name.as_str(), c)).collect();
    let new_names: HashSet<&str> = new.cities.iter().map(|c| c.name.as_str()).collect();
    for city in &new.cities {
        match old_cities.get(city.name.as_str()) {
            None => out.cities_added.push((city.name.clone(), city.items.len())),
            Some(before) => {
                let changes = city_changes(before, city);
                if !(changes.added.is_empty()
                    && changes.removed.is_empty()
                    && changes.changed.is_empty())
                {
                    out.cities.push(changes);
                }
            }
        }
    }
    for city in &old.cities {
        if !new_names.contains(city.name.as_str()) {
            out.cities_removed
                .push((city.name.clone(), city.items.len()));
        }
    }
    out
}

fn city_changes(old: &City, new: &City) -> CityChanges {
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, item) in old.items.iter().enumerate() {
        positions.entry(&item.title).or_default().push(i);
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut matched = vec![false; old.items.len()];
    let mut out = CityChanges {
        name: new.name.clone(),
        ..CityChanges::default()
    };
    for item in &new.items {
        let n = seen.entry(&item.title).or_default();
        let at = positions
            .get(item.title.as_str())
            .and_then(|p| p.get(*n))
            .copied();
        *n += 1;
        match at {
            None => out.added.push(item.title.clone()),
            Some(at) => {
                matched[at] = true;
                if let Some(changed) = item_changes(&old.items[at], item) {
                    out.changed.push(changed);
                }
            }
        }
    }
    out.removed = old
        .items
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(i, _)| i.title.clone())
        .collect();
    out
}

fn item_changes(old: &Item, new: &Item) -> Option<Changed> {
    let attachment = (old.attachment != new.attachment).then_some(new.attachment);
    if old.description == new.description && attachment.is_none() {
        return None;
    }
    let diff = TextDiff::from_lines(&old.description, &new.description);
    let lines = diff
        .iter_all_changes()
        .filter(|c| c.tag() != ChangeTag::Equal)
        .count();
    let unified = diff
        .unified_diff()
        .context_radius(1)
        .missing_newline_hint(false)
        .to_string();
    Some(Changed {
        title: new.title.clone(),
        lines,
        attachment,
        diff: unified.lines().map(shown).collect(),
    })
}

/// A line of the unified diff, a removed or added line with what would not show marked
/// (two lines that differ by a no-break space or a space at the end look alike otherwise).
fn shown(line: &str) -> String {
    match line.split_at_checked(1) {
        Some((sign @ ("-" | "+"), rest)) => format!("{sign}{}", crate::import::marks::marked(rest)),
        _ => line.to_owned(),
    }
}

/// One line of counts: `1 stad toegevoegd, 0 verwijderd; 2 items toegevoegd, 1
/// verwijderd, 1 gewijzigd`, or `geen wijzigingen`.
#[must_use]
pub fn headline(changes: &Changes) -> String {
    if changes.is_empty() {
        return words::NO_CHANGES.to_string();
    }
    let sum = |f: fn(&CityChanges) -> usize| changes.cities.iter().map(f).sum::<usize>();
    let added: usize = changes.cities_added.iter().map(|c| c.1).sum();
    let removed: usize = changes.cities_removed.iter().map(|c| c.1).sum();
    format!(
        "{}; {}",
        words::counted(
            &count(changes.cities_added.len(), strings::CITY_NOUN),
            changes.cities_removed.len(),
            None
        ),
        words::counted(
            &count(sum(|c| c.added.len()) + added, strings::ITEM_NOUN),
            sum(|c| c.removed.len()) + removed,
            Some(sum(|c| c.changed.len()))
        ),
    )
}

/// What a line of the summary says, for a terminal to colour it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A city's line: what changed in it.
    City,
    Added,
    Removed,
    Changed,
    /// A text diff's `@@` line.
    Hunk,
    /// A text's line as it was, and as it is.
    Old,
    New,
    Context,
}

/// One line of the summary, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: Kind,
    pub text: String,
}

/// The summary as lines: cities added and removed, then per city `+ title` (added),
/// `- title` (removed), `~ title: N lines differ` (changed); with `text`, each changed
/// item's differing lines below it.
#[must_use]
pub fn summary(changes: &Changes, text: bool) -> Vec<String> {
    rows(changes, text).into_iter().map(|r| r.text).collect()
}

/// The summary's lines, each with what it says.
#[must_use]
pub fn rows(changes: &Changes, text: bool) -> Vec<Row> {
    let row = |kind, text| Row { kind, text };
    let mut out = Vec::new();
    if let Some((old, new)) = &changes.chapter {
        out.push(row(
            Kind::Changed,
            format!("{} '{old}' → '{new}'", words::CHAPTER),
        ));
    }
    for (cities, kind, sign) in [
        (&changes.cities_added, Kind::Added, '+'),
        (&changes.cities_removed, Kind::Removed, '-'),
    ] {
        for (name, items) in cities {
            let items = count(*items, strings::ITEM_NOUN);
            out.push(row(
                kind,
                format!("{sign} {} {name} ({items})", words::CITY),
            ));
        }
    }
    for city in &changes.cities {
        let counted = words::counted(
            &city.added.len().to_string(),
            city.removed.len(),
            Some(city.changed.len()),
        );
        out.push(row(Kind::City, format!("{}: {counted}", city.name)));
        out.extend(
            city.added
                .iter()
                .map(|t| row(Kind::Added, format!("  + {t}"))),
        );
        out.extend(
            city.removed
                .iter()
                .map(|t| row(Kind::Removed, format!("  - {t}"))),
        );
        for changed in &city.changed {
            out.push(row(Kind::Changed, format!("  ~ {}", changed_line(changed))));
            if text {
                out.extend(
                    changed
                        .diff
                        .iter()
                        .map(|l| row(diff_kind(l), format!("      {l}"))),
                );
            }
        }
    }
    out
}

fn diff_kind(line: &str) -> Kind {
    match line.as_bytes().first() {
        Some(b'@') => Kind::Hunk,
        Some(b'-') => Kind::Old,
        Some(b'+') => Kind::New,
        _ => Kind::Context,
    }
}

/// Per row, the byte ranges of the words that changed within it: a line as it was and the
/// line that took its place (the n-th removed of a run with the n-th added after it),
/// compared word by word as the comparison compares two texts. A line that keeps no word
/// of the other is changed as a whole, and nothing in it is marked.
#[must_use]
pub fn changed_words(rows: &[Row]) -> Vec<Vec<Range<usize>>> {
    let mut out = vec![Vec::new(); rows.len()];
    let run_end =
        |from: usize, kind| from + rows[from..].iter().take_while(|r| r.kind == kind).count();
    let mut i = 0;
    while i < rows.len() {
        let old_end = run_end(i, Kind::Old);
        if old_end == i {
            i += 1;
            continue;
        }
        let new_end = run_end(old_end, Kind::New);
        for (a, b) in (i..old_end).zip(old_end..new_end) {
            let (old, new) = (&rows[a].text, &rows[b].text);
            let (at_old, at_new) = (body(old), body(new));
            let (in_old, in_new) = worddiff::word_diff(&old[at_old..], &new[at_new..]);
            if all_changed(&old[at_old..], &in_old) || all_changed(&new[at_new..], &in_new) {
                continue;
            }
            out[a] = shifted(in_old, at_old);
            out[b] = shifted(in_new, at_new);
        }
        i = new_end;
    }
    out
}

fn shifted(ranges: Vec<Range<usize>>, by: usize) -> Vec<Range<usize>> {
    ranges
        .into_iter()
        .map(|r| r.start + by..r.end + by)
        .collect()
}

/// Where a diff row's line starts: past its indent and its sign.
fn body(row: &str) -> usize {
    row.len() - row.trim_start().len() + 1
}

/// Whether `ranges` cover every word of `text`.
fn all_changed(text: &str, ranges: &[Range<usize>]) -> bool {
    text.char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .all(|(at, _)| ranges.iter().any(|r| r.contains(&at)))
}

fn changed_line(changed: &Changed) -> String {
    let mut line = changed.title.clone();
    let mut sep = ": ";
    if changed.lines > 0 {
        let _ = write!(line, "{sep}{}", words::lines_differ(changed.lines));
        sep = ", ";
    }
    match changed.attachment {
        Some(true) => {
            let _ = write!(line, "{sep}{}", words::ATTACHMENT_ADDED);
        }
        Some(false) => {
            let _ = write!(line, "{sep}{}", words::ATTACHMENT_REMOVED);
        }
        None => {}
    }
    line
}

#[cfg(test)]
mod tests;

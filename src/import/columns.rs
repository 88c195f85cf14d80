//! Which columns of a SharePoint export hold the title, the description and the city: by
//! display or internal name, in Dutch or English, or as the user names them. Anything
//! else is reported, never guessed: two candidates for one role, or none.

use std::borrow::Cow;

use super::located::ImportError;
use crate::strings::import as say;

/// The columns the user named (`--title-column`, …), overriding the usual names.
#[derive(Debug, Clone, Copy, Default)]
pub struct ColumnNames<'a> {
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
    pub city: Option<&'a str>,
}

/// A column as an export describes it.
#[derive(Debug, Clone, Default)]
pub struct Column {
    /// The name shown in the list (a CSV header), when known.
    pub display: Option<String>,
    /// The internal name (REST, Graph, the CSV schema), `_xHHHH_` still encoded.
    pub internal: Option<String>,
    /// Whether it is a rich-text column, when the export says.
    pub rich: Option<bool>,
}

impl Column {
    /// The name a message uses: the display name, else the decoded internal one.
    #[must_use]
    pub fn shown(&self) -> String {
        match (&self.display, &self.internal) {
            (Some(d), _) => d.clone(),
            (None, Some(i)) => decode_internal(i).into_owned(),
            (None, None) => String::new(),
        }
    }

    fn answers_to(&self, name: &str) -> bool {
        let same = |n: &str| n.trim().eq_ignore_ascii_case(name.trim());
        self.display.as_deref().is_some_and(same)
            || self
                .internal
                .as_deref()
                .is_some_and(|i| same(i) || same(&decode_internal(i)))
    }
}

/// The three roles, with the names each goes by in a Dutch or an English list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Description,
    City,
}

impl Role {
    const ALL: [Role; 3] = [Role::Title, Role::Description, Role::City];

    fn usual_names(self) -> &'static [&'static str] {
        match self {
            Role::Title => &["Titel", "Title"],
            Role::Description => &["Beschrijving", "Omschrijving", "Description"],
            Role::City => &["Stad", "Gemeente", "City"],
        }
    }

    /// The option that names this role's column.
    #[must_use]
    pub fn option(self) -> &'static str {
        match self {
            Role::Title => "--title-column",
            Role::Description => "--description-column",
            Role::City => "--city-column",
        }
    }

    #[must_use]
    pub fn noun(self) -> &'static str {
        match self {
            Role::Title => say::TITLE_WORD.get(),
            Role::Description => say::DESCRIPTION_WORD.get(),
            Role::City => say::CITY_WORD.get(),
        }
    }

    fn given<'a>(self, names: &ColumnNames<'a>) -> Option<&'a str> {
        match self {
            Role::Title => names.title,
            Role::Description => names.description,
            Role::City => names.city,
        }
    }
}

/// Where each role's column is, by index into the columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chosen {
    pub title: usize,
    pub description: usize,
    pub city: usize,
}

impl Chosen {
    /// Whether a column is one of the three (the others are ignored, and said so).
    #[must_use]
    pub fn uses(&self, at: usize) -> bool {
        at == self.title || at == self.description || at == self.city
    }
}

/// A role without its column: what went wrong, for the caller to place in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub role: Role,
    pub message: String,
}

/// Finds each role's column.
///
/// # Errors
/// A role whose column is missing or ambiguous: the message lists the columns found.
pub fn choose(columns: &[Column], names: &ColumnNames<'_>) -> Result<Chosen, Missing> {
    let mut at = [0; 3];
    for (slot, role) in at.iter_mut().zip(Role::ALL) {
        *slot = find(columns, role, names)?;
    }
    Ok(Chosen {
        title: at[0],
        description: at[1],
        city: at[2],
    })
}

/// Whether a column answers to a role's names (the given one, else the usual ones).
#[must_use]
pub fn answers(column: &Column, role: Role, names: &ColumnNames<'_>) -> bool {
    match role.given(names) {
        Some(name) => column.answers_to(name),
        None => role.usual_names().iter().any(|n| column.answers_to(n)),
    }
}

/// The one column that plays `role`, if exactly one does.
#[must_use]
pub fn find_role(columns: &[Column], role: Role, names: &ColumnNames<'_>) -> Option<usize> {
    find(columns, role, names).ok()
}

fn find(columns: &[Column], role: Role, names: &ColumnNames<'_>) -> Result<usize, Missing> {
    let wanted: Vec<&str> = match role.given(names) {
        Some(name) => vec![name],
        None => role.usual_names().to_vec(),
    };
    let hits: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| wanted.iter().any(|w| c.answers_to(w)))
        .map(|(i, _)| i)
        .collect();
    let found = || listed(columns.iter().map(Column::shown));
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(Missing {
            role,
            message: say::no_column(
                role.noun(),
                &listed(wanted.iter().map(|w| (*w).to_owned())),
                &found(),
                role.option(),
            ),
        }),
        several => Err(Missing {
            role,
            message: say::several_columns(
                role.noun(),
                &listed(several.iter().map(|&i| columns[i].shown())),
                role.option(),
            ),
        }),
    }
}

/// How many names a message lists: a header of 100,000 columns made a 989 kB line.
const LISTED: usize = 20;

/// Names quoted and joined, for messages: the first 20, each cut at 60 characters, and how
/// many more there are.
#[must_use]
pub fn listed(names: impl Iterator<Item = String>) -> String {
    let mut shown = Vec::new();
    let mut more = 0;
    for name in names {
        if shown.len() < LISTED {
            shown.push(format!("'{}'", super::located::shorten(&name)));
        } else {
            more += 1;
        }
    }
    if more > 0 {
        shown.push(crate::strings::cli::more_names(more));
    }
    shown.join(", ")
}

/// An internal name with SharePoint's `_xHHHH_` escapes decoded (`Co_x00f6_rdinatie` →
/// `Coördinatie`, `Korte_x0020_tekst` → `Korte tekst`); an escape that names no character
/// stays as written.
#[must_use]
pub fn decode_internal(name: &str) -> Cow<'_, str> {
    if !name.contains("_x") {
        return Cow::Borrowed(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let decoded = after
            .get(..5)
            .filter(|h| h.ends_with('_'))
            .and_then(|h| u32::from_str_radix(&h[..4], 16).ok())
            .and_then(char::from_u32);
        if let Some(c) = decoded {
            out.push(c);
            rest = &after[5..];
        } else {
            out.push_str("_x");
            rest = after;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A `Missing` placed in its file.
pub(super) fn located(file: &str, line: usize, missing: Missing) -> ImportError {
    ImportError::new(file, line, missing.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn display(names: &[&str]) -> Vec<Column> {
        names
            .iter()
            .map(|n| Column {
                display: Some((*n).to_owned()),
                ..Column::default()
            })
            .collect()
    }

    fn internal(names: &[&str]) -> Vec<Column> {
        names
            .iter()
            .map(|n| Column {
                internal: Some((*n).to_owned()),
                ..Column::default()
            })
            .collect()
    }

    #[test]
    fn internal_names_are_decoded() {
        assert_eq!(decode_internal("Co_x00f6_rdinatie"), "Coördinatie");
        assert_eq!(decode_internal("Korte_x0020_tekst"), "Korte tekst");
        assert_eq!(decode_internal("_x0031_e_x0020_"), "1e ");
        assert_eq!(decode_internal("a_xZZZZ_b_x12"), "a_xZZZZ_b_x12");
        assert_eq!(decode_internal("Titel"), "Titel");
    }

    #[test]
    fn usual_names_in_either_language() {
        let nl = display(&["Titel", "Stad", "Gewijzigd", "Beschrijving"]);
        let chosen = choose(&nl, &ColumnNames::default()).unwrap();
        assert_eq!((chosen.title, chosen.description, chosen.city), (0, 3, 1));
        assert!(!chosen.uses(2));
        let en = internal(&["ID", "title", "Description", "City"]);
        let chosen = choose(&en, &ColumnNames::default()).unwrap();
        assert_eq!((chosen.title, chosen.description, chosen.city), (1, 2, 3));
        let other = display(&["Title", "Omschrijving", "Gemeente"]);
        assert!(choose(&other, &ColumnNames::default()).is_ok());
    }

    #[test]
    fn named_columns_by_display_or_decoded_internal_name() {
        let cols = internal(&["Title", "Korte_x0020_tekst", "Plaats"]);
        let names = ColumnNames {
            description: Some("Korte tekst"),
            city: Some("plaats"),
            ..ColumnNames::default()
        };
        let chosen = choose(&cols, &names).unwrap();
        assert_eq!((chosen.description, chosen.city), (1, 2));
    }

    #[test]
    fn missing_and_ambiguous_columns_list_what_was_found() {
        let e = choose(
            &display(&["Titel", "Tekst", "Stad"]),
            &ColumnNames::default(),
        )
        .unwrap_err();
        assert_eq!(e.role, Role::Description);
        assert_eq!(
            e.message,
            "geen beschrijvingkolom (gezocht: 'Beschrijving', 'Omschrijving', 'Description'); \
             de kolommen zijn: 'Titel', 'Tekst', 'Stad'; noem hem met --description-column NAAM"
        );
        let e = choose(
            &display(&["Titel", "Title", "Tekst"]),
            &ColumnNames::default(),
        )
        .unwrap_err();
        assert_eq!(
            e.message,
            "meerdere kolommen kunnen de titel zijn: 'Titel', 'Title'; kies er een met --title-column NAAM"
        );
    }
}

//! What the RON reader found wrong, in the user's words: its own messages are English and
//! name its parser's terms (`Expected struct-like`, `Expected colon`).

use super::taal::{Text, tr};

/// The reason a RON text could not be read.
#[must_use]
// A table, one arm per kind of error the RON reader reports.
#[allow(clippy::too_many_lines)]
pub fn reason(code: &ron::Error) -> String {
    use ron::Error as E;
    let fixed = |nl: &'static str, en: &'static str| Text::new(nl, en).get().to_owned();
    match code {
        E::Eof => fixed(
            "het bestand houdt op waar er nog iets moest komen",
            "the file ends where more was to come",
        ),
        E::ExpectedArray => fixed(
            "hier hoort een lijst `[ … ]`",
            "a list `[ … ]` belongs here",
        ),
        E::ExpectedArrayEnd => fixed("een `]` of een komma verwacht", "a `]` or a comma expected"),
        E::ExpectedComma => fixed(
            "een komma of een sluitend haakje verwacht",
            "a comma or a closing bracket expected",
        ),
        E::ExpectedMapColon => fixed("een dubbele punt `:` verwacht", "a colon `:` expected"),
        E::ExpectedMap | E::ExpectedMapEnd => {
            fixed("een `{ … }` klopt hier niet", "a `{ … }` does not fit here")
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => fixed(
            "hier hoort een `( … )`, zoals `Naam(…)`",
            "a `( … )` belongs here, as in `Name(…)`",
        ),
        E::ExpectedStructLikeEnd => {
            fixed("een `)` of een komma verwacht", "a `)` or a comma expected")
        }
        E::ExpectedDifferentStructName { expected, found } => tr!(
            "hier hoort `{expected}(…)`, niet `{found}`",
            "`{expected}(…)` belongs here, not `{found}`"
        ),
        E::ExpectedStructName(name) => tr!("hier hoort `{name}(…)`", "`{name}(…)` belongs here"),
        E::ExpectedString | E::ExpectedStringEnd => fixed(
            "een tekst tussen aanhalingstekens verwacht (of het sluitende `\"` ontbreekt)",
            "a text in quotes expected (or the closing `\"` is missing)",
        ),
        E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidIntegerDigit { .. } => {
            fixed("hier hoort een geheel getal", "a whole number belongs here")
        }
        E::ExpectedBoolean => fixed(
            "hier hoort `true` of `false`",
            "`true` or `false` belongs here",
        ),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) => {
            fixed("een veldnaam verwacht", "a field name expected")
        }
        E::InvalidEscape(what) => tr!(
            "een ongeldige `\\`-reeks in een tekst ({what})",
            "an invalid `\\` sequence in a text ({what})"
        ),
        E::UnexpectedChar(c) => tr!("onverwacht teken {c:?}", "unexpected character {c:?}"),
        E::TrailingCharacters => fixed(
            "na het einde staat nog tekst",
            "there is more text after the end",
        ),
        E::UnclosedBlockComment | E::UnclosedLineComment => fixed(
            "een commentaar wordt niet afgesloten",
            "a comment is not closed",
        ),
        E::Utf8Error(_) => fixed("geen geldige UTF-8", "not valid UTF-8"),
        E::NoSuchStructField {
            expected, found, ..
        } => {
            let known = expected.join(", ");
            tr!(
                "onbekend veld `{found}` (bekend: {known})",
                "unknown field `{found}` (known: {known})"
            )
        }
        E::MissingStructField { field, .. } => tr!(
            "het veld `{field}` ontbreekt",
            "the field `{field}` is missing"
        ),
        E::DuplicateStructField { field, .. } => tr!(
            "het veld `{field}` staat er twee keer",
            "the field `{field}` is there twice"
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let known = expected.join(", ");
            tr!(
                "`{found}` kan hier niet (wel: {known})",
                "`{found}` cannot be here (these can: {known})"
            )
        }
        E::InvalidValueForType { expected, found } => tr!(
            "hier hoort {expected}, niet {found}",
            "{expected} belongs here, not {found}"
        ),
        E::ExceededRecursionLimit => fixed("te diep genest", "nested too deep"),
        E::Io(why) => why.clone(),
        // The rest are about RON features our files never use: name the parser's words.
        other => tr!("ongeldige RON ({other})", "invalid RON ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::reason;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Note {
        city: String,
        version: u32,
    }

    fn why(text: &str) -> String {
        reason(&ron::from_str::<Note>(text).unwrap_err().code)
    }

    #[test]
    fn what_people_get_wrong_in_a_hand_edited_file_is_said_in_dutch() {
        for (text, said) in [
            ("Note(city \"Gent\", version: 1)", "dubbele punt"),
            ("Note(city: \"Gent\", version: 1", "sluitend haakje"),
            (
                "Note(city: \"Gent\", versie: 1)",
                "onbekend veld `versie` (bekend: city, version)",
            ),
            ("Note(city: \"Gent\")", "het veld `version` ontbreekt"),
            (
                "Note(city: Gent, version: 1)",
                "tekst tussen aanhalingstekens",
            ),
            ("Note(city: \"Gent\", version: x)", "geheel getal"),
            ("Nota(city: \"Gent\", version: 1)", "`Note(…)`"),
            ("Note(city: \"Gent\", version: 1) rest", "na het einde"),
            ("", "`( … )`"),
            ("Note(city: \"Gent", "aanhalingstekens"),
        ] {
            let got = why(text);
            assert!(got.contains(said), "{text:?}: {got:?}");
            assert!(!got.contains("Expected"), "{text:?}: {got:?}");
        }
    }
}

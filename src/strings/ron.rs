//! What the RON reader found wrong, in the user's words: its own messages are English and
//! name its parser's terms (`Expected struct-like`, `Expected colon`).

/// The reason a RON text could not be read, in Dutch.
#[must_use]
pub fn reason(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "het bestand houdt op waar er nog iets moest komen".to_owned(),
        E::ExpectedArray => "hier hoort een lijst `[ … ]`".to_owned(),
        E::ExpectedArrayEnd => "een `]` of een komma verwacht".to_owned(),
        E::ExpectedComma => "een komma of een sluitend haakje verwacht".to_owned(),
        E::ExpectedMapColon => "een dubbele punt `:` verwacht".to_owned(),
        E::ExpectedMap | E::ExpectedMapEnd => "een `{ … }` klopt hier niet".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "hier hoort een `( … )`, zoals `Naam(…)`".to_owned()
        }
        E::ExpectedStructLikeEnd => "een `)` of een komma verwacht".to_owned(),
        E::ExpectedDifferentStructName { expected, found } => {
            format!("hier hoort `{expected}(…)`, niet `{found}`")
        }
        E::ExpectedStructName(name) => format!("hier hoort `{name}(…)`"),
        E::ExpectedString | E::ExpectedStringEnd => {
            "een tekst tussen aanhalingstekens verwacht (of het sluitende `\"` ontbreekt)"
                .to_owned()
        }
        E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidIntegerDigit { .. } => {
            "hier hoort een geheel getal".to_owned()
        }
        E::ExpectedBoolean => "hier hoort `true` of `false`".to_owned(),
        E::ExpectedIdentifier | E::InvalidIdentifier(_) => "een veldnaam verwacht".to_owned(),
        E::InvalidEscape(what) => format!("een ongeldige `\\`-reeks in een tekst ({what})"),
        E::UnexpectedChar(c) => format!("onverwacht teken {c:?}"),
        E::TrailingCharacters => "na het einde staat nog tekst".to_owned(),
        E::UnclosedBlockComment | E::UnclosedLineComment => {
            "een commentaar wordt niet afgesloten".to_owned()
        }
        E::Utf8Error(_) => "geen geldige UTF-8".to_owned(),
        E::NoSuchStructField {
            expected, found, ..
        } => format!("onbekend veld `{found}` (bekend: {})", expected.join(", ")),
        E::MissingStructField { field, .. } => format!("het veld `{field}` ontbreekt"),
        E::DuplicateStructField { field, .. } => format!("het veld `{field}` staat er twee keer"),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => format!("`{found}` kan hier niet (wel: {})", expected.join(", ")),
        E::InvalidValueForType { expected, found } => {
            format!("hier hoort {expected}, niet {found}")
        }
        E::ExceededRecursionLimit => "te diep genest".to_owned(),
        E::Io(why) => why.clone(),
        // The rest are about RON features our files never use: name the parser's words.
        other => format!("ongeldige RON ({other})"),
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

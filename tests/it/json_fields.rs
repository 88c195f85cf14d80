//! A REST or Graph page whose fields the import does not use may hold anything JSON
//! allows: only the fields it uses are read, and those are refused with JSON's reason.

use std::borrow::Cow;
use woonbeleid::import::{self, Request, Source};

/// A REST page of one item, `other` the JSON of a field nobody asked for, `title` the
/// JSON of its title.
fn page(title: &str, other: &str) -> String {
    format!(
        r#"{{"d":{{"results":[{{"Id":1,"Title":{title},"Beschrijving":"tekst","Stad":{{"__metadata":{{"n":{other}}},"Title":"Gent"}},"Attachments":false,"Other":{other}}}]}}}}"#
    )
}

fn graph(other: &str) -> String {
    format!(
        r#"{{"value":[{{"id":"1","x":{other},"fields":{{"Title":"A. EEN","Beschrijving":"tekst","Stad":"Gent","Other":{other}}}}}]}}"#
    )
}

fn import(text: &str) -> Result<woonbeleid::model::Dataset, import::ImportError> {
    let sources = [Source::new("p.json", text)];
    import::import(Request {
        sources: Cow::Borrowed(&sources),
        ..Request::default()
    })
}

const IGNORED: [(&str, &str); 5] = [
    ("a number out of range", "1e400"),
    ("a lone surrogate", r#""\ud800""#),
    ("a key with a lone surrogate", r#"{"\udc00":1}"#),
    ("nesting deeper than any parser recurses", "DEEP"),
    ("a huge integer", "123456789012345678901234567890"),
];

#[test]
fn what_an_ignored_field_holds_does_not_fail_the_import() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for (what, other) in IGNORED {
        let other = if other == "DEEP" {
            deep.as_str()
        } else {
            other
        };
        for text in [page(r#""A. EEN""#, other), graph(other)] {
            let data = import(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(data.cities[0].name, "Gent", "{what}");
            assert_eq!(data.cities[0].items[0].title, "A. EEN", "{what}");
            assert_eq!(data.cities[0].items[0].description, "tekst", "{what}");
        }
    }
}

#[test]
fn a_used_field_that_json_cannot_read_is_refused_with_the_reason() {
    // A lone surrogate, leading or trailing, said as what it is (serde_json's words were
    // "unexpected end of hex escape").
    for lone in [r#""A. \ud800""#, r#""A. \udc00 b""#, r#""\ud800\u0041""#] {
        let e = import(&page(lone, "1")).unwrap_err();
        assert_eq!(e.line, 1);
        assert_eq!(
            e.message,
            "$.d.results[0].Title: tekst die geen geldige JSON is (een \\u-escape die geen \
             teken is: de helft van een surrogaatpaar)",
            "{lone}"
        );
    }
    let e = import(&page("1e400", "1")).unwrap_err();
    assert_eq!(
        e.message,
        "$.d.results[0].Title: een getal waar tekst hoort"
    );
}

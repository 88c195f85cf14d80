//! Bad SharePoint exports as JSON pages (REST verbose and light, Microsoft Graph), by
//! class: each one `error: FILE:LINE: …` with the JSON path after the line, exit 1,
//! nothing on stdout, no file written, never a panic.

use crate::common;

use common::cli::{assert_import_refused as refused, assert_refused, run, stderr, write};

/// A REST light page holding these items.
fn light(items: &str) -> String {
    format!("{{\"odata.metadata\":\"x\",\"value\":[{items}]}}")
}

#[test]
fn a_json_page_of_the_wrong_shape_says_what_it_found() {
    refused(
        "p.json",
        b"[{\"Title\":\"A\"}]",
        1,
        "$: an array where an object belongs",
    );
    refused(
        "p.json",
        b"{\"error\":{\"code\":\"-2147024891\"},\"odata.metadata\":\"x\"}",
        1,
        "its top-level keys are 'error', 'odata.metadata'",
    );
    refused(
        "p.json",
        b"{\"value\":{\"Title\":\"A\"}}",
        1,
        "$.value: an object where an array of items belongs",
    );
    refused(
        "p.json",
        b"{\"d\":[1]}",
        1,
        "$.d: an array where an object belongs",
    );
    refused(
        "p.json",
        b"{\"d\":{\"Title\":\"A\"}}",
        1,
        "$.d: a REST answer without 'results' (its keys: 'Title')",
    );
    refused("p.json", b"{\"value\":[]}", 1, "$.value: an empty page");
    refused(
        "p.json",
        light("{\"Title\":\"A\",\"Stad\":\"Gent\"},\n\"A\"").as_bytes(),
        2,
        "$.value[1]: text where an object belongs",
    );
    refused(
        "p.json",
        b"{\"value\":[\n{\"Title\":\"A\",\n",
        3,
        "not JSON: EOF while parsing",
    );
    refused(
        "p.json",
        b"{\"value\":[{\"fields\":{\"Title\":\"A\"}},{\"id\":\"2\"}]}",
        1,
        "$.value[1]: a Graph item without 'fields'",
    );
    refused(
        "p.json",
        b"{\"value\":[{\"id\":\"1\",\"fields\":[]}]}",
        1,
        "$.value[0].fields: an array where an object of fields belongs",
    );
}

#[test]
fn a_field_of_the_wrong_type_names_its_path() {
    let cases = [
        (
            "{\"Title\":7,\"Beschrijving\":\"\",\"Stad\":\"Gent\"}",
            "$.value[0].Title: a number where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":[\"x\"],\"Stad\":\"Gent\"}",
            "$.value[0].Beschrijving: an array where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":null,\"Stad\":true}",
            "$.value[0].Stad: true or false where text belongs",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":\"Gent\",\"Attachments\":\"ja\"}",
            "$.value[0].Attachments: text where true or false belongs",
        ),
        (
            "{\"Title\":null,\"Beschrijving\":\"\",\"Stad\":\"Gent\"}",
            "$.value[0].Title: no title",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":null}",
            "$.value[0].Stad: no city",
        ),
        (
            "{\"Title\":\"A\",\"Beschrijving\":\"\",\"Stad\":{\"Id\":3,\"Code\":9}}",
            "$.value[0].Stad: an expanded lookup without 'Title'",
        ),
    ];
    for (item, says) in cases {
        refused("p.json", light(item).as_bytes(), 1, says);
    }
}

#[test]
fn a_lookup_not_expanded_says_how_to_ask_for_it() {
    let rest = light("{\"Id\":1,\"Title\":\"A\",\"Beschrijving\":\"x\",\"StadId\":3}");
    refused(
        "p.json",
        rest.as_bytes(),
        1,
        "only 'StadId' (its number) is here; ask for $select=Id,Title,Beschrijving,Stad/Title,Attachments&$expand=Stad",
    );
    let own_names = light("{\"Id\":1,\"Title\":\"A\",\"Omschrijving\":\"x\",\"GemeenteId\":3}");
    refused(
        "p.json",
        own_names.as_bytes(),
        1,
        "ask for $select=Id,Title,Omschrijving,Gemeente/Title,Attachments&$expand=Gemeente",
    );
    let verbose = "{\"d\":{\"results\":[{\"Id\":1,\"Title\":\"A\",\"Beschrijving\":\"x\",\"Stad\":{\"__deferred\":{\"uri\":\"u\"}},\"StadId\":3}]}}";
    refused(
        "p.json",
        verbose.as_bytes(),
        1,
        "$.d.results[0].Stad: the city column 'Stad' is a lookup that was not expanded",
    );
    let graph = "{\"value\":[{\"id\":\"1\",\"fields\":{\"Title\":\"A\",\"Beschrijving\":\"x\",\"GemeenteLookupId\":\"3\"}}]}";
    refused(
        "p.json",
        graph.as_bytes(),
        1,
        "only 'GemeenteLookupId' (its number) is here: ask for the items with ?expand=fields(select=Title,Beschrijving,Gemeente,Attachments)",
    );
}

#[test]
fn overlapping_pages_that_disagree_name_both() {
    let dir = tempfile::tempdir().unwrap();
    let item = |text: &str| {
        format!(
            "{{\"id\":\"4\",\"fields\":{{\"Title\":\"A. EEN\",\"Beschrijving\":\"{text}\",\"Stad\":\"Gent\"}}}}"
        )
    };
    let p1 = write(
        dir.path(),
        "p1.json",
        format!("{{\"value\":[{}]}}", item("oud")).as_bytes(),
    );
    let p2 = write(
        dir.path(),
        "p2.json",
        format!("{{\"value\":[\n{}]}}", item("nieuw")).as_bytes(),
    );
    assert_refused(
        &["import", &p1, &p2],
        &p2,
        2,
        &format!("item 4 ('A. EEN') differs between {p1} and {p2}"),
    );
    let o = run(&["import", &p1, &p2]);
    assert!(
        stderr(&o).contains(&format!("{p1}:1: beschrijving regel 1: «oud»")),
        "{}",
        stderr(&o)
    );
    let p3 = write(
        dir.path(),
        "p3.json",
        format!("{{\"value\":[{}]}}", item("oud")).as_bytes(),
    );
    assert_eq!(run(&["import", &p1, &p3]).status.code(), Some(0));
}

#[test]
fn an_attachment_told_otherwise_is_a_difference() {
    let dir = tempfile::tempdir().unwrap();
    let grouped = write(dir.path(), "grouped.txt", common::cli::GROUPED.as_bytes());
    let page = r#"{"value":[{"Id":1,"Title":"1. LOKAAL WOONBELEID COÖRDINEREN","Beschrijving":null,"Stad":{"Title":"Aalst"},"Attachments":true}]}"#;
    let page = write(dir.path(), "page.json", page.as_bytes());
    assert_refused(
        &["import", &grouped, &page],
        &page,
        1,
        "Aalst: '1. LOKAAL WOONBELEID COÖRDINEREN' differs between",
    );
    let o = run(&["import", &grouped, &page]);
    assert!(stderr(&o).contains("attachment: yes"), "{}", stderr(&o));
}

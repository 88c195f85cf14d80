//! The seeds' items written as SharePoint writes them (the shapes documented in issue 15):
//! CSV with and without the schema line, REST verbose and light, Microsoft Graph. List
//! order is creation order, so the items are interleaved across cities and numbered so.

#![allow(dead_code, clippy::unwrap_used)]

use std::fmt::Write as _;

use serde_json::{Value, json};
use woonbeleid::model::{Dataset, Item};

/// One list item: its id (list order), city and item.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: u64,
    pub city: String,
    pub item: Item,
}

/// The items in list order: the first item of every city, then the second, …
pub fn interleaved(data: &Dataset) -> Vec<Row> {
    let most = data.cities.iter().map(|c| c.items.len()).max().unwrap_or(0);
    let mut rows = Vec::new();
    for k in 0..most {
        for city in &data.cities {
            if let Some(item) = city.items.get(k) {
                rows.push(Row {
                    id: rows.len() as u64 + 1,
                    city: city.name.clone(),
                    item: item.clone(),
                });
            }
        }
    }
    rows
}

/// A text as SharePoint's rich-text editor stores it: lines as `<div>` (or `<p>`), a blank
/// line as `<p><br></p>`, bullet lines as a list; spaces that HTML would fold as `&#160;`,
/// colons as `&#58;` (as SharePoint writes them).
pub fn html(text: &str, id: u64) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut out = format!("<div class=\"ExternalClass{id:08X}\">");
    let mut in_list = false;
    for (n, line) in text.lines().enumerate() {
        let bullet = line.strip_prefix(" • ");
        match (bullet, in_list) {
            (Some(_), false) => out.push_str("<ul>"),
            (None, true) => out.push_str("</ul>"),
            _ => {}
        }
        in_list = bullet.is_some();
        match bullet {
            Some(b) => write!(out, "<li>{}</li>", escape(b)).unwrap(),
            None if line.is_empty() => out.push_str("<p><br></p>"),
            None if n % 2 == 0 => write!(out, "<div>{}</div>", escape(line)).unwrap(),
            None => write!(out, "<p>{}</p>", escape(line)).unwrap(),
        }
    }
    if in_list {
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}

fn escape(line: &str) -> String {
    let mut out = String::new();
    let mut after_space = true;
    for c in line.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            ':' => out.push_str("&#58;"),
            ' ' if after_space => out.push_str("&#160;"),
            c => out.push(c),
        }
        after_space = c == ' ';
    }
    out
}

/// A CSV cell as SharePoint writes it: quoted unless empty.
fn cell(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("\"{}\"", s.replace('"', "\"\""))
    }
}

/// "Export to CSV": BOM, a header of display names (with a column nobody asked for), the
/// rows; descriptions as rich text or plain; CRLF or LF.
pub fn csv(rows: &[Row], rich: bool, newline: &str) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let header = ["Stad", "Titel", "Beschrijving", "Gewijzigd door"];
    out.push_str(&header.map(cell).join(","));
    out.push_str(newline);
    for r in rows {
        let text = if rich {
            html(&r.item.description, r.id)
        } else {
            r.item.description.replace('\n', newline)
        };
        let cells = [
            cell(&r.city),
            cell(&r.item.title),
            cell(&text),
            cell("Jan, \"de\" beheerder"),
        ];
        out.push_str(&cells.join(","));
        out.push_str(newline);
    }
    out.into_bytes()
}

/// A list saved from Excel as "CSV UTF-8" in a Dutch or Belgian locale: BOM, `separator`
/// (`;` there, a tab for "Text"), CRLF, cells quoted only when they must be, and with
/// `sep_line` the `sep=;` line Excel reads and some tools write.
pub fn csv_excel(rows: &[Row], separator: char, sep_line: bool) -> Vec<u8> {
    let cell = |s: &str| {
        if s.contains([separator, '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    let sep = separator.to_string();
    let mut out = String::from("\u{feff}");
    if sep_line {
        let _ = write!(out, "sep={separator}\r\n");
    }
    let header = ["Titel", "Beschrijving", "Stad", "Opmerking; intern, \"ja\""];
    out.push_str(&header.map(cell).join(&sep));
    out.push_str("\r\n");
    for r in rows {
        let text = r.item.description.replace('\n', "\r\n");
        let cells = [
            cell(&r.item.title),
            cell(&text),
            cell(&r.city),
            cell("a;b,c\td"),
        ];
        out.push_str(&cells.join(&sep));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// "Export to CSV with schema": the schema line names the columns' internal names and marks
/// the rich-text one, whose cells then need no `ExternalClass` wrapper to be read as HTML.
pub fn csv_with_schema(rows: &[Row]) -> Vec<u8> {
    let fields = [
        r#"<Field ID="{fa564e0f}" Type="Text" Name="Title" DisplayName="Titel" Required="TRUE" StaticName="Title"/>"#,
        r#"<Field Type="Note" DisplayName="Korte beschrijving" Name="Korte_x0020_beschrijving" RichText="TRUE" RichTextMode="FullHtml" NumLines="6"/>"#,
        r#"<Field Type="Lookup" DisplayName="Gemeente" Name="Gemeente" List="{5c1e}" ShowField="Title"/>"#,
        r#"<Field Type="Note" DisplayName="Opmerking" Name="Opmerking" RichText="FALSE"/>"#,
    ];
    let schema = json!({ "schemaXmlList": fields });
    let mut out = format!("\u{feff}ListSchema={schema}\r\n");
    out.push_str("\"Titel\",\"Korte beschrijving\",\"Gemeente\",\"Opmerking\"\r\n");
    for r in rows {
        let full = html(&r.item.description, r.id);
        // The wrapper stripped: the schema alone says this is rich text.
        let inner = full
            .split_once('>')
            .map_or("", |(_, rest)| rest.strip_suffix("</div>").unwrap_or(rest));
        let cells = [
            cell(&r.item.title),
            cell(inner),
            cell(&r.city),
            cell("<b>geen opmaak</b>"),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// REST with `odata=verbose`, in pages of `per_page` items.
pub fn rest_verbose(rows: &[Row], per_page: usize) -> Vec<Vec<u8>> {
    let pages: Vec<&[Row]> = rows.chunks(per_page).collect();
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(p, page)| {
            let results: Vec<Value> = page
                .iter()
                .map(|r| {
                    json!({
                        "__metadata": {"id": format!("Web/Lists(guid'x')/Items({})", r.id), "type": "SP.Data.WoonbeleidListItem"},
                        "FileSystemObjectType": 0,
                        "Id": r.id,
                        "Title": r.item.title,
                        "Beschrijving": nullable(html(&r.item.description, r.id)),
                        "Stad": {"__metadata": {"type": "SP.Data.StedenListItem"}, "Title": r.city},
                        "StadId": 3,
                        "Co_x00f6_rdinator": null,
                        "Attachments": r.item.attachment,
                        "ID": r.id,
                    })
                })
                .collect();
            let mut d = json!({ "results": results });
            if p + 1 < count {
                d["__next"] = json!(format!("https://x.sharepoint.com/_api/web/lists/items?$skiptoken=Paged%3dTRUE%26p_ID%3d{}", p));
            }
            serde_json::to_vec_pretty(&json!({ "d": d })).unwrap()
        })
        .collect()
}

/// REST light (`odata=nometadata`/`minimalmetadata`): the description in a column with a
/// space in its internal name; the first page announces the next as `odata.nextLink`, the
/// second as `@odata.nextLink`.
pub fn rest_light(rows: &[Row], per_page: usize) -> Vec<Vec<u8>> {
    let pages: Vec<&[Row]> = rows.chunks(per_page).collect();
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(p, page)| {
            let value: Vec<Value> = page
                .iter()
                .map(|r| {
                    json!({
                        "odata.type": "SP.Data.WoonbeleidListItem",
                        "Id": r.id,
                        "Title": r.item.title,
                        "Omschrijving_x0020_lang": nullable(html(&r.item.description, r.id)),
                        "Stad": {"Title": r.city},
                        "Attachments": r.item.attachment,
                    })
                })
                .collect();
            let mut top = json!({ "odata.metadata": "https://x/_api/$metadata#SP.ListData.WoonbeleidListItems", "value": value });
            if p + 1 < count {
                let key = if p % 2 == 0 { "odata.nextLink" } else { "@odata.nextLink" };
                top[key] = json!("https://x/_api/web/lists/items?%24skiptoken=Paged%3dTRUE");
            }
            serde_json::to_vec(&top).unwrap()
        })
        .collect()
}

/// Microsoft Graph, `?expand=fields`: empty fields left out, descriptions as plain text,
/// no attachment information; each page repeats the last item of the one before (pages
/// that overlap).
pub fn graph(rows: &[Row], per_page: usize) -> Vec<Vec<u8>> {
    let mut pages = Vec::new();
    let mut start = 0;
    while start < rows.len() {
        let from = start.saturating_sub(1);
        let end = (start + per_page).min(rows.len());
        let value: Vec<Value> = rows[from..end]
            .iter()
            .map(|r| {
                let mut fields = json!({
                    "@odata.etag": "\"abc,1\"",
                    "id": r.id.to_string(),
                    "Title": r.item.title,
                    "Stad": r.city,
                    "ContentType": "Item",
                });
                if !r.item.description.is_empty() {
                    fields["Beschrijving"] = json!(r.item.description.replace('\n', "\r\n"));
                }
                json!({
                    "@odata.etag": "\"abc,1\"",
                    "id": r.id.to_string(),
                    "createdDateTime": "2019-03-01T10:00:00Z",
                    "fields@odata.context": "https://graph.microsoft.com/v1.0/$metadata#fields",
                    "fields": fields,
                })
            })
            .collect();
        let mut top = json!({ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#items", "value": value });
        if end < rows.len() {
            top["@odata.nextLink"] =
                json!("https://graph.microsoft.com/v1.0/sites/x/lists/y/items?$skiptoken=z");
        }
        pages.push(serde_json::to_vec_pretty(&top).unwrap());
        start = end;
    }
    pages
}

fn nullable(s: String) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        Value::String(s)
    }
}

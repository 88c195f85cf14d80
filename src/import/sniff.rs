//! What an input is, told by its content: one of the exports this tool reads, or a file
//! users reach for that holds no list data it can read (the classic "Export to Excel"
//! query, a workbook), with what to do instead.

use super::clean;
use super::columns::ColumnNames;
use super::csv;
use super::grouped;
use super::input::{Format, Source};
use super::itemview;
use super::located::ImportError;
use crate::strings::import as say;

/// A workbook, told by its first bytes: an Office Open XML file is a ZIP archive
/// (`PK\x03\x04`) holding `[Content_Types].xml`; the old format is an OLE compound file.
#[must_use]
pub fn office(name: &str, bytes: &[u8]) -> Option<ImportError> {
    let what = if bytes.starts_with(b"PK\x03\x04") {
        let head = &bytes[..bytes.len().min(64 * 1024)];
        if contains(head, b"xl/") {
            say::AN_XLSX
        } else if contains(head, b"[Content_Types].xml") {
            say::AN_OFFICE_FILE
        } else {
            say::A_ZIP
        }
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        say::AN_XLS
    } else {
        return None;
    };
    Some(ImportError::new(name, 1, what).with_detail(say::SAVE_AS_CSV))
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// The classic "Export to Excel" file (`query.iqy`): a web query Excel runs to fetch the
/// list, not the list itself. It starts with `WEB`, then a version line, then the URL of
/// `owssvr.dll`.
#[must_use]
pub(super) fn iqy(src: &Source) -> Option<ImportError> {
    let mut lines = src.lines().map(|(_, l)| l.trim()).filter(|l| !l.is_empty());
    if !lines.next()?.eq_ignore_ascii_case("WEB") {
        return None;
    }
    let rest: Vec<&str> = lines.take(3).collect();
    let url = rest
        .iter()
        .any(|l| l.starts_with("http") || l.to_ascii_lowercase().contains("owssvr.dll"));
    url.then(|| ImportError::new(&src.name, 1, say::AN_IQY).with_detail(say::SAVE_AS_CSV))
}

/// Tells the two exports apart by where their rows begin: after an optional heading and
/// the chrome, the grouped export has a group header, the item view the `Bewerken` column
/// header. Lines further down are text and decide nothing.
///
/// # Errors
/// When the text is neither.
pub fn detect(src: &Source) -> Result<Format, ImportError> {
    detect_with(src, &ColumnNames::default())
}

/// `detect`, with the column names the user gave (a CSV header may hold only those).
/// SharePoint's own exports are told first, by their first characters: JSON, the CSV
/// schema line or a quoted header, the Excel web query; then the copied text; then a CSV
/// header that names the columns unquoted.
///
/// # Errors
/// When the text is none of these, or an Excel web query.
pub fn detect_with(src: &Source, names: &ColumnNames<'_>) -> Result<Format, ImportError> {
    let start = src
        .text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if start.starts_with(['{', '[']) {
        return Ok(Format::Json);
    }
    if let Some(e) = iqy(src) {
        return Err(e);
    }
    if src.text.starts_with('"') && csv::looks_like(&src.text, names)
        || src.text.starts_with("ListSchema=")
    {
        return Ok(Format::Csv);
    }
    match detect_text(src) {
        Err(_) if csv::looks_like(&src.text, names) => Ok(Format::Csv),
        found => found,
    }
}

fn detect_text(src: &Source) -> Result<Format, ImportError> {
    let mut headings = 0;
    for (_, raw) in src.lines() {
        let line = clean::norm(raw);
        if line == itemview::COLUMN_HEADER_END {
            return Ok(Format::ItemView);
        }
        if grouped::header(&line) != grouped::Header::Neither {
            return Ok(Format::Grouped);
        }
        if line.is_empty() || itemview::is_header_chrome(&line) {
            continue;
        }
        headings += 1;
        if headings > 1 {
            break;
        }
    }
    Err(ImportError::new(&src.name, 1, say::NOT_AN_EXPORT).with_detail(say::COPY_WITH_HEADERS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbooks_are_told_by_their_bytes() {
        let xlsx = b"PK\x03\x04\x14\0\x06\0[Content_Types].xml....xl/workbook.xml";
        assert!(office("a.xlsx", xlsx).unwrap().message.contains(".xlsx"));
        let docx = b"PK\x03\x04\x14\0[Content_Types].xml word/document.xml";
        assert!(
            office("a", docx)
                .unwrap()
                .message
                .contains("Office-document")
        );
        assert!(
            office("a", b"PK\x03\x04rest")
                .unwrap()
                .message
                .contains("ZIP")
        );
        let xls = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0";
        assert!(office("a", xls).unwrap().message.contains(".xls)"));
        assert!(office("a", b"Titel,Stad").is_none());
        assert!(office("a", b"PK").is_none());
    }

    #[test]
    fn a_web_query_is_told_by_its_lines() {
        let iqy_text = "WEB\r\n1\r\nhttps://x.sharepoint.com/sites/w/_vti_bin/owssvr.dll?XMLDATA=1&List={A}\r\n\r\nSelection={A}\r\n";
        let e = iqy(&Source::new("query.iqy", iqy_text)).unwrap();
        assert_eq!(e.line, 1);
        assert!(e.detail[0].contains("Export to CSV"));
        assert!(iqy(&Source::new("t", "WEB\nen verder niets\n")).is_none());
        assert!(iqy(&Source::new("t", "1. TITEL\nWEB\nhttp://x\n")).is_none());
    }
}

//! Finds what a reader wants to pick out of a description: e-mail addresses, web addresses
//! and (Belgian) phone numbers.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Email,
    Url,
    Phone,
}

/// The highlighted spans of one line, as byte ranges in order.
#[must_use]
pub fn find(line: &str) -> Vec<(Range<usize>, Kind)> {
    let mut found = Vec::new();
    for word in words(line) {
        let token = &line[word.clone()];
        if token.starts_with("http://")
            || token.starts_with("https://")
            || token.starts_with("www.")
        {
            found.push((word, Kind::Url));
        } else if is_email(token) {
            found.push((word, Kind::Email));
        }
    }
    let phones: Vec<_> = phones(line)
        .into_iter()
        .filter(|p| {
            !found
                .iter()
                .any(|(f, _)| f.start < p.end && p.start < f.end)
        })
        .map(|p| (p, Kind::Phone))
        .collect();
    found.extend(phones);
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// Runs of non-blank characters, without the punctuation that ends a sentence around them.
fn words(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    line.split(' ').filter_map(move |w| {
        let start = at;
        at += w.len() + 1;
        let trimmed_start = w.trim_start_matches(['(', '«', '"', '\'', '<']);
        let trimmed = trimmed_start
            .trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '»', '"', '\'', '>']);
        let s = start + (w.len() - trimmed_start.len());
        (!trimmed.is_empty()).then(|| s..s + trimmed.len())
    })
}

fn is_email(token: &str) -> bool {
    let Some((user, domain)) = token.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

/// Digit runs with phone-number separators (`09 266 76 40`, `09/ 266 74 47`, `+32 9 …`):
/// 9 to 11 digits, starting with 0 or +, not glued to letters or other digits.
fn phones(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts = (bytes[i] == b'0'
            || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'/'
                    || bytes[i - 1] == b'.'));
        if !starts {
            i += 1;
            continue;
        }
        let (mut end, mut digits, mut j) = (i + 1, usize::from(bytes[i] != b'+'), i + 1);
        while j < bytes.len() {
            if bytes[j].is_ascii_digit() {
                digits += 1;
                end = j + 1;
                j += 1;
            } else if matches!(bytes[j], b' ' | b'/' | b'.' | b'-')
                && bytes
                    .get(j + 1)
                    .is_some_and(|b| b.is_ascii_digit() || *b == b' ')
            {
                j += 1;
            } else {
                break;
            }
        }
        let glued = bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if (9..=11).contains(&digits) && !glued {
            out.push(i..end);
        }
        i = end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(&str, Kind)> {
        find(line).into_iter().map(|(r, k)| (&line[r], k)).collect()
    }

    #[test]
    fn emails_and_urls() {
        assert_eq!(
            kinds("Email: wonen@stad.gent"),
            [("wonen@stad.gent", Kind::Email)]
        );
        assert_eq!(
            kinds("zie (https://solidair.stad.gent)."),
            [("https://solidair.stad.gent", Kind::Url)]
        );
        assert_eq!(
            kinds("www.wonen.be, of info@x"),
            [("www.wonen.be", Kind::Url)]
        );
    }

    #[test]
    fn belgian_phone_numbers() {
        assert_eq!(kinds("09 266 76 40"), [("09 266 76 40", Kind::Phone)]);
        assert_eq!(
            kinds("Tel. 09/ 266 74 47."),
            [("09/ 266 74 47", Kind::Phone)]
        );
        assert_eq!(
            kinds("bel +32 9 266 76 40 nu"),
            [("+32 9 266 76 40", Kind::Phone)]
        );
        assert_eq!(kinds("053 72 22 11"), [("053 72 22 11", Kind::Phone)]);
    }

    #[test]
    fn dates_years_and_postcodes_are_not_phones() {
        assert!(find("decreet 22/12/2017, art. 41").is_empty());
        assert!(find("periode 2019-2025 en 9000 Gent").is_empty());
        assert!(find("op 01/07/2018 en 0,5 miljoen").is_empty());
    }
}

//! Bytes to text, with a clear answer for every file that is not UTF-8 text.

use super::located::ImportError;
use crate::strings::files;
use crate::strings::import as say;

/// Decodes an input file: UTF-8 (with or without BOM) or UTF-16 with a BOM.
///
/// # Errors
/// Empty or blank files, binary data, and bytes that are not UTF-8, each located by line.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    decode_owned(name, bytes.to_vec())
}

/// `decode`, taking the bytes: UTF-8 becomes the text without a copy, so an import holds
/// its input once.
///
/// # Errors
/// As `decode`.
pub fn decode_owned(name: &str, mut bytes: Vec<u8>) -> Result<String, ImportError> {
    let text = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
        utf8(name, bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(name, rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(name, rest, u16::from_be_bytes)?
    } else {
        utf8(name, bytes)?
    };
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        return Err(ImportError::new(
            name,
            line_at(text.as_bytes(), at),
            files::EXPORT_BINARY_NUL,
        ));
    }
    if text.trim().is_empty() {
        return Err(ImportError::new(name, 1, say::EMPTY_FILE));
    }
    Ok(text)
}

fn utf8(name: &str, bytes: Vec<u8>) -> Result<String, ImportError> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            if bytes[..at].contains(&0)
                || bytes.iter().take(at + 64).filter(|b| **b == 0).count() > 0
            {
                return Err(ImportError::new(
                    name,
                    line_at(bytes, at),
                    files::EXPORT_BINARY,
                ));
            }
            let line = line_at(bytes, at);
            let column = at
                - bytes[..at]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |p| p + 1)
                + 1;
            Err(
                ImportError::new(name, line, files::export_not_utf8(bytes[at], column))
                    .with_detail(files::EXPORT_SAVE_AS_UTF8),
            )
        }
    }
}

fn utf16(name: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(ImportError::new(name, 1, files::EXPORT_UTF16_ODD));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|e| ImportError::new(name, 1, files::export_utf16_broken(e.unpaired_surrogate())))
}

pub(crate) fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|b| **b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_utf8_with_and_without_bom() {
        assert_eq!(decode("f", b"\xEF\xBB\xBFabc").unwrap(), "abc");
        assert_eq!(decode("f", "é".as_bytes()).unwrap(), "é");
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Gént".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode("f", &le).unwrap(), "Gént");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Gént".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode("f", &be).unwrap(), "Gént");
        assert!(
            decode("f", &[0xFF, 0xFE, 0x41])
                .unwrap_err()
                .message
                .contains("oneven aantal")
        );
    }

    #[test]
    fn latin1_is_located() {
        let e = decode("f.txt", b"ok\nGe\xEBvalueerd\n").unwrap_err();
        assert_eq!(
            (e.line, e.message.as_str()),
            (2, "geen UTF-8: byte 0xEB in kolom 3")
        );
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(
            decode("f", b"a\nb\0c")
                .unwrap_err()
                .message
                .starts_with("binaire gegevens")
        );
        assert!(
            decode("f", b"\x7fELF\x02\x01\x01\0\0\0\x89\xff")
                .unwrap_err()
                .message
                .starts_with("binaire gegevens")
        );
        assert!(
            decode("f", b"")
                .unwrap_err()
                .message
                .starts_with("leeg bestand")
        );
        assert!(
            decode("f", " \n\u{a0}\n".as_bytes())
                .unwrap_err()
                .message
                .starts_with("leeg bestand")
        );
    }
}

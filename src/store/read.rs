//! Reading an input (an export to import, a dataset to load) whole, with bounds: what is not
//! text is refused from its first block, and what is not a regular file (a FIFO, a device,
//! standard input), whose size nobody knows in advance, is read up to a limit.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::strings::files;

/// The default limit for input that is not a regular file: 2 GiB.
pub const DEFAULT_LIMIT: u64 = 2 << 30;

/// How much is read before deciding whether the input is text at all.
const FIRST_BLOCK: usize = 64 * 1024;

static LIMIT: AtomicU64 = AtomicU64::new(DEFAULT_LIMIT);

/// Sets the limit for input that is not a regular file (`--max-input-size`).
pub fn set_limit(bytes: u64) {
    LIMIT.store(bytes, Ordering::Relaxed);
}

#[must_use]
pub fn limit() -> u64 {
    LIMIT.load(Ordering::Relaxed)
}

/// Why an input could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    Directory,
    /// Not a regular file and longer than the limit.
    TooLarge {
        limit: u64,
    },
    /// The first block is not text (NUL bytes, not UTF-8): that block, for the caller to
    /// say exactly where and why.
    NotText(Vec<u8>),
}

impl ReadError {
    /// The message after `FILE:1: `.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            ReadError::Io(e) => files::cannot_read(&super::reason::io_reason(e)),
            ReadError::Directory => files::IS_A_FOLDER.to_string(),
            ReadError::TooLarge { limit } => files::too_much_input(&size(*limit)),
            ReadError::NotText(_) => files::NOT_TEXT.to_string(),
        }
    }
}

/// `2 GiB`, `64 MiB`, `100 bytes`: limits as a person reads them.
#[must_use]
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b.is_multiple_of(1 << 30) => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b.is_multiple_of(1 << 20) => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b.is_multiple_of(1 << 10) => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// Whether `path` is a regular file (following links): an error saying what it is if not.
/// Checked before a file of ours is opened: opening a FIFO waits for a writer forever.
///
/// # Errors
/// It is not, or its metadata cannot be read.
pub fn regular(path: &Path) -> io::Result<()> {
    let meta = fs::metadata(path)?;
    if meta.is_file() {
        Ok(())
    } else {
        let what = if meta.is_dir() {
            files::A_FOLDER
        } else {
            files::A_SPECIAL_FILE
        };
        Err(io::Error::other(files::not_regular(&what)))
    }
}

/// Reads `path` (`-`: standard input) whole.
///
/// # Errors
/// See `ReadError`.
pub fn read(path: &Path) -> Result<Vec<u8>, ReadError> {
    if path == Path::new("-") {
        return read_from(io::stdin().lock(), None, limit());
    }
    // Windows refuses to open a folder as a file: the refusal is told as what it is.
    let file = File::open(path).map_err(|e| match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => ReadError::Directory,
        _ => ReadError::Io(e),
    })?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if meta.is_dir() {
        return Err(ReadError::Directory);
    }
    read_from(file, meta.is_file().then_some(meta.len()), limit())
}

/// Reads everything from `input`; `size` is the length of a regular file (no limit then).
fn read_from(mut input: impl Read, size: Option<u64>, limit: u64) -> Result<Vec<u8>, ReadError> {
    let cap = size.map_or(FIRST_BLOCK, |s| {
        usize::try_from(s).unwrap_or(usize::MAX).saturating_add(1)
    });
    let mut bytes = Vec::with_capacity(cap);
    (&mut input)
        .take(FIRST_BLOCK as u64)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if !looks_like_text(&bytes) {
        return Err(ReadError::NotText(bytes));
    }
    if size.is_some() {
        input.read_to_end(&mut bytes).map_err(ReadError::Io)?;
    } else {
        let left = (limit + 1).saturating_sub(bytes.len() as u64);
        input
            .take(left)
            .read_to_end(&mut bytes)
            .map_err(ReadError::Io)?;
        if bytes.len() as u64 > limit {
            return Err(ReadError::TooLarge { limit });
        }
    }
    Ok(bytes)
}

/// Whether a first block can be the start of a text: UTF-16 by its byte-order mark, or
/// UTF-8 without NUL bytes (a sequence cut at the end of the block is fine).
fn looks_like_text(block: &[u8]) -> bool {
    if block.starts_with(b"\xFF\xFE") || block.starts_with(b"\xFE\xFF") {
        return true;
    }
    if memchr::memchr(0, block).is_some() {
        return false;
    }
    match std::str::from_utf8(block) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_told_from_its_first_block() {
        assert!(looks_like_text(b"Uitvouwen"));
        assert!(looks_like_text("Coördinatie".as_bytes()));
        assert!(
            looks_like_text(&"ö".as_bytes()[..1]),
            "cut at the block's end"
        );
        assert!(looks_like_text(b"\xFF\xFEa\0"));
        assert!(!looks_like_text(b"a\0b"));
        assert!(!looks_like_text(b"Ge\xEBvalueerd"));
    }

    #[test]
    fn a_stream_past_the_limit_stops_there() {
        let long = std::io::repeat(b'a').take(5000);
        let e = read_from(long, None, 1000).unwrap_err();
        assert!(matches!(e, ReadError::TooLarge { limit: 1000 }));
        let zeros = std::io::repeat(0).take(1 << 40);
        assert!(
            matches!(read_from(zeros, None, 1000), Err(ReadError::NotText(b)) if b.len() == FIRST_BLOCK)
        );
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size(DEFAULT_LIMIT), "2 GiB");
        assert_eq!(size(64 << 20), "64 MiB");
        assert_eq!(size(10 << 10), "10 KiB");
        assert_eq!(size(3 << 29), "1536 MiB");
        assert_eq!(size(1536), "1536 bytes");
        assert_eq!(size(1000), "1000 bytes");
        assert_eq!(size(0), "0 bytes");
    }

    #[test]
    fn a_stream_of_exactly_the_limit_is_read_whole() {
        let exact = read_from(std::io::repeat(b'a').take(100_000), None, 100_000);
        let over = read_from(std::io::repeat(b'a').take(100_001), None, 100_000);
        assert_eq!(exact.unwrap().len(), 100_000);
        assert!(matches!(over, Err(ReadError::TooLarge { limit: 100_000 })));
    }

    #[test]
    fn what_is_not_text_in_the_first_64_kib_stops_a_stream_there() {
        let text = std::io::repeat(b'a').take(60_000);
        let endless = text.chain(std::io::repeat(0));
        match read_from(endless, None, 1 << 20) {
            Err(ReadError::NotText(block)) => assert_eq!(block.len(), FIRST_BLOCK),
            other => panic!("{other:?}"),
        }
    }
}

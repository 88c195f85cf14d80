//! The browser's Markdown files: `woonbeleid-STEM.md` in a folder, never over another file.

use std::io;
use std::path::{Path, PathBuf};

/// File names stay well under the 255 bytes most file systems allow, with room for the
/// `-NNNN` that keeps them unique and the temporary name written first.
const MAX_SLUG: usize = 100;
/// The name when a title has no letters or digits at all.
const FALLBACK: &str = "tekst";

/// `woonbeleid-gent-lokaal-woonoverleg.md` for `Gent Lokaal woonoverleg`: folded to lower
/// case without accents, anything but letters and digits a single `-`, cut at a word
/// boundary near 100 bytes; `n` > 1 adds `-n`.
#[must_use]
pub fn file_name_for(stem: &str, n: usize) -> String {
    let slug = slug(stem);
    if n <= 1 {
        format!("woonbeleid-{slug}.md")
    } else {
        format!("woonbeleid-{slug}-{n}.md")
    }
}

fn slug(stem: &str) -> String {
    let words: Vec<String> = crate::text::fold(stem)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let mut slug = String::new();
    for word in &words {
        let extra = usize::from(!slug.is_empty()) + word.len();
        if slug.len() + extra > MAX_SLUG {
            if slug.is_empty() {
                // One word longer than the limit: cut it at a character boundary.
                let cut = (0..=MAX_SLUG).rev().find(|i| word.is_char_boundary(*i));
                slug.push_str(&word[..cut.unwrap_or(0)]);
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        FALLBACK.to_owned()
    } else {
        slug
    }
}

/// Writes `contents` as a new file `woonbeleid-STEM.md` in `dir`, never over an existing
/// file: `-2`, `-3`, … are tried instead. The file gets the umask's mode. Returns the path.
///
/// # Errors
/// The folder cannot be written.
pub fn write_new_markdown(dir: &Path, stem: &str, contents: &str) -> io::Result<PathBuf> {
    super::write::create_new(dir, |n| file_name_for(stem, n), contents.as_bytes())
}

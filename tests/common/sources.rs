//! The crate's own sources as the layering and cycle tests read them: each file's path,
//! module path and code, comments and string literals blanked.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// A source file: its path under `src/`, its module path, and its code with comments
/// and string literals blanked (so a comment that says "no ratatui here" is no import).
pub struct Source {
    pub path: String,
    pub module: Vec<String>,
    /// Declared under `#[cfg(test)]` by its parent, or a `tests.rs`: not part of the build.
    pub test_only: bool,
    pub code: String,
}

pub fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&root, &mut files);
    files.sort();
    let mut sources: Vec<Source> = files
        .into_iter()
        .map(|file| {
            let rel = file
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            source(&format!("src/{rel}"), &fs::read_to_string(&file).unwrap())
        })
        .collect();
    mark_test_only(&mut sources);
    sources
}

/// Files their parent declares with `#[cfg(test)] mod NAME;`: only tests build them.
fn mark_test_only(files: &mut [Source]) {
    let mut test_modules = BTreeSet::new();
    for file in files.iter() {
        let mut lines = file.code.lines().map(str::trim);
        while let Some(line) = lines.next() {
            if line == "#[cfg(test)]" {
                let next = lines.next().unwrap_or_default();
                let next = next.strip_prefix("pub ").unwrap_or(next);
                if let Some(name) = next.strip_prefix("mod ").and_then(|n| n.strip_suffix(';')) {
                    let mut module = file.module.clone();
                    module.push(name.to_owned());
                    test_modules.insert(module);
                }
            }
        }
    }
    for file in files.iter_mut() {
        file.test_only |= test_modules.contains(&file.module);
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

pub fn source(path: &str, text: &str) -> Source {
    let rel = path.trim_start_matches("src/").trim_end_matches(".rs");
    let mut module: Vec<String> = rel.split('/').map(str::to_owned).collect();
    // `mod.rs`, `lib.rs` and `main.rs` are their folder's module.
    if matches!(
        module.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        module.pop();
    }
    Source {
        path: path.to_owned(),
        module,
        test_only: path.ends_with("/tests.rs"),
        code: blank_comments_and_strings(text),
    }
}

/// Comments and the insides of string literals become spaces; lines stay where they were.
fn blank_comments_and_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    } else if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push('"');
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether `line` names the path `name` (not merely a longer identifier starting with it).
pub fn names(line: &str, name: &str) -> bool {
    line.match_indices(name).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        let starts = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let ends = name.ends_with(':') || after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        starts && ends
    })
}

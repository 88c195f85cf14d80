//! The layers the code is built in, checked on its sources: data ← app ← ui ← tui, with
//! the command line (`cli`, `commands`) beside the terminal; everything that differs by
//! operating system in `src/platform/`; and no cycle of imports between files. Each rule
//! fails with the offending file and line, and each is first shown to fail on a source
//! written here, so a checker that finds nothing cannot pass for one that found nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules by layer. A module not listed fails the test: a new module
/// must say where it stands.
const DATA: &[&str] = &[
    "cache",
    "catalog",
    "diff",
    "export",
    "highlight",
    "import",
    "model",
    "notes",
    "outline",
    "query",
    "sections",
    "store",
    "strings",
    "synth",
    "worddiff",
    "wrap",
    "platform",
    "text",
    "jobs",
    "related",
    "config",
];
const APP: &[&str] = &["app"];
const UI: &[&str] = &["ui"];
const TUI: &[&str] = &["tui"];
const CLI: &[&str] = &["cli", "commands", "progress", "main", "lib"];

/// What each layer may not name, as the path prefixes it would be named by.
fn forbidden(layer: Layer) -> &'static [&'static str] {
    match layer {
        Layer::Data => &[
            "ratatui",
            "crossterm",
            "crate::app",
            "crate::ui",
            "crate::tui",
            "crate::cli",
            "crate::commands",
            "crate::progress",
        ],
        Layer::App => &[
            "crate::ui",
            "crate::tui",
            "crate::cli",
            "crate::commands",
            "crate::progress",
        ],
        Layer::Ui => &[
            "crate::tui",
            "crate::cli",
            "crate::commands",
            "crate::progress",
        ],
        Layer::Tui | Layer::Cli => &[],
    }
}

/// Names only `src/platform/` may use: the operating system's own interfaces.
const OS_NAMES: &[&str] = &[
    "std::os::unix",
    "std::os::windows",
    "std::os::linux",
    "std::os::macos",
    "rustix",
    "signal_hook",
    "windows_sys",
    "libc::",
];

/// The one file that may call what the compiler cannot check (its Win32 calls).
const UNSAFE_HOME: &str = "src/platform/windows.rs";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Layer {
    Data,
    App,
    Ui,
    Tui,
    Cli,
}

fn layer_of(top: &str) -> Option<Layer> {
    [
        (DATA, Layer::Data),
        (APP, Layer::App),
        (UI, Layer::Ui),
        (TUI, Layer::Tui),
        (CLI, Layer::Cli),
    ]
    .into_iter()
    .find(|(names, _)| names.contains(&top))
    .map(|(_, layer)| layer)
}

/// A source file: its path under `src/`, its module path, and its code with comments
/// and string literals blanked (so a comment that says "no ratatui here" is no import).
struct Source {
    path: String,
    module: Vec<String>,
    /// Declared under `#[cfg(test)]` by its parent, or a `tests.rs`: not part of the build.
    test_only: bool,
    code: String,
}

fn sources() -> Vec<Source> {
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

fn source(path: &str, text: &str) -> Source {
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

/// Where a file breaks a rule, as `src/FILE:LINE: what`.
fn violations(files: &[Source]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        let top = file.module.first().map_or("lib", String::as_str);
        let Some(layer) = layer_of(top) else {
            found.push(format!(
                "{}:1: module `{top}` is in no layer (tests/it/layers.rs)",
                file.path
            ));
            continue;
        };
        for (n, line) in file.code.lines().enumerate() {
            for name in forbidden(layer) {
                if names(line, name) {
                    found.push(format!(
                        "{}:{}: a {layer:?} module names `{name}`",
                        file.path,
                        n + 1
                    ));
                }
            }
            if file.path != UNSAFE_HOME && names(line, "unsafe") {
                found.push(format!(
                    "{}:{}: `unsafe` outside {UNSAFE_HOME}",
                    file.path,
                    n + 1
                ));
            }
            if top != "platform" {
                for name in OS_NAMES {
                    if names(line, name) {
                        found.push(format!(
                            "{}:{}: names `{name}` outside src/platform/",
                            file.path,
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    found
}

/// Whether `line` names the path `name` (not merely a longer identifier starting with it).
fn names(line: &str, name: &str) -> bool {
    line.match_indices(name).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + name.len()..].chars().next();
        let starts = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let ends = name.ends_with(':') || after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        starts && ends
    })
}

#[test]
fn every_module_stays_in_its_layer_and_only_the_platform_layer_names_the_os() {
    let found = violations(&sources());
    assert!(found.is_empty(), "layering broken:\n{}", found.join("\n"));
}

#[test]
fn the_layer_check_finds_a_data_module_that_imports_the_terminal() {
    let files = [
        source(
            "src/model.rs",
            "// ratatui is not used here\nuse ratatui::text::Line;\n",
        ),
        source("src/app/tree.rs", "fn f() { crate::ui::draw(); }\n"),
        source(
            "src/store/write.rs",
            "use std::os::unix::fs::MetadataExt;\n",
        ),
        source(
            "src/platform/unix.rs",
            "use std::os::unix::fs::MetadataExt;\n",
        ),
        source(
            "src/catalog/disk.rs",
            "#[allow(unsafe_code)]\nunsafe { f() }\n",
        ),
        source("src/platform/windows.rs", "unsafe { f() }\n"),
        source(
            "src/query/mod.rs",
            "let s = \"crossterm\"; use crate::app_like;\n",
        ),
        source("src/newthing.rs", "\n"),
    ];
    assert_eq!(
        violations(&files),
        [
            "src/model.rs:2: a Data module names `ratatui`",
            "src/app/tree.rs:1: a App module names `crate::ui`",
            "src/store/write.rs:1: names `std::os::unix` outside src/platform/",
            "src/catalog/disk.rs:2: `unsafe` outside src/platform/windows.rs",
            "src/newthing.rs:1: module `newthing` is in no layer (tests/it/layers.rs)",
        ]
    );
}

/// The files each file imports from: every `crate::…`, `super::…` and `self::…` path, and
/// in a `use` a path that starts with a child module's name, resolved to the file that
/// defines the longest module prefix of it. Tests inside a file (`mod tests {`) are left
/// out: a test may reach anywhere.
fn imports(files: &[Source]) -> BTreeMap<&str, BTreeSet<&str>> {
    // `main.rs` is a crate of its own (it names the library as `woonbeleid::`), so it
    // cannot close a cycle; files only tests build are left out likewise.
    let files: Vec<&Source> = files
        .iter()
        .filter(|f| f.path != "src/main.rs" && !f.test_only)
        .collect();
    let by_module: BTreeMap<&[String], &str> = files
        .iter()
        .map(|f| (f.module.as_slice(), f.path.as_str()))
        .collect();
    let resolve = |segments: &[String]| {
        (0..=segments.len())
            .rev()
            .find_map(|k| by_module.get(&segments[..k]).copied())
    };
    let mut graph = BTreeMap::new();
    for &file in &files {
        let code = file.code.split("mod tests {").next().unwrap_or_default();
        let mut out = BTreeSet::new();
        for path in paths(code) {
            let segments = absolute(file, &path, &by_module);
            if let Some(target) = segments.and_then(|s| resolve(&s))
                && target != file.path
            {
                out.insert(target);
            }
        }
        graph.insert(file.path.as_str(), out);
    }
    graph
}

/// Every path in the code, with `use` groups (`a::{b, c::d}`) expanded one level.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let ident_start = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        if ident_start && (bytes[at].is_ascii_alphabetic() || bytes[at] == b'_') {
            let (path, group, end) = path_at(code, at);
            if path.len() > 1 || group.is_some() {
                match group {
                    Some(inner) => {
                        found.push(path.clone());
                        for part in split_group(&inner) {
                            let mut full = path.clone();
                            full.extend(part);
                            found.push(full);
                        }
                    }
                    None => found.push(path),
                }
            }
            at = end.max(at + 1);
        } else {
            at += 1;
        }
    }
    found
}

/// The path starting at `at`: its segments, the text of a `{…}` group after it, and
/// where it ends.
fn path_at(code: &str, at: usize) -> (Vec<String>, Option<String>, usize) {
    let bytes = code.as_bytes();
    let mut segments = Vec::new();
    let mut i = at;
    loop {
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        segments.push(code[start..i].to_owned());
        if code[i..].starts_with("::{") {
            let open = i + 2;
            let mut depth = 0;
            for (k, c) in code[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            return (
                                segments,
                                Some(code[open + 1..open + k].to_owned()),
                                open + k + 1,
                            );
                        }
                    }
                    _ => {}
                }
            }
            return (segments, None, bytes.len());
        }
        if code[i..].starts_with("::")
            && code[i + 2..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        {
            i += 2;
        } else {
            return (segments, None, i);
        }
    }
}

fn split_group(inner: &str) -> Vec<Vec<String>> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in inner.chars().chain([',']) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                let name = current.split(" as ").next().unwrap_or_default().trim();
                let name = name.split("::{").next().unwrap_or_default();
                let segments: Vec<String> = name
                    .split("::")
                    .filter(|s| !s.is_empty() && *s != "self" && *s != "*")
                    .map(|s| s.trim().to_owned())
                    .collect();
                if !segments.is_empty() {
                    parts.push(segments);
                }
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts
}

/// A path as seen from `file`, made absolute from the crate root; `None` for paths into
/// other crates.
fn absolute(
    file: &Source,
    path: &[String],
    modules: &BTreeMap<&[String], &str>,
) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    let mut base: Vec<String> = match first.as_str() {
        "crate" => Vec::new(),
        "self" => file.module.clone(),
        "super" => {
            let mut m = file.module.clone();
            m.pop();
            m
        }
        child => {
            let mut m = file.module.clone();
            m.push(child.to_owned());
            if !modules.contains_key(m.as_slice()) {
                return None;
            }
            m
        }
    };
    let mut rest = rest;
    while let Some((s, tail)) = rest.split_first() {
        if s != "super" {
            break;
        }
        base.pop();
        rest = tail;
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Every cycle of imports, as the sorted files of each strongly connected group.
fn cycles<'a>(graph: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    // Two files are in one cycle when each reaches the other; the graph has a few
    // hundred nodes, so a reachability set per file is cheap enough and plain to read.
    let reach = |from: &'a str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(f) = todo.pop() {
            for &next in graph.get(f).into_iter().flatten() {
                if seen.insert(next) {
                    todo.push(next);
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&str, BTreeSet<&str>> = graph.keys().map(|&f| (f, reach(f))).collect();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut placed = BTreeSet::new();
    for (&f, r) in &reaches {
        if placed.contains(f) || !r.contains(f) {
            continue;
        }
        let group: Vec<&str> = r
            .iter()
            .copied()
            .filter(|g| reaches[g].contains(f))
            .collect();
        placed.extend(group.iter().copied());
        groups.push(group);
    }
    groups
}

/// Cycles let stand for now: none since issue 27 took the last apart. The list may only
/// shrink: a cycle not on it fails, and so does one on it that is gone (take it off).
const KNOWN_CYCLES: &[&str] = &[];

/// The same graph between top-level modules (`catalog`, `query`, …).
fn module_graph<'a>(
    graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
) -> BTreeMap<&'a str, BTreeSet<&'a str>> {
    let top = |file: &'a str| {
        let rest = file.trim_start_matches("src/");
        rest.split('/')
            .next()
            .unwrap_or(rest)
            .trim_end_matches(".rs")
    };
    let mut modules: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (&from, to) in graph {
        let entry = modules.entry(top(from)).or_default();
        entry.extend(
            to.iter()
                .map(|&t| top(t))
                .filter(|&t| t != top(from) && t != "lib"),
        );
    }
    modules
}

#[test]
fn no_file_or_module_imports_from_one_that_imports_it_back() {
    let files = sources();
    let graph = imports(&files);
    let mut found: Vec<String> = cycles(&graph).iter().map(|c| c.join(" ⇄ ")).collect();
    found.extend(
        cycles(&module_graph(&graph))
            .iter()
            .map(|c| format!("modules {}", c.join(" ⇄ "))),
    );
    let new: Vec<&String> = found
        .iter()
        .filter(|c| !KNOWN_CYCLES.contains(&c.as_str()))
        .collect();
    let gone: Vec<&&str> = KNOWN_CYCLES
        .iter()
        .filter(|k| !found.iter().any(|c| c == *k))
        .collect();
    assert!(
        new.is_empty(),
        "import cycles:\n{}",
        new.iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        gone.is_empty(),
        "cycles gone, take them off KNOWN_CYCLES: {gone:?}"
    );
}

#[test]
fn the_cycle_check_finds_a_cycle_through_a_parent_module_and_a_use_group() {
    let files = [
        source(
            "src/catalog/mod.rs",
            "mod disk;\nuse disk::Disk;\npub struct Catalog;\n",
        ),
        source("src/catalog/disk.rs", "use super::{Catalog, step::Step};\n"),
        source("src/catalog/step.rs", "pub struct Step;\n"),
        source(
            "src/query/mod.rs",
            "fn f() { crate::catalog::disk::Disk::new(); }\n",
        ),
        source("src/model.rs", "use crate::query::x;\n// crate::model\n"),
    ];
    let graph = imports(&files);
    assert_eq!(
        graph["src/catalog/disk.rs"],
        BTreeSet::from(["src/catalog/mod.rs", "src/catalog/step.rs"])
    );
    assert_eq!(
        graph["src/query/mod.rs"],
        BTreeSet::from(["src/catalog/disk.rs"])
    );
    assert_eq!(
        cycles(&graph),
        [vec!["src/catalog/disk.rs", "src/catalog/mod.rs"]]
    );
}

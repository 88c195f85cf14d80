//! No cycle of imports between files or between top-level modules, checked on the
//! sources; the check is first shown to find a cycle in sources written here, so a
//! checker that finds nothing cannot pass for one that found nothing.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::sources::{Source, source, sources};

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

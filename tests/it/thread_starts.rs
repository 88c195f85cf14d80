//! One way to run work on another thread: only the parallel module (`src/parallel.rs` and
//! its files in `src/parallel/`) starts a thread (its fan-out, its stream and its named
//! background threads); everything else goes through it. Tests
//! inside the crate may start their own. First shown to fail on sources written here.

use crate::common::sources::{Source, names, source, sources};

/// The one module that starts threads: its file, and its folder for its parts.
const THREAD_HOME: &str = "src/parallel.rs";
const THREAD_HOME_PARTS: &str = "src/parallel/";

/// How std starts a thread.
const THREAD_STARTS: &[&str] = &["thread::spawn", "thread::scope", "thread::Builder"];

/// Where a file other than `THREAD_HOME` starts a thread, as `src/FILE:LINE: what`.
fn thread_starts(files: &[Source]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files
        .iter()
        .filter(|f| f.path != THREAD_HOME && !f.path.starts_with(THREAD_HOME_PARTS) && !f.test_only)
    {
        let code = file.code.split("mod tests {").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            for name in THREAD_STARTS {
                if names(line, name) {
                    found.push(format!(
                        "{}:{}: starts a thread (`{name}`) outside {THREAD_HOME}",
                        file.path,
                        n + 1
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn only_the_parallel_module_starts_threads() {
    let written_here = [
        source(
            "src/cache/mod.rs",
            "use std::thread;\nlet h = thread::spawn(f);\n#[cfg(test)]\nmod tests {\n    fn t() { std::thread::spawn(f); }\n}\n",
        ),
        source(
            "src/tui/input.rs",
            "// thread::spawn would do\nstd::thread::Builder::new().spawn(f);\n",
        ),
        source("src/parallel.rs", "std::thread::scope(|s| s.spawn(f));\n"),
        source(
            "src/parallel/stream.rs",
            "std::thread::scope(|s| s.spawn(f));\n",
        ),
        source("src/parallelism.rs", "std::thread::spawn(f);\n"),
        source("src/store/write/tests.rs", "std::thread::spawn(f);\n"),
    ];
    assert_eq!(
        thread_starts(&written_here),
        [
            "src/cache/mod.rs:2: starts a thread (`thread::spawn`) outside src/parallel.rs",
            "src/tui/input.rs:2: starts a thread (`thread::Builder`) outside src/parallel.rs",
            "src/parallelism.rs:1: starts a thread (`thread::spawn`) outside src/parallel.rs",
        ]
    );
    let found = thread_starts(&sources());
    assert!(found.is_empty(), "threads started:\n{}", found.join("\n"));
}

//! The layers the code is built in, checked on its sources: data ← app ← ui ← tui, with
//! the command line (`cli`, `commands`) beside the terminal; and everything that differs
//! by operating system in `src/platform/` (no cycle of imports: `import_cycles.rs`). Each
//! rule fails with the offending file and line, and each is first shown to fail on a
//! source written here, so a checker that finds nothing cannot pass for one that found
//! nothing.

use crate::common::sources::{Source, names, source, sources};

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
    "parallel",
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

//! Helpers shared by the command-line tests: run the binary, check a refusal.

use std::fmt::Write as _;
use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::Duration;

pub const GROUPED: &str = include_str!("../../assets/raw/centrumsteden-grouped.txt");
pub const BIN: &str = env!("CARGO_BIN_EXE_woonbeleid");

/// The binary, its cache, home and (absent) configuration in this test build's own folder: no test reads or fills
/// the user's (a test run once left 1.4 GB of snapshots there). Dutch, whatever the
/// machine's locale: the tests of English ask for it.
pub fn bin() -> Command {
    let mut command = Command::new(BIN);
    command
        .env("WOONBELEID_TAAL", "nl")
        .env("WOONBELEID_CACHE", own_dir("cache"))
        .env("WOONBELEID_HOME", own_dir("home"))
        .env("WOONBELEID_CONFIG", own_dir("no-config.toml"));
    command
}

fn own_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

/// The seed export as a path for the binary to read (tests run in the package's root).
pub const SEED: &str = "assets/raw/centrumsteden-grouped.txt";

/// `import SEED -o OUT`, then `extra`.
pub fn import_to(out: &Path, extra: &[&str]) -> Output {
    bin()
        .args(["import", SEED, "-o"])
        .arg(out)
        .args(extra)
        .output()
        .unwrap()
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

/// The binary with `args`, its notes and bookmarks in `home`.
pub fn run_at_home(home: &Path, args: &[&str]) -> Output {
    bin()
        .env("WOONBELEID_HOME", home)
        .args(args)
        .output()
        .unwrap()
}

/// Runs a shell command line, with `$BIN` set to the binary.
pub fn sh(script: &str) -> Output {
    Command::new("sh")
        .args(["-c", script])
        .env("BIN", BIN)
        .env("WOONBELEID_CACHE", own_dir("cache"))
        .env("WOONBELEID_HOME", own_dir("home"))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// No panic, no backtrace, whatever went wrong.
pub fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert_ne!(o.status.code(), Some(101), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
}

/// A bad input: exit 1, stderr starting with `fout: FILE:LINE: …` (`error:` in English), no panic.
///
/// In English: the import's messages are checked as they were first written; that each
/// has its Dutch is the catalogue's to hold (`strings::Text`), and `cli_language` checks
/// that an error line follows the language chosen.
pub fn assert_refused(args: &[&str], file: &str, line: usize, says: &str) {
    let o = bin()
        .env("WOONBELEID_TAAL", "en")
        .args(args)
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!("error: {file}:{line}: ")),
        "{args:?}: {first}"
    );
    assert!(first.contains(says), "{args:?}: {first} (wanted {says:?})");
    assert_no_panic(&o);
    assert!(o.stdout.is_empty());
}

/// `import NAME` of `bytes` refused at `line` saying `says`, on stdout and with `-o` (which
/// then writes nothing).
pub fn assert_import_refused(name: &str, bytes: &[u8], line: usize, says: &str) {
    assert_import_refused_with(name, bytes, &[], line, says);
}

/// `assert_import_refused`, with `extra` arguments after the input.
pub fn assert_import_refused_with(
    name: &str,
    bytes: &[u8],
    extra: &[&str],
    line: usize,
    says: &str,
) {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), name, bytes);
    let mut args = vec!["import", f.as_str()];
    args.extend(extra);
    assert_refused(&args, &f, line, says);
    let out = dir.path().join("out.ron").display().to_string();
    args.extend(["-o", out.as_str()]);
    assert_refused(&args, &f, line, says);
    assert_eq!(names_in(dir.path()), [name], "nothing written");
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

/// The names in a folder, sorted: to see that no temporary file was left.
pub fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A grouped export of one city with `items` rows of `text_len` bytes of text each.
pub fn big_export(items: usize, text_len: usize) -> String {
    let text = "woonbeleid overleg wonen ".repeat(text_len / 25 + 1);
    let mut out = String::from("1. HOOFDSTUK\n\nTitelFilterBeschrijvingFilter\n");
    let _ = writeln!(out, "Uitvouwen/samenvouwen Stad : Gent ({items})");
    for i in 0..items {
        let _ = write!(out, "Titel {i}\n{}\nGent\n", &text[..text_len]);
    }
    out
}

/// Makes a FIFO at `path`.
pub fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// Waits for `child`, reading its peak resident memory (`VmHWM`, in kB) while it runs; its
/// stderr, if piped, is read meanwhile so that it cannot block. Returns its exit status,
/// its stderr and the peak (0 when it ended before a first reading).
pub fn wait_with_peak(mut child: Child) -> (ExitStatus, String, u64) {
    let err = child.stderr.take().map(|mut e| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = e.read_to_string(&mut text);
            text
        })
    });
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0;
    while child.try_wait().unwrap().is_none() {
        peak_kb = peak_kb.max(vm_hwm_kb(&status).unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    }
    let err = err.map(|t| t.join().unwrap()).unwrap_or_default();
    (child.wait().unwrap(), err, peak_kb)
}

fn vm_hwm_kb(status: &str) -> Option<u64> {
    fs::read_to_string(status).ok()?.lines().find_map(|l| {
        l.strip_prefix("VmHWM:")?
            .trim()
            .trim_end_matches(" kB")
            .trim()
            .parse()
            .ok()
    })
}

/// The memory an import holds before it has read a byte, in kB: the process's floor
/// (the runtime, the binary's pages), which no input size should be blamed for. Read from
/// `import -` while it waits on an empty pipe.
pub fn import_floor_kb() -> u64 {
    let mut child = bin()
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    // Read until it has held still for 100 ms (at least 200 ms in all, at most 3 s): on a
    // busy machine the process may not have reached its wait within a fixed 200 ms, and a
    // floor read too early is too low, blaming the input for the runtime's pages.
    let (mut floor, mut still) = (0, 0);
    for polls in 0..600 {
        let now = floor.max(vm_hwm_kb(&status).unwrap_or(0));
        still = if now == floor && now > 0 {
            still + 1
        } else {
            0
        };
        floor = now;
        if polls >= 40 && still >= 20 {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    drop(child.stdin.take());
    let _ = child.wait();
    floor
}

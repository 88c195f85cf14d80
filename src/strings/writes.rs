//! What the browser says of what it copies, writes and loads: sizes it refuses, files
//! written or not, progress while a file loads.

use super::taal::{Text, tr};
use super::{CHARACTER_NOUN, count, files};

#[must_use]
pub fn copied(chars: usize) -> String {
    let chars = count(chars, CHARACTER_NOUN);
    tr!(
        "{chars} naar het klembord (OSC 52)",
        "{chars} to the clipboard (OSC 52)"
    )
}

#[must_use]
pub fn write_too_large(bytes: usize, limit: usize) -> String {
    let (size, limit) = (bytes.div_ceil(1_000_000), limit / 1_000_000);
    tr!(
        "niet geschreven: {size} MB is meer dan de {limit} MB die het venster schrijft; toon minder (/ filter, s zoek, minder markeringen) of gebruik woonbeleid export",
        "not written: {size} MB is more than the {limit} MB the window writes; show less (/ filter, s search, fewer marks) or use woonbeleid export"
    )
}

#[must_use]
pub fn copy_too_large(bytes: usize, limit: usize) -> String {
    let (size, limit) = (bytes.div_ceil(1000), limit / 1000);
    tr!(
        "niet gekopieerd: {size} kB is te groot voor het klembord van een terminal (max {limit} kB); e schrijft een bestand",
        "not copied: {size} kB is too large for a terminal's clipboard (at most {limit} kB); e writes a file"
    )
}

#[must_use]
pub fn written(path: &str) -> String {
    tr!("geschreven: {path}", "written: {path}")
}

/// Ctrl-z where nobody could continue the browser: Windows, or a shell without job control.
pub const NO_JOB_CONTROL: Text = Text::new(
    "Ctrl-z: onderbreken kan hier niet (geen taakbeheer: Windows, of gestart door een script); q sluit af",
    "Ctrl-z: cannot suspend here (no job control: Windows, or started by a script); q quits",
);

#[must_use]
pub fn write_failed(why: &str) -> String {
    tr!("niet geschreven: {why}", "not written: {why}")
}

#[must_use]
pub fn loading(file: &str, size: &str, elapsed: std::time::Duration) -> String {
    let s = elapsed.as_secs_f64();
    tr!(
        "Laden: {file} ({size}) … {s:.1} s   (q stopt)",
        "Loading: {file} ({size}) … {s:.1} s   (q stops)"
    )
}

#[must_use]
pub fn importing(file: &str, size: &str) -> String {
    tr!("importeren: {file} ({size})", "importing: {file} ({size})")
}

#[must_use]
pub fn loading_plain(file: &str, size: &str) -> String {
    tr!("laden: {file} ({size})", "loading: {file} ({size})")
}

#[must_use]
pub fn log_unwritable(path: &str, error: &std::io::Error) -> String {
    let why = files::io_reason(error);
    tr!(
        "{path}: het logbestand kan niet worden geopend: {why}",
        "{path}: cannot open the log file: {why}"
    )
}

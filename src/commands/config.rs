//! `woonbeleid config`: the default configuration, written from the tables the browser
//! uses (so it cannot drift from them), each entry under a comment saying what it does;
//! and `config --check`, which reads the file in use and names what in it is not used.

use std::fmt::Write as _;
use std::process::ExitCode;

use super::failure::Failure;
use super::output;
use super::settings;
use crate::app::keys::{self, About, Mode, names, spelling};
use crate::strings::{self, config as say};
use crate::ui::palette::{self, TONES};

/// # Errors
/// Standard output cannot be written.
///
/// Exit code 1: the file has entries that are not used (each named on stderr).
pub fn config(check: bool) -> Result<ExitCode, Failure> {
    if check {
        return checked();
    }
    output::print(&defaults())?;
    Ok(ExitCode::SUCCESS)
}

/// Reads the file in use: each problem on stderr and exit code 1, or a word on stdout
/// that it is in order.
fn checked() -> Result<ExitCode, Failure> {
    let Some(file) = settings::file() else {
        return Ok(ExitCode::SUCCESS);
    };
    let (_, problems) = settings::from(&crate::config::load(&file));
    let lines: Vec<String> = settings::messages(&file, &problems)
        .iter()
        .map(|m| strings::warning_line(m))
        .collect();
    if lines.is_empty() {
        let said = if file.exists() {
            say::file_in_order(&file.display().to_string())
        } else {
            say::no_file(&file.display().to_string())
        };
        output::print(&format!("{said}\n"))?;
        return Ok(ExitCode::SUCCESS);
    }
    output::warn(&lines);
    Ok(ExitCode::from(1))
}

/// The whole default configuration, as TOML with comments.
#[must_use]
pub fn defaults() -> String {
    let mut out = String::new();
    out.push_str(&say::HEADER);
    out.push('\n');
    if let Some(file) = settings::file() {
        out.push_str(&say::file_line(&file.display().to_string()));
        out.push('\n');
    }
    for (about, entry) in [
        (say::MOUSE, "muis = false"),
        (say::GROUPING, "groepering = \"stad\""),
        (say::ACCESSIBLE, "toegankelijk = false"),
        (say::THEME, "thema = \"donker\""),
    ] {
        let _ = write!(out, "\n{about}\n{entry}\n");
    }
    let _ = write!(out, "\n{}\n[kleuren]\n", say::COLOURS);
    let mut donker = palette::DONKER;
    for (name, about, field) in TONES {
        let colour = palette::written(*field(&mut donker));
        let _ = writeln!(out, "# {about}\n{name} = \"{colour}\"");
    }
    let _ = write!(out, "\n{}\n", say::KEYS);
    for mode in Mode::ALL {
        keys_of(mode, &mut out);
    }
    out
}

/// `[toetsen.MODE]`: each action of the mode once, with all its keys, under the help's
/// words for it (said once for a pair, as the help shows `j/k`).
fn keys_of(mode: Mode, out: &mut String) {
    let name = names::mode(mode);
    let _ = write!(out, "\n[toetsen.{name}]  # {}\n", say::mode_about(name));
    let bindings = keys::bindings(mode);
    let mut done = Vec::new();
    let mut last_about = None;
    for (i, b) in bindings.iter().enumerate() {
        let Some(action) = names::action(b.action).filter(|_| !done.contains(&b.action)) else {
            continue;
        };
        done.push(b.action);
        let what = bindings[..=i].iter().rev().find_map(|b| match b.about {
            About::Shown { what, .. } => Some(what),
            About::WithPrevious => None,
        });
        if what != last_about {
            if let Some(what) = what {
                let _ = writeln!(out, "# {what}");
            }
            last_about = what;
        }
        let written: Vec<String> = bindings
            .iter()
            .filter(|other| other.action == b.action)
            .flat_map(|other| other.keys.iter())
            .map(|&k| {
                let key = spelling::written(k)
                    .replace('\\', "\\\\")
                    .replace('"', "\\\"");
                format!("\"{key}\"")
            })
            .collect();
        let _ = writeln!(out, "{action} = [{}]", written.join(", "));
    }
}

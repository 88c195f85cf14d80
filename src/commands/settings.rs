//! The configuration file, given to the parts that use it: the keys to the keymap, the
//! theme and colours to the palette, the switches to the browser's options. What no part
//! takes is named as unknown, so nothing the user wrote is silently dropped.

use std::path::PathBuf;

use crate::app::Grouping;
use crate::app::keys::Keymap;
use crate::config::{self, Config, Entry, Problem, Value};
use crate::strings::config as say;
use crate::ui::palette::{self, Palette, kind};

/// What the configuration sets; `None` where it leaves the default (or the flag) alone.
#[derive(Debug, Clone)]
pub struct Settings {
    pub keymap: Keymap,
    pub palette: Palette,
    pub mouse: Option<bool>,
    pub grouping: Option<Grouping>,
    pub accessible: Option<bool>,
}

/// The configuration file in use, read; with each problem as the line the user reads.
#[must_use]
pub fn load() -> (Settings, Vec<String>) {
    let Some(file) = config::path() else {
        return (from(&Config::default()).0, Vec::new());
    };
    let (settings, problems) = from(&config::load(&file));
    (settings, messages(&file, &problems))
}

/// The problems as lines: `FILE:LINE: entry: what; the defaults apply instead`.
#[must_use]
pub fn messages(file: &std::path::Path, problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.message(file)).collect()
}

/// Where the configuration is read from, for the messages that name it.
#[must_use]
pub fn file() -> Option<PathBuf> {
    config::path()
}

/// The settings a configuration gives, and what in it is not used.
#[must_use]
pub fn from(config: &Config) -> (Settings, Vec<Problem>) {
    let mut problems = config.problems.clone();
    let (keymap, key_problems) = Keymap::configured(config.table("toetsen"));
    problems.extend(key_problems);
    let preset = config.table("").find(|e| e.name == "thema");
    let (palette, colour_problems) = palette::configured(preset, config.table("kleuren"));
    problems.extend(colour_problems);
    let mut settings = Settings {
        keymap,
        palette,
        mouse: None,
        grouping: None,
        accessible: None,
    };
    for entry in config.table("") {
        match entry.name.as_str() {
            "thema" => {}
            "muis" => settings.mouse = switch(entry, &mut problems),
            "toegankelijk" => settings.accessible = switch(entry, &mut problems),
            "groepering" => settings.grouping = grouping(entry, &mut problems),
            _ => problems.push(Problem::at(entry, say::UNKNOWN_ENTRY.get().to_string())),
        }
    }
    let known = ["", "toetsen", "kleuren"];
    for entry in &config.entries {
        if entry
            .table
            .first()
            .is_some_and(|t| !known.contains(&t.as_str()))
        {
            problems.push(Problem::at(entry, say::UNKNOWN_ENTRY.get().to_string()));
        }
    }
    problems.sort_by_key(|p| p.line);
    (settings, problems)
}

fn switch(entry: &Entry, problems: &mut Vec<Problem>) -> Option<bool> {
    if let Value::Switch(on) = entry.value {
        return Some(on);
    }
    problems.push(Problem::at(
        entry,
        say::expected(&say::KIND_SWITCH, &kind(&entry.value)),
    ));
    None
}

/// The names `groepering` takes, as `b` names the two ways.
pub const GROUPINGS: [(&str, Grouping); 2] =
    [("stad", Grouping::ByCity), ("sectie", Grouping::BySection)];

fn grouping(entry: &Entry, problems: &mut Vec<Problem>) -> Option<Grouping> {
    let Value::Text(name) = &entry.value else {
        problems.push(Problem::at(
            entry,
            say::expected(&say::KIND_TEXT, &kind(&entry.value)),
        ));
        return None;
    };
    let found = GROUPINGS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()));
    if found.is_none() {
        problems.push(Problem::at(entry, say::not_one_of(name, "stad, sectie")));
    }
    found.map(|&(_, g)| g)
}

//! A usage error in the run's language: clap tells what is wrong (its kind and the
//! arguments involved), and the words are ours, as in every other error line.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::strings::{self, usage};

/// The lines of a usage error: `fout: …`, the usage, and where to read more (the help of
/// the command among `args`, if one is).
#[must_use]
pub fn usage_error(e: &clap::Error, args: &[std::ffi::OsString]) -> String {
    let first = strings::error_line(&message(e));
    let synopsis = context(e, ContextKind::Usage)
        .map(|u| {
            let u = u.trim();
            // clap puts its own heading before the usage lines we gave it.
            let u = u.split_once(' ').map_or(u, |(_, rest)| rest).trim_start();
            u.to_owned()
        })
        .unwrap_or_default();
    let command = args
        .iter()
        .filter_map(|a| a.to_str())
        .find(|a| !a.is_empty() && usage::about(a).is_some())
        .unwrap_or("");
    let synopsis = if synopsis.is_empty() {
        String::new()
    } else {
        format!("\n\n{} {synopsis}", usage::USAGE.get())
    };
    format!("{first}{synopsis}\n\n{}\n", usage::more_help(command))
}

fn message(e: &clap::Error) -> String {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
    let like = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .map(|s| usage::did_you_mean(&s))
        .unwrap_or_default();
    match e.kind() {
        ErrorKind::UnknownArgument => usage::unknown_argument(&arg) + &like,
        ErrorKind::InvalidSubcommand => {
            let name = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            usage::unknown_command(&name) + &like
        }
        ErrorKind::InvalidValue => {
            let valid = context(e, ContextKind::ValidValue).unwrap_or_default();
            usage::invalid_value(&value, &arg, &valid) + &like
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(ToString::to_string);
            usage::invalid_with_reason(&value, &arg, &why.unwrap_or_default())
        }
        ErrorKind::MissingRequiredArgument => usage::missing(&arg),
        ErrorKind::ArgumentConflict => {
            let prior = context(e, ContextKind::PriorArg).unwrap_or_default();
            usage::conflict(&arg, &prior)
        }
        ErrorKind::NoEquals => usage::needs_equals(&arg),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            usage::wrong_count(&arg)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            usage::MISSING_COMMAND.to_string()
        }
        ErrorKind::InvalidUtf8 => usage::NOT_UTF8.to_string(),
        _ => usage::WRONG_USAGE.to_string(),
    }
}

/// One piece of what clap knows of the error, as text (a list joined by commas).
fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

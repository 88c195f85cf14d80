//! The one clap definition, speaking the run's language: every command's and option's help,
//! the headings, the placeholders and the usage lines come from `strings::usage`, so the
//! help, the man page and the completions say what the browser says.

use clap::{Arg, ArgAction, Command};

use crate::strings::usage;

/// The program's command line `cmd` (clap's derive of `Cli`), its words in the run's
/// language.
#[must_use]
pub fn speaking(cmd: Command) -> Command {
    let mut cmd = speak(cmd, "");
    // Built now so that clap's own `help` subcommand exists, and can be told what it does.
    cmd.build();
    cmd.mut_subcommand("help", |help| {
        help.about(usage::HELP_COMMAND.get())
            .subcommand_value_name(usage::COMMAND.get())
            .help_template(template())
    })
}

fn speak(cmd: Command, name: &str) -> Command {
    let mut cmd = cmd
        .disable_help_flag(true)
        .long_about(None)
        .help_template(template())
        .subcommand_help_heading(usage::COMMANDS.get())
        .subcommand_value_name(usage::COMMAND.get())
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(name.is_empty()),
        );
    if let Some(about) = usage::about(name) {
        cmd = cmd.about(about.get());
    }
    cmd = cmd.mut_args(|arg| translate(arg, name));
    let rest = synopsis(&cmd, name);
    cmd = cmd.override_usage(rest);
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        speak(sub, &name)
    })
}

fn translate(arg: Arg, command: &str) -> Arg {
    // The doc comments clap's derive took are the code's; the user reads the catalogue's.
    let mut arg = arg
        .hide_default_value(true)
        .hide_possible_values(true)
        .long_help(None);
    if let Some(help) = usage::arg(command, arg.get_id().as_str()) {
        arg = arg.help(help.get());
    }
    let names: Option<Vec<&'static str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|n| usage::value_name(n.as_str()).map_or("…", |t| t.get()))
            .collect()
    });
    if let Some(names) = names {
        arg = arg.value_names(names);
    } else if arg.get_action().takes_values() {
        let english = arg.get_id().as_str().to_ascii_uppercase();
        if let Some(name) = usage::value_name(&english) {
            arg = arg.value_name(name.get());
        }
    }
    // In a heading of its own clap orders by name: the positionals keep their places.
    if let Some(place) = arg.get_index() {
        arg = arg.display_order(place);
    }
    let heading = if arg.is_positional() {
        usage::ARGUMENTS
    } else {
        usage::OPTIONS
    };
    arg.help_heading(heading.get())
}

/// The usage line, written out as the program is used: clap would build it from the
/// flags given (`Usage: woonbeleid --mouse`), and in English (`[OPTIONS]`).
fn synopsis(cmd: &Command, command: &str) -> String {
    match command {
        "" => usage::usage("", &format!(" [{}]", usage::COMMAND.get())),
        "diff" => {
            let (old, new) = (name("OLD.ron"), name("NEW.ron"));
            format!(
                "{}\n       {}",
                usage::usage("diff", &format!(" <{old}> <{new}>")),
                usage::usage("diff --embedded", &format!(" <{new}>"))
            )
        }
        _ => {
            let mut rest = String::new();
            for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
                let names = arg.get_value_names().unwrap_or_default();
                let shown = names.first().map_or("…", |n| n.as_str());
                let many = if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
                    "..."
                } else {
                    ""
                };
                let (open, close) = if arg.is_required_set() {
                    ('<', '>')
                } else {
                    ('[', ']')
                };
                rest.extend([" ", &open.to_string(), shown, &close.to_string(), many]);
            }
            usage::usage(command, &rest)
        }
    }
}

fn name(english: &str) -> &'static str {
    usage::value_name(english).map_or("…", |t| t.get())
}

/// The help's layout, with its headings in the run's language.
fn template() -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage::USAGE.get()
    )
}

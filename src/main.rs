use std::process::ExitCode;

use clap::FromArgMatches;
use woonbeleid::catalog::Catalog;
use woonbeleid::cli::{Cli, Command, NotesFormat};
use woonbeleid::commands::{self, Failure, output};
use woonbeleid::store;
use woonbeleid::tui;
use woonbeleid::ui::theme::Theme;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    output::guard_standard_streams();
    choose_taal();
    // The shell's completion script calls the program with this set: answer and exit.
    woonbeleid::cli::complete_if_asked();
    let parsed = woonbeleid::cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return clap_exit(&e),
    };
    if let Some(limit) = cli.max_input_size {
        store::read::set_limit(limit);
    }
    let result = if cli.version {
        commands::version(cli.data.as_deref(), !cli.no_cache).map(|()| ExitCode::SUCCESS)
    } else {
        if cli.command.is_some() {
            // The browser handles its signals itself (it must restore the terminal).
            let _ = store::signals::clean_up_on_signals();
        }
        run(cli, started)
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            failure.report();
            ExitCode::from(failure.exit_code())
        }
    }
}

/// The language of the run, before anything is said: `--taal`, `WOONBELEID_TAAL`, the locale.
fn choose_taal() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let (taal, unknown) = woonbeleid::strings::Taal::choose(
        woonbeleid::cli::taal_asked(&args),
        |name| std::env::var(name).ok(),
        woonbeleid::platform::user_locale,
    );
    woonbeleid::strings::set(taal);
    if let Some(value) = unknown {
        let said = woonbeleid::strings::usage::taal_variable_ignored(&value);
        output::warn(&[woonbeleid::strings::warning_line(&said)]);
    }
}

/// Help and version go to stdout, errors to stderr; a failed write of help is an error too.
fn clap_exit(e: &clap::Error) -> ExitCode {
    let help = matches!(
        e.kind(),
        clap::error::ErrorKind::DisplayHelp
            | clap::error::ErrorKind::DisplayVersion
            | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    let text = if help {
        e.render().to_string()
    } else {
        let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
        woonbeleid::cli::usage_error(e, &args)
    };
    if e.use_stderr() {
        output::warn(&[text.trim_end().to_owned()]);
    } else if let Err(failure) = output::print(&text) {
        failure.report();
        return ExitCode::FAILURE;
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn run(mut cli: Cli, started: std::time::Instant) -> Result<ExitCode, Failure> {
    let Some(command) = cli.command.take() else {
        return browse(cli, started);
    };
    let (data, use_cache) = (cli.data.as_deref(), !cli.no_cache);
    if let Some(name) = ignores_data(&command, data.is_some()) {
        return Err(Failure::Usage(woonbeleid::strings::cli::data_unused(name)));
    }
    match command {
        command @ Command::Import { .. } => import(command, use_cache)?,
        command @ Command::Diff { .. } => return diff(command, cli.no_color),
        Command::Show { city, title } => {
            commands::show(data, use_cache, &city, title.as_deref())?;
        }
        Command::Related { city, title, limit } => {
            let any = commands::on_catalog(data, use_cache, |c, gate| {
                commands::related(c, gate, &city, &title, limit as usize)
            })?;
            return Ok(found(any));
        }
        Command::Completions { shell } => commands::completions(shell)?,
        Command::Man => commands::man()?,
        Command::Config { check } => return commands::config(check),
        Command::Filter { query } => {
            let query = query.join(" ");
            let any =
                commands::on_catalog(data, use_cache, |c, gate| commands::filter(c, gate, &query))?;
            return Ok(found(any));
        }
        Command::Search { text, color } => {
            let text = text.join(" ");
            let colour = commands::colour(color.color, cli.no_color);
            let written = std::cell::Cell::default();
            let any = commands::on_catalog(data, use_cache, |c, gate| {
                commands::search(c, gate, &text, colour, &written)
            })?;
            return Ok(found(any));
        }
        command @ (Command::Note { .. } | Command::Notes { .. } | Command::Bookmarks { .. }) => {
            return notes(data, use_cache, command);
        }
        Command::Export {
            format,
            section: Some(title),
        } => {
            commands::section_format(format)?;
            commands::on_catalog(data, use_cache, |c, gate| {
                commands::export_section(c, gate, &title)
            })?;
        }
        Command::Export {
            format,
            section: None,
        } => {
            let (dataset, sources) = commands::dataset_file(data)?.split();
            commands::export(&dataset, &sources, format)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A command that reads only the files it names, given `--data` (before the command, or
/// after it, where it takes the place of the global option).
fn ignores_data(command: &Command, global: bool) -> Option<&'static str> {
    match command {
        Command::Import { data, .. } if global || data.is_some() => Some("import"),
        Command::Diff { data, .. } if global || data.is_some() => Some("diff"),
        _ => None,
    }
}

/// `diff OLD NEW`, or `diff --embedded NEW`.
fn diff(command: Command, no_color: bool) -> Result<ExitCode, Failure> {
    let Command::Diff {
        old,
        new,
        text,
        embedded,
        color,
        ..
    } = command
    else {
        return Ok(ExitCode::SUCCESS);
    };
    let how = (text, commands::colour(color.color, no_color));
    match (embedded, new) {
        (false, Some(new)) => Ok(commands::diff(Some(&old), &new, how)),
        (true, None) => Ok(commands::diff(None, &old, how)),
        (true, Some(_)) | (false, None) => Err(Failure::Usage(
            woonbeleid::strings::cli::DIFF_EMBEDDED_ONE_FILE.to_string(),
        )),
    }
}

fn import(command: Command, snapshot: bool) -> Result<(), Failure> {
    let Command::Import {
        files,
        city,
        output,
        force,
        title_column,
        description_column,
        city_column,
        verbose,
        no_cache,
        ..
    } = command
    else {
        return Ok(());
    };
    commands::import(&commands::Import {
        files: &files,
        city: city.as_deref(),
        output: output.as_deref(),
        force,
        snapshot: snapshot && !no_cache,
        columns: woonbeleid::import::ColumnNames {
            title: title_column.as_deref(),
            description: description_column.as_deref(),
            city: city_column.as_deref(),
        },
        verbose,
    })
}

/// No command: the browser, when there is a terminal to draw it on.
fn browse(cli: Cli, started: std::time::Instant) -> Result<ExitCode, Failure> {
    if let Some(path) = &cli.data {
        commands::check_data(path)?;
    }
    if !tui::stdout_is_terminal() {
        return Err(Failure::Usage(
            woonbeleid::strings::cli::NOT_A_TERMINAL.into(),
        ));
    }
    let source = match cli.data {
        Some(path) => tui::DataSource::File(path),
        None => tui::DataSource::Ready(Box::new(Catalog::new(commands::dataset(None)?))),
    };
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let (settings, problems) = commands::settings::load();
    // Said before the browser takes the screen (it stays in the terminal after) and on
    // its status line.
    let notices: Vec<String> = problems
        .iter()
        .map(|p| woonbeleid::strings::warning_line(p))
        .collect();
    output::warn(&notices);
    woonbeleid::app::keys::install(settings.keymap);
    let opts = tui::Options {
        use_cache: !cli.no_cache,
        // A flag turns a switch on whatever the file says; the file turns it on by default.
        mouse: cli.mouse || settings.mouse.unwrap_or(false),
        theme: Theme {
            color: !no_color,
            palette: settings.palette,
        },
        log: cli.log.as_deref(),
        started,
        fresh: cli.fresh,
        accessible: settings.accessible.unwrap_or(false)
            || woonbeleid::cli::accessible(
                cli.toegankelijk,
                std::env::var_os("ACCESSIBLE").as_deref(),
                std::env::var_os("TERM").as_deref(),
            ),
        grouping: settings.grouping.unwrap_or_default(),
        notices: &problems,
    };
    Ok(match tui::run(source, &opts)? {
        tui::Exit::Signal(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(255)),
        tui::Exit::Quit => ExitCode::SUCCESS,
    })
}

/// `note` and `notes`: the user's notes for scripts.
fn notes(
    data: Option<&std::path::Path>,
    use_cache: bool,
    command: Command,
) -> Result<ExitCode, Failure> {
    match command {
        Command::Note {
            move_note,
            city,
            title,
            new_title,
            set,
        } => {
            // Checked here, not by clap: clap lets a requirement go when `--set` is given.
            if let (Some(stray), false) = (&new_title, move_note) {
                return Err(Failure::Usage(
                    woonbeleid::strings::cli::stray_note_argument(stray),
                ));
            }
            let args = woonbeleid::notes::cli::NoteArgs {
                city,
                title,
                set,
                move_to: new_title,
            };
            Ok(found(commands::note(data, use_cache, &args)?))
        }
        Command::Notes { format } => {
            commands::notes(data, use_cache, notes_format(format))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bookmarks { format } => {
            commands::bookmarks(data, use_cache, notes_format(format))?;
            Ok(ExitCode::SUCCESS)
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn notes_format(format: NotesFormat) -> woonbeleid::notes::cli::Format {
    match format {
        NotesFormat::Tsv => woonbeleid::notes::cli::Format::Tsv,
        NotesFormat::Md => woonbeleid::notes::cli::Format::Md,
        NotesFormat::Json => woonbeleid::notes::cli::Format::Json,
    }
}

/// Like grep: exit 1 when nothing matched.
fn found(any: bool) -> ExitCode {
    if any {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

//! `woonbeleid completions` and `woonbeleid man`: generated from the one clap definition,
//! so they cannot drift from what the program accepts.

use super::failure::Failure;
use super::output;
use crate::cli;

/// The completion script for `shell`, on stdout: it asks the program for each completion
/// (clap's dynamic completion), so subcommands, options, city names and titles come from
/// the program and the dataset in use, never from a list that can go stale.
///
/// # Errors
/// Standard output cannot be written.
pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    let name = shell.to_string();
    let shells = clap_complete::env::Shells::builtins();
    let Some(completer) = shells.completer(&name) else {
        return Err(Failure::Internal(name));
    };
    let mut script = Vec::new();
    completer
        .write_registration(
            cli::complete::VAR,
            "woonbeleid",
            "woonbeleid",
            &program(),
            &mut script,
        )
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let mut script = String::from_utf8_lossy(&script).into_owned();
    if shell == clap_complete::Shell::Bash {
        script = with_typed_word(&script);
    }
    output::print(&script)
}

/// Bash's script, passing on the word being completed as it stands in the line: the
/// function is given it unquoted, and a title must be escaped unless it is in quotes. A
/// script of another form is left as it is (titles are then always escaped).
fn with_typed_word(script: &str) -> String {
    let asks = format!("{}=\"bash\" \\\n", cli::complete::VAR);
    let typed = format!(
        "{}=\"${{COMP_WORDS[COMP_CWORD]}}\" \\\n",
        cli::complete::TYPED
    );
    match script.find(&asks) {
        Some(at) => {
            let indent = &script[script[..at].rfind('\n').map_or(0, |n| n + 1)..at];
            let mut out = script.to_string();
            out.insert_str(at + asks.len(), &format!("{indent}{typed}"));
            out
        }
        None => script.to_string(),
    }
}

/// How the script calls the program: by name when it was found on the `PATH`, else by the
/// whole path (`./target/release/woonbeleid` would not be found from another folder).
fn program() -> String {
    let arg0 = std::env::args_os().next().unwrap_or_default();
    let by_name = std::path::Path::new(&arg0).components().count() == 1;
    match std::env::current_exe() {
        Ok(exe) if !by_name => exe.display().to_string(),
        _ => arg0.to_string_lossy().into_owned(),
    }
}

/// The manual page, in roff, on stdout.
///
/// # Errors
/// Standard output cannot be written.
pub fn man() -> Result<(), Failure> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cli::command())
        .render(&mut page)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    output::print(&String::from_utf8_lossy(&page))
}

//! The command line. Other tools rely on these exact forms; see the README.

use std::path::PathBuf;

use clap::{ArgAction, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

pub mod complete;
mod errors;
mod words;

pub use errors::usage_error;

/// The program's command line, its words in the run's language: what parses the
/// arguments and what the help, the man page and the completions are made of.
#[must_use]
pub fn command() -> clap::Command {
    words::speaking(<Cli as clap::CommandFactory>::command())
}

#[derive(Debug, Parser)]
#[command(
    name = "woonbeleid",
    about = "Browse the centre cities' local housing-policy texts in the terminal",
    // Without this, clap builds the usage line of an error from the flags given
    // (`Usage: woonbeleid --mouse`), which is not how the program is used.
    override_usage = "woonbeleid [OPTIONS] [COMMAND]",
    disable_version_flag = true
)]
// Each command-line switch is a bool; grouping them into enums would only hide that.
#[allow(clippy::struct_excessive_bools)]
pub struct Cli {
    /// Dataset to use instead of the embedded one (RON, as written by `import`).
    #[arg(long, global = true, value_name = "FILE.ron")]
    pub data: Option<PathBuf>,
    /// Let the mouse select and scroll (this turns off the terminal's own text selection).
    #[arg(long)]
    pub mouse: bool,
    /// Monochrome display, and `search` and `diff` without colour unless `--color always`
    /// (also when `NO_COLOR` is set).
    #[arg(long)]
    pub no_color: bool,
    /// Start clean instead of where the last run left off (the notes stay).
    #[arg(long)]
    pub fresh: bool,
    /// Accessible mode, for screen readers and braille displays: the terminal cursor on the
    /// selection, no box drawing, the pane named when it changes (also when ACCESSIBLE is
    /// set or TERM is dumb).
    #[arg(long)]
    pub toegankelijk: bool,
    /// Read the RON of `--data` itself, not its snapshot in the cache folder (and keep none).
    #[arg(long, global = true)]
    pub no_cache: bool,
    /// Append, per input event, the time to handle it and to draw the frame to FILE.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Read at most this much from an input that is not a regular file (a pipe, standard
    /// input, a device): 2G by default. Suffixes K, M, G (powers of 1024).
    #[arg(long, global = true, value_name = "BYTES", value_parser = parse_size)]
    pub max_input_size: Option<u64>,
    /// Print the version and the dataset's provenance: the exports it was imported from,
    /// its cities and items (of `--data FILE` when given).
    #[arg(short = 'V', long, action = ArgAction::SetTrue)]
    pub version: bool,
    /// The language of every word shown (`nl`, `en`); chosen before the command line is
    /// read, by `taal_asked`, so that its help and errors speak it too.
    #[arg(long, global = true, value_name = "TAAL", value_parser = parse_taal)]
    pub taal: Option<crate::strings::Taal>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// When the shell's completion script asks for candidates (`complete::VAR` set), answers
/// on stdout and exits; else returns, having done nothing.
pub fn complete_if_asked() {
    let Some(shell) = std::env::var_os(complete::VAR) else {
        return;
    };
    complete::asked_by(&shell);
    clap_complete::CompleteEnv::with_factory(command)
        .var(complete::VAR)
        .complete();
}

/// Whether the browser runs in accessible mode: asked for, or `ACCESSIBLE` set to anything
/// but empty or `0` (charm's and the GitHub CLI's switch), or a dumb terminal.
#[must_use]
pub fn accessible(
    flag: bool,
    accessible: Option<&std::ffi::OsStr>,
    term: Option<&std::ffi::OsStr>,
) -> bool {
    flag || accessible.is_some_and(|v| !v.is_empty() && v != "0")
        || term.is_some_and(|t| t == "dumb")
}

// Clap prints these comments as the help; backticks would show there.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import exports of the list as a RON dataset. It reads, told by their content: text
    /// copied from the web list (grouped per city, or the item view of one city),
    /// SharePoint's CSV export (comma, semicolon or tab), REST JSON (`_api/web/lists/…/items`)
    /// and Microsoft Graph JSON (`…/lists/…/items?expand=fields`), pages of one export
    /// together.
    Import {
        /// The exports, in any of those formats; `-` reads standard input (once).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The city of an item-view export (inferred from the other inputs when omitted).
        #[arg(long, value_name = "NAME")]
        city: Option<String>,
        /// Write the dataset here (atomically) instead of to standard output. It must be a
        /// regular file or not exist; a symlink is followed (and kept).
        #[arg(short = 'o', long = "output", value_name = "OUT.ron")]
        output: Option<PathBuf>,
        /// Replace OUT even when it is read-only.
        #[arg(long, requires = "output")]
        force: bool,
        /// The column holding the title in a CSV, REST or Graph export (display or internal
        /// name), when it is not called Titel or Title.
        #[arg(long, value_name = "NAME")]
        title_column: Option<String>,
        /// The column holding the description, when not Beschrijving, Omschrijving or
        /// Description.
        #[arg(long, value_name = "NAME")]
        description_column: Option<String>,
        /// The column holding the city, when not Stad, Gemeente or City.
        #[arg(long, value_name = "NAME")]
        city_column: Option<String>,
        /// Say which columns were used and which ignored, and what an export leaves unsaid
        /// (attachments, further pages).
        #[arg(long)]
        verbose: bool,
        /// Keep no snapshot of OUT in the cache folder (its first open reads the RON).
        #[arg(long = "no-cache")]
        no_cache: bool,
        /// Not an option of `import` (its inputs are FILE): kept out of its help, refused.
        #[arg(long = "data", hide = true, value_name = "FILE.ron")]
        data: Option<PathBuf>,
    },
    /// Say what changed from OLD to NEW: cities added and removed, per city the items
    /// added, removed and changed (by title). Exit 0 when nothing changed, 1 when something
    /// did, 2 when a file cannot be read (like diff). `diff --embedded NEW.ron` compares the
    /// dataset built into this program with NEW, without exporting it first.
    #[command(
        override_usage = "woonbeleid diff [OPTIONS] <OLD.ron> <NEW.ron>\n       woonbeleid diff --embedded [OPTIONS] <NEW.ron>"
    )]
    Diff {
        /// The dataset before: a RON as written by `import` (an export is imported first).
        /// With --embedded, the one file given is NEW.
        #[arg(value_name = "OLD.ron")]
        old: PathBuf,
        /// The dataset after, compared with OLD.
        #[arg(value_name = "NEW.ron", required_unless_present = "embedded")]
        new: Option<PathBuf>,
        /// OLD is the dataset built into this program (the one the browser shows when given
        /// no dataset file): `diff --embedded NEW.ron`. An option, not a file name, so that
        /// no file can be taken for it.
        #[arg(long)]
        embedded: bool,
        /// Also print the differing lines of each changed text, as a unified diff; a
        /// difference that cannot be seen (a no-break space, a tab, a space at the end) is
        /// marked, and in colour the words that changed within a line.
        #[arg(long)]
        text: bool,
        #[command(flatten)]
        color: Color,
        /// `--data` and `--no-cache` say nothing to `diff`: taking the global options'
        /// places keeps them out of its help; `main` refuses `--data`.
        #[arg(long = "data", hide = true, value_name = "FILE.ron")]
        data: Option<PathBuf>,
        #[arg(long = "no-cache", hide = true)]
        no_cache: bool,
    },
    /// Print the items whose title or city matches QUERY (fzf syntax), best first, as
    /// CITY<TAB>TITLE. Exit 1 when nothing matches.
    Filter {
        /// fzf syntax: `woon raad` (every term), `'exact`, `^prefix`, `suffix$`, `!not`,
        /// `woonraad | woonoverleg` (either term); accents and case ignored. Several words are one query, quoted or not. An empty
        /// QUERY matches every item, as in `fzf --filter ''`.
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
    },
    /// Print every line of the texts that contains TEXT (case and accents ignored), as
    /// CITY<TAB>TITLE<TAB>LINE. Exit 1 when nothing matches.
    Search {
        /// The text to find, as a substring; several words are one text (`search lokaal
        /// woonoverleg` = `search 'lokaal woonoverleg'`); texts with ` | ` between them
        /// find either (`search 'woonraad | huurdersbond'`). An empty TEXT matches every line
        /// that is not blank, as an empty `filter` query matches every item.
        #[arg(required = true, num_args = 1.., value_name = "TEXT")]
        text: Vec<String>,
        #[command(flatten)]
        color: Color,
    },
    /// Print an item's note (exit 1 when it has none), set it with --set, or move it to a
    /// renamed title with --move. Notes live in $WOONBELEID_HOME, else the platform's data
    /// folder.
    Note {
        /// Move the note (and bookmark) of CITY TITLE to CITY NEW_TITLE.
        #[arg(long = "move", conflicts_with = "set", requires = "new_title")]
        move_note: bool,
        /// The city, as the browser shows it (case and accents do not matter).
        #[arg(add = ArgValueCompleter::new(complete::city))]
        city: String,
        /// The item's title.
        #[arg(add = ArgValueCompleter::new(complete::title))]
        title: String,
        /// With --move: the title the note moves to (refused without --move).
        #[arg(add = ArgValueCompleter::new(complete::title))]
        new_title: Option<String>,
        /// Set the note to TEXT (`-` reads it from standard input); empty text removes it.
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        set: Option<String>,
    },
    /// List every note, notes whose item is gone ("wees") last.
    Notes {
        #[arg(long, value_enum, default_value_t = NotesFormat::Tsv)]
        format: NotesFormat,
    },
    /// List every bookmark as CITY<TAB>TITLE, in the dataset's order; bookmarks whose item
    /// is gone last, with a third column `wees`.
    Bookmarks {
        #[arg(long, value_enum, default_value_t = NotesFormat::Tsv)]
        format: NotesFormat,
    },
    /// Print an item as plain text: where it stands (city and sections), its text and
    /// your note. A city alone: all its items, in order. For screen readers, pipes and
    /// scripts.
    Show {
        /// The city, as the browser shows it (case and accents do not matter).
        #[arg(add = ArgValueCompleter::new(complete::city))]
        city: String,
        /// The item's title; without it, every item of the city.
        #[arg(add = ArgValueCompleter::new(complete::title))]
        title: Option<String>,
    },
    /// Toon de verwante teksten van andere steden, welke titel ze ook hebben.
    ///
    /// De teksten die het meest op die van het item lijken (dezelfde woorden, stammen en
    /// delen van samenstellingen, gewogen over de hele dataset), de beste eerst, als
    /// CITY<TAB>TITLE<TAB>SCORE<TAB>gedeelde woorden. Exit 1 als er geen is (een lege tekst).
    Related {
        /// De stad, zoals de browser ze toont (hoofdletters en accenten tellen niet).
        #[arg(add = ArgValueCompleter::new(complete::city))]
        city: String,
        /// De titel van het item.
        #[arg(add = ArgValueCompleter::new(complete::title))]
        title: String,
        /// Hoeveel verwante teksten ten hoogste.
        #[arg(long, value_name = "N", default_value_t = 10, value_parser = parse_limit)]
        limit: u32,
    },
    /// Print the completion script for SHELL: bash, zsh, fish, powershell or elvish (see
    /// the README for where each goes).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (`woonbeleid man > woonbeleid.1`).
    Man,
    /// Print the default configuration, every entry with what it does; `--check` reads
    /// the configuration file in use and names what in it is not used.
    Config {
        #[arg(long)]
        check: bool,
    },
    /// Print the dataset.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Only this section, across all cities that have it (with --format md), to
        /// compare them side by side in a document. Aliases count.
        #[arg(long, value_name = "TITLE", add = ArgValueCompleter::new(complete::section))]
        section: Option<String>,
    },
}

/// `--color WHEN`, as ripgrep and grep take it.
// Clap prints the comment as the help, as for `Command`.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct Color {
    /// Colour the output: `auto` on a terminal unless NO_COLOR is set (never into a pipe
    /// or a file), `always` (also into a pipe, for `less -R`), or `never`.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How `notes` prints: CITY<TAB>TITLE<TAB>first line, Markdown, or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NotesFormat {
    Tsv,
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Ron,
    Md,
}

/// `--taal nl|en`.
///
/// # Errors
/// Neither language.
pub fn parse_taal(text: &str) -> Result<crate::strings::Taal, String> {
    crate::strings::Taal::parse(text).ok_or_else(|| crate::strings::usage::unknown_taal(text))
}

/// The language `--taal` asks for, read before clap (whose help and errors speak it): the
/// last `--taal X` or `--taal=X` before a `--`. One naming no language is left to clap.
#[must_use]
pub fn taal_asked(args: &[std::ffi::OsString]) -> Option<crate::strings::Taal> {
    let mut asked = None;
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--taal") {
            Some("") => args.next().map(std::borrow::Cow::into_owned),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(taal) = value.as_deref().and_then(crate::strings::Taal::parse) {
            asked = Some(taal);
        }
    }
    asked
}

/// `--limit N`: at least one.
///
/// # Errors
/// Not a whole number from 1 up.
pub fn parse_limit(text: &str) -> Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| crate::strings::usage::AT_LEAST_ONE.to_string())
}

/// `2G`, `512M`, `100k`, `1000`: bytes, with a power-of-1024 suffix.
///
/// # Errors
/// Anything else, or a size that does not fit in 64 bits.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let (digits, shift) = match t.char_indices().last() {
        Some((at, 'k' | 'K')) => (&t[..at], 10),
        Some((at, 'm' | 'M')) => (&t[..at], 20),
        Some((at, 'g' | 'G')) => (&t[..at], 30),
        Some((at, 't' | 'T')) => (&t[..at], 40),
        _ => (t, 0),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| crate::strings::usage::not_a_size(text))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| crate::strings::usage::too_large(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("4k"), Ok(4096));
        assert_eq!(parse_size("2G"), Ok(2 << 30));
        assert_eq!(parse_size("3 M"), Ok(3 << 20));
        assert_eq!(parse_size("1T"), Ok(1 << 40));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999G").unwrap_err().contains("te groot"));
    }
}

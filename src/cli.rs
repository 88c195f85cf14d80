//! The command line. Other tools rely on these exact forms; see the README.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "woonbeleid",
    version,
    about = "Browse the centre cities' local housing-policy texts in the terminal"
)]
pub struct Cli {
    /// Dataset to use instead of the embedded one (RON, as written by `import`).
    #[arg(long, global = true, value_name = "FILE.ron")]
    pub data: Option<PathBuf>,
    /// Let the mouse select and scroll (this turns off the terminal's own text selection).
    #[arg(long)]
    pub mouse: bool,
    /// Monochrome display (also when `NO_COLOR` is set).
    #[arg(long)]
    pub no_color: bool,
    /// Start clean instead of where the last run left off (the notes stay).
    #[arg(long)]
    pub fresh: bool,
    /// Append, per input event, the time to handle it and to draw the frame to FILE.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

// Clap prints these comments as the help; backticks would show there.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import raw exports (grouped per city, or the item view of one city) as a RON dataset.
    Import {
        /// Raw text exports copied from the web list; `-` reads standard input.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The city of an item-view export (inferred from the other inputs when omitted).
        #[arg(long, value_name = "NAME")]
        city: Option<String>,
        /// Write the dataset here (atomically) instead of to standard output.
        #[arg(short = 'o', long = "output", value_name = "OUT.ron")]
        output: Option<PathBuf>,
    },
    /// Print the items whose title or city matches QUERY (fzf syntax), best first, as
    /// CITY<TAB>TITLE. Exit 1 when nothing matches.
    Filter { query: String },
    /// Print every line of the texts that contains TEXT (case and accents ignored), as
    /// CITY<TAB>TITLE<TAB>LINE. Exit 1 when nothing matches.
    Search { text: String },
    /// Print an item's note (exit 1 when it has none), set it with --set, or move it to a
    /// renamed title with --move. Notes live in $WOONBELEID_HOME, else the platform's data
    /// folder.
    Note {
        /// Move the note (and bookmark) of CITY TITLE to CITY NEW_TITLE.
        #[arg(long = "move", conflicts_with = "set", requires = "new_title")]
        move_note: bool,
        /// The city, as the browser shows it (case and accents do not matter).
        city: String,
        /// The item's title.
        title: String,
        /// With --move: the title the note moves to.
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
    /// Print the dataset.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Only this section, across all cities that have it (with --format md), to
        /// compare them side by side in a document. Aliases count.
        #[arg(long, value_name = "TITLE")]
        section: Option<String>,
    },
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

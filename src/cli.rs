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
    /// Append, per input event, the time to handle it and to draw the frame to FILE.
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Ron,
    Md,
}

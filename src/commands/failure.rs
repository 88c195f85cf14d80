//! Why a command failed, which decides the exit code, and how that is reported.

use std::io;

use crate::import::ImportError;
use crate::import::clean::inert_name;
use crate::store::{self, DatasetError};

/// Why a command failed, which decides the exit code.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A dataset file that cannot be read, parsed or written: exit 1.
    #[error("{0}")]
    Data(#[from] DatasetError),
    /// A raw export that cannot be imported: exit 1.
    #[error("{0}")]
    Import(#[from] ImportError),
    /// The command was used wrongly: exit 2.
    #[error("{0}")]
    Usage(String),
    /// The terminal could not be set up, read or written: exit 1.
    #[error("terminal: {}", store::io_reason(.0))]
    Terminal(io::Error),
    /// The notes cannot be read or written, or name no item: exit 1.
    #[error("{0}")]
    Notes(String),
    /// Writing the output failed (a closed pipe is not a failure; see `output::finish`).
    #[error("{}", crate::strings::cli::stdout_unwritable(&store::io_reason(.0)))]
    Output(io::Error),
    /// The snapshot read in place of the RON changed while it was read (the command is
    /// run again on the RON, so the user sees this only if that fails too): exit 1.
    #[error("{}", crate::strings::cli::SNAPSHOT_CHANGED)]
    Damaged,
    /// The snapshot used was not made from the RON as it is now (edited, its size and
    /// time given back): the command is run again on the RON, silently, as for any stale
    /// snapshot: exit 1 only if that fails too.
    #[error("{}", crate::strings::cli::SNAPSHOT_OF_ANOTHER)]
    Stale,
    /// Something that cannot happen did (a dataset that would not serialize): exit 1, as
    /// the user did nothing wrong.
    #[error("{}", crate::strings::cli::internal(.0))]
    Internal(String),
}

impl Failure {
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Data(_)
            | Failure::Import(_)
            | Failure::Output(_)
            | Failure::Terminal(_)
            | Failure::Notes(_)
            | Failure::Damaged
            | Failure::Stale
            | Failure::Internal(_) => 1,
        }
    }

    #[must_use]
    pub fn detail(&self) -> &[String] {
        match self {
            Failure::Data(e) => &e.detail,
            Failure::Import(e) => &e.detail,
            _ => &[],
        }
    }

    /// `error: …` and the detail lines below it, on stderr, whatever stderr is. Each is one
    /// line whatever it quotes: a newline in a file name or title shows as `␊`, and what a
    /// terminal would act on as its symbol.
    pub fn report(&self) {
        let mut lines = vec![crate::strings::error_line(&inert_name(&self.to_string()))];
        lines.extend(self.detail().iter().map(|d| format!("  {}", inert_name(d))));
        super::stderr::warn(&lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_wrong_usage_exits_2() {
        let located = DatasetError::new("d.ron", 1, "x");
        assert_eq!(Failure::Data(located).exit_code(), 1);
        assert_eq!(Failure::Internal("ron".into()).exit_code(), 1);
        assert_eq!(Failure::Output(io::Error::other("x")).exit_code(), 1);
        assert_eq!(Failure::Usage("x".into()).exit_code(), 2);
        let failure = Failure::Import(ImportError::new("f.txt", 3, "bad"));
        assert_eq!(failure.to_string(), "f.txt:3: bad");
    }

    /// Every message of its own (not one that passes on words made elsewhere) is in the
    /// language of the run: `standaarduitvoer …` was said under `--taal en` too.
    #[test]
    fn each_message_of_its_own_speaks_the_language_of_the_run() {
        use crate::strings::taal::{Taal, speaking};
        let own = || {
            [
                Failure::Output(io::Error::from(io::ErrorKind::StorageFull)),
                Failure::Terminal(io::Error::from(io::ErrorKind::BrokenPipe)),
                Failure::Damaged,
                Failure::Stale,
                Failure::Internal("x".into()),
            ]
        };
        let nl: Vec<String> =
            speaking(Taal::Nl, || own().iter().map(ToString::to_string).collect());
        let en: Vec<String> =
            speaking(Taal::En, || own().iter().map(ToString::to_string).collect());
        for (nl, en) in nl.iter().zip(&en) {
            // The terminal's own word is the same in both; what follows is not.
            assert_ne!(nl, en, "one language only");
        }
        assert!(
            en[0].starts_with("standard output cannot be written: "),
            "{}",
            en[0]
        );
        assert!(
            nl[0].starts_with("standaarduitvoer kan niet worden geschreven: "),
            "{}",
            nl[0]
        );
        assert_eq!(en[4], "internal error: x");
        for dutch in ["snapshot van", "interne", "kan niet", "de schijf"] {
            assert!(en.iter().all(|m| !m.contains(dutch)), "{en:?}");
        }
    }
}

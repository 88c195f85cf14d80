//! Where the notes live: `$WOONBELEID_HOME` when set (tests use it), else the platform's
//! data folder (`$XDG_DATA_HOME/woonbeleid`, `~/.local/share/woonbeleid` on Linux).

use std::path::PathBuf;

use etcetera::BaseStrategy;

use super::error::NotesError;

pub const ENV: &str = "WOONBELEID_HOME";

/// The folder; it need not exist yet (the first write makes it).
///
/// # Errors
/// No home folder and no `WOONBELEID_HOME`.
pub fn dir() -> Result<PathBuf, NotesError> {
    if let Some(home) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    etcetera::choose_base_strategy()
        .map(|s| s.data_dir().join("woonbeleid"))
        .map_err(|e| NotesError::NoHome(e.to_string()))
}

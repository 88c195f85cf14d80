//! Where snapshots are kept: the folder, and each RON's file in it.

use std::fs;
use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;
use xxhash_rust::xxh3::xxh3_64;

/// Overrides the cache folder (tests use it).
pub const ENV: &str = "WOONBELEID_CACHE";

/// The folder snapshots go in.
#[must_use]
pub fn dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(d));
    }
    etcetera::choose_base_strategy()
        .ok()
        .map(|s| s.cache_dir().join("woonbeleid"))
}

/// The snapshot file for a RON file: named by the RON's full path, so two datasets never
/// share one.
#[must_use]
pub fn snapshot_path(dir: &Path, ron: &Path) -> PathBuf {
    let full = fs::canonicalize(ron).unwrap_or_else(|_| ron.to_owned());
    let name = xxh3_64(full.to_string_lossy().as_bytes());
    dir.join(format!("{name:016x}.snapshot"))
}

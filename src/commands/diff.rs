//! `woonbeleid diff OLD.ron NEW.ron`: what changed between two datasets. Like diff(1):
//! exit 0 when nothing changed, 1 when something did, 2 when a file cannot be read.

use std::path::Path;
use std::process::ExitCode;

use super::failure::Failure;
use super::output;
use super::paint;
use crate::diff;
use crate::model::Dataset;
use crate::store;
use crate::strings;

/// `woonbeleid diff`, from `old` or (`None`) the embedded dataset, in `colour` or not;
/// reports its own failures, as their exit code differs from the other commands' (2, not
/// 1, for a file that cannot be read).
#[must_use]
pub fn diff(old: Option<&Path>, new: &Path, (text, colour): (bool, bool)) -> ExitCode {
    let load = |path: &Path| {
        store::load_file(path)
            .map(|f| f.split().0)
            .map_err(|e| super::dataset::told_as_export(path, e))
    };
    let old = old.map_or_else(store::embedded, load);
    let changes = match (old, load(new)) {
        (Ok(old), Ok(new)) => diff::changes(&old, &new),
        (Err(e), _) | (_, Err(e)) => return trouble(&Failure::Data(e)),
    };
    let mut lines = if colour {
        paint::diff_rows(&diff::rows(&changes, text))
    } else {
        diff::summary(&changes, text).join("\n")
    };
    if !lines.is_empty() {
        lines.push('\n');
    }
    if let Err(failure) = output::print(&lines) {
        return trouble(&failure);
    }
    if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn trouble(failure: &Failure) -> ExitCode {
    failure.report();
    ExitCode::from(2)
}

/// What `import -o` says on stderr when it replaced a dataset: a headline, then the
/// summary. Datasets this large are not compared (it would hold both in memory).
pub(super) fn replaced(out: &Path, old: &Dataset, new: Option<Dataset>) {
    // The import's own catalog when it kept one; else the file it wrote, read back.
    let Some(new) = new.or_else(|| store::load_file(out).ok().map(|f| f.split().0)) else {
        return;
    };
    let changes = diff::changes(old, &new);
    let mut lines = vec![format!("{}: {}", out.display(), diff::headline(&changes))];
    lines.extend(capped(diff::summary(&changes, false), SUMMARY_LINES));
    output::warn(&lines);
}

/// How much of the summary `import -o` prints: a glance at what changed, not a listing
/// (replacing a thousand items with a hundred thousand gave 99,301 lines); `diff` lists all.
const SUMMARY_LINES: usize = 20;

/// The first `max` lines, and a line saying how many more there are.
fn capped(mut lines: Vec<String>, max: usize) -> Vec<String> {
    if lines.len() > max {
        let rest = lines.len() - max;
        lines.truncate(max);
        lines.push(strings::cli::more_lines(rest));
    }
    lines
}

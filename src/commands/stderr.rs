//! Standard error, whose failure can make nothing fail: what reports a failure must not
//! need the failure's own type (so this stands apart from `output`).

use std::io::{self, Write};

use crate::import::clean;

/// Writes lines to stderr; a stderr that cannot be written (`2>/dev/full`) is ignored, as
/// there is nowhere left to report it.
///
/// Every line may hold what came from an input (a file or column name, a title typed or
/// imported, a JSON path, a note): what a terminal would act on is shown as a symbol
/// instead (`␛`, `␍`, `�`), as the browser shows it. A line's own newlines are kept (clap's
/// messages have several); a caller that promises one line makes its parts inert itself.
pub fn warn(lines: &[String]) {
    let mut err = io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{}", shown(line));
    }
}

/// A line as `warn` writes it.
fn shown(line: &str) -> std::borrow::Cow<'_, str> {
    if clean::needs_inert(line, true) {
        clean::inert(line).into()
    } else {
        line.into()
    }
}

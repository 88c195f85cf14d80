//! Standard error, whose failure can make nothing fail: what reports a failure must not
//! need the failure's own type (so this stands apart from `output`).

use std::io::{self, Write};

/// Writes lines to stderr; a stderr that cannot be written (`2>/dev/full`) is ignored, as
/// there is nowhere left to report it.
pub fn warn(lines: &[String]) {
    let mut err = io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
}

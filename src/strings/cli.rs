//! What the command line says: its errors, warnings and summaries, in Dutch.

/// The last line of a summary cut short: how many lines were left out.
#[must_use]
pub fn more_lines(n: usize) -> String {
    let noun = if n == 1 { "regel" } else { "regels" };
    format!("… en {n} andere {noun}")
}

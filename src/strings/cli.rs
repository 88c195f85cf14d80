//! What the command line says: its errors, warnings and summaries, in Dutch.

/// The last line of a summary cut short: how many lines were left out.
#[must_use]
pub fn more_lines(n: usize) -> String {
    let noun = if n == 1 { "regel" } else { "regels" };
    format!("… en {n} andere {noun}")
}

/// A JSON text field the import uses that JSON itself cannot read (a lone surrogate).
#[must_use]
pub fn unreadable_text(why: &str) -> String {
    // serde_json places its reason in the field's own text, which says nothing here.
    let why = why.split(" at line ").next().unwrap_or(why);
    format!("tekst die geen geldige JSON is ({why})")
}

/// After the names a message lists, how many it left out.
#[must_use]
pub fn more_names(n: usize) -> String {
    format!("+{n} andere")
}

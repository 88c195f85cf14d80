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

/// A snapshot could not be kept in the cache folder `folder`, at the step and for the
/// reason in `why`.
#[must_use]
pub fn snapshot_unkept(folder: &str, why: &str) -> String {
    format!("geen snapshot bewaard in {folder}: {why}; de RON wordt elke keer gelezen")
}

pub const SNAPSHOT_FOLDER: &str = "de map kan niet worden gemaakt";
pub const SNAPSHOT_TEMPORARY: &str = "er kan geen tijdelijk bestand in worden gemaakt";
pub const SNAPSHOT_CLAIM: &str = "het tijdelijke bestand kan niet worden vergrendeld";
pub const SNAPSHOT_WRITE: &str = "de snapshot kan niet worden geschreven";
pub const SNAPSHOT_RENAME: &str = "de snapshot kan niet op zijn plaats worden gezet";

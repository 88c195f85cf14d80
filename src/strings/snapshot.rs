//! Why a snapshot in the cache folder is not used, and what the cache says it did. A
//! snapshot found unusable is rebuilt from the RON: these words are said on the way.

use super::taal::{Text, tr};

pub const FOREIGN: Text = Text::new("geen snapshot", "not a snapshot");
pub const STALE: Text = Text::new(
    "gemaakt van een andere versie van de dataset",
    "made from another version of the dataset",
);
#[must_use]
pub fn version(found: u32, reads: u32) -> String {
    tr!(
        "formaat {found}, deze versie leest {reads}",
        "format {found}, this version reads {reads}"
    )
}
#[must_use]
pub fn damaged(what: &str) -> String {
    tr!("beschadigd: {what}", "damaged: {what}")
}

// What in a snapshot is damaged.
pub const A_COUNT: Text = Text::new("een aantal", "a count");
pub const A_FLAG: Text = Text::new("een vlag", "a flag");
pub const SECTION_ENDS_EARLY: Text = Text::new("een deel eindigt te vroeg", "a section ends early");
pub const SECTION_LONGER: Text = Text::new(
    "een deel is langer dan zijn inhoud",
    "a section is longer than its contents",
);
pub const SECTION_MISSING: Text = Text::new("een deel ontbreekt", "a section is missing");
pub const SECTION_CHECKSUM: Text = Text::new("de controlesom van een deel", "a section's checksum");
pub const SECTION_LENGTH: Text = Text::new("de lengte van een deel", "a section's length");
pub const STRING_BOUNDS: Text = Text::new("de grenzen van een tekenreeks", "a string's bounds");
pub const AN_OFFSET: Text = Text::new("een positie", "an offset");
pub const COUNTS_DISAGREE: Text = Text::new(
    "aantallen die niet overeenkomen",
    "counts that do not agree",
);
pub const STRINGS: Text = Text::new("de tekenreeksen", "strings");
pub const STRINGS_NOT_UTF8: Text =
    Text::new("tekenreeksen die geen UTF-8 zijn", "strings are not UTF-8");
pub const THE_SECTIONS: Text = Text::new("de secties", "the sections");
pub const TEXT_OFFSETS: Text = Text::new("de posities van de teksten", "the texts' offsets");
pub const SECTION_BEYOND_END: Text = Text::new(
    "een deel voorbij het einde van het bestand",
    "a section beyond the end of the file",
);
pub const SECTION_TOO_LONG: Text = Text::new(
    "een deel langer dan zijn dataset toelaat",
    "a section longer than its dataset allows",
);
pub const HEADER: Text = Text::new("de kop", "header");
pub const FROM_MEMORY_ONLY: Text = Text::new(
    "een snapshot wordt geschreven uit een catalogus in het geheugen",
    "a snapshot is written from a catalog in memory",
);
/// Shown in place of a text that could not be read whole and unchanged.
pub const UNREADABLE_TEXT: Text = Text::new(
    "(deze tekst kon niet gelezen worden: de snapshot is beschadigd; hij wordt herbouwd)",
    "(this text could not be read: the snapshot is damaged; it is being rebuilt)",
);

// What the cache did, for --verbose and the browser's log.

#[must_use]
pub fn used(path: &str) -> String {
    tr!("snapshot {path} gebruikt", "snapshot {path} used")
}
#[must_use]
pub fn used_unchanged(path: &str) -> String {
    tr!(
        "snapshot {path} gebruikt: de RON is ongewijzigd sinds zijn hash het laatst klopte",
        "snapshot {path} used: the RON is unchanged since its hash last agreed"
    )
}
#[must_use]
pub fn used_hash_after(path: &str) -> String {
    tr!(
        "snapshot {path} gebruikt, de hash van de RON wordt nadien vergeleken",
        "snapshot {path} used, the RON's hash compared after"
    )
}
#[must_use]
pub fn not_used(path: &str, why: &str) -> String {
    tr!(
        "snapshot {path} niet gebruikt ({why}): herbouwd uit de RON",
        "snapshot {path} not used ({why}): rebuilt from the RON"
    )
}
pub const RON_UNREADABLE: Text =
    Text::new("de RON kan niet gelezen worden", "the RON cannot be read");
#[must_use]
pub fn of_another_ron(path: &str) -> String {
    tr!(
        "de snapshot van {path} was van een andere RON met dezelfde grootte en tijd: opnieuw gelezen",
        "snapshot of {path} was of another RON of the same size and time: rereading"
    )
}
#[must_use]
pub fn keeping(path: Option<&str>) -> String {
    match path {
        Some(path) => tr!(
            "woonbeleid: de snapshot van {path} wordt bewaard voor de volgende start…",
            "woonbeleid: keeping the snapshot of {path} for the next start…"
        ),
        None => tr!(
            "woonbeleid: de snapshot wordt bewaard voor de volgende start…",
            "woonbeleid: keeping the snapshot for the next start…"
        ),
    }
}

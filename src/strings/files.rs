//! What is wrong with a file: reading and writing datasets, exports, notes and standard
//! input. The operating system's own words are English (and name error numbers), so the
//! common kinds are said here; a rare one keeps the system's words.

use std::io::ErrorKind;

use super::taal::{Text, tr};

/// The words for an I/O error of `kind`; `None` for a kind only the system can describe.
#[must_use]
pub fn io_kind(kind: ErrorKind) -> Option<&'static str> {
    let (nl, en) = match kind {
        ErrorKind::NotFound => ("bestaat niet", "does not exist"),
        ErrorKind::PermissionDenied => ("geen toegang", "permission denied"),
        ErrorKind::AlreadyExists => ("bestaat al", "already exists"),
        ErrorKind::IsADirectory => ("is een map", "is a folder"),
        ErrorKind::NotADirectory => (
            "een deel van het pad is geen map",
            "a part of the path is not a folder",
        ),
        ErrorKind::StorageFull => ("de schijf is vol", "the disk is full"),
        ErrorKind::QuotaExceeded => (
            "de schijfruimte van deze gebruiker is op",
            "this user's disk quota is used up",
        ),
        ErrorKind::ReadOnlyFilesystem => (
            "het bestandssysteem is alleen-lezen",
            "the file system is read-only",
        ),
        ErrorKind::FileTooLarge => (
            "te groot voor het bestandssysteem",
            "too large for the file system",
        ),
        ErrorKind::InvalidFilename => ("geen geldige bestandsnaam", "not a valid file name"),
        ErrorKind::BrokenPipe => (
            "de lezer aan de andere kant is gestopt",
            "the reader at the other end stopped",
        ),
        ErrorKind::Interrupted => ("onderbroken", "interrupted"),
        ErrorKind::TimedOut => ("duurde te lang", "timed out"),
        ErrorKind::UnexpectedEof => ("houdt onverwacht op", "ends unexpectedly"),
        ErrorKind::ResourceBusy => (
            "in gebruik door een ander programma",
            "in use by another program",
        ),
        ErrorKind::ExecutableFileBusy => ("in gebruik als programma", "in use as a program"),
        ErrorKind::CrossesDevices => (
            "ligt op een ander bestandssysteem",
            "is on another file system",
        ),
        ErrorKind::TooManyLinks => ("te veel koppelingen", "too many links"),
        ErrorKind::DirectoryNotEmpty => ("de map is niet leeg", "the folder is not empty"),
        ErrorKind::OutOfMemory => ("te weinig geheugen", "out of memory"),
        _ => return None,
    };
    Some(Text::new(nl, en).get())
}

/// An I/O error as the user reads it: the words above, else the system's own without Rust's
/// " (os error N)" (which says nothing to a user).
#[must_use]
pub fn io_reason(e: &std::io::Error) -> String {
    if let Some(words) = io_kind(e.kind()) {
        return words.to_owned();
    }
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

/// What stands where a regular file should.
#[must_use]
pub fn kind(kind: crate::platform::FileKind) -> &'static str {
    use crate::platform::FileKind;
    match kind {
        FileKind::Folder => A_FOLDER,
        FileKind::Fifo => A_FIFO,
        FileKind::Socket => A_SOCKET,
        FileKind::CharDevice => A_CHAR_DEVICE,
        FileKind::BlockDevice => A_BLOCK_DEVICE,
        FileKind::Other => SOMETHING_ELSE,
    }
    .get()
}

pub const A_FOLDER: Text = Text::new("een map", "a folder");
pub const A_SPECIAL_FILE: Text = Text::new("een speciaal bestand", "a special file");
pub const A_FIFO: Text = Text::new("een FIFO", "a FIFO");
pub const A_SOCKET: Text = Text::new("een socket", "a socket");
pub const A_CHAR_DEVICE: Text = Text::new("een tekenapparaat", "a character device");
pub const A_BLOCK_DEVICE: Text = Text::new("een blokapparaat", "a block device");
pub const SOMETHING_ELSE: Text = Text::new("iets anders", "something else");

/// A path that must be a regular file and is `what` (`een map`, `een FIFO …`).
#[must_use]
pub fn not_regular(what: &str) -> String {
    tr!(
        "het is {what}, geen gewoon bestand",
        "it is {what}, not a regular file"
    )
}

#[must_use]
pub fn cannot_read(why: &str) -> String {
    tr!("kan niet gelezen worden: {why}", "cannot be read: {why}")
}

#[must_use]
pub fn cannot_write(why: &str) -> String {
    tr!(
        "kan niet geschreven worden: {why}",
        "cannot be written: {why}"
    )
}

pub const IS_A_FOLDER: Text = Text::new("is een map, geen bestand", "is a folder, not a file");
pub const NOT_TEXT: Text = Text::new("geen tekst", "not text");

/// More than the limit came from a pipe or a device.
#[must_use]
pub fn too_much_input(limit: &str) -> String {
    tr!(
        "meer dan {limit} uit iets dat geen gewoon bestand is (een pijp, een apparaat): daar gestopt; --max-input-size BYTES laat meer toe",
        "more than {limit} from something that is not a regular file (a pipe, a device): stopped there; --max-input-size BYTES allows more"
    )
}

/// A write target that is `what`.
#[must_use]
pub fn target_not_regular(path: &str, what: &str) -> String {
    tr!(
        "'{path}' is {what}, geen gewoon bestand",
        "'{path}' is {what}, not a regular file"
    )
}

#[must_use]
pub fn target_read_only(path: &str) -> String {
    tr!(
        "'{path}' is alleen-lezen (--force vervangt het)",
        "'{path}' is read-only (--force replaces it)"
    )
}

#[must_use]
pub fn too_many_links(path: &str) -> String {
    tr!(
        "'{path}': te veel symbolische koppelingen na elkaar",
        "'{path}': too many symbolic links in a row"
    )
}

#[must_use]
pub fn no_such_folder(path: &str) -> String {
    tr!(
        "de map '{path}' bestaat niet",
        "the folder '{path}' does not exist"
    )
}

pub const NO_FREE_NAME: Text = Text::new("geen vrije bestandsnaam", "no free file name");

/// A dataset file (`--data`) that is not UTF-8 RON.
pub const DATASET_UTF16: Text = Text::new(
    "UTF-16 (volgens de byte-order mark): een datasetbestand is UTF-8 RON, zoals 'woonbeleid import' het schrijft",
    "UTF-16 (by its byte-order mark): a dataset file is UTF-8 RON, as 'woonbeleid import' writes it",
);
pub const DATASET_NOT_UTF8: Text = Text::new(
    "geen UTF-8: een datasetbestand is UTF-8 RON",
    "not UTF-8: a dataset file is UTF-8 RON",
);
pub const DATASET_BINARY: Text = Text::new(
    "binaire gegevens (een NUL-byte): een datasetbestand is UTF-8 RON",
    "binary data (a NUL byte): a dataset file is UTF-8 RON",
);
pub const DATASET_IS_RON: Text = Text::new(
    "een datasetbestand is RON zoals 'woonbeleid import' het schrijft",
    "a dataset file is RON as 'woonbeleid import' writes it",
);

/// Where in a RON line it went wrong, and why.
#[must_use]
pub fn at_column(column: usize, why: &str) -> String {
    tr!("kolom {column}: {why}", "column {column}: {why}")
}

/// An export that is not text.
pub const EXPORT_BINARY_NUL: Text = Text::new(
    "binaire gegevens (een NUL-byte): dit is geen tekstexport van de lijst",
    "binary data (a NUL byte): this is not a text export of the list",
);
pub const EXPORT_BINARY: Text = Text::new(
    "binaire gegevens: dit is geen tekstexport van de lijst",
    "binary data: this is not a text export of the list",
);

#[must_use]
pub fn export_not_utf8(byte: u8, column: usize) -> String {
    tr!(
        "geen UTF-8: byte 0x{byte:02X} in kolom {column}",
        "not UTF-8: byte 0x{byte:02X} in column {column}"
    )
}

pub const EXPORT_SAVE_AS_UTF8: Text = Text::new(
    "bewaar de export als UTF-8 (of UTF-16 met een byte-order mark) en importeer ze opnieuw",
    "save the export as UTF-8 (or UTF-16 with a byte-order mark) and import it again",
);
pub const EXPORT_UTF16_ODD: Text = Text::new(
    "UTF-16 (volgens de byte-order mark) maar een oneven aantal bytes: het bestand is afgebroken",
    "UTF-16 (by its byte-order mark) but an odd number of bytes: the file is cut short",
);

#[must_use]
pub fn export_utf16_broken(unit: u16) -> String {
    tr!(
        "UTF-16 (volgens de byte-order mark) maar kapot: een losse surrogaat 0x{unit:04X}",
        "UTF-16 (by its byte-order mark) but broken: a lone surrogate 0x{unit:04X}"
    )
}

/// Text for a note from standard input that is not UTF-8.
#[must_use]
pub fn stdin_not_utf8(at: usize) -> String {
    tr!("geen UTF-8-tekst (byte {at})", "not UTF-8 text (byte {at})")
}

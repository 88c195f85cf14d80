//! What is wrong with a file, in Dutch: reading and writing datasets, exports, notes and
//! standard input. The operating system's own words are English (and name error numbers),
//! so the common kinds are said here; a rare one keeps the system's words.

use std::io::ErrorKind;

/// The words for an I/O error of `kind`; `None` for a kind only the system can describe.
#[must_use]
pub fn io_kind(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::NotFound => "bestaat niet",
        ErrorKind::PermissionDenied => "geen toegang",
        ErrorKind::AlreadyExists => "bestaat al",
        ErrorKind::IsADirectory => "is een map",
        ErrorKind::NotADirectory => "een deel van het pad is geen map",
        ErrorKind::StorageFull => "de schijf is vol",
        ErrorKind::QuotaExceeded => "de schijfruimte van deze gebruiker is op",
        ErrorKind::ReadOnlyFilesystem => "het bestandssysteem is alleen-lezen",
        ErrorKind::FileTooLarge => "te groot voor het bestandssysteem",
        ErrorKind::InvalidFilename => "geen geldige bestandsnaam",
        ErrorKind::BrokenPipe => "de lezer aan de andere kant is gestopt",
        ErrorKind::Interrupted => "onderbroken",
        ErrorKind::TimedOut => "duurde te lang",
        ErrorKind::UnexpectedEof => "houdt onverwacht op",
        ErrorKind::ResourceBusy => "in gebruik door een ander programma",
        ErrorKind::ExecutableFileBusy => "in gebruik als programma",
        ErrorKind::CrossesDevices => "ligt op een ander bestandssysteem",
        ErrorKind::TooManyLinks => "te veel koppelingen",
        ErrorKind::DirectoryNotEmpty => "de map is niet leeg",
        ErrorKind::OutOfMemory => "te weinig geheugen",
        _ => return None,
    })
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
}

pub const A_FOLDER: &str = "een map";
pub const A_SPECIAL_FILE: &str = "een speciaal bestand";
pub const A_FIFO: &str = "een FIFO";
pub const A_SOCKET: &str = "een socket";
pub const A_CHAR_DEVICE: &str = "een tekenapparaat";
pub const A_BLOCK_DEVICE: &str = "een blokapparaat";
pub const SOMETHING_ELSE: &str = "iets anders";

/// A path that must be a regular file and is `what` (`een map`, `een FIFO …`).
#[must_use]
pub fn not_regular(what: &str) -> String {
    format!("het is {what}, geen gewoon bestand")
}

#[must_use]
pub fn cannot_read(why: &str) -> String {
    format!("kan niet gelezen worden: {why}")
}

#[must_use]
pub fn cannot_write(why: &str) -> String {
    format!("kan niet geschreven worden: {why}")
}

pub const IS_A_FOLDER: &str = "is een map, geen bestand";
pub const NOT_TEXT: &str = "geen tekst";

/// More than the limit came from a pipe or a device.
#[must_use]
pub fn too_much_input(limit: &str) -> String {
    format!(
        "meer dan {limit} uit iets dat geen gewoon bestand is (een pijp, een apparaat): daar gestopt; --max-input-size BYTES laat meer toe"
    )
}

/// A write target that is `what`.
#[must_use]
pub fn target_not_regular(path: &str, what: &str) -> String {
    format!("'{path}' is {what}, geen gewoon bestand")
}

#[must_use]
pub fn target_read_only(path: &str) -> String {
    format!("'{path}' is alleen-lezen (--force vervangt het)")
}

#[must_use]
pub fn too_many_links(path: &str) -> String {
    format!("'{path}': te veel symbolische koppelingen na elkaar")
}

#[must_use]
pub fn no_such_folder(path: &str) -> String {
    format!("de map '{path}' bestaat niet")
}

pub const NO_FREE_NAME: &str = "geen vrije bestandsnaam";

/// A dataset file (`--data`) that is not UTF-8 RON.
pub const DATASET_UTF16: &str = "UTF-16 (volgens de byte-order mark): een datasetbestand is UTF-8 RON, zoals 'woonbeleid import' het schrijft";
pub const DATASET_NOT_UTF8: &str = "geen UTF-8: een datasetbestand is UTF-8 RON";
pub const DATASET_BINARY: &str = "binaire gegevens (een NUL-byte): een datasetbestand is UTF-8 RON";
pub const DATASET_IS_RON: &str = "een datasetbestand is RON zoals 'woonbeleid import' het schrijft";

/// Where in a RON line it went wrong, and why.
#[must_use]
pub fn at_column(column: usize, why: &str) -> String {
    format!("kolom {column}: {why}")
}

/// An export that is not text.
pub const EXPORT_BINARY_NUL: &str =
    "binaire gegevens (een NUL-byte): dit is geen tekstexport van de lijst";
pub const EXPORT_BINARY: &str = "binaire gegevens: dit is geen tekstexport van de lijst";

#[must_use]
pub fn export_not_utf8(byte: u8, column: usize) -> String {
    format!("geen UTF-8: byte 0x{byte:02X} in kolom {column}")
}

pub const EXPORT_SAVE_AS_UTF8: &str =
    "bewaar de export als UTF-8 (of UTF-16 met een byte-order mark) en importeer ze opnieuw";
pub const EXPORT_UTF16_ODD: &str =
    "UTF-16 (volgens de byte-order mark) maar een oneven aantal bytes: het bestand is afgebroken";

#[must_use]
pub fn export_utf16_broken(unit: u16) -> String {
    format!("UTF-16 (volgens de byte-order mark) maar kapot: een losse surrogaat 0x{unit:04X}")
}

/// Text for a note from standard input that is not UTF-8.
#[must_use]
pub fn stdin_not_utf8(at: usize) -> String {
    format!("geen UTF-8-tekst (byte {at})")
}

//! The dataset on disk: RON in, RON out, and the copy compiled into the binary.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::import::{ImportError, clean};
use crate::model::Dataset;

/// The dataset generated from `assets/raw/`, compiled in so the app needs no files.
pub const EMBEDDED_RON: &str = include_str!("../assets/woonbeleid.ron");
pub const EMBEDDED_NAME: &str = "(embedded dataset)";

/// The embedded dataset.
///
/// # Errors
/// Only if the committed RON file is broken, which a test rules out.
pub fn embedded() -> Result<Dataset, ImportError> {
    parse_ron(EMBEDDED_NAME, EMBEDDED_RON)
}

/// Reads a dataset file; any text it holds that could drive a terminal is made visible
/// instead (a hand-edited file never went through the importer's clean-up).
///
/// # Errors
/// Unreadable files, directories, non-UTF-8 text and RON that does not fit the model,
/// located by line and column.
pub fn load(path: &Path) -> Result<Dataset, ImportError> {
    let name = path.display().to_string();
    let bytes = read(path)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = crate::import::line_at(e.as_bytes(), at);
        ImportError::new(&name, line, "not UTF-8: a dataset file is UTF-8 RON")
    })?;
    let mut data = parse_ron(&name, &text)?;
    make_inert(&mut data);
    Ok(data)
}

/// Reads a whole file with an error that says which file and why.
///
/// # Errors
/// Missing, unreadable, or a directory.
pub fn read(path: &Path) -> Result<Vec<u8>, ImportError> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(ImportError::new(&name, 1, "is a directory, not a file"));
    }
    fs::read(path)
        .map_err(|e| ImportError::new(&name, 1, format!("cannot read: {}", io_reason(&e))))
}

fn parse_ron(name: &str, text: &str) -> Result<Dataset, ImportError> {
    ron::from_str(text).map_err(|e| {
        ImportError::new(
            name,
            e.span.start.line,
            format!("column {}: {}", e.span.start.col, e.code),
        )
        .with_detail("a dataset file is RON as written by 'woonbeleid import'")
    })
}

/// How datasets are written: pretty, with struct names, as `assets/woonbeleid.ron` is.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new().struct_names(true)
}

/// The dataset as pretty RON, the format of `assets/woonbeleid.ron`.
///
/// # Errors
/// Never for a `Dataset` in practice; kept as a `Result` because `ron` says it may fail.
pub fn to_ron(data: &Dataset) -> Result<String, ron::Error> {
    let config = pretty();
    ron::ser::to_string_pretty(data, config).map(|mut s| {
        s.push('\n');
        s
    })
}

/// Writes the dataset as pretty RON (the same text as `to_ron`) without building it in
/// memory first: an import's peak memory stays near twice its input.
///
/// # Errors
/// The writer's.
pub fn write_ron(out: &mut dyn Write, data: &Dataset) -> std::io::Result<()> {
    let config = pretty();
    ron::Options::default()
        .to_io_writer_pretty(&mut *out, data, config)
        .map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// Writes to `path` atomically: a temporary file in the same folder, then a rename, so a
/// failed write (a full disk) leaves the old file as it was.
///
/// # Errors
/// A missing folder, no permission, a full disk.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), ImportError> {
    let name = path.display().to_string();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(ImportError::new(
            &name,
            1,
            format!("cannot write: folder '{}' does not exist", dir.display()),
        ));
    }
    let fail =
        |e: std::io::Error| ImportError::new(&name, 1, format!("cannot write: {}", io_reason(&e)));
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    let mut out = std::io::BufWriter::new(tmp);
    fill(&mut out).map_err(fail)?;
    let tmp = out.into_inner().map_err(|e| fail(e.into_error()))?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Writes `contents` atomically as a new file `woonbeleid-STEM.md` in `dir`, never over an
/// existing file: `-2`, `-3`, … are tried instead. Returns the path written.
///
/// # Errors
/// The folder cannot be written.
pub fn write_new_markdown(
    dir: &Path,
    stem: &str,
    contents: &str,
) -> std::io::Result<std::path::PathBuf> {
    let slug: String = crate::query::fold(stem)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    for n in 1..10_000 {
        let name = if n == 1 {
            format!("woonbeleid-{slug}.md")
        } else {
            format!("woonbeleid-{slug}-{n}.md")
        };
        match tmp.persist_noclobber(dir.join(&name)) {
            Ok(_) => return Ok(dir.join(name)),
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(e.error),
        }
    }
    Err(std::io::Error::other("no free file name"))
}

fn io_reason(e: &std::io::Error) -> String {
    // The OS message without Rust's " (os error N)" suffix, which says nothing to a user.
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

fn make_inert(data: &mut Dataset) {
    // Rebuild only the rare string that needs it: loading stays one pass over the text.
    let fix = |text: &mut String| {
        if text
            .chars()
            .any(|c| (c != '\n' && c.is_control()) || clean::is_invisible_control(c))
        {
            *text = clean::inert(text);
        }
    };
    fix(&mut data.chapter);
    for city in &mut data.cities {
        fix(&mut city.name);
        for item in &mut city.items {
            fix(&mut item.title);
            fix(&mut item.description);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dataset_parses() {
        assert!(!embedded().unwrap().cities.is_empty());
    }

    #[test]
    fn markdown_files_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("woonbeleid-lokaal-woonoverleg.md"), "oud").unwrap();
        let p = write_new_markdown(dir.path(), "Lokaal woonoverleg", "nieuw").unwrap();
        assert_eq!(p.file_name().unwrap(), "woonbeleid-lokaal-woonoverleg-2.md");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("woonbeleid-lokaal-woonoverleg.md")).unwrap(),
            "oud"
        );
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "nieuw");
        let p = write_new_markdown(dir.path(), "B. OVERLEG / Coördinatie", "x").unwrap();
        assert_eq!(
            p.file_name().unwrap(),
            "woonbeleid-b-overleg-coordinatie.md"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            3,
            "no temporary file left"
        );
    }

    #[test]
    fn streamed_ron_is_the_same_text() {
        let data = embedded().unwrap();
        let mut streamed = Vec::new();
        write_ron(&mut streamed, &data).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), to_ron(&data).unwrap());
    }

    #[test]
    fn ron_errors_give_line_and_column() {
        let e = parse_ron("d.ron", "Dataset(\n  chapter: \"x\",\n  cities: [,\n)").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.starts_with("column "), "{e}");
    }
}

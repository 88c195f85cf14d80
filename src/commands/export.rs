//! `woonbeleid export`: the dataset as JSON, RON or Markdown on stdout.

use std::io::Write;

use super::failure::Failure;
use super::gate::Gate;
use super::output;
use crate::catalog::Catalog;
use crate::cli::ExportFormat;
use crate::model::Dataset;
use crate::sections::SectionIndex;
use crate::store::{self, Tail};

/// `export --section` in any format but Markdown: said before the dataset is read.
///
/// # Errors
/// A format other than Markdown (a usage error).
pub fn section_format(format: ExportFormat) -> Result<(), Failure> {
    if format == ExportFormat::Md {
        Ok(())
    } else {
        Err(Failure::Usage(crate::strings::cli::SECTION_NEEDS_MD.into()))
    }
}

/// `woonbeleid export --format md --section TITLE`, from the catalog (a snapshot reads
/// only the section's texts, not the whole RON).
///
/// # Errors
/// A section the dataset does not have (a usage error); writing to stdout.
pub fn export_section(catalog: &Catalog, gate: &Gate, title: &str) -> Result<(), Failure> {
    let sections = SectionIndex::new(catalog);
    let Some(section) = sections.find(title).and_then(|s| sections.get(s)) else {
        let known: Vec<&str> = sections
            .sections()
            .iter()
            .map(|s| s.title.as_str())
            .collect();
        return Err(Failure::Usage(crate::strings::cli::no_section(
            title,
            &known.join(", "),
        )));
    };
    let markdown = crate::export::section_markdown(catalog, section);
    if catalog.is_damaged() {
        return Err(Failure::Damaged);
    }
    gate.pass()?;
    output::print(&markdown)
}

/// `woonbeleid export`. RON is the dataset file as `import` writes it, its sources
/// included; it is written as it is made, a large dataset is never a second time in memory.
///
/// # Errors
/// Writing to stdout; a dataset that would not serialize (an internal error).
pub fn export(data: &Dataset, sources: &[String], format: ExportFormat) -> Result<(), Failure> {
    match format {
        ExportFormat::Json => {
            let text = crate::export::json(data).map_err(|e| Failure::Internal(e.to_string()))?;
            output::print(&text)
        }
        ExportFormat::Ron => {
            let mut out = output::stdout()?;
            let tail = Tail {
                aliases: Vec::new(),
                sources: sources.to_vec(),
            };
            let written = store::write_ron(&mut out, data, tail).and_then(|()| out.flush());
            output::finish(written)
        }
        ExportFormat::Md => output::print(&crate::export::markdown(data)),
    }
}

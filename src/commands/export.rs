//! `woonbeleid export`: the dataset as JSON, RON or Markdown on stdout.

use std::io::Write;

use super::failure::Failure;
use super::output;
use crate::catalog::Catalog;
use crate::cli::ExportFormat;
use crate::model::Dataset;
use crate::sections::SectionIndex;
use crate::store::{self, Tail};

/// `woonbeleid export --format md --section TITLE`.
///
/// # Errors
/// A section the dataset does not have, or a format other than Markdown (usage errors).
pub fn export_section(data: Dataset, format: ExportFormat, title: &str) -> Result<(), Failure> {
    if format != ExportFormat::Md {
        return Err(Failure::Usage(crate::strings::cli::SECTION_NEEDS_MD.into()));
    }
    let catalog = Catalog::new(data);
    let sections = SectionIndex::new(&catalog);
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
    output::print(&crate::export::section_markdown(&catalog, section))
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

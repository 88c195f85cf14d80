//! Writes a synthetic dataset three ways: the web list's grouped export (`.txt`), the RON
//! dataset (`.ron`) and its `CITY<TAB>TITLE` lines (`.tsv`, what `fzf --filter` reads);
//! with `--sharepoint`, also SharePoint's own exports of it: "Export to CSV" with rich-text
//! descriptions (`.csv`) and the REST API's verbose JSON in one page (`.json`), as the tests write
//! them. Prints the path without extension, `OUT/synth-CITIESxPERCITY-DESCLEN`.
//!
//! `cargo run --release --example synth -- --cities 1000 --items-per-city 1000 --description-len 800`
//! (`--items N` instead of `--cities`: N items in cities of `--items-per-city`, 30 by default.)
//! `--lines 0-6 --words 5-25 --vocabulary 40` makes texts of short lines instead (dense
//! hits; `--vocabulary 20000` for sparse ones); the name then ends in `-L0-6w5-25v40`.

use std::io::Write as _;
use std::path::PathBuf;

use clap::Parser;
use woonbeleid::synth::{Shape, Texts, dataset_of, grouped_export};

// The tests' writers: the benchmark imports what the tests check.
#[path = "../tests/common/writers.rs"]
mod writers;

#[derive(Parser)]
struct Args {
    /// Number of cities.
    #[arg(long, conflicts_with = "items", required_unless_present = "items")]
    cities: Option<usize>,
    /// Total number of items, in as many cities of `--items-per-city` as that takes.
    #[arg(long)]
    items: Option<usize>,
    #[arg(long, default_value_t = 30)]
    items_per_city: usize,
    /// Average description length in bytes (0: titles only).
    #[arg(long, default_value_t = 800)]
    description_len: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, default_value = "target/synth")]
    out: PathBuf,
    /// Texts of short lines instead of prose: this many lines per text (`MIN-MAX`)…
    #[arg(long, value_parser = range, requires = "words")]
    lines: Option<(usize, usize)>,
    /// …of this many words per line (`MIN-MAX`)…
    #[arg(long, value_parser = range, requires = "lines")]
    words: Option<(usize, usize)>,
    /// …drawn from this many words: the project's 40 first (40: a common word is in most
    /// lines), then made-up ones (20000: any one word is rare).
    #[arg(long, default_value_t = 40)]
    vocabulary: usize,
    /// Also write the SharePoint exports (`.csv`, `.json`).
    #[arg(long)]
    sharepoint: bool,
}

/// `MIN-MAX`, or one number for both.
fn range(text: &str) -> Result<(usize, usize), String> {
    let (low, high) = text.split_once('-').unwrap_or((text, text));
    let number = |s: &str| s.trim().parse::<usize>().map_err(|e| format!("{s:?}: {e}"));
    let (low, high) = (number(low)?, number(high)?);
    if low > high {
        return Err(format!("{low} is more than {high}"));
    }
    Ok((low, high))
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let per_city = args.items_per_city.max(1);
    let mut shape = match (args.cities, args.items) {
        (Some(cities), _) => Shape::grid(cities, per_city, args.description_len),
        (None, items) => Shape {
            items: items.unwrap_or_default(),
            items_per_city: per_city,
            description_len: args.description_len,
            seed: 1,
        },
    };
    shape.seed = args.seed;
    let texts = match (args.lines, args.words) {
        (Some(lines), Some(words)) => Texts::Lines {
            lines,
            words,
            vocabulary: args.vocabulary.max(1),
        },
        _ => Texts::Prose,
    };
    let data = dataset_of(shape, texts);
    std::fs::create_dir_all(&args.out)?;
    let stem = args.out.join(format!("synth-{}", shape.label_with(texts)));
    let path = |ext: &str| PathBuf::from(format!("{}.{ext}", stem.display()));
    std::fs::write(path("txt"), grouped_export(&data))?;
    // Compact, not pretty: what a large dataset would be kept as.
    std::fs::write(path("ron"), ron::to_string(&data)?)?;
    let mut tsv = std::io::BufWriter::new(std::fs::File::create(path("tsv"))?);
    for c in &data.cities {
        for i in &c.items {
            writeln!(tsv, "{}\t{}", c.name, i.title)?;
        }
    }
    tsv.flush()?;
    if args.sharepoint {
        let rows = writers::interleaved(&data);
        std::fs::write(path("csv"), writers::csv(&rows, true, "\r\n"))?;
        let pages = writers::rest_verbose(&rows, rows.len().max(1));
        std::fs::write(path("json"), pages.concat())?;
    }
    println!("{}", stem.display());
    Ok(())
}

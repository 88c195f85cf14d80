//! Writes a synthetic dataset three ways: the web list's grouped export (`.txt`), the RON
//! dataset (`.ron`) and its `CITY<TAB>TITLE` lines (`.tsv`, what `fzf --filter` reads).
//!
//! `cargo run --release --example synth -- --items 100000 --out target/synth`

use std::path::PathBuf;

use clap::Parser;
use woonbeleid::synth::{Shape, dataset, grouped_export};

#[derive(Parser)]
struct Args {
    #[arg(long)]
    items: usize,
    /// Average description length in bytes (0: titles only).
    #[arg(long, default_value_t = 800)]
    description_len: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, default_value = "target/synth")]
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let data = dataset(Shape {
        items: args.items,
        items_per_city: 30,
        description_len: args.description_len,
        seed: args.seed,
    });
    std::fs::create_dir_all(&args.out)?;
    let stem = args
        .out
        .join(format!("synth-{}-{}", args.items, args.description_len));
    std::fs::write(stem.with_extension("txt"), grouped_export(&data))?;
    // Compact, not pretty: what a large dataset would be kept as.
    std::fs::write(stem.with_extension("ron"), ron::to_string(&data)?)?;
    let tsv: String = data
        .cities
        .iter()
        .flat_map(|c| {
            c.items
                .iter()
                .map(move |i| format!("{}\t{}\n", c.name, i.title))
        })
        .collect();
    std::fs::write(stem.with_extension("tsv"), tsv)?;
    println!("{}", stem.display());
    Ok(())
}

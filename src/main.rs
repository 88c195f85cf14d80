use std::process::ExitCode;

use clap::Parser;
use woonbeleid::cli::{Cli, Command};
use woonbeleid::commands::{self, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("error: {failure}");
            for line in failure.detail() {
                eprintln!("  {line}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Some(Command::Import {
            files,
            city,
            output,
        }) => {
            commands::import(&files, city.as_deref(), output.as_deref())?;
        }
        Some(Command::Export { format }) => {
            commands::export(&commands::dataset(cli.data.as_deref())?, format)?;
        }
        None => {
            let data = commands::dataset(cli.data.as_deref())?;
            for city in &data.cities {
                commands::print(&format!("{}\t{}\n", city.name, city.items.len()))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

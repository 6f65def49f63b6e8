//! `codegen`: turns `specs/*.yaml` into the typed Rust of `generated/`.
//!
//! Exit codes follow cargo: 0 success, 1 stale output or a failure, 2 bad input (a spec error or
//! a usage error).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use payspec_codegen::diagnostic::Diagnostic;
use payspec_codegen::pipeline;

/// payspec's generator: provider specs in, typed Rust clients, validators and reference pages out.
#[derive(Parser)]
#[command(name = "codegen", version, about, long_about = None)]
struct Cli {
    /// The repository root (holding specs/ and generated/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate generated/ (and docs/spec.schema.json) from specs/. Writes only changed files,
    /// removes generated files no spec produces. Same input, same bytes.
    Generate,
    /// Exit 1 and name every file when generated/ is not exactly what specs/ produce (CI runs this).
    Check,
    /// Check spec files without writing anything; every error is printed as FILE:LINE:COL.
    /// With no FILES, checks specs/*.yaml.
    Validate {
        /// Spec files to check.
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the spec language (specs reference docs/spec.schema.json).
    Schema,
}

fn report(diagnostics: &[Diagnostic]) -> ExitCode {
    for d in diagnostics {
        eprintln!("{d}");
    }
    eprintln!(
        "error: {} problem{} in the specs; nothing was written",
        diagnostics.len(),
        if diagnostics.len() == 1 { "" } else { "s" }
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root;
    match cli.command {
        Command::Generate => {
            let files = match pipeline::generate(&root) {
                Ok(files) => files,
                Err(d) => return report(&d),
            };
            match pipeline::write(&root, &files) {
                Ok(changes) => {
                    for c in &changes {
                        println!("updated {c}");
                    }
                    println!(
                        "generated {} files from specs/ ({} changed)",
                        files.len(),
                        changes.len()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot write generated files: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check => {
            let files = match pipeline::generate(&root) {
                Ok(files) => files,
                Err(d) => return report(&d),
            };
            match pipeline::drift(&root, &files) {
                Ok(drift) if drift.is_empty() => {
                    println!(
                        "generated/ is up to date with specs/ ({} files)",
                        files.len()
                    );
                    ExitCode::SUCCESS
                }
                Ok(drift) => {
                    for d in &drift {
                        eprintln!("stale: {d}");
                    }
                    eprintln!(
                        "error: generated/ is stale against specs/; run `cargo run --bin codegen -- generate`"
                    );
                    ExitCode::from(1)
                }
                Err(e) => {
                    eprintln!("error: cannot read generated files: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Validate { files } => {
            // Files named on the command line are relative to the working directory.
            let (base, files): (PathBuf, Vec<String>) = if files.is_empty() {
                match pipeline::spec_files(&root) {
                    Ok(f) => (root, f),
                    Err(e) => {
                        eprintln!("error: cannot list {}/specs: {e}", root.display());
                        return ExitCode::from(2);
                    }
                }
            } else {
                let named = files.iter().map(|f| f.display().to_string()).collect();
                (PathBuf::from("."), named)
            };
            match pipeline::load_and_validate(&base, &files) {
                Ok(specs) => match pipeline::lower_all(&specs) {
                    Ok(_) => {
                        println!("{} spec file(s) valid", files.len());
                        ExitCode::SUCCESS
                    }
                    Err(d) => report(&d),
                },
                Err(d) => report(&d),
            }
        }
        Command::Schema => {
            print!("{}", payspec_codegen::schema::schema_json());
            ExitCode::SUCCESS
        }
    }
}

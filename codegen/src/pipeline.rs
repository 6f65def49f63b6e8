//! The whole pipeline over a repository: specs/ → the files generated/ must hold.
//! `generate`, `check` and the tests all call [`generate`]; only `main` writes.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::emit;
use crate::ir::{self, Provider};
use crate::schema::schema_json;
use crate::spec::load::{load_file, LoadedSpec};
use crate::validate::validate;

/// Where generated files live, relative to the repository root. `check` reports a file under
/// these directories that `generate` would not produce as stale, too.
pub const OWNED_DIRS: &[&str] = &["generated/src", "generated/docs"];

/// The JSON Schema of the spec language, which specs reference for editor completion.
pub const SCHEMA_PATH: &str = "docs/spec.schema.json";

/// `specs/*.yaml` under `root`, sorted, as paths relative to `root`.
pub fn spec_files(root: &Path) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(root.join("specs"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".yaml") {
            files.push(format!("specs/{name}"));
        }
    }
    files.sort();
    Ok(files)
}

/// Loads and validates each file (relative to `root`), reporting every error of every file.
pub fn load_and_validate(
    root: &Path,
    files: &[String],
) -> Result<Vec<LoadedSpec>, Vec<Diagnostic>> {
    let mut specs = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        match load_file(&root.join(file), file) {
            Ok(spec) => {
                let found = validate(&spec);
                if found.is_empty() {
                    specs.push(spec);
                } else {
                    errors.extend(found);
                }
            }
            Err(found) => errors.extend(found),
        }
    }
    if errors.is_empty() {
        Ok(specs)
    } else {
        Err(errors)
    }
}

/// Lowers validated specs. A lowering error means validation missed something: it is reported
/// at the top of the spec rather than panicking.
pub fn lower_all(specs: &[LoadedSpec]) -> Result<Vec<Provider>, Vec<Diagnostic>> {
    let mut providers = Vec::new();
    let mut errors = Vec::new();
    for spec in specs {
        match ir::lower(&spec.file, &spec.spec) {
            Ok(p) => providers.push(p),
            Err(e) => errors.push(Diagnostic::new(&spec.file, 1, 1, e.0)),
        }
    }
    if errors.is_empty() {
        Ok(providers)
    } else {
        Err(errors)
    }
}

/// Every file `generate` writes, by path relative to the root.
pub fn emit_all(providers: &[Provider]) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let mut files = BTreeMap::new();
    let mut errors = Vec::new();
    for p in providers {
        match emit::provider_files(p) {
            Ok(f) => files.extend(f),
            Err(e) => errors.push(Diagnostic::new(&p.source_file, 1, 1, e.0)),
        }
    }
    match emit::crate_files(providers) {
        Ok(f) => files.extend(f),
        Err(e) => errors.push(Diagnostic::new("specs", 1, 1, e.0)),
    }
    files.insert(SCHEMA_PATH.to_string(), schema_json());
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// specs/ under `root` → the generated files.
pub fn generate(root: &Path) -> Result<BTreeMap<String, String>, Vec<Diagnostic>> {
    let files = spec_files(root).map_err(|e| {
        vec![Diagnostic::new(
            "specs",
            1,
            1,
            format!("cannot list specs/: {e}"),
        )]
    })?;
    let specs = load_and_validate(root, &files)?;
    let providers = lower_all(&specs)?;
    emit_all(&providers)
}

/// How a file on disk differs from what `generate` produces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    Changed(String),
    Missing(String),
    /// On disk under a generated directory, but no spec produces it.
    Extra(String),
}

impl std::fmt::Display for Drift {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Drift::Changed(p) => write!(f, "{p}: differs from what specs/ produce"),
            Drift::Missing(p) => write!(f, "{p}: missing"),
            Drift::Extra(p) => write!(f, "{p}: not produced by any spec"),
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Compares `files` with what is on disk under `root`, sorted by path.
pub fn drift(root: &Path, files: &BTreeMap<String, String>) -> io::Result<Vec<Drift>> {
    let mut out = Vec::new();
    for (path, content) in files {
        match fs::read(root.join(path)) {
            Ok(bytes) if bytes == content.as_bytes() => {}
            Ok(_) => out.push(Drift::Changed(path.clone())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => out.push(Drift::Missing(path.clone())),
            Err(e) => return Err(e),
        }
    }
    for dir in OWNED_DIRS {
        let mut found = Vec::new();
        walk(&root.join(dir), &mut found)?;
        for path in found {
            let rel = relative(root, &path);
            if !files.contains_key(&rel) {
                out.push(Drift::Extra(rel));
            }
        }
    }
    out.sort_by(|a, b| drift_path(a).cmp(drift_path(b)));
    Ok(out)
}

fn drift_path(d: &Drift) -> &str {
    match d {
        Drift::Changed(p) | Drift::Missing(p) | Drift::Extra(p) => p,
    }
}

/// Brings the disk in line with `files`: writes changed and missing files only, removes extras.
/// Returns what it changed.
pub fn write(root: &Path, files: &BTreeMap<String, String>) -> io::Result<Vec<Drift>> {
    let changes = drift(root, files)?;
    for change in &changes {
        match change {
            Drift::Changed(p) | Drift::Missing(p) => {
                let path = root.join(p);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&path, &files[p])?;
            }
            Drift::Extra(p) => fs::remove_file(root.join(p))?,
        }
    }
    Ok(changes)
}

//! Every `specs/*.yaml` deserializes into the spec model, and names itself after its file.
//! Every `tests/fixtures/**/*.json` is valid JSON.

use std::fs;
use std::path::{Path, PathBuf};

use payspec_codegen::spec::load::load_str;
use payspec_codegen::spec::model::ProviderSpec;

fn workspace_dir(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

/// Files under `dir` (recursively) whose name ends with `.ext`, sorted.
fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in fs::read_dir(&d).unwrap_or_else(|e| panic!("reading {}: {e}", d.display())) {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|x| x == ext) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn parse_spec(text: &str) -> Result<ProviderSpec, String> {
    load_str("spec", text).map(|s| s.spec).map_err(|d| {
        d.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

#[test]
fn every_spec_deserializes_and_is_named_after_its_file() {
    let specs = files_with_ext(&workspace_dir("specs"), "yaml");
    assert!(!specs.is_empty(), "no specs/*.yaml found");
    let mut failures = Vec::new();
    for path in &specs {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file stem");
        let text =
            fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        match parse_spec(&text) {
            Ok(spec) if spec.provider == stem => {}
            Ok(spec) => failures.push(format!(
                "{}: `provider: {}` does not equal the file stem `{stem}`",
                path.display(),
                spec.provider
            )),
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_is_valid_json() {
    let fixtures = files_with_ext(&workspace_dir("tests/fixtures"), "json");
    assert!(!fixtures.is_empty(), "no tests/fixtures/**/*.json found");
    let mut failures = Vec::new();
    for path in &fixtures {
        let text =
            fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

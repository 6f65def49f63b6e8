//! Golden files: what the generator emits for small feature specs under `tests/golden/<case>/`,
//! and `generated/` against `specs/`. `EXPECTORATE=overwrite cargo test --test golden` rewrites
//! the expected files under tests/golden (never generated/: run `codegen generate` for that).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use payspec_codegen::pipeline;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<String> {
    let mut cases: Vec<String> = std::fs::read_dir(root().join("tests/golden"))
        .expect("tests/golden exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("spec.yaml").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    cases
}

/// Emits one fixture spec; keys are paths under `tests/golden/<case>/expected/`.
fn emit_case(case: &str) -> BTreeMap<String, String> {
    let file = format!("tests/golden/{case}/spec.yaml");
    let specs = pipeline::load_and_validate(&root(), std::slice::from_ref(&file))
        .unwrap_or_else(|d| panic!("{}", render(&d)));
    let providers = pipeline::lower_all(&specs).unwrap_or_else(|d| panic!("{}", render(&d)));
    let mut out = BTreeMap::new();
    for p in &providers {
        let files = payspec_codegen::emit::provider_files(p).expect("emits");
        let src_prefix = format!("generated/src/{}/", p.module);
        for (path, content) in files {
            let name = match path.strip_prefix(&src_prefix) {
                Some(rest) => rest.to_string(),
                None => Path::new(&path)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or(path.clone()),
            };
            out.insert(name, content);
        }
    }
    out
}

fn render(d: &[payspec_codegen::diagnostic::Diagnostic]) -> String {
    d.iter().map(|d| format!("{d}\n")).collect()
}

#[test]
fn fixture_specs_emit_their_expected_files() {
    let cases = cases();
    assert!(
        cases.len() >= 3,
        "expected the golden fixture cases, found {cases:?}"
    );
    for case in cases {
        let expected_dir = root().join("tests/golden").join(&case).join("expected");
        let files = emit_case(&case);
        if std::env::var("EXPECTORATE").as_deref() == Ok("overwrite") {
            std::fs::create_dir_all(&expected_dir).expect("create expected dir");
        }
        for (name, content) in &files {
            expectorate::assert_contents(expected_dir.join(name), content);
        }
        // An expected file the generator no longer produces is stale too.
        for entry in std::fs::read_dir(&expected_dir).expect("expected dir") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            assert!(
                files.contains_key(&name),
                "{case}: stale expected file {name}"
            );
        }
    }
}

#[test]
fn generated_crate_is_fresh_against_specs() {
    let files = pipeline::generate(&root()).unwrap_or_else(|d| panic!("{}", render(&d)));
    let drift = pipeline::drift(&root(), &files).expect("reads generated/");
    assert!(
        drift.is_empty(),
        "generated/ is stale; run `cargo run --bin codegen -- generate`:\n{}",
        drift.iter().map(|d| format!("  {d}\n")).collect::<String>()
    );
}

#[test]
fn generation_is_deterministic_and_independent_of_input_order() {
    let first = pipeline::generate(&root()).expect("generates");
    let second = pipeline::generate(&root()).expect("generates");
    assert_eq!(first, second);

    let mut files = pipeline::spec_files(&root()).expect("lists specs");
    files.reverse();
    let specs = pipeline::load_and_validate(&root(), &files).expect("valid");
    let providers = pipeline::lower_all(&specs).expect("lowers");
    let reordered = pipeline::emit_all(&providers).expect("emits");
    assert_eq!(first, reordered);
}

#[test]
fn check_finds_an_appended_line() {
    let dir = std::env::temp_dir().join(format!("payspec-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("specs")).expect("temp dir");
    let spec =
        std::fs::read_to_string(root().join("tests/golden/flat_md5/spec.yaml")).expect("fixture");
    std::fs::write(dir.join("specs/flat_md5.yaml"), spec).expect("write spec");
    let files = pipeline::generate(&dir).unwrap_or_else(|d| panic!("{}", render(&d)));
    pipeline::write(&dir, &files).expect("writes");
    assert!(pipeline::drift(&dir, &files).expect("reads").is_empty());

    let target = dir.join("generated/src/flat_md5/query.rs");
    let mut text = std::fs::read_to_string(&target).expect("generated file");
    text.push_str("// edited by hand\n");
    std::fs::write(&target, text).expect("append");
    std::fs::write(dir.join("generated/src/flat_md5/stray.rs"), "").expect("stray");
    let drift = pipeline::drift(&dir, &files).expect("reads");
    let shown: Vec<String> = drift.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "generated/src/flat_md5/query.rs: differs from what specs/ produce",
            "generated/src/flat_md5/stray.rs: not produced by any spec",
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

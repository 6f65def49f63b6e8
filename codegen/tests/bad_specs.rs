//! Spec loading and validation, pinned by files.
//!
//! - `tests/bad_specs/**/<case>.yaml` is a spec with errors; `<case>.expected` beside it holds the
//!   exact diagnostics (`Display` text, one per line, hints as `  = hint:` lines). A mismatch
//!   shows a line diff. `EXPECTORATE=overwrite cargo test -p payspec-codegen --test bad_specs`
//!   rewrites the `.expected` files; nothing else ever does.
//! - `tests/generated_specs/<case>.expected` pins the diagnostics of an input too large to
//!   commit, which [`generated`] makes from the case's name (a 100,000-deep `[[[...]]]`, a file
//!   over the size limit, ...); each must be refused in well under a second.
//! - `tests/fixtures/*.yaml` are valid specs: they must validate with no diagnostics.
//! - Mutations of `tests/fixtures/minimal.yaml` (truncations, byte flips, line edits) must never
//!   make loading or validation panic.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use payspec_codegen::diagnostic::Diagnostic;
use payspec_codegen::spec::load::{load_file, load_str};
use payspec_codegen::validate::validate;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `codegen/tests/...`: the path as shown in diagnostics, relative to the workspace.
fn display_path(path: &Path) -> String {
    let rel = path.strip_prefix(manifest_dir()).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("codegen/{}", parts.join("/"))
}

fn diagnostics(path: &Path) -> Vec<Diagnostic> {
    match load_file(path, &display_path(path)) {
        Ok(spec) => validate(&spec),
        Err(d) => d,
    }
}

fn render(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("{d}\n")).collect()
}

/// Every `*.yaml` under `dir`, recursively, sorted.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A line diff (longest common subsequence): ` ` kept, `-` expected only, `+` actual only.
fn line_diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            let _ = writeln!(out, "  {}", a[i]);
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "- {}", a[i]);
            i += 1;
        } else {
            let _ = writeln!(out, "+ {}", b[j]);
            j += 1;
        }
    }
    out
}

#[test]
fn bad_specs_report_the_expected_diagnostics() {
    let overwrite = std::env::var("EXPECTORATE").as_deref() == Ok("overwrite");
    let cases = yaml_files(&manifest_dir().join("tests/bad_specs"));
    assert!(cases.len() >= 20, "only {} bad-spec cases", cases.len());
    let mut failures = Vec::new();
    for yaml in &cases {
        let display = display_path(yaml);
        let actual = render(&diagnostics(yaml));
        if actual.is_empty() {
            failures.push(format!(
                "{display}: no diagnostics, but a bad spec must fail\n"
            ));
        }
        let expected_path = yaml.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path).ok();
        if overwrite {
            if expected.as_deref() != Some(actual.as_str()) {
                std::fs::write(&expected_path, &actual)
                    .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            }
            continue;
        }
        match expected {
            Some(e) if e == actual => {}
            Some(e) => failures.push(format!(
                "{display}: diagnostics differ (- expected, + actual):\n{}",
                line_diff(&e, &actual)
            )),
            None => failures.push(format!("{display}: no `.expected` file; actual:\n{actual}")),
        }
    }
    // An `.expected` without its spec is a leftover.
    let dir = manifest_dir().join("tests/bad_specs");
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "expected")
                && !p.with_extension("yaml").exists()
            {
                failures.push(format!("{}: no matching `.yaml`\n", display_path(&p)));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} bad-spec cases failed (EXPECTORATE=overwrite rewrites the .expected files):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The input of a generated case, by name.
fn generated(case: &str) -> Option<String> {
    let minimal = || {
        std::fs::read_to_string(manifest_dir().join("tests/fixtures/minimal.yaml"))
            .expect("fixture")
    };
    match case {
        "deep_nesting" => Some(format!("{}{}\n", "[".repeat(100_000), "]".repeat(100_000))),
        "oversized" => {
            let mut text = minimal();
            let line = format!("# {}\n", "padding ".repeat(16));
            while text.len() <= payspec_codegen::spec::yaml::MAX_BYTES {
                text.push_str(&line);
            }
            Some(text)
        }
        "too_many_values" => {
            let values = vec!["1"; payspec_codegen::spec::yaml::MAX_NODES + 1].join(", ");
            Some(format!("{}laughs: [{values}]\n", minimal()))
        }
        _ => None,
    }
}

/// Hostile inputs too big to keep as files: each is refused by one of the loader's limits
/// (`MAX_BYTES`, `MAX_NODES`, its depth bound) with a located diagnostic, before the work could
/// grow with the input. How long that takes is not asserted here (a test's wall time depends on
/// the machine's load); the limits themselves are what bound it.
#[test]
fn generated_inputs_are_refused_by_the_loader_limits() {
    let overwrite = std::env::var("EXPECTORATE").as_deref() == Ok("overwrite");
    let dir = manifest_dir().join("tests/generated_specs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/generated_specs")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 3, "only {} generated cases", cases.len());
    let mut failures = Vec::new();
    for expected_path in &cases {
        let case = expected_path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 name");
        let Some(text) = generated(case) else {
            failures.push(format!("{case}: no generator for this `.expected`"));
            continue;
        };
        let display = display_path(&expected_path.with_extension("yaml"));
        let diags = match load_str(&display, &text) {
            Ok(spec) => validate(&spec),
            Err(d) => d,
        };
        let actual = render(&diags);
        if actual.is_empty() || diags.iter().any(|d| d.hint.is_none()) {
            failures.push(format!(
                "{case}: every refusal needs a diagnostic with a hint:\n{actual}"
            ));
        }
        if overwrite {
            std::fs::write(expected_path, &actual).expect("write .expected");
            continue;
        }
        let expected = std::fs::read_to_string(expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{case}: diagnostics differ (- expected, + actual):\n{}",
                line_diff(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_oversized_file_is_not_read_whole() {
    let text = generated("oversized").expect("generator");
    let path = std::env::temp_dir().join(format!("payspec-oversized-{}.yaml", std::process::id()));
    // Twice the limit on disk; the loader reads one byte past the limit and stops.
    std::fs::write(&path, text.repeat(2)).expect("temp file");
    let from_file = load_file(&path, "specs/big.yaml").map(|_| ()).unwrap_err();
    let _ = std::fs::remove_file(&path);
    let from_text = load_str("specs/big.yaml", &text).map(|_| ()).unwrap_err();
    assert_eq!(from_file, from_text);
}

#[test]
fn fixtures_validate_cleanly() {
    let fixtures = yaml_files(&manifest_dir().join("tests/fixtures"));
    assert!(fixtures.iter().any(|p| p.ends_with("minimal.yaml")));
    for path in fixtures {
        let diags = diagnostics(&path);
        assert!(diags.is_empty(), "{}", render(&diags));
    }
}

#[test]
fn line_diff_marks_changes() {
    assert_eq!(line_diff("a\nb\nc\n", "a\nx\nc\n"), "  a\n- b\n+ x\n  c\n");
    assert_eq!(line_diff("", "a\n"), "+ a\n");
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Loads and validates `text`; every diagnostic must point inside the text.
fn check_no_panic(label: &str, text: &str) -> Result<(), String> {
    let lines = text.lines().count() + 2;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let diags = match load_str("specs/minimal.yaml", text) {
            Ok(spec) => validate(&spec),
            Err(d) => d,
        };
        for d in &diags {
            let _ = d.to_string();
            assert!(
                d.line >= 1 && d.line <= lines,
                "line {} of {lines}: {d}",
                d.line
            );
            assert!(d.column >= 1, "{d}");
        }
    }));
    outcome.map_err(|e| {
        let why = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("{label}: {why}\n--- input ---\n{text}\n-------------")
    })
}

#[test]
fn mutated_specs_never_panic() {
    let base = std::fs::read(manifest_dir().join("tests/fixtures/minimal.yaml")).expect("fixture");
    let base_text = String::from_utf8(base.clone()).expect("UTF-8 fixture");
    let lines: Vec<&str> = base_text.lines().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let specials = b":-{}[],\"'&*!#|>?%@` \t\n0aZ\\";
    let mut failures = Vec::new();
    let mut run = |label: String, text: String| {
        if let Err(f) = check_no_panic(&label, &text) {
            failures.push(f);
        }
    };

    // Truncations.
    for k in 0..150 {
        let at = base.len() * k / 150;
        run(
            format!("truncate at {at}"),
            String::from_utf8_lossy(&base[..at]).into_owned(),
        );
    }
    // Byte flips: one to three bytes replaced by a YAML-significant or random byte.
    for k in 0..250 {
        let mut bytes = base.clone();
        let flips = 1 + rng.below(3);
        for _ in 0..flips {
            let at = rng.below(bytes.len());
            bytes[at] = if rng.below(4) == 0 {
                (rng.next() & 0xFF) as u8
            } else {
                specials[rng.below(specials.len())]
            };
        }
        run(
            format!("flip #{k}"),
            String::from_utf8_lossy(&bytes).into_owned(),
        );
    }
    // Line edits: drop, duplicate or swap lines (keeps the YAML mostly well-formed, so the
    // semantic checks see broken specs).
    for k in 0..200 {
        let mut ls: Vec<&str> = lines.clone();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(ls.len());
            match rng.below(3) {
                0 => {
                    ls.remove(at);
                }
                1 => {
                    let line = ls[at];
                    ls.insert(at, line);
                }
                _ => {
                    let other = rng.below(ls.len());
                    ls.swap(at, other);
                }
            }
        }
        run(format!("line edit #{k}"), ls.join("\n"));
    }
    assert!(
        failures.is_empty(),
        "{} inputs panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

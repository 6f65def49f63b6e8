//! A spec that validates always generates code that parses, whatever Unicode its texts and
//! names hold.
//!
//! `tests/fixtures/minimal.yaml` with arbitrary strings (any `char`, and the snippets that break
//! naive escaping: `*/`, `\`, `"`, `#`, a bare CR, bidi controls, NUL, ...) put in its title,
//! docs, assumptions, string values, an enum code, wire names, a path and the names the
//! validator judges (enum, variant, struct, field, config key and operation names). Whenever
//! the spec loads and validates, every generated Rust file must parse (`syn::parse_file`, the
//! fast stand-in for "compiles") and hold no character rustc refuses or denies as itself (a bare
//! CR in a doc comment, bidi controls); whatever does not validate must have been refused with
//! located diagnostics.

use std::path::PathBuf;

use payspec_codegen::format::needs_escape;
use payspec_codegen::pipeline::{emit_all, lower_all};
use payspec_codegen::spec::load::load_str;
use payspec_codegen::validate::validate;
use proptest::prelude::*;

fn minimal() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.yaml");
    std::fs::read_to_string(path).expect("fixture")
}

/// A YAML double-quoted scalar holding exactly `text`: everything but printable ASCII escaped.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// Where the texts go: (what the fixture says, what it says instead, with `{}` for the text).
const SLOTS: &[(&str, &str)] = &[
    ("title: Minimal Pay (test fixture)", "title: {}"),
    (
        "doc: Not a real provider; used by the codegen tests.",
        "doc: {}",
    ),
    ("    doc: Merchant number.", "    doc: {}"),
    (
        "  assumption: Sorted-parameters MD5, as in the project notes \"Signing rules\", section 1.",
        "  assumption: {}",
    ),
    (
        "    doc: Flat request; every parameter is top level.",
        "    doc: {}",
    ),
    ("{wire: sign_type, fill: {const: MD5}}", "{wire: sign_type, fill: {const: {}}}"),
    (
        "      - code: wechat\n        doc: WeChat Pay.",
        "      - {code: {}, variant: Wechat, doc: {}}",
    ),
    ("  - name: Terminal", "  - name: {}"),
    ("{code: 2, variant: Kiosk}", "{code: 2, variant: {}}"),
    ("constants: {trade_type: MICROPAY}", "constants: {trade_type: {}}"),
    (
        "{wire: body, type: string, max_len: 128, unified: subject}",
        "{wire: body, type: string, max_len: 128, unified: subject, doc: {}}",
    ),
    (
        "{wire: spbill_create_ip, type: string, required: true, max_len: 16, default: \"127.0.0.1\"}",
        "{wire: spbill_create_ip, type: string, required: true, max_len: 16, default: {}}",
    ),
    (
        "      - {wire: store_id, type: string}",
        "      - {wire: {}, type: string, rust_name: {}, doc: {}}",
    ),
    ("        struct: SceneInfo", "        struct: {}"),
    ("    path: /pay/orderquery", "    path: {}"),
    ("    ack: SUCCESS", "    ack: {}"),
    (
        "  doc: WeChat-Pay-v2-like answers (a test fixture, not a provider's facts).",
        "  doc: {}",
    ),
    ("    message: OK", "    message: {}"),
    ("  - key: mch_id\n", "  - key: mch_id\n  - key: {}\n"),
    ("  - name: reverse\n", "  - name: {}\n"),
];

/// The fixture with `texts` put into the slots, in order (texts are reused when too few).
fn spec_with(texts: &[String]) -> String {
    let mut spec = minimal();
    let mut next = texts.iter().cycle();
    for (from, to) in SLOTS {
        let mut replacement = String::new();
        let mut parts = to.split("{}").peekable();
        while let Some(part) = parts.next() {
            replacement.push_str(part);
            if parts.peek().is_some() {
                replacement.push_str(&quoted(next.next().map_or("", String::as_str)));
            }
        }
        assert!(spec.contains(from), "the fixture no longer says {from:?}");
        spec = spec.replacen(from, &replacement, 1);
    }
    spec
}

/// Text that escaping gets wrong first, and any `char` at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<char>().prop_map(String::from),
        Just("*/".to_string()),
        Just("/*".to_string()),
        Just("\\".to_string()),
        Just("\"".to_string()),
        Just("#".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\0".to_string()),
        Just("\u{7f}".to_string()),
        Just("\u{85}".to_string()),
        Just("\u{2028}".to_string()),
        Just("\u{feff}".to_string()),
        Just("}}{{".to_string()),
        Just("`".to_string()),
        Just("中文".to_string()),
        Just("Ab".to_string()),
        "[a-z_]{1,6}",
        "[A-Z][a-z]{0,5}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..6).prop_map(|pieces| pieces.concat())
}

/// Loads, validates, lowers and emits; every generated Rust file must parse and be plain.
fn check(spec: &str) -> Result<(), TestCaseError> {
    let loaded = match load_str("specs/minimal.yaml", spec) {
        Ok(l) => l,
        Err(diags) => {
            prop_assert!(!diags.is_empty());
            return Ok(());
        }
    };
    if !validate(&loaded).is_empty() {
        return Ok(());
    }
    let providers = lower_all(std::slice::from_ref(&loaded))
        .map_err(|d| TestCaseError::fail(format!("validated, but lowering failed: {d:?}")))?;
    let files = emit_all(&providers)
        .map_err(|d| TestCaseError::fail(format!("validated, but emitting failed: {d:?}")))?;
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".rs")) {
        if let Err(e) = syn::parse_file(text) {
            return Err(TestCaseError::fail(format!(
                "{path} does not parse: {e}\n{text}"
            )));
        }
        if let Some(c) = text.chars().find(|c| needs_escape(*c)) {
            return Err(TestCaseError::fail(format!(
                "{path} holds {c:?} as itself\n{text}"
            )));
        }
    }
    Ok(())
}

#[test]
fn plain_words_validate() {
    assert!(check(&minimal()).is_ok());
    // With every slot holding a plain word the spec validates, so the properties below reach
    // code generation, not only refusals.
    let loaded = load_str("specs/minimal.yaml", &spec_with(&plain_words())).expect("loads");
    let diags = validate(&loaded);
    assert!(diags.is_empty(), "{diags:?}");
    assert!(check(&spec_with(&plain_words())).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn validated_specs_generate_rust_that_parses(texts in prop::collection::vec(text(), 1..24)) {
        check(&spec_with(&texts))?;
    }

    #[test]
    fn one_unicode_text_at_a_time(slot in 0..plain_words().len(), t in text()) {
        // Every other slot keeps a plain word, so most cases validate and generate.
        let mut texts = plain_words();
        if let Some(x) = texts.get_mut(slot) {
            *x = t;
        }
        check(&spec_with(&texts))?;
    }
}

/// A plain word for each text [`spec_with`] takes (in slot order, as many as each has `{}`).
fn plain_words() -> Vec<String> {
    [
        "Word",
        "doc",
        "text",
        "assumed",
        "layout",
        "MD5",
        "wechat",
        "WeChat",
        "Terminal",
        "Kiosk",
        "MICROPAY",
        "body",
        "127.0.0.1",
        "store_id",
        "store_id",
        "store",
        "SceneInfo",
        "/pay/orderquery",
        "SUCCESS",
        "answers",
        "OK",
        "app_id",
        "reverse",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

//! issue 9: serde_json's `arbitrary_precision` is off for the whole workspace.
//!
//! Cargo features unify: had payspec-core or payspec-generated (or anything they pull in) turned
//! it on, every merchant application depending on the generated crate would get it for all of its
//! own serde_json use (numbers as strings inside `Value`, `Value` equality by text, numbers no
//! longer deserializing into untagged enums or flattened structs). This test binary is built with
//! the features of the whole workspace (every crate, their dependencies and dev-dependencies
//! resolved together), so it fails if any of them turns the feature on. Exactness of money and
//! signatures comes from `payspec_core::json` (literals kept through `raw_value`) instead.

use serde::Deserialize;

#[test]
fn arbitrary_precision_is_off_for_the_whole_workspace() {
    // With arbitrary_precision a `Value` keeps the literal `1.10`; stock serde_json holds a float.
    let value: serde_json::Value = serde_json::from_str("1.10").unwrap();
    assert_eq!(
        value.to_string(),
        "1.1",
        "serde_json's arbitrary_precision is on in this build (see Cargo.toml)"
    );
    assert_eq!(
        serde_json::to_string(&serde_json::json!(1.10)).unwrap(),
        "1.1"
    );
    assert!(serde_json::Number::from_f64(0.5).is_some_and(|n| n.is_f64()));
    assert!(value.is_f64());
}

/// What a merchant's own code gets back: a number in an untagged enum (which serde buffers)
/// deserializes, as with stock serde_json. With arbitrary_precision it fails ("data did not match
/// any variant").
#[test]
fn a_merchants_untagged_enum_reads_numbers() {
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Amount {
        Number(f64),
        Text(String),
    }
    assert_eq!(
        serde_json::from_str::<Amount>("1.5").unwrap(),
        Amount::Number(1.5)
    );
    assert_eq!(
        serde_json::from_str::<Amount>("\"1.5\"").unwrap(),
        Amount::Text("1.5".into())
    );
}

/// And payspec's own reading stays exact beside it.
#[test]
fn payspec_reads_the_literal_anyway() {
    let json = payspec_core::Json::parse(r#"{"total_fee":80.00}"#).unwrap();
    assert_eq!(json.to_string(), r#"{"total_fee":80.00}"#);
}

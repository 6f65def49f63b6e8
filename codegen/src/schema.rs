//! The JSON Schema of the spec language, for editors (`codegen schema`).

use crate::spec::model::ProviderSpec;

/// The schemars JSON Schema of [`ProviderSpec`]: pretty-printed, deterministic (definitions are
/// kept in a sorted map), with a trailing newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(ProviderSpec);
    let mut text =
        serde_json::to_string_pretty(&schema).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_complete() {
        let a = schema_json();
        assert_eq!(a, schema_json());
        assert!(a.ends_with("}\n"));
        let v: serde_json::Value = serde_json::from_str(&a).expect("valid JSON");
        assert_eq!(v["title"], "ProviderSpec");
        for def in [
            "FieldSpec",
            "LayoutSpec",
            "FillSpec",
            "OperationSpec",
            "PollSpec",
        ] {
            assert!(v["definitions"].get(def).is_some(), "{def}");
        }
    }
}

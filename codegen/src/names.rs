//! The one place Rust names are made from spec names.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict and reserved) that need a raw identifier or a suffix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Replaces characters that cannot be in an identifier, and guards a leading digit.
fn sanitize(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// snake_case field or module name; keywords get a trailing `_` (`type` → `type_`).
pub fn field_name(wire: &str) -> String {
    let mut name = sanitize(&sanitize(wire).to_snake_case());
    if name.is_empty() || name == "_" {
        name = "field_".into();
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The setter of an optional (or defaulted) field: `with_` and the field name without the `_`
/// that `field_name` adds before a leading digit or after a keyword (`type_` → `with_type`).
/// Those underscores are the only ones at either end, so two fields never share a setter.
pub fn setter_name(field: &str) -> String {
    format!("with_{}", field.trim_matches('_'))
}

/// PascalCase type or variant name. A leading digit gets a `V` prefix (`0` → `V0`).
pub fn type_name(raw: &str) -> String {
    let camel = sanitize(raw).to_upper_camel_case();
    let name = if camel.is_empty() {
        "Unnamed".to_string()
    } else if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    };
    if name == "Self" {
        "Self_".into()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        assert_eq!(field_name("partnerOrderNo"), "partner_order_no");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("Token_Id"), "token_id");
        assert_eq!(field_name("2fa"), "_2fa");
        assert_eq!(field_name("a-b.c"), "a_b_c");
        assert_eq!(field_name("self"), "self_");
    }

    #[test]
    fn setters() {
        assert_eq!(setter_name("attach"), "with_attach");
        assert_eq!(setter_name("type_"), "with_type");
        assert_eq!(setter_name("_2fa"), "with_2fa");
    }

    #[test]
    fn types() {
        assert_eq!(type_name("micropay"), "Micropay");
        assert_eq!(type_name("unified_order"), "UnifiedOrder");
        assert_eq!(type_name("USERPAYING"), "Userpaying");
        assert_eq!(type_name("0"), "V0");
        assert_eq!(type_name("bar_code"), "BarCode");
    }
}

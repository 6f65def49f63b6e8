//! Open enums and the trade-state table: codes, variant names, statuses.

use std::collections::HashMap;

use super::{is_pascal_ident, pascal_hint, Ctx, FirstSeen};
use crate::names;
use crate::spec::model::{ScalarSpec, WireScalarSpec};

/// Type names the generator makes itself in a provider's module.
pub(crate) const GENERATED_TYPES: &[(&str, &str)] = &[
    ("Config", "the provider's `Config` struct"),
    ("TradeState", "the trade-state enum"),
];

struct Value<'a> {
    code: &'a ScalarSpec,
    variant: Option<&'a str>,
}

pub(crate) fn check(cx: &mut Ctx) {
    let spec = cx.spec();
    let mut names = FirstSeen::new();
    for (i, e) in spec.enums.iter().enumerate() {
        let path = format!("enums[{i}].name");
        if !is_pascal_ident(&e.name) {
            cx.err(&path, format!("enum name `{}` is not PascalCase", e.name))
                .hint(pascal_hint(&e.name));
        }
        if let Some(first) = names.seen(e.name.as_str(), i) {
            let line = cx.line(&format!("enums[{first}].name"));
            cx.err(&path, format!("enum `{}` is defined twice", e.name))
                .hint(format!("first defined at line {line}"));
        }
        if let Some((_, what)) = GENERATED_TYPES.iter().find(|(n, _)| *n == e.name) {
            cx.err(&path, format!("enum name `{}` is taken by {what}", e.name));
        }
        let values: Vec<Value> = e
            .values
            .iter()
            .map(|v| Value {
                code: &v.code,
                variant: v.variant.as_deref(),
            })
            .collect();
        check_values(
            cx,
            &format!("enums[{i}]"),
            &format!("enum `{}`", e.name),
            e.wire,
            &values,
        );
    }

    let states: Vec<Value> = spec
        .states
        .values
        .iter()
        .map(|v| Value {
            code: &v.code,
            variant: v.variant.as_deref(),
        })
        .collect();
    check_values(cx, "states", "`states`", spec.states.wire, &states);
    for (j, v) in spec.states.values.iter().enumerate() {
        if v.status.is_none() {
            cx.err(
                &format!("states.values[{j}]"),
                format!(
                    "unmapped state code `{}`: it has no `status`",
                    v.code.as_text()
                ),
            )
            .hint(
                "every state needs a `status`: success, paying, not_paid, closed, reversed, \
                 refunded, failed or attention",
            );
        }
    }
}

fn check_values(cx: &mut Ctx, base: &str, what: &str, wire: WireScalarSpec, values: &[Value]) {
    let mut variants: HashMap<String, String> = HashMap::new();
    let mut codes = FirstSeen::new();
    for (j, v) in values.iter().enumerate() {
        let vp = format!("{base}.values[{j}]");
        let code = v.code.as_text();
        if let Some(first) = codes.seen(code.clone(), j) {
            let line = cx.line(&format!("{base}.values[{first}].code"));
            cx.err(
                &format!("{vp}.code"),
                format!("code `{code}` appears twice in {what}"),
            )
            .hint(format!("first at line {line}"));
        }
        if wire == WireScalarSpec::Integer && code.parse::<i64>().is_err() {
            cx.err(
                &format!("{vp}.code"),
                format!("{what} has integer wire values, but code `{code}` is not an integer"),
            )
            .hint("write an integer code, or drop `wire: integer`");
        }
        let rust = match (v.variant, v.code) {
            (Some(name), _) => {
                if !is_pascal_ident(name) {
                    cx.err(
                        &format!("{vp}.variant"),
                        format!("variant name `{name}` is not PascalCase"),
                    )
                    .hint(pascal_hint(name));
                    continue;
                }
                (name.to_string(), format!("{vp}.variant"))
            }
            (None, ScalarSpec::Int(_)) => {
                cx.err(
                    &format!("{vp}.code"),
                    format!("integer code `{code}` needs a `variant` name"),
                )
                .hint("name the Rust variant, e.g. `variant: Success`");
                continue;
            }
            (None, _) => {
                let derived = names::type_name(&code);
                if !code.starts_with(|c: char| c.is_ascii_alphabetic()) || derived == "Unnamed" {
                    cx.err(
                        &format!("{vp}.code"),
                        format!("code `{code}` does not make a Rust variant name"),
                    )
                    .hint("give this value a `variant` name, e.g. `variant: Success`");
                    continue;
                }
                (derived, format!("{vp}.code"))
            }
        };
        if rust.0 == "Unknown" {
            cx.err(
                &rust.1,
                "variant name `Unknown` is reserved for unlisted values",
            )
            .hint("give this value another `variant` name");
            continue;
        }
        if let Some(first) = variants.get(&rust.0) {
            let line = cx.line(first);
            cx.err(
                &rust.1,
                format!("two values of {what} become the Rust variant `{}`", rust.0),
            )
            .hint(format!(
                "the other is at line {line}; give one an explicit `variant`"
            ));
        }
        variants.entry(rust.0).or_insert(rust.1);
    }
}

//! Fields of requests, responses and nested objects: types and their attributes, names, structs.

use super::enums::GENERATED_TYPES;
use super::values::{misfit_of, takes_fixed_value, type_label, FIXED_VALUE_HINT};
use std::collections::{HashMap, HashSet};

use super::{is_pascal_ident, pascal_hint, Ctx, FirstSeen};
use crate::names;
use crate::spec::locate::child_key;
use crate::spec::model::{
    DirectionSpec, FieldSpec, MoneyUnitSpec, ScalarSpec, TypeSpec, UnifiedSpec,
};

/// A nested struct definition, to compare with others of the same name.
struct StructDef {
    name: String,
    /// Debug text of the fields: two definitions are the same when this is.
    shape: String,
    path: String,
}

pub(crate) fn check(cx: &mut Ctx) {
    let spec = cx.spec();
    let mut structs = Vec::new();
    for (i, op) in spec.operations.iter().enumerate() {
        let base = format!("operations[{i}]");
        check_list(
            cx,
            &op.request,
            &format!("{base}.request"),
            true,
            &mut structs,
        );
        check_assigned_defaults(cx, &op.request, &format!("{base}.request"));
        check_list(
            cx,
            &op.response,
            &format!("{base}.response"),
            true,
            &mut structs,
        );
        let mut request_wires = FirstSeen::new();
        for (j, f) in op.request.iter().enumerate() {
            if let Some(wire) = f.wire.as_deref() {
                request_wires.seen(wire, j);
            }
        }
        for key in op.constants.keys() {
            if let Some(j) = request_wires.seen(key.as_str(), usize::MAX) {
                let line = cx.line(&format!("{base}.request[{j}]"));
                cx.err_key(
                    &child_key(&format!("{base}.constants"), key),
                    format!("constant `{key}` of operation `{}` is also a request field", op.name),
                )
                .hint(format!(
                    "constants are merged into the request's fields, where `{key}` is at line {line}"
                ));
            }
        }
    }

    // Names the generator already uses for types.
    let mut taken: HashMap<String, String> = HashMap::new();
    let mut take = |name: String, what: String| {
        taken.entry(name).or_insert(what);
    };
    for (n, what) in GENERATED_TYPES {
        take(n.to_string(), what.to_string());
    }
    for e in &spec.enums {
        take(e.name.clone(), format!("enum `{}`", e.name));
    }
    for op in &spec.operations {
        let prefix = names::type_name(&op.name);
        let kinds: &[&str] = match op.direction {
            DirectionSpec::Outbound => &["Request", "Response"],
            DirectionSpec::Inbound => &["Message"],
        };
        for k in kinds {
            take(
                format!("{prefix}{k}"),
                format!("the {} type of operation `{}`", k.to_lowercase(), op.name),
            );
        }
    }

    let mut first_of: HashMap<&str, &StructDef> = HashMap::new();
    for s in &structs {
        if let Some(what) = taken.get(&s.name) {
            cx.err(
                &s.path,
                format!("struct name `{}` is taken by {what}", s.name),
            )
            .hint("choose another `struct` name");
            continue;
        }
        let earlier = first_of.entry(s.name.as_str()).or_insert(s);
        if let Some(first) = Some(*earlier).filter(|f| !std::ptr::eq(*f, s)) {
            if first.shape != s.shape {
                let line = cx.line(&first.path);
                cx.err(
                    &s.path,
                    format!("struct `{}` is defined again with different fields", s.name),
                )
                .hint(format!(
                    "the first definition is at line {line}; make them identical or choose another name"
                ));
            }
        }
    }
}

/// Words in a wire name that say the value identifies the merchant, its store or its device:
/// values the provider assigns to each merchant (or the merchant to each till).
const ASSIGNED_WORDS: &[&str] = &[
    "merchant", "mch", "partner", "store", "shop", "terminal", "device", "appid", "agent",
];

/// Whether a wire name reads as an identity assigned to the merchant (`storeNo`, `mch_id`,
/// `sub_appid`, `device_info`).
fn names_an_assignment(wire: &str) -> Option<&'static str> {
    let flat: String = wire
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    ASSIGNED_WORDS.iter().copied().find(|w| flat.contains(w))
}

/// A request default is sent by every merchant alike: one on a field that identifies the
/// merchant (a store number, a merchant id, a terminal id) would send one merchant's value (or
/// the document's example) for all of them. Such values come from configuration.
fn check_assigned_defaults(cx: &mut Ctx, request: &[FieldSpec], path: &str) {
    for (j, f) in request.iter().enumerate() {
        let (Some(wire), Some(value)) = (&f.wire, &f.default) else {
            continue;
        };
        if !matches!(f.ty, TypeSpec::String | TypeSpec::Integer) {
            continue;
        }
        let Some(word) = names_an_assignment(wire) else {
            continue;
        };
        cx.err(
            &format!("{path}[{j}].default"),
            format!(
                "request field `{wire}` has the fixed default {}, but its name (`{word}`) says it \
                 identifies the merchant",
                value.as_json()
            ),
        )
        .hint(
            "a value the provider assigns to each merchant (merchant, store, terminal or app id) \
             comes from configuration: add a `config` key and fill the member from it \
             (`fill: {config: KEY}` in the request layout), or let the payment intent supply it \
             (`unified: device_id`)",
        );
    }
}

fn type_word(t: TypeSpec) -> &'static str {
    match t {
        TypeSpec::String => "string",
        TypeSpec::Integer => "integer",
        TypeSpec::Boolean => "boolean",
        TypeSpec::Money => "money",
        TypeSpec::Timestamp => "timestamp",
        TypeSpec::Flag => "flag",
        TypeSpec::Enum => "enum",
        TypeSpec::State => "state",
        TypeSpec::Object => "object",
        TypeSpec::List => "list",
        TypeSpec::JsonString => "json_string",
    }
}

/// The unified tag as spec text.
pub(crate) fn unified_word(u: UnifiedSpec) -> &'static str {
    match u {
        UnifiedSpec::OrderId => "order_id",
        UnifiedSpec::ProviderTradeId => "provider_trade_id",
        UnifiedSpec::Amount => "amount",
        UnifiedSpec::AuthCode => "auth_code",
        UnifiedSpec::Subject => "subject",
        UnifiedSpec::Description => "description",
        UnifiedSpec::TradeState => "trade_state",
        UnifiedSpec::PaidAt => "paid_at",
        UnifiedSpec::DeviceId => "device_id",
        UnifiedSpec::NotifyUrl => "notify_url",
        UnifiedSpec::Recall => "recall",
    }
}

/// `top`: the list is an operation's content (its request or response fields), not the members
/// of a nested object.
fn check_list(
    cx: &mut Ctx,
    list: &[FieldSpec],
    path: &str,
    top: bool,
    structs: &mut Vec<StructDef>,
) {
    let mut rust_names: HashMap<String, (String, String)> = HashMap::new();
    let mut unified = FirstSeen::new();
    let mut wires = FirstSeen::new();
    for (j, f) in list.iter().enumerate() {
        let fp = format!("{path}[{j}]");
        check_field(cx, f, &fp, false, structs);
        if f.default.is_some() && !top {
            cx.err(
                &format!("{fp}.default"),
                format!(
                    "`default` of nested field {} is never used",
                    f.wire
                        .as_deref()
                        .map(|w| format!("`{w}`"))
                        .unwrap_or_default()
                ),
            )
            .hint("defaults fill top-level request and response fields only");
        }
        if let Some(u) = f.unified {
            if let Some(first) = unified.seen(unified_word(u), j) {
                let line = cx.line(&format!("{path}[{first}].unified"));
                cx.err(
                    &format!("{fp}.unified"),
                    format!(
                        "unified meaning `{}` is given twice in one field list",
                        unified_word(u)
                    ),
                )
                .hint(format!(
                    "first at line {line}; the runtime reads and writes one field per meaning"
                ));
            }
        }
        let Some(wire) = &f.wire else { continue };
        let wire_path = format!("{fp}.wire");
        if let Some(first) = wires.seen(wire.as_str(), j) {
            let line = cx.line(&format!("{path}[{first}].wire"));
            cx.err(&wire_path, format!("duplicate wire name `{wire}`"))
                .hint(format!(
                    "`{wire}` is first at line {line}; a wire name appears once per object"
                ));
            continue;
        }
        let (rust, rust_path) = match &f.rust_name {
            Some(r) => (r.clone(), format!("{fp}.rust_name")),
            None => (names::field_name(wire), wire_path),
        };
        if let Some((other, other_path)) = rust_names.get(&rust) {
            let line = cx.line(other_path);
            cx.err(
                &rust_path,
                format!("fields `{other}` and `{wire}` both become the Rust field `{rust}`"),
            )
            .hint(format!(
                "set `rust_name` on one of them (the other is at line {line})"
            ));
        } else {
            rust_names.insert(rust, (wire.clone(), rust_path));
        }
    }
    // `unit: minor` takes its currency from a field of the same object.
    let wires: Vec<&str> = list.iter().filter_map(|f| f.wire.as_deref()).collect();
    let wire_set: HashSet<&str> = wires.iter().copied().collect();
    for (j, f) in list.iter().enumerate() {
        if f.ty != TypeSpec::Money || f.unit != Some(MoneyUnitSpec::Minor) {
            continue;
        }
        if let Some(c) = &f.currency_field {
            if !wire_set.contains(c.as_str()) {
                let hint = cx.known(c, &wires, "fields");
                cx.err(
                    &format!("{path}[{j}].currency_field"),
                    format!("currency_field `{c}` is not a field of the same object"),
                )
                .hint(hint);
            }
        }
    }
}

fn check_field(
    cx: &mut Ctx,
    f: &FieldSpec,
    fp: &str,
    in_items: bool,
    structs: &mut Vec<StructDef>,
) {
    let spec = cx.spec();
    let label = match (&f.wire, in_items) {
        (_, true) => "list items".to_string(),
        (Some(w), false) => format!("`{w}`"),
        (None, false) => "field".to_string(),
    };
    let ty = type_word(f.ty);
    let what = format!("{ty} field {label}");
    match (&f.wire, in_items) {
        (Some(_), true) => {
            cx.err(&format!("{fp}.wire"), "list items have no `wire` name")
                .hint("the `wire` name belongs to the list field");
        }
        (None, false) => {
            cx.err(fp, "field has no `wire` name")
                .hint("every field but list `items` names its JSON member with `wire`");
        }
        (Some(w), false) if w.is_empty() => {
            cx.err(&format!("{fp}.wire"), "wire name is empty");
        }
        _ => {}
    }
    if let Some(r) = &f.rust_name {
        if names::field_name(r) != *r {
            cx.err(
                &format!("{fp}.rust_name"),
                format!("rust_name `{r}` is not a snake_case Rust identifier"),
            )
            .hint(format!("e.g. `{}`", names::field_name(r)));
        }
    }

    // Attributes that belong to one type only.
    let misplaced = |attr: &str, set: bool, allowed: &[TypeSpec], cx: &mut Ctx| {
        if set && !allowed.contains(&f.ty) {
            let types: Vec<String> = allowed
                .iter()
                .map(|t| format!("`{}`", type_word(*t)))
                .collect();
            cx.err(
                &format!("{fp}.{attr}"),
                format!("`{attr}` does not apply to {what}"),
            )
            .hint(format!("`{attr}` is for {} fields", types.join(" and ")));
        }
    };
    use TypeSpec as T;
    misplaced("max_len", f.max_len.is_some(), &[T::String], cx);
    misplaced("pattern", f.pattern.is_some(), &[T::String], cx);
    misplaced("charset", f.charset.is_some(), &[T::String], cx);
    misplaced("sensitive", f.sensitive, &[T::String], cx);
    misplaced("min", f.min.is_some(), &[T::Integer], cx);
    misplaced("max", f.max.is_some(), &[T::Integer], cx);
    misplaced("unit", f.unit.is_some(), &[T::Money], cx);
    misplaced("allow_zero", f.allow_zero, &[T::Money], cx);
    if f.allow_zero && f.ty == T::Money && f.unified == Some(UnifiedSpec::Amount) {
        cx.err(
            &format!("{fp}.allow_zero"),
            format!(
                "money field {label} is the payment's amount (`unified: amount`) but allows zero"
            ),
        )
        .hint(
            "the amount charged is always positive; `allow_zero` is for amounts beside it that \
             the document says can be zero (a fee, a discount, a coupon)",
        );
    }
    misplaced("format", f.format.is_some(), &[T::Timestamp], cx);
    misplaced("enum", f.enum_name.is_some(), &[T::Enum], cx);
    misplaced(
        "struct",
        f.struct_name.is_some(),
        &[T::Object, T::JsonString],
        cx,
    );
    misplaced(
        "fields",
        f.fields.is_some(),
        &[T::Object, T::JsonString],
        cx,
    );
    misplaced("items", f.items.is_some(), &[T::List, T::JsonString], cx);

    match f.ty {
        T::String => {
            if let Some(p) = &f.pattern {
                if let Err(e) = regex_lite::Regex::new(p) {
                    let reason = e.to_string();
                    let reason = reason.lines().next().unwrap_or("invalid");
                    cx.err(
                        &format!("{fp}.pattern"),
                        format!("pattern of {label} does not compile: {reason}"),
                    )
                    .hint(
                        "the pattern is a regex-lite regular expression the whole value must match",
                    );
                }
            }
        }
        T::Integer => {
            if let (Some(min), Some(max)) = (f.min, f.max) {
                if min > max {
                    cx.err(
                        &format!("{fp}.min"),
                        format!("min {min} is greater than max {max}"),
                    );
                }
            }
        }
        T::Money => {
            match f.unit {
                None => {
                    cx.err(fp, format!("money field {label} has no `unit`"))
                        .hint(
                        "add `unit: fen`, `unit: yuan` or `unit: minor` (with `currency_field`)",
                    );
                }
                Some(MoneyUnitSpec::Minor)
                    if f.currency_field.is_none() && f.currency_config.is_none() =>
                {
                    cx.err(
                        &format!("{fp}.unit"),
                        format!(
                            "money field {label} has `unit: minor` but no `currency_field` or \
                             `currency_config`"
                        ),
                    )
                    .hint(
                        "name the field of this object that holds the ISO currency code \
                         (`currency_field`), or the config key that does (`currency_config`)",
                    );
                }
                Some(MoneyUnitSpec::Minor)
                    if f.currency_field.is_some() && f.currency_config.is_some() =>
                {
                    cx.err(
                        &format!("{fp}.currency_config"),
                        format!(
                            "money field {label} has both `currency_field` and `currency_config`"
                        ),
                    )
                    .hint("the currency comes from one place: keep one of them");
                }
                _ => {}
            }
            if f.wire_as.is_some() && f.unit != Some(MoneyUnitSpec::Yuan) {
                cx.err(
                    &format!("{fp}.wire_as"),
                    "`wire_as` only applies to `unit: yuan`",
                )
                .hint("fen and minor amounts are JSON integers");
            }
            if let Some(key) = &f.currency_config {
                if f.unit != Some(MoneyUnitSpec::Minor) {
                    cx.err(
                        &format!("{fp}.currency_config"),
                        "`currency_config` only applies to `unit: minor`",
                    )
                    .hint("fen and yuan are always CNY");
                } else {
                    cx.check_config_ref(&format!("{fp}.currency_config"), "`currency_config`", key);
                }
            }
            if f.currency_field.is_some() && f.unit != Some(MoneyUnitSpec::Minor) {
                cx.err(
                    &format!("{fp}.currency_field"),
                    "`currency_field` only applies to `unit: minor`",
                )
                .hint("fen and yuan are always CNY");
            }
        }
        T::Timestamp => {
            if f.format.is_none() {
                cx.err(fp, format!("timestamp field {label} has no `format`"))
                    .hint("add `format: unix`, `format: rfc3339` or `format: compact`");
            }
        }
        T::Enum => match &f.enum_name {
            None => {
                cx.err(fp, format!("enum field {label} has no `enum`"))
                    .hint("name an entry of `enums`, e.g. `enum: PayChannel`");
            }
            Some(e) if cx.enum_named(e).is_none() => {
                let defined: Vec<&str> = spec.enums.iter().map(|d| d.name.as_str()).collect();
                let hint = cx.known(e, &defined, "enums");
                cx.err(
                    &format!("{fp}.enum"),
                    format!("enum field {label} names `{e}`, which is not in `enums`"),
                )
                .hint(hint);
            }
            Some(_) => {}
        },
        T::Object => {
            if f.struct_name.is_none() {
                cx.err(fp, format!("object field {label} has no `struct` name"))
                    .hint("name the Rust struct, e.g. `struct: GoodsDetail`");
            }
            if f.fields.is_none() {
                cx.err(fp, format!("object field {label} has no `fields`"));
            }
        }
        T::List => {
            if f.items.is_none() {
                cx.err(fp, format!("list field {label} has no `items`"))
                    .hint("describe the element type, e.g. `items: {type: string}`");
            }
        }
        T::JsonString => match (&f.fields, &f.items) {
            (None, None) => {
                cx.err(
                    fp,
                    format!("json_string field {label} needs `fields` (with `struct`) or `items`"),
                );
            }
            (Some(_), Some(_)) => {
                cx.err(
                    &format!("{fp}.items"),
                    format!("json_string field {label} has both `fields` and `items`"),
                )
                .hint("it holds either an object (`struct` + `fields`) or a list (`items`)");
            }
            (Some(_), None) if f.struct_name.is_none() => {
                cx.err(
                    fp,
                    format!("json_string field {label} has `fields` but no `struct` name"),
                )
                .hint("name the Rust struct, e.g. `struct: BizContent`");
            }
            _ => {}
        },
        T::Boolean | T::Flag | T::State => {}
    }

    if let Some(value) = &f.default {
        check_default(cx, f, fp, &label, value);
    }

    if let Some(s) = &f.struct_name {
        if !is_pascal_ident(s) {
            cx.err(
                &format!("{fp}.struct"),
                format!("struct name `{s}` is not PascalCase"),
            )
            .hint(pascal_hint(s));
        } else if let (Some(fields), T::Object | T::JsonString) = (&f.fields, f.ty) {
            structs.push(StructDef {
                name: s.clone(),
                shape: format!("{fields:?}"),
                path: format!("{fp}.struct"),
            });
        }
    }
    if let Some(fields) = &f.fields {
        check_list(cx, fields, &format!("{fp}.fields"), false, structs);
    }
    if let Some(items) = &f.items {
        check_field(cx, items, &format!("{fp}.items"), true, structs);
        if items.default.is_some() {
            cx.err(
                &format!("{fp}.items.default"),
                "`default` of list items is never used",
            )
            .hint("defaults fill top-level request and response fields only");
        }
    }
}

fn check_default(cx: &mut Ctx, f: &FieldSpec, fp: &str, label: &str, value: &ScalarSpec) {
    let path = format!("{fp}.default");
    let ty = type_label(f);
    if !takes_fixed_value(f) {
        cx.err(
            &path,
            format!("`default` does not apply to {ty} field {label}"),
        )
        .hint(FIXED_VALUE_HINT);
        return;
    }
    if let Some(m) = misfit_of(cx, f, value) {
        let report = cx.err(
            &path,
            format!(
                "default {} of {ty} field {label} {}",
                value.as_json(),
                m.reason
            ),
        );
        if let Some(h) = m.hint {
            report.hint(h);
        }
    }
}

//! Operations: names, layouts, direction, classification rules, roles across the provider.

use super::fields::unified_word;
use super::layouts::{request_layout, response_layout};
use super::{is_snake_ident, snake_hint, Ctx, FirstSeen};
use crate::names;
use crate::spec::locate::child_key;
use crate::spec::model::{
    DirectionSpec, OperationSpec, ResultSpec, RoleSpec, RuleSpec, ScalarSpec, TaggedTest, TestSpec,
    TypeSpec, UnifiedSpec,
};

/// What a gateway can put into a request from a unified payment intent.
const INTENT: &[UnifiedSpec] = &[
    UnifiedSpec::OrderId,
    UnifiedSpec::Amount,
    UnifiedSpec::AuthCode,
    UnifiedSpec::Subject,
    UnifiedSpec::Description,
    UnifiedSpec::DeviceId,
    UnifiedSpec::NotifyUrl,
];

pub(crate) fn check(cx: &mut Ctx) {
    let spec = cx.spec();
    let layout_names: Vec<&str> = spec.layouts.keys().map(String::as_str).collect();
    let mut names = FirstSeen::new();
    let mut prefixes = FirstSeen::new();
    for (i, op) in spec.operations.iter().enumerate() {
        let base = format!("operations[{i}]");
        let name_path = format!("{base}.name");
        if !is_snake_ident(&op.name) {
            cx.err(
                &name_path,
                format!("operation name `{}` is not snake_case", op.name),
            )
            .hint(snake_hint(&op.name));
        }
        if let Some(module) = ["types", "descriptors"].into_iter().find(|m| op.name == *m) {
            cx.err(
                &name_path,
                format!("operation name `{module}` is taken by the provider's `{module}` module"),
            )
            .hint("choose another name");
        }
        let prefix = names::type_name(&op.name);
        if let Some(j) = names.seen(op.name.as_str(), i) {
            let line = cx.line(&format!("operations[{j}].name"));
            cx.err(
                &name_path,
                format!("operation name `{}` is used twice", op.name),
            )
            .hint(format!("first at line {line}"));
        } else if let Some(j) = prefixes.seen(prefix.clone(), i) {
            let line = cx.line(&format!("operations[{j}].name"));
            let other = &spec.operations.get(j).map_or("", |o| o.name.as_str());
            cx.err(
                &name_path,
                format!(
                    "operations `{other}` and `{}` both become the Rust type prefix `{prefix}`",
                    op.name
                ),
            )
            .hint(format!("rename one of them (the other is at line {line})"));
        }

        // Layouts.
        let (req, defaulted) = request_layout(op);
        check_layout_ref(
            cx,
            &base,
            "request_layout",
            req,
            defaulted,
            op,
            &layout_names,
        );
        if let Some((resp, defaulted)) = response_layout(op) {
            check_layout_ref(
                cx,
                &base,
                "response_layout",
                resp,
                defaulted,
                op,
                &layout_names,
            );
        }

        // Direction.
        match op.direction {
            DirectionSpec::Inbound => {
                if op.ack.is_none() {
                    cx.err(&base, format!("inbound operation `{}` has no `ack`", op.name))
                        .hint("an inbound operation answers the provider with a fixed text, e.g. `ack: SUCCESS`");
                }
                if !op.response.is_empty() || cx.written(&format!("{base}.response")) {
                    cx.err(
                        &format!("{base}.response"),
                        format!("inbound operation `{}` has a `response`", op.name),
                    )
                    .hint("an inbound operation answers `ack`; describe the notification in `request`");
                }
                if op.response_layout.is_some() {
                    cx.err(
                        &format!("{base}.response_layout"),
                        format!("inbound operation `{}` has a `response_layout`", op.name),
                    )
                    .hint("an inbound operation answers `ack`");
                }
                delivery(cx, &base, op);
                if op.client_certificate.is_some() {
                    cx.err(
                        &format!("{base}.client_certificate"),
                        format!("inbound operation `{}` has a `client_certificate`", op.name),
                    )
                    .hint("the merchant presents a client certificate when it calls the provider");
                }
            }
            DirectionSpec::Outbound => {
                if op.ack.is_some() {
                    cx.err(
                        &format!("{base}.ack"),
                        format!("outbound operation `{}` has an `ack`", op.name),
                    )
                    .hint("`ack` is what an inbound operation answers");
                }
                if op.delivery.is_some() {
                    cx.err(
                        &format!("{base}.delivery"),
                        format!("outbound operation `{}` has a `delivery`", op.name),
                    )
                    .hint("`delivery` says how the provider sends an inbound operation");
                }
                client_certificate(cx, &base, op);
            }
        }
        at_least_one_of(cx, &base, op);
        updates_config(cx, &base, op);
        let role_direction = match op.role {
            RoleSpec::Pay | RoleSpec::Query | RoleSpec::Reverse | RoleSpec::UnifiedOrder => {
                Some(DirectionSpec::Outbound)
            }
            RoleSpec::Notify => Some(DirectionSpec::Inbound),
            RoleSpec::Other => None,
        };
        if let Some(want) = role_direction.filter(|d| *d != op.direction) {
            cx.err(
                &format!("{base}.direction"),
                format!(
                    "a `{}` operation must be {}",
                    role_word(op.role),
                    direction_word(want)
                ),
            );
        }
        let method_ok =
            !op.http_method.is_empty() && op.http_method.chars().all(|c| c.is_ascii_uppercase());
        if !method_ok {
            cx.err(
                &format!("{base}.http_method"),
                format!("http_method `{}` is not an HTTP method", op.http_method),
            )
            .hint("upper-case, like `POST` or `GET`");
        }

        check_outcome(cx, &base, op);
        check_gateway(cx, &base, op);
    }
    check_roles(cx);
}

/// A gateway builds pay, query and reverse requests from a unified intent plus field defaults:
/// it must find the intent's fields and be able to fill every required one.
fn check_gateway(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    let needed: &[UnifiedSpec] = match op.role {
        RoleSpec::Pay => &[
            UnifiedSpec::OrderId,
            UnifiedSpec::Amount,
            UnifiedSpec::AuthCode,
        ],
        RoleSpec::Query | RoleSpec::Reverse => &[UnifiedSpec::OrderId],
        RoleSpec::UnifiedOrder | RoleSpec::Notify | RoleSpec::Other => return,
    };
    let role = role_word(op.role);
    for u in needed {
        if !op.request.iter().any(|f| f.unified == Some(*u)) {
            let word = unified_word(*u);
            cx.err_key(
                &format!("{base}.request"),
                format!(
                    "{role} operation `{}` has no request field with `unified: {word}`",
                    op.name
                ),
            )
            .hint(format!(
                "a gateway puts the intent's {} into the field tagged `unified: {word}`",
                intent_words(*u)
            ));
        }
    }
    for (j, f) in op.request.iter().enumerate() {
        if !f.required || f.default.is_some() {
            continue;
        }
        if f.unified.is_some_and(|u| INTENT.contains(&u)) {
            continue;
        }
        let wire = f.wire.as_deref().unwrap_or_default();
        let hint = match f.unified {
            Some(u) => format!(
                "`unified: {}` is not part of a payment intent; give the field a `default:`",
                unified_word(u)
            ),
            None => "tag it `unified:` (order_id, amount, auth_code, subject, description, \
                     device_id or notify_url) or give it a `default:`"
                .to_string(),
        };
        cx.err(
            &format!("{base}.request[{j}]"),
            format!(
                "required field `{wire}` of {role} operation `{}` has neither a unified meaning \
                 the gateway supplies nor a default",
                op.name
            ),
        )
        .hint(hint);
    }
}

fn intent_words(u: UnifiedSpec) -> &'static str {
    match u {
        UnifiedSpec::OrderId => "merchant order id",
        UnifiedSpec::Amount => "amount",
        UnifiedSpec::AuthCode => "payment code",
        _ => unified_word(u),
    }
}

fn role_word(role: RoleSpec) -> &'static str {
    match role {
        RoleSpec::Pay => "pay",
        RoleSpec::Query => "query",
        RoleSpec::Reverse => "reverse",
        RoleSpec::UnifiedOrder => "unified_order",
        RoleSpec::Notify => "notify",
        RoleSpec::Other => "other",
    }
}

fn direction_word(d: DirectionSpec) -> &'static str {
    match d {
        DirectionSpec::Outbound => "outbound",
        DirectionSpec::Inbound => "inbound",
    }
}

fn check_layout_ref(
    cx: &mut Ctx,
    base: &str,
    key: &str,
    layout: &str,
    defaulted: bool,
    op: &OperationSpec,
    layout_names: &[&str],
) {
    if layout_names.contains(&layout) {
        return;
    }
    if defaulted {
        cx.err(
            base,
            format!(
                "operation `{}` uses layout `{layout}` (the default `{key}` of {} operations), which is not defined",
                op.name,
                direction_word(op.direction)
            ),
        )
        .hint(format!("define `layouts.{layout}`, or set `{key}`"));
    } else {
        let hint = cx.known(layout, layout_names, "layouts");
        cx.err(
            &format!("{base}.{key}"),
            format!(
                "operation `{}` uses layout `{layout}`, which is not defined",
                op.name
            ),
        )
        .hint(hint);
    }
}

fn check_outcome(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    let o = &op.outcome;
    let signals_path = format!("{base}.outcome.signals");
    for (name, path) in &o.signals {
        let well_formed = !path.is_empty()
            && path
                .split('.')
                .all(|s| !s.is_empty() && !s.contains(char::is_whitespace));
        if !well_formed {
            cx.err(
                &child_key(&signals_path, name),
                format!("signal `{name}` has an empty or malformed path `{path}`"),
            )
            .hint("a dotted path of member names, like `data.trade_state`");
        }
    }
    let signal_names: Vec<&str> = o.signals.keys().map(String::as_str).collect();
    let has_trade_state = o.signals.contains_key("trade_state");
    let from_state_hint = "add `trade_state: <path>` under `outcome.signals`";
    for (j, rule) in o.rules.iter().enumerate() {
        let rp = format!("{base}.outcome.rules[{j}]");
        if rule.when.is_empty() {
            cx.err(&rp, "rule has no conditions").hint(
                "a rule needs at least one `when` condition; `otherwise` says what no rule matches",
            );
        }
        for signal in rule.when.keys() {
            if !o.signals.contains_key(signal) {
                let hint = cx.known(signal, &signal_names, "signals");
                cx.err_key(
                    &child_key(&format!("{rp}.when"), signal),
                    format!("rule uses signal `{signal}`, which is not in `signals`"),
                )
                .hint(hint);
            }
        }
        if rule.then == ResultSpec::FromState && !has_trade_state {
            cx.err(
                &format!("{rp}.then"),
                "`from_state` needs a `trade_state` signal",
            )
            .hint(from_state_hint);
        }
    }
    check_failed_evidence(cx, base, op);
    if o.otherwise == ResultSpec::FromState && !has_trade_state {
        cx.err(
            &format!("{base}.outcome.otherwise"),
            "`from_state` needs a `trade_state` signal",
        )
        .hint(from_state_hint);
    }
}

/// The values a `one_of` test (or its list shorthand) accepts, if it is one.
fn one_of(test: &TestSpec) -> Option<&[ScalarSpec]> {
    match test {
        TestSpec::OneOfList(values) | TestSpec::Tagged(TaggedTest::OneOf(values)) => Some(values),
        TestSpec::Keyword(_) | TestSpec::Tagged(TaggedTest::NoneOf(_)) => None,
    }
}

const FAILED_HINT: &str = "a definite failure needs positive evidence: a documented failure code \
     tested with a list (`err_code: [NOTENOUGH]`), or the trade's own state (`then: from_state`); \
     a refusal that does not say the trade did not happen (signature or parameter error, \
     duplicate order, system error) stays `unknown`, so the saga queries";

/// A `failed` classification needs positive evidence: some `one_of` test whose values are not
/// all accepted, for the same signal, by a rule that reads money as taken or still moving
/// (`success`, `pending`, `from_state`). So `{code: {none_of: [1]}}`, `{code: present}` or
/// "the success code, with whatever else the earlier rules did not catch" are refused, and so
/// is `otherwise: failed`.
fn check_failed_evidence(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    let o = &op.outcome;
    let hopeful: Vec<&RuleSpec> = o
        .rules
        .iter()
        .filter(|r| {
            matches!(
                r.then,
                ResultSpec::Success | ResultSpec::Pending | ResultSpec::FromState
            )
        })
        .collect();
    let shared = |signal: &str, value: &ScalarSpec| {
        hopeful.iter().any(|r| {
            r.when
                .get(signal)
                .and_then(one_of)
                .is_some_and(|vs| vs.iter().any(|v| v.as_text() == value.as_text()))
        })
    };
    for (j, rule) in o.rules.iter().enumerate() {
        if rule.then != ResultSpec::Failed || rule.when.is_empty() {
            continue;
        }
        let evidence = rule.when.iter().any(|(signal, test)| {
            one_of(test).is_some_and(|vs| vs.iter().any(|v| !shared(signal, v)))
        });
        if !evidence {
            cx.err(
                &format!("{base}.outcome.rules[{j}].then"),
                format!(
                    "rule {j} of operation `{}` classifies `failed` without naming a failure: \
                     its conditions list no value that only a failure has",
                    op.name
                ),
            )
            .hint(FAILED_HINT);
        }
    }
    if o.otherwise == ResultSpec::Failed {
        cx.err(
            &format!("{base}.outcome.otherwise"),
            format!(
                "operation `{}` classifies every unmatched answer as `failed`",
                op.name
            ),
        )
        .hint(FAILED_HINT);
    }
}

fn check_roles(cx: &mut Ctx) {
    let ops = &cx.spec().operations;
    let mut pay: Option<usize> = None;
    for role in [RoleSpec::Pay, RoleSpec::Query, RoleSpec::Reverse] {
        let with: Vec<usize> = ops
            .iter()
            .enumerate()
            .filter(|(_, o)| o.role == role)
            .map(|(i, _)| i)
            .collect();
        if let [first, rest @ ..] = with.as_slice() {
            let first_name = ops.get(*first).map(|o| o.name.as_str()).unwrap_or_default();
            for i in rest {
                let name = ops.get(*i).map(|o| o.name.as_str()).unwrap_or_default();
                cx.err(
                    &format!("operations[{i}].role"),
                    format!(
                        "operation `{name}` is a second `{}` operation",
                        role_word(role)
                    ),
                )
                .hint(format!(
                    "a provider has at most one; the first is `{first_name}`"
                ));
            }
            if role == RoleSpec::Pay {
                pay = Some(*first);
            }
        }
    }
    if let Some(p) = pay {
        for role in [RoleSpec::Query, RoleSpec::Reverse] {
            if !ops.iter().any(|o| o.role == role) {
                cx.err(
                    &format!("operations[{p}].role"),
                    format!(
                        "the provider has a `pay` operation but no `{}` operation",
                        role_word(role)
                    ),
                )
                .hint(
                    "a pay whose outcome is unknown is queried, and reversed when it stays unknown",
                );
            }
        }
    }
}

/// The most redeliveries a spec may list (published schedules have about ten).
const MAX_REDELIVERIES: usize = 64;

/// An inbound operation says how the provider delivers it: the time it allows for an answer and
/// its redelivery schedule, every wait a positive duration.
fn delivery(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    let Some(d) = &op.delivery else {
        cx.err(
            base,
            format!("inbound operation `{}` has no `delivery`", op.name),
        )
        .hint(
            "say how the provider delivers it, e.g. `delivery: {answer_within: 5s, \
                 redelivery: [15s, 30s, 3m]}` (its published schedule; `[]` when it delivers once)",
        );
        return;
    };
    let path = format!("{base}.delivery");
    positive_duration(cx, &format!("{path}.answer_within"), &d.answer_within);
    if d.redelivery.len() > MAX_REDELIVERIES {
        cx.err(
            &format!("{path}.redelivery"),
            format!(
                "{} redeliveries; at most {MAX_REDELIVERIES}",
                d.redelivery.len()
            ),
        )
        .hint("list the provider's published schedule, one wait per redelivery");
        return;
    }
    for (i, wait) in d.redelivery.iter().enumerate() {
        positive_duration(cx, &format!("{path}.redelivery[{i}]"), wait);
    }
}

fn positive_duration(cx: &mut Ctx, path: &str, text: &str) {
    match super::parse_duration(text) {
        None => {
            cx.err(path, format!("`{text}` is not a duration"))
                .hint("an integer and a unit: `500ms`, `5s`, `2m` or `1h`");
        }
        Some(d) if d.is_zero() => {
            cx.err(path, format!("`{text}` is no wait at all"))
                .hint("a provider's waits are positive: `500ms`, `5s`, `2m` or `1h`");
        }
        Some(_) => {}
    }
}

/// An outbound operation's client certificate is named by two `config` keys; the private key's
/// is `sensitive` (it must never be printed).
fn client_certificate(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    let Some(c) = &op.client_certificate else {
        return;
    };
    let path = format!("{base}.client_certificate");
    cx.check_config_ref(
        &format!("{path}.certificate"),
        "`client_certificate.certificate`",
        &c.certificate,
    );
    cx.check_config_ref(&format!("{path}.key"), "`client_certificate.key`", &c.key);
    let key_is_secret = cx.spec.config.iter().any(|k| k.key == c.key && k.sensitive);
    if cx.has_config(&c.key) && !key_is_secret {
        cx.err(
            &format!("{path}.key"),
            format!(
                "config key `{}` holds a private key but is not `sensitive`",
                c.key
            ),
        )
        .hint("mark it `sensitive: true`, so it is never printed");
    }
    if c.certificate == c.key {
        cx.err(
            &format!("{path}.key"),
            "the certificate and the key are the same config key",
        )
        .hint("the certificate (public) and its private key are two values");
    }
}

/// A reply that sets configuration comes from an outbound operation of role `other` (an
/// activation, a key check-in): a reply that moves money is never also a credential change, so
/// a failure to store the new value cannot hide a payment. Each names a top-level string
/// field of the reply and a `config` key, once.
fn updates_config(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    if op.updates_config.is_empty() {
        return;
    }
    if op.role != RoleSpec::Other || op.direction != DirectionSpec::Outbound {
        cx.err(
            &format!("{base}.updates_config"),
            format!(
                "operation `{}` updates configuration but is not an outbound `other` operation",
                op.name
            ),
        )
        .hint(
            "only an outbound operation of role `other` (an activation, a key check-in) may set \
             configuration; pay, query, reverse and notifications never do",
        );
    }
    let mut seen = std::collections::HashSet::new();
    for (i, update) in op.updates_config.iter().enumerate() {
        let path = format!("{base}.updates_config[{i}]");
        cx.check_config_ref(
            &format!("{path}.config"),
            "`updates_config.config`",
            &update.config,
        );
        if !seen.insert(update.config.as_str()) {
            cx.err(
                &format!("{path}.config"),
                format!("config key `{}` is updated twice", update.config),
            )
            .hint("one reply field sets one config key");
        }
        match op
            .response
            .iter()
            .find(|f| f.wire.as_deref() == Some(update.field.as_str()))
        {
            None => {
                cx.err(
                    &format!("{path}.field"),
                    format!("`{}` is not a reply field of `{}`", update.field, op.name),
                )
                .hint("name a top-level field of the operation's `response`");
            }
            Some(f) if f.ty != TypeSpec::String => {
                cx.err(
                    &format!("{path}.field"),
                    format!("`{}` is not a string field", update.field),
                )
                .hint("a configuration value is text: give the field `type: string`");
            }
            Some(_) => {}
        }
    }
}

/// Each `at_least_one_of` group names two or more different optional top-level request fields.
fn at_least_one_of(cx: &mut Ctx, base: &str, op: &OperationSpec) {
    for (g, group) in op.at_least_one_of.iter().enumerate() {
        let path = format!("{base}.at_least_one_of[{g}]");
        if group.len() < 2 {
            cx.err(&path, "a group of fewer than two fields")
                .hint("list two or more optional request fields, one of which must be given");
        }
        let mut seen = std::collections::HashSet::new();
        for (i, wire) in group.iter().enumerate() {
            let at = format!("{path}[{i}]");
            if !seen.insert(wire.as_str()) {
                cx.err(&at, format!("`{wire}` is listed twice in the group"));
                continue;
            }
            match op.request.iter().find(|f| f.wire.as_deref() == Some(wire)) {
                None => {
                    cx.err(
                        &at,
                        format!("`{wire}` is not a request field of `{}`", op.name),
                    )
                    .hint("name a top-level field of the operation's `request`");
                }
                Some(f) if f.required => {
                    cx.err(&at, format!("`{wire}` is required anyway"))
                        .hint("a group lists optional fields; a required one is always given");
                }
                Some(_) => {}
            }
        }
    }
}

//! The `sandbox` answers: each status part must have a node to travel in, each content member
//! must be a response field, and each value must fit that field.

use std::collections::HashMap;

use super::layouts::response_layout;
use super::values::{misfit_of, type_label};
use super::Ctx;
use crate::spec::locate::child_key;
use crate::spec::model::{
    AnswerSpec, FieldSpec, NodeSpec, ScalarSpec, StatusLevelSpec, StatusSpec,
};

/// A status node of a response layout.
struct StatusNode<'a> {
    part: StatusSpec,
    level: StatusLevelSpec,
    wire: &'a str,
    layout: &'a str,
    integer: bool,
}

fn status_nodes<'a>(nodes: &'a [NodeSpec], layout: &'a str, out: &mut Vec<StatusNode<'a>>) {
    for n in nodes {
        if let Some(part) = n.status {
            out.push(StatusNode {
                part,
                level: n.level,
                wire: n.wire.as_deref().unwrap_or_default(),
                layout,
                integer: n.integer,
            });
        }
        if let Some(children) = &n.object {
            status_nodes(children, layout, out);
        }
    }
}

fn part_key(p: StatusSpec) -> &'static str {
    match p {
        StatusSpec::Code => "code",
        StatusSpec::Message => "message",
        StatusSpec::SubCode => "sub_code",
    }
}

pub(crate) fn check(cx: &mut Ctx) {
    let spec = cx.spec();
    let sb = &spec.sandbox;

    // Layouts the provider answers in, and the response fields of every operation.
    let mut layouts: Vec<&str> = Vec::new();
    let mut fields: Vec<&FieldSpec> = Vec::new();
    for op in &spec.operations {
        if let Some((name, _)) = response_layout(op) {
            if !layouts.contains(&name) {
                layouts.push(name);
            }
            fields.extend(op.response.iter());
        }
    }
    let mut status = Vec::new();
    for name in &layouts {
        if let Some((key, layout)) = spec.layouts.get_key_value(*name) {
            status_nodes(&layout.nodes, key, &mut status);
        }
    }
    let mut by_wire: HashMap<&str, Vec<&FieldSpec>> = HashMap::new();
    for f in &fields {
        if let Some(w) = f.wire.as_deref() {
            by_wire.entry(w).or_default().push(f);
        }
    }
    let mut wires: Vec<&str> = fields.iter().filter_map(|f| f.wire.as_deref()).collect();
    wires.sort_unstable();
    wires.dedup();

    let answers: [(&str, &AnswerSpec); 10] = [
        ("ok", &sb.ok),
        ("paying", &sb.paying),
        ("failed", &sb.failed),
        ("system_error", &sb.system_error),
        ("bad_signature", &sb.bad_signature),
        ("invalid", &sb.invalid),
        ("duplicate_order", &sb.duplicate_order),
        ("not_found", &sb.not_found),
        ("reversed", &sb.reversed),
        ("call_again", &sb.call_again),
    ];
    let known = Known {
        status: &status,
        by_wire: &by_wire,
        wires: &wires,
    };
    let operations: Vec<&str> = spec.operations.iter().map(|o| o.name.as_str()).collect();
    for (situation, a) in answers {
        let base = format!("sandbox.{situation}");
        check_answer(cx, situation, &base, a, &known);
        for (op, answer) in &a.by_operation {
            let path = child_key(&format!("{base}.by_operation"), op);
            if !operations.contains(&op.as_str()) {
                let hint = cx.known(op, &operations, "operations");
                cx.err_key(
                    &path,
                    format!("sandbox answer `{situation}` is given for operation `{op}`, which the spec does not have"),
                )
                .hint(hint);
            }
            if !answer.by_operation.is_empty() {
                cx.err_key(
                    &format!("{path}.by_operation"),
                    "an answer for one operation cannot itself vary by operation",
                );
            }
            check_answer(cx, situation, &path, answer, &known);
        }
    }
}

/// What the answers are checked against.
struct Known<'a> {
    status: &'a [StatusNode<'a>],
    by_wire: &'a HashMap<&'a str, Vec<&'a FieldSpec>>,
    wires: &'a [&'a str],
}

fn check_answer(cx: &mut Ctx, situation: &str, base: &str, a: &AnswerSpec, known: &Known<'_>) {
    let status = known.status;
    let by_wire = known.by_wire;
    let wires = known.wires;
    {
        let business = a.business.clone().unwrap_or_default();
        let parts = [
            (StatusSpec::Code, StatusLevelSpec::First, a.code.is_some()),
            (
                StatusSpec::Message,
                StatusLevelSpec::First,
                a.message.is_some(),
            ),
            (
                StatusSpec::SubCode,
                StatusLevelSpec::First,
                a.sub_code.is_some(),
            ),
            (
                StatusSpec::Code,
                StatusLevelSpec::Business,
                business.code.is_some(),
            ),
            (
                StatusSpec::Message,
                StatusLevelSpec::Business,
                business.message.is_some(),
            ),
            (
                StatusSpec::SubCode,
                StatusLevelSpec::Business,
                business.sub_code.is_some(),
            ),
        ];
        for (part, level, set) in parts {
            if set && !status.iter().any(|n| n.part == part && n.level == level) {
                let key = part_key(part);
                let (path, node) = match level {
                    StatusLevelSpec::First => (format!("{base}.{key}"), format!("`status: {key}`")),
                    StatusLevelSpec::Business => (
                        format!("{base}.business.{key}"),
                        format!("`status: {key}, level: business`"),
                    ),
                };
                cx.err(
                    &path,
                    format!(
                        "sandbox answer `{situation}` has a `{key}`, but no response layout has a \
                         {node} node"
                    ),
                )
                .hint(
                    "the answer's `code`, `message` and `sub_code` travel in the layout's status \
                     nodes; give content members under `fields`",
                );
            }
        }
        if let Some(code) = &a.code {
            let codes: Vec<&StatusNode> = status
                .iter()
                .filter(|n| n.part == StatusSpec::Code)
                .collect();
            let all_integer = !codes.is_empty() && codes.iter().all(|n| n.integer);
            if all_integer && !matches!(code, ScalarSpec::Int(_)) {
                let node = codes
                    .first()
                    .map(|n| (n.wire, n.layout))
                    .unwrap_or_default();
                cx.err(
                    &format!("{base}.code"),
                    format!(
                        "sandbox answer `{situation}` has the code {}, but the status code `{}` \
                         of layout `{}` is a JSON integer",
                        code.as_json(),
                        node.0,
                        node.1
                    ),
                )
                .hint(format!("write `code: {}` without quotes", code.as_text()));
            }
        }
        for (key, value) in &a.fields {
            let path = child_key(&format!("{base}.fields"), key);
            let same: &[&FieldSpec] = by_wire.get(key.as_str()).map_or(&[], Vec::as_slice);
            if same.is_empty() {
                let hint = match status.iter().find(|n| n.wire == key.as_str()) {
                    Some(n) => format!(
                        "`{key}` is the `status: {}` node of layout `{}`: write `{}: ...` beside \
                         `fields` (under `business:` for a `level: business` node)",
                        part_key(n.part),
                        n.layout,
                        part_key(n.part)
                    ),
                    None => cx.known(key, wires, "response fields"),
                };
                cx.err_key(
                    &path,
                    format!(
                        "sandbox answer `{situation}` sets `{key}`, which is not a response field \
                         of any operation"
                    ),
                )
                .hint(hint);
                continue;
            }
            let misfits: Vec<_> = same
                .iter()
                .filter_map(|f| misfit_of(cx, f, value).map(|m| (f, m)))
                .collect();
            if misfits.len() == same.len() {
                if let Some((f, m)) = misfits.into_iter().next() {
                    let report = cx.err(
                        &path,
                        format!(
                            "sandbox value {} of {} field `{key}` {}",
                            value.as_json(),
                            type_label(f),
                            m.reason
                        ),
                    );
                    if let Some(h) = m.hint {
                        report.hint(h);
                    }
                }
            }
        }
    }
}

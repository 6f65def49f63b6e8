//! Envelope layouts: node shapes, the content node, wire names per object, signature placement,
//! what the signature covers.

use std::collections::{BTreeSet, HashMap};

use super::{is_snake_ident, snake_hint, Ctx};
use crate::spec::locate::child_key;
use crate::spec::model::{
    ContentSpec, CoverageSpec, DirectionSpec, FillSpec, FormatSpec, LayoutSpec, NodeSpec,
    OperationSpec, PlacementSpec, RepliesSpec, StatusLevelSpec, StatusSpec, TypeSpec,
};

/// Which side of an operation a layout carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Request,
    Response,
}

impl Side {
    pub(crate) fn word(self) -> &'static str {
        match self {
            Side::Request => "request",
            Side::Response => "response",
        }
    }
}

/// The layout an operation's request uses, and whether it was defaulted.
pub(crate) fn request_layout(op: &OperationSpec) -> (&str, bool) {
    match (&op.request_layout, op.direction) {
        (Some(l), _) => (l.as_str(), false),
        (None, DirectionSpec::Outbound) => ("request", true),
        (None, DirectionSpec::Inbound) => ("notification", true),
    }
}

/// The layout an outbound operation's response uses (None for inbound), and whether defaulted.
pub(crate) fn response_layout(op: &OperationSpec) -> Option<(&str, bool)> {
    match (op.direction, &op.response_layout) {
        (DirectionSpec::Inbound, _) => None,
        (DirectionSpec::Outbound, Some(l)) => Some((l.as_str(), false)),
        (DirectionSpec::Outbound, None) => Some(("response", true)),
    }
}

/// One operation side that uses a layout.
struct Use<'a> {
    index: usize,
    op: &'a OperationSpec,
    side: Side,
}

impl Use<'_> {
    /// Signed by the merchant (always checked) rather than by the provider.
    fn merchant_signed(&self) -> bool {
        self.side == Side::Request && self.op.direction == DirectionSpec::Outbound
    }

    /// Wire names the content object gets from the operation, with the path of each.
    fn content_members(&self) -> Vec<(String, String, &'static str)> {
        let base = format!("operations[{}]", self.index);
        let fields = match self.side {
            Side::Request => &self.op.request,
            Side::Response => &self.op.response,
        };
        let mut out = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if let Some(w) = &f.wire {
                out.push((
                    w.clone(),
                    format!("{base}.{}[{i}].wire", self.side.word()),
                    "field",
                ));
            }
        }
        if self.side == Side::Request {
            for k in self.op.constants.keys() {
                out.push((
                    k.clone(),
                    child_key(&format!("{base}.constants"), k),
                    "constant",
                ));
            }
        }
        out
    }
}

/// What a walk over a layout's nodes found.
#[derive(Default)]
struct Found {
    /// (path, placement, path of the object level holding it).
    contents: Vec<(String, ContentSpec, String)>,
    /// Wire names of each object level (level path → [(wire, path)]).
    levels: Vec<(String, Vec<(String, String)>)>,
    /// (path, wire, top level).
    signatures: Vec<(String, Option<String>, bool)>,
    /// Paths of `fill: operation_method` nodes.
    operation_method: Vec<String>,
}

pub(crate) fn check(cx: &mut Ctx) {
    let spec = cx.spec();
    for (name, layout) in &spec.layouts {
        let base = child_key("layouts", name);
        if !is_snake_ident(name) {
            cx.err_key(&base, format!("layout name `{name}` is not snake_case"))
                .hint(snake_hint(name));
        }
        let uses: Vec<Use> = spec
            .operations
            .iter()
            .enumerate()
            .flat_map(|(index, op)| {
                let mut v = Vec::new();
                if request_layout(op).0 == name {
                    v.push(Use {
                        index,
                        op,
                        side: Side::Request,
                    });
                }
                if response_layout(op).is_some_and(|(l, _)| l == name) {
                    v.push(Use {
                        index,
                        op,
                        side: Side::Response,
                    });
                }
                v
            })
            .collect();
        let mut found = Found::default();
        walk(
            cx,
            &layout.nodes,
            &format!("{base}.nodes"),
            true,
            &mut found,
        );
        check_layout(cx, name, &base, layout, &uses, &found);
    }
}

fn walk(cx: &mut Ctx, nodes: &[NodeSpec], path: &str, top: bool, found: &mut Found) {
    let mut level: Vec<(String, String)> = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        let np = format!("{path}[{i}]");
        let kinds: Vec<&str> = [
            node.fill.as_ref().map(|_| "fill"),
            node.content.as_ref().map(|_| "content"),
            node.signature.then_some("signature"),
            node.status.as_ref().map(|_| "status"),
            node.object.as_ref().map(|_| "object"),
        ]
        .into_iter()
        .flatten()
        .collect();
        match kinds.as_slice() {
            [] => cx
                .err(&np, "envelope node has none of `fill`, `content`, `signature`, `status`, `object`")
                .hint("each node is exactly one of them"),
            [_] => {}
            [a, b, ..] => cx
                .err(&np, format!("envelope node is both `{a}` and `{b}`"))
                .hint("each node is exactly one of `fill`, `content`, `signature`, `status`, `object`"),
        }
        let inline = node.content == Some(ContentSpec::Inline);
        match &node.wire {
            None if !inline => {
                cx.err(&np, "envelope node has no `wire` name")
                    .hint("only `content: inline` goes without one");
            }
            Some(w) if w.is_empty() => {
                cx.err(&format!("{np}.wire"), "wire name is empty");
            }
            Some(w) if !inline => level.push((w.clone(), format!("{np}.wire"))),
            _ => {}
        }
        if node.level != StatusLevelSpec::First && node.status.is_none() {
            cx.err(
                &format!("{np}.level"),
                "`level` only applies to `status` nodes",
            );
        }
        if node.integer && node.status != Some(StatusSpec::Code) {
            cx.err(
                &format!("{np}.integer"),
                "`integer` only applies to `status: code`",
            );
        }
        match &node.fill {
            Some(FillSpec::Config(key)) => {
                cx.check_config_ref(&format!("{np}.fill.config"), "`fill: {config}`", key)
            }
            Some(FillSpec::Nonce(n)) if !(1..=32).contains(n) => {
                cx.err(
                    &format!("{np}.fill.nonce"),
                    format!("nonce length {n} is out of range"),
                )
                .hint("a nonce has 1 to 32 characters");
            }
            Some(FillSpec::OperationMethod) => found.operation_method.push(np.clone()),
            Some(FillSpec::SigningAlgorithm) => {
                if cx.spec().signing.algorithm_choice.is_none() {
                    cx.err(
                        &format!("{np}.fill"),
                        "`fill: signing_algorithm` without `signing.algorithm_choice`",
                    )
                    .hint("the member names the algorithm configuration chooses: add `signing.algorithm_choice`, or fill a `const`");
                } else if !top {
                    cx.err(
                        &format!("{np}.fill"),
                        "`fill: signing_algorithm` must be a top-level member",
                    )
                    .hint("a receiver reads the algorithm from the top level of the message");
                }
            }
            _ => {}
        }
        if let Some(c) = node.content {
            found.contents.push((np.clone(), c, path.to_string()));
        }
        if node.signature {
            found.signatures.push((np.clone(), node.wire.clone(), top));
        }
        if let Some(children) = &node.object {
            walk(cx, children, &format!("{np}.object"), false, found);
        }
    }
    found.levels.push((path.to_string(), level));
}

fn check_layout(
    cx: &mut Ctx,
    name: &str,
    base: &str,
    layout: &LayoutSpec,
    uses: &[Use],
    found: &Found,
) {
    let spec = cx.spec();

    // Exactly one content node.
    match found.contents.as_slice() {
        [] => cx
            .err_key(base, format!("layout `{name}` has no content node"))
            .hint("add `- content: inline` (or `- {wire: data, content: object}`) where the operation's fields go"),
        [_] => {}
        [(first, ..), rest @ ..] => {
            let line = cx.line(first);
            for (p, ..) in rest {
                cx.err(p, format!("layout `{name}` has more than one content node"))
                    .hint(format!("the content node is at line {line}"));
            }
        }
    }
    let inline_level = match found.contents.as_slice() {
        [(_, ContentSpec::Inline, level)] => Some(level.as_str()),
        _ => None,
    };

    // Wire names once per object, the operations' inline content included.
    for (level_path, members) in &found.levels {
        // Each wire name's first member.
        let mut first_of: HashMap<&str, &str> = HashMap::new();
        for (wire, path) in members {
            let first = *first_of.entry(wire.as_str()).or_insert(path.as_str());
            if first != path.as_str() {
                let line = cx.line(first);
                cx.err(
                    path,
                    format!("wire name `{wire}` appears twice in one object of layout `{name}`"),
                )
                .hint(format!("first at line {line}"));
            }
        }
        if inline_level == Some(level_path.as_str()) {
            for u in uses {
                for (wire, path, what) in u.content_members() {
                    if let Some(node) = first_of.get(wire.as_str()) {
                        let line = cx.line(node);
                        cx.err(
                            &path,
                            format!(
                                "{} {what} `{wire}` of operation `{}` has the same wire name as \
                                 envelope member `{wire}` of layout `{name}`",
                                u.side.word(),
                                u.op.name
                            ),
                        )
                        .hint(format!(
                            "`content: inline` merges the fields into that object, where `{wire}` \
                             is already at line {line}"
                        ));
                    }
                }
            }
        }
    }

    // Top-level members, for the coverage.
    let top_level_path = format!("{base}.nodes");
    let top_nodes: Vec<&NodeSpec> = layout.nodes.iter().collect();
    let mut members: BTreeSet<String> = top_nodes.iter().filter_map(|n| n.wire.clone()).collect();
    if inline_level == Some(top_level_path.as_str()) {
        for u in uses {
            members.extend(u.content_members().into_iter().map(|(w, ..)| w));
        }
    }
    let placement_field = match &spec.signing.placement {
        PlacementSpec::Field(f) => Some(f.as_str()),
        PlacementSpec::Header(_) => None,
    };
    let member_list: Vec<&str> = members.iter().map(String::as_str).collect();
    // Whether a signature over this layout is made or checked: the merchant always signs its
    // requests; the provider's messages are checked unless `replies: unsigned`.
    let replies_signed = spec.signing.replies == RepliesSpec::Signed;
    let signed = uses.iter().any(|u| u.merchant_signed() || replies_signed);
    let covers = format!("{base}.covers");
    match &layout.covers {
        CoverageSpec::AllExcept(names) | CoverageSpec::Fields(names) => {
            let key = if matches!(layout.covers, CoverageSpec::Fields(_)) {
                "fields"
            } else {
                "all_except"
            };
            if names.is_empty() && key == "fields" && signed {
                cx.err(
                    &format!("{covers}.fields"),
                    format!("signing rule of layout `{name}` covers no fields"),
                )
                .hint("`fields: []` is only for layouts no signature is made or checked for");
            }
            for (i, n) in names.iter().enumerate() {
                let p = format!("{covers}.{key}[{i}]");
                if !members.contains(n) {
                    let hint = cx.known(n, &member_list, "top-level members");
                    cx.err(
                        &p,
                        format!("signing rule of layout `{name}` names field `{n}`, which the layout does not have"),
                    )
                    .hint(hint);
                } else if key == "fields" && Some(n.as_str()) == placement_field {
                    cx.err(
                        &p,
                        format!("signing rule of layout `{name}` covers the signature field `{n}`"),
                    )
                    .hint("the signature is never part of what it signs");
                }
            }
        }
        CoverageSpec::RawObject(member) | CoverageSpec::PairsOf(member) => {
            let which = if matches!(layout.covers, CoverageSpec::PairsOf(_)) {
                "pairs_of"
            } else {
                "raw_object"
            };
            let is_object = layout.nodes.iter().any(|n| {
                n.wire.as_deref() == Some(member.as_str())
                    && (n.object.is_some() || n.content == Some(ContentSpec::Object))
            });
            if !is_object {
                let objects: Vec<&str> = layout
                    .nodes
                    .iter()
                    .filter(|n| n.object.is_some() || n.content == Some(ContentSpec::Object))
                    .filter_map(|n| n.wire.as_deref())
                    .collect();
                let hint = cx.known(member, &objects, "top-level objects");
                cx.err(
                    &format!("{covers}.{which}"),
                    format!(
                        "`{which}: {member}` is not a top-level object member of layout `{name}`"
                    ),
                )
                .hint(hint);
            }
        }
        CoverageSpec::RawBody(whole) => {
            if !whole {
                cx.err(&format!("{covers}.raw_body"), "`raw_body` must be `true`")
                    .hint("to sign less than the whole body, use `fields`, `all_except` or `raw_object`");
            }
            if placement_field.is_some() {
                cx.err(&format!("{covers}.raw_body"), format!("layout `{name}` signs the raw body, but the signature goes in a body field"))
                    .hint("a signature over the whole body travels in a header: `signing.placement: {header: {name: ...}}`");
            }
        }
    }

    // Signature nodes and placement.
    match placement_field {
        None => {
            for (p, ..) in &found.signatures {
                cx.err(
                    p,
                    format!(
                        "layout `{name}` has a signature node, but `signing.placement` is a header"
                    ),
                )
                .hint("remove the node: the signature travels in the header");
            }
        }
        Some(field) => {
            for (p, wire, top) in &found.signatures {
                if !top {
                    cx.err(p, "the signature node must be a top-level member")
                        .hint(format!(
                            "`signing.placement: {{field: {field}}}` is a top-level member"
                        ));
                } else if wire.as_deref().is_some_and(|w| w != field) {
                    cx.err(
                        &format!("{p}.wire"),
                        format!(
                            "signature node `{}` does not match `signing.placement: {{field: {field}}}`",
                            wire.as_deref().unwrap_or_default()
                        ),
                    );
                }
            }
            let has = layout
                .nodes
                .iter()
                .any(|n| n.signature && n.wire.as_deref() == Some(field));
            if signed && !has {
                cx.err_key(base, format!("layout `{name}` has no signature node `{field}`"))
                    .hint(format!(
                        "`signing.placement: {{field: {field}}}` needs a top-level `- {{wire: {field}, signature: true}}`"
                    ));
            }
        }
    }

    check_format(cx, name, base, layout, uses);

    // `fill: operation_method` needs every operation using the layout to say its method.
    if let Some(node) = found.operation_method.first() {
        let line = cx.line(node);
        let mut seen = BTreeSet::new();
        for u in uses {
            if u.op.method_constant.is_none() && seen.insert(u.index) {
                cx.err(
                    &format!("operations[{}]", u.index),
                    format!(
                        "operation `{}` has no `method_constant`, which layout `{name}` needs",
                        u.op.name
                    ),
                )
                .hint(format!(
                    "the layout's node at line {line} is `fill: operation_method`"
                ));
            }
        }
    }
}

/// A flat body format (XML, form) carries top-level text members only: no nested objects, no
/// JSON types, and what is signed is the members' texts.
fn check_format(cx: &mut Ctx, name: &str, base: &str, layout: &LayoutSpec, uses: &[Use]) {
    if let Some(t) = &layout.content_type {
        if t.trim().is_empty() || t.chars().any(char::is_control) {
            cx.err(
                &format!("{base}.content_type"),
                format!("`{t}` is not a Content-Type header value"),
            )
            .hint("a media type on one line, like `text/xml; charset=utf-8`");
        }
    }
    let which = match &layout.format {
        FormatSpec::Json => return,
        FormatSpec::Form => "form",
        FormatSpec::Xml(x) => {
            let p = format!("{base}.format.xml");
            let mut chars = x.root.chars();
            let is_name = chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
            if !is_name {
                cx.err(
                    &format!("{p}.root"),
                    format!("`{}` is not an XML element name", x.root),
                )
                .hint("letters, digits, `_`, `-` and `.`, starting with a letter, like `xml`");
            }
            for (key, value) in [("max_bytes", x.max_bytes), ("max_members", x.max_members)] {
                if value == Some(0) {
                    cx.err(&format!("{p}.{key}"), format!("`{key}` must be at least 1"))
                        .hint("leave it out for the default");
                }
            }
            "xml"
        }
    };
    let flat_hint = format!("a `{which}` body is one flat list of text members");
    for (i, node) in layout.nodes.iter().enumerate() {
        let np = format!("{base}.nodes[{i}]");
        if node.object.is_some() {
            cx.err(
                &format!("{np}.object"),
                format!("layout `{name}` is `{which}`, which cannot nest an object"),
            )
            .hint(flat_hint.clone());
        }
        if node.content == Some(ContentSpec::Object) {
            cx.err(
                &format!("{np}.content"),
                format!("layout `{name}` is `{which}`, which cannot nest the content as an object"),
            )
            .hint("use `content: inline`, or `content: json_string` for a JSON text member");
        }
        if node.integer {
            cx.err(
                &format!("{np}.integer"),
                format!("layout `{name}` is `{which}`: every value is text, none is a JSON number"),
            )
            .hint("remove `integer: true`; codes are compared as text");
        }
    }
    match &layout.covers {
        CoverageSpec::PairsOf(_) | CoverageSpec::RawObject(_) => {
            cx.err(
                &format!("{base}.covers"),
                format!("layout `{name}` is `{which}`, which has no nested object to sign"),
            )
            .hint("sign the members' texts with `all_except` or `fields`, or the whole body with `raw_body`");
        }
        _ => {}
    }
    // Inline content fields become members themselves: each must be a text.
    if !layout
        .nodes
        .iter()
        .any(|n| n.content == Some(ContentSpec::Inline))
    {
        return;
    }
    for u in uses {
        let (fields, side) = match u.side {
            Side::Request => (&u.op.request, "request"),
            Side::Response => (&u.op.response, "response"),
        };
        for (i, f) in fields.iter().enumerate() {
            let what = match f.ty {
                TypeSpec::Object => "an object",
                TypeSpec::List => "a list",
                TypeSpec::Boolean => "a JSON boolean",
                _ => continue,
            };
            cx.err(
                &format!("operations[{}].{side}[{i}].type", u.index),
                format!(
                    "{side} field `{}` of operation `{}` is {what}, which layout `{name}` (`{which}`) cannot carry",
                    f.wire.as_deref().unwrap_or_default(),
                    u.op.name
                ),
            )
            .hint(match f.ty {
                TypeSpec::Boolean => "use `type: flag` (`Y`/`N`) or a `string`",
                _ => "a structure travels as JSON text: `type: json_string`",
            });
        }
    }
}

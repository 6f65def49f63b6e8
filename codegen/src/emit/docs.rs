//! The per-provider reference page, rendered with minijinja from the IR.

use minijinja::{context, Environment};
use serde::Serialize;

use crate::ir::{Kind, LowerError, Provider, Struct};
use crate::spec::model::*;

const TEMPLATE: &str = include_str!("../../templates/provider.md.j2");

#[derive(Serialize)]
struct FieldDoc {
    wire: String,
    ty: String,
    required: bool,
    doc: String,
}

#[derive(Serialize)]
struct StructDoc {
    name: String,
    fields: Vec<FieldDoc>,
}

fn one_line(text: &Option<String>) -> String {
    text.as_deref()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn kind_text(k: &Kind, sensitive: bool) -> String {
    let base = match k {
        Kind::String {
            max_len, pattern, ..
        } => {
            let mut s = "string".to_string();
            if let Some(m) = max_len {
                s.push_str(&format!("(≤{m})"));
            }
            if let Some(p) = pattern {
                s.push_str(&format!(" `{}`", p.replace('|', "\\|")));
            }
            s
        }
        Kind::Integer { .. } => "integer".into(),
        Kind::Boolean => "boolean".into(),
        Kind::Money {
            unit,
            currency_field,
            currency_config,
            ..
        } => match unit {
            MoneyUnitSpec::Fen => "money (fen)".into(),
            MoneyUnitSpec::Yuan => "money (yuan, 2 decimals)".into(),
            MoneyUnitSpec::Minor => match (currency_field, currency_config) {
                (Some(field), _) => format!("money (minor units of the currency in `{field}`)"),
                (None, Some(key)) => {
                    format!("money (minor units of the currency in config `{key}`)")
                }
                (None, None) => "money (minor units)".into(),
            },
        },
        Kind::Timestamp(f) => match f {
            TimestampFormatSpec::Unix => "timestamp (unix seconds)".into(),
            TimestampFormatSpec::Rfc3339 => "timestamp (RFC 3339)".into(),
            TimestampFormatSpec::Compact => "timestamp (yyyyMMddHHmmss)".into(),
            TimestampFormatSpec::Datetime => "timestamp (yyyy-MM-dd HH:mm:ss)".into(),
            TimestampFormatSpec::UnixMs => "timestamp (unix milliseconds)".into(),
        },
        Kind::Flag => "Y/N".into(),
        Kind::Enum(n) => format!("`{n}`"),
        Kind::State => "`TradeState`".into(),
        Kind::Object(n) => format!("`{n}`"),
        Kind::List(i) => format!("list of {}", kind_text(i, false)),
        Kind::JsonString(i) => format!("JSON string of {}", kind_text(i, false)),
    };
    if sensitive {
        format!("{base}, secret")
    } else {
        base
    }
}

fn struct_doc(s: &Struct) -> StructDoc {
    StructDoc {
        name: s.name.clone(),
        fields: s
            .fields
            .iter()
            .map(|f| FieldDoc {
                wire: f.wire.clone(),
                ty: kind_text(&f.kind, f.sensitive),
                required: f.required,
                doc: one_line(&f.doc),
            })
            .collect(),
    }
}

fn node_what(n: &NodeSpec) -> String {
    if let Some(f) = &n.fill {
        return match f {
            FillSpec::Const(v) => format!("constant `{v}`"),
            FillSpec::ConstInt(v) => format!("constant {v}"),
            FillSpec::Config(k) => format!("config `{k}`"),
            FillSpec::Nonce(n) => format!("random nonce, {n} characters"),
            FillSpec::Timestamp(f) => format!("current time ({f:?})"),
            FillSpec::MessageId => "fresh message id".into(),
            FillSpec::OperationMethod => "the operation's method".into(),
            FillSpec::SigningAlgorithm => "the signing algorithm's name".into(),
        };
    }
    if let Some(c) = n.content {
        return match c {
            ContentSpec::Inline => "the operation's fields, inline".into(),
            ContentSpec::Object => "the operation's fields, as an object".into(),
            ContentSpec::JsonString => "the operation's fields, as a JSON string".into(),
        };
    }
    if let Some(s) = n.status {
        let level = match n.level {
            StatusLevelSpec::First => "",
            StatusLevelSpec::Business => " (business level)",
        };
        return format!("envelope status: {s:?}{level}").to_lowercase();
    }
    if let Some(children) = &n.object {
        let names: Vec<String> = children
            .iter()
            .map(|c| format!("`{}`: {}", c.wire.as_deref().unwrap_or("…"), node_what(c)))
            .collect();
        return format!("object {{ {} }}", names.join("; "));
    }
    "the signature".into()
}

fn rule_text(r: &RuleSpec) -> String {
    let conditions: Vec<String> = r
        .when
        .iter()
        .map(|(signal, test)| {
            let list = |l: &Vec<ScalarSpec>| {
                l.iter()
                    .map(|s| format!("`{}`", s.as_text()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match test {
                TestSpec::OneOfList(l) | TestSpec::Tagged(TaggedTest::OneOf(l)) => {
                    format!("{signal} ∈ {{{}}}", list(l))
                }
                TestSpec::Tagged(TaggedTest::NoneOf(l)) => format!("{signal} ∉ {{{}}}", list(l)),
                TestSpec::Keyword(TestKeyword::Present) => format!("{signal} present"),
                TestSpec::Keyword(TestKeyword::Absent) => format!("{signal} absent"),
            }
        })
        .collect();
    format!("{} → {}", conditions.join(" and "), result_text(r.then))
}

/// The spec's own name of an algorithm.
fn algorithm_name(a: AlgorithmSpec) -> &'static str {
    match a {
        AlgorithmSpec::Md5 => "md5",
        AlgorithmSpec::Sha256 => "sha256",
        AlgorithmSpec::HmacSha256 => "hmac-sha256",
        AlgorithmSpec::RsaSha256 => "rsa-sha256",
    }
}

fn result_text(r: ResultSpec) -> &'static str {
    match r {
        ResultSpec::Success => "success",
        ResultSpec::Pending => "pending",
        ResultSpec::Failed => "failed",
        ResultSpec::Unknown => "unknown",
        ResultSpec::Attention => "a person must check",
        ResultSpec::FromState => "by trade state",
    }
}

pub fn render(p: &Provider) -> Result<String, LowerError> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.add_template("provider", TEMPLATE)
        .map_err(|e| LowerError(format!("doc template: {e}")))?;
    let s = &p.signing;
    let signing = context! {
        assumption => one_line(&s.assumption),
        algorithm => match &s.algorithm_choice {
            None => format!("`{}`", algorithm_name(s.algorithm)),
            Some(c) => {
                let values: Vec<String> = c
                    .values
                    .iter()
                    .map(|(name, a)| format!("`{name}` {}", algorithm_name(*a)))
                    .collect();
                format!(
                    "`{}` by default; chosen by config `{}` ({}), sent in the request, replies verified with the same",
                    algorithm_name(s.algorithm),
                    c.config,
                    values.join(", ")
                )
            }
        },
        text => match s.hex {
            Some(hex) => format!("hex: `{}`", format!("{hex:?}").to_lowercase()),
            None => "signature in base64".to_owned(),
        },
        placement => match &s.placement {
            PlacementSpec::Field(f) => format!("body member `{f}`"),
            PlacementSpec::Header(h) => format!("HTTP header `{}`", h.name),
        },
        key => match &s.key {
            KeySpec::AppendPair(n) => format!("appended as `{}{n}{}KEY`", s.pairs_joiner, s.pair_separator),
            KeySpec::Suffix => "appended directly".to_string(),
            KeySpec::Hmac => "HMAC key".to_string(),
            KeySpec::PrivateKey => "the private key that signs".to_string(),
        },
        key_config => s.key_config.clone(),
        verify_key_config => s.verify_key_config.clone(),
        pair_separator => s.pair_separator.clone(),
        pairs_joiner => s.pairs_joiner.clone(),
        empty => match s.empty { EmptySpec::Skip => "left out", EmptySpec::Keep => "kept" },
        replies => match (s.replies, &s.signed_codes) {
            (RepliesSpec::Signed, None) => "signed by the provider, verified over the bytes as received".to_owned(),
            (RepliesSpec::Signed, Some(codes)) => format!(
                "signed by the provider when the status code is {}, verified over the bytes as received; any other reply is read unsigned and classified unknown",
                codes.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
            ),
            (RepliesSpec::Unsigned, _) => "NOT signed by the provider (the client relies on TLS)".to_owned(),
        },
    };
    let layouts: Vec<_> = p
        .layouts
        .iter()
        .map(|l| {
            let covers = match &l.covers {
                CoverageSpec::AllExcept(x) => {
                    format!("every top-level member except the signature and {x:?}")
                }
                CoverageSpec::Fields(x) => format!("the members {x:?}"),
                CoverageSpec::PairsOf(x) => format!("the members of `{x}`, as sorted pairs"),
                CoverageSpec::RawObject(x) => format!("the raw bytes of `{x}`"),
                CoverageSpec::RawBody(_) => "the whole raw body".into(),
            };
            let nodes: Vec<_> = l
                .nodes
                .iter()
                .map(|n| context! { wire => n.wire.clone().unwrap_or_else(|| "…".into()), what => node_what(n) })
                .collect();
            let body = match &l.format {
                FormatSpec::Json => String::new(),
                FormatSpec::Xml(x) => format!("Body: flat XML under `<{}>`, every value text. ", x.root),
                FormatSpec::Form => "Body: `application/x-www-form-urlencoded`, every value text. ".to_owned(),
            };
            let doc = format!("{body}{}", one_line(&l.doc));
            context! { name => l.name.clone(), doc => doc, covers => covers, nodes => nodes }
        })
        .collect();
    let states: Vec<_> = p
        .states
        .variants
        .iter()
        .map(|v| {
            context! {
                wire => v.wire.clone(), rust => v.rust.clone(), doc => one_line(&v.doc),
                status => v.status.map(|s| format!("{s:?}")).unwrap_or_default(),
            }
        })
        .collect();
    let enums: Vec<_> = p
        .enums
        .iter()
        .map(|e| {
            let variants: Vec<_> = e
                .variants
                .iter()
                .map(|v| context! { wire => v.wire.clone(), rust => v.rust.clone(), doc => one_line(&v.doc) })
                .collect();
            context! { name => e.name.clone(), variants => variants }
        })
        .collect();
    let operations: Vec<_> = p
        .operations
        .iter()
        .map(|op| {
            let mut structs = vec![struct_doc(&op.request)];
            if let Some(r) = &op.response {
                structs.push(struct_doc(r));
            }
            let constants: Vec<String> = op
                .constants
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            context! {
                name => op.name.clone(),
                role => format!("{:?}", op.role).to_lowercase(),
                direction => format!("{:?}", op.direction).to_lowercase(),
                http_method => op.http_method.clone(),
                path => op.path.clone(),
                method_constant => op.method_constant.clone(),
                doc => one_line(&op.doc),
                assumption => one_line(&op.assumption),
                constants => constants,
                ack => op.ack.clone(),
                delivery => op.delivery.as_ref().map(|d| {
                    let waits: Vec<String> = d.redelivery_ms.iter().map(|&w| duration_text(w)).collect();
                    format!(
                        "answered within {}; redelivered after {} ({} deliveries in all)",
                        duration_text(d.answer_within_ms),
                        if waits.is_empty() { "never".to_string() } else { waits.join(", ") },
                        waits.len() + 1
                    )
                }),
                client_certificate => op.client_certificate.as_ref().map(|(certificate, key)| {
                    format!("certificate from config `{certificate}`, its key from `{key}`")
                }),
                updates_config => op
                    .updates_config
                    .iter()
                    .map(|(field, config)| format!("{field} → {config}"))
                    .collect::<Vec<_>>(),
                structs => structs,
                rules => op.outcome.rules.iter().map(rule_text).collect::<Vec<_>>(),
                otherwise => result_text(op.outcome.otherwise),
                outcome_assumption => one_line(&op.outcome.assumption),
            }
        })
        .collect();
    let nested: Vec<StructDoc> = p.structs.values().map(struct_doc).collect();
    let poll = &p.poll;
    let ctx = context! {
        source => p.source_file.clone(),
        title => p.title.clone(),
        module => p.module.clone(),
        doc => one_line(&p.doc),
        config => p.config.iter().map(|c| context! { key => c.key.clone(), sensitive => c.sensitive, doc => if c.optional { format!("(optional) {}", one_line(&c.doc)) } else { one_line(&c.doc) } }).collect::<Vec<_>>(),
        signing => signing,
        layouts => layouts,
        states => states,
        enums => enums,
        poll => context! {
            first_query_after_ms => poll.first_query_after_ms,
            query_interval_ms => poll.query_interval_ms,
            max_queries => poll.max_queries,
            deadline_ms => poll.deadline_ms,
            earliest_reverse_ms => poll.earliest_reverse_ms,
            reverse_attempts => poll.reverse_attempts,
            reverse_interval_ms => poll.reverse_interval_ms,
        },
        operations => operations,
        nested => nested,
    };
    env.get_template("provider")
        .and_then(|t| t.render(ctx))
        .map_err(|e| LowerError(format!("doc template: {e}")))
}

/// `500ms`, `5s`, `3m`, `1h`: the largest unit that divides the value.
fn duration_text(ms: u64) -> String {
    match ms {
        0 => "0s".into(),
        ms if ms % 3_600_000 == 0 => format!("{}h", ms / 3_600_000),
        ms if ms % 60_000 == 0 => format!("{}m", ms / 60_000),
        ms if ms % 1_000 == 0 => format!("{}s", ms / 1_000),
        ms => format!("{ms}ms"),
    }
}

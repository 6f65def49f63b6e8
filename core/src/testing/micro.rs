//! A flat provider with pay, query and reverse described by unified fields, as a
//! `ProviderModule`: what the spec-driven gateway needs and nothing more.

use crate::descriptor::*;
use crate::{Classification, TradeStatus, Violation, Violations};

pub static REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "merchant_id",
            kind: NodeKind::Fill(Fill::Config("merchant_id")),
        },
        EnvelopeNode {
            wire: "nonce_str",
            kind: NodeKind::Fill(Fill::Nonce(16)),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&["sign"]),
    format: crate::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "code",
            kind: NodeKind::Status(StatusPart::Code { integer: true }),
        },
        EnvelopeNode {
            wire: "msg",
            kind: NodeKind::Status(StatusPart::Message),
        },
        EnvelopeNode {
            wire: "sub_code",
            kind: NodeKind::Status(StatusPart::SubCode),
        },
        EnvelopeNode {
            wire: "data",
            kind: NodeKind::Content(ContentPlacement::Object),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: crate::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "micro",
    signing: super::MD5_SORTED_PAIRS,
    states: &[
        StateEntry {
            wire: "SUCCESS",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "USERPAYING",
            status: TradeStatus::Paying,
        },
        StateEntry {
            wire: "CLOSED",
            status: TradeStatus::Closed,
        },
        StateEntry {
            wire: "REVOKED",
            status: TradeStatus::Reversed,
        },
        StateEntry {
            wire: "PAYERROR",
            status: TradeStatus::Failed,
        },
    ],
    poll: super::POLL,
    utc_offset_minutes: 480,
    rotating_config: &[],
};

const SIGNALS: &[Signal] = &[
    Signal {
        name: "code",
        path: &["code"],
    },
    Signal {
        name: "sub_code",
        path: &["sub_code"],
    },
    Signal {
        name: "trade_state",
        path: &["data", "trade_state"],
    },
    Signal {
        name: "recall",
        path: &["data", "recall"],
    },
];

const fn when(signal: &'static str, test: Test) -> Condition {
    Condition { signal, test }
}

/// Pay and query: code 0 → by state; SYSTEMERROR → unknown; USERPAYING → pending; any other
/// code → failed; no code → unknown.
const TRADE_RULES: OutcomeRules = OutcomeRules {
    signals: SIGNALS,
    rules: &[
        Rule {
            when: &[when("code", Test::OneOf(&["0"]))],
            then: RuleResult::FromState,
        },
        Rule {
            when: &[when("sub_code", Test::OneOf(&["SYSTEMERROR"]))],
            then: RuleResult::Is(Classification::Unknown),
        },
        Rule {
            when: &[when("sub_code", Test::OneOf(&["USERPAYING"]))],
            then: RuleResult::Is(Classification::Pending),
        },
        Rule {
            when: &[when("code", Test::Present)],
            then: RuleResult::Is(Classification::Failed),
        },
    ],
    otherwise: Classification::Unknown,
};

const TRADE_FIELDS: &[&str] = &["out_trade_no", "transaction_id", "total_fee", "trade_state"];

/// What a query answer must carry (the pay answer's USERPAYING carries no data, so the pay
/// operation requires nothing and relies on the gateway's own order-id check).
const TRADE_REQUIRED: &[&str] = &["out_trade_no", "trade_state", "transaction_id"];

const TRADE_UNIFIED: &[UnifiedField] = &[
    UnifiedField {
        role: UnifiedRole::OrderId,
        wire: "out_trade_no",
        format: ValueFormat::Text,
    },
    UnifiedField {
        role: UnifiedRole::ProviderTradeId,
        wire: "transaction_id",
        format: ValueFormat::Text,
    },
    UnifiedField {
        role: UnifiedRole::Amount,
        wire: "total_fee",
        format: ValueFormat::Fen,
    },
    UnifiedField {
        role: UnifiedRole::TradeState,
        wire: "trade_state",
        format: ValueFormat::Code { integer: false },
    },
];

const ORDER_ID: &[UnifiedField] = &[UnifiedField {
    role: UnifiedRole::OrderId,
    wire: "out_trade_no",
    format: ValueFormat::Text,
}];

pub static MICROPAY: OperationDescriptor = OperationDescriptor {
    name: "micropay",
    role: OperationRole::Pay,
    direction: Direction::Outbound,
    path: "/pay/micro",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &[
        "out_trade_no",
        "total_fee",
        "auth_code",
        "body",
        "attach",
        "device_info",
        "scene",
    ],
    response_fields: TRADE_FIELDS,
    request_required: &[],
    response_required: &[],
    outcome: TRADE_RULES,
    request_unified: &[
        UnifiedField {
            role: UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ValueFormat::Text,
        },
        UnifiedField {
            role: UnifiedRole::Amount,
            wire: "total_fee",
            format: ValueFormat::Fen,
        },
        UnifiedField {
            role: UnifiedRole::AuthCode,
            wire: "auth_code",
            format: ValueFormat::Text,
        },
        UnifiedField {
            role: UnifiedRole::Subject,
            wire: "body",
            format: ValueFormat::Text,
        },
        UnifiedField {
            role: UnifiedRole::Description,
            wire: "attach",
            format: ValueFormat::Text,
        },
        UnifiedField {
            role: UnifiedRole::DeviceId,
            wire: "device_info",
            format: ValueFormat::Text,
        },
    ],
    response_unified: TRADE_UNIFIED,
    request_defaults: &[
        FieldDefault {
            wire: "scene",
            json: "\"bar_code\"",
        },
        FieldDefault {
            wire: "device_info",
            json: "\"POS\"",
        },
    ],
    updates_config: &[],
    response_defaults: &[],
};

pub static QUERY: OperationDescriptor = OperationDescriptor {
    name: "query",
    role: OperationRole::Query,
    direction: Direction::Outbound,
    path: "/pay/query",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["out_trade_no"],
    response_fields: TRADE_FIELDS,
    request_required: &["out_trade_no"],
    response_required: TRADE_REQUIRED,
    outcome: TRADE_RULES,
    request_unified: ORDER_ID,
    response_unified: TRADE_UNIFIED,
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
};

pub static REVERSE: OperationDescriptor = OperationDescriptor {
    name: "reverse",
    role: OperationRole::Reverse,
    direction: Direction::Outbound,
    path: "/pay/reverse",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["out_trade_no"],
    response_fields: &["out_trade_no", "recall"],
    request_required: &[],
    response_required: &[],
    outcome: OutcomeRules {
        signals: SIGNALS,
        rules: &[
            Rule {
                when: &[
                    when("code", Test::OneOf(&["0"])),
                    when("recall", Test::OneOf(&["Y"])),
                ],
                then: RuleResult::Is(Classification::Pending),
            },
            Rule {
                when: &[when("code", Test::OneOf(&["0"]))],
                then: RuleResult::Is(Classification::Success),
            },
            Rule {
                when: &[when("code", Test::Present)],
                then: RuleResult::Is(Classification::Failed),
            },
        ],
        otherwise: Classification::Unknown,
    },
    request_unified: ORDER_ID,
    response_unified: &[
        UnifiedField {
            role: UnifiedRole::OrderId,
            wire: "out_trade_no",
            format: ValueFormat::Text,
        },
        UnifiedField {
            role: UnifiedRole::Recall,
            wire: "recall",
            format: ValueFormat::Flag,
        },
    ],
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
};

/// The typed API's checks, as generated code would make them: an 18-digit code, a subject.
fn check_request(op: &str, content: &crate::json::Json) -> Result<(), Violations> {
    let mut out = Vec::new();
    if op == "micropay" {
        let code = content.get("auth_code").and_then(|v| v.as_str());
        if !code.is_some_and(|c| c.len() == 18 && c.bytes().all(|b| b.is_ascii_digit())) {
            out.push(Violation {
                field: "auth_code".into(),
                message: "must be 18 digits".into(),
            });
        }
        if content
            .get("body")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .is_empty()
        {
            out.push(Violation {
                field: "body".into(),
                message: "must not be empty".into(),
            });
        }
    }
    if out.is_empty() {
        Ok(())
    } else {
        Err(Violations(out))
    }
}

/// The checks, then the signed request, as a generated module's hook makes it (here through the
/// interpreter: this provider has no typed requests).
fn encode_request(
    op: &str,
    content: &crate::json::Json,
    creds: &dyn crate::credentials::Credentials,
    ctx: &crate::codec::EncodeContext,
) -> Result<crate::codec::Message, crate::Error> {
    check_request(op, content).map_err(crate::Error::Invalid)?;
    let operation = MODULE
        .operations
        .iter()
        .find(|o| o.name == op)
        .ok_or_else(|| crate::Error::Encode(format!("no operation `{op}`")))?;
    crate::codec::encode_request(&PROVIDER, operation, content, creds, ctx)
}

const NO_ANSWER: Answer = Answer {
    code: None,
    message: None,
    sub_code: None,
    business: None,
    by_operation: &[],
    fields: &[],
};

pub static SANDBOX: SandboxAnswers = SandboxAnswers {
    ok: NO_ANSWER,
    paying: NO_ANSWER,
    failed: NO_ANSWER,
    system_error: NO_ANSWER,
    bad_signature: NO_ANSWER,
    invalid: NO_ANSWER,
    duplicate_order: NO_ANSWER,
    not_found: NO_ANSWER,
    reversed: NO_ANSWER,
    call_again: NO_ANSWER,
};

pub static MODULE: ProviderModule = ProviderModule {
    provider: &PROVIDER,
    title: "micro test provider",
    operations: &[&MICROPAY, &QUERY, &REVERSE],
    config: &[
        ConfigKey {
            key: "merchant_id",
            sensitive: false,
            optional: false,
            doc: "merchant id",
        },
        ConfigKey {
            key: "key",
            sensitive: true,
            optional: false,
            doc: "signing key",
        },
    ],
    check_request,
    encode_request,
    sandbox: Some(&SANDBOX),
};

/// The same provider without a reverse operation.
pub static NO_REVERSE: ProviderModule = ProviderModule {
    operations: &[&MICROPAY, &QUERY],
    ..MODULE
};

pub fn creds() -> std::collections::BTreeMap<String, String> {
    super::creds(&[("merchant_id", "M100"), ("key", "K")])
}

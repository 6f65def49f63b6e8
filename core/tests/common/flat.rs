//! A flat sorted-parameters MD5 provider: content inline in the request, `{code, msg, data, sign}`
//! replies signed over every top-level member.

use payspec_core::descriptor::*;
use payspec_core::{wire, Classification, Money, Redacted, TradeStatus};
use serde::{Deserialize, Serialize};

/// The same request layout as the core's own test provider: merchant id, nonce, the content
/// inline, the signature over every other top-level member.
pub use payspec_core::testing::micro::REQUEST;

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
            wire: "data",
            kind: NodeKind::Content(ContentPlacement::Object),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "flat",
    signing: payspec_core::testing::MD5_SORTED_PAIRS,
    states: &[
        StateEntry {
            wire: "0",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "6",
            status: TradeStatus::Paying,
        },
        StateEntry {
            wire: "7",
            status: TradeStatus::Failed,
        },
    ],
    poll: super::POLL,
    utc_offset_minutes: 480,
    rotating_config: &[],
};

pub static MICROPAY: OperationDescriptor = OperationDescriptor {
    name: "micropay",
    role: OperationRole::Pay,
    direction: Direction::Outbound,
    path: "/pay",
    http_method: "POST",
    method_constant: None,
    constants: &[("pay_type", "micro")],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["out_trade_no", "total_fee", "auth_code", "pay_type"],
    response_fields: &["out_trade_no", "trade_state", "total_fee", "paid"],
    request_required: &[],
    response_required: &[],
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
    outcome: OutcomeRules {
        signals: &[
            Signal {
                name: "code",
                path: &["code"],
            },
            Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
            },
        ],
        rules: &[
            Rule {
                when: &[Condition {
                    signal: "code",
                    test: Test::OneOf(&["0"]),
                }],
                then: RuleResult::FromState,
            },
            Rule {
                when: &[Condition {
                    signal: "code",
                    test: Test::Present,
                }],
                then: RuleResult::Is(Classification::Failed),
            },
        ],
        otherwise: Classification::Unknown,
    },
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayRequest {
    pub out_trade_no: String,
    #[serde(with = "wire::fen")]
    pub total_fee: Money,
    pub auth_code: Redacted<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayResponse {
    pub out_trade_no: String,
    pub trade_state: String,
    #[serde(with = "wire::fen")]
    pub total_fee: Money,
    #[serde(
        with = "wire::yuan_number_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub paid: Option<Money>,
}

pub fn request() -> PayRequest {
    PayRequest {
        out_trade_no: "T1".into(),
        total_fee: Money::fen(1),
        auth_code: "134567890123456789".into(),
    }
}

pub fn response() -> PayResponse {
    PayResponse {
        out_trade_no: "T1".into(),
        trade_state: "0".into(),
        total_fee: Money::fen(1),
        paid: Some(Money::fen(1)),
    }
}

pub fn creds() -> std::collections::BTreeMap<String, String> {
    super::creds(&[("merchant_id", "M100"), ("key", "K")])
}

//! A provider that signs the whole raw body with HMAC-SHA256 and carries the signature in an
//! `Authorization: <key id> <signature>` header; flat content, unix and compact timestamps.

use payspec_core::descriptor::*;
use payspec_core::{wire, Classification, LocalTimestamp, Money, TradeStatus};
use serde::{Deserialize, Serialize};

pub static REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "mch_id",
            kind: NodeKind::Fill(Fill::Config("mch_id")),
        },
        EnvelopeNode {
            wire: "timestamp",
            kind: NodeKind::Fill(Fill::Timestamp(TimestampFormat::UnixSeconds)),
        },
        EnvelopeNode {
            wire: "local_time",
            kind: NodeKind::Fill(Fill::Timestamp(TimestampFormat::Compact)),
        },
        EnvelopeNode {
            wire: "version",
            kind: NodeKind::Fill(Fill::ConstInt(2)),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
    ],
    coverage: Coverage::RawBody,
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "code",
            kind: NodeKind::Status(StatusPart::Code { integer: false }),
        },
        EnvelopeNode {
            wire: "message",
            kind: NodeKind::Status(StatusPart::Message),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
    ],
    coverage: Coverage::RawBody,
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "header",
    signing: SigningRecipe {
        algorithm: Algorithm::HmacSha256,
        hex_case: HexCase::Lower,
        placement: Placement::Header {
            name: "Authorization",
            prefix_config: Some("key_id"),
        },
        empty: EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: KeyRule::HmacKey,
        key_config: "secret",
        verify_key_config: None,
        replies: ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: None,
    },
    states: &[
        StateEntry {
            wire: "PAID",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "WAITING",
            status: TradeStatus::Paying,
        },
    ],
    poll: super::POLL,
    utc_offset_minutes: 480,
    rotating_config: &[],
};

pub static PAY: OperationDescriptor = OperationDescriptor {
    name: "pay",
    role: OperationRole::Pay,
    direction: Direction::Outbound,
    path: "/v1/pay",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["order_id", "amount", "expires"],
    response_fields: &["order_id", "state", "amount"],
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
                path: &["state"],
            },
        ],
        rules: &[
            Rule {
                when: &[Condition {
                    signal: "code",
                    test: Test::OneOf(&["OK"]),
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
    pub order_id: String,
    #[serde(with = "wire::yuan_string")]
    pub amount: Money,
    #[serde(with = "wire::compact")]
    pub expires: LocalTimestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PayResponse {
    pub order_id: String,
    pub state: String,
    #[serde(with = "wire::yuan_string")]
    pub amount: Money,
}

pub fn request() -> PayRequest {
    PayRequest {
        order_id: "O-1".into(),
        amount: Money::fen(8000),
        expires: LocalTimestamp::new(2018, 7, 25, 18, 11, 5).unwrap(),
    }
}

pub fn creds() -> std::collections::BTreeMap<String, String> {
    super::creds(&[("mch_id", "MCH"), ("key_id", "kid-1"), ("secret", "S3CR3T")])
}

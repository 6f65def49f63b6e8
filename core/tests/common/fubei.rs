//! A Fubei-like provider: the content as a JSON string in `biz_content`, MD5 over named envelope
//! fields with the secret appended directly, and replies that are not signed at all.

use payspec_core::descriptor::*;
use payspec_core::{wire, Classification, Money, TradeStatus};
use serde::{Deserialize, Serialize};

pub static REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "app_id",
            kind: NodeKind::Fill(Fill::Config("app_id")),
        },
        EnvelopeNode {
            wire: "method",
            kind: NodeKind::Fill(Fill::OperationMethod),
        },
        EnvelopeNode {
            wire: "format",
            kind: NodeKind::Fill(Fill::Const("json")),
        },
        EnvelopeNode {
            wire: "sign_method",
            kind: NodeKind::Fill(Fill::Const("md5")),
        },
        EnvelopeNode {
            wire: "nonce",
            kind: NodeKind::Fill(Fill::Nonce(8)),
        },
        EnvelopeNode {
            wire: "version",
            kind: NodeKind::Fill(Fill::Const("1.0")),
        },
        EnvelopeNode {
            wire: "biz_content",
            kind: NodeKind::Content(ContentPlacement::JsonString),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::Fields(&[
        "app_id",
        "method",
        "format",
        "sign_method",
        "nonce",
        "version",
        "biz_content",
    ]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "result_code",
            kind: NodeKind::Status(StatusPart::Code { integer: true }),
        },
        EnvelopeNode {
            wire: "result_message",
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
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static NOTIFICATION: Layout = Layout {
    name: "notification",
    nodes: &[
        EnvelopeNode {
            wire: "data",
            kind: NodeKind::Content(ContentPlacement::JsonString),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&["sign"]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "fubei",
    // The test providers' sorted pairs, but the secret appended bare and replies unsigned.
    signing: SigningRecipe {
        key: KeyRule::Suffix,
        key_config: "app_secret",
        replies: ReplySigning::Unsigned,
        ..payspec_core::testing::MD5_SORTED_PAIRS
    },
    states: &[
        StateEntry {
            wire: "SUCCESS",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "USERPAYING",
            status: TradeStatus::Paying,
        },
    ],
    poll: super::POLL,
    utc_offset_minutes: 480,
    rotating_config: &[],
};

pub static SWIPE: OperationDescriptor = OperationDescriptor {
    name: "swipe",
    role: OperationRole::Pay,
    direction: Direction::Outbound,
    path: "/gateway",
    http_method: "POST",
    method_constant: Some("openapi.payment.order.swipe"),
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["merchant_order_sn", "auth_code", "total_amount"],
    response_fields: &["merchant_order_sn", "order_status", "total_amount"],
    request_required: &["auth_code", "merchant_order_sn", "total_amount"],
    response_required: &["merchant_order_sn", "order_status", "total_amount"],
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
    outcome: OutcomeRules {
        signals: &[
            Signal {
                name: "code",
                path: &["result_code"],
            },
            Signal {
                name: "trade_state",
                path: &["data", "order_status"],
            },
        ],
        rules: &[
            Rule {
                when: &[Condition {
                    signal: "code",
                    test: Test::NoneOf(&["200"]),
                }],
                then: RuleResult::Is(Classification::Failed),
            },
            Rule {
                when: &[Condition {
                    signal: "trade_state",
                    test: Test::Present,
                }],
                then: RuleResult::FromState,
            },
        ],
        otherwise: Classification::Unknown,
    },
};

pub static NOTIFY: OperationDescriptor = OperationDescriptor {
    name: "notify",
    role: OperationRole::Notify,
    direction: Direction::Inbound,
    path: "/notify",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &NOTIFICATION,
    response: None,
    ack: Some("success"),
    client_certificate: None,
    delivery: Some(Delivery {
        answer_within: core::time::Duration::from_secs(5),
        redelivery: &[core::time::Duration::from_secs(15)],
    }),
    request_fields: &["merchant_order_sn", "order_status", "total_amount"],
    response_fields: &[],
    request_required: &["merchant_order_sn", "order_status", "total_amount"],
    response_required: &[],
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
    outcome: OutcomeRules {
        signals: &[],
        rules: &[],
        otherwise: Classification::Unknown,
    },
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SwipeRequest {
    pub merchant_order_sn: String,
    pub auth_code: String,
    #[serde(with = "wire::yuan_number")]
    pub total_amount: Money,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SwipeResponse {
    pub merchant_order_sn: String,
    pub order_status: String,
    #[serde(with = "wire::yuan_number")]
    pub total_amount: Money,
}

pub fn request() -> SwipeRequest {
    SwipeRequest {
        merchant_order_sn: "M1".into(),
        auth_code: "134567890123456789".into(),
        total_amount: Money::fen(1),
    }
}

pub fn creds() -> std::collections::BTreeMap<String, String> {
    super::creds(&[("app_id", "20180101"), ("app_secret", "SECRET")])
}

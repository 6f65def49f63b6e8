//! A ScanForPay-like provider: `{request: {header, body}, signature}`, SHA-256 over the raw bytes
//! of the `request` (or `response`) object followed by the key, amounts in minor units of a
//! currency field.

use payspec_core::descriptor::*;
use payspec_core::wire::{self, UnknownValue, WireEnum};
use payspec_core::{Classification, MinorAmount, TradeStatus};
use serde::{Deserialize, Serialize};

pub static REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "request",
            kind: NodeKind::Object(&[
                EnvelopeNode {
                    wire: "header",
                    kind: NodeKind::Object(&[
                        EnvelopeNode {
                            wire: "requestTime",
                            kind: NodeKind::Fill(Fill::Timestamp(TimestampFormat::Rfc3339)),
                        },
                        EnvelopeNode {
                            wire: "partnerNo",
                            kind: NodeKind::Fill(Fill::Config("partner_no")),
                        },
                        EnvelopeNode {
                            wire: "signType",
                            kind: NodeKind::Fill(Fill::Const("SHA256")),
                        },
                        EnvelopeNode {
                            wire: "reqMsgId",
                            kind: NodeKind::Fill(Fill::MessageId),
                        },
                    ]),
                },
                EnvelopeNode {
                    wire: "body",
                    kind: NodeKind::Content(ContentPlacement::Object),
                },
            ]),
        },
        EnvelopeNode {
            wire: "signature",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::RawObject("request"),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "response",
            kind: NodeKind::Object(&[
                EnvelopeNode {
                    wire: "header",
                    kind: NodeKind::Object(&[
                        EnvelopeNode {
                            wire: "respTime",
                            kind: NodeKind::Fill(Fill::Timestamp(TimestampFormat::Rfc3339)),
                        },
                        EnvelopeNode {
                            wire: "reqMsgId",
                            kind: NodeKind::Fill(Fill::MessageId),
                        },
                    ]),
                },
                EnvelopeNode {
                    wire: "body",
                    kind: NodeKind::Content(ContentPlacement::Object),
                },
            ]),
        },
        EnvelopeNode {
            wire: "signature",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::RawObject("response"),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

pub static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "nested",
    signing: SigningRecipe {
        algorithm: Algorithm::Sha256,
        hex_case: HexCase::Lower,
        placement: Placement::Field("signature"),
        empty: EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: KeyRule::Suffix,
        key_config: "key",
        verify_key_config: None,
        replies: ReplySigning::Signed,
        signed_codes: &[],
        algorithm_choice: None,
    },
    states: &[
        StateEntry {
            wire: "0",
            status: TradeStatus::Paying,
        },
        StateEntry {
            wire: "1",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "2",
            status: TradeStatus::Failed,
        },
    ],
    poll: super::POLL,
    utc_offset_minutes: 540,
    rotating_config: &[],
};

pub static PAY: OperationDescriptor = OperationDescriptor {
    name: "pay",
    role: OperationRole::Pay,
    direction: Direction::Outbound,
    path: "/api/offline/pay",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["partnerOrderNo", "barcode", "orderAmount", "currency"],
    response_fields: &["code", "orderAmount", "currency", "status"],
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
                path: &["response", "body", "code"],
            },
            Signal {
                name: "trade_state",
                path: &["response", "body", "status"],
            },
        ],
        rules: &[Rule {
            when: &[Condition {
                signal: "code",
                test: Test::OneOf(&["1"]),
            }],
            then: RuleResult::FromState,
        }],
        otherwise: Classification::Unknown,
    },
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayRequest {
    pub partner_order_no: String,
    pub barcode: String,
    #[serde(with = "wire::minor")]
    pub order_amount: MinorAmount,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayResponse {
    #[serde(with = "wire::int")]
    pub code: i64,
    #[serde(with = "wire::minor")]
    pub order_amount: MinorAmount,
    pub currency: String,
    pub status: OrderStatus,
}

/// An integer open enum, as generated code would emit it.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderStatus {
    Pending,
    Paid,
    Unknown(UnknownValue<OrderStatus>),
}

impl WireEnum for OrderStatus {
    const INTEGER: bool = true;
    fn as_wire(&self) -> &str {
        match self {
            OrderStatus::Pending => "0",
            OrderStatus::Paid => "1",
            OrderStatus::Unknown(value) => value.as_str(),
        }
    }
    fn listed(raw: &str) -> Option<Self> {
        match raw {
            "0" => Some(OrderStatus::Pending),
            "1" => Some(OrderStatus::Paid),
            _ => None,
        }
    }
    fn unknown(value: UnknownValue<Self>) -> Self {
        OrderStatus::Unknown(value)
    }
}

impl Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        wire::serialize_enum(self, serializer)
    }
}

impl<'de> Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        wire::deserialize_enum(deserializer)
    }
}

pub fn request() -> PayRequest {
    PayRequest {
        partner_order_no: "P-1".into(),
        barcode: "284447106610060508".into(),
        order_amount: MinorAmount(2100),
        currency: "JPY".into(),
    }
}

pub fn response() -> PayResponse {
    PayResponse {
        code: 1,
        order_amount: MinorAmount(2100),
        currency: "JPY".into(),
        status: OrderStatus::Paid,
    }
}

pub fn creds() -> std::collections::BTreeMap<String, String> {
    super::creds(&[("partner_no", "PN1"), ("key", "KEY")])
}

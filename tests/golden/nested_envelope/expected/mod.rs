// @generated from tests/golden/nested_envelope/spec.yaml by `codegen generate`; do not edit.

//! Nested envelope fixture
//!
//! Generated from `tests/golden/nested_envelope/spec.yaml`.
pub mod types;
pub mod pay;
pub mod query;
pub mod reverse;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "nested_envelope",
    signing: ::payspec_runtime::descriptor::SigningRecipe {
        algorithm: ::payspec_runtime::descriptor::Algorithm::Sha256,
        hex_case: ::payspec_runtime::descriptor::HexCase::Lower,
        placement: ::payspec_runtime::descriptor::Placement::Field("signature"),
        empty: ::payspec_runtime::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_runtime::descriptor::KeyRule::Suffix,
        key_config: "key",
        replies: ::payspec_runtime::descriptor::ReplySigning::Signed,
    },
    states: &[
        ::payspec_runtime::descriptor::StateEntry {
            wire: "0",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "1",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "2",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "3",
            status: ::payspec_runtime::TradeStatus::Refunded,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(2000),
        query_interval: ::core::time::Duration::from_millis(3000),
        max_queries: 10,
        deadline: ::core::time::Duration::from_millis(30000),
        reverse: ::payspec_runtime::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(30000),
            max_attempts: 2,
            retry_interval: ::core::time::Duration::from_millis(1000),
        },
    },
    utc_offset_minutes: 540,
};
pub static LAYOUT_REQUEST: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "request",
            kind: ::payspec_runtime::descriptor::NodeKind::Object(
                &[
                    ::payspec_runtime::descriptor::EnvelopeNode {
                        wire: "header",
                        kind: ::payspec_runtime::descriptor::NodeKind::Object(
                            &[
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "requestTime",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::Timestamp(
                                            ::payspec_runtime::descriptor::TimestampFormat::Rfc3339,
                                        ),
                                    ),
                                },
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "partnerNo",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::Config("partner_no"),
                                    ),
                                },
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "signType",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::Const("SHA256"),
                                    ),
                                },
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "reqMsgId",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::MessageId,
                                    ),
                                },
                            ],
                        ),
                    },
                    ::payspec_runtime::descriptor::EnvelopeNode {
                        wire: "body",
                        kind: ::payspec_runtime::descriptor::NodeKind::Content(
                            ::payspec_runtime::descriptor::ContentPlacement::Object,
                        ),
                    },
                ],
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "signature",
            kind: ::payspec_runtime::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::RawObject("request"),
};
pub static LAYOUT_RESPONSE: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "response",
            kind: ::payspec_runtime::descriptor::NodeKind::Object(
                &[
                    ::payspec_runtime::descriptor::EnvelopeNode {
                        wire: "header",
                        kind: ::payspec_runtime::descriptor::NodeKind::Object(
                            &[
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "respTime",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::Timestamp(
                                            ::payspec_runtime::descriptor::TimestampFormat::Rfc3339,
                                        ),
                                    ),
                                },
                                ::payspec_runtime::descriptor::EnvelopeNode {
                                    wire: "reqMsgId",
                                    kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                                        ::payspec_runtime::descriptor::Fill::MessageId,
                                    ),
                                },
                            ],
                        ),
                    },
                    ::payspec_runtime::descriptor::EnvelopeNode {
                        wire: "body",
                        kind: ::payspec_runtime::descriptor::NodeKind::Content(
                            ::payspec_runtime::descriptor::ContentPlacement::Object,
                        ),
                    },
                ],
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "signature",
            kind: ::payspec_runtime::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::RawObject("response"),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// Partner number.
    pub partner_no: ::std::string::String,
    /// Signing key.
    pub key: ::payspec_runtime::Redacted<::std::string::String>,
}
impl ::payspec_runtime::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "partner_no" => ::std::option::Option::Some(self.partner_no.as_str()),
            "key" => ::std::option::Option::Some(self.key.expose().as_str()),
            _ => ::std::option::Option::None,
        }
    }
}

// @generated from tests/golden/flat_md5/spec.yaml by `codegen generate`; do not edit.

//! Flat MD5 fixture
//!
//! A small provider exercising flat envelopes.
//!
//! Generated from `tests/golden/flat_md5/spec.yaml`.
pub mod types;
pub mod micropay;
pub mod query;
pub mod reverse;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "flat_md5",
    signing: ::payspec_runtime::descriptor::SigningRecipe {
        algorithm: ::payspec_runtime::descriptor::Algorithm::Md5,
        hex_case: ::payspec_runtime::descriptor::HexCase::Upper,
        placement: ::payspec_runtime::descriptor::Placement::Field("sign"),
        empty: ::payspec_runtime::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_runtime::descriptor::KeyRule::AppendPair("key"),
        key_config: "key",
        replies: ::payspec_runtime::descriptor::ReplySigning::Signed,
    },
    states: &[
        ::payspec_runtime::descriptor::StateEntry {
            wire: "0",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "6",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "7",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
        deadline: ::core::time::Duration::from_millis(30000),
        reverse: ::payspec_runtime::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(2000),
        },
    },
    utc_offset_minutes: 480,
};
pub static LAYOUT_REQUEST: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "merchant_id",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Nonce(16),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Inline,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_runtime::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::TopLevelExcept(&["sign"]),
};
pub static LAYOUT_RESPONSE: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(::payspec_runtime::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "msg",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "data",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Object,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_runtime::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::TopLevelExcept(&["sign"]),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// Merchant number.
    pub merchant_id: ::std::string::String,
    /// Signing key.
    pub key: ::payspec_runtime::Redacted<::std::string::String>,
}
impl ::payspec_runtime::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "merchant_id" => ::std::option::Option::Some(self.merchant_id.as_str()),
            "key" => ::std::option::Option::Some(self.key.expose().as_str()),
            _ => ::std::option::Option::None,
        }
    }
}

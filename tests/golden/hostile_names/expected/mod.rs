// @generated from tests/golden/hostile_names/spec.yaml by `codegen generate`; do not edit.

//! Hostile names fixture
//!
//! Generated from `tests/golden/hostile_names/spec.yaml`.
pub mod types;
pub mod pay;
pub mod query;
pub mod reverse;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "hostile_names",
    signing: ::payspec_runtime::descriptor::SigningRecipe {
        algorithm: ::payspec_runtime::descriptor::Algorithm::HmacSha256,
        hex_case: ::payspec_runtime::descriptor::HexCase::Lower,
        placement: ::payspec_runtime::descriptor::Placement::Header {
            name: "Authorization",
            prefix_config: ::std::option::Option::Some("key_id"),
        },
        empty: ::payspec_runtime::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_runtime::descriptor::KeyRule::HmacKey,
        key_config: "secret",
        replies: ::payspec_runtime::descriptor::ReplySigning::Signed,
    },
    states: &[
        ::payspec_runtime::descriptor::StateEntry {
            wire: "ok",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "none",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "wait-for-it",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(500),
        query_interval: ::core::time::Duration::from_millis(1000),
        max_queries: 3,
        deadline: ::core::time::Duration::from_millis(3000),
        reverse: ::payspec_runtime::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(1000),
            max_attempts: 1,
            retry_interval: ::core::time::Duration::from_millis(1000),
        },
    },
    utc_offset_minutes: -330,
};
pub static LAYOUT_REQUEST: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Inline,
            ),
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::RawBody,
};
pub static LAYOUT_RESPONSE: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Inline,
            ),
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::RawBody,
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    pub key_id: ::std::string::String,
    pub secret: ::payspec_runtime::Redacted<::std::string::String>,
}
impl ::payspec_runtime::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "key_id" => ::std::option::Option::Some(self.key_id.as_str()),
            "secret" => ::std::option::Option::Some(self.secret.expose().as_str()),
            _ => ::std::option::Option::None,
        }
    }
}

// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! JSON-string envelope fixture
//!
//! Generated from `tests/golden/json_string_envelope/spec.yaml`.
pub mod types;
pub mod swipe;
pub mod query;
pub mod reverse;
pub mod paid;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "json_string_envelope",
    signing: ::payspec_runtime::descriptor::SigningRecipe {
        algorithm: ::payspec_runtime::descriptor::Algorithm::Md5,
        hex_case: ::payspec_runtime::descriptor::HexCase::Upper,
        placement: ::payspec_runtime::descriptor::Placement::Field("sign"),
        empty: ::payspec_runtime::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_runtime::descriptor::KeyRule::Suffix,
        key_config: "app_secret",
        replies: ::payspec_runtime::descriptor::ReplySigning::Unsigned,
    },
    states: &[
        ::payspec_runtime::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "USERPAYING",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
        deadline: ::core::time::Duration::from_millis(45000),
        reverse: ::payspec_runtime::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(2000),
        },
    },
    utc_offset_minutes: 480,
};
pub static LAYOUT_NOTIFICATION: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "notification",
    nodes: &[
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
pub static LAYOUT_REQUEST: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "app_id",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Config("app_id"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "method",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::OperationMethod,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "format",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Const("json"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "nonce",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Nonce(8),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "biz_content",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::JsonString,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_runtime::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::Fields(
        &["app_id", "method", "format", "nonce", "version", "biz_content"],
    ),
};
pub static LAYOUT_RESPONSE: ::payspec_runtime::descriptor::Layout = ::payspec_runtime::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "result_code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(::payspec_runtime::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "result_message",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "sub_code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::SubCode,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "data",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Object,
            ),
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::TopLevelExcept(&[]),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    pub app_id: ::std::string::String,
    pub app_secret: ::payspec_runtime::Redacted<::std::string::String>,
}
impl ::payspec_runtime::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "app_id" => ::std::option::Option::Some(self.app_id.as_str()),
            "app_secret" => {
                ::std::option::Option::Some(self.app_secret.expose().as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}

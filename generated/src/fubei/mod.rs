// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! 付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe)
//!
//! From the Fubei document "付款码支付接口" (shared/provider-docs/fubei-swipe.md): a JSON envelope
//! `{app_id, method, format, sign_method, nonce, version, biz_content, sign}` whose `biz_content`
//! is the business content serialized as a JSON *string*; the answer is
//! `{result_code, result_message, data, sub_code}` with `result_code` 200 for success.
//! Amounts are yuan with two decimals as JSON numbers (total_fee 0.01 = 1 fen; the request
//! example sends `100`, i.e. 100.00 yuan).
//!
//! The document gives no URL: the path `/gateway` is the one Fubei's public SDKs post every
//! method to. `query` and `reverse` are assumed (see them). Response fields the table marks 必填
//! but the example omits (order_price) or that cannot exist before payment (pay_time) are
//! optional, so a USERPAYING reply decodes; their doc says so.
//!
//! Generated from `specs/fubei.yaml`.
pub mod types;
/// 付款码支付接口 openapi.payment.order.swipe。
pub mod swipe;
/// 订单查询 openapi.payment.order.query（assumed）。
pub mod query;
/// 订单撤销 openapi.payment.order.reverse（assumed）。
pub mod reverse;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "fubei",
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
            wire: "USERPAYING",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "NOTPAY",
            status: ::payspec_runtime::TradeStatus::NotPaid,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "CLOSED",
            status: ::payspec_runtime::TradeStatus::Closed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "REVOKED",
            status: ::payspec_runtime::TradeStatus::Reversed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "PAYERROR",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "REFUND",
            status: ::payspec_runtime::TradeStatus::Refunded,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
        deadline: ::core::time::Duration::from_millis(35000),
        reverse: ::payspec_runtime::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(5000),
        },
    },
    utc_offset_minutes: 480,
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
            wire: "sign_method",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "nonce",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Nonce(16),
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
        &["app_id", "method", "format", "sign_method", "nonce", "version", "biz_content"],
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
            wire: "data",
            kind: ::payspec_runtime::descriptor::NodeKind::Content(
                ::payspec_runtime::descriptor::ContentPlacement::Object,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "sub_code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::SubCode,
            ),
        },
    ],
    coverage: ::payspec_runtime::descriptor::Coverage::TopLevelExcept(&[]),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 开放平台 app_id（付呗分配）。
    pub app_id: ::std::string::String,
    /// 开放平台 app_secret（签名密钥）。
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

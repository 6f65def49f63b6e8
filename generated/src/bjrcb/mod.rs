// @generated from specs/bjrcb.yaml by `codegen generate`; do not edit.

//! 北京农商银行聚合支付网关 — 支付宝条码支付 (ALIPAY_MICRO)
//!
//! From the BJRCB gateway document "条码支付" (shared/provider-docs/bjrcb-alipay-micro.md): one flat
//! JSON body, POSTed to `/gateway` (test host http://bjrcb-test-pay.291501.com), selected by
//! `service_type`. The document shows only the pay call (ALIPAY_MICRO); `query` and `reverse` are
//! assumed (see their `assumption`). The document has no JSON examples, so there are no fixtures.
//!
//! Response fields that the document marks 必填 but that cannot exist before the payment completes
//! (time_end, alipay_transaction_id, buyer_logon_id) are optional here, so that a USERPAYING reply
//! decodes; their `doc` says so.
//!
//! Generated from `specs/bjrcb.yaml`.
pub mod types;
/// 支付宝条码支付：收银员扫描用户付款码后提交支付。
pub mod micropay;
/// 查询订单（assumed）。
pub mod query;
/// 撤销订单（assumed）。
pub mod reverse;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_runtime::descriptor::ProviderDescriptor = ::payspec_runtime::descriptor::ProviderDescriptor {
    name: "bjrcb",
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
            wire: "INIT",
            status: ::payspec_runtime::TradeStatus::NotPaid,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_runtime::TradeStatus::Success,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "REFUND",
            status: ::payspec_runtime::TradeStatus::Refunded,
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
            wire: "USERPAYING",
            status: ::payspec_runtime::TradeStatus::Paying,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "PAYERROR",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
        ::payspec_runtime::descriptor::StateEntry {
            wire: "FAIL",
            status: ::payspec_runtime::TradeStatus::Failed,
        },
    ],
    poll: ::payspec_runtime::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 5,
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
            wire: "service_type",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::OperationMethod,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Nonce(32),
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
            wire: "return_code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(::payspec_runtime::descriptor::StatusPart::Code {
                integer: false,
            }),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "return_msg",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "err_code",
            kind: ::payspec_runtime::descriptor::NodeKind::Status(
                ::payspec_runtime::descriptor::StatusPart::SubCode,
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "mch_id",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_runtime::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_runtime::descriptor::NodeKind::Fill(
                ::payspec_runtime::descriptor::Fill::Nonce(32),
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
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 商户号 (mch_id)，由银行分配。
    pub merchant_id: ::std::string::String,
    /// 签名密钥 (MD5 key)，由银行分配。
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

// @generated from specs/pooul.yaml by `codegen generate`; do not edit.

//! 普尔 Pooul 聚合支付 — 支付宝条码支付 (alipay.micro) 与服务窗支付 (alipay.jsapi)
//!
//! From the Pooul documents 6.2 "支付宝条码支付（反扫）" and 6.3 "支付宝服务窗支付". Requests are flat signed JSON; every reply and
//! the notification is the envelope `{code, msg, data, version, sign_type, sign}` where `code` is
//! the status code (a JSON integer in every example, although the tables say String), `msg` the
//! status message and `data` the content object.
//!
//! The documents give no URLs. The paths are those of Pooul's public developer documentation
//! (4.1 交易接口 …/paygate/merchant_info/pay, 4.2 查询接口 …/paygate/merchant_info/query; hosts
//! gateway.pooulcloud.cn, test gateway-test.pooulcloud.cn). `reverse` is assumed (see it).
//!
//! Conventions where the document contradicts itself:
//! - a field whose type column contradicts the example follows the example (buyer_pay_amount,
//!   invoice_amount and point_amount say Int but are "0.01" strings: yuan as a JSON string);
//! - response fields the tables mark 必填 but the document's own example omits (nonce_str,
//!   time_end) or that only exist once paid are optional, so every real reply decodes; the
//!   field's doc says so;
//! - rows the tables repeat (bank_type, fee_type, trade_state) appear once.
//!
//! Generated from `specs/pooul.yaml`.
pub mod types;
/// 6.2.1 提交刷卡支付 API：收银员扫描用户付款码后由商户后台发起支付。
pub mod micropay;
/// 6.2.2 / 6.3.3 查询订单 API：根据商户订单号或平台订单号查询订单。
pub mod query;
/// 撤销订单（assumed）。
pub mod reverse;
/// 6.3.1 统一下单 API（alipay.jsapi 服务窗支付）：下单后由用户在支付宝内付款，结果经 notify 通知。
pub mod unified_order;
/// 6.3.2 统一下单通知：支付完成后平台 POST 到 notify_url。Answer the plain text `success` once
/// the result is durably recorded; anything else (or no answer within 5 s) makes the platform
/// retry (文档：如 3 小时共 10 次；public docs: 15/15/30/180/1800×4/3600 s), so the same
/// notification arrives many times and must be applied once. `path` is the merchant's own
/// choice: the one sent as `notify_url` in unified_order.
pub mod notify;
pub use types::*;
/// Everything the runtime needs to know about this provider.
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "pooul",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::Md5,
        hex_case: ::payspec_core::descriptor::HexCase::Upper,
        placement: ::payspec_core::descriptor::Placement::Field("sign"),
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::AppendPair("key"),
        key_config: "key",
        replies: ::payspec_core::descriptor::ReplySigning::Signed,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "0",
            status: ::payspec_core::TradeStatus::Success,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "1",
            status: ::payspec_core::TradeStatus::Refunded,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "2",
            status: ::payspec_core::TradeStatus::NotPaid,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "3",
            status: ::payspec_core::TradeStatus::Closed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "4",
            status: ::payspec_core::TradeStatus::Reversed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "6",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "5",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "7",
            status: ::payspec_core::TradeStatus::Failed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "-1",
            status: ::payspec_core::TradeStatus::NotPaid,
        },
    ],
    poll: ::payspec_core::descriptor::PollPolicy {
        first_query_after: ::core::time::Duration::from_millis(5000),
        query_interval: ::core::time::Duration::from_millis(5000),
        max_queries: 6,
        deadline: ::core::time::Duration::from_millis(35000),
        reverse: ::payspec_core::descriptor::ReversePolicy {
            earliest_after_pay: ::core::time::Duration::from_millis(15000),
            max_attempts: 3,
            retry_interval: ::core::time::Duration::from_millis(5000),
        },
    },
    utc_offset_minutes: 480,
};
/// How this provider answers, in its own wire values (spec `sandbox:`), for simulators.
pub static SANDBOX: ::payspec_core::descriptor::SandboxAnswers = ::payspec_core::descriptor::SandboxAnswers {
    ok: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("0"),
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[("need_query", "\"Y\"")],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("0"),
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[
            ("err_code", "\"NOTENOUGH\""),
            ("err_msg", "\"余额不足\""),
            ("need_query", "\"N\""),
        ],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("1"),
        message: ::std::option::Option::Some("SYSTEMERROR"),
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("101"),
        message: ::std::option::Option::Some("签名失败"),
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("102"),
        message: ::std::option::Option::Some("参数格式校验错误"),
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("0"),
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[
            ("err_code", "\"OUT_TRADE_NO_USED\""),
            ("err_msg", "\"商户订单号重复\""),
        ],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("1"),
        message: ::std::option::Option::Some("订单不存在"),
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    reversed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[("recall", "\"N\"")],
    },
    call_again: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[("recall", "\"Y\"")],
    },
};
/// This provider as one value: gateways, simulators and tools drive any provider through it.
pub static MODULE: ::payspec_core::descriptor::ProviderModule = ::payspec_core::descriptor::ProviderModule {
    provider: &PROVIDER,
    title: "普尔 Pooul 聚合支付 — 支付宝条码支付 (alipay.micro) 与服务窗支付 (alipay.jsapi)",
    operations: &[
        &micropay::OPERATION,
        &query::OPERATION,
        &reverse::OPERATION,
        &unified_order::OPERATION,
        &notify::OPERATION,
    ],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "merchant_id",
            sensitive: false,
            doc: "商户号，由平台分配。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "key",
            sensitive: true,
            doc: "MD5 签名密钥（联系运营人员获取）。",
        },
    ],
    check_request,
    sandbox: &SANDBOX,
};
/// The checks the typed request of operation `op` makes, on JSON content.
fn check_request(
    op: &str,
    content: &::payspec_core::json::Json,
) -> ::std::result::Result<(), ::payspec_core::Violations> {
    match op {
        "micropay" => {
            ::payspec_core::validate::check_typed::<micropay::MicropayRequest>(content)
        }
        "query" => ::payspec_core::validate::check_typed::<query::QueryRequest>(content),
        "reverse" => {
            ::payspec_core::validate::check_typed::<reverse::ReverseRequest>(content)
        }
        "unified_order" => {
            ::payspec_core::validate::check_typed::<
                unified_order::UnifiedOrderRequest,
            >(content)
        }
        "notify" => {
            ::payspec_core::validate::check_typed::<notify::NotifyMessage>(content)
        }
        other => {
            let mut out = ::payspec_core::Violations::default();
            out.push("", "(operation)", ::std::format!("no operation `{other}`"));
            ::std::result::Result::Err(out)
        }
    }
}
pub static LAYOUT_NOTIFICATION: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "notification",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "code",
            kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "msg",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "data",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Object,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::PairsOf("data"),
};
pub static LAYOUT_REQUEST: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "merchant_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("merchant_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce_str",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(32),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Inline,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&["sign"]),
};
pub static LAYOUT_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "code",
            kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "msg",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::Message,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "data",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::Object,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_type",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::PairsOf("data"),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 商户号，由平台分配。
    pub merchant_id: ::std::string::String,
    /// MD5 签名密钥（联系运营人员获取）。
    pub key: ::payspec_core::Redacted<::std::string::String>,
}
impl ::payspec_core::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "merchant_id" => ::std::option::Option::Some(self.merchant_id.as_str()),
            "key" => ::std::option::Option::Some(self.key.expose().as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
/// A typed client for 普尔 Pooul 聚合支付 — 支付宝条码支付 (alipay.micro) 与服务窗支付 (alipay.jsapi).
#[cfg(feature = "client")]
#[derive(Clone)]
pub struct Client {
    config: Config,
    base_url: ::std::string::String,
    transport: ::std::sync::Arc<dyn ::payspec_client::transport::Transport>,
}
#[cfg(feature = "client")]
impl ::std::fmt::Debug for Client {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl Client {
    /// `base_url` is the provider's host (and any prefix); operation paths are appended.
    pub fn new(
        config: Config,
        base_url: impl ::std::convert::Into<::std::string::String>,
        transport: ::std::sync::Arc<dyn ::payspec_client::transport::Transport>,
    ) -> Self {
        Client {
            config,
            base_url: base_url.into(),
            transport,
        }
    }
    /// `micropay`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn micropay(
        &self,
        request: &micropay::MicropayRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<micropay::MicropayResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_core::Validate::validate(request)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_client::exchange::exchange(
                &PROVIDER,
                &micropay::OPERATION,
                &self.base_url,
                request,
                &self.config,
                &*self.transport,
            )
            .await
    }
    /// `query`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn query(
        &self,
        request: &query::QueryRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<query::QueryResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_core::Validate::validate(request)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_client::exchange::exchange(
                &PROVIDER,
                &query::OPERATION,
                &self.base_url,
                request,
                &self.config,
                &*self.transport,
            )
            .await
    }
    /// `reverse`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn reverse(
        &self,
        request: &reverse::ReverseRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<reverse::ReverseResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_core::Validate::validate(request)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_client::exchange::exchange(
                &PROVIDER,
                &reverse::OPERATION,
                &self.base_url,
                request,
                &self.config,
                &*self.transport,
            )
            .await
    }
    /// `unified_order`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn unified_order(
        &self,
        request: &unified_order::UnifiedOrderRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<unified_order::UnifiedOrderResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_core::Validate::validate(request)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_client::exchange::exchange(
                &PROVIDER,
                &unified_order::OPERATION,
                &self.base_url,
                request,
                &self.config,
                &*self.transport,
            )
            .await
    }
    /// The same provider behind the unified, object-safe `Gateway`, so a cashier backend
    /// can switch providers by configuration alone.
    pub fn into_gateway(self) -> ::payspec_client::SpecGateway {
        ::payspec_client::SpecGateway::new(
            &MODULE,
            ::std::sync::Arc::new(self.config),
            self.base_url,
            self.transport,
        )
    }
}

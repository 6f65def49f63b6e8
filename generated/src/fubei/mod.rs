// @generated from specs/fubei.yaml by `codegen generate`; do not edit.

//! 付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe)
//!
//! From the Fubei document "付款码支付接口": a JSON envelope
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
pub static PROVIDER: ::payspec_core::descriptor::ProviderDescriptor = ::payspec_core::descriptor::ProviderDescriptor {
    name: "fubei",
    signing: ::payspec_core::descriptor::SigningRecipe {
        algorithm: ::payspec_core::descriptor::Algorithm::Md5,
        hex_case: ::payspec_core::descriptor::HexCase::Upper,
        placement: ::payspec_core::descriptor::Placement::Field("sign"),
        empty: ::payspec_core::descriptor::EmptyRule::Skip,
        pair_separator: "=",
        pairs_joiner: "&",
        key: ::payspec_core::descriptor::KeyRule::Suffix,
        key_config: "app_secret",
        replies: ::payspec_core::descriptor::ReplySigning::Unsigned,
    },
    states: &[
        ::payspec_core::descriptor::StateEntry {
            wire: "USERPAYING",
            status: ::payspec_core::TradeStatus::Paying,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "SUCCESS",
            status: ::payspec_core::TradeStatus::Success,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "NOTPAY",
            status: ::payspec_core::TradeStatus::NotPaid,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "CLOSED",
            status: ::payspec_core::TradeStatus::Closed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "REVOKED",
            status: ::payspec_core::TradeStatus::Reversed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "PAYERROR",
            status: ::payspec_core::TradeStatus::Failed,
        },
        ::payspec_core::descriptor::StateEntry {
            wire: "REFUND",
            status: ::payspec_core::TradeStatus::Refunded,
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
        code: ::std::option::Option::Some("200"),
        message: ::std::option::Option::Some("成功"),
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    paying: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    failed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("失败"),
        sub_code: ::std::option::Option::Some("NOTENOUGH"),
        fields: &[],
    },
    system_error: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("500"),
        message: ::std::option::Option::Some("系统繁忙"),
        sub_code: ::std::option::Option::Some("SYSTEM_ERROR"),
        fields: &[],
    },
    bad_signature: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("签名错误"),
        sub_code: ::std::option::Option::Some("SIGN_ERROR"),
        fields: &[],
    },
    invalid: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("参数错误"),
        sub_code: ::std::option::Option::Some("INVALID_PARAMETER"),
        fields: &[],
    },
    duplicate_order: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("订单号重复"),
        sub_code: ::std::option::Option::Some("ORDER_EXISTS"),
        fields: &[],
    },
    not_found: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::Some("400"),
        message: ::std::option::Option::Some("订单不存在"),
        sub_code: ::std::option::Option::Some("ORDER_NOT_EXIST"),
        fields: &[],
    },
    reversed: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
    call_again: ::payspec_core::descriptor::Answer {
        code: ::std::option::Option::None,
        message: ::std::option::Option::None,
        sub_code: ::std::option::Option::None,
        fields: &[],
    },
};
/// This provider as one value: gateways, simulators and tools drive any provider through it.
pub static MODULE: ::payspec_core::descriptor::ProviderModule = ::payspec_core::descriptor::ProviderModule {
    provider: &PROVIDER,
    title: "付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe)",
    operations: &[&swipe::OPERATION, &query::OPERATION, &reverse::OPERATION],
    config: &[
        ::payspec_core::descriptor::ConfigKey {
            key: "app_id",
            sensitive: false,
            doc: "开放平台 app_id（付呗分配）。",
        },
        ::payspec_core::descriptor::ConfigKey {
            key: "app_secret",
            sensitive: true,
            doc: "开放平台 app_secret（签名密钥）。",
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
        "swipe" => ::payspec_core::validate::check_typed::<swipe::SwipeRequest>(content),
        "query" => ::payspec_core::validate::check_typed::<query::QueryRequest>(content),
        "reverse" => {
            ::payspec_core::validate::check_typed::<reverse::ReverseRequest>(content)
        }
        other => {
            let mut out = ::payspec_core::Violations::default();
            out.push("", "(operation)", ::std::format!("no operation `{other}`"));
            ::std::result::Result::Err(out)
        }
    }
}
pub static LAYOUT_REQUEST: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "request",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "app_id",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Config("app_id"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "method",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::OperationMethod,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "format",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("json"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign_method",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("md5"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "nonce",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Nonce(16),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "version",
            kind: ::payspec_core::descriptor::NodeKind::Fill(
                ::payspec_core::descriptor::Fill::Const("1.0"),
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "biz_content",
            kind: ::payspec_core::descriptor::NodeKind::Content(
                ::payspec_core::descriptor::ContentPlacement::JsonString,
            ),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "sign",
            kind: ::payspec_core::descriptor::NodeKind::Signature,
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::Fields(
        &["app_id", "method", "format", "sign_method", "nonce", "version", "biz_content"],
    ),
};
pub static LAYOUT_RESPONSE: ::payspec_core::descriptor::Layout = ::payspec_core::descriptor::Layout {
    name: "response",
    nodes: &[
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "result_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(::payspec_core::descriptor::StatusPart::Code {
                integer: true,
            }),
        },
        ::payspec_core::descriptor::EnvelopeNode {
            wire: "result_message",
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
            wire: "sub_code",
            kind: ::payspec_core::descriptor::NodeKind::Status(
                ::payspec_core::descriptor::StatusPart::SubCode,
            ),
        },
    ],
    coverage: ::payspec_core::descriptor::Coverage::TopLevelExcept(&[]),
};
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 开放平台 app_id（付呗分配）。
    pub app_id: ::std::string::String,
    /// 开放平台 app_secret（签名密钥）。
    pub app_secret: ::payspec_core::Redacted<::std::string::String>,
}
impl ::payspec_core::Credentials for Config {
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
/// A typed client for 付呗 Fubei 开放平台 — 付款码支付 (openapi.payment.order.swipe).
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
    /// `swipe`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn swipe(
        &self,
        request: &swipe::SwipeRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<swipe::SwipeResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_core::Validate::validate(request)
            .map_err(::payspec_core::Error::Invalid)?;
        ::payspec_client::exchange::exchange(
                &PROVIDER,
                &swipe::OPERATION,
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

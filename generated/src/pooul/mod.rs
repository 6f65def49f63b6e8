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
/// retry on its schedule (`delivery`), so the same notification arrives many times and must
/// be applied once. `path` is the merchant's own choice: the one sent as `notify_url` in
/// unified_order.
pub mod notify;
mod descriptors;
pub use types::*;
pub use descriptors::{
    PROVIDER, MODULE, LAYOUT_NOTIFICATION, LAYOUT_REQUEST, LAYOUT_RESPONSE,
};
#[cfg(feature = "sandbox")]
pub use descriptors::SANDBOX;
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
    store: ::std::option::Option<::std::sync::Arc<dyn ::payspec_core::CredentialStore>>,
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
            store: ::std::option::Option::None,
            base_url: base_url.into(),
            transport,
        }
    }
    /// Keeps the configuration values an operation's reply hands out or rotates in
    /// `store` (in memory, or the journal's, shared by every instance), and reads them
    /// over `Config` for every call, so the next call signs with the new value.
    pub fn with_credential_store(
        mut self,
        store: ::std::sync::Arc<dyn ::payspec_core::CredentialStore>,
    ) -> Self {
        self.store = ::std::option::Option::Some(store);
        self
    }
    /// `micropay`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn micropay(
        &self,
        request: &micropay::MicropayRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<micropay::MicropayResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &micropay::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                micropay::MicropayResponse::decode,
                &self.config,
                self.store.as_deref(),
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
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &query::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                query::QueryResponse::decode,
                &self.config,
                self.store.as_deref(),
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
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &reverse::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                reverse::ReverseResponse::decode,
                &self.config,
                self.store.as_deref(),
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
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &unified_order::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                unified_order::UnifiedOrderResponse::decode,
                &self.config,
                self.store.as_deref(),
                &*self.transport,
            )
            .await
    }
    /// The same provider behind the unified, object-safe `Gateway`, so a cashier backend
    /// can switch providers by configuration alone.
    pub fn into_gateway(self) -> ::payspec_client::SpecGateway {
        let gateway = ::payspec_client::SpecGateway::new(
            &MODULE,
            ::std::sync::Arc::new(self.config),
            self.base_url,
            self.transport,
        );
        match self.store {
            ::std::option::Option::Some(store) => gateway.with_credential_store(store),
            ::std::option::Option::None => gateway,
        }
    }
}

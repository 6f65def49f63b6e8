// @generated from specs/alipay.yaml by `codegen generate`; do not edit.

//! 支付宝开放平台 当面付 条码支付 (alipay.trade.pay, alipay.trade.query, alipay.trade.cancel)
//!
//! Alipay's open-platform gateway (openapi, version 1.0), 当面付 条码支付: 统一收单交易支付接口
//! `alipay.trade.pay`, 统一收单线下交易查询 `alipay.trade.query` and 统一收单交易撤销接口
//! `alipay.trade.cancel`, from the pages of 支付宝开放平台 · 当面付 · API列表 (公共请求参数, 业务请求参数,
//! 公共响应参数, 业务响应参数, 业务错误码), 签名 · 自行实现签名, and 技术支持 · 当面付 · 轮询机制.
//! Host https://openapi.alipay.com (sandbox https://openapi-sandbox.dl.alipaydev.com); every
//! operation is POSTed to the one path `/gateway.do`, named by the `method` parameter.
//!
//! A request is form-encoded: the common parameters (`app_id`, `method`, `format`, `charset`,
//! `sign_type`, `timestamp`, `version`) beside `biz_content`, the operation's parameters as one JSON
//! text ("除公共参数外所有请求参数都必须放在这个参数中传递"), and `sign`. A reply is one JSON object
//! holding the member `<method with . as _>_response` (e.g. `alipay_trade_pay_response`) and
//! `sign`; the gateway's `code`/`msg` and the business `sub_code`/`sub_msg` sit inside that member
//! beside the operation's fields. Amounts are yuan with two decimals ("单位为元，精确到小数点后两位");
//! requests send them as JSON strings, replies carry strings or numbers (the documents' examples
//! show both), and both are read exactly.
//!
//! Conventions: each operation's reply has its own layout (its member's name differs), written
//! once and shared through a YAML anchor. Reply members the pages return only in some states are
//! optional, so that every real reply decodes; members of other products sharing these APIs
//! (cross-border currency, pre-authorisation, vouchers) are not listed and are kept as received.
//!
//! Generated from `specs/alipay.yaml`.
pub mod types;
/// 统一收单交易支付接口：收银员使用扫码设备读取用户手机支付宝"付款码"后，将二维码或条码信息通过本接口上送至支付宝发起支付。
pub mod trade_pay;
/// 统一收单线下交易查询：调用支付接口后返回系统错误或未知交易状态、返回 10003 (等待用户付款)，或撤销前需确认支付状态时调用。
pub mod trade_query;
/// 统一收单交易撤销接口：支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，支付宝系统会将此订单关闭；
/// 如果用户支付成功，支付宝系统会将此订单资金退还给用户。只有发生支付系统超时或者支付结果未知时可调用撤销；订单创建后 24 小时内有效。
pub mod trade_cancel;
mod descriptors;
pub use types::*;
pub use descriptors::{
    PROVIDER, MODULE, LAYOUT_CANCEL_RESPONSE, LAYOUT_PAY_RESPONSE, LAYOUT_QUERY_RESPONSE,
    LAYOUT_REQUEST,
};
#[cfg(feature = "sandbox")]
pub use descriptors::SANDBOX;
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 支付宝分配给开发者的应用ID（开放平台 → 应用信息）。
    pub app_id: ::std::string::String,
    /// 应用私钥 (the merchant's RSA private key, 2048 bits), PEM (`BEGIN PRIVATE KEY` PKCS#8 or
    /// `BEGIN RSA PRIVATE KEY` PKCS#1) or the bare base64 Alipay's key tool writes. Signs every
    /// request.
    pub app_private_key: ::payspec_core::Redacted<::std::string::String>,
    /// 支付宝公钥 (Alipay's RSA public key, shown beside the application's key in 开放平台 → 开发设置 →
    /// 接口加签方式), PEM (`BEGIN PUBLIC KEY`) or bare base64. Verifies every reply. Public-key mode
    /// only: 公钥证书 mode (`app_cert_sn`, `alipay_root_cert_sn`) is not described here.
    pub alipay_public_key: ::std::string::String,
}
impl ::payspec_core::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "app_id" => ::std::option::Option::Some(self.app_id.as_str()),
            "app_private_key" => {
                ::std::option::Option::Some(self.app_private_key.expose().as_str())
            }
            "alipay_public_key" => {
                ::std::option::Option::Some(self.alipay_public_key.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
/// A typed client for 支付宝开放平台 当面付 条码支付 (alipay.trade.pay, alipay.trade.query, alipay.trade.cancel).
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
    /// `trade_pay`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn trade_pay(
        &self,
        request: &trade_pay::TradePayRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<trade_pay::TradePayResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &trade_pay::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                trade_pay::TradePayResponse::decode,
                &self.config,
                self.store.as_deref(),
                &*self.transport,
            )
            .await
    }
    /// `trade_query`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn trade_query(
        &self,
        request: &trade_query::TradeQueryRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<trade_query::TradeQueryResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &trade_query::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                trade_query::TradeQueryResponse::decode,
                &self.config,
                self.store.as_deref(),
                &*self.transport,
            )
            .await
    }
    /// `trade_cancel`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn trade_cancel(
        &self,
        request: &trade_cancel::TradeCancelRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<trade_cancel::TradeCancelResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &trade_cancel::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                trade_cancel::TradeCancelResponse::decode,
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

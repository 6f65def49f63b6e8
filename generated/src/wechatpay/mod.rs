// @generated from specs/wechatpay.yaml by `codegen generate`; do not edit.

//! 微信支付 商户平台 API v2 — 付款码支付 (micropay, orderquery, reverse)
//!
//! WeChat Pay merchant API v2 (直连商户), 付款码支付: 提交付款码支付 (/pay/micropay), 查询订单
//! (/pay/orderquery) and 撤销订单 (/secapi/pay/reverse), from the pages 付款码支付 · API列表 of the
//! merchant documentation (付款码支付, 查询订单, 撤销订单), 接口规则 · 协议规则, 安全规范 · 签名算法 and
//! 参数规定. Host https://api.mch.weixin.qq.com (backup api2.mch.weixin.qq.com).
//!
//! Bodies are flat XML under the root element `xml`, UTF-8, POST (协议规则: "提交和返回数据都为XML格式，
//! 根节点名为xml"); every value is text: amounts are integer fen written as text (`<total_fee>1</total_fee>`),
//! times `yyyyMMddHHmmss` in Beijing time (参数规定: 东八区). Replies have two status levels: `return_code`
//! / `return_msg` (通信标识，非交易标识) and, when `return_code` is SUCCESS, `result_code` / `err_code` /
//! `err_code_des` (业务结果); the query's `trade_state` is the third (协议规则: "先判断协议字段返回，
//! 再判断业务返回，最后判断交易状态").
//!
//! Conventions: reply fields the pages return only in some states (on SUCCESS/SUCCESS, or when
//! trade_state is SUCCESS) are optional, so every real reply decodes; `closeorder` is left out
//! (API列表 of 付款码支付 has no 关闭订单: a micropay trade is closed by reverse).
//!
//! Generated from `specs/wechatpay.yaml`.
pub mod types;
/// 付款码支付：收银员使用扫码设备读取微信用户付款码以后，二维码或条码信息会传送至商户收银台，由商户收银台或者
/// 商户后台调用该接口发起支付。不需要证书。
pub mod micropay;
/// 查询订单：商户系统未接收到支付结果，调用支付接口后返回系统错误或未知交易状态，付款码支付返回 USERPAYING，
/// 或调用撤销前需确认支付状态时，查询订单。不需要证书。
pub mod orderquery;
/// 撤销订单：支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，微信支付系统会将此订单关闭；
/// 如果用户支付成功，微信支付系统会将此订单资金退还给用户。7天以内的交易单可调用撤销。请求需要双向证书。
pub mod reverse;
mod descriptors;
pub use types::*;
pub use descriptors::{PROVIDER, MODULE, LAYOUT_REQUEST, LAYOUT_RESPONSE};
#[cfg(feature = "sandbox")]
pub use descriptors::SANDBOX;
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 公众账号ID：微信支付分配的公众账号ID（企业号corpid即为此appId），与 mch_id 绑定。
    pub appid: ::std::string::String,
    /// 商户号：微信支付分配的商户号。
    pub mch_id: ::std::string::String,
    /// API 密钥（商户平台 → 账户设置 → API安全 → 密钥设置），MD5 和 HMAC-SHA256 签名都用它。
    pub key: ::payspec_core::Redacted<::std::string::String>,
    /// 签名类型 `MD5` 或 `HMAC-SHA256`（商户自选）；left out, MD5 (the pages: "默认为MD5"). Sent as
    /// `sign_type` with every request; replies are verified with the same algorithm.
    #[serde(default)]
    pub sign_type: ::std::option::Option<::std::string::String>,
    /// 商户 API 证书 apiclient_cert.pem（撤销订单需要双向证书），PEM。
    pub client_cert: ::std::string::String,
    /// 商户 API 证书私钥 apiclient_key.pem，PEM，未加密。
    pub client_key: ::payspec_core::Redacted<::std::string::String>,
}
impl ::payspec_core::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "appid" => ::std::option::Option::Some(self.appid.as_str()),
            "mch_id" => ::std::option::Option::Some(self.mch_id.as_str()),
            "key" => ::std::option::Option::Some(self.key.expose().as_str()),
            "sign_type" => self.sign_type.as_deref(),
            "client_cert" => ::std::option::Option::Some(self.client_cert.as_str()),
            "client_key" => {
                ::std::option::Option::Some(self.client_key.expose().as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
/// A typed client for 微信支付 商户平台 API v2 — 付款码支付 (micropay, orderquery, reverse).
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
    /// `orderquery`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn orderquery(
        &self,
        request: &orderquery::OrderqueryRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<orderquery::OrderqueryResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &orderquery::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                orderquery::OrderqueryResponse::decode,
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

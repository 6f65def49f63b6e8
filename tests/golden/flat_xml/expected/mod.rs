// @generated from tests/golden/flat_xml/spec.yaml by `codegen generate`; do not edit.

//! Flat XML fixture
//!
//! Generated from `tests/golden/flat_xml/spec.yaml`.
pub mod types;
pub mod micropay;
pub mod query;
pub mod reverse;
mod descriptors;
pub use types::*;
pub use descriptors::{PROVIDER, MODULE, LAYOUT_REQUEST, LAYOUT_RESPONSE};
#[cfg(feature = "sandbox")]
pub use descriptors::SANDBOX;
/// The merchant's configuration for this provider. Secrets are redacted in `Debug`.
#[derive(Clone, Debug, PartialEq, Eq, ::serde::Deserialize)]
pub struct Config {
    /// 商户号。
    pub mch_id: ::std::string::String,
    /// 签名密钥。
    pub key: ::payspec_core::Redacted<::std::string::String>,
    /// MD5 or HMAC-SHA256; left out, MD5.
    #[serde(default)]
    pub sign_type: ::std::option::Option<::std::string::String>,
}
impl ::payspec_core::Credentials for Config {
    fn value(&self, key: &str) -> ::std::option::Option<&str> {
        match key {
            "mch_id" => ::std::option::Option::Some(self.mch_id.as_str()),
            "key" => ::std::option::Option::Some(self.key.expose().as_str()),
            "sign_type" => self.sign_type.as_deref(),
            _ => ::std::option::Option::None,
        }
    }
}
/// A typed client for Flat XML fixture.
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

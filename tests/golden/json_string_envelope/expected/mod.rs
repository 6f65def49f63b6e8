// @generated from tests/golden/json_string_envelope/spec.yaml by `codegen generate`; do not edit.

//! JSON-string envelope fixture
//!
//! Generated from `tests/golden/json_string_envelope/spec.yaml`.
pub mod types;
pub mod swipe;
pub mod query;
pub mod reverse;
pub mod paid;
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
    pub app_id: ::std::string::String,
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
/// A typed client for JSON-string envelope fixture.
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
    /// `swipe`: validates the request (every violation, nothing sent), then sends it signed and returns the verified, classified reply.
    pub async fn swipe(
        &self,
        request: &swipe::SwipeRequest,
    ) -> ::std::result::Result<
        ::payspec_core::Reply<swipe::SwipeResponse>,
        ::payspec_core::Error,
    > {
        ::payspec_client::exchange::exchange_with(
                &PROVIDER,
                &swipe::OPERATION,
                &self.base_url,
                |config, ctx| request.encode(config, ctx),
                swipe::SwipeResponse::decode,
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

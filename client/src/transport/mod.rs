//! Sending a signed message to a provider and getting its reply back.
//!
//! The [`Transport`] trait is the one seam between the payment flow and the network: the gateway
//! and saga are tested against scripted transports, and production uses [`HttpTransport`] (hyper and rustls).
//! A transport moves bytes only; it never reads or logs a body or a header value (auth codes,
//! signatures and keys travel there).

use std::sync::Arc;

use payspec_core::codec::Message;
pub use payspec_core::error::TransportError;
pub use payspec_core::BoxFuture;

mod http;
mod tls;

pub use http::{HttpTransport, TransportConfig};
pub use tls::{ClientIdentity, RootCertificate, TlsConfig, TlsConfigError};

/// One HTTP exchange with a provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpCall {
    /// The provider's name, for logs and metrics.
    pub provider: &'static str,
    /// The operation's name, for logs and metrics.
    pub operation: &'static str,
    /// HTTP method, e.g. `"POST"`.
    pub method: &'static str,
    pub url: String,
    /// The signed request; the transport adds `Content-Type: application/json` unless the message
    /// carries its own.
    pub message: Message,
}

/// Sends one request and returns the reply. Object safe, so a gateway can hold
/// `Arc<dyn Transport>` and tests can script replies.
pub trait Transport: Send + Sync {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>>;

    /// [`Transport::send`] presenting `identity`, the merchant's client certificate, to a
    /// server that requires one (mutual TLS).
    ///
    /// A transport that cannot present a certificate refuses the call before sending anything
    /// ([`TransportError::Connect`]): sent without its certificate, the call would only be
    /// refused by the server. That is also what a wrapping transport that forwards
    /// [`Transport::send`] alone does; one that wraps another must forward both.
    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        identity: Arc<ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        drop(identity);
        Box::pin(async move {
            Err(TransportError::Connect(format!(
                "{} {} needs a client certificate, which this transport cannot present; \
                 nothing was sent",
                call.provider, call.operation
            )))
        })
    }
}

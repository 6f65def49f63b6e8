//! Sending a signed message to a provider and getting its reply back.
//!
//! The [`Transport`] trait is the one seam between the payment flow and the network: the gateway
//! and saga are tested against scripted transports, and production uses [`ReqwestTransport`].
//! A transport moves bytes only; it never reads or logs a body or a header value (auth codes,
//! signatures and keys travel there).

use payspec_core::codec::Message;
pub use payspec_core::error::TransportError;
pub use payspec_core::BoxFuture;

mod http;

pub use http::{ReqwestTransport, TransportConfig};

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
}

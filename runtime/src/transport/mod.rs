//! Sending a signed message to a provider and getting its reply back.
//!
//! The [`Transport`] trait is the one seam between the payment flow and the network: the gateway
//! and saga are tested against scripted transports, and production uses [`ReqwestTransport`].
//! A transport moves bytes only; it never reads or logs a body or a header value (auth codes,
//! signatures and keys travel there).

use core::future::Future;
use core::pin::Pin;

use crate::codec::Message;

mod http;

pub use http::{ReqwestTransport, TransportConfig};

/// A boxed, `Send` future: what object-safe async traits return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

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

/// Why an exchange produced no usable reply. Only [`TransportError::Connect`] proves that the
/// provider never saw the request; every other failure may follow a request the provider acted on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// No connection could be made (DNS, refused, TLS handshake): nothing was sent.
    #[error("cannot connect: {0}")]
    Connect(String),
    /// No complete answer within the time allowed; the request may have arrived.
    #[error("no answer in time")]
    Timeout,
    /// The provider answered with a non-2xx HTTP status.
    #[error("HTTP status {code} ({} body bytes)", body.len())]
    Status { code: u16, body: Vec<u8> },
    /// The reply body is larger than the configured limit; reading stopped there.
    #[error("reply body larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The connection failed after the request may have been sent.
    #[error("I/O error: {0}")]
    Io(String),
}

/// Sends one request and returns the reply. Object safe, so a gateway can hold
/// `Arc<dyn Transport>` and tests can script replies.
pub trait Transport: Send + Sync {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>>;
}

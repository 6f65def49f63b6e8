//! The production transport: reqwest over rustls (no OpenSSL), one client with pooled connections.

use core::time::Duration;

use tracing::field::Empty;
use tracing::Instrument;

use super::{BoxFuture, HttpCall, Transport, TransportError};
use payspec_core::codec::Message;

/// Limits of every exchange made by a [`ReqwestTransport`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransportConfig {
    /// Time allowed to establish a connection; running out means nothing was sent.
    pub connect_timeout: Duration,
    /// Time allowed for the whole exchange, connection to last body byte.
    pub total_timeout: Duration,
    /// Largest reply body read; a provider reply is a few kilobytes, so anything far larger is
    /// a fault (or an attack) and reading stops there instead of exhausting memory.
    pub max_body_bytes: usize,
}

impl Default for TransportConfig {
    /// 5 s to connect, 30 s in all (the providers' own timeouts are shorter), 1 MiB bodies.
    fn default() -> Self {
        TransportConfig {
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(30),
            max_body_bytes: 1 << 20,
        }
    }
}

/// [`Transport`] over HTTPS with reqwest and rustls.
///
/// Redirects are not followed: a payment request must reach the configured endpoint or fail
/// visibly, never be re-sent elsewhere.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    config: TransportConfig,
}

impl ReqwestTransport {
    /// Builds the client; fails only if TLS cannot be initialised.
    pub fn new(config: TransportConfig) -> Result<ReqwestTransport, TransportError> {
        let client = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.total_timeout)
            .redirect(reqwest::redirect::Policy::none())
            // Provider endpoints are configured explicitly; a proxy picked up from the
            // environment would silently route payment traffic (and loopback tests) elsewhere.
            .no_proxy()
            .build()
            .map_err(|e| TransportError::Connect(format!("cannot build the HTTP client: {e}")))?;
        Ok(ReqwestTransport { client, config })
    }

    async fn exchange(&self, call: HttpCall) -> Result<Message, TransportError> {
        let span = tracing::Span::current();
        let method = reqwest::Method::from_bytes(call.method.as_bytes()).map_err(|_| {
            TransportError::Connect(format!("invalid HTTP method `{}`", call.method))
        })?;
        let mut request = self.client.request(method, &call.url);
        if call.message.header("content-type").is_none() {
            request = request.header("content-type", "application/json");
        }
        for (name, value) in &call.message.headers {
            request = request.header(name.as_str(), value.as_str());
        }
        let mut response = request
            .body(call.message.body)
            .send()
            .await
            .map_err(send_error)?;
        let code = response.status().as_u16();
        span.record("status", code);
        let limit = self.config.max_body_bytes;
        if response
            .content_length()
            .is_some_and(|len| usize::try_from(len).map_or(true, |len| len > limit))
        {
            tracing::warn!(limit, "reply body announced larger than the limit");
            return Err(TransportError::TooLarge { limit });
        }
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                let value = value.to_str().ok()?;
                Some((name.as_str().to_owned(), value.to_owned()))
            })
            .collect();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(body_error)? {
            if body.len().saturating_add(chunk.len()) > limit {
                tracing::warn!(limit, "reply body larger than the limit");
                return Err(TransportError::TooLarge { limit });
            }
            body.extend_from_slice(&chunk);
        }
        span.record("response_bytes", body.len());
        if !(200..300).contains(&code) {
            tracing::warn!(code, "provider answered a non-2xx status");
            return Err(TransportError::Status { code, body });
        }
        tracing::debug!("reply received");
        Ok(Message { body, headers })
    }
}

impl Transport for ReqwestTransport {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        // Sizes and status only: bodies and headers carry auth codes, signatures and keys.
        let span = tracing::info_span!(
            "provider_call",
            provider = call.provider,
            operation = call.operation,
            url = %call.url,
            request_bytes = call.message.body.len(),
            status = Empty,
            response_bytes = Empty,
        );
        Box::pin(
            async move {
                let result = self.exchange(call).await;
                if let Err(error) = &result {
                    tracing::warn!(%error, "provider call failed");
                }
                result
            }
            .instrument(span),
        )
    }
}

/// A failure before any reply byte: only a failed connection proves nothing was sent.
fn send_error(error: reqwest::Error) -> TransportError {
    let error = error.without_url();
    if error.is_connect() {
        TransportError::Connect(error_text(&error))
    } else if error.is_timeout() {
        TransportError::Timeout
    } else {
        TransportError::Io(error_text(&error))
    }
}

/// A failure while the reply body was read: the request was certainly delivered.
fn body_error(error: reqwest::Error) -> TransportError {
    if error.is_timeout() {
        TransportError::Timeout
    } else {
        TransportError::Io(error_text(&error.without_url()))
    }
}

/// The error with its causes, which reqwest keeps in the source chain (`error sending request`
/// alone says nothing).
fn error_text(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

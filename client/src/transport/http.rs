//! The production transport: reqwest over rustls (no OpenSSL), one client with pooled connections
//! (and one more per client certificate presented).

use core::time::Duration;
use std::sync::{Arc, Mutex};

use tracing::field::Empty;
use tracing::Instrument;

use super::{BoxFuture, ClientIdentity, HttpCall, TlsConfig, Transport, TransportError};
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
///
/// A call made with [`Transport::send_with_identity`] presents the merchant's client certificate:
/// each [`ClientIdentity`] gets its own client (TLS sessions authenticate a connection, so a pool
/// cannot mix identities), built on its first call and kept, so its connections are reused too.
/// Clones share these clients.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    config: TransportConfig,
    tls: TlsConfig,
    /// One client per identity, by [`ClientIdentity`]'s id; a handful at most.
    identified: Arc<Mutex<Vec<(u64, reqwest::Client)>>>,
    /// The URLs called, parsed: a gateway calls the same few endpoints again and again, and
    /// parsing one (host, IDNA, path) costs more than the lookup.
    urls: Arc<Mutex<Vec<(String, reqwest::Url)>>>,
}

/// The most parsed URLs a transport keeps (a provider has a few operations; a deployment a few
/// providers); past that, a URL is parsed on every call, as it would be without the cache.
const URLS_KEPT: usize = 32;

impl ReqwestTransport {
    /// Builds the client, trusting the bundled web roots; fails only if TLS cannot be
    /// initialised.
    pub fn new(config: TransportConfig) -> Result<ReqwestTransport, TransportError> {
        ReqwestTransport::with_tls(config, TlsConfig::default())
    }

    /// [`ReqwestTransport::new`] with TLS settings: extra trusted roots (a private gateway, a
    /// test CA), or those roots alone.
    pub fn with_tls(
        config: TransportConfig,
        tls: TlsConfig,
    ) -> Result<ReqwestTransport, TransportError> {
        let client = build_client(&config, &tls, None)?;
        Ok(ReqwestTransport {
            client,
            config,
            tls,
            identified: Arc::new(Mutex::new(Vec::new())),
            urls: Arc::new(Mutex::new(Vec::new())),
        })
    }

    /// The client that presents `identity`, built on first use.
    fn client_for(&self, identity: &ClientIdentity) -> Result<reqwest::Client, TransportError> {
        // A panic while the lock was held cannot leave the list half-written (a push is the
        // only change), so a poisoned lock is used as it is.
        let mut clients = self
            .identified
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, client)) = clients.iter().find(|(id, _)| *id == identity.id()) {
            return Ok(client.clone());
        }
        let client = build_client(&self.config, &self.tls, Some(identity))?;
        clients.push((identity.id(), client.clone()));
        Ok(client)
    }

    /// `url` parsed, from the kept ones when it has been called before; `None` when it does not
    /// parse (the request is then given the text, and reqwest reports it as it always has).
    fn url(&self, url: &str) -> Option<reqwest::Url> {
        // A panic while the lock was held cannot leave the list half-written (a push is the
        // only change), so a poisoned lock is used as it is.
        let mut urls = self
            .urls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, parsed)) = urls.iter().find(|(text, _)| text == url) {
            return Some(parsed.clone());
        }
        let parsed = reqwest::Url::parse(url).ok()?;
        if urls.len() < URLS_KEPT {
            urls.push((url.to_owned(), parsed.clone()));
        }
        Some(parsed)
    }

    async fn exchange(
        &self,
        client: &reqwest::Client,
        call: HttpCall,
    ) -> Result<Message, TransportError> {
        let span = tracing::Span::current();
        let method = reqwest::Method::from_bytes(call.method.as_bytes()).map_err(|_| {
            TransportError::Connect(format!("invalid HTTP method `{}`", call.method))
        })?;
        let mut request = match self.url(&call.url) {
            Some(url) => client.request(method, url),
            None => client.request(method, &call.url),
        };
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
        // Sized once when the length is announced (checked against the limit above).
        let announced = response
            .content_length()
            .and_then(|len| usize::try_from(len).ok());
        let mut body = Vec::with_capacity(announced.unwrap_or(0));
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
        self.send_as(call, None)
    }

    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        identity: Arc<ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.send_as(call, Some(identity))
    }
}

impl ReqwestTransport {
    fn send_as(
        &self,
        call: HttpCall,
        identity: Option<Arc<ClientIdentity>>,
    ) -> BoxFuture<'_, Result<Message, TransportError>> {
        // Sizes and status only: bodies and headers carry auth codes, signatures and keys.
        let span = tracing::info_span!(
            "provider_call",
            provider = call.provider,
            operation = call.operation,
            url = %call.url,
            client_certificate = identity.is_some(),
            request_bytes = call.message.body.len(),
            status = Empty,
            response_bytes = Empty,
        );
        Box::pin(
            async move {
                let result = match identity {
                    None => self.exchange(&self.client, call).await,
                    Some(identity) => match self.client_for(&identity) {
                        Ok(client) => self.exchange(&client, call).await,
                        Err(error) => Err(error),
                    },
                };
                if let Err(error) = &result {
                    tracing::warn!(%error, "provider call failed");
                }
                result
            }
            .instrument(span),
        )
    }
}

/// A client with the transport's limits and TLS settings, presenting `identity` if given.
fn build_client(
    config: &TransportConfig,
    tls: &TlsConfig,
    identity: Option<&ClientIdentity>,
) -> Result<reqwest::Client, TransportError> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(config.connect_timeout)
        .timeout(config.total_timeout)
        .redirect(reqwest::redirect::Policy::none())
        // Never resent by the transport on its own (reqwest retries HTTP/2 protocol refusals
        // by default): whether a payment request may go again is the saga's decision, made
        // with the journal, since a second pay is a second charge attempt.
        .retry(reqwest::retry::never())
        // Provider endpoints are configured explicitly; a proxy picked up from the
        // environment would silently route payment traffic (and loopback tests) elsewhere.
        .no_proxy()
        .tls_built_in_root_certs(tls.bundled_roots);
    for root in &tls.extra_roots {
        let certificate = reqwest::Certificate::from_der(root.der())
            .map_err(|e| TransportError::Connect(format!("cannot use a root certificate: {e}")))?;
        builder = builder.add_root_certificate(certificate);
    }
    if let Some(identity) = identity {
        builder = builder.identity(identity.reqwest_identity());
    }
    builder
        .build()
        .map_err(|e| TransportError::Connect(format!("cannot build the HTTP client: {e}")))
}

/// A failure before any reply byte: only a failed connection proves nothing was sent.
fn send_error(error: reqwest::Error) -> TransportError {
    let error = error.without_url();
    if error.is_connect() || handshake_refused(&error) {
        TransportError::Connect(error_text(&error))
    } else if error.is_timeout() {
        TransportError::Timeout
    } else {
        TransportError::Io(error_text(&error))
    }
}

/// Whether the server refused the TLS handshake (a fatal alert about the client's certificate
/// or the negotiation), which proves that the request never reached it.
///
/// With TLS 1.3 the client finishes its side of the handshake, and may write the request,
/// before the server has checked the client's certificate; a server that refuses it answers
/// with an alert, which the client reads only where it expects the reply. reqwest then reports
/// a request error, not a connect error. But a server that refused the handshake never reads
/// application data from that connection, so the call is as unsent as a refused connection.
fn handshake_refused(error: &reqwest::Error) -> bool {
    use rustls::AlertDescription as Alert;
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(cause) = source {
        // rustls errors travel inside `io::Error`s, whose `source()` skips them.
        let tls = cause.downcast_ref::<rustls::Error>().or_else(|| {
            cause
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if let Some(tls) = tls {
            return matches!(
                tls,
                rustls::Error::AlertReceived(
                    Alert::CertificateRequired
                        | Alert::BadCertificate
                        | Alert::UnsupportedCertificate
                        | Alert::CertificateRevoked
                        | Alert::CertificateExpired
                        | Alert::CertificateUnknown
                        | Alert::UnknownCA
                        | Alert::AccessDenied
                        | Alert::HandshakeFailure
                )
            );
        }
        source = cause.source();
    }
    false
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

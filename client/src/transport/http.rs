//! The production transport: hyper's pooled HTTP/1 client over rustls (no OpenSSL), one pool
//! for plain calls and one more per client certificate presented.
//!
//! hyper directly, not a client built on it: a payment call needs none of the layers such a
//! client walks on every request (redirects, which a payment must never follow, automatic
//! retries, proxies, cookies, decompression, its own URL type re-parsed from every response),
//! and they were a tenth of the client's CPU per call in the throughput bench. What is left is
//! what the call needs: a keep-alive pool, timeouts, a bounded body, and errors told apart by
//! whether the request can have been sent.

use core::time::Duration;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tracing::field::Empty;
use tracing::Instrument;

use super::{BoxFuture, ClientIdentity, HttpCall, TlsConfig, Transport, TransportError};
use payspec_core::codec::Message;

/// Limits of every exchange made by an [`HttpTransport`].
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

/// One pool of connections and the TLS settings they were made with.
type Pool = Client<HttpsConnector<HttpConnector>, Full<Bytes>>;

/// [`Transport`] over HTTP/1.1 (https, or http for a loopback simulator) with hyper and rustls.
///
/// Redirects are not followed: a payment request must reach the configured endpoint or fail
/// visibly, never be re-sent elsewhere (a 3xx is a non-2xx status like any other). No proxy
/// from the environment is used: provider endpoints are configured explicitly, and a proxy
/// picked up from `HTTPS_PROXY` would silently route payment traffic (and loopback tests)
/// elsewhere.
///
/// A call made with [`Transport::send_with_identity`] presents the merchant's client certificate:
/// each [`ClientIdentity`] gets its own pool (TLS sessions authenticate a connection, so a pool
/// cannot mix identities), built on its first call and kept, so its connections are reused too.
/// Clones share these pools.
#[derive(Clone)]
pub struct HttpTransport {
    pool: Pool,
    config: TransportConfig,
    tls: TlsConfig,
    /// One pool per identity, by [`ClientIdentity`]'s id; a handful at most.
    identified: Arc<Mutex<Vec<(u64, Pool)>>>,
    /// The URLs called, parsed: a gateway calls the same few endpoints again and again.
    urls: Arc<Mutex<Vec<(String, http::Uri)>>>,
}

impl std::fmt::Debug for HttpTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpTransport")
            .field("config", &self.config)
            .field("tls", &self.tls)
            .finish_non_exhaustive()
    }
}

/// How long an unused pooled connection is kept ([`build_pool`] says why 30 s).
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// The most parsed URLs a transport keeps (a provider has a few operations; a deployment a few
/// providers); past that, a URL is parsed on every call, as it would be without the cache.
const URLS_KEPT: usize = 32;

impl HttpTransport {
    /// Builds the client, trusting the bundled web roots; fails only if TLS cannot be
    /// initialised.
    pub fn new(config: TransportConfig) -> Result<HttpTransport, TransportError> {
        HttpTransport::with_tls(config, TlsConfig::default())
    }

    /// [`HttpTransport::new`] with TLS settings: extra trusted roots (a private gateway, a
    /// test CA), or those roots alone.
    pub fn with_tls(
        config: TransportConfig,
        tls: TlsConfig,
    ) -> Result<HttpTransport, TransportError> {
        let pool = build_pool(&config, &tls, None)?;
        Ok(HttpTransport {
            pool,
            config,
            tls,
            identified: Arc::new(Mutex::new(Vec::new())),
            urls: Arc::new(Mutex::new(Vec::new())),
        })
    }

    /// The pool that presents `identity`, built on first use.
    fn pool_for(&self, identity: &ClientIdentity) -> Result<Pool, TransportError> {
        // A panic while the lock was held cannot leave the list half-written (a push is the
        // only change), so a poisoned lock is used as it is.
        let mut pools = self
            .identified
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, pool)) = pools.iter().find(|(id, _)| *id == identity.id()) {
            return Ok(pool.clone());
        }
        let pool = build_pool(&self.config, &self.tls, Some(identity))?;
        pools.push((identity.id(), pool.clone()));
        Ok(pool)
    }

    /// `url` parsed, from the kept ones when it has been called before. One that does not
    /// parse, or is not http or https with a host, is refused before anything is sent.
    fn uri(&self, url: &str) -> Result<http::Uri, TransportError> {
        let mut urls = self
            .urls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, parsed)) = urls.iter().find(|(text, _)| text == url) {
            return Ok(parsed.clone());
        }
        let parsed = url
            .parse::<http::Uri>()
            .ok()
            .filter(|uri| {
                matches!(uri.scheme_str(), Some("http" | "https"))
                    && uri.host().is_some_and(|h| !h.is_empty())
            })
            .ok_or_else(|| {
                TransportError::Connect(format!(
                    "`{url}` is not an http or https URL with a host; nothing was sent"
                ))
            })?;
        if urls.len() < URLS_KEPT {
            urls.push((url.to_owned(), parsed.clone()));
        }
        Ok(parsed)
    }

    /// The whole exchange, bounded by the total timeout.
    async fn exchange(&self, pool: &Pool, call: HttpCall) -> Result<Message, TransportError> {
        match tokio::time::timeout(
            self.config.total_timeout,
            self.exchange_unbounded(pool, call),
        )
        .await
        {
            Ok(result) => result,
            Err(_elapsed) => Err(TransportError::Timeout),
        }
    }

    async fn exchange_unbounded(
        &self,
        pool: &Pool,
        call: HttpCall,
    ) -> Result<Message, TransportError> {
        let request = self.request(call)?;
        let response = pool.request(request).await.map_err(send_error)?;
        let (head, body) = response.into_parts();
        let code = head.status.as_u16();
        let span = tracing::Span::current();
        span.record("status", code);
        let limit = self.config.max_body_bytes;
        let announced = head
            .headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if announced.is_some_and(|len| usize::try_from(len).map_or(true, |len| len > limit)) {
            tracing::warn!(limit, "reply body announced larger than the limit");
            return Err(TransportError::TooLarge { limit });
        }
        let headers = head
            .headers
            .iter()
            .filter_map(|(name, value)| {
                let value = value.to_str().ok()?;
                Some((name.as_str().to_owned(), value.to_owned()))
            })
            .collect();
        // Sized once when the length is announced (checked against the limit above).
        let capacity = announced.and_then(|len| usize::try_from(len).ok());
        let body = read_body(body, capacity.unwrap_or(0), limit).await?;
        span.record("response_bytes", body.len());
        if !(200..300).contains(&code) {
            tracing::warn!(code, "provider answered a non-2xx status");
            return Err(TransportError::Status { code, body });
        }
        tracing::debug!("reply received");
        Ok(Message { body, headers })
    }

    /// The HTTP request of `call`; `Content-Type: application/json` unless the message carries
    /// its own. A method, URL or header that cannot be sent is refused here, before sending.
    fn request(&self, call: HttpCall) -> Result<http::Request<Full<Bytes>>, TransportError> {
        let method = http::Method::from_bytes(call.method.as_bytes()).map_err(|_| {
            TransportError::Connect(format!("invalid HTTP method `{}`", call.method))
        })?;
        let mut builder = http::Request::builder()
            .method(method)
            .uri(self.uri(&call.url)?);
        if call.message.header("content-type").is_none() {
            builder = builder.header(http::header::CONTENT_TYPE, "application/json");
        }
        for (name, value) in &call.message.headers {
            builder = builder.header(name.as_str(), value.as_str());
        }
        builder
            .body(Full::new(Bytes::from(call.message.body)))
            .map_err(|e| {
                // The error names the part (a header name or value that HTTP cannot carry),
                // never a value.
                TransportError::Connect(format!("the request cannot be sent: {e}"))
            })
    }
}

/// The reply body, refused once it passes `limit` bytes (reading stops there).
async fn read_body(
    mut body: Incoming,
    capacity: usize,
    limit: usize,
) -> Result<Vec<u8>, TransportError> {
    let mut out = Vec::with_capacity(capacity);
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(body_error)?;
        let Ok(chunk) = frame.into_data() else {
            continue; // trailers carry nothing a reply is read by
        };
        if out.len().saturating_add(chunk.len()) > limit {
            tracing::warn!(limit, "reply body larger than the limit");
            return Err(TransportError::TooLarge { limit });
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

impl Transport for HttpTransport {
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

impl HttpTransport {
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
                    None => self.exchange(&self.pool, call).await,
                    Some(identity) => match self.pool_for(&identity) {
                        Ok(pool) => self.exchange(&pool, call).await,
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

/// A pool with the transport's connect timeout and TLS settings, presenting `identity` if
/// given.
fn build_pool(
    config: &TransportConfig,
    tls: &TlsConfig,
    identity: Option<&ClientIdentity>,
) -> Result<Pool, TransportError> {
    let tls = super::tls::client_config(tls, identity)?;
    let mut http = HttpConnector::new();
    http.set_connect_timeout(Some(config.connect_timeout));
    // Requests are small and answered at once: waiting to coalesce writes (Nagle) only adds
    // latency to every call.
    http.set_nodelay(true);
    // The https connector below decides the scheme; the TCP connector must accept both.
    http.enforce_http(false);
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .wrap_connector(http);
    Ok(Client::builder(TokioExecutor::new())
        // An idle connection is closed after 30 s, before the usual server-side limits (60 s
        // at many load balancers, 75 s in nginx): a connection is then never picked for a
        // request at the moment the server closes it, which would leave that request's fate
        // unknown.
        .pool_timer(TokioTimer::new())
        .pool_idle_timeout(POOL_IDLE_TIMEOUT)
        // hyper resends a request only when its pooled connection closed before any of it
        // was written (so the provider cannot have seen it); nothing that may have reached the
        // provider is ever resent here: that is the saga's decision, made with the journal,
        // since a second pay is a second charge attempt.
        .retry_canceled_requests(true)
        .build(https))
}

/// A failure before any reply byte: only a failed connection proves nothing was sent.
fn send_error(error: hyper_util::client::legacy::Error) -> TransportError {
    if error.is_connect() || handshake_refused(&error) {
        TransportError::Connect(error_text(&error))
    } else {
        TransportError::Io(error_text(&error))
    }
}

/// Whether the server refused the TLS handshake (a fatal alert about the client's certificate
/// or the negotiation), which proves that the request never reached it.
///
/// With TLS 1.3 the client finishes its side of the handshake, and may write the request,
/// before the server has checked the client's certificate; a server that refuses it answers
/// with an alert, which the client reads only where it expects the reply. hyper then reports
/// a request error, not a connect error. But a server that refused the handshake never reads
/// application data from that connection, so the call is as unsent as a refused connection.
fn handshake_refused(error: &(dyn std::error::Error + 'static)) -> bool {
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
fn body_error(error: hyper::Error) -> TransportError {
    TransportError::Io(error_text(&error))
}

/// The error with its causes, which hyper keeps in the source chain (`client error` alone
/// says nothing).
fn error_text(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

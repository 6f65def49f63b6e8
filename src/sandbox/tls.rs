//! HTTPS with client certificates, for providers whose spec says an operation requires the
//! merchant's client certificate (`client_certificate`, e.g. a reverse over mutual TLS).
//!
//! When any served module has such an operation, the simulator makes its own small PKI when it
//! is built ([`SandboxTls::generate`]): a test CA, a server certificate for `127.0.0.1` and
//! `localhost`, and one client certificate and key per such provider, handed to the merchant
//! through the provider's credentials under the config keys its spec names. Nothing is shipped
//! or read from disk, so no test key can leak from one run into another.
//!
//! One port serves both protocols ([`SniffingListener`]): a connection whose first byte is a
//! TLS handshake record is served over TLS, any other over plain HTTP. So a provider that needs
//! a certificate is at `https://{addr}/{provider}`, every other at `http://{addr}/{provider}` as
//! before, and a client written for the real API reaches all of a provider's operations under
//! one base URL, presenting its certificate only for the operations that require it.
//!
//! The handshake asks for a client certificate but does not require one
//! (`allow_unauthenticated`): the same connection carries the provider's plain operations, and
//! the server cannot know the path before the handshake. A certificate that is presented must
//! chain to the test CA, else the handshake fails (the client sees a refused handshake: nothing
//! was sent). The route of an operation that requires a certificate then refuses a request
//! without the provider's merchant certificate with HTTP 403 before processing it (see
//! `server::refuse_without_certificate`).

use std::collections::BTreeMap;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::connect_info::Connected;
use axum::serve::IncomingStream;
use payspec_client::transport::RootCertificate;
use payspec_core::descriptor::{ClientCertificate, ProviderModule};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::WebPkiClientVerifier;
use rustls::{RootCertStore, ServerConfig};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::AbortHandle;
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

/// The first byte of a TLS record carrying a handshake message (a ClientHello opens every TLS
/// connection); no HTTP/1 request line starts with it.
const TLS_HANDSHAKE: u8 = 0x16;

/// The simulator's test PKI and its TLS server settings.
pub(crate) struct SandboxTls {
    ca_pem: String,
    /// The test CA as a client trusts it.
    roots: Vec<RootCertificate>,
    server: Arc<ServerConfig>,
    /// The merchant certificate issued for each provider that needs one: its PEM, its key's
    /// PEM, and its DER (what a presented certificate is compared with).
    merchants: BTreeMap<&'static str, MerchantCertificate>,
}

pub(crate) struct MerchantCertificate {
    pub certificate_pem: String,
    pub key_pem: String,
    pub der: Vec<u8>,
}

/// Key material: only the number of certificates.
impl std::fmt::Debug for SandboxTls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxTls")
            .field("merchant_certificates", &self.merchants.len())
            .finish_non_exhaustive()
    }
}

/// The config keys under which `module`'s client certificate and key are given, one pair per
/// distinct pair its operations name (usually one); the merchant's certificate is given under
/// each.
pub(crate) fn client_certificate_keys(module: &ProviderModule) -> Vec<ClientCertificate> {
    let mut keys: Vec<ClientCertificate> = Vec::new();
    for op in module.operations {
        if let Some(certificate) = op.client_certificate {
            if !keys.contains(&certificate) {
                keys.push(certificate);
            }
        }
    }
    keys
}

impl SandboxTls {
    /// A test CA, a server certificate for `127.0.0.1` and `localhost`, and a merchant
    /// certificate for every module with an operation that requires one; `None` when no module
    /// has such an operation.
    pub(crate) fn generate(
        modules: &[&'static ProviderModule],
    ) -> Result<Option<SandboxTls>, String> {
        let needing: Vec<&'static str> = modules
            .iter()
            .filter(|m| !client_certificate_keys(m).is_empty())
            .map(|m| m.provider.name)
            .collect();
        if needing.is_empty() {
            return Ok(None);
        }
        fn fail(what: &'static str) -> impl Fn(rcgen::Error) -> String {
            move |e| format!("cannot make the {what}: {e}")
        }
        let ca_key = KeyPair::generate().map_err(fail("test CA key"))?;
        let mut ca_params =
            CertificateParams::new(Vec::<String>::new()).map_err(fail("test CA"))?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "payspec sandbox test CA");
        let ca = ca_params.self_signed(&ca_key).map_err(fail("test CA"))?;

        let issue = |names: Vec<String>, common_name: &str, usage: ExtendedKeyUsagePurpose| {
            let key = KeyPair::generate().map_err(fail("certificate key"))?;
            let mut params = CertificateParams::new(names).map_err(fail("certificate"))?;
            params
                .distinguished_name
                .push(DnType::CommonName, common_name);
            params.extended_key_usages = vec![usage];
            let certificate = params
                .signed_by(&key, &ca, &ca_key)
                .map_err(fail("certificate"))?;
            Ok::<_, String>((certificate, key))
        };
        let (server_certificate, server_key) = issue(
            vec!["127.0.0.1".to_owned(), "localhost".to_owned()],
            "payspec sandbox",
            ExtendedKeyUsagePurpose::ServerAuth,
        )?;
        let mut merchants = BTreeMap::new();
        for provider in needing {
            let (certificate, key) = issue(
                Vec::new(),
                &format!("payspec sandbox merchant of {provider}"),
                ExtendedKeyUsagePurpose::ClientAuth,
            )?;
            merchants.insert(
                provider,
                MerchantCertificate {
                    certificate_pem: certificate.pem(),
                    key_pem: key.serialize_pem(),
                    der: certificate.der().to_vec(),
                },
            );
        }

        let crypto = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = RootCertStore::empty();
        roots
            .add(ca.der().clone())
            .map_err(|e| format!("cannot trust the test CA: {e}"))?;
        // Asked for, checked when presented, not required: the provider's other operations
        // share the connection (see the module docs).
        let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), crypto.clone())
            .allow_unauthenticated()
            .build()
            .map_err(|e| format!("cannot build the client certificate verifier: {e}"))?;
        let chain = vec![
            CertificateDer::from(server_certificate.der().to_vec()),
            ca.der().clone(),
        ];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der()));
        let server = ServerConfig::builder_with_provider(crypto)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("cannot configure TLS: {e}"))?
            .with_client_cert_verifier(verifier)
            .with_single_cert(chain, key)
            .map_err(|e| format!("cannot configure TLS: {e}"))?;
        let ca_pem = ca.pem();
        let roots = RootCertificate::from_pem(ca_pem.as_bytes())
            .map_err(|e| format!("the test CA cannot be trusted: {e}"))?;
        Ok(Some(SandboxTls {
            ca_pem,
            roots,
            server: Arc::new(server),
            merchants,
        }))
    }

    /// The test CA's certificate (PEM): what a client trusts to reach the simulator over HTTPS.
    pub(crate) fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    /// The test CA as a client's extra root.
    pub(crate) fn roots(&self) -> &[RootCertificate] {
        &self.roots
    }

    /// The merchant certificate issued for `provider`, if it needs one.
    pub(crate) fn merchant(&self, provider: &str) -> Option<&MerchantCertificate> {
        self.merchants.get(provider)
    }

    /// Whether `provider` is served over HTTPS.
    pub(crate) fn serves(&self, provider: &str) -> bool {
        self.merchants.contains_key(provider)
    }
}

/// What the server knows of a connection: the client certificate it presented, verified to
/// chain to the test CA in the handshake (a plain connection has none).
#[derive(Debug, Clone, Default)]
pub(crate) struct Peer {
    pub client_certificate: Option<Arc<[u8]>>,
}

impl Connected<IncomingStream<'_, SniffingListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, SniffingListener>) -> Peer {
        match stream.io() {
            Stream::Plain(_) => Peer::default(),
            Stream::Tls(tls) => Peer {
                client_certificate: tls
                    .get_ref()
                    .1
                    .peer_certificates()
                    .and_then(|chain| chain.first())
                    .map(|leaf| Arc::from(leaf.as_ref())),
            },
        }
    }
}

/// A connection, plain or TLS.
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write_vectored(cx, bufs),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Stream::Plain(s) => s.is_write_vectored(),
            Stream::Tls(s) => s.is_write_vectored(),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A listener that serves TLS and plain HTTP on one port, by the connection's first byte.
///
/// Connections are accepted, sniffed and (for TLS) handshaken in a background task, each in its
/// own task, so one slow or silent client delays nobody; what completes is handed to axum. The
/// background task ends when the listener is dropped (axum drops it when it stops accepting).
pub(crate) struct SniffingListener {
    ready: mpsc::Receiver<(Stream, SocketAddr)>,
    local: SocketAddr,
    accepting: AbortHandle,
}

impl SniffingListener {
    /// Serves `listener`'s connections; a connection that sends nothing within `handshake_timeout`
    /// (or does not finish its TLS handshake by then) is closed.
    pub(crate) fn new(
        listener: TcpListener,
        tls: &SandboxTls,
        handshake_timeout: Duration,
    ) -> io::Result<SniffingListener> {
        let local = listener.local_addr()?;
        let acceptor = TlsAcceptor::from(Arc::clone(&tls.server));
        let (sender, ready) = mpsc::channel(64);
        let accepting = tokio::spawn(async move {
            loop {
                let (tcp, remote) = match listener.accept().await {
                    Ok(accepted) => accepted,
                    Err(error) => {
                        // Out of file descriptors and the like: wait, as axum's own loop does.
                        tracing::warn!(%error, "sandbox: cannot accept a connection");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let acceptor = acceptor.clone();
                let sender = sender.clone();
                tokio::spawn(async move {
                    let opened = tokio::time::timeout(handshake_timeout, open(tcp, acceptor));
                    match opened.await {
                        Ok(Ok(stream)) => {
                            // The server has stopped when nobody receives: the stream is dropped.
                            let _ = sender.send((stream, remote)).await;
                        }
                        Ok(Err(error)) => {
                            tracing::info!(%remote, %error, "sandbox: connection refused in the TLS handshake");
                        }
                        Err(_) => {
                            tracing::info!(%remote, "sandbox: nothing received in time; connection closed");
                        }
                    }
                });
            }
        })
        .abort_handle();
        Ok(SniffingListener {
            ready,
            local,
            accepting,
        })
    }
}

/// The connection as plain HTTP or, when it opens with a TLS handshake, after the handshake.
async fn open(tcp: TcpStream, acceptor: TlsAcceptor) -> io::Result<Stream> {
    let mut first = [0u8; 1];
    let read = tcp.peek(&mut first).await?;
    if read == 1 && first[0] == TLS_HANDSHAKE {
        Ok(Stream::Tls(Box::new(acceptor.accept(tcp).await?)))
    } else {
        Ok(Stream::Plain(tcp))
    }
}

impl Drop for SniffingListener {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

impl axum::serve::Listener for SniffingListener {
    type Io = Stream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Stream, SocketAddr) {
        match self.ready.recv().await {
            Some(accepted) => accepted,
            // The accepting task never ends while the listener lives (it retries on errors);
            // should it be gone, no connection will come again.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local)
    }
}

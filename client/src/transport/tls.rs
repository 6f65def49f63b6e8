//! TLS settings a deployment gives a transport: certificate authorities to trust besides the
//! bundled web roots ([`TlsConfig`]), and the merchant's client certificate for operations that
//! require mutual TLS ([`ClientIdentity`], WeChat Pay's `apiclient_cert.pem` and
//! `apiclient_key.pem`).
//!
//! Everything is read and checked when it is configured — the PEM parses, the key belongs to the
//! certificate, each root is usable as a trust anchor — so that a bad file is reported at start,
//! with nothing sent, and never first noticed during a payment.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use super::TransportError;

/// A TLS setting that cannot be used. Never shows key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TlsConfigError(String);

/// A setting that cannot be used can only fail a call before anything is sent.
impl From<TlsConfigError> for TransportError {
    fn from(error: TlsConfigError) -> TransportError {
        TransportError::Connect(format!("TLS configuration: {error}"))
    }
}

/// How an [`HttpTransport`](super::HttpTransport) authenticates servers.
#[derive(Debug, Clone)]
pub struct TlsConfig {
    /// Certificate authorities trusted besides (or, without `bundled_roots`, instead of) the
    /// bundled ones: a private gateway's CA, a test CA.
    pub extra_roots: Vec<RootCertificate>,
    /// Trust the bundled web roots (Mozilla's, through webpki-roots). On by default.
    pub bundled_roots: bool,
}

impl Default for TlsConfig {
    /// The bundled web roots only.
    fn default() -> Self {
        TlsConfig {
            extra_roots: Vec::new(),
            bundled_roots: true,
        }
    }
}

/// A certificate authority to trust, checked to be usable as a trust anchor.
#[derive(Clone, PartialEq, Eq)]
pub struct RootCertificate {
    der: Vec<u8>,
}

impl RootCertificate {
    /// Every certificate of a PEM bundle (`BEGIN CERTIFICATE` blocks); a bundle without any is
    /// an error.
    pub fn from_pem(pem: &[u8]) -> Result<Vec<RootCertificate>, TlsConfigError> {
        let certificates = certificates(pem, "the root certificate bundle")?;
        let mut store = rustls::RootCertStore::empty();
        certificates
            .into_iter()
            .enumerate()
            .map(|(i, der)| {
                store.add(der.clone()).map_err(|e| {
                    TlsConfigError(format!(
                        "certificate {} of the root certificate bundle cannot be trusted: {e}",
                        i + 1
                    ))
                })?;
                Ok(RootCertificate { der: der.to_vec() })
            })
            .collect()
    }

    /// [`RootCertificate::from_pem`] of a file.
    pub fn from_pem_file(path: impl AsRef<Path>) -> Result<Vec<RootCertificate>, TlsConfigError> {
        let path = path.as_ref();
        RootCertificate::from_pem(&read(path, "root certificate bundle")?)
            .map_err(|e| TlsConfigError(format!("{e} ({})", path.display())))
    }

    /// The certificate's DER.
    pub fn der(&self) -> &[u8] {
        &self.der
    }
}

impl fmt::Debug for RootCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootCertificate")
            .field("der_bytes", &self.der.len())
            .finish()
    }
}

/// The merchant's client certificate (with its chain) and private key, presented to a server
/// that asks for one (mutual TLS). Built once from configuration and shared (`Arc`): a transport
/// keeps one connection pool per identity.
#[derive(Clone)]
pub struct ClientIdentity {
    /// Tells identities apart in a transport's pools; clones share it.
    id: u64,
    /// The chain as presented, the client's own certificate first, and its key (shared, so
    /// clones copy no key material).
    chain: Arc<Vec<CertificateDer<'static>>>,
    key: Arc<PrivateKeyDer<'static>>,
}

impl ClientIdentity {
    /// Reads a certificate chain (PEM `CERTIFICATE` blocks, the client's own first) and its
    /// private key (PEM `PRIVATE KEY`, `RSA PRIVATE KEY` or `EC PRIVATE KEY`), and checks that
    /// the key belongs to the first certificate.
    pub fn from_pem(
        certificate_chain: &[u8],
        private_key: &[u8],
    ) -> Result<ClientIdentity, TlsConfigError> {
        let chain = certificates(certificate_chain, "the client certificate")?;
        let key = match PrivateKeyDer::from_pem_slice(private_key) {
            Ok(key) => key,
            Err(pem::Error::NoItemsFound) => {
                let text = String::from_utf8_lossy(private_key);
                return Err(TlsConfigError::new(if text.contains("ENCRYPTED") {
                    "the client key is encrypted: give it unencrypted"
                } else {
                    "the client key holds no private key (PEM `PRIVATE KEY`, `RSA PRIVATE KEY` \
                     or `EC PRIVATE KEY`)"
                }));
            }
            Err(_) => return Err(TlsConfigError::new("the client key is not valid PEM")),
        };
        let provider = rustls::crypto::ring::default_provider();
        rustls::sign::CertifiedKey::from_der(chain.clone(), key.clone_key(), &provider).map_err(
            |e| match e {
                rustls::Error::InconsistentKeys(rustls::InconsistentKeys::KeyMismatch) => {
                    TlsConfigError::new("the client key does not belong to the client certificate")
                }
                e => TlsConfigError(format!("the client certificate or key cannot be used: {e}")),
            },
        )?;
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Ok(ClientIdentity {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            chain: Arc::new(chain),
            key: Arc::new(key),
        })
    }

    /// [`ClientIdentity::from_pem`] of two files; an unreadable file is an error naming it.
    pub fn from_pem_files(
        certificate_chain: impl AsRef<Path>,
        private_key: impl AsRef<Path>,
    ) -> Result<ClientIdentity, TlsConfigError> {
        let (chain_path, key_path) = (certificate_chain.as_ref(), private_key.as_ref());
        let chain = read(chain_path, "client certificate")?;
        let key = read(key_path, "client key")?;
        ClientIdentity::from_pem(&chain, &key).map_err(|e| {
            TlsConfigError(format!(
                "{e} (certificate {}, key {})",
                chain_path.display(),
                key_path.display()
            ))
        })
    }

    pub(super) fn id(&self) -> u64 {
        self.id
    }
}

/// The chain's length only: the key is a secret.
impl fmt::Debug for ClientIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientIdentity")
            .field("certificates", &self.chain.len())
            .finish_non_exhaustive()
    }
}

impl TlsConfigError {
    fn new(text: &str) -> TlsConfigError {
        TlsConfigError(text.to_owned())
    }
}

/// The `CERTIFICATE` blocks of a PEM text; none is an error.
fn certificates(pem: &[u8], what: &str) -> Result<Vec<CertificateDer<'static>>, TlsConfigError> {
    let chain = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsConfigError(format!("{what} is not valid PEM: {}", pem_error(&e))))?;
    if chain.is_empty() {
        return Err(TlsConfigError(format!(
            "{what} holds no certificate (PEM `CERTIFICATE`)"
        )));
    }
    Ok(chain)
}

/// A PEM error's text without the bytes some variants carry.
fn pem_error(error: &pem::Error) -> &'static str {
    match error {
        pem::Error::MissingSectionEnd { .. } => "a block has no END line",
        pem::Error::IllegalSectionStart { .. } => "a malformed BEGIN line",
        pem::Error::Base64Decode(_) => "invalid base64",
        _ => "unreadable",
    }
}

fn read(path: &Path, what: &str) -> Result<Vec<u8>, TlsConfigError> {
    std::fs::read(path)
        .map_err(|e| TlsConfigError(format!("cannot read the {what} {}: {e}", path.display())))
}

/// The rustls settings of one connection pool: the bundled web roots (unless turned off) and
/// the extra ones, and `identity`'s certificate and key when given. On the `ring` provider,
/// TLS 1.2 and 1.3 (rustls's safe defaults).
pub(super) fn client_config(
    tls: &TlsConfig,
    identity: Option<&ClientIdentity>,
) -> Result<rustls::ClientConfig, TransportError> {
    let mut roots = rustls::RootCertStore::empty();
    if tls.bundled_roots {
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    }
    for root in &tls.extra_roots {
        // Checked when the root was configured ([`RootCertificate::from_pem`]).
        roots
            .add(CertificateDer::from(root.der.clone()))
            .map_err(|e| TlsConfigError(format!("a root certificate cannot be trusted: {e}")))?;
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| TlsConfigError(format!("TLS cannot be initialised: {e}")))?
    .with_root_certificates(roots);
    Ok(match identity {
        None => builder.with_no_client_auth(),
        Some(identity) => builder
            .with_client_auth_cert(identity.chain.to_vec(), identity.key.clone_key())
            .map_err(|e| {
                TlsConfigError(format!("the client certificate or key cannot be used: {e}"))
            })?,
    })
}

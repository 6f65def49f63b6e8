//! Mutual TLS for real: a test CA, a server certificate for 127.0.0.1 and client certificates
//! made with rcgen, and a TLS server on the loopback interface that requires a client
//! certificate signed by the CA (TLS 1.3 and TLS 1.2). A call presenting the certificate is
//! answered; one without it (or with a stranger's) is refused in the handshake, which is a
//! `Connect` error: nothing reached the server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use payspec_client::transport::{
    BoxFuture, ClientIdentity, HttpCall, HttpTransport, RootCertificate, TlsConfig, Transport,
    TransportConfig, TransportError,
};
use payspec_core::codec::Message;
use payspec_core::{Error, ErrorKind};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::server::WebPkiClientVerifier;
use rustls::{RootCertStore, ServerConfig, SupportedProtocolVersion};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

/// A certificate authority that issues certificates.
struct Ca {
    certificate: rcgen::Certificate,
    key: KeyPair,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.distinguished_name.push(DnType::CommonName, name);
        let key = KeyPair::generate().unwrap();
        let certificate = params.self_signed(&key).unwrap();
        Ca { certificate, key }
    }

    /// A certificate for `names` with `usage`, and its key.
    fn issue(
        &self,
        names: &[&str],
        usage: ExtendedKeyUsagePurpose,
    ) -> (rcgen::Certificate, KeyPair) {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        let mut params = CertificateParams::new(names).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "payspec test");
        params.extended_key_usages = vec![usage];
        let key = KeyPair::generate().unwrap();
        let certificate = params
            .signed_by(&key, &self.certificate, &self.key)
            .unwrap();
        (certificate, key)
    }

    fn pem(&self) -> String {
        self.certificate.pem()
    }

    fn client_identity(&self) -> ClientIdentity {
        let (certificate, key) = self.issue(&["merchant"], ExtendedKeyUsagePurpose::ClientAuth);
        let certificate = certificate.pem();
        ClientIdentity::from_pem(certificate.as_bytes(), key.serialize_pem().as_bytes()).unwrap()
    }
}

/// What the server saw.
#[derive(Debug, Default)]
struct Seen {
    /// TLS connections accepted (handshake completed).
    connections: usize,
    /// Handshakes refused, with rustls's reason.
    refused: Vec<String>,
    /// Requests answered: request line and whether a client certificate was presented.
    requests: Vec<(String, bool)>,
}

/// A TLS server on 127.0.0.1 requiring a client certificate from `ca`, with `versions`; it
/// answers every request on a connection with `<xml>…</xml>` and keeps the connection open.
async fn server(
    ca: &Ca,
    versions: &[&'static SupportedProtocolVersion],
) -> (String, Arc<Mutex<Seen>>) {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = RootCertStore::empty();
    roots.add(ca.certificate.der().clone()).unwrap();
    let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .unwrap();
    let (certificate, key) = ca.issue(
        &["localhost", "127.0.0.1"],
        ExtendedKeyUsagePurpose::ServerAuth,
    );
    let chain = vec![certificate.der().clone()];
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let config = ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!(
        "https://127.0.0.1:{}",
        listener.local_addr().unwrap().port()
    );
    let seen = Arc::new(Mutex::new(Seen::default()));
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let record = Arc::clone(&record);
            tokio::spawn(async move {
                let mut tls = match acceptor.accept(stream).await {
                    Ok(tls) => tls,
                    Err(e) => {
                        record.lock().unwrap().refused.push(e.to_string());
                        return;
                    }
                };
                record.lock().unwrap().connections += 1;
                let presented = tls.get_ref().1.peer_certificates().is_some();
                let mut buffer = Vec::new();
                loop {
                    // One request: headers, then the announced body.
                    let head_end = loop {
                        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                            break i + 4;
                        }
                        let mut chunk = [0; 4096];
                        match tls.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                    };
                    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
                    let length: usize = head
                        .lines()
                        .find_map(|l| {
                            let (name, value) = l.split_once(':')?;
                            name.eq_ignore_ascii_case("content-length")
                                .then(|| value.trim().parse().ok())?
                        })
                        .unwrap_or(0);
                    while buffer.len() < head_end + length {
                        let mut chunk = [0; 4096];
                        match tls.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                    }
                    buffer.drain(..head_end + length);
                    let line = head.lines().next().unwrap_or_default().to_owned();
                    record.lock().unwrap().requests.push((line, presented));
                    let body = "<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>";
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/xml\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    if tls.write_all(reply.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (base, seen)
}

/// A transport trusting `ca` only.
fn transport(ca: &Ca) -> HttpTransport {
    HttpTransport::with_tls(
        TransportConfig {
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(10),
            max_body_bytes: 64 * 1024,
        },
        TlsConfig {
            extra_roots: RootCertificate::from_pem(ca.pem().as_bytes()).unwrap(),
            bundled_roots: false,
        },
    )
    .unwrap()
}

fn reverse(base: &str) -> HttpCall {
    HttpCall {
        provider: "wechatpay",
        operation: "reverse",
        method: "POST",
        url: format!("{base}/secapi/pay/reverse"),
        message: Message {
            body: b"<xml><out_trade_no><![CDATA[1415757673]]></out_trade_no></xml>".to_vec(),
            headers: vec![("content-type".into(), "text/xml".into())],
        },
    }
}

const TLS13: &[&SupportedProtocolVersion] = &[&rustls::version::TLS13];
const TLS12: &[&SupportedProtocolVersion] = &[&rustls::version::TLS12];

/// Waits until the server has recorded what it saw of a connection the client gave up on.
async fn settled(seen: &Mutex<Seen>, refusals: usize) {
    for _ in 0..200 {
        if seen.lock().unwrap().refused.len() >= refusals {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the server never recorded the refused handshake");
}

#[tokio::test]
async fn the_call_presenting_the_client_certificate_is_answered() {
    for versions in [TLS13, TLS12] {
        let ca = Ca::new("payspec test CA");
        let (base, seen) = server(&ca, versions).await;
        let identity = Arc::new(ca.client_identity());
        let transport = transport(&ca);
        let reply = transport
            .send_with_identity(reverse(&base), Arc::clone(&identity))
            .await
            .unwrap_or_else(|e| panic!("{versions:?}: {e}"));
        assert_eq!(
            reply.body,
            b"<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>"
        );
        assert_eq!(reply.header("content-type"), Some("text/xml"));
        // Again, through a clone of the transport: the identity's client (and its connection)
        // is kept and shared.
        transport
            .clone()
            .send_with_identity(reverse(&base), identity)
            .await
            .unwrap();
        let seen = seen.lock().unwrap();
        assert_eq!(
            seen.requests,
            [
                ("POST /secapi/pay/reverse HTTP/1.1".to_owned(), true),
                ("POST /secapi/pay/reverse HTTP/1.1".to_owned(), true),
            ]
        );
        assert_eq!(
            seen.connections, 1,
            "{versions:?}: the connection was not reused"
        );
        assert!(seen.refused.is_empty());
    }
}

#[tokio::test]
async fn without_the_client_certificate_the_handshake_is_refused_before_anything_is_sent() {
    for versions in [TLS13, TLS12] {
        let ca = Ca::new("payspec test CA");
        let (base, seen) = server(&ca, versions).await;
        let transport = transport(&ca);
        // Several times: with TLS 1.3 the refusal arrives after the client has finished its
        // side of the handshake, and must still be read as a refused connection.
        for attempt in 1..=5 {
            let error = transport.send(reverse(&base)).await.unwrap_err();
            let TransportError::Connect(text) = &error else {
                panic!("{versions:?} attempt {attempt}: expected Connect, got {error:?}");
            };
            assert!(
                text.to_ascii_lowercase().contains("certificate")
                    || text.contains("HandshakeFailure"),
                "{text}"
            );
            assert_eq!(Error::from(error).kind(), ErrorKind::Definite);
            settled(&seen, attempt).await;
        }
        let seen = seen.lock().unwrap();
        assert!(seen.requests.is_empty(), "{:?}", seen.requests);
        assert_eq!(seen.connections, 0);
        assert_eq!(seen.refused.len(), 5, "{:?}", seen.refused);
    }
}

#[tokio::test]
async fn a_certificate_from_another_authority_is_refused_as_well() {
    for versions in [TLS13, TLS12] {
        let ca = Ca::new("payspec test CA");
        let (base, seen) = server(&ca, versions).await;
        let stranger = Arc::new(Ca::new("someone else").client_identity());
        let error = transport(&ca)
            .send_with_identity(reverse(&base), stranger)
            .await
            .unwrap_err();
        assert!(
            matches!(error, TransportError::Connect(_)),
            "{versions:?}: {error:?}"
        );
        settled(&seen, 1).await;
        assert!(seen.lock().unwrap().requests.is_empty());
    }
}

#[tokio::test]
async fn a_server_whose_authority_is_not_trusted_is_not_called() {
    let ca = Ca::new("payspec test CA");
    let (base, seen) = server(&ca, TLS13).await;
    let identity = Arc::new(ca.client_identity());
    // The bundled web roots only: the test CA is unknown.
    let error = HttpTransport::new(TransportConfig::default())
        .unwrap()
        .send_with_identity(reverse(&base), identity)
        .await
        .unwrap_err();
    let TransportError::Connect(text) = &error else {
        panic!("expected Connect, got {error:?}");
    };
    assert!(text.contains("UnknownIssuer"), "{text}");
    settled(&seen, 1).await;
    assert!(seen.lock().unwrap().requests.is_empty());
}

/// A transport that only knows `send` (a test double, a wrapper that forwards `send` alone).
struct SendOnly;

impl Transport for SendOnly {
    fn send<'a>(&'a self, _call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        Box::pin(async { panic!("a call that needs a client certificate was sent without it") })
    }
}

#[tokio::test]
async fn a_transport_that_cannot_present_a_certificate_sends_nothing() {
    let ca = Ca::new("payspec test CA");
    let error = SendOnly
        .send_with_identity(
            reverse("https://127.0.0.1:9"),
            Arc::new(ca.client_identity()),
        )
        .await
        .unwrap_err();
    assert_eq!(
        error,
        TransportError::Connect(
            "wechatpay reverse needs a client certificate, which this transport cannot \
             present; nothing was sent"
                .into()
        )
    );
}

#[test]
fn certificates_and_keys_that_cannot_be_used_are_clear_errors() {
    let ca = Ca::new("payspec test CA");
    let (certificate, key) = ca.issue(&["merchant"], ExtendedKeyUsagePurpose::ClientAuth);
    let certificate = certificate.pem();
    let key_pem = key.serialize_pem();
    let (_, other_key) = ca.issue(&["other"], ExtendedKeyUsagePurpose::ClientAuth);
    let error = |certificate: &str, key: &str| {
        ClientIdentity::from_pem(certificate.as_bytes(), key.as_bytes())
            .unwrap_err()
            .to_string()
    };
    let cases = [
        (
            error("", &key_pem),
            "the client certificate holds no certificate (PEM `CERTIFICATE`)",
        ),
        (
            error(&key_pem, &key_pem),
            "the client certificate holds no certificate",
        ),
        (
            error(
                &certificate.replace("-----END CERTIFICATE-----", ""),
                &key_pem,
            ),
            "the client certificate is not valid PEM: a block has no END line",
        ),
        (
            error(&certificate, ""),
            "the client key holds no private key (PEM `PRIVATE KEY`, `RSA PRIVATE KEY` or \
             `EC PRIVATE KEY`)",
        ),
        (
            error(&certificate, &certificate),
            "the client key holds no private key",
        ),
        (
            error(
                &certificate,
                &key_pem.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"),
            ),
            "the client key is encrypted: give it unencrypted",
        ),
        (
            error(&certificate, &other_key.serialize_pem()),
            "the client key does not belong to the client certificate",
        ),
    ];
    for (error, expected) in cases {
        assert!(
            error.starts_with(expected),
            "{error:?} should say {expected:?}"
        );
    }
    let identity = ClientIdentity::from_pem(certificate.as_bytes(), key_pem.as_bytes()).unwrap();
    let debug = format!("{identity:?}");
    assert_eq!(debug, "ClientIdentity { certificates: 1, .. }");

    // Files: a missing one is named, and the error means nothing was sent.
    let missing = std::env::temp_dir().join("payspec-no-such-dir/apiclient_cert.pem");
    let error = ClientIdentity::from_pem_files(&missing, &missing).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("cannot read the client certificate /"),
        "{error}"
    );
    assert!(error.to_string().contains("apiclient_cert.pem"), "{error}");
    let transport_error = TransportError::from(error);
    assert!(matches!(transport_error, TransportError::Connect(_)));
    assert_eq!(Error::from(transport_error).kind(), ErrorKind::Definite);

    let dir = std::env::temp_dir().join(format!("payspec-mtls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, &certificate).unwrap();
    std::fs::write(&key_path, other_key.serialize_pem()).unwrap();
    let error = ClientIdentity::from_pem_files(&cert_path, &key_path).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the client key does not belong to the client certificate (certificate /"),
        "{error}"
    );
    std::fs::write(&key_path, &key_pem).unwrap();
    ClientIdentity::from_pem_files(&cert_path, &key_path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();

    // Roots.
    let roots = RootCertificate::from_pem(format!("{}{}", ca.pem(), certificate).as_bytes());
    assert_eq!(roots.unwrap().len(), 2);
    assert_eq!(
        RootCertificate::from_pem(key_pem.as_bytes())
            .unwrap_err()
            .to_string(),
        "the root certificate bundle holds no certificate (PEM `CERTIFICATE`)"
    );
    let garbage = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    assert!(RootCertificate::from_pem(garbage.as_bytes())
        .unwrap_err()
        .to_string()
        .starts_with("certificate 1 of the root certificate bundle cannot be trusted"));
}

/// The micro provider's query, presenting the client certificate named by two config keys.
static QUERY_WITH_CERTIFICATE: payspec_core::descriptor::OperationDescriptor =
    payspec_core::descriptor::OperationDescriptor {
        client_certificate: Some(payspec_core::descriptor::ClientCertificate {
            certificate: "client_certificate",
            key: "client_key",
        }),
        ..payspec_core::testing::micro::QUERY
    };

#[derive(serde::Serialize)]
struct Query {
    out_trade_no: &'static str,
}

#[tokio::test]
async fn an_operation_whose_spec_names_a_client_certificate_presents_it_from_configuration() {
    use payspec_core::testing::micro;
    let ca = Ca::new("payspec test CA");
    let (base, seen) = server(&ca, TLS13).await;
    let transport = transport(&ca);
    let (certificate, key) = ca.issue(&["merchant"], ExtendedKeyUsagePurpose::ClientAuth);
    let mut creds = micro::creds();
    let call = |creds: std::collections::BTreeMap<String, String>| {
        let (base, transport) = (base.clone(), transport.clone());
        async move {
            payspec_client::exchange::exchange::<Query, serde_json::Value>(
                &micro::PROVIDER,
                &QUERY_WITH_CERTIFICATE,
                &base,
                &Query { out_trade_no: "o1" },
                &creds,
                None,
                &transport,
            )
            .await
        }
    };

    // Not configured: refused before anything is sent.
    let missing = call(creds.clone())
        .await
        .expect_err("no certificate configured");
    assert!(
        matches!(&missing, Error::MissingConfig(k) if k == "client_certificate"),
        "{missing}"
    );
    assert_eq!(missing.kind(), ErrorKind::Definite);

    // Configured: presented. (The test server answers XML, which this JSON provider cannot
    // read: that the call got there is what counts.) Twice: one identity, one connection.
    creds.insert("client_certificate".into(), certificate.pem());
    creds.insert("client_key".into(), key.serialize_pem());
    for _ in 0..2 {
        let answered = call(creds.clone()).await.expect_err("an XML answer");
        assert!(matches!(answered, Error::Malformed(_)), "{answered}");
    }
    {
        let seen_now = seen.lock().unwrap();
        assert_eq!(seen_now.requests.len(), 2);
        assert!(seen_now.requests.iter().all(|(_, presented)| *presented));
        assert_eq!(seen_now.connections, 1, "the identity was not reused");
    }

    // A key that is not the certificate's: a clear error, nothing sent.
    let (_, other_key) = ca.issue(&["merchant"], ExtendedKeyUsagePurpose::ClientAuth);
    creds.insert("client_key".into(), other_key.serialize_pem());
    let mismatched = call(creds).await.expect_err("mismatched key");
    assert_eq!(mismatched.kind(), ErrorKind::Definite, "{mismatched}");
    assert!(
        !mismatched.to_string().contains("PRIVATE KEY"),
        "{mismatched}"
    );
    assert_eq!(seen.lock().unwrap().requests.len(), 2);
}

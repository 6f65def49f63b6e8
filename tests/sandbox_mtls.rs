//! The simulator serves an operation that requires the merchant's client certificate over
//! mutual TLS, from the descriptors alone: a provider module written here by hand (the core's
//! `micro` test provider, its reverse marked `client_certificate`) is served over HTTPS with a
//! test CA the simulator makes, and
//! - the reverse succeeds with the certificate the simulator's credentials carry;
//! - it is refused without a certificate (by the client before sending, or by the simulator with
//!   HTTP 403 when a request comes without one), with a certificate from another CA (the
//!   handshake refuses it: nothing sent) and with another provider's certificate of the same CA
//!   (HTTP 403) — never processed, never a success, never a failed payment;
//! - the provider's plain operations work over the same HTTPS base URL without a certificate;
//! - the full saga, the demo and chaos drive it unchanged (the reverse goes out over mutual TLS).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use payspec::sandbox::{self, Sandbox, SandboxHandle, Scenario};
use payspec_client::transport::{
    BoxFuture, ClientIdentity, HttpCall, HttpTransport, Transport, TransportConfig, TransportError,
};
use payspec_client::{FinalOutcome, Gateway, PayIntent, SpecGateway};
use payspec_core::codec::{self, EncodeContext, Message};
use payspec_core::descriptor::{
    Answer, ClientCertificate, ConfigKey, OperationDescriptor, ProviderDescriptor, ProviderModule,
    SandboxAnswers,
};
use payspec_core::json::{Json, Object};
use payspec_core::testing::micro;
use payspec_core::{Classification, Error, ErrorKind, Money, Redacted, TradeStatus};
use tokio::net::TcpListener;

/// The config keys of the merchant's client certificate and key.
const CERTIFICATE: ClientCertificate = ClientCertificate {
    certificate: "client_cert",
    key: "client_key",
};

/// The micro provider's reverse, over mutual TLS.
static REVERSE: OperationDescriptor = OperationDescriptor {
    client_certificate: Some(CERTIFICATE),
    ..micro::REVERSE
};

static CONFIG: &[ConfigKey] = &[
    ConfigKey {
        key: "merchant_id",
        sensitive: false,
        optional: false,
        doc: "merchant id",
    },
    ConfigKey {
        key: "key",
        sensitive: true,
        optional: false,
        doc: "signing key",
    },
    ConfigKey {
        key: "client_cert",
        sensitive: false,
        optional: false,
        doc: "the merchant's client certificate (PEM)",
    },
    ConfigKey {
        key: "client_key",
        sensitive: true,
        optional: false,
        doc: "its private key (PEM)",
    },
];

const fn answer(code: &'static str, sub_code: Option<&'static str>) -> Answer {
    Answer {
        code: Some(code),
        message: None,
        sub_code,
        business: None,
        fields: &[],
        by_operation: &[],
    }
}

/// The provider's answers: `0` is processed; a refusal of the request itself carries
/// `SYSTEMERROR`, which the micro rules read as unknown (never failed); a reverse says whether to
/// call again.
static ANSWERS: SandboxAnswers = SandboxAnswers {
    ok: answer("0", None),
    paying: answer("1", Some("USERPAYING")),
    failed: answer("1", Some("NOTENOUGH")),
    system_error: answer("1", Some("SYSTEMERROR")),
    bad_signature: answer("1", Some("SYSTEMERROR")),
    invalid: answer("1", Some("SYSTEMERROR")),
    duplicate_order: answer("1", Some("SYSTEMERROR")),
    not_found: answer("1", Some("SYSTEMERROR")),
    reversed: Answer {
        code: None,
        message: None,
        sub_code: None,
        business: None,
        fields: &[("recall", "\"N\"")],
        by_operation: &[],
    },
    call_again: Answer {
        code: None,
        message: None,
        sub_code: None,
        business: None,
        fields: &[("recall", "\"Y\"")],
        by_operation: &[],
    },
};

static MODULE: ProviderModule = ProviderModule {
    operations: &[&micro::MICROPAY, &micro::QUERY, &REVERSE],
    config: CONFIG,
    sandbox: Some(&ANSWERS),
    ..micro::MODULE
};

/// The micro provider under another name (its signing recipe written out: it is not `Copy`).
macro_rules! micro_named {
    ($name:literal) => {
        ProviderDescriptor {
            name: $name,
            signing: payspec_core::testing::MD5_SORTED_PAIRS,
            states: micro::PROVIDER.states,
            poll: micro::PROVIDER.poll,
            utc_offset_minutes: micro::PROVIDER.utc_offset_minutes,
            rotating_config: &[],
        }
    };
}

/// A second merchant of another provider with the same reverse: its certificate comes from the
/// same test CA.
static OTHER_PROVIDER: ProviderDescriptor = micro_named!("othermicro");

static OTHER: ProviderModule = ProviderModule {
    provider: &OTHER_PROVIDER,
    ..MODULE
};

/// A provider with no operation over mutual TLS: served over plain HTTP beside them.
static PLAIN_PROVIDER: ProviderDescriptor = micro_named!("plainmicro");

static PLAIN: ProviderModule = ProviderModule {
    provider: &PLAIN_PROVIDER,
    operations: &[&micro::MICROPAY, &micro::QUERY, &micro::REVERSE],
    config: micro::MODULE.config,
    ..MODULE
};

async fn start(modules: &[&'static ProviderModule]) -> SandboxHandle {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    sandbox::spawn(listener, Sandbox::new(modules)).expect("spawn")
}

/// A transport trusting the simulator's test CA.
fn transport(handle: &SandboxHandle) -> Arc<HttpTransport> {
    Arc::new(
        HttpTransport::with_tls(
            TransportConfig {
                connect_timeout: Duration::from_secs(5),
                total_timeout: Duration::from_secs(10),
                ..TransportConfig::default()
            },
            handle.tls_config(),
        )
        .expect("transport"),
    )
}

fn creds(handle: &SandboxHandle, provider: &str) -> BTreeMap<String, String> {
    handle.credentials(provider).cloned().expect("credentials")
}

fn gateway(
    handle: &SandboxHandle,
    module: &'static ProviderModule,
    transport: Arc<dyn Transport>,
) -> SpecGateway {
    let name = module.provider.name;
    SpecGateway::new(
        module,
        Arc::new(creds(handle, name)),
        handle.base_url(name),
        transport,
    )
}

fn intent(order_id: &str, scenario: Scenario) -> PayIntent {
    PayIntent {
        order_id: order_id.into(),
        amount: Money::fen(1),
        auth_code: Redacted::new(scenario.auth_code()),
        subject: "mtls".into(),
        description: None,
        device_id: None,
        notify_url: None,
    }
}

/// Pays `order_id` with a code the simulator leaves paying, so that only a reverse ends it.
async fn paying(gateway: &SpecGateway, order_id: &str) {
    let view = gateway
        .pay(&intent(order_id, Scenario::PayingNeverConfirmed))
        .await
        .expect("pay over the HTTPS base URL, no certificate needed");
    assert_eq!(view.classification, Classification::Pending, "{view:?}");
}

fn status(handle: &SandboxHandle, provider: &str, order_id: &str) -> (TradeStatus, u32) {
    let trade = handle.ledger().trade(provider, order_id).expect("trade");
    (trade.status, trade.reverse_calls)
}

#[tokio::test]
async fn the_reverse_goes_over_mutual_tls_and_plain_operations_share_the_https_base_url() {
    let handle = start(&[&MODULE, &PLAIN]).await;
    let base = handle.base_url("micro");
    assert!(base.starts_with("https://127.0.0.1:"), "{base}");
    // The provider without a certificate operation stays on plain HTTP, on the same port.
    let plain_base = handle.base_url("plainmicro");
    assert_eq!(
        plain_base,
        format!("http://{}/plainmicro", handle.addr()),
        "{plain_base}"
    );
    let ca = handle.ca_certificate_pem().expect("a test CA");
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"), "{ca}");
    // The merchant's certificate and key under the config keys the spec names.
    let creds = creds(&handle, "micro");
    assert!(creds["client_cert"].contains("BEGIN CERTIFICATE"));
    assert!(creds["client_key"].contains("BEGIN PRIVATE KEY"));
    assert!(!handle
        .credentials("plainmicro")
        .expect("plain credentials")
        .contains_key("client_cert"));

    let transport = transport(&handle);
    let gateway = gateway(&handle, &MODULE, transport.clone());
    // Plain operations (pay, query) over HTTPS without a certificate.
    paying(&gateway, "MTLS1").await;
    let view = gateway.query("MTLS1").await.expect("query");
    assert_eq!(view.classification, Classification::Pending, "{view:?}");
    // The reverse presents the merchant's certificate and is processed.
    let view = gateway
        .reverse("MTLS1")
        .await
        .expect("reverse over mutual TLS");
    assert_eq!(view.classification, Classification::Success, "{view:?}");
    assert_eq!(
        status(&handle, "micro", "MTLS1"),
        (TradeStatus::Reversed, 1)
    );

    // The plain provider, through the same transport, over plain HTTP.
    let plain = self::gateway(&handle, &PLAIN, transport);
    paying(&plain, "PLAIN1").await;
    let view = plain.reverse("PLAIN1").await.expect("plain reverse");
    assert_eq!(view.classification, Classification::Success, "{view:?}");
    handle.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn the_saga_ends_reversed_over_mutual_tls() {
    let handle = start(&[&MODULE]).await;
    let gateway = gateway(&handle, &MODULE, transport(&handle));
    let policy = MODULE.provider.poll.compressed(50);
    let outcome = payspec_client::pay_and_wait(
        &gateway,
        &intent("SAGA1", Scenario::PayingNeverConfirmed),
        &policy,
        &mut |_| {},
    )
    .await;
    assert!(
        matches!(outcome, FinalOutcome::Reversed { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        handle
            .ledger()
            .trade("micro", "SAGA1")
            .expect("trade")
            .status,
        TradeStatus::Reversed
    );
    handle.shutdown().await.expect("shutdown");
}

/// Forwards `send` only, as a wrapper written before mutual TLS would: the trait's default
/// `send_with_identity` refuses, before sending anything.
struct SendOnly(Arc<HttpTransport>);

impl Transport for SendOnly {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.0.send(call)
    }
}

/// Presents `identity` instead of the one it is given.
struct Substitute {
    inner: Arc<HttpTransport>,
    identity: Arc<ClientIdentity>,
}

impl Transport for Substitute {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.inner.send(call)
    }

    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        _identity: Arc<ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.inner
            .send_with_identity(call, Arc::clone(&self.identity))
    }
}

/// A client certificate of another CA, made here.
fn stranger() -> Arc<ClientIdentity> {
    use rcgen::{BasicConstraints, CertificateParams, ExtendedKeyUsagePurpose, IsCa, KeyPair};
    let ca_key = KeyPair::generate().expect("key");
    let mut ca = CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca.self_signed(&ca_key).expect("CA");
    let key = KeyPair::generate().expect("key");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let certificate = params.signed_by(&key, &ca, &ca_key).expect("certificate");
    Arc::new(
        ClientIdentity::from_pem(certificate.pem().as_bytes(), key.serialize_pem().as_bytes())
            .expect("identity"),
    )
}

/// A refused reverse: an error that is never read as a failed payment, and the trade untouched.
fn assert_refused(result: Result<payspec_client::TradeView, Error>, what: &str) -> Error {
    let error = result.expect_err(what);
    assert!(
        matches!(error, Error::Transport(_)),
        "{what}: a transport refusal, got {error:?}"
    );
    error
}

#[tokio::test]
async fn the_reverse_is_refused_without_the_merchants_certificate() {
    let handle = start(&[&MODULE, &OTHER]).await;
    let transport = transport(&handle);
    let gateway = gateway(&handle, &MODULE, transport.clone());
    paying(&gateway, "NOCERT1").await;

    // 1. A transport that cannot present a certificate: the client refuses, nothing is sent.
    let send_only = self::gateway(&handle, &MODULE, Arc::new(SendOnly(transport.clone())));
    let error = assert_refused(send_only.reverse("NOCERT1").await, "no identity");
    assert_eq!(error.kind(), ErrorKind::Definite, "{error}");
    assert!(error.to_string().contains("nothing was sent"), "{error}");

    // 2. The request sent without a certificate anyway (a client that ignores the spec): the
    //    simulator refuses it with HTTP 403 before processing it.
    let creds = creds(&handle, "micro");
    let mut content = Object::new();
    content.insert("out_trade_no".into(), Json::String("NOCERT1".into()));
    let message = codec::encode_request(
        MODULE.provider,
        &REVERSE,
        &content,
        &creds,
        &EncodeContext::try_fresh().expect("context"),
    )
    .expect("encodes");
    let answer = transport
        .send(HttpCall {
            provider: "micro",
            operation: "reverse",
            method: "POST",
            url: format!("{}{}", handle.base_url("micro"), REVERSE.path),
            message,
        })
        .await;
    match &answer {
        Err(TransportError::Status { code: 403, body }) => {
            let text = String::from_utf8_lossy(body);
            assert!(text.contains("client certificate"), "{text}");
        }
        other => panic!("expected HTTP 403, got {other:?}"),
    }
    // Read as the flow reads it: not definite, so never a failed payment; never a success.
    let error = Error::from(answer.expect_err("refused"));
    assert_eq!(error.kind(), ErrorKind::Unknown, "{error}");

    // 3. A certificate from another CA: the handshake refuses it, nothing was sent.
    let foreign = self::gateway(
        &handle,
        &MODULE,
        Arc::new(Substitute {
            inner: transport.clone(),
            identity: stranger(),
        }),
    );
    let error = assert_refused(foreign.reverse("NOCERT1").await, "another CA");
    assert_eq!(error.kind(), ErrorKind::Definite, "{error}");

    // 4. Another merchant's certificate from the simulator's own CA: HTTP 403.
    let other_creds = self::creds(&handle, "othermicro");
    let other_identity =
        payspec_client::exchange::client_identity(&OTHER_PROVIDER, CERTIFICATE, &other_creds)
            .expect("the other merchant's identity");
    let impostor = self::gateway(
        &handle,
        &MODULE,
        Arc::new(Substitute {
            inner: transport.clone(),
            identity: other_identity,
        }),
    );
    let error = assert_refused(impostor.reverse("NOCERT1").await, "another merchant");
    match &error {
        Error::Transport(TransportError::Status { code: 403, body }) => {
            assert!(String::from_utf8_lossy(body).contains("not this merchant's"));
        }
        other => panic!("expected HTTP 403, got {other:?}"),
    }

    // None of them reached the trade.
    assert_eq!(
        status(&handle, "micro", "NOCERT1"),
        (TradeStatus::Paying, 0)
    );
    // And the merchant's own certificate still does.
    let view = gateway.reverse("NOCERT1").await.expect("reverse");
    assert_eq!(view.classification, Classification::Success, "{view:?}");
    assert_eq!(
        status(&handle, "micro", "NOCERT1"),
        (TradeStatus::Reversed, 1)
    );
    handle.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn a_plain_http_request_to_the_https_provider_is_refused_for_its_certificate() {
    let handle = start(&[&MODULE]).await;
    let transport = transport(&handle);
    let gateway = gateway(&handle, &MODULE, transport.clone());
    paying(&gateway, "PLAINREQ").await;
    // The same port answers plain HTTP too (one listener); a certificate operation reached that
    // way has none, and is refused.
    let plain_base = handle.base_url("micro").replacen("https://", "http://", 1);
    let plain = SpecGateway::new(
        &MODULE,
        Arc::new(creds(&handle, "micro")),
        plain_base,
        transport,
    );
    let error = plain.reverse("PLAINREQ").await.expect_err("refused");
    assert!(
        matches!(
            error,
            Error::Transport(TransportError::Status { code: 403, .. })
        ),
        "{error:?}"
    );
    assert_eq!(
        status(&handle, "micro", "PLAINREQ"),
        (TradeStatus::Paying, 0)
    );
    handle.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn the_demo_runs_a_provider_with_a_mutual_tls_reverse() {
    let (path, journal) = payspec::cli::demo::temp_journal().expect("journal");
    let rows = payspec::cli::demo::run(
        &[&MODULE],
        payspec::cli::demo::DemoSpeed { divisor: 20 },
        journal,
    )
    .await
    .expect("demo");
    let _ = std::fs::remove_file(&path);
    assert_eq!(rows.len(), Scenario::ALL.len());
    let wrong: Vec<_> = rows.iter().filter(|r| !r.as_expected()).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    // The reversing scenarios ended reversed: their reverse went out over mutual TLS.
    assert!(rows
        .iter()
        .any(|r| matches!(r.outcome, FinalOutcome::Reversed { .. })));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chaos_drives_a_provider_with_a_mutual_tls_reverse() {
    let mut config = payspec::chaos::ChaosConfig::new(60, 11);
    config.faults = config.faults.without_money_faults();
    let report = payspec::chaos::run(&[&MODULE, &PLAIN], &config)
        .await
        .expect("chaos");
    assert_eq!(report.discrepancies(), 0, "{report}");
    let reversed = report.driven.get("reversed").copied().unwrap_or(0)
        + report.recovered.get("reversed").copied().unwrap_or(0);
    assert!(reversed > 0, "no payment was reversed:\n{report}");
}

#[test]
fn providers_lists_the_mutual_tls_operation_and_its_keys() {
    let listing = payspec::cli::providers::listing(&[&MODULE, &PLAIN]);
    assert!(
        listing.contains(
            "mutual TLS: reverse presents the client certificate `client_cert` with its key \
             `client_key`"
        ),
        "{listing}"
    );
    assert!(listing.contains("client_key (secret)"), "{listing}");
    // Only the provider that has one says so.
    assert_eq!(listing.matches("mutual TLS").count(), 1, "{listing}");
}

#[tokio::test]
async fn the_sandbox_command_writes_configurations_a_client_can_load() {
    let sandbox = Sandbox::new(&[&MODULE, &PLAIN]);
    let addr: std::net::SocketAddr = "127.0.0.1:8600".parse().expect("addr");
    assert!(payspec::cli::sandbox::needs_client_files(&sandbox));
    let dir = std::env::temp_dir().join(format!("payspec-mtls-test-{}", std::process::id()));
    let files = payspec::cli::sandbox::write_client_files(&dir, &sandbox, addr).expect("written");
    let banner = payspec::cli::sandbox::banner(&sandbox, addr, Some(&files));
    assert!(
        banner.contains("base_url = \"https://127.0.0.1:8600/micro\"  (mutual TLS: reverse)"),
        "{banner}"
    );
    assert!(
        banner.contains("base_url = \"http://127.0.0.1:8600/plainmicro\""),
        "{banner}"
    );
    // The banner never shows a key.
    assert!(!banner.contains("PRIVATE KEY"), "{banner}");
    // The files load as a client's configuration, certificate and key included, and the CA as
    // `--ca-certificate`.
    let settings = payspec_client::config::load_credentials_with(
        Some(&files.configs["micro"]),
        "PAYSPEC_MICRO",
        MODULE.config,
        &|_| None,
    )
    .expect("loads");
    assert_eq!(settings.base_url, "https://127.0.0.1:8600/micro");
    let identity =
        payspec_client::exchange::client_identity(MODULE.provider, CERTIFICATE, &settings);
    assert!(identity.is_ok(), "{identity:?}");
    let tls = payspec::cli::pay::tls_config(files.ca_certificate.as_deref()).expect("CA");
    assert_eq!(tls.extra_roots.len(), 1);
    assert!(tls.bundled_roots);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&files.configs["micro"])
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "readable by its owner only: {mode:o}");
    }
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

#[test]
fn a_ca_certificate_file_that_is_not_one_is_a_usage_error() {
    let dir = std::env::temp_dir().join(format!("payspec-mtls-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let not_pem = dir.join("not.pem");
    std::fs::write(&not_pem, "base_url = \"x\"\n").expect("written");
    let error = payspec::cli::pay::tls_config(Some(&not_pem)).expect_err("refused");
    assert!(
        error.0.starts_with("--ca-certificate: ") && error.0.contains("no certificate"),
        "{error}"
    );
    let missing = dir.join("missing.pem");
    let error = payspec::cli::pay::tls_config(Some(&missing)).expect_err("refused");
    assert!(error.0.contains("cannot read"), "{error}");
    // Without the option: the bundled roots alone.
    let tls = payspec::cli::pay::tls_config(None).expect("default");
    assert!(tls.extra_roots.is_empty() && tls.bundled_roots);
    std::fs::remove_dir_all(&dir).expect("cleanup");
}

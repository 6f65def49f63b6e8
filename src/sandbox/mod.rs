//! A provider simulator for every provider module at once, driven by the specs alone.
//!
//! Each module is served under its own path prefix: `POST /{provider}{path}` for every outbound
//! operation (so a client's base URL is `http://host:port/{provider}`; `https://…` for a
//! provider with an operation that requires the merchant's client certificate, see [`tls`]). A request is decoded and
//! its signature verified by the spec's rule, checked exactly as the typed API checks it, and
//! answered in the provider's own wire values (the spec's `sandbox:` answers), signed by the
//! spec's rule. What happens to a payment is chosen by its auth code: see [`scenario`]. The
//! trades are kept in a [`Ledger`] that tests read.
//!
//! A provider's unified order (`UnifiedOrder` role) is paid by a simulated customer after a
//! while, and its notification POSTed to the order's notify url until the merchant acknowledges
//! it: see [`notify`] and [`Sandbox::notifications`].
//!
//! Nothing here names a provider: a new spec is simulated as soon as it is generated.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use payspec::sandbox::{self, Sandbox};
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! let handle = sandbox::spawn(listener, Sandbox::new(payspec::providers::MODULES))?;
//! println!("pooul at {}", handle.base_url("pooul"));
//! handle.shutdown().await?;
//! # Ok(()) }
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use payspec_client::transport::TlsConfig;
use payspec_core::descriptor::{ProviderModule, SandboxAnswers};
use payspec_core::Error;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

pub mod admin;
pub mod faults;
mod ledger;
pub mod notify;
mod reply;
pub mod scenario;
mod server;
pub mod test_keys;
pub mod tls;

pub use faults::{fault_kinds, FaultKind, FaultPlan, Faults, MoneyFault};
pub use ledger::{Ledger, Trade, WireAmount};
pub use notify::{Deliveries, Delivery, Notifications};
pub use scenario::{describe, Scenario};

/// The simulator's configuration: which providers, the merchant credentials it expects, and its
/// limits. Build it, then [`serve`] or [`spawn`] it.
#[derive(Debug, Clone)]
pub struct Sandbox {
    modules: Vec<&'static ProviderModule>,
    credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
    slow_reply: Duration,
    request_timeout: Duration,
    body_limit: usize,
    ledger: Ledger,
    /// Injected faults ([`Sandbox::faults`]); none by default.
    faults: Option<Arc<faults::Faults>>,
    notifications: Notifications,
    deliveries: Deliveries,
    /// The test PKI when a module has an operation that requires a client certificate (see
    /// [`tls`]); `Err` if it could not be made, reported when serving starts.
    tls: Result<Option<Arc<tls::SandboxTls>>, String>,
}

impl Sandbox {
    /// Every module, with default credentials (see [`default_credential`]), a 10 s slow reply,
    /// a 30 s request timeout and a 64 KiB body limit.
    ///
    /// When a module has an operation that requires the merchant's client certificate, this
    /// also makes the simulator's test PKI (a CA, a server certificate, a client certificate per
    /// such provider): that provider is then served over HTTPS, and its credentials hold the
    /// client certificate and key (PEM) under the config keys its spec names. See
    /// [`Sandbox::ca_certificate_pem`] and [`SandboxHandle::tls_config`].
    pub fn new(modules: &[&'static ProviderModule]) -> Sandbox {
        let tls = tls::SandboxTls::generate(modules).map(|made| made.map(Arc::new));
        let credentials = modules
            .iter()
            .map(|m| {
                let mut creds = merchant_credentials(m);
                let merchant = tls
                    .as_ref()
                    .ok()
                    .and_then(|tls| tls.as_ref().and_then(|tls| tls.merchant(m.provider.name)));
                if let Some(merchant) = merchant {
                    for keys in tls::client_certificate_keys(m) {
                        creds.insert(
                            keys.certificate.to_owned(),
                            merchant.certificate_pem.clone(),
                        );
                        creds.insert(keys.key.to_owned(), merchant.key_pem.clone());
                    }
                }
                (m.provider.name, creds)
            })
            .collect();
        if let Err(why) = &tls {
            tracing::error!(why, "sandbox: no test certificates; serving will fail");
        }
        Sandbox {
            modules: modules.to_vec(),
            credentials,
            slow_reply: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            body_limit: 64 * 1024,
            ledger: Ledger::default(),
            faults: None,
            notifications: Notifications::default(),
            deliveries: Deliveries::default(),
            tls,
        }
    }

    /// The test CA's certificate (PEM) when a provider is served over HTTPS: what a client
    /// trusts to reach it (see [`SandboxHandle::tls_config`]). `None` when every provider is
    /// served over plain HTTP.
    pub fn ca_certificate_pem(&self) -> Option<&str> {
        self.tls
            .as_ref()
            .ok()?
            .as_deref()
            .map(tls::SandboxTls::ca_pem)
    }

    /// The base URL of `provider` on a simulator listening at `addr` (see
    /// [`SandboxHandle::base_url`]).
    pub fn base_url(&self, addr: SocketAddr, provider: &str) -> String {
        base_url(addr, provider, self.serves_https(provider))
    }

    /// Whether `provider` is served over HTTPS (it has an operation that requires a client
    /// certificate).
    pub fn serves_https(&self, provider: &str) -> bool {
        self.tls
            .as_ref()
            .is_ok_and(|tls| tls.as_ref().is_some_and(|tls| tls.serves(provider)))
    }

    /// Overrides one credential of one provider (ignored for a provider not served). A client
    /// certificate given this way is not the one the simulator issued: the operations that
    /// require the merchant's certificate refuse it.
    pub fn credential(mut self, provider: &str, key: &str, value: impl Into<String>) -> Sandbox {
        if let Some(creds) = self
            .credentials
            .iter_mut()
            .find(|(name, _)| **name == provider)
            .map(|(_, creds)| creds)
        {
            creds.insert(key.to_owned(), value.into());
        }
        self
    }

    /// How long scenario `05` holds its reply (default 10 s): set it above the client's timeout.
    pub fn slow_reply(mut self, delay: Duration) -> Sandbox {
        self.slow_reply = delay;
        self
    }

    /// The time allowed to receive a request body (default 30 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Sandbox {
        self.request_timeout = timeout;
        self
    }

    /// The largest request body accepted (default 64 KiB); larger ones get HTTP 413.
    pub fn body_limit(mut self, bytes: usize) -> Sandbox {
        self.body_limit = bytes;
        self
    }

    /// When unified orders are paid and how their notifications are delivered (default: paid
    /// after 2 s, the provider's published redelivery schedule, no duplicates).
    pub fn notifications(mut self, settings: Notifications) -> Sandbox {
        self.notifications = settings;
        self
    }

    /// The notifications delivered, shared with the server (read it while it runs).
    pub fn deliveries(&self) -> Deliveries {
        self.deliveries.clone()
    }

    /// The merchant credentials the sandbox expects from a provider's clients (they implement
    /// `Credentials`): give the same to the client.
    pub fn credentials(&self, provider: &str) -> Option<&BTreeMap<String, String>> {
        self.credentials
            .iter()
            .find(|(name, _)| **name == provider)
            .map(|(_, creds)| creds)
    }

    /// The simulator's own view of each provider's credentials: the merchant's, except that a
    /// provider signing with a public-key algorithm signs with its own private key and
    /// verifies with the merchant's public key ([`test_keys::server_keys`]), whatever key the
    /// merchant was given (a client given another key is then refused, as the provider would).
    fn server_credentials(&self) -> BTreeMap<&'static str, BTreeMap<String, String>> {
        let mut credentials = self.credentials.clone();
        for m in &self.modules {
            if let Some(creds) = credentials.get_mut(m.provider.name) {
                test_keys::insert(creds, &test_keys::server_keys(&m.provider.signing));
            }
        }
        credentials
    }

    /// The modules served.
    pub fn modules(&self) -> &[&'static ProviderModule] {
        &self.modules
    }

    /// The trades, shared with the server (read it while it runs).
    pub fn ledger(&self) -> Ledger {
        self.ledger.clone()
    }
}

/// How `module`'s provider answers, by situation (its spec's `sandbox:` table). Every module of
/// `payspec_generated::MODULES` has them here (this package turns on the generated crate's
/// `sandbox` feature); a module without them gets no reply from the simulator, only this error.
pub fn answers(module: &ProviderModule) -> Result<&'static SandboxAnswers, Error> {
    module.sandbox.ok_or_else(|| {
        Error::Descriptor(format!(
            "provider `{}` has no sandbox answers (the generated crate's `sandbox` feature)",
            module.provider.name
        ))
    })
}

/// `http://{addr}/{provider}`, or `https://…` when the provider is served over TLS.
fn base_url(addr: SocketAddr, provider: &str, https: bool) -> String {
    let scheme = if https { "https" } else { "http" };
    format!("{scheme}://{addr}/{provider}")
}

/// The default value of a config key: `CNY` for a key naming a currency, else
/// `sandbox-<key>`.
pub fn default_credential(key: &str) -> String {
    if key.to_ascii_lowercase().contains("currency") {
        "CNY".to_owned()
    } else {
        format!("sandbox-{key}")
    }
}

/// The merchant credentials of `module` the simulator expects: [`default_credential`] under
/// every config key that is not optional (an optional key is left out: the spec's default
/// applies, the signing algorithm's for one), and, when the provider signs with a public-key
/// algorithm, the merchant's test keys ([`test_keys::client_keys`]).
pub fn merchant_credentials(module: &ProviderModule) -> BTreeMap<String, String> {
    let mut creds: BTreeMap<String, String> = module
        .config
        .iter()
        .filter(|c| !c.optional)
        .map(|c| (c.key.to_owned(), default_credential(c.key)))
        .collect();
    test_keys::insert(
        &mut creds,
        &test_keys::client_keys(&module.provider.signing),
    );
    creds
}

/// Serves until the task is dropped or the process ends.
pub async fn serve(listener: TcpListener, sandbox: Sandbox) -> io::Result<()> {
    serve_with_shutdown(listener, sandbox, std::future::pending()).await
}

/// Serves until `signal` completes, then finishes the requests under way.
pub async fn serve_with_shutdown(
    listener: TcpListener,
    sandbox: Sandbox,
    signal: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let tls = sandbox
        .tls
        .clone()
        .map_err(|why| io::Error::other(format!("the simulator's test certificates: {why}")))?;
    // Pending notifications stop when the server is told to stop (or this future is dropped,
    // which drops the sender).
    let (stop, stopped) = watch::channel(false);
    let server_credentials = sandbox.server_credentials();
    let notifier = notify::Notifier::new(
        sandbox.ledger.clone(),
        server_credentials.clone(),
        sandbox.notifications.clone(),
        sandbox.deliveries.clone(),
        stopped,
    )
    .map_err(io::Error::other)?;
    let signal = async move {
        signal.await;
        let _ = stop.send(true);
    };
    let app = Arc::new(server::App {
        ledger: sandbox.ledger.clone(),
        credentials: server_credentials,
        slow_reply: sandbox.slow_reply,
        request_timeout: sandbox.request_timeout,
        body_limit: sandbox.body_limit,
        faults: sandbox.faults.clone(),
        notifier: Arc::new(notifier),
        merchant_certificates: sandbox
            .modules
            .iter()
            .filter_map(|m| {
                let merchant = tls.as_ref()?.merchant(m.provider.name)?;
                Some((m.provider.name, merchant.der.clone()))
            })
            .collect(),
    });
    let router = server::router(&sandbox.modules, app).merge(admin::router(sandbox.ledger()));
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, providers = sandbox.modules.len(), "sandbox listening");
    }
    match tls {
        // Plain HTTP only, as before any provider needed a certificate.
        None => {
            axum::serve(listener, router)
                .with_graceful_shutdown(signal)
                .await
        }
        // TLS and plain HTTP on the one port; each request knows its connection's certificate.
        Some(tls) => {
            let listener = tls::SniffingListener::new(listener, &tls, sandbox.request_timeout)?;
            let service = router.into_make_service_with_connect_info::<tls::Peer>();
            axum::serve(listener, service)
                .with_graceful_shutdown(signal)
                .await
        }
    }
}

/// Serves in a background task of the current tokio runtime. The server stops when the handle
/// is shut down or dropped.
pub fn spawn(listener: TcpListener, sandbox: Sandbox) -> io::Result<SandboxHandle> {
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel::<()>();
    let ledger = sandbox.ledger();
    let deliveries = sandbox.deliveries();
    let credentials = sandbox.credentials.clone();
    let provider_credentials = sandbox.server_credentials();
    let roots = match &sandbox.tls {
        Ok(Some(tls)) => tls.roots().to_vec(),
        Ok(None) => Vec::new(),
        Err(why) => {
            return Err(io::Error::other(format!(
                "the simulator's test certificates: {why}"
            )))
        }
    };
    let ca_pem = sandbox.ca_certificate_pem().map(str::to_owned);
    let https = sandbox
        .modules
        .iter()
        .map(|m| m.provider.name)
        .filter(|name| sandbox.serves_https(name))
        .collect();
    let task = tokio::spawn(serve_with_shutdown(listener, sandbox, async move {
        // A dropped sender stops the server as well.
        let _ = stopped.await;
    }));
    Ok(SandboxHandle {
        addr,
        ledger,
        deliveries,
        credentials,
        provider_credentials,
        https,
        ca_pem,
        roots,
        stop: Some(stop),
        task: Some(task),
    })
}

/// A running sandbox: where it listens, its ledger, and how to stop it.
#[derive(Debug)]
pub struct SandboxHandle {
    addr: SocketAddr,
    ledger: Ledger,
    deliveries: Deliveries,
    credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
    /// The simulator's own view of them (see [`SandboxHandle::provider_credentials`]).
    provider_credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
    /// The providers served over HTTPS.
    https: BTreeSet<&'static str>,
    ca_pem: Option<String>,
    roots: Vec<payspec_client::transport::RootCertificate>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<io::Result<()>>>,
}

impl SandboxHandle {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL a client of this provider uses: `http://{addr}/{provider}`, or
    /// `https://{addr}/{provider}` when one of its operations requires a client certificate
    /// (the same port serves both).
    pub fn base_url(&self, provider: &str) -> String {
        base_url(self.addr, provider, self.https.contains(provider))
    }

    /// The test CA's certificate (PEM), when a provider is served over HTTPS.
    pub fn ca_certificate_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// The TLS settings of a client of this simulator: its test CA as the only trusted root
    /// (the bundled web roots are left out: nothing but the simulator is reached with them, and
    /// the CA's key never leaves this process's memory). Give it to
    /// `HttpTransport::with_tls`. With no provider over HTTPS, the default settings.
    pub fn tls_config(&self) -> TlsConfig {
        if self.roots.is_empty() {
            return TlsConfig::default();
        }
        TlsConfig {
            extra_roots: self.roots.clone(),
            bundled_roots: false,
        }
    }

    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// The notifications delivered so far.
    pub fn deliveries(&self) -> &Deliveries {
        &self.deliveries
    }

    /// The credentials the sandbox expects from this provider's clients.
    pub fn credentials(&self, provider: &str) -> Option<&BTreeMap<String, String>> {
        self.credentials
            .iter()
            .find(|(name, _)| **name == provider)
            .map(|(_, creds)| creds)
    }

    /// The credentials the simulated provider itself signs and verifies with: the merchant's
    /// ([`SandboxHandle::credentials`]), except that a provider signing with a public-key
    /// algorithm holds its own private key and the merchant's public key
    /// ([`test_keys::server_keys`]). What a tool sending messages as the provider signs with.
    pub fn provider_credentials(&self, provider: &str) -> Option<&BTreeMap<String, String>> {
        self.provider_credentials
            .iter()
            .find(|(name, _)| **name == provider)
            .map(|(_, creds)| creds)
    }

    /// Stops accepting, finishes the requests under way (a slow reply included), and returns
    /// the server's result.
    pub async fn shutdown(mut self) -> io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.task.take() {
            Some(task) => task.await.map_err(io::Error::other)?,
            None => Ok(()),
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

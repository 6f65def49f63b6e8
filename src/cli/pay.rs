//! `payspec pay | query | reverse`: one payment against a configured provider.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use payspec_client::transport::{HttpTransport, RootCertificate, TlsConfig, TransportConfig};
use payspec_client::{load_credentials, Gateway, PayIntent, SpecGateway, TradeView};
use payspec_core::descriptor::ProviderModule;
use payspec_core::{Currency, Money, Redacted};
use payspec_journal::recording::{pay_journaled, Journaled};
use payspec_journal::{Journal, JournalError};

use super::progress::PaymentProgress;
use super::providers::env_prefix;

/// Why a command could not start: always exit code 2, nothing was sent.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The provider named on the command line.
pub fn find_module(
    modules: &[&'static ProviderModule],
    name: &str,
) -> Result<&'static ProviderModule, UsageError> {
    modules
        .iter()
        .copied()
        .find(|m| m.provider.name == name)
        .ok_or_else(|| {
            let known: Vec<&str> = modules.iter().map(|m| m.provider.name).collect();
            UsageError(format!("no provider `{name}`; known: {}", known.join(", ")))
        })
}

/// A gateway from the config file and/or `PAYSPEC_<PROVIDER>_*` variables. `tls`: the
/// certificate authorities the transport trusts ([`tls_config`]).
pub fn gateway(
    module: &'static ProviderModule,
    config: Option<&PathBuf>,
    tls: &TlsConfig,
) -> Result<SpecGateway, UsageError> {
    let settings = load_credentials(
        config.map(PathBuf::as_path),
        &env_prefix(module.provider.name),
        module.config,
    )
    .map_err(|e| UsageError(format!("configuration: {e}")))?;
    let transport = HttpTransport::with_tls(TransportConfig::default(), tls.clone())
        .map_err(|e| UsageError(format!("HTTP client: {e}")))?;
    let base_url = settings.base_url.clone();
    Ok(SpecGateway::new(
        module,
        Arc::new(settings),
        base_url,
        Arc::new(transport),
    ))
}

/// The TLS settings of `--ca-certificate FILE`: the bundled web roots, and the certificate
/// authorities of that PEM bundle besides them (a private gateway's CA, or the simulator's test
/// CA). Adding a root never relaxes a check: every server still needs a valid chain to a trusted
/// root and its host name; only what that CA signed becomes trusted too. The bundle is read and
/// checked here, before anything is sent.
pub fn tls_config(ca_certificate: Option<&Path>) -> Result<TlsConfig, UsageError> {
    let Some(path) = ca_certificate else {
        return Ok(TlsConfig::default());
    };
    let extra_roots = RootCertificate::from_pem_file(path)
        .map_err(|e| UsageError(format!("--ca-certificate: {e}")))?;
    Ok(TlsConfig {
        extra_roots,
        bundled_roots: true,
    })
}

/// The merchant order id, made before the first call and kept: query and reverse need it.
pub fn new_order_id() -> String {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default();
    let mut random = [0u8; 4];
    let suffix = match getrandom::getrandom(&mut random) {
        Ok(()) => u32::from_le_bytes(random) % 1_000_000,
        Err(_) => std::process::id() % 1_000_000,
    };
    format!("PS{millis}{suffix:06}")
}

/// What `payspec pay` was asked for.
pub struct PayArgs {
    pub amount: String,
    pub currency: String,
    pub auth_code: String,
    pub order_id: Option<String>,
    pub subject: String,
    pub device_id: String,
}

/// The intent, with the amount parsed exactly (no float).
pub fn intent(args: PayArgs) -> Result<PayIntent, UsageError> {
    let currency =
        Currency::from_code(&args.currency).map_err(|e| UsageError(format!("--currency: {e}")))?;
    let amount = Money::parse_major(&args.amount, currency)
        .map_err(|e| UsageError(format!("--amount: {e}")))?;
    if amount.minor() <= 0 {
        return Err(UsageError(format!(
            "--amount must be positive, got {}",
            args.amount
        )));
    }
    Ok(PayIntent {
        order_id: args.order_id.unwrap_or_else(new_order_id),
        amount,
        auth_code: Redacted::new(args.auth_code),
        subject: args.subject.clone(),
        description: Some(args.subject),
        device_id: Some(args.device_id),
        notify_url: None,
    })
}

/// Pays and waits for a final state, showing progress, with every step in the journal. `Err`:
/// nothing was sent (the order id is already in the journal, or the journal cannot record).
/// `Ok` carries the outcome and whether the journal kept up ([`Journaled::journal_behind`]).
pub async fn pay(
    gateway: Arc<dyn Gateway>,
    journal: Arc<dyn Journal>,
    intent: &PayIntent,
) -> Result<Journaled, JournalError> {
    eprintln!(
        "order {} — {} via {}",
        intent.order_id,
        intent.amount,
        gateway.module().provider.name
    );
    let progress = PaymentProgress::new();
    let policy = gateway.module().provider.poll;
    let outcome = pay_journaled(gateway, journal, intent, &policy, &mut |step| {
        progress.show(step)
    })
    .await;
    // Nothing was sent: no `Finished` step came to clear the spinner.
    progress.clear();
    outcome
}

/// One line for a query or reverse answer.
pub fn describe_view(view: &TradeView) -> String {
    format!(
        "order {}: {} (state {}{}){}",
        view.order_id,
        view.classification.as_str(),
        view.raw_state.as_deref().unwrap_or("-"),
        view.status
            .map(|s| format!(" = {}", s.as_str()))
            .unwrap_or_default(),
        view.message
            .as_deref()
            .map(|m| format!(" — {m}"))
            .unwrap_or_default()
    )
}

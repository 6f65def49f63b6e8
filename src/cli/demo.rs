//! `payspec demo`: the simulator in-process, one payment per provider per scenario, all at once,
//! then a table of outcomes. Every row must end in the state its scenario calls for.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use payspec_client::transport::{HttpTransport, TransportConfig};
use payspec_client::{FinalOutcome, Gateway, PayIntent, SpecGateway};
use payspec_core::descriptor::ProviderModule;
use payspec_core::{Currency, Money, Redacted, TradeStatus};
use payspec_journal::recording::{now_ms, pay_journaled};
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, JournalError};
use tokio::net::TcpListener;

use crate::sandbox::{self, Sandbox, Scenario};

/// How fast the demo runs.
#[derive(Debug, Clone, Copy)]
pub struct DemoSpeed {
    /// Every poll-policy duration is divided by this (1 = the providers' real schedules).
    pub divisor: u32,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct DemoRow {
    pub provider: &'static str,
    pub scenario: Scenario,
    pub expected: TradeStatus,
    pub outcome: FinalOutcome,
}

impl DemoRow {
    /// Whether the payment ended as its scenario calls for.
    pub fn as_expected(&self) -> bool {
        matches!(
            (&self.outcome, self.expected),
            (FinalOutcome::Paid(_), TradeStatus::Success)
                | (FinalOutcome::Failed { .. }, TradeStatus::Failed)
                | (FinalOutcome::Reversed { .. }, TradeStatus::Reversed)
        )
    }
}

/// A new journal file for one demo run, in the system's temp directory: the demo leaves the
/// cashier's own journal alone, and its steps can still be read afterwards (`payspec journal
/// list --journal PATH`).
pub fn temp_journal() -> Result<(PathBuf, Arc<dyn Journal>), JournalError> {
    let path = std::env::temp_dir().join(format!(
        "payspec-demo-{}-{}.sqlite",
        std::process::id(),
        now_ms()
    ));
    let journal = SqliteJournal::open(&path)?;
    Ok((path, Arc::new(journal)))
}

/// Runs every module × scenario against a sandbox started here, concurrently, every payment
/// journaled in `journal`.
pub async fn run(
    modules: &[&'static ProviderModule],
    speed: DemoSpeed,
    journal: Arc<dyn Journal>,
) -> std::io::Result<Vec<DemoRow>> {
    let divisor = speed.divisor.max(1);
    // The slow-reply scenario must outlast the client's timeout, at any speed.
    let client_timeout = Duration::from_secs(5) / divisor;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let handle = sandbox::spawn(
        listener,
        Sandbox::new(modules).slow_reply(client_timeout * 2),
    )?;
    // Trusting the simulator's test CA: a provider with an operation that requires the
    // merchant's client certificate is served over HTTPS, its credentials carry the certificate.
    let transport = Arc::new(
        HttpTransport::with_tls(
            TransportConfig {
                connect_timeout: client_timeout,
                total_timeout: client_timeout,
                ..TransportConfig::default()
            },
            handle.tls_config(),
        )
        .map_err(std::io::Error::other)?,
    );
    let mut tasks = Vec::new();
    for (p, &module) in modules.iter().enumerate() {
        let creds: BTreeMap<String, String> = handle
            .credentials(module.provider.name)
            .cloned()
            .unwrap_or_default();
        let currency = creds
            .iter()
            .find(|(k, _)| k.contains("currency"))
            .and_then(|(_, v)| Currency::from_code(v).ok())
            .unwrap_or(Currency::CNY);
        let gateway: Arc<dyn Gateway> = Arc::new(SpecGateway::new(
            module,
            Arc::new(creds),
            handle.base_url(module.provider.name),
            transport.clone(),
        ));
        for (s, scenario) in Scenario::ALL.into_iter().enumerate() {
            let gateway = gateway.clone();
            let policy = module.provider.poll.compressed(divisor);
            let intent = PayIntent {
                order_id: format!("DEMO{p:02}{s:02}{}", std::process::id()),
                amount: Money::from_minor(1, currency),
                auth_code: Redacted::new(scenario.auth_code()),
                subject: "payspec demo".into(),
                description: Some("payspec demo".into()),
                device_id: Some("DEMO-POS".into()),
                notify_url: None,
            };
            let journal = Arc::clone(&journal);
            tasks.push(tokio::spawn(async move {
                let outcome = pay_journaled(gateway, journal, &intent, &policy, &mut |_| {})
                    .await
                    .map(|journaled| journaled.outcome)
                    .unwrap_or_else(|e| FinalOutcome::Failed {
                        reason: format!("not sent: {e}"),
                    });
                DemoRow {
                    provider: module.provider.name,
                    scenario,
                    expected: scenario.expected_outcome(),
                    outcome,
                }
            }));
        }
    }
    let mut rows = Vec::new();
    for task in tasks {
        rows.push(task.await.map_err(std::io::Error::other)?);
    }
    handle.shutdown().await?;
    Ok(rows)
}

/// The table the demo prints.
pub fn table(rows: &[DemoRow]) -> String {
    let mut out = format!(
        "{:<11} {:<6} {:<58} {:<9} {:<16} {}\n",
        "provider", "code", "scenario", "expected", "outcome", "ok"
    );
    let scenarios: BTreeMap<String, &str> = sandbox::describe()
        .into_iter()
        .map(|(code, meaning)| (code.to_string(), meaning))
        .collect();
    for row in rows {
        let code = row.scenario.code();
        let key = if code.starts_with("01") {
            "01NN".to_string()
        } else {
            code[..2].to_string()
        };
        let meaning: String = scenarios
            .get(&key)
            .copied()
            .unwrap_or("")
            .chars()
            .take(58)
            .collect();
        let outcome = match &row.outcome {
            FinalOutcome::Paid(_) => "paid".to_string(),
            FinalOutcome::Failed { .. } => "failed".to_string(),
            FinalOutcome::Reversed { .. } => "reversed".to_string(),
            FinalOutcome::NeedsAttention { .. } => "NEEDS ATTENTION".to_string(),
        };
        out.push_str(&format!(
            "{:<11} {:<6} {:<58} {:<9} {:<16} {}\n",
            row.provider,
            code,
            meaning,
            row.expected.as_str(),
            outcome,
            if row.as_expected() { "✓" } else { "✗" }
        ));
    }
    let wrong = rows.iter().filter(|r| !r.as_expected()).count();
    out.push_str(&format!(
        "{} payments, {} as expected, {} not\n",
        rows.len(),
        rows.len() - wrong,
        wrong
    ));
    out
}

//! `payspec recover`, and the recovery `payspec pay` runs before it pays: finish every payment
//! the journal holds open, with each provider's gateway built from its configuration.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use std::time::Duration;

use payspec_client::transport::TlsConfig;
use payspec_client::Gateway;
use payspec_core::descriptor::{PollPolicy, ProviderModule, ReversePolicy};
use payspec_journal::recording::{now_ms, owner_id};
use payspec_journal::recover::{recover, RecoveryReport};
use payspec_journal::{Journal, JournalError};

use super::journal::when;
use super::pay::{gateway, UsageError};

/// The gateways recovery may drive, by provider name, and why the others are missing.
pub struct Gateways {
    pub ready: BTreeMap<&'static str, Arc<dyn Gateway>>,
    /// Provider → why no gateway (its configuration is missing or wrong).
    pub missing: BTreeMap<&'static str, String>,
}

impl Gateways {
    /// Every provider whose configuration loads (`--config PROVIDER=FILE` and/or the
    /// `PAYSPEC_<PROVIDER>_*` variables), each transport trusting what `tls` says.
    pub fn configured(
        modules: &[&'static ProviderModule],
        configs: &BTreeMap<String, PathBuf>,
        tls: &TlsConfig,
    ) -> Gateways {
        let mut ready = BTreeMap::new();
        let mut missing = BTreeMap::new();
        for &module in modules {
            let name = module.provider.name;
            match gateway(module, configs.get(name), tls) {
                Ok(g) => {
                    ready.insert(name, Arc::new(g) as Arc<dyn Gateway>);
                }
                Err(e) => {
                    missing.insert(name, e.0);
                }
            }
        }
        Gateways { ready, missing }
    }

    /// Just one gateway (`payspec pay` recovers the payments of the provider it pays with).
    pub fn one(module: &'static ProviderModule, gateway: Arc<dyn Gateway>) -> Gateways {
        Gateways {
            ready: BTreeMap::from([(module.provider.name, gateway)]),
            missing: BTreeMap::new(),
        }
    }

    /// Recovers with these gateways, each provider on its own poll policy.
    pub async fn recover(&self, journal: Arc<dyn Journal>) -> Result<RecoveryReport, JournalError> {
        let gateways = |provider: &str| self.ready.get(provider).cloned();
        let policy_for = |provider: &str| {
            self.ready
                .get(provider)
                .map_or(FALLBACK, |g| g.module().provider.poll)
        };
        recover(
            journal,
            &gateways,
            &owner_id("recover"),
            now_ms(),
            &policy_for,
        )
        .await
    }
}

/// Never used: recovery asks for a policy only where it has a gateway, whose module has one.
const FALLBACK: PollPolicy = PollPolicy {
    first_query_after: Duration::from_secs(5),
    query_interval: Duration::from_secs(5),
    max_queries: 6,
    deadline: Duration::from_secs(30),
    reverse: ReversePolicy {
        earliest_after_pay: Duration::from_secs(15),
        max_attempts: 3,
        retry_interval: Duration::from_secs(5),
    },
};

/// Parses `--config PROVIDER=FILE`.
pub fn parse_config(text: &str) -> Result<(String, PathBuf), UsageError> {
    match text.split_once('=') {
        Some((provider, path)) if !provider.is_empty() && !path.is_empty() => {
            Ok((provider.to_owned(), PathBuf::from(path)))
        }
        _ => Err(UsageError(format!(
            "--config `{text}`: expected PROVIDER=FILE"
        ))),
    }
}

/// The report, for a person: one line per payment finished, skipped, or left alone because
/// another process holds it (with its holder and when the lease ends), then the counts.
pub fn describe(report: &RecoveryReport, missing: &BTreeMap<&'static str, String>) -> String {
    let mut out = String::new();
    for (order_id, outcome) in &report.finished {
        out.push_str(&format!("recovered {order_id}: {}\n", outcome.as_str()));
    }
    for (order_id, provider) in &report.skipped {
        let why = missing
            .get(provider.as_str())
            .map(String::as_str)
            .unwrap_or("no gateway for this provider");
        out.push_str(&format!(
            "skipped {order_id} ({provider}): {why}; it stays open, held by this run for a while\n"
        ));
    }
    for held in &report.held {
        out.push_str(&format!(
            "left alone: order {} ({}) held by {} until {}; a later `payspec recover` takes it \
             over if it is still open then\n",
            held.payment.order_id,
            held.payment.provider,
            held.owner,
            when(held.lease_until_ms),
        ));
    }
    if let Some(error) = &report.held_error {
        out.push_str(&format!(
            "could not list the open payments other processes hold: {error}\n"
        ));
    }
    out.push_str(&format!(
        "{} recovered: {} paid, {} failed, {} reversed, {} need attention; {} skipped; {} held \
         by others\n",
        report.total(),
        report.paid,
        report.failed,
        report.reversed,
        report.needs_attention,
        report.skipped.len(),
        report.held.len()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use payspec_journal::recover::recover;
    use payspec_journal::sqlite::SqliteJournal;
    use payspec_journal::{Journal, PaymentRecord};

    /// issue 8, finding 12: a payment another process holds is named, with its holder and
    /// when its lease ends, instead of a bare "0 recovered".
    #[tokio::test]
    async fn recover_names_open_payments_another_process_holds() {
        let journal: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        let now = now_ms();
        let lease_until = now + 10 * 60_000;
        let record = PaymentRecord {
            order_id: "HELD-1".into(),
            provider: "pooul".into(),
            amount_minor: 1,
            currency: "CNY".into(),
            auth_code_hint: "…0001".into(),
            started_at_ms: now,
            outcome: None,
            detail: None,
            updated_at_ms: now,
        };
        journal
            .open_leased(&record, "pay-till-2", lease_until)
            .await
            .unwrap();
        let report = recover(
            Arc::clone(&journal),
            &|_| None,
            "recover-here",
            now,
            &|_| FALLBACK,
        )
        .await
        .unwrap();
        assert_eq!(report.total(), 0);
        assert_eq!(report.held.len(), 1, "{report:?}");
        assert_eq!(report.held[0].owner, "pay-till-2");
        assert_eq!(report.held[0].lease_until_ms, lease_until);
        let text = describe(&report, &BTreeMap::new());
        assert!(
            text.contains(&format!(
                "left alone: order HELD-1 (pooul) held by pay-till-2 until {}",
                when(lease_until)
            )),
            "{text}"
        );
        assert!(
            text.contains("0 recovered") && text.contains("1 held by others"),
            "{text}"
        );
    }

    #[test]
    fn a_journal_that_cannot_list_held_payments_says_so() {
        let report = RecoveryReport {
            held_error: Some("journal: connection reset".into()),
            ..RecoveryReport::default()
        };
        let text = describe(&report, &BTreeMap::new());
        assert!(
            text.contains("could not list the open payments other processes hold"),
            "{text}"
        );
    }
}

//! `--journal` and `payspec journal list | show`: where payments are recorded, and reading them
//! back for a person (times, classifications, details; never a payment code or a key — the
//! journal holds none).

use std::path::Path;
use std::sync::Arc;

use payspec_core::{Currency, Money, Timestamp};
use payspec_journal::pg_connect;
use payspec_journal::postgres::PostgresJournal;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, PaymentRecord, Phase, StepRecord, StoredText};

use super::pay::UsageError;

/// The journal `pay` and `recover` use when `--journal` is not given: in the current directory,
/// so that a restarted cashier process in the same place finds its unfinished payments.
pub const DEFAULT_JOURNAL: &str = "payspec-journal.sqlite";

/// Whether opening may create a new journal (`pay`, `recover`) or must find one (`journal
/// list/show`: a typo in the path should not answer "no payments").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    Yes,
    No,
}

/// The journal named by `--journal`: PostgreSQL — several instances sharing one journal — as a
/// `postgres://` (or `postgresql://`) URL or a libpq key=value string (`host=… dbname=…
/// user=… password=… sslmode=…`), or else a SQLite file (one machine).
///
/// A libpq string is recognised by its keys ([`pg_connect::is_libpq_string`]) and never taken
/// for a file name: that put the password into a file name and left the journal unshared
/// (issue 8, finding 11). TLS follows `sslmode` (see `pg_connect`).
pub async fn open_journal(
    url_or_path: &str,
    create: Create,
) -> Result<Arc<dyn Journal>, UsageError> {
    let form = if pg_connect::is_postgres_url(url_or_path) {
        Some("PostgreSQL")
    } else if pg_connect::is_libpq_string(url_or_path) {
        Some("PostgreSQL key=value string")
    } else {
        None
    };
    if let Some(form) = form {
        // The error text never repeats the string: it may hold a password (and the journal's
        // own errors have it taken out).
        return PostgresJournal::connect(url_or_path)
            .await
            .map(|j| Arc::new(j) as Arc<dyn Journal>)
            .map_err(|e| UsageError(format!("--journal ({form}): {e}")));
    }
    if create == Create::No && !Path::new(url_or_path).is_file() {
        return Err(UsageError(format!(
            "--journal: no journal at `{url_or_path}`"
        )));
    }
    let path = url_or_path.to_owned();
    let opened = tokio::task::spawn_blocking(move || SqliteJournal::open(path))
        .await
        .map_err(|e| UsageError(format!("--journal: {e}")))?;
    opened
        .map(|j| Arc::new(j) as Arc<dyn Journal>)
        .map_err(|e| UsageError(format!("--journal: {e}")))
}

/// `2026-11-25T23:08:13+00:00` for unix milliseconds (the raw number if out of range).
pub fn when(ms: i64) -> String {
    Timestamp::from_unix(ms.div_euclid(1000))
        .ok()
        .and_then(|t| t.to_rfc3339().ok())
        .unwrap_or_else(|| format!("{ms} ms"))
}

/// The amount in major units when the currency is known (`0.01 CNY`).
pub fn amount(record: &PaymentRecord) -> String {
    match Currency::from_code(&record.currency) {
        Ok(currency) => format!(
            "{} {}",
            Money::from_minor(record.amount_minor, currency).render_major(),
            record.currency
        ),
        Err(_) => format!("{} minor units of {}", record.amount_minor, record.currency),
    }
}

/// The outcome column: `open`, `paid`, … with `!` when the record carries a conflict.
pub fn outcome(record: &PaymentRecord) -> String {
    let base = record.outcome.map_or("open", |o| o.as_str());
    let conflict = record
        .detail
        .as_deref()
        .is_some_and(|d| d.contains("CONFLICT"));
    if conflict {
        format!("{base} !conflict")
    } else {
        base.to_owned()
    }
}

/// `payspec journal list`: newest first, one line each.
pub fn list_table(records: &[PaymentRecord]) -> String {
    if records.is_empty() {
        return "no payments in the journal\n".into();
    }
    let mut out = format!(
        "{:<25} {:<28} {:<11} {:>14} {:<6} {}\n",
        "started", "order", "provider", "amount", "code", "outcome"
    );
    for r in records {
        out.push_str(&format!(
            "{:<25} {:<28} {:<11} {:>14} {:<6} {}\n",
            when(r.started_at_ms),
            r.order_id,
            r.provider,
            amount(r),
            r.auth_code_hint,
            outcome(r)
        ));
    }
    out
}

/// `payspec journal show ORDER_ID`: the payment, then every step with its time since the start.
pub fn show(record: &PaymentRecord, steps: &[StepRecord]) -> String {
    let mut out = format!(
        "order    {}\nprovider {}\namount   {}\ncode     {}\nstarted  {}\noutcome  {}\n",
        record.order_id,
        record.provider,
        amount(record),
        record.auth_code_hint,
        when(record.started_at_ms),
        outcome(record),
    );
    if let Some(detail) = &record.detail {
        out.push_str(&format!("detail   {detail}\n"));
    }
    if record.outcome.is_some() {
        out.push_str(&format!("closed   {}\n", when(record.updated_at_ms)));
    } else {
        out.push_str("         not finished: `payspec recover` will finish it\n");
    }
    out.push_str(&format!("steps    {}\n", steps.len()));
    for s in steps {
        let since = (s.at_ms - record.started_at_ms) as f64 / 1000.0;
        let phase = match s.phase {
            Phase::Intent => "sent",
            Phase::Result => "answered",
        };
        let class = match (s.phase, s.classification) {
            (Phase::Intent, _) => String::new(),
            (Phase::Result, Some(c)) => c.as_str().to_owned(),
            (Phase::Result, None) => "no answer".to_owned(),
        };
        let line = format!(
            "  {since:>+9.3}s  {:<7} {:<8} {:<9} {}",
            s.step.text(),
            phase,
            class,
            s.detail.as_deref().unwrap_or("")
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use payspec_core::Classification;
    use payspec_journal::{OutcomeKind, StepKind};

    fn record() -> PaymentRecord {
        PaymentRecord {
            order_id: "PS1".into(),
            provider: "pooul".into(),
            amount_minor: 1,
            currency: "CNY".into(),
            auth_code_hint: "…0200".into(),
            started_at_ms: 1_764_111_293_000,
            outcome: Some(OutcomeKind::Reversed),
            detail: Some("x; CONFLICT: notification says paid".into()),
            updated_at_ms: 1_764_111_330_000,
        }
    }

    #[test]
    fn a_payment_and_its_steps_for_a_person() {
        let steps = vec![
            StepRecord {
                order_id: "PS1".into(),
                step: StepKind::Pay,
                phase: Phase::Intent,
                classification: None,
                detail: None,
                provider_trade_id: None,
                at_ms: 1_764_111_293_000,
            },
            StepRecord {
                order_id: "PS1".into(),
                step: StepKind::Pay,
                phase: Phase::Result,
                classification: Some(Classification::Pending),
                detail: Some("state 6 (paying)".into()),
                provider_trade_id: None,
                at_ms: 1_764_111_293_250,
            },
        ];
        let text = show(&record(), &steps);
        assert!(text.contains("amount   0.01 CNY"), "{text}");
        assert!(text.contains("outcome  reversed !conflict"), "{text}");
        assert!(
            text.contains("started  2025-11-25T22:54:53+00:00"),
            "{text}"
        );
        assert!(
            text.contains("+0.250s  pay     answered pending   state 6 (paying)"),
            "{text}"
        );
        let table = list_table(&[record()]);
        assert!(
            table.contains("PS1") && table.contains("reversed !conflict"),
            "{table}"
        );
    }

    #[tokio::test]
    async fn an_unreachable_postgres_journal_is_a_usage_error_without_the_password() {
        let err = open_journal("postgres://cashier:s3cret@127.0.0.1:1/payspec", Create::Yes)
            .await
            .err()
            .map(|e| e.0)
            .unwrap_or_default();
        assert!(err.starts_with("--journal (PostgreSQL)"), "{err}");
        assert!(!err.contains("s3cret"), "{err}");
    }

    /// issue 8, finding 11: a libpq key=value string is a PostgreSQL journal, never a SQLite
    /// file named after it (password included); its errors never repeat the password.
    #[tokio::test]
    async fn a_libpq_string_is_postgres_never_a_file_and_errors_hide_the_password() {
        for text in [
            "host=127.0.0.1 port=1 dbname=payspec user=cashier password=s3cret",
            "host=127.0.0.1 port=1 user=cashier password='s3cret",
            "host=127.0.0.1 port=1 password=s3cret sslmode=sometimes",
        ] {
            let err = open_journal(text, Create::Yes)
                .await
                .err()
                .map(|e| e.0)
                .unwrap_or_default();
            assert!(
                err.starts_with("--journal (PostgreSQL key=value string): "),
                "{text}: {err}"
            );
            assert!(!err.contains("s3cret"), "{text}: {err}");
            // Before, SQLite created a journal file of that name in the working directory.
            assert!(!Path::new(text).exists(), "{text}: no file of that name");
        }
    }
}

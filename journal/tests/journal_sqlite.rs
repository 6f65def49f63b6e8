//! The journal's conformance suite on SQLite: a file (as a cashier backend uses it), two
//! connections to one file (as two processes have), and memory.

use std::path::PathBuf;

use payspec_core::status::TradeStatus;
use payspec_journal::conformance;
use payspec_journal::sqlite::{SqliteJournal, SCHEMA_VERSION};
use payspec_journal::{
    Journal, Notification, NotificationApplied, OutcomeKind, PaymentRecord, StatedAmount,
};

/// A fresh directory under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        let dir =
            std::env::temp_dir().join(format!("payspec-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[tokio::test]
async fn conformance_on_a_file() {
    let dir = TempDir::new("journal-file");
    let journal = SqliteJournal::open(dir.0.join("journal.sqlite")).expect("open");
    conformance::run_all(&journal).await;
    // Again on the same store: order ids are unique per run and everything was closed.
    conformance::run_all(&journal).await;
    conformance::credential_store(&journal).await;
}

#[tokio::test]
async fn a_rotated_credential_survives_reopening_the_file() {
    use payspec_core::{CredentialStore, Redacted};
    let dir = TempDir::new("journal-credentials");
    let path = dir.0.join("journal.sqlite");
    let journal = SqliteJournal::open(&path).expect("open");
    journal
        .update("acme", "device_key", Redacted::new("rotated".into()))
        .await
        .expect("write");
    drop(journal);
    let reopened = SqliteJournal::open(&path).expect("reopen");
    let value = reopened.current("acme", "device_key").await.expect("read");
    assert_eq!(
        value.map(|v| v.expose().clone()).as_deref(),
        Some("rotated")
    );
}

#[tokio::test]
async fn conformance_across_two_connections_to_one_file() {
    let dir = TempDir::new("journal-two");
    let path = dir.0.join("journal.sqlite");
    let a = SqliteJournal::open(&path).expect("open a");
    let b = SqliteJournal::open(&path).expect("open b");
    conformance::run_across(&a, &b).await;
    conformance::run_all(&b).await;
}

#[tokio::test]
async fn conformance_in_memory() {
    let journal = SqliteJournal::open_in_memory().expect("open");
    conformance::run_all(&journal).await;
}

#[tokio::test]
async fn a_payment_survives_reopening_the_file() {
    let dir = TempDir::new("journal-reopen");
    let path = dir.0.join("journal.sqlite");
    let record = PaymentRecord {
        order_id: "KEEP-1".into(),
        provider: "pooul".into(),
        amount_minor: 1234,
        currency: "CNY".into(),
        auth_code_hint: "…0000".into(),
        started_at_ms: 1_700_000_000_000,
        outcome: None,
        detail: None,
        updated_at_ms: 1_700_000_000_000,
    };
    {
        let journal = SqliteJournal::open(&path).expect("open");
        journal.open(&record).await.expect("record");
    }
    let journal = SqliteJournal::open(&path).expect("reopen");
    let (got, _) = journal.get("KEEP-1").await.unwrap().expect("still there");
    assert_eq!(got, record);
    journal
        .close("KEEP-1", OutcomeKind::Paid, Some("42"), 1_700_000_001_000)
        .await
        .unwrap();
    assert_eq!(SCHEMA_VERSION, 4);
}

fn payment(order_id: &str) -> PaymentRecord {
    PaymentRecord {
        order_id: order_id.into(),
        provider: "pooul".into(),
        amount_minor: 1,
        currency: "CNY".into(),
        auth_code_hint: "…0000".into(),
        started_at_ms: 1_700_000_000_000,
        outcome: None,
        detail: None,
        updated_at_ms: 1_700_000_000_000,
    }
}

fn paid(order_id: &str, key: &str) -> Notification {
    Notification {
        provider: "pooul".into(),
        dedupe_key: key.into(),
        order_id: order_id.into(),
        provider_trade_id: Some(key.into()),
        amount: Some(StatedAmount {
            minor: 1,
            currency: "CNY".into(),
        }),
        status: Some(TradeStatus::Success),
        raw_state: Some("0".into()),
        received_at_ms: 1_700_000_002_000,
    }
}

/// issue 8, finding 13: SQLite read an outcome text it did not know as "open" when applying a
/// notification (and so closed the payment paid). Every read now goes through the one text
/// form: an unreadable stored outcome is an error, and nothing is written.
#[tokio::test]
async fn an_unreadable_stored_outcome_is_an_error_never_open() {
    let dir = TempDir::new("journal-unreadable");
    let path = dir.0.join("journal.sqlite");
    let journal = SqliteJournal::open(&path).expect("open");
    journal.open(&payment("ODD-1")).await.unwrap();
    {
        // Another (newer, or damaged) writer left an outcome this build does not know.
        let raw = rusqlite::Connection::open(&path).unwrap();
        raw.execute(
            "UPDATE payments SET outcome = 'refunded' WHERE order_id = 'ODD-1'",
            [],
        )
        .unwrap();
    }
    let err = journal
        .apply_notification(&paid("ODD-1", "T-odd"))
        .await
        .expect_err("unreadable outcome");
    assert!(
        err.to_string()
            .contains("unreadable stored outcome `refunded`"),
        "{err}"
    );
    let err = journal
        .close("ODD-1", OutcomeKind::Paid, Some("T-odd"), 1)
        .await
        .expect_err("unreadable outcome");
    assert!(err.to_string().contains("refunded"), "{err}");
    assert!(
        journal.get("ODD-1").await.is_err(),
        "reading it is an error too"
    );
    let raw = rusqlite::Connection::open(&path).unwrap();
    let (outcome, notes): (String, i64) = raw
        .query_row(
            "SELECT outcome, (SELECT count(*) FROM notifications) FROM payments \
             WHERE order_id = 'ODD-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (outcome.as_str(), notes),
        ("refunded", 0),
        "nothing written"
    );
}

/// issue 8, finding 3: what a notification states (amount, currency, trade id) is stored with
/// it (migration 2 added the columns).
#[tokio::test]
async fn a_notification_is_stored_with_its_amount_and_trade_id() {
    let dir = TempDir::new("journal-amount");
    let path = dir.0.join("journal.sqlite");
    let journal = SqliteJournal::open(&path).expect("open");
    journal.open(&payment("AMT-1")).await.unwrap();
    assert_eq!(
        journal
            .apply_notification(&paid("AMT-1", "T-amt"))
            .await
            .unwrap(),
        NotificationApplied::Applied
    );
    let raw = rusqlite::Connection::open(&path).unwrap();
    let row: (Option<i64>, Option<String>, Option<String>, Option<String>) = raw
        .query_row(
            "SELECT n.amount_minor, n.currency, n.provider_trade_id, p.trade_id \
             FROM notifications n JOIN payments p USING (order_id)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        row,
        (
            Some(1),
            Some("CNY".into()),
            Some("T-amt".into()),
            Some("T-amt".into())
        )
    );
}

#[test]
fn a_path_that_cannot_be_opened_is_an_error_not_a_panic() {
    let dir = TempDir::new("journal-bad");
    // A directory is not a database file.
    let err = SqliteJournal::open(&dir.0).expect_err("a directory");
    assert!(err.to_string().starts_with("journal: "), "{err}");
}

//! The journal's conformance suite on SQLite: a file (as a cashier backend uses it), two
//! connections to one file (as two processes have), and memory.

use std::path::PathBuf;

use payspec_runtime::journal::conformance;
use payspec_runtime::journal::sqlite::{SqliteJournal, SCHEMA_VERSION};
use payspec_runtime::journal::{Journal, OutcomeKind, PaymentRecord};

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
    assert_eq!(SCHEMA_VERSION, 1);
}

#[test]
fn a_path_that_cannot_be_opened_is_an_error_not_a_panic() {
    let dir = TempDir::new("journal-bad");
    // A directory is not a database file.
    let err = SqliteJournal::open(&dir.0).expect_err("a directory");
    assert!(err.to_string().starts_with("journal: "), "{err}");
}

//! The PostgreSQL journal against the PostgreSQL server of this machine (CI runs here, with the
//! server started). A server that does not answer fails the tests, saying how to start it:
//! skipping would hide a broken backend.
//!
//! Each test works in a schema of its own (`payspec_test_<pid>_<nanos>_<tag>`), dropped at the
//! end even when the test fails.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use payspec_core::status::TradeStatus;
use payspec_journal::postgres::{PostgresJournal, MAX_CONNECTIONS, SCHEMA_VERSION};
use payspec_journal::{
    conformance, Journal, JournalError, Notification, NotificationApplied, OutcomeKind,
    PaymentRecord, StatedAmount,
};
use tokio_postgres::NoTls;

const START_HINT: &str = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

/// The URLs tried, in order: `PAYSPEC_TEST_POSTGRES_URL` when set, then user `postgres`, then
/// user `root`, on 127.0.0.1:5432, database `test`.
fn candidate_urls() -> Vec<String> {
    let mut urls = Vec::new();
    if let Ok(url) = std::env::var("PAYSPEC_TEST_POSTGRES_URL") {
        urls.push(url);
    }
    urls.push("postgres://postgres@127.0.0.1:5432/test".into());
    urls.push("postgres://root@127.0.0.1:5432/test".into());
    urls
}

async fn raw_client(url: &str) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok(client)
}

/// The URL of a server that answers `SELECT 1`; fails the test, saying how to start the
/// server, when none does.
async fn server_url() -> String {
    let mut tried = Vec::new();
    for url in candidate_urls() {
        match raw_client(&url).await {
            Ok(client) => match client.simple_query("SELECT 1").await {
                Ok(_) => return url,
                Err(e) => tried.push(format!("{url}: {}", chain(&e))),
            },
            Err(e) => tried.push(format!("{url}: {}", chain(&e))),
        }
    }
    panic!(
        "PostgreSQL does not answer ({}). These tests need it running: start it with `{START_HINT}`",
        tried.join("; ")
    );
}

/// An error with its causes, `a: b: c`.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    text
}

/// A schema of the test's own, dropped (with everything in it) when the guard goes, also when
/// the test panics.
struct TestSchema {
    url: String,
    name: String,
}

impl TestSchema {
    async fn new(tag: &str) -> TestSchema {
        let url = server_url().await;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let name = format!("payspec_test_{}_{nanos}_{tag}", std::process::id());
        assert!(name.len() <= 63, "schema name too long: {name}");
        TestSchema { url, name }
    }

    /// The server's URL with `application_name` set: the test's connections carry the schema's
    /// name (the journals' exactly, others with a suffix), so the clean-up can find them.
    fn url_named(&self, suffix: &str) -> String {
        let separator = if self.url.contains('?') { '&' } else { '?' };
        format!(
            "{}{separator}application_name={}{suffix}",
            self.url, self.name
        )
    }

    async fn journal(&self) -> PostgresJournal {
        PostgresJournal::connect_with_schema(&self.url_named(""), &self.name)
            .await
            .unwrap_or_else(|e| panic!("connect to {} schema {}: {e}", self.url, self.name))
    }

    /// A plain connection with `search_path` set to the test schema, to look under the hood.
    async fn raw(&self) -> tokio_postgres::Client {
        let client = raw_client(&self.url_named("_raw"))
            .await
            .expect("raw connection");
        client
            .batch_execute(&format!("SET search_path TO {}", self.name))
            .await
            .expect("set search_path");
        client
    }
}

impl Drop for TestSchema {
    fn drop(&mut self) {
        // Drop runs on the test's runtime thread (or while unwinding out of it), which stops
        // driving the test's connections while it waits here: end those sessions first (one
        // may hold a lock the DROP needs), from a thread with a runtime of its own.
        let url = self.url.clone();
        let name = self.name.clone();
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime.block_on(async {
                let client = raw_client(&url).await.map_err(|e| e.to_string())?;
                client
                    .execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                         WHERE application_name LIKE $1 AND pid <> pg_backend_pid()",
                        &[&format!("{name}%")],
                    )
                    .await
                    .map_err(|e| e.to_string())?;
                client
                    .batch_execute(&format!(
                        "SET lock_timeout = '30s'; DROP SCHEMA IF EXISTS {name} CASCADE"
                    ))
                    .await
                    .map_err(|e| e.to_string())
            })
        })
        .join();
        match dropped {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("could not drop test schema {}: {e}", self.name),
            Err(_) => eprintln!(
                "could not drop test schema {}: the thread panicked",
                self.name
            ),
        }
    }
}

fn payment(order_id: &str, started_at_ms: i64) -> PaymentRecord {
    PaymentRecord {
        order_id: order_id.into(),
        provider: "pooul".into(),
        amount_minor: 8000,
        currency: "CNY".into(),
        auth_code_hint: "1234".into(),
        started_at_ms,
        outcome: None,
        detail: None,
        updated_at_ms: started_at_ms,
    }
}

fn notification(order_id: &str, key: &str, status: TradeStatus) -> Notification {
    Notification {
        provider: "pooul".into(),
        dedupe_key: key.into(),
        order_id: order_id.into(),
        provider_trade_id: Some(key.into()),
        amount: Some(StatedAmount {
            minor: 8000,
            currency: "CNY".into(),
        }),
        status: Some(status),
        raw_state: Some(status.as_str().into()),
        received_at_ms: 5_000,
    }
}

#[tokio::test]
async fn the_conformance_suite_passes() {
    let schema = TestSchema::new("conformance").await;
    let a = schema.journal().await;
    let b = schema.journal().await;
    conformance::run_all(&a).await;
    // It closes what it opens, so it runs again on the same store, through the other instance.
    conformance::run_all(&b).await;
    conformance::run_across(&a, &b).await;
    conformance::credential_store(&a).await;
}

#[tokio::test]
async fn a_credential_rotated_by_one_instance_is_read_by_another() {
    use payspec_core::{CredentialStore, Redacted};
    let schema = TestSchema::new("credentials").await;
    let a = schema.journal().await;
    let b = schema.journal().await;
    a.update("acme", "device_key", Redacted::new("rotated".into()))
        .await
        .expect("write");
    let value = b.current("acme", "device_key").await.expect("read");
    assert_eq!(
        value.map(|v| v.expose().clone()).as_deref(),
        Some("rotated")
    );
}

#[tokio::test]
async fn dedupe_is_per_provider_and_a_notification_close_releases_the_lease() {
    let schema = TestSchema::new("dedupe").await;
    let j = schema.journal().await;
    j.open_leased(&payment("d-1", 1_000), "opener", 60_000)
        .await
        .unwrap();
    let n = notification("d-1", "T-1", TradeStatus::Success);
    assert_eq!(
        j.apply_notification(&n).await.unwrap(),
        NotificationApplied::Applied
    );
    let (record, _) = j.get("d-1").await.unwrap().unwrap();
    assert_eq!(record.outcome, Some(OutcomeKind::Paid));
    assert_eq!(record.detail.as_deref(), Some("notification T-1"));
    assert_eq!(record.updated_at_ms, n.received_at_ms);
    // The same key from another provider is another notification (for that provider's own
    // payment: issue 8, finding 2 — never for this one).
    let foreign = Notification {
        provider: "fubei".into(),
        ..n.clone()
    };
    assert_eq!(
        j.apply_notification(&foreign).await.unwrap(),
        NotificationApplied::UnknownTrade,
        "fubei's notification does not touch pooul's payment"
    );
    j.open(&PaymentRecord {
        provider: "fubei".into(),
        ..payment("d-2", 1_000)
    })
    .await
    .unwrap();
    let other = Notification {
        provider: "fubei".into(),
        order_id: "d-2".into(),
        ..n.clone()
    };
    assert_eq!(
        j.apply_notification(&other).await.unwrap(),
        NotificationApplied::Applied
    );
    assert_eq!(
        j.apply_notification(&other).await.unwrap(),
        NotificationApplied::Duplicate
    );
    let raw = schema.raw().await;
    let rows = raw
        .query(
            "SELECT n.provider, p.owner, p.lease_until_ms, n.amount_minor, n.currency, \
             n.provider_trade_id, p.trade_id FROM payspec_notifications n \
             JOIN payspec_payments p USING (order_id) ORDER BY n.provider",
            &[],
        )
        .await
        .unwrap();
    type Seen = (
        String,
        Option<String>,
        Option<i64>,
        Option<i64>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let seen: Vec<Seen> = rows
        .iter()
        .map(|r| {
            (
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3),
                r.get(4),
                r.get(5),
                r.get(6),
            )
        })
        .collect();
    // issue 8, finding 3: the notification's stated amount is stored with it.
    let t1 = Some("T-1".to_string());
    let cny = Some("CNY".to_string());
    assert_eq!(
        seen,
        [
            (
                "fubei".into(),
                None,
                None,
                Some(8000),
                cny.clone(),
                t1.clone(),
                t1.clone()
            ),
            ("pooul".into(), None, None, Some(8000), cny, t1.clone(), t1)
        ]
    );
    assert!(j.claim_open("x", 0, 1, 0).await.unwrap().is_empty());
}

#[tokio::test]
async fn migrations_run_once_under_a_lock_and_a_newer_schema_is_refused() {
    let schema = TestSchema::new("migrate").await;
    // Instances starting together: one migrates, the others find it done.
    let (a, b, c) = tokio::join!(schema.journal(), schema.journal(), schema.journal());
    drop((a, b, c));
    let raw = schema.raw().await;
    let versions: Vec<i32> = raw
        .query(
            "SELECT version FROM payspec_schema_version ORDER BY version",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
    let tables: BTreeSet<String> = raw
        .query(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = $1",
            &[&schema.name],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    assert_eq!(
        tables,
        BTreeSet::from(
            [
                "payspec_credentials",
                "payspec_notifications",
                "payspec_payments",
                "payspec_schema_version",
                "payspec_steps"
            ]
            .map(String::from)
        )
    );

    raw.execute(
        "INSERT INTO payspec_schema_version (version, applied_at_ms) VALUES (999, 0)",
        &[],
    )
    .await
    .unwrap();
    let err = PostgresJournal::connect_with_schema(&schema.url_named(""), &schema.name)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "journal: migrate: the journal's schema is at version 999, newer than this build \
             knows ({SCHEMA_VERSION}): upgrade payspec"
        )
    );
}

#[tokio::test]
async fn connect_keeps_the_tables_where_the_search_path_says() {
    let schema = TestSchema::new("plain").await;
    let raw = schema.raw().await;
    raw.batch_execute(&format!("CREATE SCHEMA {}", schema.name))
        .await
        .unwrap();
    // `connect` creates no schema: the URL's own options choose where the tables go.
    let url = format!(
        "{}&options=-c%20search_path%3D{}",
        schema.url_named(""),
        schema.name
    );
    let journal = PostgresJournal::connect(&url).await.unwrap();
    assert_eq!(journal.schema(), None);
    journal.open(&payment("p-1", 1)).await.unwrap();
    let count: i64 = raw
        .query_one("SELECT count(*) FROM payspec_payments", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(count, 1);
}

#[tokio::test]
async fn bad_names_and_unreachable_servers_are_store_errors() {
    for bad in [
        "Upper",
        "1digit",
        "with-dash",
        "pg_catalog",
        "",
        &"x".repeat(64),
    ] {
        let err = PostgresJournal::connect_with_schema("postgres://127.0.0.1/test", bad)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, JournalError::Store(m) if m.starts_with("postgres connect: schema name")),
            "{bad}: {err}"
        );
    }
    // Nothing listens on port 1.
    let err = PostgresJournal::connect("postgres://postgres@127.0.0.1:1/test")
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("journal: postgres connect: error connecting to server"),
        "{text}"
    );
    let err = PostgresJournal::connect("postgres://127.0.0.1:notaport/test")
        .await
        .unwrap_err();
    assert!(
        err.to_string().starts_with("journal: postgres connect: "),
        "{err}"
    );
}

#[tokio::test]
async fn two_instances_claiming_concurrently_get_disjoint_sets() {
    let schema = TestSchema::new("claims").await;
    let a = Arc::new(schema.journal().await);
    let b = Arc::new(schema.journal().await);
    const PAYMENTS: usize = 60;
    for i in 0..PAYMENTS {
        a.open(&payment(&format!("c-{i:03}"), 1_000 + i as i64))
            .await
            .unwrap();
    }
    // Four claimers per instance, each claiming a few at a time until nothing is left.
    let mut tasks = Vec::new();
    for (instance, journal) in [("a", &a), ("b", &b)] {
        for n in 0..4 {
            let journal = Arc::clone(journal);
            let owner = format!("{instance}{n}");
            tasks.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let claimed = journal.claim_open(&owner, 50_000, 60_000, 3).await.unwrap();
                    if claimed.is_empty() {
                        break;
                    }
                    mine.extend(claimed.into_iter().map(|p| p.order_id));
                    tokio::task::yield_now().await;
                }
                (owner, mine)
            }));
        }
    }
    let mut by_order: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut owners_with_claims = BTreeSet::new();
    for task in tasks {
        let (owner, mine) = task.await.unwrap();
        if !mine.is_empty() {
            owners_with_claims.insert(owner.clone());
        }
        for order in mine {
            by_order.entry(order).or_default().push(owner.clone());
        }
    }
    let twice: Vec<_> = by_order.iter().filter(|(_, o)| o.len() > 1).collect();
    assert!(twice.is_empty(), "claimed by two owners: {twice:?}");
    assert_eq!(
        by_order.len(),
        PAYMENTS,
        "every open payment is claimed once"
    );
    // The journal agrees with what the claimers were told.
    let raw = schema.raw().await;
    for row in raw
        .query("SELECT order_id, owner FROM payspec_payments", &[])
        .await
        .unwrap()
    {
        let order: String = row.get(0);
        let owner: String = row.get(1);
        assert_eq!(by_order[&order], [owner], "{order}");
    }
    eprintln!("claimers that got payments: {owners_with_claims:?}");
}

#[tokio::test]
async fn the_same_notification_from_two_instances_applies_once() {
    let schema = TestSchema::new("notify").await;
    let a = Arc::new(schema.journal().await);
    let b = Arc::new(schema.journal().await);
    a.open_leased(&payment("n-1", 1_000), "a", 100_000)
        .await
        .unwrap();
    let n = notification("n-1", "T-n-1", TradeStatus::Success);
    // 2 × 25 deliveries at once: more than either pool's connections.
    let mut tasks = Vec::new();
    for _ in 0..25 {
        for journal in [&a, &b] {
            let journal = Arc::clone(journal);
            let n = n.clone();
            tasks.push(tokio::spawn(
                async move { journal.apply_notification(&n).await },
            ));
        }
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for task in tasks {
        let applied = task.await.unwrap().unwrap();
        *counts.entry(format!("{applied:?}")).or_default() += 1;
    }
    assert_eq!(
        counts,
        BTreeMap::from([("Applied".to_string(), 1), ("Duplicate".to_string(), 49)])
    );
    let (record, _) = b.get("n-1").await.unwrap().unwrap();
    assert_eq!(record.outcome, Some(OutcomeKind::Paid));
    assert_eq!(record.detail.as_deref(), Some("notification T-n-1"));
    let raw = schema.raw().await;
    let recorded: i64 = raw
        .query_one("SELECT count(*) FROM payspec_notifications", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(recorded, 1);
    // Closing released the lease: nobody drives a paid payment.
    let owner: Option<String> = raw
        .query_one(
            "SELECT owner FROM payspec_payments WHERE order_id = 'n-1'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(owner, None);
    // Each journal kept to its pool's size (the journals' connections carry the schema's name).
    let connections: i64 = raw
        .query_one(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1",
            &[&schema.name],
        )
        .await
        .unwrap()
        .get(0);
    assert!(
        connections as usize <= 2 * MAX_CONNECTIONS,
        "{connections} connections"
    );
}

#[tokio::test]
async fn a_notification_racing_a_close_serializes_with_it() {
    let schema = TestSchema::new("race").await;
    let a = Arc::new(schema.journal().await);
    let b = Arc::new(schema.journal().await);
    const PAYMENTS: usize = 12;
    for i in 0..PAYMENTS {
        a.open(&payment(&format!("r-{i:02}"), 1_000)).await.unwrap();
    }
    let mut tasks = Vec::new();
    for i in 0..PAYMENTS {
        let order = format!("r-{i:02}");
        let (a, b) = (Arc::clone(&a), Arc::clone(&b));
        tasks.push(tokio::spawn(async move {
            let n = notification(&order, &format!("T-{order}"), TradeStatus::Success);
            let (applied, closed) = tokio::join!(
                a.apply_notification(&n),
                b.close(&order, OutcomeKind::NeedsAttention, Some("gave up"), 9_000)
            );
            closed.unwrap();
            (order, applied.unwrap())
        }));
    }
    for task in tasks {
        let (order, applied) = task.await.unwrap();
        let (record, _) = a.get(&order).await.unwrap().unwrap();
        let detail = record.detail.unwrap_or_default();
        match applied {
            // The notification went first: paid; the close that followed is noted.
            NotificationApplied::Applied => {
                assert_eq!(record.outcome, Some(OutcomeKind::Paid), "{order}");
                assert_eq!(
                    detail,
                    format!(
                        "notification T-{order}; CONFLICT: closed as paid, then as \
                         needs_attention (gave up) at 9000"
                    )
                );
            }
            // The close went first: its outcome stays; the notification is noted.
            NotificationApplied::Conflict => {
                assert_eq!(record.outcome, Some(OutcomeKind::NeedsAttention), "{order}");
                assert_eq!(
                    detail,
                    format!(
                        "gave up; CONFLICT: notification T-{order} says paid (state success) \
                         after the payment was closed as needs_attention"
                    )
                );
            }
            other => panic!("{order}: {other:?}"),
        }
    }
}

/// The server's certificate on this machine (Debian's `ssl-cert` package; the server runs with
/// `ssl = on` and it): CN and SAN `localhost`.
const SNAKEOIL: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";

/// Whether each of the journal's connections (named by the schema) is encrypted.
async fn journal_connections_use_tls(schema: &TestSchema) -> Vec<bool> {
    let raw = schema.raw().await;
    raw.query(
        "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
         WHERE a.application_name = $1",
        &[&schema.name],
    )
    .await
    .unwrap()
    .iter()
    .map(|row| row.get(0))
    .collect()
}

/// The server must offer TLS for these tests to mean anything: fail, saying how, if it does not.
async fn require_server_tls(schema: &TestSchema) {
    let raw = schema.raw().await;
    let ssl: String = raw.query_one("SHOW ssl", &[]).await.unwrap().get(0);
    assert_eq!(
        ssl, "on",
        "the PostgreSQL server has TLS off; these tests need `ssl = on` with {SNAKEOIL} \
         (Debian's default; `apt-get install ssl-cert` and restart: `{START_HINT}`)"
    );
    assert!(
        std::path::Path::new(SNAKEOIL).is_file(),
        "{SNAKEOIL} is missing (`apt-get install ssl-cert`)"
    );
}

/// issue 8, finding 11: the Postgres journal can use TLS. `sslmode=verify-full` with
/// `sslrootcert` connects over TLS, verifying the server (its certificate names `localhost`).
#[tokio::test]
async fn tls_verify_full_with_a_root_file_connects_encrypted() {
    let schema = TestSchema::new("tls").await;
    require_server_tls(&schema).await;
    let url = format!(
        "{}&sslmode=verify-full&sslrootcert={SNAKEOIL}",
        schema.url_named("").replace("127.0.0.1", "localhost")
    );
    let journal = PostgresJournal::connect_with_schema(&url, &schema.name)
        .await
        .unwrap_or_else(|e| panic!("TLS connect: {e}"));
    journal.open(&payment("tls-1", 1)).await.unwrap();
    let tls = journal_connections_use_tls(&schema).await;
    assert!(!tls.is_empty() && tls.iter().all(|t| *t), "{tls:?}");
}

/// issue 8, finding 11: TLS always verifies the server. `sslmode=require` against a server whose
/// certificate nothing trusts is refused (libpq's `require` would accept it), and the error does
/// not repeat the password.
#[tokio::test]
async fn tls_require_refuses_an_untrusted_certificate_without_repeating_the_password() {
    let schema = TestSchema::new("tlsbad").await;
    require_server_tls(&schema).await;
    let url = schema
        .url_named("")
        .replace("postgres@", "postgres:pw-s3cret@")
        .replace("root@", "root:pw-s3cret@");
    let err = PostgresJournal::connect_with_schema(&format!("{url}&sslmode=require"), &schema.name)
        .await
        .expect_err("an untrusted certificate")
        .to_string();
    assert!(err.contains("certificate"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
}

/// issue 8, finding 11: without `sslmode`, a database on this machine is reached in plain TCP
/// (documented choice), and a libpq key=value string is a connection string like a URL.
#[tokio::test]
async fn loopback_without_sslmode_is_plain_and_a_libpq_string_connects() {
    let schema = TestSchema::new("libpq").await;
    let url = server_url().await;
    let user = if url.contains("root@") {
        "root"
    } else {
        "postgres"
    };
    let libpq = format!(
        "host=127.0.0.1 port=5432 dbname=test user={user} application_name='{}'",
        schema.name
    );
    let journal = PostgresJournal::connect_with_schema(&libpq, &schema.name)
        .await
        .unwrap_or_else(|e| panic!("libpq string: {e}"));
    journal.open(&payment("libpq-1", 1)).await.unwrap();
    assert!(journal.get("libpq-1").await.unwrap().is_some());
    let tls = journal_connections_use_tls(&schema).await;
    assert!(!tls.is_empty() && tls.iter().all(|t| !*t), "{tls:?}");
}

/// issue 8, finding 13: an outcome text this build does not know (a newer payspec's, or a hand
/// edit past the CHECK) is an error on every path, as on SQLite: never read as open.
#[tokio::test]
async fn an_unreadable_stored_outcome_is_an_error_never_open() {
    let schema = TestSchema::new("unreadable").await;
    let j = schema.journal().await;
    j.open(&payment("odd-1", 1_000)).await.unwrap();
    let raw = schema.raw().await;
    raw.batch_execute(
        "ALTER TABLE payspec_payments DROP CONSTRAINT payspec_payments_outcome_check; \
         UPDATE payspec_payments SET outcome = 'refunded' WHERE order_id = 'odd-1'",
    )
    .await
    .unwrap();
    let err = j
        .apply_notification(&notification("odd-1", "T-odd", TradeStatus::Success))
        .await
        .expect_err("unreadable outcome")
        .to_string();
    assert!(
        err.contains("unreadable stored outcome `refunded`"),
        "{err}"
    );
    let err = j
        .close("odd-1", OutcomeKind::Paid, Some("T-odd"), 2_000)
        .await
        .expect_err("unreadable outcome")
        .to_string();
    assert!(err.contains("refunded"), "{err}");
    assert!(j.get("odd-1").await.is_err(), "reading it is an error too");
    let row = raw
        .query_one(
            "SELECT outcome, (SELECT count(*) FROM payspec_notifications) \
             FROM payspec_payments WHERE order_id = 'odd-1'",
            &[],
        )
        .await
        .unwrap();
    let (outcome, notes): (String, i64) = (row.get(0), row.get(1));
    assert_eq!(
        (outcome.as_str(), notes),
        ("refunded", 0),
        "nothing written"
    );
}

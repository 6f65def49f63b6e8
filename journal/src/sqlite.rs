//! The embedded journal: one SQLite file (or memory, for tests).
//!
//! Why these settings:
//! - WAL mode, `synchronous = FULL`: a committed step survives a crash or a power cut, and
//!   readers (`payspec journal list`) do not block the writer.
//! - `busy_timeout`: several processes on one file (two `payspec` instances, a `recover` next to
//!   a `pay`) wait for each other's short transactions instead of failing.
//! - Every write is one `BEGIN IMMEDIATE` transaction, so a read-then-write (claim, close,
//!   notification) cannot interleave with another process's.
//! - rusqlite blocks, so every call runs on tokio's blocking pool with the connection behind a
//!   mutex: the async callers (the saga) never stall a runtime thread on disk I/O.
//!
//! The schema is versioned (`schema_version`) and migrated when the file is opened; a file
//! written by a newer payspec is refused rather than misread.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction, TransactionBehavior};

use super::migrate;
use super::policy::{self, Current, NotificationPlan, Update};
use super::{
    optional_from_text, HeldPayment, Journal, JournalError, Notification, NotificationApplied,
    OutcomeKind, PaymentHistory, PaymentRecord, StepRecord, StoredText,
};
use payspec_core::credentials::{CredentialError, CredentialStore};
use payspec_core::{BoxFuture, Redacted};

/// How long a statement waits for another process's transaction before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The migrations, in order ([`migrate::pending`]: version `i + 1` is `MIGRATIONS[i]`; append
/// only).
const MIGRATIONS: &[&str] = &[
    // 1: payments, their steps, and the notifications applied.
    "CREATE TABLE payments (
        order_id TEXT PRIMARY KEY NOT NULL,
        provider TEXT NOT NULL,
        amount_minor INTEGER NOT NULL,
        currency TEXT NOT NULL,
        auth_code_hint TEXT NOT NULL,
        started_at_ms INTEGER NOT NULL,
        outcome TEXT NULL,
        detail TEXT NULL,
        updated_at_ms INTEGER NOT NULL,
        owner TEXT NULL,
        lease_until_ms INTEGER NULL
    );
    CREATE INDEX payments_open ON payments (started_at_ms) WHERE outcome IS NULL;
    CREATE INDEX payments_recent ON payments (started_at_ms DESC);
    CREATE TABLE steps (
        order_id TEXT NOT NULL REFERENCES payments (order_id),
        seq INTEGER NOT NULL,
        step TEXT NOT NULL,
        phase TEXT NOT NULL,
        classification TEXT NULL,
        detail TEXT NULL,
        at_ms INTEGER NOT NULL,
        PRIMARY KEY (order_id, seq)
    );
    CREATE TABLE notifications (
        provider TEXT NOT NULL,
        dedupe_key TEXT NOT NULL,
        order_id TEXT NOT NULL,
        raw_state TEXT NULL,
        status TEXT NULL,
        received_at_ms INTEGER NOT NULL,
        UNIQUE (provider, dedupe_key)
    );",
    // 2 (issue 8): the trade id a payment was paid under (a second one is a conflict), what a
    // notification states (trade id, amount), and an index for the payments others hold.
    "ALTER TABLE payments ADD COLUMN trade_id TEXT NULL;
    ALTER TABLE notifications ADD COLUMN provider_trade_id TEXT NULL;
    ALTER TABLE notifications ADD COLUMN amount_minor INTEGER NULL;
    ALTER TABLE notifications ADD COLUMN currency TEXT NULL;
    CREATE INDEX payments_held ON payments (lease_until_ms) \
        WHERE outcome IS NULL AND owner IS NOT NULL;",
    // 3 (issue 11): configuration values a provider hands out or rotates (`CredentialStore`).
    "CREATE TABLE credentials (
        provider TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        PRIMARY KEY (provider, key)
    );",
    // 4: the provider trade id a result step named, as a column (recovery read it back from
    // the detail text before).
    "ALTER TABLE steps ADD COLUMN trade_id TEXT NULL;",
];

/// The schema version this code writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// A [`Journal`] in one SQLite database. Cheap to clone (one shared connection); open a file
/// twice for two independent connections, as two processes would have.
#[derive(Clone)]
pub struct SqliteJournal {
    conn: Arc<Mutex<Connection>>,
    location: String,
}

impl std::fmt::Debug for SqliteJournal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteJournal")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl SqliteJournal {
    /// Opens (creating if needed) the journal file at `path` and migrates its schema. Blocking:
    /// call it at start-up, or inside `spawn_blocking`.
    pub fn open(path: impl AsRef<Path>) -> Result<SqliteJournal, JournalError> {
        let path = path.as_ref();
        let location = path.display().to_string();
        let conn = Connection::open(path).map_err(store(&format!("open {location}")))?;
        SqliteJournal::setup(conn, location, true)
    }

    /// A journal that lives as long as this value (tests; a process that needs no recovery).
    pub fn open_in_memory() -> Result<SqliteJournal, JournalError> {
        let conn = Connection::open_in_memory().map_err(store("open in memory"))?;
        SqliteJournal::setup(conn, ":memory:".into(), false)
    }

    /// Where the journal is: the file path, or `:memory:`.
    pub fn location(&self) -> &str {
        &self.location
    }

    fn setup(
        mut conn: Connection,
        location: String,
        file: bool,
    ) -> Result<SqliteJournal, JournalError> {
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(store("set busy_timeout"))?;
        if file {
            let mode: String = conn
                .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
                .map_err(store("set WAL mode"))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(JournalError::Store(format!(
                    "{location}: cannot use WAL mode (got `{mode}`)"
                )));
            }
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(store("set synchronous"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(store("enable foreign keys"))?;
        migrate(&mut conn).map_err(|e| match e {
            JournalError::Store(m) => JournalError::Store(format!("{location}: {m}")),
            other => other,
        })?;
        Ok(SqliteJournal {
            conn: Arc::new(Mutex::new(conn)),
            location,
        })
    }

    /// Runs `work` on the blocking pool with the connection. A panic elsewhere while holding the
    /// lock leaves no half transaction behind (rusqlite rolls back on drop), so a poisoned lock
    /// is taken over rather than turned into an error forever.
    async fn with<T, F>(&self, what: &'static str, work: F) -> Result<T, JournalError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, JournalError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut guard)
        })
        .await
        .map_err(|e| JournalError::Store(format!("{what}: {e}")))?
    }
}

/// Applies the migrations the database has not seen, in one transaction.
fn migrate(conn: &mut Connection) -> Result<(), JournalError> {
    let tx = immediate(conn, "migrate")?;
    tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        .map_err(store("create schema_version"))?;
    let current: i64 = tx
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version",
            [],
            |row| row.get(0),
        )
        .map_err(store("read schema_version"))?;
    for (version, sql) in migrate::pending(current, MIGRATIONS)? {
        tx.execute_batch(sql)
            .map_err(store(&format!("migration {version}")))?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            params![version],
        )
        .map_err(store("record schema_version"))?;
    }
    tx.commit().map_err(store("commit migrations"))
}

fn immediate<'c>(conn: &'c mut Connection, what: &str) -> Result<Transaction<'c>, JournalError> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(store(&format!("{what}: begin")))
}

/// Maps a SQLite error to [`JournalError::Store`], naming the operation.
fn store(what: &str) -> impl Fn(rusqlite::Error) -> JournalError + '_ {
    move |e| JournalError::Store(format!("{what}: {e}"))
}

/// A stored enum read through its one text form ([`StoredText`]); text this build does not
/// know fails the read (a damaged or foreign file), never a default.
fn stored<T: StoredText>(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    optional_from_text(text.as_deref()).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            e.to_string().into(),
        )
    })
}

/// Like [`stored`], for a `NOT NULL` column.
fn required<T: StoredText>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    T::from_text(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            e.to_string().into(),
        )
    })
}

const PAYMENT_COLUMNS: &str = "order_id, provider, amount_minor, currency, auth_code_hint, \
     started_at_ms, outcome, detail, updated_at_ms";

fn payment_row(row: &Row<'_>) -> rusqlite::Result<PaymentRecord> {
    let outcome = stored::<OutcomeKind>(row, 6)?;
    Ok(PaymentRecord {
        order_id: row.get(0)?,
        provider: row.get(1)?,
        amount_minor: row.get(2)?,
        currency: row.get(3)?,
        auth_code_hint: row.get(4)?,
        started_at_ms: row.get(5)?,
        outcome,
        detail: row.get(7)?,
        updated_at_ms: row.get(8)?,
    })
}

fn step_row(row: &Row<'_>) -> rusqlite::Result<StepRecord> {
    Ok(StepRecord {
        order_id: row.get(0)?,
        step: required(row, 1)?,
        phase: required(row, 2)?,
        classification: stored(row, 3)?,
        detail: row.get(4)?,
        at_ms: row.get(5)?,
        provider_trade_id: row.get(6)?,
    })
}

/// The payment as [`policy`] decides on it, read inside the caller's transaction.
fn read_current(tx: &Transaction<'_>, order_id: &str) -> Result<Option<Current>, JournalError> {
    tx.query_row(
        "SELECT order_id, provider, amount_minor, currency, outcome, detail, trade_id, \
         updated_at_ms FROM payments WHERE order_id = ?1",
        params![order_id],
        |row| {
            Ok(Current {
                order_id: row.get(0)?,
                provider: row.get(1)?,
                amount_minor: row.get(2)?,
                currency: row.get(3)?,
                outcome: stored(row, 4)?,
                detail: row.get(5)?,
                trade_id: row.get(6)?,
                updated_at_ms: row.get(7)?,
            })
        },
    )
    .optional()
    .map_err(store("read payment"))
}

/// Writes what [`policy`] decided, inside the caller's transaction.
fn write_update(tx: &Transaction<'_>, order_id: &str, u: &Update) -> Result<(), JournalError> {
    tx.execute(
        "UPDATE payments SET outcome = ?2, detail = ?3, trade_id = ?4, updated_at_ms = ?5, \
         owner = CASE WHEN ?6 THEN NULL ELSE owner END, \
         lease_until_ms = CASE WHEN ?6 THEN NULL ELSE lease_until_ms END \
         WHERE order_id = ?1",
        params![
            order_id,
            u.outcome.map(OutcomeKind::text),
            u.detail,
            u.trade_id,
            u.updated_at_ms,
            u.release_lease,
        ],
    )
    .map_err(store("write payment"))?;
    Ok(())
}

fn insert_payment(
    tx: &Transaction<'_>,
    r: &PaymentRecord,
    owner: Option<&str>,
    lease_until_ms: Option<i64>,
) -> Result<(), JournalError> {
    let inserted = tx
        .execute(
            "INSERT INTO payments (order_id, provider, amount_minor, currency, auth_code_hint, \
             started_at_ms, outcome, detail, updated_at_ms, owner, lease_until_ms) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) \
             ON CONFLICT (order_id) DO NOTHING",
            params![
                r.order_id,
                r.provider,
                r.amount_minor,
                r.currency,
                r.auth_code_hint,
                r.started_at_ms,
                r.outcome.map(OutcomeKind::as_str),
                r.detail,
                r.updated_at_ms,
                owner,
                lease_until_ms,
            ],
        )
        .map_err(store("open payment"))?;
    if inserted == 0 {
        return Err(JournalError::Duplicate(r.order_id.clone()));
    }
    Ok(())
}

fn open_payment(
    conn: &mut Connection,
    record: &PaymentRecord,
    lease: Option<(&str, i64)>,
) -> Result<(), JournalError> {
    let tx = immediate(conn, "open payment")?;
    insert_payment(
        &tx,
        record,
        lease.map(|(owner, _)| owner),
        lease.map(|(_, until)| until),
    )?;
    tx.commit().map_err(store("open payment: commit"))
}

fn append_step(conn: &mut Connection, s: &StepRecord) -> Result<(), JournalError> {
    let tx = immediate(conn, "append step")?;
    let known: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM payments WHERE order_id = ?1",
            params![s.order_id],
            |row| row.get(0),
        )
        .optional()
        .map_err(store("append step"))?;
    if known.is_none() {
        return Err(JournalError::NotFound(s.order_id.clone()));
    }
    tx.execute(
        "INSERT INTO steps (order_id, seq, step, phase, classification, detail, trade_id, at_ms) \
         SELECT ?1, COALESCE(MAX(seq), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7 FROM steps \
         WHERE order_id = ?1",
        params![
            s.order_id,
            s.step.text(),
            s.phase.text(),
            s.classification.map(StoredText::text),
            s.detail,
            s.provider_trade_id,
            s.at_ms,
        ],
    )
    .map_err(store("append step"))?;
    tx.commit().map_err(store("append step: commit"))
}

fn close_payment(
    conn: &mut Connection,
    order_id: &str,
    outcome: OutcomeKind,
    detail: Option<&str>,
    at_ms: i64,
) -> Result<(), JournalError> {
    let tx = immediate(conn, "close payment")?;
    let Some(current) = read_current(&tx, order_id)? else {
        return Err(JournalError::NotFound(order_id.to_owned()));
    };
    match policy::close(&current, outcome, detail, at_ms) {
        None => return Ok(()),
        Some(update) => write_update(&tx, order_id, &update)?,
    }
    tx.commit().map_err(store("close payment: commit"))
}

fn get_payment(
    conn: &mut Connection,
    order_id: &str,
) -> Result<Option<PaymentHistory>, JournalError> {
    let payment = conn
        .query_row(
            &format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE order_id = ?1"),
            params![order_id],
            payment_row,
        )
        .optional()
        .map_err(store("read payment"))?;
    let Some(payment) = payment else {
        return Ok(None);
    };
    let mut stmt = conn
        .prepare(
            "SELECT order_id, step, phase, classification, detail, at_ms, trade_id FROM steps \
             WHERE order_id = ?1 ORDER BY seq",
        )
        .map_err(store("read steps"))?;
    let steps = stmt
        .query_map(params![order_id], step_row)
        .map_err(store("read steps"))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(store("read steps"))?;
    Ok(Some((payment, steps)))
}

fn list_payments(conn: &mut Connection, limit: usize) -> Result<Vec<PaymentRecord>, JournalError> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {PAYMENT_COLUMNS} FROM payments \
             ORDER BY started_at_ms DESC, order_id DESC LIMIT ?1"
        ))
        .map_err(store("list payments"))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt
        .query_map(params![limit], payment_row)
        .map_err(store("list payments"))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(store("list payments"));
    rows
}

fn claim(
    conn: &mut Connection,
    owner: &str,
    now_ms: i64,
    lease_ms: i64,
    limit: usize,
) -> Result<Vec<PaymentRecord>, JournalError> {
    let tx = immediate(conn, "claim open payments")?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let claimed = {
        let mut stmt = tx
            .prepare(&format!(
                "UPDATE payments SET owner = ?1, lease_until_ms = ?2 \
                 WHERE order_id IN (SELECT order_id FROM payments \
                     WHERE outcome IS NULL AND (owner IS NULL OR lease_until_ms < ?3) \
                     ORDER BY started_at_ms, order_id LIMIT ?4) \
                 RETURNING {PAYMENT_COLUMNS}"
            ))
            .map_err(store("claim open payments"))?;
        let rows = stmt
            .query_map(
                params![owner, now_ms.saturating_add(lease_ms), now_ms, limit],
                payment_row,
            )
            .map_err(store("claim open payments"))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(store("claim open payments"))?;
        rows
    };
    tx.commit().map_err(store("claim open payments: commit"))?;
    let mut claimed = claimed;
    claimed.sort_by(|a, b| (a.started_at_ms, &a.order_id).cmp(&(b.started_at_ms, &b.order_id)));
    Ok(claimed)
}

fn apply(conn: &mut Connection, n: &Notification) -> Result<NotificationApplied, JournalError> {
    let tx = immediate(conn, "apply notification")?;
    let current = read_current(&tx, &n.order_id)?;
    let (applied, update) = match policy::notification(current.as_ref(), n) {
        // Nothing kept: the transaction rolls back when dropped.
        NotificationPlan::Ignore => return Ok(NotificationApplied::UnknownTrade),
        NotificationPlan::Record { applied, update } => (applied, update),
    };
    let inserted = tx
        .execute(
            "INSERT INTO notifications (provider, dedupe_key, order_id, raw_state, status, \
             received_at_ms, provider_trade_id, amount_minor, currency) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
             ON CONFLICT (provider, dedupe_key) DO NOTHING",
            params![
                n.provider,
                n.dedupe_key,
                n.order_id,
                n.raw_state,
                n.status.map(StoredText::text),
                n.received_at_ms,
                n.provider_trade_id,
                n.amount.as_ref().map(|a| a.minor),
                n.amount.as_ref().map(|a| a.currency.as_str()),
            ],
        )
        .map_err(store("apply notification"))?;
    if inserted == 0 {
        return Ok(NotificationApplied::Duplicate);
    }
    if let Some(update) = update {
        write_update(&tx, &n.order_id, &update)?;
    }
    tx.commit().map_err(store("apply notification: commit"))?;
    Ok(applied)
}

fn held_by_others(
    conn: &mut Connection,
    owner: &str,
    now_ms: i64,
) -> Result<Vec<HeldPayment>, JournalError> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {PAYMENT_COLUMNS}, owner, lease_until_ms FROM payments \
             WHERE outcome IS NULL AND owner IS NOT NULL AND owner <> ?1 \
             AND lease_until_ms >= ?2 ORDER BY started_at_ms, order_id"
        ))
        .map_err(store("list held payments"))?;
    let rows = stmt
        .query_map(params![owner, now_ms], |row| {
            Ok(HeldPayment {
                payment: payment_row(row)?,
                owner: row.get(9)?,
                lease_until_ms: row.get(10)?,
            })
        })
        .map_err(store("list held payments"))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(store("list held payments"));
    rows
}

/// Rotated configuration values, beside the payments in the same file (as sensitive as the
/// configuration file: protect the journal alike).
impl CredentialStore for SqliteJournal {
    fn current<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<Redacted<String>>, CredentialError>> {
        let (provider, key) = (provider.to_owned(), key.to_owned());
        Box::pin(async move {
            self.with("read credential", move |conn| {
                conn.query_row(
                    "SELECT value FROM credentials WHERE provider = ?1 AND key = ?2",
                    params![provider, key],
                    |row| row.get::<_, String>(0),
                )
                .optional()
                .map_err(store("read credential"))
            })
            .await
            .map(|value| value.map(Redacted::new))
            .map_err(|e| CredentialError(e.to_string()))
        })
    }

    fn update<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
        value: Redacted<String>,
    ) -> BoxFuture<'a, Result<(), CredentialError>> {
        let (provider, key) = (provider.to_owned(), key.to_owned());
        Box::pin(async move {
            self.with("write credential", move |conn| {
                conn.execute(
                    "INSERT INTO credentials (provider, key, value, updated_at_ms) \
                     VALUES (?1, ?2, ?3, ?4) \
                     ON CONFLICT (provider, key) DO UPDATE SET value = excluded.value, \
                     updated_at_ms = excluded.updated_at_ms",
                    params![provider, key, value.expose(), crate::now_ms()],
                )
                .map(drop)
                .map_err(store("write credential"))
            })
            .await
            .map_err(|e| CredentialError(e.to_string()))
        })
    }
}

impl Journal for SqliteJournal {
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        let record = record.clone();
        Box::pin(self.with("open payment", move |c| open_payment(c, &record, None)))
    }

    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        let record = record.clone();
        let owner = owner.to_owned();
        Box::pin(self.with("open payment", move |c| {
            open_payment(c, &record, Some((&owner, lease_until_ms)))
        }))
    }

    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        let step = step.clone();
        Box::pin(self.with("append step", move |c| append_step(c, &step)))
    }

    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        let order_id = order_id.to_owned();
        let detail = detail.map(str::to_owned);
        Box::pin(self.with("close payment", move |c| {
            close_payment(c, &order_id, outcome, detail.as_deref(), at_ms)
        }))
    }

    fn get<'a>(
        &'a self,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<PaymentHistory>, JournalError>> {
        let order_id = order_id.to_owned();
        Box::pin(self.with("read payment", move |c| get_payment(c, &order_id)))
    }

    fn list<'a>(&'a self, limit: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        Box::pin(self.with("list payments", move |c| list_payments(c, limit)))
    }

    fn claim_open<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        let owner = owner.to_owned();
        Box::pin(self.with("claim open payments", move |c| {
            claim(c, &owner, now_ms, lease_ms, limit)
        }))
    }

    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        let notification = notification.clone();
        Box::pin(self.with("apply notification", move |c| apply(c, &notification)))
    }

    fn held_by_others<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
    ) -> BoxFuture<'a, Result<Vec<HeldPayment>, JournalError>> {
        let owner = owner.to_owned();
        Box::pin(self.with("list held payments", move |c| {
            held_by_others(c, &owner, now_ms)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_a_newer_schema_is_refused() {
        let dir = std::env::temp_dir().join(format!(
            "payspec-sqlite-unit-{}-{}",
            std::process::id(),
            crate::recording::now_ms()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("j.sqlite");
        drop(SqliteJournal::open(&path).unwrap());
        // Reopening applies nothing twice.
        drop(SqliteJournal::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        let versions: i64 = conn
            .query_row("SELECT COUNT(*) FROM schema_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(versions, i64::from(SCHEMA_VERSION));
        conn.execute("INSERT INTO schema_version (version) VALUES (999)", [])
            .unwrap();
        drop(conn);
        let err = SqliteJournal::open(&path).unwrap_err().to_string();
        assert!(err.contains("newer"), "{err}");
        let _ = std::fs::remove_dir_all(dir);
    }
}

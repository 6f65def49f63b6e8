//! The PostgreSQL journal: several instances of a cashier backend share one journal.
//!
//! - Every [`Journal`] method is one transaction (or one statement, which is its own).
//! - Open payments are claimed with `FOR UPDATE SKIP LOCKED` and a lease (`owner`,
//!   `lease_until_ms`), so two instances never drive the same payment while a lease is live.
//! - A notification is applied exactly once: the payment row is locked (`FOR UPDATE`), so
//!   concurrent notifications and a concurrent [`Journal::close`] serialize, and the
//!   notification is inserted under `UNIQUE (provider, dedupe_key)` in the same transaction as
//!   the change it makes. A notification for an unknown order is rolled back, not kept.
//! - Contradictions (a second close with another outcome, a paid notification after the
//!   payment was closed otherwise) keep the first outcome and append a `CONFLICT: …` note to
//!   the payment's detail, exactly as the SQLite journal does ([`super::conformance`] checks
//!   both).
//! - The schema is versioned (`payspec_schema_version`). Migrations run at connect, inside a
//!   transaction holding `pg_advisory_xact_lock`, so instances starting together don't race.
//!
//! Connections use TLS (rustls, the server's certificate always verified) unless the
//! connection string's `sslmode` says `disable` or, without `sslmode`, the database is on this
//! machine: see [`super::pg_connect`] for the rules and why. They are pooled by
//! deadpool-postgres (at most [`MAX_CONNECTIONS`] per journal; callers beyond that wait for a
//! free one), and each is driven by a task on the tokio runtime of the call that opened it: a
//! connection whose runtime has shut down reads as closed and is replaced.

use std::fmt;

use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod};
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, IsolationLevel, Row};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::migrate;
use super::pg_connect::{self, Redactor, TlsMode};
use super::policy::{self, Current, NotificationPlan, Update};
use super::{
    optional_from_text, HeldPayment, Journal, JournalError, Notification, NotificationApplied,
    OutcomeKind, PaymentRecord, StepRecord, StoredText,
};
use payspec_core::credentials::{CredentialError, CredentialStore};
use payspec_core::{BoxFuture, Redacted};

/// How many connections one [`PostgresJournal`] opens at most; further callers wait for one.
pub const MAX_CONNECTIONS: usize = 8;

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// The advisory-lock class of payspec's migrations (the second key is the schema's hash).
const MIGRATION_LOCK_CLASS: i32 = 0x7061_7973; // "pays"

/// The migrations, in order ([`migrate::pending`]: version `i + 1` is `MIGRATIONS[i]`; append
/// only).
const MIGRATIONS: &[&str] = &[
    // 1: payments, their steps, applied notifications.
    "CREATE TABLE payspec_payments (
        order_id       text PRIMARY KEY,
        provider       text NOT NULL,
        amount_minor   bigint NOT NULL,
        currency       text NOT NULL,
        auth_code_hint text NOT NULL,
        started_at_ms  bigint NOT NULL,
        outcome        text CHECK (outcome IN ('paid', 'failed', 'reversed', 'needs_attention')),
        detail         text,
        updated_at_ms  bigint NOT NULL,
        owner          text,
        lease_until_ms bigint
    );
    CREATE INDEX payspec_payments_open ON payspec_payments (started_at_ms) WHERE outcome IS NULL;
    CREATE INDEX payspec_payments_recent ON payspec_payments (started_at_ms DESC, order_id DESC);
    CREATE TABLE payspec_steps (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        order_id       text NOT NULL REFERENCES payspec_payments (order_id),
        step           text NOT NULL CHECK (step IN ('pay', 'query', 'reverse')),
        phase          text NOT NULL CHECK (phase IN ('intent', 'result')),
        classification text CHECK (classification IN ('success', 'pending', 'failed', 'unknown')),
        detail         text,
        at_ms          bigint NOT NULL
    );
    CREATE INDEX payspec_steps_order ON payspec_steps (order_id, id);
    CREATE TABLE payspec_notifications (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        provider       text NOT NULL,
        dedupe_key     text NOT NULL,
        order_id       text NOT NULL REFERENCES payspec_payments (order_id),
        status         text,
        raw_state      text,
        received_at_ms bigint NOT NULL,
        UNIQUE (provider, dedupe_key)
    );
    CREATE INDEX payspec_notifications_order ON payspec_notifications (order_id);",
    // 2 (issue 8): the trade id a payment was paid under (a second one is a conflict), what a
    // notification states (trade id, amount), and an index for the payments others hold.
    "ALTER TABLE payspec_payments ADD COLUMN trade_id text;
    ALTER TABLE payspec_notifications ADD COLUMN provider_trade_id text;
    ALTER TABLE payspec_notifications ADD COLUMN amount_minor bigint;
    ALTER TABLE payspec_notifications ADD COLUMN currency text;
    CREATE INDEX payspec_payments_held ON payspec_payments (lease_until_ms)
        WHERE outcome IS NULL AND owner IS NOT NULL;",
    // 3 (issue 11): configuration values a provider hands out or rotates (`CredentialStore`).
    "CREATE TABLE payspec_credentials (
        provider      text NOT NULL,
        key           text NOT NULL,
        value         text NOT NULL,
        updated_at_ms bigint NOT NULL,
        PRIMARY KEY (provider, key)
    );",
    // 4: the provider trade id a result step named, as a column (recovery read it back from
    // the detail text before).
    "ALTER TABLE payspec_steps ADD COLUMN trade_id text;",
    // 5 (issue 11): an answer may say a person must check (`Classification::Attention`).
    "ALTER TABLE payspec_steps DROP CONSTRAINT payspec_steps_classification_check;
    ALTER TABLE payspec_steps ADD CONSTRAINT payspec_steps_classification_check
        CHECK (classification IN ('success', 'pending', 'failed', 'unknown', 'attention'));",
];

const PAYMENT_COLUMNS: &str = "order_id, provider, amount_minor, currency, auth_code_hint, \
                               started_at_ms, outcome, detail, updated_at_ms";

/// A [`Journal`] in a PostgreSQL database, shared by any number of instances.
pub struct PostgresJournal {
    /// Plain or TLS connections as the configuration's `sslmode` says (`disable`, or a
    /// database on this machine: plain).
    tls: bool,
    /// Takes the password out of connection errors.
    redactor: Redactor,
    schema: Option<String>,
    pool: Pool,
}

impl fmt::Debug for PostgresJournal {
    // The configuration may hold a password: show where the tables are, nothing else.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PostgresJournal")
            .field("schema", &self.schema)
            .field("tls", &self.tls)
            .field("max_connections", &self.pool.status().max_size)
            .finish_non_exhaustive()
    }
}

impl PostgresJournal {
    /// Connects to `url` (`postgres://user@host:port/db` or `host=… user=…`, with `sslmode`
    /// and `sslrootcert` as [`pg_connect`] reads them), applies any pending migrations, and
    /// keeps the tables wherever the connection's `search_path` puts them (normally `public`).
    /// Errors never repeat the password.
    pub async fn connect(url: &str) -> Result<PostgresJournal, JournalError> {
        PostgresJournal::open(url, None).await
    }

    /// Like [`PostgresJournal::connect`], with the tables in `schema` (created if missing):
    /// several journals, or test runs, can share one database. The name is lower-case ASCII
    /// letters, digits and `_`, starts with a letter or `_`, at most 63 bytes, and not `pg_…`.
    pub async fn connect_with_schema(
        url: &str,
        schema: &str,
    ) -> Result<PostgresJournal, JournalError> {
        check_schema_name(schema)?;
        PostgresJournal::open(url, Some(schema.to_string())).await
    }

    /// The schema the tables are in, when one was given.
    pub fn schema(&self) -> Option<&str> {
        self.schema.as_deref()
    }

    async fn open(url: &str, schema: Option<String>) -> Result<PostgresJournal, JournalError> {
        let target = pg_connect::parse(url)?;
        // The configuration's `sslmode` decides whether the connector is used at all: with
        // `disable` tokio-postgres never calls it (so no `sslrootcert` is read either).
        let tls = target.tls != TlsMode::Disable;
        let roots = target.root_cert.as_deref().filter(|_| tls);
        let connector = MakeRustlsConnect::new(pg_connect::client_config(roots)?);
        let mut config = target.config;
        if config.get_application_name().is_none() {
            config.application_name("payspec-journal");
        }
        if let Some(schema) = &schema {
            // Checked names need no quoting; every connection of this journal uses the schema.
            let options = match config.get_options() {
                Some(options) if !options.trim().is_empty() => {
                    format!("{options} -c search_path={schema}")
                }
                _ => format!("-c search_path={schema}"),
            };
            config.options(options);
        }
        // `Fast` recycling: a connection given back is reused unless it reads as closed (its
        // server went away, or the runtime that drove it shut down); a transaction dropped
        // unfinished has queued its ROLLBACK on it already, ahead of anything the next user sends.
        let manager = Manager::from_config(
            config,
            connector,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(MAX_CONNECTIONS)
            .build()
            .map_err(|e| store_msg("pool", e))?;
        let journal = PostgresJournal {
            tls,
            redactor: Redactor::for_string(url),
            schema,
            pool,
        };
        let mut conn = journal.conn().await?;
        migrate(&mut conn, journal.schema.as_deref()).await?;
        drop(conn);
        Ok(journal)
    }

    /// A connection of the pool: an idle one, a new one, or (at the limit) the next one freed.
    async fn conn(&self) -> Result<Object, JournalError> {
        // A new connection is driven by a task of the caller's runtime; outside one, an error
        // rather than tokio's panic.
        tokio::runtime::Handle::try_current()
            .map_err(|e| store_msg("connect", format!("no tokio runtime: {e}")))?;
        self.pool.get().await.map_err(|e| {
            let message = match &e {
                deadpool_postgres::PoolError::Backend(e) => match store("connect", e) {
                    JournalError::Store(m) => m,
                    other => other.to_string(),
                },
                other => format!("connect: {other}"),
            };
            JournalError::Store(self.redactor.redact(&message))
        })
    }

    async fn do_open(
        &self,
        record: &PaymentRecord,
        lease: Option<(&str, i64)>,
    ) -> Result<(), JournalError> {
        let conn = self.conn().await?;
        let inserted = conn
            .execute(
                "INSERT INTO payspec_payments (order_id, provider, amount_minor, currency, \
                 auth_code_hint, started_at_ms, outcome, detail, updated_at_ms, owner, \
                 lease_until_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (order_id) DO NOTHING",
                &[
                    &record.order_id,
                    &record.provider,
                    &record.amount_minor,
                    &record.currency,
                    &record.auth_code_hint,
                    &record.started_at_ms,
                    &record.outcome.map(OutcomeKind::as_str),
                    &record.detail,
                    &record.updated_at_ms,
                    &lease.map(|(owner, _)| owner),
                    &lease.map(|(_, until)| until),
                ],
            )
            .await
            .map_err(|e| store("open", &e))?;
        if inserted == 0 {
            return Err(JournalError::Duplicate(record.order_id.clone()));
        }
        Ok(())
    }

    async fn do_step(&self, step: &StepRecord) -> Result<(), JournalError> {
        let conn = self.conn().await?;
        let result = conn
            .execute(
                "INSERT INTO payspec_steps \
                 (order_id, step, phase, classification, detail, trade_id, at_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &step.order_id,
                    &step.step.text(),
                    &step.phase.text(),
                    &step.classification.map(StoredText::text),
                    &step.detail,
                    &step.provider_trade_id,
                    &step.at_ms,
                ],
            )
            .await;
        match result {
            Ok(_) => Ok(()),
            Err(e) if e.code() == Some(&SqlState::FOREIGN_KEY_VIOLATION) => {
                Err(JournalError::NotFound(step.order_id.clone()))
            }
            Err(e) => Err(store("step", &e)),
        }
    }

    async fn do_close(
        &self,
        order_id: &str,
        outcome: OutcomeKind,
        detail: Option<&str>,
        at_ms: i64,
    ) -> Result<(), JournalError> {
        let mut conn = self.conn().await?;
        let tx = conn.transaction().await.map_err(|e| store("close", &e))?;
        let Some(current) = read_current(&tx, order_id, "close").await? else {
            return Err(JournalError::NotFound(order_id.to_string()));
        };
        match policy::close(&current, outcome, detail, at_ms) {
            None => return Ok(()),
            Some(update) => write_update(&tx, order_id, &update, "close").await?,
        }
        tx.commit().await.map_err(|e| store("close", &e))
    }

    async fn do_get(
        &self,
        order_id: &str,
    ) -> Result<Option<(PaymentRecord, Vec<StepRecord>)>, JournalError> {
        let mut conn = self.conn().await?;
        let tx = conn
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await
            .map_err(|e| store("get", &e))?;
        let row = tx
            .query_opt(
                &format!("SELECT {PAYMENT_COLUMNS} FROM payspec_payments WHERE order_id = $1"),
                &[&order_id],
            )
            .await
            .map_err(|e| store("get", &e))?;
        let Some(row) = row else {
            return Ok(None);
        };
        let payment = payment_from_row(&row).map_err(|e| store_msg("get", e))?;
        let rows = tx
            .query(
                "SELECT order_id, step, phase, classification, detail, trade_id, at_ms \
                 FROM payspec_steps WHERE order_id = $1 ORDER BY id",
                &[&order_id],
            )
            .await
            .map_err(|e| store("get", &e))?;
        let steps = rows
            .iter()
            .map(step_from_row)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| store_msg("get", e))?;
        tx.commit().await.map_err(|e| store("get", &e))?;
        Ok(Some((payment, steps)))
    }

    async fn do_list(&self, limit: usize) -> Result<Vec<PaymentRecord>, JournalError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let conn = self.conn().await?;
        let rows = conn
            .query(
                &format!(
                    "SELECT {PAYMENT_COLUMNS} FROM payspec_payments \
                     ORDER BY started_at_ms DESC, order_id DESC LIMIT $1"
                ),
                &[&limit],
            )
            .await
            .map_err(|e| store("list", &e))?;
        rows.iter()
            .map(payment_from_row)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| store_msg("list", e))
    }

    async fn do_claim_open(
        &self,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> Result<Vec<PaymentRecord>, JournalError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let lease_until = now_ms.saturating_add(lease_ms);
        let conn = self.conn().await?;
        // The inner SELECT locks the rows it picks and skips those another instance is
        // claiming right now; a row claimed and committed meanwhile is re-checked against the
        // WHERE clause (its new lease is live), so two owners never get the same payment.
        let rows = conn
            .query(
                &format!(
                    "UPDATE payspec_payments SET owner = $1, lease_until_ms = $2 \
                     WHERE order_id IN ( \
                         SELECT order_id FROM payspec_payments \
                         WHERE outcome IS NULL AND (owner IS NULL OR lease_until_ms < $3) \
                         ORDER BY started_at_ms, order_id LIMIT $4 \
                         FOR UPDATE SKIP LOCKED) \
                     RETURNING {PAYMENT_COLUMNS}"
                ),
                &[&owner, &lease_until, &now_ms, &limit],
            )
            .await
            .map_err(|e| store("claim", &e))?;
        let mut claimed = rows
            .iter()
            .map(payment_from_row)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| store_msg("claim", e))?;
        claimed.sort_by(|a, b| (a.started_at_ms, &a.order_id).cmp(&(b.started_at_ms, &b.order_id)));
        Ok(claimed)
    }

    async fn do_apply_notification(
        &self,
        n: &Notification,
    ) -> Result<NotificationApplied, JournalError> {
        let mut conn = self.conn().await?;
        let tx = conn
            .transaction()
            .await
            .map_err(|e| store("notification", &e))?;
        // Lock the payment first: concurrent notifications for it, and a concurrent close,
        // wait here until this transaction ends.
        let current = read_current(&tx, &n.order_id, "notification").await?;
        let (applied, update) = match policy::notification(current.as_ref(), n) {
            // Nothing kept: dropping the transaction rolls it back, so a later copy, once the
            // payment exists, is not a "duplicate".
            NotificationPlan::Ignore => return Ok(NotificationApplied::UnknownTrade),
            NotificationPlan::Record { applied, update } => (applied, update),
        };
        let inserted = tx
            .execute(
                "INSERT INTO payspec_notifications \
                 (provider, dedupe_key, order_id, status, raw_state, received_at_ms, \
                 provider_trade_id, amount_minor, currency) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                 ON CONFLICT (provider, dedupe_key) DO NOTHING",
                &[
                    &n.provider,
                    &n.dedupe_key,
                    &n.order_id,
                    &n.status.map(StoredText::text),
                    &n.raw_state,
                    &n.received_at_ms,
                    &n.provider_trade_id,
                    &n.amount.as_ref().map(|a| a.minor),
                    &n.amount.as_ref().map(|a| a.currency.as_str()),
                ],
            )
            .await
            .map_err(|e| store("notification", &e))?;
        if inserted == 0 {
            return Ok(NotificationApplied::Duplicate);
        }
        if let Some(update) = update {
            write_update(&tx, &n.order_id, &update, "notification").await?;
        }
        tx.commit().await.map_err(|e| store("notification", &e))?;
        Ok(applied)
    }

    async fn do_held_by_others(
        &self,
        owner: &str,
        now_ms: i64,
    ) -> Result<Vec<HeldPayment>, JournalError> {
        let conn = self.conn().await?;
        let rows = conn
            .query(
                &format!(
                    "SELECT {PAYMENT_COLUMNS}, owner, lease_until_ms FROM payspec_payments \
                     WHERE outcome IS NULL AND owner IS NOT NULL AND owner <> $1 \
                     AND lease_until_ms >= $2 ORDER BY started_at_ms, order_id"
                ),
                &[&owner, &now_ms],
            )
            .await
            .map_err(|e| store("held", &e))?;
        rows.iter()
            .map(|row| {
                let get_err = |e: tokio_postgres::Error| store("held", &e);
                Ok(HeldPayment {
                    payment: payment_from_row(row).map_err(|e| store_msg("held", e))?,
                    owner: row.try_get("owner").map_err(get_err)?,
                    lease_until_ms: row.try_get("lease_until_ms").map_err(get_err)?,
                })
            })
            .collect()
    }
}

/// The payment as [`policy`] decides on it, locked (`FOR UPDATE`) until the caller's
/// transaction ends.
async fn read_current(
    tx: &tokio_postgres::Transaction<'_>,
    order_id: &str,
    operation: &str,
) -> Result<Option<Current>, JournalError> {
    let row = tx
        .query_opt(
            "SELECT order_id, provider, amount_minor, currency, outcome, detail, trade_id, \
             updated_at_ms FROM payspec_payments WHERE order_id = $1 FOR UPDATE",
            &[&order_id],
        )
        .await
        .map_err(|e| store(operation, &e))?;
    let Some(row) = row else {
        return Ok(None);
    };
    let get_err = |e: tokio_postgres::Error| store(operation, &e);
    let outcome: Option<&str> = row.try_get("outcome").map_err(get_err)?;
    Ok(Some(Current {
        order_id: row.try_get("order_id").map_err(get_err)?,
        provider: row.try_get("provider").map_err(get_err)?,
        amount_minor: row.try_get("amount_minor").map_err(get_err)?,
        currency: row.try_get("currency").map_err(get_err)?,
        outcome: optional_from_text(outcome)?,
        detail: row.try_get("detail").map_err(get_err)?,
        trade_id: row.try_get("trade_id").map_err(get_err)?,
        updated_at_ms: row.try_get("updated_at_ms").map_err(get_err)?,
    }))
}

/// Writes what [`policy`] decided, inside the caller's transaction.
async fn write_update(
    tx: &tokio_postgres::Transaction<'_>,
    order_id: &str,
    u: &Update,
    operation: &str,
) -> Result<(), JournalError> {
    tx.execute(
        "UPDATE payspec_payments SET outcome = $2, detail = $3, trade_id = $4, \
         updated_at_ms = $5, \
         owner = CASE WHEN $6 THEN NULL ELSE owner END, \
         lease_until_ms = CASE WHEN $6 THEN NULL ELSE lease_until_ms END \
         WHERE order_id = $1",
        &[
            &order_id,
            &u.outcome.map(OutcomeKind::text),
            &u.detail,
            &u.trade_id,
            &u.updated_at_ms,
            &u.release_lease,
        ],
    )
    .await
    .map_err(|e| store(operation, &e))?;
    Ok(())
}

/// Rotated configuration values, shared by every instance on this journal (as sensitive as the
/// configuration: protect the database alike).
impl CredentialStore for PostgresJournal {
    fn current<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<Redacted<String>>, CredentialError>> {
        Box::pin(async move {
            let conn = self
                .conn()
                .await
                .map_err(|e| CredentialError(e.to_string()))?;
            let row = conn
                .query_opt(
                    "SELECT value FROM payspec_credentials WHERE provider = $1 AND key = $2",
                    &[&provider, &key],
                )
                .await
                .map_err(|e| CredentialError(store("read credential", &e).to_string()))?;
            row.map(|row| row.try_get::<_, String>(0).map(Redacted::new))
                .transpose()
                .map_err(|e| CredentialError(store("read credential", &e).to_string()))
        })
    }

    fn update<'a>(
        &'a self,
        provider: &'a str,
        key: &'a str,
        value: Redacted<String>,
    ) -> BoxFuture<'a, Result<(), CredentialError>> {
        Box::pin(async move {
            let conn = self
                .conn()
                .await
                .map_err(|e| CredentialError(e.to_string()))?;
            conn.execute(
                "INSERT INTO payspec_credentials (provider, key, value, updated_at_ms) \
                 VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (provider, key) DO UPDATE SET value = excluded.value, \
                 updated_at_ms = excluded.updated_at_ms",
                &[&provider, &key, value.expose(), &crate::now_ms()],
            )
            .await
            .map(drop)
            .map_err(|e| CredentialError(store("write credential", &e).to_string()))
        })
    }
}

impl Journal for PostgresJournal {
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(self.do_open(record, None))
    }

    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(self.do_open(record, Some((owner, lease_until_ms))))
    }

    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(self.do_step(step))
    }

    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(self.do_close(order_id, outcome, detail, at_ms))
    }

    fn get<'a>(
        &'a self,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<(PaymentRecord, Vec<StepRecord>)>, JournalError>> {
        Box::pin(self.do_get(order_id))
    }

    fn list<'a>(&'a self, limit: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        Box::pin(self.do_list(limit))
    }

    fn claim_open<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        Box::pin(self.do_claim_open(owner, now_ms, lease_ms, limit))
    }

    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        Box::pin(self.do_apply_notification(notification))
    }

    fn held_by_others<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
    ) -> BoxFuture<'a, Result<Vec<HeldPayment>, JournalError>> {
        Box::pin(self.do_held_by_others(owner, now_ms))
    }
}

/// Brings the schema to [`SCHEMA_VERSION`], once, whoever else is starting at the same time.
async fn migrate(client: &mut Client, schema: Option<&str>) -> Result<(), JournalError> {
    let fail = |e: tokio_postgres::Error| store("migrate", &e);
    let tx = client.transaction().await.map_err(fail)?;
    // Held until commit or rollback; keyed by schema, so separate schemas migrate in parallel.
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        &[&MIGRATION_LOCK_CLASS, &schema.unwrap_or("")],
    )
    .await
    .map_err(fail)?;
    if let Some(schema) = schema {
        tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
            .await
            .map_err(fail)?;
    }
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS payspec_schema_version (
            version       integer PRIMARY KEY,
            applied_at_ms bigint NOT NULL
        )",
    )
    .await
    .map_err(fail)?;
    let current: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM payspec_schema_version",
            &[],
        )
        .await
        .map_err(fail)?
        .try_get(0)
        .map_err(fail)?;
    for (version, sql) in migrate::pending(i64::from(current), MIGRATIONS)? {
        tx.batch_execute(sql).await.map_err(fail)?;
        tx.execute(
            "INSERT INTO payspec_schema_version (version, applied_at_ms) \
             VALUES ($1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint)",
            &[&version],
        )
        .await
        .map_err(fail)?;
    }
    tx.commit().await.map_err(fail)
}

fn check_schema_name(schema: &str) -> Result<(), JournalError> {
    let mut chars = schema.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if first_ok && rest_ok && schema.len() <= 63 && !schema.starts_with("pg_") {
        Ok(())
    } else {
        Err(store_msg(
            "connect",
            format!(
                "schema name `{schema}`: use lower-case ASCII letters, digits and `_`, starting \
                 with a letter or `_`, at most 63 bytes, not `pg_…`"
            ),
        ))
    }
}

fn store(operation: &str, e: &tokio_postgres::Error) -> JournalError {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    if let Some(code) = e.code() {
        text.push_str(&format!(" (SQLSTATE {})", code.code()));
    }
    store_msg(operation, text.replace('\n', "; "))
}

fn store_msg(operation: &str, message: impl fmt::Display) -> JournalError {
    JournalError::Store(format!("postgres {operation}: {message}"))
}

fn outcome_column(row: &Row, column: &str) -> Result<Option<OutcomeKind>, String> {
    let text: Option<&str> = row.try_get(column).map_err(|e| e.to_string())?;
    optional_from_text(text).map_err(|e| e.to_string())
}

fn payment_from_row(row: &Row) -> Result<PaymentRecord, String> {
    let get_err = |e: tokio_postgres::Error| e.to_string();
    Ok(PaymentRecord {
        order_id: row.try_get("order_id").map_err(get_err)?,
        provider: row.try_get("provider").map_err(get_err)?,
        amount_minor: row.try_get("amount_minor").map_err(get_err)?,
        currency: row.try_get("currency").map_err(get_err)?,
        auth_code_hint: row.try_get("auth_code_hint").map_err(get_err)?,
        started_at_ms: row.try_get("started_at_ms").map_err(get_err)?,
        outcome: outcome_column(row, "outcome")?,
        detail: row.try_get("detail").map_err(get_err)?,
        updated_at_ms: row.try_get("updated_at_ms").map_err(get_err)?,
    })
}

fn step_from_row(row: &Row) -> Result<StepRecord, String> {
    let get_err = |e: tokio_postgres::Error| e.to_string();
    let step: &str = row.try_get("step").map_err(get_err)?;
    let phase: &str = row.try_get("phase").map_err(get_err)?;
    let classification: Option<&str> = row.try_get("classification").map_err(get_err)?;
    let unreadable = |e: JournalError| e.to_string();
    Ok(StepRecord {
        order_id: row.try_get("order_id").map_err(get_err)?,
        step: StoredText::from_text(step).map_err(unreadable)?,
        phase: StoredText::from_text(phase).map_err(unreadable)?,
        classification: optional_from_text(classification).map_err(unreadable)?,
        detail: row.try_get("detail").map_err(get_err)?,
        provider_trade_id: row.try_get("trade_id").map_err(get_err)?,
        at_ms: row.try_get("at_ms").map_err(get_err)?,
    })
}

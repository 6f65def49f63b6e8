//! The journal: every saga step is written before it is sent (intent) and after it is answered
//! (result), keyed by the merchant order id, so a crash or restart loses nothing and `recover`
//! can finish every payment. Notifications are applied exactly once through the same store.
//!
//! Backends implement [`Journal`]: SQLite (embedded default) and PostgreSQL (several instances
//! sharing one journal; open payments are claimed with row locks so two instances never drive
//! the same payment at once).

use crate::status::{Classification, TradeStatus};
use crate::transport::BoxFuture;

pub mod conformance;
pub mod postgres;
pub mod recording;
pub mod recover;
pub mod sqlite;

/// What a payment is, as recorded when it starts (before its pay call is sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecord {
    pub order_id: String,
    /// The provider's spec name (`pooul`).
    pub provider: String,
    pub amount_minor: i64,
    /// ISO code of the amount's currency.
    pub currency: String,
    /// The last four characters of the payment code, for humans; the code itself is never stored.
    pub auth_code_hint: String,
    /// When the pay call was first attempted, unix milliseconds (wall clock): the poll policy's
    /// deadlines count from here, across restarts.
    pub started_at_ms: i64,
    /// `None` while open; the final outcome once closed.
    pub outcome: Option<OutcomeKind>,
    /// Why, for failed / needs-attention outcomes; the provider trade id for paid ones.
    pub detail: Option<String>,
    pub updated_at_ms: i64,
}

/// A payment and its steps, oldest first: what [`Journal::get`] answers.
pub type PaymentHistory = (PaymentRecord, Vec<StepRecord>);

/// The final outcome of a payment, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeKind {
    Paid,
    Failed,
    Reversed,
    NeedsAttention,
}

impl OutcomeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Paid => "paid",
            OutcomeKind::Failed => "failed",
            OutcomeKind::Reversed => "reversed",
            OutcomeKind::NeedsAttention => "needs_attention",
        }
    }

    pub fn parse(text: &str) -> Option<OutcomeKind> {
        Some(match text {
            "paid" => OutcomeKind::Paid,
            "failed" => OutcomeKind::Failed,
            "reversed" => OutcomeKind::Reversed,
            "needs_attention" => OutcomeKind::NeedsAttention,
            _ => return None,
        })
    }
}

/// Which call of the saga.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    Pay,
    Query,
    Reverse,
}

/// Before the call is sent, or after it is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    Intent,
    Result,
}

/// One line of a payment's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord {
    pub order_id: String,
    pub step: StepKind,
    pub phase: Phase,
    /// For results: how the answer was classified (`None` for an error).
    pub classification: Option<Classification>,
    /// For results: the raw trade state, or the error text (never a key or a payment code).
    pub detail: Option<String>,
    pub at_ms: i64,
}

/// A provider's asynchronous notification, reduced to what is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub provider: String,
    /// The dedupe key: the provider's trade id (or, when a notification has none, a digest of
    /// its verified content). Applied at most once per (provider, key).
    pub dedupe_key: String,
    pub order_id: String,
    pub status: Option<TradeStatus>,
    pub raw_state: Option<String>,
    pub received_at_ms: i64,
}

/// What applying a notification did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationApplied {
    /// First time: recorded, and the payment closed as paid if it was open.
    Applied,
    /// Seen before: nothing changed.
    Duplicate,
    /// No payment with that order id: nothing changed.
    UnknownTrade,
    /// Recorded, but it contradicts the payment's final outcome (paid after reversed): the
    /// outcome is kept and the payment is flagged for a person.
    Conflict,
}

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// A payment with this order id is already recorded: a second pay would charge twice.
    #[error("order `{0}` is already in the journal")]
    Duplicate(String),
    #[error("no payment `{0}` in the journal")]
    NotFound(String),
    /// The store failed (I/O, connection, constraint); the message names the operation.
    #[error("journal: {0}")]
    Store(String),
}

/// The durable record of payments. Object-safe; every method is one transaction.
pub trait Journal: Send + Sync {
    /// Records a new payment before its pay call is sent. `Duplicate` if the order id exists.
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>>;
    /// Like [`Journal::open`], and in the same transaction leases the new payment to `owner`
    /// until `lease_until_ms`: the process about to send the pay call drives the payment itself,
    /// so a `recover` elsewhere must not claim it while that saga runs. (Two transactions would
    /// leave a window in which another instance claims the payment between them.)
    ///
    /// The default opens the payment unheld, for a backend that cannot lease yet; the
    /// conformance suite (`journal::conformance`) requires the real thing.
    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        let _ = (owner, lease_until_ms);
        self.open(record)
    }
    /// Appends one step (intent before sending, result after the answer).
    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>>;
    /// Closes a payment with its final outcome (idempotent for the same outcome). A closed
    /// payment closed again with a *different* outcome keeps its first one and gets a
    /// `CONFLICT: …` note appended to its detail, for a person: both were facts once.
    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>>;
    /// A payment and its steps, oldest first.
    fn get<'a>(
        &'a self,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<PaymentHistory>, JournalError>>;
    /// The most recent payments, newest first.
    fn list<'a>(&'a self, limit: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>>;
    /// Open payments for `owner` to drive: those nobody holds, or whose holder's lease ran out;
    /// each returned one is leased to `owner` until `now_ms + lease_ms`. Two owners never get
    /// the same payment while a lease is live.
    fn claim_open<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>>;
    /// Applies a notification exactly once (dedupe on provider + key through a unique key, in
    /// the same transaction as the change). A [`NotificationApplied::Conflict`] keeps the
    /// payment's outcome and appends a `CONFLICT: …` note to its detail.
    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>>;
}

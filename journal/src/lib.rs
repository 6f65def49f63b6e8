//! payspec-journal: every saga step is written before it is sent (intent) and after it is answered
//! (result), keyed by the merchant order id, so a crash or restart loses nothing and `recover`
//! can finish every payment. Notifications are applied exactly once through the same store.
//!
//! Backends implement [`Journal`]: SQLite (embedded default) and PostgreSQL (several instances
//! sharing one journal; open payments are claimed with row locks so two instances never drive
//! the same payment at once). What a close or a notification does is decided once, in
//! [`policy`]; the backends lock, read, and write its answer. Every stored enum has one text
//! form ([`StoredText`]).

use payspec_core::status::{Classification, TradeStatus};
use payspec_core::BoxFuture;

#[cfg(feature = "test-support")]
pub mod conformance;
pub mod intercept;
pub mod migrate;
#[cfg(feature = "postgres")]
pub mod pg_connect;
pub mod policy;
#[cfg(feature = "postgres")]
pub mod postgres;
#[cfg(feature = "saga")]
pub mod recording;
#[cfg(feature = "saga")]
pub mod recover;
#[cfg(feature = "sqlite")]
pub mod sqlite;

/// Now, in unix milliseconds (wall clock), as the journal records times.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

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
    /// For results: the provider's trade id the answer named, if it named one. Recovery closes a
    /// payment recorded as paid under this id (its own column since schema v4; a step written
    /// before had it only inside `detail`).
    pub provider_trade_id: Option<String>,
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
    /// The provider's trade id, when the notification states one: a second *paid* notification
    /// for the same order with another trade id is a second charge, flagged for a person.
    pub provider_trade_id: Option<String>,
    /// The amount the notification states (`None` when the provider's notification carries
    /// none): compared with the journal's payment, since the providers' documents tell merchants
    /// to check it; another amount is a conflict, never "paid".
    pub amount: Option<StatedAmount>,
    pub status: Option<TradeStatus>,
    pub raw_state: Option<String>,
    pub received_at_ms: i64,
}

/// An amount as an answer states it: minor units and an ISO currency code (never a float).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedAmount {
    pub minor: i64,
    pub currency: String,
}

/// An open payment another process holds (its lease is live): `recover` leaves it alone and
/// says so, with when the lease ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldPayment {
    pub payment: PaymentRecord,
    /// Who holds it (`recover-host-pid-…`, `pay-…`).
    pub owner: String,
    /// When the lease ends, unix milliseconds: after that, a `recover` may take it over.
    pub lease_until_ms: i64,
}

/// What applying a notification did (decided by [`policy::notification`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationApplied {
    /// First time: recorded, and the payment closed as paid if it was open.
    Applied,
    /// Seen before: nothing changed.
    Duplicate,
    /// No payment of *this provider* with that order id: nothing changed, nothing kept. A
    /// notification from one provider for an order id that belongs to another provider's
    /// payment is answered so too: it is not about any payment this provider holds.
    UnknownTrade,
    /// Recorded, but it contradicts the payment: paid after the payment was closed otherwise,
    /// another amount or currency than the payment's, or paid again under another provider
    /// trade id. A closed payment keeps its outcome, an open one becomes needs-attention (never
    /// paid); either way a `CONFLICT: …` note is appended to its detail, for a person.
    Conflict,
}

/// The one text form of each enum the journal stores, in one place for every backend: a value
/// written by one store reads back the same from any other, and a stored text this build does
/// not know is an error — never silently "open" or some default.
pub trait StoredText: Copy + Sized + 'static {
    /// What the value is, for the error (`outcome`, `step`).
    const WHAT: &'static str;
    /// Every value; [`StoredText::from_text`] searches these, so there is no second mapping.
    const ALL: &'static [Self];
    /// The stored text.
    fn text(self) -> &'static str;
    /// The value `text` stores, or a [`JournalError::Store`] naming what could not be read.
    fn from_text(text: &str) -> Result<Self, JournalError> {
        Self::ALL
            .iter()
            .copied()
            .find(|value| value.text() == text)
            .ok_or_else(|| {
                JournalError::Store(format!(
                    "unreadable stored {} `{text}` (written by another version?)",
                    Self::WHAT
                ))
            })
    }
}

impl StoredText for OutcomeKind {
    const WHAT: &'static str = "outcome";
    const ALL: &'static [Self] = &[
        OutcomeKind::Paid,
        OutcomeKind::Failed,
        OutcomeKind::Reversed,
        OutcomeKind::NeedsAttention,
    ];
    fn text(self) -> &'static str {
        self.as_str()
    }
}

impl StoredText for StepKind {
    const WHAT: &'static str = "step";
    const ALL: &'static [Self] = &[StepKind::Pay, StepKind::Query, StepKind::Reverse];
    fn text(self) -> &'static str {
        match self {
            StepKind::Pay => "pay",
            StepKind::Query => "query",
            StepKind::Reverse => "reverse",
        }
    }
}

impl StoredText for Phase {
    const WHAT: &'static str = "phase";
    const ALL: &'static [Self] = &[Phase::Intent, Phase::Result];
    fn text(self) -> &'static str {
        match self {
            Phase::Intent => "intent",
            Phase::Result => "result",
        }
    }
}

impl StoredText for Classification {
    const WHAT: &'static str = "classification";
    const ALL: &'static [Self] = &[
        Classification::Success,
        Classification::Pending,
        Classification::Failed,
        Classification::Unknown,
        Classification::Attention,
    ];
    fn text(self) -> &'static str {
        self.as_str()
    }
}

impl StoredText for TradeStatus {
    const WHAT: &'static str = "trade status";
    const ALL: &'static [Self] = &[
        TradeStatus::Success,
        TradeStatus::Paying,
        TradeStatus::NotPaid,
        TradeStatus::Closed,
        TradeStatus::Reversed,
        TradeStatus::Refunded,
        TradeStatus::Failed,
        TradeStatus::Attention,
    ];
    fn text(self) -> &'static str {
        self.as_str()
    }
}

/// An optional stored enum: `NULL` is `None`, anything else must read.
pub fn optional_from_text<T: StoredText>(text: Option<&str>) -> Result<Option<T>, JournalError> {
    text.map(T::from_text).transpose()
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
    /// the same transaction as the change), as [`policy::notification`] decides: only a payment
    /// of the notification's provider is touched, and a notification that contradicts it
    /// ([`NotificationApplied::Conflict`]) never makes it paid.
    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>>;
    /// Open payments held by an owner other than `owner` whose lease is still live at `now_ms`,
    /// oldest first: what a `recover` by `owner` cannot take now, and until when.
    ///
    /// The default answers an error, for a backend (or a wrapper) that cannot tell yet: saying
    /// "nothing held" when it does not know would be the silence this method exists to end. The
    /// conformance suite (`journal::conformance`) requires the real thing.
    fn held_by_others<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
    ) -> BoxFuture<'a, Result<Vec<HeldPayment>, JournalError>> {
        let _ = (owner, now_ms);
        Box::pin(async {
            Err(JournalError::Store(
                "this journal cannot list the payments other processes hold".into(),
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: StoredText + PartialEq + std::fmt::Debug>() {
        let mut seen = std::collections::BTreeSet::new();
        for value in T::ALL {
            assert!(seen.insert(value.text()), "{} text used twice", T::WHAT);
            assert_eq!(T::from_text(value.text()).unwrap(), *value);
        }
        // issue 8, finding 13: an unknown stored text is an error, never a default.
        let err = T::from_text("refunded-ish").unwrap_err().to_string();
        assert!(
            err.contains("unreadable stored") && err.contains(T::WHAT),
            "{err}"
        );
        assert!(T::from_text("").is_err());
    }

    #[test]
    fn every_stored_enum_has_one_text_form_and_unknown_text_is_an_error() {
        round_trips::<OutcomeKind>();
        round_trips::<StepKind>();
        round_trips::<Phase>();
        round_trips::<Classification>();
        round_trips::<TradeStatus>();
        // The lists are complete (a new variant without a text would not compile in `text`,
        // but could be missing from `ALL`).
        assert_eq!(OutcomeKind::ALL.len(), 4);
        assert_eq!(StepKind::ALL.len(), 3);
        assert_eq!(Phase::ALL.len(), 2);
        assert_eq!(Classification::ALL.len(), 5);
        assert_eq!(TradeStatus::ALL.len(), 8);
        assert_eq!(
            optional_from_text::<OutcomeKind>(None).unwrap(),
            None,
            "NULL is open"
        );
    }
}

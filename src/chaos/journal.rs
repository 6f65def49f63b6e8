//! A journal whose writes fail on purpose: the disk filled up, a lock was held too long, the
//! Postgres connection dropped. [`FailingJournal`] wraps the real journal (SQLite or
//! PostgreSQL) and delegates everything, except that a seeded share of the payments' step
//! writes and closes ([`MoneyFault::JournalWrite`]) fail with a [`JournalError::Store`] before
//! reaching the store. Opening a payment and reading are never failed: the drivers' outcomes
//! are told to their callers while the journal lags behind, and the recovery (which writes to
//! the real journal) must reach the same outcomes.

use std::sync::Arc;

use payspec_runtime::journal::{
    HeldPayment, Journal, JournalError, Notification, NotificationApplied, OutcomeKind,
    PaymentHistory, PaymentRecord, Phase, StepKind, StepRecord,
};
use payspec_runtime::transport::BoxFuture;

use crate::sandbox::{Faults, MoneyFault};

/// The real journal with seeded write failures; see the module doc.
pub struct FailingJournal {
    inner: Arc<dyn Journal>,
    faults: Arc<Faults>,
    /// Steps may fail too (else only closes).
    steps: bool,
}

impl FailingJournal {
    /// Steps and closes may fail.
    pub fn new(inner: Arc<dyn Journal>, faults: Arc<Faults>) -> FailingJournal {
        FailingJournal {
            inner,
            faults,
            steps: true,
        }
    }

    /// Only closes may fail: every step is written (a pay answered success is on record, its
    /// outcome is not).
    pub fn closes_only(inner: Arc<dyn Journal>, faults: Arc<Faults>) -> FailingJournal {
        FailingJournal {
            steps: false,
            ..FailingJournal::new(inner, faults)
        }
    }

    /// `Err` when this write of `order_id` is one that fails (counted as injected).
    fn write(&self, order_id: &str, what: &str) -> Result<(), JournalError> {
        if self
            .faults
            .strikes(MoneyFault::JournalWrite, &[order_id, what])
        {
            tracing::info!(%order_id, what, "injected fault: journal write failed");
            return Err(JournalError::Store(format!(
                "{what} of `{order_id}` not written: injected fault (disk full)"
            )));
        }
        Ok(())
    }
}

/// The name of a step write, for the fault decision and the error.
fn step_name(step: &StepRecord) -> &'static str {
    match (step.step, step.phase) {
        (StepKind::Pay, Phase::Intent) => "pay intent",
        (StepKind::Pay, Phase::Result) => "pay result",
        (StepKind::Query, Phase::Intent) => "query intent",
        (StepKind::Query, Phase::Result) => "query result",
        (StepKind::Reverse, Phase::Intent) => "reverse intent",
        (StepKind::Reverse, Phase::Result) => "reverse result",
    }
}

impl Journal for FailingJournal {
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.open(record)
    }

    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.open_leased(record, owner, lease_until_ms)
    }

    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        let written = match self.steps {
            true => self.write(&step.order_id, step_name(step)),
            false => Ok(()),
        };
        match written {
            Ok(()) => self.inner.step(step),
            Err(e) => Box::pin(async move { Err(e) }),
        }
    }

    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        match self.write(order_id, "close") {
            Ok(()) => self.inner.close(order_id, outcome, detail, at_ms),
            Err(e) => Box::pin(async move { Err(e) }),
        }
    }

    fn get<'a>(
        &'a self,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<PaymentHistory>, JournalError>> {
        self.inner.get(order_id)
    }

    fn list<'a>(&'a self, limit: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        self.inner.list(limit)
    }

    fn claim_open<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        self.inner.claim_open(owner, now_ms, lease_ms, limit)
    }

    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        self.inner.apply_notification(notification)
    }

    fn held_by_others<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
    ) -> BoxFuture<'a, Result<Vec<HeldPayment>, JournalError>> {
        self.inner.held_by_others(owner, now_ms)
    }
}

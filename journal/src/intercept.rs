//! A journal with a hook in front of its writes: the one decorator that fault injection (a disk
//! that fills up, a store that refuses notifications) and observation (counting what the store
//! answered) are built from, so no test or tool writes its own full `Journal` forwarder.
//!
//! Reads (`get`, `list`, `claim_open`, `held_by_others`) go straight to the store: the faults
//! that matter for money are the writes that record what happened.

use std::sync::Arc;

use super::{
    HeldPayment, Journal, JournalError, Notification, NotificationApplied, OutcomeKind,
    PaymentHistory, PaymentRecord, StepRecord,
};
use payspec_core::BoxFuture;

/// A write about to reach the store.
#[derive(Debug, Clone, Copy)]
pub enum Write<'a> {
    /// [`Journal::open`] or [`Journal::open_leased`].
    Open(&'a PaymentRecord),
    Step(&'a StepRecord),
    Close {
        order_id: &'a str,
        outcome: OutcomeKind,
    },
    Notification(&'a Notification),
}

/// What runs around the store's writes. Both methods default to doing nothing.
pub trait Interceptor: Send + Sync {
    /// Before each write: an `Err` is answered instead, and the store is not called.
    fn before(&self, write: Write<'_>) -> Result<(), JournalError> {
        let _ = write;
        Ok(())
    }

    /// The store's answer to a notification that reached it.
    fn answered(
        &self,
        notification: &Notification,
        answer: &Result<NotificationApplied, JournalError>,
    ) {
        let _ = (notification, answer);
    }
}

/// `inner` with `interceptor` in front of its writes.
pub struct Intercepted<I> {
    inner: Arc<dyn Journal>,
    interceptor: I,
}

impl<I> std::fmt::Debug for Intercepted<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Intercepted").finish_non_exhaustive()
    }
}

impl<I: Interceptor> Intercepted<I> {
    pub fn new(inner: Arc<dyn Journal>, interceptor: I) -> Intercepted<I> {
        Intercepted { inner, interceptor }
    }

    pub fn interceptor(&self) -> &I {
        &self.interceptor
    }

    /// The store behind the hook.
    pub fn inner(&self) -> &Arc<dyn Journal> {
        &self.inner
    }

    fn guarded<'a, T: Send + 'a>(
        &'a self,
        write: Write<'_>,
        call: impl FnOnce() -> BoxFuture<'a, Result<T, JournalError>>,
    ) -> BoxFuture<'a, Result<T, JournalError>> {
        match self.interceptor.before(write) {
            Ok(()) => call(),
            Err(error) => Box::pin(async move { Err(error) }),
        }
    }
}

impl<I: Interceptor> Journal for Intercepted<I> {
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        self.guarded(Write::Open(record), || self.inner.open(record))
    }

    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        self.guarded(Write::Open(record), || {
            self.inner.open_leased(record, owner, lease_until_ms)
        })
    }

    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        self.guarded(Write::Step(step), || self.inner.step(step))
    }

    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        self.guarded(Write::Close { order_id, outcome }, || {
            self.inner.close(order_id, outcome, detail, at_ms)
        })
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

    fn held_by_others<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
    ) -> BoxFuture<'a, Result<Vec<HeldPayment>, JournalError>> {
        self.inner.held_by_others(owner, now_ms)
    }

    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        Box::pin(async move {
            self.interceptor.before(Write::Notification(notification))?;
            let answer = self.inner.apply_notification(notification).await;
            self.interceptor.answered(notification, &answer);
            answer
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sqlite::SqliteJournal;
    use crate::{Phase, StepKind};

    /// Refuses every step and close; counts what it refused.
    #[derive(Default)]
    struct Full(std::sync::atomic::AtomicUsize);

    impl Interceptor for Full {
        fn before(&self, write: Write<'_>) -> Result<(), JournalError> {
            match write {
                Write::Step(_) | Write::Close { .. } => {
                    self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    Err(JournalError::Store("database or disk is full".into()))
                }
                _ => Ok(()),
            }
        }
    }

    #[tokio::test]
    async fn a_refused_write_never_reaches_the_store_and_reads_still_do() {
        let store: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        let journal = Intercepted::new(Arc::clone(&store), Full::default());
        let record = PaymentRecord {
            order_id: "o-1".into(),
            provider: "pooul".into(),
            amount_minor: 1,
            currency: "CNY".into(),
            auth_code_hint: "…0000".into(),
            started_at_ms: 0,
            outcome: None,
            detail: None,
            updated_at_ms: 0,
        };
        journal.open(&record).await.unwrap();
        let step = StepRecord {
            order_id: "o-1".into(),
            step: StepKind::Pay,
            phase: Phase::Intent,
            classification: None,
            detail: None,
            provider_trade_id: None,
            at_ms: 0,
        };
        assert!(journal.step(&step).await.is_err());
        assert!(journal
            .close("o-1", OutcomeKind::Paid, None, 1)
            .await
            .is_err());
        assert_eq!(
            journal
                .interceptor()
                .0
                .load(std::sync::atomic::Ordering::SeqCst),
            2
        );
        let (payment, steps) = journal.get("o-1").await.unwrap().unwrap();
        assert_eq!(
            payment.outcome, None,
            "the refused close did not reach the store"
        );
        assert!(steps.is_empty(), "the refused step did not reach the store");
    }
}

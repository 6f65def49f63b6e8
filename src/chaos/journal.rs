//! A journal whose writes fail on purpose: the disk filled up, a lock was held too long, the
//! Postgres connection dropped. [`failing`] puts [`WriteFaults`] in front of the real journal
//! (SQLite or PostgreSQL) through the runtime's one journal decorator
//! ([`Intercepted`]): a seeded share of the payments' step writes and closes
//! ([`MoneyFault::JournalWrite`]) fail with a [`JournalError::Store`] before reaching the store.
//! Opening a payment and reading are never failed: the drivers' outcomes are told to their
//! callers while the journal lags behind, and the recovery (which writes to the real journal)
//! must reach the same outcomes.

use std::sync::Arc;

use payspec_journal::intercept::{Intercepted, Interceptor, Write};
use payspec_journal::{Journal, JournalError, StoredText};

use crate::sandbox::{Faults, MoneyFault};

/// The real journal with seeded write failures.
pub type FailingJournal = Intercepted<WriteFaults>;

/// Steps and closes of `inner` may fail, by `faults`' [`MoneyFault::JournalWrite`] rate.
pub fn failing(inner: Arc<dyn Journal>, faults: Arc<Faults>) -> FailingJournal {
    Intercepted::new(
        inner,
        WriteFaults {
            faults,
            steps: true,
        },
    )
}

/// Only closes of `inner` may fail: every step is written (a pay answered success is on
/// record, its outcome is not).
pub fn failing_closes(inner: Arc<dyn Journal>, faults: Arc<Faults>) -> FailingJournal {
    Intercepted::new(
        inner,
        WriteFaults {
            faults,
            steps: false,
        },
    )
}

/// The hook: which writes fail.
pub struct WriteFaults {
    faults: Arc<Faults>,
    /// Steps may fail too (else only closes).
    steps: bool,
}

impl WriteFaults {
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

impl Interceptor for WriteFaults {
    fn before(&self, write: Write<'_>) -> Result<(), JournalError> {
        match write {
            Write::Step(step) if self.steps => {
                // `pay intent`, `query result`…: the journal's own names for the step.
                let what = format!("{} {}", step.step.text(), step.phase.text());
                self.write(&step.order_id, &what)
            }
            Write::Close { order_id, .. } => self.write(order_id, "close"),
            Write::Open(_) | Write::Step(_) | Write::Notification(_) => Ok(()),
        }
    }
}

//! Journaling the saga: a [`Gateway`] decorator that writes each step before it is sent and
//! after it is answered, and [`pay_journaled`], the saga with its payment record around it.
//!
//! Why a decorator: the saga stays one piece of code with no idea a journal exists, and every
//! call it makes — pay, each query, each reverse attempt — passes through exactly one place
//! that records it.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use super::{
    Journal, JournalError, OutcomeKind, PaymentRecord, Phase, StepKind, StepRecord, StoredText,
};
use payspec_client::gateway::{Gateway, PayIntent, TradeView};
use payspec_client::saga::{answer_binding, pay_and_wait, FinalOutcome, Progress};
use payspec_core::descriptor::{PollPolicy, ProviderModule};
use payspec_core::error::Error;
use payspec_core::money::Money;
use payspec_core::BoxFuture;

pub use crate::now_ms;

/// A lease holder's name, unique per call: `{role}-{pid}-{random}`.
pub fn owner_id(role: &str) -> String {
    let mut random = [0u8; 4];
    let suffix = match getrandom::getrandom(&mut random) {
        Ok(()) => u32::from_le_bytes(random),
        Err(_) => u32::try_from(now_ms() & 0xffff_ffff).unwrap_or(0),
    };
    format!("{role}-{}-{suffix:08x}", std::process::id())
}

/// The last four characters of a payment code: enough for a person to match a receipt, too few
/// to charge anyone.
pub fn auth_code_hint(auth_code: &str) -> String {
    let chars: Vec<char> = auth_code.chars().collect();
    let tail: String = chars[chars.len().saturating_sub(4)..].iter().collect();
    format!("…{tail}")
}

/// How long the process that opens a payment holds it: the longest the saga can take by the
/// policy (deadline or earliest reverse, then every reverse attempt) plus a margin for the
/// calls themselves. Another instance's `recover` leaves the payment alone until then.
pub fn saga_lease(policy: &PollPolicy) -> Duration {
    let reverse = &policy.reverse;
    let retries = reverse
        .retry_interval
        .saturating_mul(reverse.max_attempts.saturating_sub(1));
    policy
        .deadline
        .max(reverse.earliest_after_pay)
        .saturating_add(retries)
        .saturating_add(CALL_MARGIN.saturating_mul(reverse.max_attempts.saturating_add(1)))
}

/// Time allowed per call on top of the schedule: the HTTP transport's default total timeout.
const CALL_MARGIN: Duration = Duration::from_secs(30);

/// How a result detail starts when the answer was not bound to its payment (another order,
/// another amount): recovery reads such a recorded answer as a conflict, never as evidence.
pub const UNBOUND: &str = "NOT BOUND: ";

/// Records every call of the wrapped gateway in the journal: the intent before, the result
/// after. Only results are classified; a detail is the raw state or the error text, with the
/// payment code masked should a provider echo it. An answer not bound to its payment
/// ([`answer_binding`]) is recorded with its detail starting [`UNBOUND`].
pub struct RecordingGateway {
    inner: Arc<dyn Gateway>,
    journal: Arc<dyn Journal>,
    /// The payment's amount, once known (the pay intent's, or the journal's when recovering):
    /// answers are checked against it before they are recorded.
    amount: Mutex<Option<Money>>,
    /// Set when a pay intent could not be written: that pay was not sent.
    refused: Mutex<Option<String>>,
    /// Every write that failed after a call was sent: the journal is behind the provider.
    unrecorded: Mutex<Vec<String>>,
}

impl std::fmt::Debug for RecordingGateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordingGateway").finish_non_exhaustive()
    }
}

impl RecordingGateway {
    pub fn new(inner: Arc<dyn Gateway>, journal: Arc<dyn Journal>) -> RecordingGateway {
        RecordingGateway {
            inner,
            journal,
            amount: Mutex::new(None),
            refused: Mutex::new(None),
            unrecorded: Mutex::new(Vec::new()),
        }
    }

    /// For a payment whose amount the journal holds (recovery): its answers are checked against
    /// it before they are recorded. A pay call sets it from its intent.
    pub fn for_amount(self, amount: Money) -> RecordingGateway {
        *lock(&self.amount) = Some(amount);
        self
    }

    /// What the journal could not record after a call went out (empty when it kept up).
    pub fn unrecorded(&self) -> Vec<String> {
        lock(&self.unrecorded).clone()
    }

    fn note_unrecorded(&self, what: String) {
        lock(&self.unrecorded).push(what);
    }

    /// Why a pay call was not sent (its intent could not be written), if that happened.
    pub fn pay_refused(&self) -> Option<String> {
        lock(&self.refused).clone()
    }

    async fn intent(&self, order_id: &str, step: StepKind) -> Result<(), JournalError> {
        self.journal
            .step(&StepRecord {
                order_id: order_id.to_owned(),
                step,
                phase: Phase::Intent,
                classification: None,
                detail: None,
                provider_trade_id: None,
                at_ms: now_ms(),
            })
            .await
    }

    /// Writes the result. A failure here cannot undo the call, so it is logged and the answer
    /// still goes to the saga: the payment stays open in the journal and `recover` closes it.
    async fn result(
        &self,
        order_id: &str,
        step: StepKind,
        answer: &Result<TradeView, Error>,
        mask: Option<&str>,
    ) {
        let (classification, detail, provider_trade_id) = match answer {
            Ok(view) => (
                Some(view.classification),
                self.describe_bound(order_id, view),
                view.provider_trade_id.clone(),
            ),
            Err(error) => (None, format!("error: {error}"), None),
        };
        let detail = match mask {
            Some(code) if !code.is_empty() => detail.replace(code, &auth_code_hint(code)),
            _ => detail,
        };
        let record = StepRecord {
            order_id: order_id.to_owned(),
            step,
            phase: Phase::Result,
            classification,
            detail: Some(detail),
            provider_trade_id,
            at_ms: now_ms(),
        };
        if let Err(error) = self.journal.step(&record).await {
            tracing::error!(%order_id, ?step, %error, "journal: result not recorded");
            self.note_unrecorded(format!("the {} result ({error})", step.text()));
        }
    }

    /// The result detail, marked [`UNBOUND`] when the answer is not about this payment.
    fn describe_bound(&self, order_id: &str, view: &TradeView) -> String {
        let amount = *lock(&self.amount);
        let binding = match amount {
            Some(amount) => answer_binding(&*self.inner, order_id, &amount, view),
            None => Ok(()),
        };
        match binding {
            Ok(()) => describe(view),
            Err(mismatch) => format!("{UNBOUND}{mismatch}; {}", describe(view)),
        }
    }

    /// Query and reverse are sent even when their intent cannot be written: they are idempotent
    /// by order id, and withholding them would leave money in limbo. The lapse is logged.
    async fn idempotent(&self, order_id: &str, step: StepKind) -> Result<TradeView, Error> {
        if let Err(error) = self.intent(order_id, step).await {
            tracing::error!(%order_id, ?step, %error, "journal: intent not recorded; sending anyway");
            self.note_unrecorded(format!("a {} intent ({error})", step.text()));
        }
        let answer = match step {
            StepKind::Reverse => self.inner.reverse(order_id).await,
            StepKind::Query | StepKind::Pay => self.inner.query(order_id).await,
        };
        self.result(order_id, step, &answer, None).await;
        answer
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The result detail: raw state (unified status), provider trade id, provider message.
fn describe(view: &TradeView) -> String {
    let mut parts = vec![match (&view.raw_state, view.status) {
        (Some(raw), Some(status)) => format!("state {raw} ({})", status.as_str()),
        (Some(raw), None) => format!("state {raw} (unlisted)"),
        (None, _) => "no state".to_owned(),
    }];
    if let Some(id) = &view.provider_trade_id {
        parts.push(format!("trade {id}"));
    }
    if let Some(message) = &view.message {
        parts.push(message.clone());
    }
    parts.join("; ")
}

impl Gateway for RecordingGateway {
    fn module(&self) -> &'static ProviderModule {
        self.inner.module()
    }

    /// The pay intent is written first; if it cannot be, the pay is **not sent** and a
    /// definite error is returned (nothing can have been charged).
    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            *lock(&self.amount) = Some(intent.amount);
            if let Err(error) = self.intent(&intent.order_id, StepKind::Pay).await {
                let why = format!("not sent: the journal cannot record the pay intent: {error}");
                *lock(&self.refused) = Some(why.clone());
                return Err(Error::Encode(why));
            }
            let answer = self.inner.pay(intent).await;
            let code = intent.auth_code.expose().as_str();
            self.result(&intent.order_id, StepKind::Pay, &answer, Some(code))
                .await;
            answer
        })
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(self.idempotent(order_id, StepKind::Query))
    }

    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(self.idempotent(order_id, StepKind::Reverse))
    }
}

/// The stored outcome and detail of a final outcome (the provider trade id for a paid one).
pub fn outcome_record(outcome: &FinalOutcome) -> (OutcomeKind, Option<String>) {
    match outcome {
        FinalOutcome::Paid(view) => (OutcomeKind::Paid, view.provider_trade_id.clone()),
        FinalOutcome::Failed { reason } => (OutcomeKind::Failed, Some(reason.clone())),
        FinalOutcome::Reversed { .. } => (OutcomeKind::Reversed, None),
        FinalOutcome::NeedsAttention { reason, .. } => {
            (OutcomeKind::NeedsAttention, Some(reason.clone()))
        }
    }
}

/// Closes `order_id` with `outcome`. A failure is logged and returned, never hidden: the
/// outcome is still what the cashier must see, and the payment, left open, is closed by the
/// next `recover` (which decides from the recorded answers and asks the provider before any
/// reverse, so it reaches the same outcome).
pub async fn close_logged(
    journal: &dyn Journal,
    order_id: &str,
    outcome: &FinalOutcome,
) -> Result<(), JournalError> {
    let (kind, detail) = outcome_record(outcome);
    let closed = journal
        .close(order_id, kind, detail.as_deref(), now_ms())
        .await;
    if let Err(error) = &closed {
        tracing::error!(%order_id, %error, "journal: outcome not recorded; recover will close it");
    }
    closed
}

/// A journaled payment's outcome, and whether the journal kept up with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journaled {
    /// What happened at the provider: what the cashier must be told, whatever the journal did.
    pub outcome: FinalOutcome,
    /// Whether the outcome closed the payment in the journal. `false`: the payment is still
    /// open, and `recover` finishes it to the same outcome.
    pub outcome_recorded: bool,
    /// `Some(what)` when the journal could not record part of it after the pay call went out
    /// (the close, a result, an intent): the record is behind the provider. When the close is
    /// among them the payment is still open, and `recover` finishes it to the same outcome.
    pub journal_behind: Option<String>,
}

/// Takes a payment with every step journaled: the payment is recorded (and held by this call)
/// before anything is sent, the saga runs through a [`RecordingGateway`], and the outcome closes
/// the record.
///
/// `Err` means nothing was sent: the order id is already in the journal (`Duplicate`: paying
/// again could charge twice), or the journal could not record the payment or its pay intent.
/// Once the pay call has gone out, the outcome is always returned, with
/// [`Journaled::journal_behind`] saying what the journal failed to record.
pub async fn pay_journaled(
    gateway: Arc<dyn Gateway>,
    journal: Arc<dyn Journal>,
    intent: &PayIntent,
    policy: &PollPolicy,
    progress: &mut (dyn FnMut(&Progress) + Send),
) -> Result<Journaled, JournalError> {
    let started = now_ms();
    let record = PaymentRecord {
        order_id: intent.order_id.clone(),
        provider: gateway.module().provider.name.to_owned(),
        amount_minor: intent.amount.minor(),
        currency: intent.amount.currency().code().to_owned(),
        auth_code_hint: auth_code_hint(intent.auth_code.expose()),
        started_at_ms: started,
        outcome: None,
        detail: None,
        updated_at_ms: started,
    };
    let lease = i64::try_from(saga_lease(policy).as_millis()).unwrap_or(i64::MAX);
    journal
        .open_leased(&record, &owner_id("pay"), started.saturating_add(lease))
        .await?;
    let recording = RecordingGateway::new(gateway, Arc::clone(&journal));
    let outcome = pay_and_wait(&recording, intent, policy, progress).await;
    let closed = close_logged(&*journal, &intent.order_id, &outcome).await;
    if let Some(why) = recording.pay_refused() {
        // Nothing was sent: closed above (if the journal is back by now) so that no recovery
        // queries or reverses a trade that never existed.
        return Err(JournalError::Store(why));
    }
    let mut unrecorded = recording.unrecorded();
    if let Err(error) = &closed {
        unrecorded.push(format!("the outcome ({error}); the payment is still open"));
    }
    let journal_behind = (!unrecorded.is_empty())
        .then(|| format!("the journal could not record {}", unrecorded.join(", ")));
    Ok(Journaled {
        outcome,
        outcome_recorded: closed.is_ok(),
        journal_behind,
    })
}

//! Recovery: finish every payment the journal holds open — its process died, was killed or lost
//! its connection mid-saga — so that none stays in an unknown state.
//!
//! Each open payment is claimed (leased, so two instances never drive the same one) and decided
//! from its recorded evidence first ([`evidence::decide`]): a recorded success closes it paid,
//! a recorded definite failure failed, a recorded reverse reversed, with no call. Otherwise it is resumed with
//! [`payspec_client::saga::resume`] from the time its pay call started (at least one query, even past the
//! deadline, then what is left of the schedule, then the reverse), with every step journaled,
//! and closed. The pay call is never sent again: whether or not it went out, queries and the
//! reverse settle it by order id.

pub mod evidence;

use std::sync::Arc;
use std::time::Duration;

use futures_util::future::join_all;

use self::evidence::Evidence;
use super::recording::{outcome_record, RecordingGateway};
use super::{Journal, JournalError, OutcomeKind, PaymentRecord};
use payspec_client::gateway::{Gateway, TradeView};
use payspec_client::saga::{resume, FinalOutcome};
use payspec_core::descriptor::PollPolicy;
use payspec_core::money::{Currency, Money};
use payspec_core::status::Classification;

/// How long a recovering process holds the payments it claims: longer than any published
/// schedule (the longest is about two minutes, reverse retries included), so the lease never
/// runs out under a live recovery; short enough that a recovery that died is taken over soon.
pub const RECOVERY_LEASE: Duration = Duration::from_secs(15 * 60);

/// Payments claimed per round (they are resumed concurrently).
const BATCH: usize = 64;

/// What a recovery did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecoveryReport {
    pub paid: usize,
    pub failed: usize,
    pub reversed: usize,
    pub needs_attention: usize,
    /// Claimed but not driven: no gateway for their provider here (`(order id, provider)`).
    /// They stay held by this owner until [`RECOVERY_LEASE`] ends, then another may take them.
    pub skipped: Vec<(String, String)>,
    /// Every payment finished, in the order claimed, with its outcome.
    pub finished: Vec<(String, OutcomeKind)>,
    /// Open payments left alone because another process holds them (a `pay` still running, or
    /// another `recover`), with their holder and when the lease ends: after that, a `recover`
    /// takes them over. Listed so that "0 recovered" never hides an open payment.
    pub held: Vec<super::HeldPayment>,
    /// Why [`RecoveryReport::held`] could not be read, when it could not: "none held" would be
    /// a guess.
    pub held_error: Option<String>,
}

impl RecoveryReport {
    /// How many payments were finished.
    pub fn total(&self) -> usize {
        self.finished.len()
    }

    fn count(&mut self, order_id: String, kind: OutcomeKind) {
        match kind {
            OutcomeKind::Paid => self.paid += 1,
            OutcomeKind::Failed => self.failed += 1,
            OutcomeKind::Reversed => self.reversed += 1,
            OutcomeKind::NeedsAttention => self.needs_attention += 1,
        }
        self.finished.push((order_id, kind));
    }
}

/// Claims every open payment for `owner` and finishes it: resumed through a
/// [`RecordingGateway`] from `gateways(provider)` with `policy_for(provider)`, then closed.
/// `now_ms` is the wall-clock time of the call (the claim's lease and each payment's offset
/// since its pay call count from it). `Err` only when the journal cannot be read or claimed
/// from; a payment whose outcome cannot be written is logged and left open for the next run.
pub async fn recover(
    journal: Arc<dyn Journal>,
    gateways: &dyn Fn(&str) -> Option<Arc<dyn Gateway>>,
    owner: &str,
    now_ms: i64,
    policy_for: &dyn Fn(&str) -> PollPolicy,
) -> Result<RecoveryReport, JournalError> {
    let lease_ms = i64::try_from(RECOVERY_LEASE.as_millis()).unwrap_or(i64::MAX);
    let clock = tokio::time::Instant::now();
    let mut report = RecoveryReport::default();
    loop {
        // Later rounds start later: their offsets and leases count from the real time.
        let elapsed = i64::try_from(clock.elapsed().as_millis()).unwrap_or(i64::MAX);
        let now = now_ms.saturating_add(elapsed);
        let batch = journal.claim_open(owner, now, lease_ms, BATCH).await?;
        if batch.is_empty() {
            break;
        }
        let mut work = Vec::new();
        for payment in batch {
            match gateways(&payment.provider) {
                Some(gateway) => {
                    let policy = policy_for(&payment.provider);
                    work.push(finish_one(
                        Arc::clone(&journal),
                        gateway,
                        payment,
                        now,
                        policy,
                    ));
                }
                None => {
                    tracing::warn!(
                        order_id = %payment.order_id,
                        provider = %payment.provider,
                        "recover: no gateway for this provider; left held"
                    );
                    report.skipped.push((payment.order_id, payment.provider));
                }
            }
        }
        for (order_id, kind) in join_all(work).await.into_iter().flatten() {
            report.count(order_id, kind);
        }
    }
    list_held(&*journal, owner, now_ms, clock, &mut report).await;
    Ok(report)
}

/// Finishes one claimed payment — from its recorded evidence when that settles it, else by
/// resuming the saga — and closes it. `None`: its steps could not be read, so it is left open
/// (held until the recovery lease ends, then tried again): without them a sale told "paid"
/// could be reversed on a query that gets no answer.
async fn finish_one(
    journal: Arc<dyn Journal>,
    gateway: Arc<dyn Gateway>,
    payment: PaymentRecord,
    now_ms: i64,
    policy: PollPolicy,
) -> Option<(String, OutcomeKind)> {
    let order_id = &payment.order_id;
    let steps = match journal.get(order_id).await {
        Ok(found) => found.map(|(_, steps)| steps).unwrap_or_default(),
        Err(error) => {
            tracing::error!(%order_id, %error, "recover: steps unreadable; left open");
            return None;
        }
    };
    let outcome = match recorded_outcome(order_id, &steps) {
        Some(outcome) => outcome,
        None => match resumed(&journal, gateway, &payment, now_ms, &policy).await {
            // As in `evidence::decide`: a failure heard after an earlier run sent a reverse
            // (its answer lost) proves only that nothing is held, not that nothing was taken.
            FinalOutcome::Failed { reason } if evidence::reverse_sent(&steps, i64::MAX) => {
                tracing::info!(%order_id, %reason, "recover: failed after a reverse was sent: reversed");
                FinalOutcome::Reversed {
                    order_id: order_id.clone(),
                }
            }
            outcome => outcome,
        },
    };
    // A failed close is logged there; the payment stays open and the next run decides again.
    let _ = super::recording::close_logged(&*journal, order_id, &outcome).await;
    Some((payment.order_id, outcome_record(&outcome).0))
}

/// What the payment's recorded steps already settle, with no call ([`evidence::decide`]).
/// `None`: nothing definite — ask the provider.
fn recorded_outcome(order_id: &str, steps: &[super::StepRecord]) -> Option<FinalOutcome> {
    let order_id = order_id.to_owned();
    let outcome = match evidence::decide(steps) {
        Evidence::Undecided => return None,
        Evidence::Paid {
            provider_trade_id,
            detail,
        } => FinalOutcome::Paid(TradeView {
            order_id: order_id.clone(),
            classification: Classification::Success,
            status: None,
            raw_state: None,
            provider_trade_id,
            amount: None,
            message: Some(format!("from the journal: {detail}")),
        }),
        Evidence::Failed { detail } => FinalOutcome::Failed {
            reason: format!("from the journal: {detail}"),
        },
        Evidence::Reversed { .. } => FinalOutcome::Reversed {
            order_id: order_id.clone(),
        },
        Evidence::Conflict { reason } => FinalOutcome::NeedsAttention {
            order_id: order_id.clone(),
            reason,
        },
    };
    tracing::info!(%order_id, outcome = outcome.as_str(), "recover: settled by the journal");
    Some(outcome)
}

/// Resumes the saga for a payment nothing recorded settles.
async fn resumed(
    journal: &Arc<dyn Journal>,
    gateway: Arc<dyn Gateway>,
    payment: &PaymentRecord,
    now_ms: i64,
    policy: &PollPolicy,
) -> FinalOutcome {
    let order_id = &payment.order_id;
    let Some(amount) = recorded_amount(payment) else {
        return FinalOutcome::NeedsAttention {
            order_id: order_id.clone(),
            reason: format!("the journal's currency `{}` is unknown", payment.currency),
        };
    };
    let offset = Duration::from_millis(
        u64::try_from(now_ms.saturating_sub(payment.started_at_ms)).unwrap_or(0),
    );
    tracing::info!(
        %order_id,
        provider = %payment.provider,
        offset_ms = u64::try_from(offset.as_millis()).unwrap_or(u64::MAX),
        "recover: resuming"
    );
    let recording = RecordingGateway::new(gateway, Arc::clone(journal)).for_amount(amount);
    resume(&recording, order_id, amount, offset, policy, &mut |_| {}).await
}

/// The payment's amount as recorded before its pay call.
fn recorded_amount(payment: &PaymentRecord) -> Option<Money> {
    let currency = Currency::from_code(&payment.currency).ok()?;
    Some(Money::from_minor(payment.amount_minor, currency))
}

/// Fills [`RecoveryReport::held`]: what this run could not claim because another process holds
/// it, and until when (or, if the journal cannot tell, why not).
async fn list_held(
    journal: &dyn Journal,
    owner: &str,
    now_ms: i64,
    clock: tokio::time::Instant,
    report: &mut RecoveryReport,
) {
    let elapsed = i64::try_from(clock.elapsed().as_millis()).unwrap_or(i64::MAX);
    match journal
        .held_by_others(owner, now_ms.saturating_add(elapsed))
        .await
    {
        Ok(held) => report.held = held,
        Err(error) => {
            tracing::warn!(%error, "recover: cannot list the open payments others hold");
            report.held_error = Some(error.to_string());
        }
    }
}

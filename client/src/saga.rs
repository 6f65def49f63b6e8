//! The barcode-payment saga: pay once → query on the provider's schedule → reverse at the end,
//! so that no payment is ever left in an unknown state (see `micropay-flows.md`).
//!
//! The rules, in order of importance:
//! - The pay call is made **once**. Re-sending it could charge the customer twice; every later
//!   step finds the trade by the merchant's order id instead.
//! - No answer that may hide a charge is reported as a failure: an unclear pay answer or a pay
//!   call that may have reached the provider leads to queries, and a trade still not final at the
//!   end is reversed. Only if the reverse cannot be confirmed does the saga give up, with
//!   [`FinalOutcome::NeedsAttention`]: money may be held and a person must look.
//! - A query error is never an answer; it is retried on the schedule.
//! - An answer changes only the payment it is bound to ([`payspec_core::binding`]): the provider, the
//!   order id and, when the answer states one, the amount and currency of the payment. An answer
//!   that is not bound ends the saga as [`FinalOutcome::NeedsAttention`] with the mismatch: it is
//!   never "paid", and the trade is not reversed behind a person's back either.
//! - An answer that says a person must check ([`Classification::Attention`]) ends the saga as
//!   needing attention at once: no further query, no reverse.
//!
//! # Cancellation
//! The saga keeps nothing but local variables: dropping its future at any await point stops it
//! without leaving anything half-done *in memory*. It can leave the trade itself unresolved at the
//! provider (a pay sent whose answer was never read, a reverse not confirmed); the durable journal
//! that records each step before it is sent (the `payspec-journal` crate) is what closes that gap:
//! [`resume`] continues such a payment from its order id, its amount and the time since its pay
//! call started, and `journal::recover::recover` does so for every payment left open (after
//! deciding, from what the journal recorded, whether there is anything left to ask).
//!
//! # One continuation
//! [`pay_and_wait`] is the pay call followed by the continuation (queries, then reverse);
//! [`resume`] is the same continuation entered later, on the schedule as it stands that long
//! after the pay call. Both run the same code, so a resumed payment is treated exactly as an
//! uninterrupted one would have been.

use std::time::Duration;

use tokio::time::{sleep, sleep_until, Instant};
use tracing::Instrument;

use crate::gateway::{Gateway, PayIntent, TradeView};
use payspec_core::binding::{self, Claimed, Expected, Mismatch};
use payspec_core::descriptor::PollPolicy;
use payspec_core::error::{Error, ErrorKind};
use payspec_core::money::Money;
use payspec_core::status::Classification;

/// How a payment ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinalOutcome {
    /// Money taken: the provider's answer.
    Paid(TradeView),
    /// Definitely no money taken.
    Failed { reason: String },
    /// The outcome was unknown at the deadline and the trade has been reversed: any money taken
    /// has been returned.
    Reversed { order_id: String },
    /// The trade may hold the customer's money and could not be reversed: a person must look.
    NeedsAttention { order_id: String, reason: String },
}

/// What the saga is doing, for a cashier's screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// The pay call is under way.
    Paying,
    /// The customer is confirming on the phone (or the answer was unclear): query `query` of
    /// the `of` the schedule allows is about to be made.
    WaitingForCustomer {
        query: u32,
        of: u32,
    },
    /// Query `query` produced no answer; the schedule goes on.
    QueryFailed {
        query: u32,
        error: String,
    },
    /// Reverse attempt `attempt` of `of` is about to be made.
    Reversing {
        attempt: u32,
        of: u32,
    },
    Finished(FinalOutcome),
}

/// Pays `intent` and follows the trade until it is final, per `policy` (normally the provider's
/// own, `gateway.module().provider.poll`). Every step is reported through `progress`, ending
/// with [`Progress::Finished`]. Times are measured with tokio's clock from the start of the pay
/// call.
pub async fn pay_and_wait(
    gateway: &dyn Gateway,
    intent: &PayIntent,
    policy: &PollPolicy,
    progress: &mut (dyn FnMut(&Progress) + Send),
) -> FinalOutcome {
    let span = tracing::info_span!(
        "pay_and_wait",
        provider = gateway.module().provider.name,
        order_id = %intent.order_id,
    );
    async move {
        let payment = (intent.order_id.as_str(), intent.amount);
        let mut saga = Saga::new(gateway, payment, policy, Duration::ZERO, progress);
        let outcome = saga.run(intent).await;
        saga.finish(outcome)
    }
    .instrument(span)
    .await
}

/// Continues a payment of `amount` whose pay call started `paid_at_offset` ago and whose outcome
/// is not known — the process that sent it died, or never learned whether it went out at all.
/// The pay call is **never** sent again (that could charge twice): the trade is queried on the
/// schedule as it stands at that offset, and reversed if it is still not final at the deadline.
///
/// At least one query is always made before any reverse, even long past the deadline: the
/// trade may well be paid (a cashier may have been told so), and reversing a paid sale sends
/// the money back after the goods have left. The reverse is still no earlier than the policy
/// allows after the pay call. A trade the provider never received answers its queries as not
/// found or failed, which ends the payment as not paid. `amount` is what the journal recorded
/// before the pay call: an answer stating another amount is not about this payment.
pub async fn resume(
    gateway: &dyn Gateway,
    order_id: &str,
    amount: Money,
    paid_at_offset: Duration,
    policy: &PollPolicy,
    progress: &mut (dyn FnMut(&Progress) + Send),
) -> FinalOutcome {
    let span = tracing::info_span!(
        "resume",
        provider = gateway.module().provider.name,
        %order_id,
        offset_ms = u64::try_from(paid_at_offset.as_millis()).unwrap_or(u64::MAX),
    );
    async move {
        let mut saga = Saga::new(
            gateway,
            (order_id, amount),
            policy,
            paid_at_offset,
            progress,
        );
        let outcome = saga.resume().await;
        saga.finish(outcome)
    }
    .instrument(span)
    .await
}

impl FinalOutcome {
    /// `paid`, `failed`, `reversed`, `needs_attention`: for logs and metrics.
    pub fn as_str(&self) -> &'static str {
        match self {
            FinalOutcome::Paid(_) => "paid",
            FinalOutcome::Failed { .. } => "failed",
            FinalOutcome::Reversed { .. } => "reversed",
            FinalOutcome::NeedsAttention { .. } => "needs_attention",
        }
    }
}

/// Whether `view` is bound to the payment `order_id` of `amount` at the gateway's provider
/// ([`binding::check`]): the one comparison the saga and the journal's recorder both use.
pub fn answer_binding(
    gateway: &dyn Gateway,
    order_id: &str,
    amount: &Money,
    view: &TradeView,
) -> Result<(), Mismatch> {
    let provider = gateway.module().provider.name;
    let expected_currency = amount.currency();
    let expected = Expected {
        provider,
        order_id,
        amount_minor: amount.minor(),
        currency: expected_currency.code(),
    };
    let stated = view.amount.map(|m| (m.minor(), m.currency()));
    let claimed = Claimed {
        provider,
        order_id: Some(&view.order_id),
        amount: stated.as_ref().map(|(minor, c)| (*minor, c.code())),
    };
    binding::check(&expected, &claimed)
}

struct Saga<'a, 'p> {
    gateway: &'a dyn Gateway,
    order_id: &'a str,
    /// What the payment is for: an answer stating another amount is not about it.
    amount: Money,
    policy: &'a PollPolicy,
    /// Tokio's instant when this saga (or its resumption) began…
    anchor: Instant,
    /// …which is this long after the pay call started: the deadline and the earliest reverse
    /// count from the pay call, across a restart.
    offset: Duration,
    progress: &'p mut (dyn FnMut(&Progress) + Send),
}

impl<'a, 'p> Saga<'a, 'p> {
    fn new(
        gateway: &'a dyn Gateway,
        (order_id, amount): (&'a str, Money),
        policy: &'a PollPolicy,
        offset: Duration,
        progress: &'p mut (dyn FnMut(&Progress) + Send),
    ) -> Saga<'a, 'p> {
        Saga {
            gateway,
            order_id,
            amount,
            policy,
            anchor: Instant::now(),
            offset,
            progress,
        }
    }

    /// The instant `after` the pay call started; a time already past maps to the anchor.
    /// `None` if it is too far away to represent (no deadline, in effect).
    fn since_pay(&self, after: Duration) -> Option<Instant> {
        match after.checked_sub(self.offset) {
            Some(rest) => self.anchor.checked_add(rest),
            None => Some(self.anchor),
        }
    }

    /// `Some(needs attention)` when the `call`'s answer is not bound to this payment: whatever it
    /// says (even "paid"), it is not evidence about this trade, and a person must compare.
    fn unbound(&self, call: &str, view: &TradeView) -> Option<FinalOutcome> {
        let mismatch = answer_binding(self.gateway, self.order_id, &self.amount, view).err()?;
        tracing::error!(call, %mismatch, "answer not bound to the payment");
        Some(FinalOutcome::NeedsAttention {
            order_id: self.order_id.to_owned(),
            reason: format!(
                "the {call} answer ({}) is not about this payment: {mismatch}",
                describe(view)
            ),
        })
    }

    /// What a pay or query answer settles: `Ok` with the final outcome (paid, failed, or needs
    /// attention when the answer is not bound to this payment), `Err` with a description when
    /// it is not final.
    fn settle(&self, call: &str, view: TradeView) -> Result<FinalOutcome, String> {
        if let Some(conflict) = self.unbound(call, &view) {
            return Ok(conflict);
        }
        match view.classification {
            Classification::Success => Ok(FinalOutcome::Paid(view)),
            Classification::Failed => Ok(FinalOutcome::Failed {
                reason: describe(&view),
            }),
            // Neither a query nor a reverse can settle it: a person must, before any step.
            Classification::Attention => Ok(FinalOutcome::NeedsAttention {
                order_id: self.order_id.to_owned(),
                reason: format!(
                    "the {call} answer asks a person to check: {}",
                    describe(&view)
                ),
            }),
            Classification::Pending | Classification::Unknown => Err(describe(&view)),
        }
    }

    /// What a reverse answer settles: `Ok` reversed, or needs attention (refused, or not bound
    /// to this payment); `Err` with a description when the provider asks to call again.
    fn settle_reverse(&self, view: TradeView) -> Result<FinalOutcome, String> {
        if let Some(conflict) = self.unbound("reverse", &view) {
            return Ok(conflict);
        }
        let order_id = self.order_id.to_owned();
        match view.classification {
            Classification::Success => Ok(FinalOutcome::Reversed { order_id }),
            Classification::Failed | Classification::Attention => {
                Ok(FinalOutcome::NeedsAttention {
                    order_id,
                    reason: format!("reverse refused: {}", describe(&view)),
                })
            }
            Classification::Pending | Classification::Unknown => {
                Err(format!("reverse: {}", describe(&view)))
            }
        }
    }

    /// Logs and reports the outcome.
    fn finish(&mut self, outcome: FinalOutcome) -> FinalOutcome {
        match &outcome {
            FinalOutcome::NeedsAttention { reason, .. } => {
                tracing::error!(%reason, "payment needs attention: money may be held");
            }
            other => tracing::info!(outcome = other.as_str(), "payment finished"),
        }
        (self.progress)(&Progress::Finished(outcome.clone()));
        outcome
    }

    async fn run(&mut self, intent: &PayIntent) -> FinalOutcome {
        (self.progress)(&Progress::Paying);
        let unsure = match self.gateway.pay(intent).await {
            Ok(view) => match self.settle("pay", view) {
                Ok(outcome) => return outcome,
                Err(unsure) => unsure,
            },
            // Nothing was sent, or the provider refused before acting: no money can be taken.
            Err(error) if error.kind() == ErrorKind::Definite => {
                return FinalOutcome::Failed {
                    reason: error.to_string(),
                }
            }
            Err(error) => format!("pay: {error}"),
        };
        tracing::info!(answer = %unsure, "pay not final: querying");
        let first = Instant::now().checked_add(self.policy.first_query_after);
        self.continue_with(first, self.policy.max_queries, unsure)
            .await
    }

    /// The continuation entered `offset` after the pay call: the query slots still ahead
    /// (first query `first_query_after` the pay call, then every `query_interval`), then the
    /// reverse. At least one query, always: when no slot is left before the deadline (or the
    /// deadline itself has passed), see [`Saga::ask_then_reverse`].
    async fn resume(&mut self) -> FinalOutcome {
        let policy = self.policy;
        let past = slots_before(policy, self.offset);
        let remaining = policy.max_queries.saturating_sub(past);
        let first = policy
            .query_interval
            .checked_mul(past)
            .and_then(|d| d.checked_add(policy.first_query_after))
            .and_then(|d| self.since_pay(d));
        let deadline = self.since_pay(policy.deadline);
        let no_slot_left = match (first, deadline) {
            (None, _) => true,
            (Some(first), Some(deadline)) => first > deadline,
            (Some(_), None) => false,
        };
        if remaining == 0 || no_slot_left {
            return self.ask_then_reverse().await;
        }
        tracing::info!(past, remaining, "resuming: querying");
        let unsure = "resumed; outcome unknown".to_owned();
        self.continue_with(first, remaining, unsure).await
    }

    /// The schedule ran out while nobody was listening: ask now, before any reverse — the trade
    /// may be paid, and a cashier may have been told so. A query that gets no answer at all is
    /// asked again (as often as the reverse would be tried, `retry_interval` apart): a glitch
    /// is no reason to refund a sale. Then whatever is not final is reversed.
    async fn ask_then_reverse(&mut self) -> FinalOutcome {
        let retry = self.policy.reverse;
        let of = retry.max_attempts.max(1);
        tracing::info!(
            of,
            "resumed with no query slot left: asking before any reverse"
        );
        let mut last = "resumed; outcome unknown".to_owned();
        for query in 1..=of {
            (self.progress)(&Progress::WaitingForCustomer { query, of });
            match self.gateway.query(self.order_id).await {
                Ok(view) => match self.settle("query", view) {
                    Ok(outcome) => return outcome,
                    Err(unsure) => return self.reverse(unsure).await,
                },
                Err(error) => {
                    tracing::warn!(query, %error, "query failed");
                    let error = error.to_string();
                    last = format!("query: {error}");
                    (self.progress)(&Progress::QueryFailed { query, error });
                }
            }
            if query < of {
                sleep(retry.retry_interval).await;
            }
        }
        self.reverse(last).await
    }

    /// Queries from `first`, at most `queries` times, then reverses with the last thing heard.
    async fn continue_with(
        &mut self,
        first: Option<Instant>,
        queries: u32,
        unsure: String,
    ) -> FinalOutcome {
        let last = match self.query_until_final(first, queries).await {
            Ok(outcome) => return outcome,
            Err(last) => last.unwrap_or(unsure),
        };
        self.reverse(last).await
    }

    /// Queries on the schedule. `Ok` with a final outcome, or `Err` with the last thing heard
    /// when the schedule ran out.
    async fn query_until_final(
        &mut self,
        first: Option<Instant>,
        max_queries: u32,
    ) -> Result<FinalOutcome, Option<String>> {
        let policy = self.policy;
        let deadline = self.since_pay(policy.deadline);
        let of = planned_queries(policy, first, deadline, max_queries);
        let mut last = None;
        let mut at = first;
        for query in 1..=max_queries {
            let Some(when) = at.filter(|&t| !matches!(deadline, Some(d) if t > d)) else {
                break;
            };
            sleep_until(when).await;
            (self.progress)(&Progress::WaitingForCustomer { query, of });
            match self.gateway.query(self.order_id).await {
                Ok(view) => match self.settle("query", view) {
                    Ok(outcome) => return Ok(outcome),
                    Err(unsure) => last = Some(unsure),
                },
                Err(error) => {
                    tracing::warn!(query, %error, "query failed");
                    let error = error.to_string();
                    last = Some(format!("query: {error}"));
                    (self.progress)(&Progress::QueryFailed { query, error });
                }
            }
            at = when.checked_add(policy.query_interval);
        }
        Err(last)
    }

    /// Reverses the trade, no earlier than the policy allows, retrying while the provider asks
    /// to call again or does not answer.
    async fn reverse(&mut self, mut last: String) -> FinalOutcome {
        let policy = &self.policy.reverse;
        let attention = |reason: String| FinalOutcome::NeedsAttention {
            order_id: self.order_id.to_owned(),
            reason,
        };
        let Some(earliest) = self.since_pay(policy.earliest_after_pay) else {
            return attention(format!("no reverse allowed by the policy; last: {last}"));
        };
        if policy.max_attempts == 0 {
            return attention(format!("no reverse attempts allowed; last: {last}"));
        }
        sleep_until(earliest.max(Instant::now())).await;
        let of = policy.max_attempts;
        for attempt in 1..=of {
            (self.progress)(&Progress::Reversing { attempt, of });
            match self.gateway.reverse(self.order_id).await {
                Ok(view) => match self.settle_reverse(view) {
                    Ok(outcome) => return outcome,
                    Err(unsure) => last = unsure,
                },
                // Retrying cannot help a provider that has no reverse at all.
                Err(error @ Error::Unsupported { .. }) => return attention(error.to_string()),
                Err(error) => {
                    tracing::warn!(attempt, %error, "reverse failed");
                    last = format!("reverse: {error}");
                }
            }
            if attempt < of {
                sleep(policy.retry_interval).await;
            }
        }
        attention(format!(
            "reverse not confirmed after {of} attempts; last: {last}"
        ))
    }
}

/// How many query slots (`first_query_after + k × query_interval` after the pay call) lie
/// before `offset`: those a resumed saga can no longer make.
fn slots_before(policy: &PollPolicy, offset: Duration) -> u32 {
    let Some(since_first) = offset.checked_sub(policy.first_query_after) else {
        return 0;
    };
    if since_first.is_zero() {
        return 0;
    }
    let interval = policy.query_interval.as_nanos();
    if interval == 0 {
        return policy.max_queries;
    }
    let slots = since_first.as_nanos().div_ceil(interval);
    u32::try_from(slots).unwrap_or(u32::MAX)
}

/// How many queries fit the schedule before the deadline, if every call were instant.
fn planned_queries(
    policy: &PollPolicy,
    first: Option<Instant>,
    deadline: Option<Instant>,
    max_queries: u32,
) -> u32 {
    let Some(first) = first else { return 0 };
    let Some(deadline) = deadline else {
        return max_queries;
    };
    if first > deadline {
        return 0;
    }
    let room = deadline.duration_since(first).as_nanos();
    let interval = policy.query_interval.as_nanos();
    // A zero interval fits every query.
    let fit = room
        .checked_div(interval)
        .map_or(u128::from(max_queries), |n| n + 1);
    u32::try_from(fit.min(u128::from(max_queries))).unwrap_or(max_queries)
}

/// One line for humans: state, unified status, provider message.
fn describe(view: &TradeView) -> String {
    let mut text = match (&view.raw_state, view.status) {
        (Some(raw), Some(status)) => format!("state {raw} ({})", status.as_str()),
        (Some(raw), None) => format!("state {raw} (unlisted)"),
        (None, _) => format!("answer {}", view.classification.as_str()),
    };
    if let Some(message) = &view.message {
        text.push_str(": ");
        text.push_str(message);
    }
    text
}

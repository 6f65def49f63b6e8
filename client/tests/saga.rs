//! The pay → query → reverse saga against a scripted gateway, on tokio's paused clock: every
//! call's instant is asserted exactly.

use payspec_core::testing as common;

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use payspec_client::gateway::{Gateway, PayIntent, TradeView};
use payspec_client::saga::{pay_and_wait, FinalOutcome, Progress};
use payspec_client::testing::trade_view;
use payspec_client::transport::{BoxFuture, TransportError};
use payspec_core::descriptor::{PollPolicy, ProviderModule, ReversePolicy};
use payspec_core::{Classification, Error, Money, Violation, Violations};
use tokio::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Call {
    Pay,
    Query,
    Reverse,
}

/// One scripted answer: how long the call takes, then what it returns.
struct Step {
    takes: Duration,
    answer: Result<TradeView, Error>,
}

/// A gateway answering from scripts; when a script runs out, pay and query answer "paying"
/// and reverse "call again".
struct Scripted {
    start: Instant,
    pay: Mutex<VecDeque<Step>>,
    query: Mutex<VecDeque<Step>>,
    reverse: Mutex<VecDeque<Step>>,
    calls: Mutex<Vec<(Call, Duration)>>,
}

impl Scripted {
    fn new(pay: Vec<Step>, query: Vec<Step>, reverse: Vec<Step>) -> Scripted {
        Scripted {
            start: Instant::now(),
            pay: Mutex::new(pay.into()),
            query: Mutex::new(query.into()),
            reverse: Mutex::new(reverse.into()),
            calls: Mutex::new(Vec::new()),
        }
    }

    fn answer<'a>(
        &'a self,
        call: Call,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            assert_eq!(order_id, "T1");
            self.calls
                .lock()
                .unwrap()
                .push((call, self.start.elapsed()));
            let script = match call {
                Call::Pay => &self.pay,
                Call::Query => &self.query,
                Call::Reverse => &self.reverse,
            };
            let step = script.lock().unwrap().pop_front();
            // Pay and query: still paying; reverse: call again.
            let step = step.unwrap_or_else(|| view(Classification::Pending));
            tokio::time::sleep(step.takes).await;
            step.answer
        })
    }

    /// The calls made, as (call, seconds since the start).
    fn calls(&self) -> Vec<(Call, f64)> {
        self.calls
            .lock()
            .unwrap()
            .iter()
            .map(|&(call, at)| (call, at.as_secs_f64()))
            .collect()
    }
}

impl Gateway for Scripted {
    fn module(&self) -> &'static ProviderModule {
        &common::micro::MODULE
    }
    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(Call::Pay, &intent.order_id)
    }
    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(Call::Query, order_id)
    }
    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(Call::Reverse, order_id)
    }
}

fn view(classification: Classification) -> Step {
    Step {
        takes: Duration::ZERO,
        answer: Ok(trade_view(classification)),
    }
}

fn error(error: Error) -> Step {
    Step {
        takes: Duration::ZERO,
        answer: Err(error),
    }
}

fn slow(takes: Duration, step: Step) -> Step {
    Step { takes, ..step }
}

use Call::{Pay, Query, Reverse};
use Classification::{Failed, Pending, Success, Unknown};

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// The Pooul-like schedule: query at 5, 10, … 30 s; deadline 35 s; reverse from 15 s, 3 tries
/// 5 s apart.
const POLICY: PollPolicy = PollPolicy {
    first_query_after: secs(5),
    query_interval: secs(5),
    max_queries: 6,
    deadline: secs(35),
    reverse: ReversePolicy {
        earliest_after_pay: secs(15),
        max_attempts: 3,
        retry_interval: secs(5),
    },
};

fn intent() -> PayIntent {
    PayIntent {
        order_id: "T1".into(),
        amount: Money::fen(1),
        auth_code: "134567890123456789".into(),
        subject: "coffee".into(),
        description: None,
        device_id: None,
        notify_url: None,
    }
}

async fn run(gateway: &Scripted, policy: &PollPolicy) -> (FinalOutcome, Vec<Progress>) {
    let mut seen = Vec::new();
    let mut record = |p: &Progress| seen.push(p.clone());
    let outcome = pay_and_wait(gateway, &intent(), policy, &mut record).await;
    assert_eq!(seen.last(), Some(&Progress::Finished(outcome.clone())));
    (outcome, seen)
}

fn reversed() -> FinalOutcome {
    FinalOutcome::Reversed {
        order_id: "T1".into(),
    }
}

#[tokio::test(start_paused = true)]
async fn immediate_success() {
    let gateway = Scripted::new(vec![view(Success)], vec![], vec![]);
    let (outcome, progress) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, FinalOutcome::Paid(trade_view(Success)));
    assert_eq!(gateway.calls(), [(Pay, 0.0)]);
    assert_eq!(
        progress,
        [Progress::Paying, Progress::Finished(outcome.clone())]
    );
}

#[tokio::test(start_paused = true)]
async fn paying_then_success_at_the_third_query() {
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![view(Pending), view(Pending), view(Success)],
        vec![],
    );
    let (outcome, progress) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, FinalOutcome::Paid(trade_view(Success)));
    assert_eq!(
        gateway.calls(),
        [(Pay, 0.0), (Query, 5.0), (Query, 10.0), (Query, 15.0)]
    );
    assert_eq!(
        progress[..4],
        [
            Progress::Paying,
            Progress::WaitingForCustomer { query: 1, of: 6 },
            Progress::WaitingForCustomer { query: 2, of: 6 },
            Progress::WaitingForCustomer { query: 3, of: 6 },
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn never_confirmed_queries_max_times_then_reverses() {
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![view(Success)]);
    let (outcome, progress) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, reversed());
    assert_eq!(
        gateway.calls(),
        [
            (Pay, 0.0),
            (Query, 5.0),
            (Query, 10.0),
            (Query, 15.0),
            (Query, 20.0),
            (Query, 25.0),
            (Query, 30.0),
            (Reverse, 30.0),
        ]
    );
    assert!(progress.contains(&Progress::Reversing { attempt: 1, of: 3 }));
}

#[tokio::test(start_paused = true)]
async fn reverse_waits_for_its_earliest_time() {
    let policy = PollPolicy {
        max_queries: 2,
        ..POLICY
    };
    let gateway = Scripted::new(vec![view(Unknown)], vec![], vec![view(Success)]);
    let (outcome, _) = run(&gateway, &policy).await;
    assert_eq!(outcome, reversed());
    assert_eq!(
        gateway.calls(),
        [(Pay, 0.0), (Query, 5.0), (Query, 10.0), (Reverse, 15.0)]
    );
}

#[tokio::test(start_paused = true)]
async fn reverse_call_again_once_then_done() {
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![],
        vec![view(Pending), view(Success)],
    );
    let (outcome, progress) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, reversed());
    let reverses: Vec<_> = gateway
        .calls()
        .into_iter()
        .filter(|(call, _)| *call == Reverse)
        .collect();
    assert_eq!(reverses, [(Reverse, 30.0), (Reverse, 35.0)]);
    let reversing: Vec<_> = progress
        .iter()
        .filter(|p| matches!(p, Progress::Reversing { .. }))
        .cloned()
        .collect();
    assert_eq!(
        reversing,
        [
            Progress::Reversing { attempt: 1, of: 3 },
            Progress::Reversing { attempt: 2, of: 3 },
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn reverse_never_confirmed_needs_attention() {
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![],
        vec![
            view(Pending),
            error(Error::from(TransportError::Timeout)),
            view(Unknown),
        ],
    );
    let (outcome, _) = run(&gateway, &POLICY).await;
    let FinalOutcome::NeedsAttention { order_id, reason } = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(order_id, "T1");
    assert!(reason.contains("after 3 attempts"), "{reason}");
    let calls = gateway.calls();
    assert_eq!(calls.len(), 1 + 6 + 3);
    assert_eq!(
        calls[7..],
        [(Reverse, 30.0), (Reverse, 35.0), (Reverse, 40.0)]
    );
}

#[tokio::test(start_paused = true)]
async fn a_refused_reverse_needs_attention_at_once() {
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![view(Failed)]);
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(
        matches!(&outcome, FinalOutcome::NeedsAttention { reason, .. } if reason.starts_with("reverse refused")),
        "{outcome:?}"
    );
    assert_eq!(gateway.calls().last(), Some(&(Reverse, 30.0)));
    assert_eq!(gateway.calls().len(), 8);
}

// issue 11: an answer that asks a person to check ends the saga at once — after the pay, a
// query or the reverse — with nothing sent after it (no query, no reverse).
#[tokio::test(start_paused = true)]
async fn an_answer_asking_a_person_ends_the_saga_with_nothing_sent_after_it() {
    let attention = Classification::Attention;
    let at_pay = Scripted::new(vec![view(attention)], vec![], vec![]);
    let (outcome, _) = run(&at_pay, &POLICY).await;
    assert!(attention_reason(&outcome).contains("pay answer asks a person"));
    assert_eq!(at_pay.calls(), [(Pay, 0.0)]);

    let at_query = Scripted::new(vec![view(Pending)], vec![view(attention)], vec![]);
    let (outcome, _) = run(&at_query, &POLICY).await;
    assert!(attention_reason(&outcome).contains("query answer asks a person"));
    assert_eq!(at_query.calls().len(), 2, "{:?}", at_query.calls());

    let at_reverse = Scripted::new(vec![view(Pending)], vec![], vec![view(attention)]);
    let (outcome, _) = run(&at_reverse, &POLICY).await;
    assert!(attention_reason(&outcome).starts_with("reverse refused"));
    assert_eq!(at_reverse.calls().len(), 8, "one reverse, not retried");
}

#[tokio::test(start_paused = true)]
async fn a_provider_without_reverse_needs_attention_without_retrying() {
    let unsupported = Error::Unsupported {
        provider: "micro",
        step: "reverse",
    };
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![error(unsupported)]);
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(matches!(outcome, FinalOutcome::NeedsAttention { .. }));
    assert_eq!(gateway.calls().len(), 8);
}

#[tokio::test(start_paused = true)]
async fn a_definite_pay_failure_is_failed_without_querying() {
    let gateway = Scripted::new(vec![view(Failed)], vec![], vec![]);
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert_eq!(
        outcome,
        FinalOutcome::Failed {
            reason: "state PAYERROR (failed)".into()
        }
    );
    assert_eq!(gateway.calls(), [(Pay, 0.0)]);

    for definite in [
        Error::from(TransportError::Connect("refused".into())),
        Error::Invalid(Violations(vec![Violation {
            field: "auth_code".into(),
            message: "must be 18 digits".into(),
        }])),
    ] {
        let text = definite.to_string();
        let gateway = Scripted::new(vec![error(definite)], vec![], vec![]);
        let (outcome, _) = run(&gateway, &POLICY).await;
        assert_eq!(outcome, FinalOutcome::Failed { reason: text });
        assert_eq!(gateway.calls(), [(Pay, 0.0)]);
    }
}

#[tokio::test(start_paused = true)]
async fn a_pay_timeout_is_queried() {
    let gateway = Scripted::new(
        vec![error(Error::from(TransportError::Timeout))],
        vec![view(Success)],
        vec![],
    );
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, FinalOutcome::Paid(trade_view(Success)));
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0)]);
}

#[tokio::test(start_paused = true)]
async fn query_errors_are_retried_on_the_schedule() {
    let gateway = Scripted::new(
        vec![view(Unknown)],
        vec![
            error(Error::from(TransportError::Timeout)),
            error(Error::from(TransportError::Status {
                code: 502,
                body: Vec::new(),
            })),
            view(Success),
        ],
        vec![],
    );
    let (outcome, progress) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, FinalOutcome::Paid(trade_view(Success)));
    assert_eq!(
        gateway.calls(),
        [(Pay, 0.0), (Query, 5.0), (Query, 10.0), (Query, 15.0)]
    );
    assert_eq!(
        progress[1..5],
        [
            Progress::WaitingForCustomer { query: 1, of: 6 },
            Progress::QueryFailed {
                query: 1,
                error: "transport: no answer in time".into()
            },
            Progress::WaitingForCustomer { query: 2, of: 6 },
            Progress::QueryFailed {
                query: 2,
                error: "transport: HTTP status 502 (0 body bytes)".into()
            },
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_query_is_failed() {
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![view(Pending), view(Failed)],
        vec![],
    );
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(
        matches!(outcome, FinalOutcome::Failed { .. }),
        "{outcome:?}"
    );
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0), (Query, 10.0)]);
}

#[tokio::test(start_paused = true)]
async fn querying_stops_at_the_deadline() {
    let policy = PollPolicy {
        deadline: secs(17),
        ..POLICY
    };
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![view(Success)]);
    let (outcome, progress) = run(&gateway, &policy).await;
    assert_eq!(outcome, reversed());
    assert_eq!(
        gateway.calls(),
        [
            (Pay, 0.0),
            (Query, 5.0),
            (Query, 10.0),
            (Query, 15.0),
            (Reverse, 15.0)
        ]
    );
    assert!(progress.contains(&Progress::WaitingForCustomer { query: 3, of: 3 }));
}

#[tokio::test(start_paused = true)]
async fn the_deadline_counts_from_the_start_of_the_pay_call() {
    // The pay call takes 4 s: the first query waits 5 s after its answer (9 s), and the 12 s
    // deadline leaves room for that one query only; the reverse waits for 15 s.
    let policy = PollPolicy {
        deadline: secs(12),
        ..POLICY
    };
    let gateway = Scripted::new(
        vec![slow(secs(4), error(Error::from(TransportError::Timeout)))],
        vec![],
        vec![view(Success)],
    );
    let (outcome, progress) = run(&gateway, &policy).await;
    assert_eq!(outcome, reversed());
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 9.0), (Reverse, 15.0)]);
    assert!(progress.contains(&Progress::WaitingForCustomer { query: 1, of: 1 }));
}

#[tokio::test(start_paused = true)]
async fn slow_queries_keep_the_schedule() {
    // Each query takes 2 s; the schedule still starts them 5 s apart.
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![slow(secs(2), view(Pending)), slow(secs(2), view(Success))],
        vec![],
    );
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert_eq!(outcome, FinalOutcome::Paid(trade_view(Success)));
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0), (Query, 10.0)]);
}

#[tokio::test(start_paused = true)]
async fn no_reverse_attempts_allowed_needs_attention() {
    let policy = PollPolicy {
        reverse: ReversePolicy {
            max_attempts: 0,
            ..POLICY.reverse
        },
        ..POLICY
    };
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![]);
    let (outcome, _) = run(&gateway, &policy).await;
    assert!(matches!(outcome, FinalOutcome::NeedsAttention { .. }));
    assert!(gateway.calls().iter().all(|(call, _)| *call != Reverse));
}

/// An answer of `classification` that states `fen` fen (or no amount).
fn stating(classification: Classification, fen: Option<i64>) -> Step {
    let mut answer = trade_view(classification);
    answer.amount = fen.map(Money::fen);
    Step {
        takes: Duration::ZERO,
        answer: Ok(answer),
    }
}

fn attention_reason(outcome: &FinalOutcome) -> &str {
    match outcome {
        FinalOutcome::NeedsAttention { reason, .. } => reason,
        other => panic!("expected needs attention, got {other:?}"),
    }
}

// issue 8, finding 3: a signed "paid" for 100 fen on a 1-fen order is not paid.
#[tokio::test(start_paused = true)]
async fn a_paid_answer_for_another_amount_needs_attention_and_nothing_else_is_sent() {
    for fen in [100, -1, 0] {
        let gateway = Scripted::new(vec![stating(Success, Some(fen))], vec![], vec![]);
        let (outcome, _) = run(&gateway, &POLICY).await;
        let reason = attention_reason(&outcome);
        assert!(
            reason.contains("pay answer") && reason.contains(&format!("states {fen} CNY")),
            "{fen}: {reason}"
        );
        assert_eq!(
            gateway.calls(),
            [(Pay, 0.0)],
            "neither queried nor reversed"
        );
    }
}

// issue 8, finding 3: the query's amount is checked as well.
#[tokio::test(start_paused = true)]
async fn a_query_saying_paid_for_another_amount_needs_attention() {
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![view(Pending), stating(Success, Some(100))],
        vec![],
    );
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(attention_reason(&outcome).contains("query answer"));
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0), (Query, 10.0)]);
}

// issue 8, finding 3: an answer about another order is not about this payment either.
#[tokio::test(start_paused = true)]
async fn a_paid_answer_about_another_order_needs_attention() {
    let mut other = trade_view(Success);
    other.order_id = "T2".into();
    let step = Step {
        takes: Duration::ZERO,
        answer: Ok(other),
    };
    let gateway = Scripted::new(vec![step], vec![], vec![]);
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(attention_reason(&outcome).contains("`T2`"));
}

#[tokio::test(start_paused = true)]
async fn an_answer_that_states_no_amount_cannot_contradict() {
    let gateway = Scripted::new(vec![stating(Success, None)], vec![], vec![]);
    let (outcome, _) = run(&gateway, &POLICY).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
}

// issue 8, finding 3: a reverse answer about another amount is not a confirmed reverse.
#[tokio::test(start_paused = true)]
async fn a_reverse_answer_for_another_amount_needs_attention() {
    let policy = PollPolicy {
        max_queries: 1,
        ..POLICY
    };
    let gateway = Scripted::new(
        vec![view(Pending)],
        vec![],
        vec![stating(Success, Some(100))],
    );
    let (outcome, _) = run(&gateway, &policy).await;
    assert!(attention_reason(&outcome).contains("reverse answer"));
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0), (Reverse, 15.0)]);
}

#[tokio::test(start_paused = true)]
async fn dropping_the_saga_stops_it() {
    let gateway = Scripted::new(vec![view(Pending)], vec![], vec![]);
    let mut ignore = |_: &Progress| {};
    let cut = tokio::time::timeout(
        secs(12),
        pay_and_wait(&gateway, &intent(), &POLICY, &mut ignore),
    )
    .await;
    assert!(cut.is_err());
    tokio::time::sleep(secs(60)).await;
    assert_eq!(gateway.calls(), [(Pay, 0.0), (Query, 5.0), (Query, 10.0)]);
}

#[test]
fn the_saga_future_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let gateway = Scripted::new(vec![], vec![], vec![]);
    let intent = intent();
    let mut ignore = |_: &Progress| {};
    let future = pay_and_wait(&gateway, &intent, &POLICY, &mut ignore);
    assert_send(&future);
}

//! The saga with its journal, against a scripted gateway: `resume` on tokio's paused clock
//! (every call's instant asserted), the RecordingGateway's intent-before-result order,
//! `pay_journaled`'s refusals, and `recover`.

use payspec_core::testing as common;

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payspec_client::gateway::{Gateway, PayIntent, TradeView};
use payspec_client::saga::{resume, FinalOutcome};
use payspec_client::testing::trade_view as view;
use payspec_client::transport::BoxFuture;
use payspec_core::descriptor::{PollPolicy, ProviderModule, ReversePolicy};
use payspec_core::{Classification, Error, Money};
use payspec_journal::intercept::{Intercepted, Interceptor, Write};
use payspec_journal::recording::{now_ms, pay_journaled, RecordingGateway, UNBOUND};
use payspec_journal::recover::recover;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{
    Journal, JournalError, Notification, NotificationApplied, OutcomeKind, PaymentHistory,
    PaymentRecord, Phase, StepKind, StepRecord,
};
use tokio::time::Instant;

const fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

/// As in `saga.rs`: query at 5, 10, … 30 s; deadline 35 s; reverse from 15 s, 3 tries 5 s apart.
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

const AUTH_CODE: &str = "280000000000000102";

/// What the gateway saw when it was called: the call, seconds since the test began, and the
/// journal's last step for the order at that moment.
type Seen = (StepKind, f64, Option<(StepKind, Phase)>);

/// Answers in order.
type Script = VecDeque<Result<TradeView, Error>>;

/// Answers from scripts (then: pay and query "paying", reverse "reversed"), noting each call.
struct Fake {
    start: Instant,
    pay: Mutex<VecDeque<Result<TradeView, Error>>>,
    query: Mutex<VecDeque<Result<TradeView, Error>>>,
    reverse: Mutex<VecDeque<Result<TradeView, Error>>>,
    /// Query answers for one order id, before the shared script.
    query_for: Mutex<Vec<(String, Script)>>,
    journal: Option<Arc<dyn Journal>>,
    seen: Mutex<Vec<Seen>>,
}

impl Fake {
    fn new(
        pay: Vec<Result<TradeView, Error>>,
        query: Vec<Result<TradeView, Error>>,
        journal: Option<Arc<dyn Journal>>,
    ) -> Fake {
        Fake {
            start: Instant::now(),
            pay: Mutex::new(pay.into()),
            query: Mutex::new(query.into()),
            reverse: Mutex::new(VecDeque::new()),
            query_for: Mutex::new(Vec::new()),
            journal,
            seen: Mutex::new(Vec::new()),
        }
    }

    /// `order_id`'s queries answer `answers` first.
    fn with_queries_for(self, order_id: &str, answers: Vec<Result<TradeView, Error>>) -> Fake {
        self.query_for
            .lock()
            .unwrap()
            .push((order_id.into(), answers.into()));
        self
    }

    fn own_query(&self, order_id: &str) -> Option<Result<TradeView, Error>> {
        let mut by_order = self.query_for.lock().unwrap();
        let (_, answers) = by_order.iter_mut().find(|(id, _)| id == order_id)?;
        answers.pop_front()
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn calls(&self) -> Vec<(StepKind, f64)> {
        self.seen().into_iter().map(|(k, t, _)| (k, t)).collect()
    }

    fn answer<'a>(
        &'a self,
        kind: StepKind,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            let last = match &self.journal {
                Some(j) => j
                    .get(order_id)
                    .await
                    .unwrap()
                    .and_then(|(_, steps)| steps.last().map(|s| (s.step, s.phase))),
                None => None,
            };
            let at = self.start.elapsed().as_secs_f64();
            self.seen.lock().unwrap().push((kind, at, last));
            let (script, default) = match kind {
                StepKind::Pay => (&self.pay, Classification::Pending),
                StepKind::Query => (&self.query, Classification::Pending),
                StepKind::Reverse => (&self.reverse, Classification::Success),
            };
            let own = (kind == StepKind::Query)
                .then(|| self.own_query(order_id))
                .flatten();
            let next = own.or_else(|| script.lock().unwrap().pop_front());
            // A provider echoes the order id it was asked about.
            next.unwrap_or_else(|| Ok(view(default))).map(|mut v| {
                v.order_id = order_id.to_owned();
                v
            })
        })
    }
}

impl Gateway for Fake {
    fn module(&self) -> &'static ProviderModule {
        &common::micro::MODULE
    }
    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(StepKind::Pay, &intent.order_id)
    }
    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(StepKind::Query, order_id)
    }
    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.answer(StepKind::Reverse, order_id)
    }
}

fn intent(order_id: &str) -> PayIntent {
    PayIntent {
        order_id: order_id.into(),
        amount: Money::fen(1),
        auth_code: AUTH_CODE.into(),
        subject: "coffee".into(),
        description: None,
        device_id: None,
        notify_url: None,
    }
}

async fn resumed(fake: &Fake, offset: Duration, policy: &PollPolicy) -> FinalOutcome {
    resume(fake, "T1", Money::fen(1), offset, policy, &mut |_| {}).await
}

use StepKind::{Pay, Query, Reverse};

#[tokio::test(start_paused = true)]
async fn resume_at_the_start_follows_the_whole_schedule() {
    let queries = vec![
        Ok(view(Classification::Pending)),
        Ok(view(Classification::Success)),
    ];
    let fake = Fake::new(vec![], queries, None);
    let outcome = resumed(&fake, Duration::ZERO, &POLICY).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    assert_eq!(fake.calls(), vec![(Query, 5.0), (Query, 10.0)]);
}

#[tokio::test(start_paused = true)]
async fn resume_mid_schedule_takes_the_slots_still_ahead_then_reverses() {
    let fake = Fake::new(vec![], vec![], None);
    let outcome = resumed(&fake, secs(12), &POLICY).await;
    assert_eq!(
        outcome,
        FinalOutcome::Reversed {
            order_id: "T1".into()
        }
    );
    // Slots at 15, 20, 25, 30 s after the pay call = 3, 8, 13, 18 s after resuming; the slots
    // at 5 and 10 s are gone. The reverse follows at once (its earliest, 15 s, has passed).
    assert_eq!(
        fake.calls(),
        vec![
            (Query, 3.0),
            (Query, 8.0),
            (Query, 13.0),
            (Query, 18.0),
            (Reverse, 18.0)
        ]
    );
}

// issue 8, finding 1: past the deadline, recovery still asks before it reverses.
#[tokio::test(start_paused = true)]
async fn resume_after_the_deadline_queries_once_then_reverses_and_never_pays() {
    let fake = Fake::new(vec![], vec![], None);
    let outcome = resumed(&fake, secs(3600), &POLICY).await;
    assert!(
        matches!(outcome, FinalOutcome::Reversed { .. }),
        "{outcome:?}"
    );
    assert_eq!(fake.calls(), vec![(Query, 0.0), (Reverse, 0.0)]);
}

// issue 8, finding 1: a sale paid long ago whose close was lost is found paid, not reversed.
#[tokio::test(start_paused = true)]
async fn resume_after_the_deadline_finds_a_paid_trade_paid() {
    let fake = Fake::new(vec![], vec![Ok(view(Classification::Success))], None);
    let outcome = resumed(&fake, secs(3600), &POLICY).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    assert_eq!(fake.calls(), vec![(Query, 0.0)], "no reverse");
}

// issue 8, finding 1: past the deadline, a query that gets no answer is asked again (on the
// reverse's retry interval) before anything is reversed.
#[tokio::test(start_paused = true)]
async fn resume_after_the_deadline_asks_again_when_the_query_gets_no_answer() {
    let fake = Fake::new(
        vec![],
        vec![
            Err(Error::Malformed("cut".into())),
            Err(Error::Malformed("cut".into())),
            Ok(view(Classification::Success)),
        ],
        None,
    );
    let outcome = resumed(&fake, secs(3600), &POLICY).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    assert_eq!(
        fake.calls(),
        vec![(Query, 0.0), (Query, 5.0), (Query, 10.0)],
        "no reverse"
    );
}

#[tokio::test(start_paused = true)]
async fn resume_after_the_deadline_reverses_when_no_query_is_ever_answered() {
    let cut = || Err(Error::Malformed("cut".into()));
    let fake = Fake::new(vec![], vec![cut(), cut(), cut()], None);
    let outcome = resumed(&fake, secs(3600), &POLICY).await;
    assert!(
        matches!(outcome, FinalOutcome::Reversed { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        fake.calls(),
        vec![(Query, 0.0), (Query, 5.0), (Query, 10.0), (Reverse, 10.0)]
    );
}

// issue 8, finding 1: a schedule that allows no query still gets one on resume.
#[tokio::test(start_paused = true)]
async fn resume_with_no_query_slots_in_the_policy_still_asks_once() {
    let policy = PollPolicy {
        max_queries: 0,
        ..POLICY
    };
    let fake = Fake::new(vec![], vec![Ok(view(Classification::Success))], None);
    let outcome = resumed(&fake, secs(3), &policy).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    assert_eq!(fake.calls(), vec![(Query, 0.0)]);
}

// issue 8, finding 3: a resumed query stating another amount is not "paid".
#[tokio::test(start_paused = true)]
async fn resume_with_a_paid_answer_for_another_amount_needs_attention() {
    let mut other = view(Classification::Success);
    other.amount = Some(Money::fen(100));
    let fake = Fake::new(vec![], vec![Ok(other)], None);
    let outcome = resumed(&fake, secs(3600), &POLICY).await;
    let FinalOutcome::NeedsAttention { reason, .. } = &outcome else {
        panic!("expected needs attention, got {outcome:?}");
    };
    assert!(
        reason.contains("100") && reason.contains("1 CNY"),
        "{reason}"
    );
    assert_eq!(
        fake.calls(),
        vec![(Query, 0.0)],
        "nothing reversed silently"
    );
}

#[tokio::test(start_paused = true)]
async fn resume_after_the_deadline_still_honours_the_earliest_reverse() {
    let policy = PollPolicy {
        deadline: secs(10),
        reverse: ReversePolicy {
            earliest_after_pay: secs(20),
            ..POLICY.reverse
        },
        ..POLICY
    };
    let fake = Fake::new(vec![], vec![], None);
    let outcome = resumed(&fake, secs(12), &policy).await;
    assert!(
        matches!(outcome, FinalOutcome::Reversed { .. }),
        "{outcome:?}"
    );
    assert_eq!(fake.calls(), vec![(Query, 0.0), (Reverse, 8.0)]);
}

#[tokio::test(start_paused = true)]
async fn resume_past_every_slot_but_before_the_deadline_asks_once() {
    let policy = PollPolicy {
        max_queries: 2,
        ..POLICY
    };
    let fake = Fake::new(vec![], vec![Ok(view(Classification::Success))], None);
    let outcome = resumed(&fake, secs(20), &policy).await;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    assert_eq!(fake.calls(), vec![(Query, 0.0)]);
}

#[tokio::test(start_paused = true)]
async fn resume_of_a_trade_the_provider_never_saw_is_not_paid() {
    let fake = Fake::new(vec![], vec![Ok(view(Classification::Failed))], None);
    let outcome = resumed(&fake, secs(1), &POLICY).await;
    assert!(
        matches!(outcome, FinalOutcome::Failed { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        fake.calls(),
        vec![(Query, 4.0)],
        "the slot at 5 s after the pay call"
    );
}

fn memory() -> Arc<dyn Journal> {
    Arc::new(SqliteJournal::open_in_memory().expect("journal"))
}

async fn history(journal: &dyn Journal, order_id: &str) -> PaymentHistory {
    journal.get(order_id).await.unwrap().expect("recorded")
}

fn kinds(steps: &[StepRecord]) -> Vec<(StepKind, Phase)> {
    steps.iter().map(|s| (s.step, s.phase)).collect()
}

/// A quick schedule so that the real clock is no bother: the journal runs on real threads.
const QUICK: PollPolicy = PollPolicy {
    first_query_after: Duration::from_millis(1),
    query_interval: Duration::from_millis(1),
    max_queries: 3,
    deadline: Duration::from_millis(50),
    reverse: ReversePolicy {
        earliest_after_pay: Duration::ZERO,
        max_attempts: 2,
        retry_interval: Duration::from_millis(1),
    },
};

#[tokio::test]
async fn every_step_is_written_before_it_is_sent_and_after_it_is_answered() {
    let journal = memory();
    let mut paying = view(Classification::Pending);
    // A provider that echoes the payment code in its message: the journal must not keep it.
    paying.message = Some(format!("USERPAYING: code {AUTH_CODE} awaits the password"));
    let fake = Arc::new(Fake::new(
        vec![Ok(paying)],
        vec![
            Err(Error::Malformed("cut".into())),
            Ok(view(Classification::Success)),
        ],
        Some(journal.clone()),
    ));
    let outcome = pay_journaled(
        fake.clone(),
        journal.clone(),
        &intent("T1"),
        &QUICK,
        &mut |_| {},
    )
    .await
    .expect("journaled");
    assert_eq!(outcome.journal_behind, None, "the journal kept up");
    assert!(outcome.outcome_recorded);
    let outcome = outcome.outcome;
    assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");

    // When each call was made, its own intent was the journal's last line.
    for (kind, _, last) in fake.seen() {
        assert_eq!(last, Some((kind, Phase::Intent)), "{kind:?}");
    }
    let (payment, steps) = history(&*journal, "T1").await;
    assert_eq!(
        kinds(&steps),
        vec![
            (Pay, Phase::Intent),
            (Pay, Phase::Result),
            (Query, Phase::Intent),
            (Query, Phase::Result),
            (Query, Phase::Intent),
            (Query, Phase::Result),
        ]
    );
    assert_eq!(steps[1].classification, Some(Classification::Pending));
    assert_eq!(
        steps[3].classification, None,
        "an error has no classification"
    );
    assert!(steps[3].detail.as_deref().unwrap_or("").contains("cut"));
    assert_eq!(steps[5].classification, Some(Classification::Success));
    let everything = format!("{payment:?}{steps:?}");
    assert!(!everything.contains(AUTH_CODE), "{everything}");
    assert!(steps[1].detail.as_deref().unwrap_or("").contains("…0102"));
    assert_eq!(payment.auth_code_hint, "…0102");
    assert_eq!(payment.outcome, Some(OutcomeKind::Paid));
    assert_eq!(
        payment.detail.as_deref(),
        Some("42"),
        "a paid detail is the trade id"
    );
    assert_eq!(payment.amount_minor, 1);
    assert_eq!(payment.currency, "CNY");
}

#[tokio::test]
async fn a_duplicate_order_sends_nothing() {
    let journal = memory();
    let fake = Arc::new(Fake::new(
        vec![Ok(view(Classification::Success))],
        vec![],
        None,
    ));
    pay_journaled(
        fake.clone(),
        journal.clone(),
        &intent("T1"),
        &QUICK,
        &mut |_| {},
    )
    .await
    .unwrap();
    let again = pay_journaled(
        fake.clone(),
        journal.clone(),
        &intent("T1"),
        &QUICK,
        &mut |_| {},
    )
    .await;
    assert!(
        matches!(again, Err(JournalError::Duplicate(_))),
        "{again:?}"
    );
    assert_eq!(fake.calls(), vec![(Pay, fake.calls()[0].1)], "one pay only");
}

#[tokio::test]
async fn the_opener_holds_its_payment_against_other_instances() {
    let journal = memory();
    let fake = Arc::new(Fake::new(vec![], vec![], Some(journal.clone())));
    let claims = Arc::new(Mutex::new(Vec::new()));
    let (j, c) = (journal.clone(), claims.clone());
    let mut progress = move |_: &payspec_client::Progress| {
        // Every progress step: another instance tries to claim; it gets nothing.
        let j = j.clone();
        let c = c.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .build()
                .unwrap();
            let got = rt
                .block_on(j.claim_open("other", now_ms(), 60_000, 10))
                .unwrap();
            c.lock().unwrap().push(got.len());
        })
        .join()
        .unwrap();
    };
    // QUICK's 50 ms deadline, with a blocking claim at every step on a loaded machine, can
    // leave no room for a query; a roomy deadline makes every query happen (each is 1 ms apart).
    let roomy = PollPolicy {
        deadline: Duration::from_secs(30),
        ..QUICK
    };
    let outcome = pay_journaled(fake, journal.clone(), &intent("T1"), &roomy, &mut progress)
        .await
        .unwrap()
        .outcome;
    assert!(
        matches!(outcome, FinalOutcome::Reversed { .. }),
        "{outcome:?}"
    );
    let claims = claims.lock().unwrap().clone();
    // Paying, three queries, at least one reverse, finished.
    assert!(claims.len() >= 6, "{claims:?}");
    assert!(claims.iter().all(|&n| n == 0), "{claims:?}");
}

/// A journal whose every write fails (a full disk, a lost connection).
struct Broken;

impl Journal for Broken {
    fn open<'a>(&'a self, _: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(async { Ok(()) })
    }
    fn step<'a>(&'a self, _: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(async { Err(JournalError::Store("disk full".into())) })
    }
    fn close<'a>(
        &'a self,
        _: &'a str,
        _: OutcomeKind,
        _: Option<&'a str>,
        _: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        Box::pin(async { Err(JournalError::Store("disk full".into())) })
    }
    fn get<'a>(
        &'a self,
        _: &'a str,
    ) -> BoxFuture<'a, Result<Option<PaymentHistory>, JournalError>> {
        Box::pin(async { Ok(None) })
    }
    fn list<'a>(&'a self, _: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        Box::pin(async { Ok(vec![]) })
    }
    fn claim_open<'a>(
        &'a self,
        _: &'a str,
        _: i64,
        _: i64,
        _: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        Box::pin(async { Ok(vec![]) })
    }
    fn apply_notification<'a>(
        &'a self,
        _: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        Box::pin(async { Err(JournalError::Store("disk full".into())) })
    }
}

#[tokio::test]
async fn a_pay_intent_that_cannot_be_written_is_not_sent() {
    let fake = Arc::new(Fake::new(
        vec![Ok(view(Classification::Success))],
        vec![],
        None,
    ));
    let result = pay_journaled(
        fake.clone(),
        Arc::new(Broken),
        &intent("T1"),
        &QUICK,
        &mut |_| {},
    )
    .await;
    let Err(JournalError::Store(why)) = result else {
        panic!("expected a journal error, got {result:?}");
    };
    assert!(
        why.contains("not sent") && why.contains("disk full"),
        "{why}"
    );
    assert!(fake.calls().is_empty(), "nothing was sent");

    // Query and reverse are idempotent: sent even when their intent cannot be written.
    let recording = RecordingGateway::new(fake.clone(), Arc::new(Broken));
    assert!(recording.query("T1").await.is_ok());
    assert_eq!(fake.calls().len(), 1);
}

async fn interrupted(journal: &dyn Journal, order_id: &str, started_at_ms: i64) {
    let record = PaymentRecord {
        order_id: order_id.into(),
        provider: "micro".into(),
        amount_minor: 1,
        currency: "CNY".into(),
        auth_code_hint: "…0102".into(),
        started_at_ms,
        outcome: None,
        detail: None,
        updated_at_ms: started_at_ms,
    };
    journal.open(&record).await.unwrap();
    journal
        .step(&StepRecord {
            order_id: order_id.into(),
            step: Pay,
            phase: Phase::Intent,
            classification: None,
            detail: None,
            provider_trade_id: None,
            at_ms: started_at_ms,
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn recover_finishes_open_payments_once() {
    let journal = memory();
    let now = now_ms();
    // Long past its deadline: asked once (still paying), then reversed. Just started:
    // queried, and found paid.
    interrupted(&*journal, "OLD", now - 3_600_000).await;
    interrupted(&*journal, "NEW", now).await;
    let fake = Arc::new(
        Fake::new(vec![], vec![], Some(journal.clone()))
            .with_queries_for("OLD", vec![Ok(view(Classification::Pending))])
            .with_queries_for("NEW", vec![Ok(view(Classification::Success))]),
    );
    let gateway: Arc<dyn Gateway> = fake.clone();
    let gateways = move |provider: &str| (provider == "micro").then(|| gateway.clone());
    let report = recover(journal.clone(), &gateways, "recoverer", now, &|_| QUICK)
        .await
        .unwrap();
    assert_eq!(
        (report.paid, report.reversed, report.total()),
        (1, 1, 2),
        "{report:?}"
    );
    assert!(
        fake.calls().iter().all(|(k, _)| *k != Pay),
        "never pays again"
    );

    let (old, steps) = history(&*journal, "OLD").await;
    assert_eq!(old.outcome, Some(OutcomeKind::Reversed));
    assert_eq!(
        kinds(&steps),
        vec![
            (Pay, Phase::Intent),
            (Query, Phase::Intent),
            (Query, Phase::Result),
            (Reverse, Phase::Intent),
            (Reverse, Phase::Result)
        ]
    );
    let (new, steps) = history(&*journal, "NEW").await;
    assert_eq!(new.outcome, Some(OutcomeKind::Paid));
    assert_eq!(steps[1].step, Query);

    let again = recover(journal.clone(), &gateways, "recoverer-2", now_ms(), &|_| {
        QUICK
    })
    .await
    .unwrap();
    assert_eq!(again.total(), 0, "{again:?}");
}

#[tokio::test]
async fn recover_leaves_payments_it_has_no_gateway_for() {
    let journal = memory();
    interrupted(&*journal, "ELSEWHERE", now_ms() - 3_600_000).await;
    let report = recover(journal.clone(), &|_| None, "recoverer", now_ms(), &|_| {
        QUICK
    })
    .await
    .unwrap();
    assert_eq!(report.total(), 0);
    assert_eq!(
        report.skipped,
        vec![("ELSEWHERE".to_string(), "micro".to_string())]
    );
    let (p, _) = history(&*journal, "ELSEWHERE").await;
    assert_eq!(p.outcome, None, "still open for whoever can drive it");
}

/// Which writes a [`Flaky`] journal fails once the pay intent is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fails {
    /// Every step and the close: the disk filled up right after the pay intent.
    AfterPayIntent,
    /// Only the close.
    Close,
    /// Only results (a lock held too long while they were written); the close goes through.
    Results,
}

/// The real SQLite journal, with writes failing as a full disk makes them fail (a fault
/// injected around the real thing; `tests/journal_full.rs` makes the binary's writes really
/// fail).
struct Flaky {
    fails: Fails,
    full: AtomicBool,
}

impl Flaky {
    fn new(inner: Arc<dyn Journal>, fails: Fails) -> Intercepted<Flaky> {
        let flaky = Flaky {
            fails,
            full: AtomicBool::new(false),
        };
        Intercepted::new(inner, flaky)
    }
}

impl Interceptor for Flaky {
    fn before(&self, write: Write<'_>) -> Result<(), JournalError> {
        let full = self.full.load(Ordering::SeqCst);
        let failing = match write {
            Write::Step(step) => {
                if (step.step, step.phase) == (Pay, Phase::Intent) {
                    self.full.store(true, Ordering::SeqCst);
                }
                match self.fails {
                    Fails::AfterPayIntent => full,
                    Fails::Results => full && step.phase == Phase::Result,
                    Fails::Close => false,
                }
            }
            Write::Close { .. } => full && self.fails != Fails::Results,
            Write::Open(_) | Write::Notification(_) => false,
        };
        if failing {
            return Err(JournalError::Store(
                "write: database or disk is full".into(),
            ));
        }
        Ok(())
    }
}

/// Pays `T1` through a journal that fails as `fails` says, the provider answering `pay`.
async fn pay_with_full_disk(
    fails: Fails,
    pay: TradeView,
    fake: Fake,
) -> (
    Arc<dyn Journal>,
    Arc<Fake>,
    payspec_journal::recording::Journaled,
) {
    let journal = memory();
    let flaky = Arc::new(Flaky::new(journal.clone(), fails));
    *fake.pay.lock().unwrap() = vec![Ok(pay)].into();
    let fake = Arc::new(fake);
    let told = pay_journaled(fake.clone(), flaky, &intent("T1"), &QUICK, &mut |_| {})
        .await
        .expect("the pay intent was written");
    (journal, fake, told)
}

/// `recover` ten minutes later: every lease over, every deadline past.
async fn recover_later(journal: &Arc<dyn Journal>, fake: &Arc<Fake>) -> (usize, usize) {
    let gateway: Arc<dyn Gateway> = fake.clone();
    let gateways = move |provider: &str| (provider == "micro").then(|| gateway.clone());
    let later = now_ms() + 600_000;
    let report = recover(journal.clone(), &gateways, "recoverer", later, &|_| QUICK)
        .await
        .unwrap();
    (report.paid, report.total())
}

// issue 8, finding 1: told "paid", the disk filled up after the pay intent (the pay result and
// the close are lost); recovery past the deadline asks the provider and closes paid — the
// sale is never reversed.
#[tokio::test]
async fn a_sale_told_paid_whose_journal_filled_up_is_recovered_paid_not_reversed() {
    let provider_knows = Fake::new(vec![], vec![Ok(view(Classification::Success))], None);
    let (journal, fake, told) = pay_with_full_disk(
        Fails::AfterPayIntent,
        view(Classification::Success),
        provider_knows,
    )
    .await;
    assert!(matches!(told.outcome, FinalOutcome::Paid(_)), "{told:?}");
    assert!(!told.outcome_recorded);
    let behind = told
        .journal_behind
        .expect("the caller learns the journal is behind");
    assert!(
        behind.contains("pay result") && behind.contains("outcome") && behind.contains("full"),
        "{behind}"
    );
    let (open, steps) = history(&*journal, "T1").await;
    assert_eq!(open.outcome, None);
    assert_eq!(kinds(&steps), vec![(Pay, Phase::Intent)]);

    assert_eq!(recover_later(&journal, &fake).await, (1, 1));
    assert_eq!(
        fake.calls().iter().map(|c| c.0).collect::<Vec<_>>(),
        vec![Pay, Query],
        "queried before any reverse; nothing reversed"
    );
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::Paid));
}

// issue 8, finding 1: the journal holds "pay answered success" but not the close: recovery
// closes it paid from that record, with no call at all.
#[tokio::test]
async fn a_recorded_pay_success_closes_paid_without_a_call() {
    let (journal, fake, told) = pay_with_full_disk(
        Fails::Close,
        view(Classification::Success),
        Fake::new(vec![], vec![], None),
    )
    .await;
    assert!(matches!(told.outcome, FinalOutcome::Paid(_)), "{told:?}");
    assert!(!told.outcome_recorded);
    assert!(told.journal_behind.is_some_and(|b| b.contains("outcome")));

    assert_eq!(recover_later(&journal, &fake).await, (1, 1));
    assert_eq!(
        fake.calls().len(),
        1,
        "only the original pay: {:?}",
        fake.calls()
    );
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::Paid));
    assert_eq!(
        closed.detail.as_deref(),
        Some("42"),
        "the trade id from the record"
    );
}

// issue 8, finding 1: a recorded reverse closes reversed, with no call.
#[tokio::test]
async fn a_recorded_reverse_closes_reversed_without_a_call() {
    let journal = memory();
    interrupted(&*journal, "T1", now_ms() - 600_000).await;
    for phase in [Phase::Intent, Phase::Result] {
        let result = phase == Phase::Result;
        journal
            .step(&StepRecord {
                order_id: "T1".into(),
                step: Reverse,
                phase,
                classification: result.then_some(Classification::Success),
                detail: result.then(|| "state REVOKED (reversed)".into()),
                provider_trade_id: None,
                at_ms: now_ms(),
            })
            .await
            .unwrap();
    }
    let fake = Arc::new(Fake::new(vec![], vec![], None));
    assert_eq!(recover_later(&journal, &fake).await, (0, 1));
    assert!(fake.calls().is_empty(), "{:?}", fake.calls());
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::Reversed));
}

// issue 8, finding 1: told "not paid" (the provider's definite failure), the close is lost;
// recovery closes it failed from that record, with no call — it never ends paid behind the
// cashier's back (even if a later query were to say otherwise).
#[tokio::test]
async fn a_payment_told_failed_whose_close_was_lost_recovers_failed() {
    let provider_says = Fake::new(vec![], vec![Ok(view(Classification::Success))], None);
    let (journal, fake, told) =
        pay_with_full_disk(Fails::Close, view(Classification::Failed), provider_says).await;
    assert!(
        matches!(told.outcome, FinalOutcome::Failed { .. }),
        "{told:?}"
    );
    assert!(told.journal_behind.is_some());
    assert_eq!(recover_later(&journal, &fake).await, (0, 1));
    assert_eq!(fake.calls().len(), 1, "only the pay: {:?}", fake.calls());
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::Failed));
}

// issue 8, finding 3: a signed "paid" for another amount is recorded as not bound, ends needs
// attention, and a recovery that finds it (the close lost) keeps it so, sending nothing.
#[tokio::test]
async fn a_paid_answer_for_another_amount_needs_attention_now_and_after_recovery() {
    let mut hundred = view(Classification::Success);
    hundred.amount = Some(Money::fen(100));
    let (journal, fake, told) =
        pay_with_full_disk(Fails::Close, hundred, Fake::new(vec![], vec![], None)).await;
    let FinalOutcome::NeedsAttention { reason, .. } = &told.outcome else {
        panic!("expected needs attention, got {told:?}");
    };
    assert!(reason.contains("100"), "{reason}");
    let (_, steps) = history(&*journal, "T1").await;
    let recorded = steps[1].detail.as_deref().unwrap_or("");
    assert!(recorded.starts_with(UNBOUND), "{recorded}");

    let (paid, total) = recover_later(&journal, &fake).await;
    assert_eq!((paid, total), (0, 1));
    assert_eq!(fake.calls().len(), 1, "neither queried nor reversed");
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::NeedsAttention));
}

// issue 8, finding 1: a result that could not be written is reported too, although the
// outcome itself was recorded (nothing is left for recovery).
#[tokio::test]
async fn a_lost_result_is_reported_even_when_the_outcome_is_recorded() {
    let (journal, _, told) = pay_with_full_disk(
        Fails::Results,
        view(Classification::Success),
        Fake::new(vec![], vec![], None),
    )
    .await;
    assert!(matches!(told.outcome, FinalOutcome::Paid(_)), "{told:?}");
    assert!(told.outcome_recorded);
    let behind = told.journal_behind.expect("a result was lost");
    assert!(behind.contains("pay result"), "{behind}");
    let (closed, _) = history(&*journal, "T1").await;
    assert_eq!(closed.outcome, Some(OutcomeKind::Paid));
}

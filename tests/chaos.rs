//! Chaos: with faults everywhere, the money must add up.
//!
//! - The chaos engine, in-process, for a few seeds: randomized payments through the journaled
//!   saga against a simulator that loses, delays, breaks and refuses replies; drivers abandoned
//!   mid-flight; recovery; then the journal reconciled against the ledger: no discrepancy.
//! - The reconciliation is real: a journal record closed `failed` for a trade that was charged
//!   is reported.
//! - The faults mean what they say: before processing nothing is charged, after processing the
//!   call took effect, and the same seed picks the same calls.
//! - The money faults (issue #8) are injected and counted, each one; and the reconciliation
//!   catches the wrong outcome each would cause without its protection — fed a fabricated
//!   driver report, journal and ledger, so the checker is tested whatever the protections do.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use payspec::chaos::journal::{failing, failing_closes};
use payspec::chaos::{self, ChaosConfig, DiscrepancyKind, DriverReport, Told};
use payspec::providers::MODULES;

use payspec::sandbox::{
    self, FaultKind, FaultPlan, Faults, MoneyFault, Notifications, Sandbox, Scenario,
};
use payspec_client::transport::{HttpTransport, TransportConfig};
use payspec_client::{Gateway, PayIntent, SpecGateway};
use payspec_core::descriptor::{OperationRole, ProviderModule};
use payspec_core::{Classification, Error, ErrorKind, Money, Redacted, TradeStatus};
use payspec_journal::recording::pay_journaled;
use payspec_journal::recover::recover;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, JournalError, OutcomeKind, PaymentRecord};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

#[test]
fn three_seeds_of_chaos_leave_no_discrepancy() {
    runtime().block_on(async {
        let runs = [11u64, 12, 13].map(|seed| async move {
            let mut config = ChaosConfig::new(100, seed);
            config.faults = config.faults.without_money_faults();
            let report = chaos::run(MODULES, &config).await.expect("chaos run");
            (seed, report)
        });
        let [a, b, c] = runs;
        let (a, b, c) = tokio::join!(a, b, c);
        let mut duplicates = 0;
        for (seed, report) in [a, b, c] {
            let text = report.to_string();
            assert_eq!(report.discrepancies(), 0, "seed {seed}:\n{text}");
            assert!(text.ends_with("discrepancies: 0"), "{text}");
            assert_eq!(report.reconciliation.open(), 0, "{text}");
            let journal: usize = report.reconciliation.journal.values().sum();
            assert_eq!(journal, 100, "every payment is in the journal:\n{text}");
            // The run did meet trouble: faults were injected and some drivers were abandoned.
            assert!(
                report.injected.values().sum::<u64>() > 20,
                "seed {seed}:\n{text}"
            );
            assert!(
                report.driven.get("abandoned").copied().unwrap_or(0) > 0,
                "seed {seed}:\n{text}"
            );
            // Unified orders were notified, each applied once at most (twice would be a
            // discrepancy), through duplicated and held-back deliveries.
            let n = |k: &str| report.notifications.get(k).copied().unwrap_or(0);
            assert!(n("unified_orders") > 0, "seed {seed}:\n{text}");
            assert!(n("applied") <= n("unified_orders"), "seed {seed}:\n{text}");
            duplicates += n("duplicate");
        }
        assert!(duplicates > 0, "some notification arrived more than once");
    });
}

fn gateway(handle: &sandbox::SandboxHandle, module: &'static ProviderModule) -> SpecGateway {
    let creds: BTreeMap<String, String> = handle
        .credentials(module.provider.name)
        .cloned()
        .unwrap_or_default();
    let transport = HttpTransport::new(TransportConfig {
        connect_timeout: Duration::from_millis(500),
        total_timeout: Duration::from_millis(500),
        ..TransportConfig::default()
    })
    .expect("transport");
    SpecGateway::new(
        module,
        Arc::new(creds),
        handle.base_url(module.provider.name),
        Arc::new(transport),
    )
}

fn intent(order_id: &str, scenario: Scenario) -> PayIntent {
    PayIntent {
        order_id: order_id.into(),
        amount: Money::fen(1234),
        auth_code: Redacted::new(scenario.auth_code()),
        subject: "chaos test".into(),
        description: Some("chaos test".into()),
        device_id: Some("T1".into()),
        notify_url: None,
    }
}

fn pooul() -> &'static ProviderModule {
    MODULES
        .iter()
        .copied()
        .find(|m| m.provider.name == "pooul")
        .expect("pooul is compiled in")
}

#[test]
fn the_reconciliation_reports_a_planted_discrepancy() {
    runtime().block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let handle = sandbox::spawn(listener, Sandbox::new(MODULES)).unwrap();
        let module = pooul();
        let gw = gateway(&handle, module);
        // Two trades really charged at the provider…
        for order_id in ["PLANTED1", "HONEST1"] {
            let view = gw.pay(&intent(order_id, Scenario::Success)).await.unwrap();
            assert_eq!(view.classification, Classification::Success);
        }
        // …one journaled truthfully as paid, the other closed `failed`: the planted lie.
        let journal = SqliteJournal::open_in_memory().unwrap();
        for (order_id, outcome) in [
            ("PLANTED1", OutcomeKind::Failed),
            ("HONEST1", OutcomeKind::Paid),
        ] {
            let record = PaymentRecord {
                order_id: order_id.into(),
                provider: "pooul".into(),
                amount_minor: 1234,
                currency: "CNY".into(),
                auth_code_hint: "…0000".into(),
                started_at_ms: 1,
                outcome: None,
                detail: None,
                updated_at_ms: 1,
            };
            journal.open(&record).await.unwrap();
            journal.close(order_id, outcome, None, 2).await.unwrap();
        }
        let records: Vec<PaymentRecord> = journal.list(100).await.unwrap();
        // The ledger as another process reads it: over HTTP.
        let ledger = chaos::fetch_ledger(handle.addr()).await.unwrap();
        assert_eq!(ledger.len(), 2);
        assert!(ledger.iter().all(|t| t.holds_money && t.charged));
        let result = chaos::reconcile(&records, &ledger, &BTreeMap::new());
        assert_eq!(result.discrepancy_count(), 1, "{result}");
        let found = &result.discrepancies[0];
        assert_eq!(found.kind, DiscrepancyKind::HeldButNotPaid);
        assert_eq!(
            (found.provider.as_str(), found.order_id.as_str()),
            ("pooul", "PLANTED1")
        );
        let text = result.to_string();
        assert!(
            text.contains("DISCREPANCY held-but-not-paid: pooul PLANTED1"),
            "{text}"
        );
        assert!(text.ends_with("discrepancies: 1"), "{text}");

        // A notification applied twice is one too.
        let twice = BTreeMap::from([(("pooul".to_owned(), "HONEST1".to_owned()), 2)]);
        let honest: Vec<PaymentRecord> = records
            .into_iter()
            .filter(|r| r.order_id == "HONEST1")
            .collect();
        let result = chaos::reconcile(&honest, &ledger[..0], &twice);
        let kinds: Vec<DiscrepancyKind> = result.discrepancies.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DiscrepancyKind::PaidButNotHeld,
                DiscrepancyKind::NotificationAppliedTwice
            ]
        );
        handle.shutdown().await.unwrap();
    });
}

/// A sandbox where every pay, query and reverse call gets `kind`.
fn always(kind: FaultKind) -> FaultPlan {
    let mut plan = FaultPlan::none(1);
    match kind {
        FaultKind::ReplyLost => plan.reply_lost = 1.0,
        FaultKind::SlowReply => plan.slow_reply = 1.0,
        FaultKind::ServerError => plan.server_error = 1.0,
        FaultKind::Reset => plan.reset = 1.0,
        FaultKind::Malformed => plan.malformed = 1.0,
        FaultKind::BadSignature => plan.bad_signature = 1.0,
    }
    plan
}

#[test]
fn faults_before_processing_charge_nothing_and_after_processing_take_effect() {
    runtime().block_on(async {
        let module = pooul();
        let cases = [
            (FaultKind::ServerError, false),
            (FaultKind::Reset, false),
            (FaultKind::ReplyLost, true),
            (FaultKind::SlowReply, true),
            (FaultKind::Malformed, true),
            (FaultKind::BadSignature, true),
        ];
        for (kind, charged) in cases {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let sandbox = Sandbox::new(MODULES)
                .slow_reply(Duration::from_secs(1))
                .faults(always(kind));
            let log = sandbox.fault_log().unwrap();
            let handle = sandbox::spawn(listener, sandbox).unwrap();
            let gw = gateway(&handle, module);
            let answer = gw.pay(&intent("F1", Scenario::Success)).await;
            let error = answer.expect_err(kind.as_str());
            // No fault may read as "definitely not charged".
            assert_eq!(error.kind(), ErrorKind::Unknown, "{kind:?}: {error}");
            if kind == FaultKind::ServerError {
                assert!(
                    matches!(&error, Error::Transport(e) if e.to_string().contains("503")),
                    "{error}"
                );
            }
            let trade = handle.ledger().trade("pooul", "F1");
            assert_eq!(
                trade
                    .as_ref()
                    .is_some_and(|t| t.status == TradeStatus::Success),
                charged,
                "{kind:?}: {trade:?}"
            );
            // Query and reverse get the fault too.
            assert!(gw.query("F1").await.is_err(), "{kind:?}: query");
            assert!(gw.reverse("F1").await.is_err(), "{kind:?}: reverse");
            let after = handle.ledger().trade("pooul", "F1").map(|t| t.status);
            let expected = charged.then_some(TradeStatus::Reversed);
            assert_eq!(after, expected, "{kind:?}: the reverse took effect or not");
            assert_eq!(log.injected().get(kind.as_str()), Some(&3), "{kind:?}");
            drop(handle);
        }
    });
}

#[test]
fn a_lost_reply_sends_not_one_byte() {
    use std::io::{Read, Write};
    runtime().block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sandbox = Sandbox::new(MODULES).faults(always(FaultKind::ReplyLost));
        let handle = sandbox::spawn(listener, sandbox).unwrap();
        let module = pooul();
        // A signed pay request, as the gateway would send it, captured by a recording transport.
        let recorded = Arc::new(std::sync::Mutex::new(None));
        let gw = SpecGateway::new(
            module,
            Arc::new(handle.credentials("pooul").cloned().unwrap()),
            handle.base_url("pooul"),
            Arc::new(Capture(recorded.clone())),
        );
        let _ = gw.pay(&intent("RAW1", Scenario::Success)).await;
        let call = recorded.lock().unwrap().take().expect("a request");
        let path = call
            .url
            .trim_start_matches(&format!("http://{}", handle.addr()))
            .to_owned();
        let addr = handle.addr();
        let body = call.message.body.clone();
        let raw = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(addr).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut request = format!(
                "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\n",
                body.len()
            );
            for (name, value) in &call.message.headers {
                request.push_str(&format!("{name}: {value}\r\n"));
            }
            request.push_str("\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            stream.write_all(&body).unwrap();
            let mut reply = Vec::new();
            let _ = stream.read_to_end(&mut reply);
            reply
        })
        .await
        .unwrap();
        assert!(
            raw.is_empty(),
            "{:?}",
            String::from_utf8_lossy(&raw[..raw.len().min(200)])
        );
        // …and yet the pay was processed: the money is taken.
        let trade = handle.ledger().trade("pooul", "RAW1").expect("charged");
        assert!(trade.holds_money());
    });
}

/// A transport that records the request and answers nothing.
struct Capture(Arc<std::sync::Mutex<Option<payspec_client::HttpCall>>>);

impl payspec_client::Transport for Capture {
    fn send<'a>(
        &'a self,
        call: payspec_client::HttpCall,
    ) -> payspec_core::BoxFuture<'a, Result<payspec_core::Message, payspec_core::TransportError>>
    {
        *self.0.lock().unwrap() = Some(call);
        Box::pin(async { Err(payspec_core::TransportError::Timeout) })
    }

    // The same for an operation over mutual TLS: recorded, not answered.
    fn send_with_identity<'a>(
        &'a self,
        call: payspec_client::HttpCall,
        _identity: Arc<payspec_client::transport::ClientIdentity>,
    ) -> payspec_core::BoxFuture<'a, Result<payspec_core::Message, payspec_core::TransportError>>
    {
        self.send(call)
    }
}

#[test]
fn the_same_seed_picks_the_same_calls() {
    let decide = |seed: u64| {
        let faults = Faults::new(FaultPlan::chaos(seed));
        let mut picks = Vec::new();
        for order in 0..200 {
            let order_id = format!("O{order}");
            for role in [
                OperationRole::Pay,
                OperationRole::Query,
                OperationRole::Query,
                OperationRole::Reverse,
            ] {
                picks.push(faults.decide("pooul", role, Some(&order_id)));
            }
        }
        picks
    };
    let a = decide(7);
    assert_eq!(a, decide(7));
    assert_ne!(a, decide(8));
    let faulted = a.iter().filter(|f| f.is_some()).count();
    // FaultPlan::chaos: each of six faults at 2–5 %: 12–30 % of 800 calls.
    assert!((80..=260).contains(&faulted), "{faulted}");
    // Other operations (notifications, unified orders) and calls without an order id: none.
    let faults = Faults::new(always(FaultKind::Reset));
    assert_eq!(
        faults.decide("pooul", OperationRole::Notify, Some("X")),
        None
    );
    assert_eq!(faults.decide("pooul", OperationRole::Pay, None), None);
    assert_eq!(
        faults.decide("pooul", OperationRole::Pay, Some("X")),
        Some(FaultKind::Reset)
    );
}

// ---- The money faults (issue #8) ----

/// The goal of issue #8: with the money faults too, the books end clean (the journal policy and
/// notification binding, recovery from evidence, the saga's reply binding, and the simulator's
/// duplicate-order answer read as unknown are what make it so).
#[test]
fn three_seeds_with_the_money_faults_leave_no_discrepancy() {
    runtime().block_on(async {
        for seed in [11u64, 12, 13] {
            let report = chaos::run(MODULES, &ChaosConfig::new(200, seed))
                .await
                .expect("chaos run");
            let text = report.to_string();
            assert_eq!(report.discrepancies(), 0, "seed {seed}:\n{text}");
        }
    });
}

/// A plan with every money fault at a high rate, and no call faults (so that the money faults
/// are what the run meets).
fn money_plan(seed: u64) -> FaultPlan {
    FaultPlan {
        journal_write_failure: 0.1,
        wrong_provider_notification: 0.3,
        other_amount: 0.2,
        other_amount_notification: 0.2,
        second_trade_id: 1.0,
        same_order_two_journals: 0.3,
        ..FaultPlan::none(seed)
    }
}

#[test]
fn every_money_fault_is_injected_counted_and_listed() {
    runtime().block_on(async {
        let mut config = ChaosConfig::new(80, 21);
        config.faults = money_plan(21);
        config.abandon_rate = 0.0;
        config.unified_order_rate = 0.5;
        let report = chaos::run(MODULES, &config).await.expect("chaos run");
        let text = report.to_string();
        for fault in MoneyFault::ALL {
            let n = report.injected.get(fault.as_str()).copied().unwrap_or(0);
            assert!(n > 0, "{} never injected:\n{text}", fault.as_str());
        }
        // Every fault kind and every reconciliation kind is listed with its count, zero or not.
        for kind in payspec::sandbox::fault_kinds() {
            assert!(
                text.contains(&format!("{kind} ")),
                "{kind} not listed:\n{text}"
            );
        }
        for kind in DiscrepancyKind::ALL {
            let line = format!("{} {}", kind.as_str(), report.reconciliation.count_of(kind));
            assert!(text.contains(&line), "{line} not listed:\n{text}");
        }
        // What each driver told is reconciled: one answer per driver that finished (the second
        // till's included).
        let told: usize = report.reconciliation.told.values().sum();
        let d = |k: &str| report.driven.get(k).copied().unwrap_or(0);
        let finished = ["paid", "failed", "reversed", "needs_attention", "refused"]
            .map(d)
            .iter()
            .sum::<usize>();
        assert_eq!(told, finished + d("second_till"), "{text}");
        assert!(
            text.ends_with(&format!("discrepancies: {}", report.discrepancies())),
            "{text}"
        );
        assert_eq!(report.discrepancies(), 0, "{text}");
    });
}

/// A fresh sandbox with `plan`, and a gateway for pooul and one for `other`.
async fn sandbox_with(plan: FaultPlan) -> (sandbox::SandboxHandle, Arc<Faults>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sandbox = Sandbox::new(MODULES).faults(plan);
    let log = sandbox.fault_log().unwrap();
    (sandbox::spawn(listener, sandbox).unwrap(), log)
}

fn record(
    provider: &str,
    order_id: &str,
    amount_minor: i64,
    outcome: Option<OutcomeKind>,
) -> PaymentRecord {
    PaymentRecord {
        order_id: order_id.into(),
        provider: provider.into(),
        amount_minor,
        currency: "CNY".into(),
        auth_code_hint: "…0000".into(),
        started_at_ms: 1,
        outcome,
        detail: None,
        updated_at_ms: 1,
    }
}

fn told(driver: &'static str, provider: &str, order_id: &str, told: Told) -> DriverReport {
    DriverReport {
        driver,
        provider: provider.into(),
        order_id: order_id.into(),
        amount_minor: 1234,
        currency: "CNY".into(),
        told,
        journaled: driver == "till 1",
    }
}

fn kinds(r: &chaos::Reconciliation) -> Vec<DiscrepancyKind> {
    r.discrepancies.iter().map(|d| d.kind).collect()
}

fn fast_policy(module: &ProviderModule) -> payspec_core::descriptor::PollPolicy {
    module.provider.poll.compressed(20)
}

#[test]
fn a_failed_journal_close_leaves_the_journal_behind_and_a_later_reverse_is_caught() {
    runtime().block_on(async {
        let (handle, _) = sandbox_with(FaultPlan::none(3)).await;
        let module = pooul();
        let faults = Arc::new(Faults::new(FaultPlan {
            journal_write_failure: 1.0,
            ..FaultPlan::none(3)
        }));
        let real: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        // The record opens (opening is never failed); its pay intent cannot be written, so the
        // pay is not sent: the caller is told so.
        let failing = Arc::new(failing(Arc::clone(&real), Arc::clone(&faults)));
        let gw: Arc<dyn Gateway> = Arc::new(gateway(&handle, module));
        let answer = pay_journaled(
            Arc::clone(&gw),
            failing,
            &intent("J1", Scenario::Success),
            &fast_policy(module),
            &mut |_| {},
        )
        .await;
        assert!(matches!(answer, Err(JournalError::Store(_))), "{answer:?}");
        assert!(
            handle.ledger().trade("pooul", "J1").is_none(),
            "nothing sent"
        );
        let n = faults.injected()[MoneyFault::JournalWrite.as_str()];
        assert!(n >= 1, "{n}");
        // Only the close fails: the caller is told paid while the journal still has it open.
        let closes = Arc::new(failing_closes(Arc::clone(&real), Arc::clone(&faults)));
        let outcome = pay_journaled(
            Arc::clone(&gw),
            closes,
            &intent("J2", Scenario::Success),
            &fast_policy(module),
            &mut |_| {},
        )
        .await
        .expect("sent");
        assert_eq!(outcome.outcome.as_str(), "paid");
        assert!(
            outcome.journal_behind.is_some(),
            "the caller hears the journal is behind"
        );
        let (open, _) = real.get("J2").await.unwrap().unwrap();
        assert_eq!(open.outcome, None, "the close was not written");
        assert!(faults.injected()[MoneyFault::JournalWrite.as_str()] > n);
        // Recovery, past the lease and the deadline, on the real journal: the same outcome.
        let gateways = |_: &str| Some(Arc::clone(&gw));
        let later = payspec_journal::recording::now_ms() + 3_600_000;
        let policy = |_: &str| fast_policy(module);
        recover(Arc::clone(&real), &gateways, "test-recover", later, &policy)
            .await
            .unwrap();
        let (recovered, _) = real.get("J2").await.unwrap().unwrap();
        assert_eq!(recovered.outcome, Some(OutcomeKind::Paid), "{recovered:?}");
        assert!(handle.ledger().trade("pooul", "J2").unwrap().holds_money());
        // Without that protection the sale is reversed: the books say so.
        let view = gateway(&handle, module).reverse("J2").await.unwrap();
        assert_eq!(view.classification, Classification::Success);
        let ledger = chaos::fetch_ledger(handle.addr()).await.unwrap();
        let reversed = record("pooul", "J2", 1234, Some(OutcomeKind::Reversed));
        let r = chaos::reconcile_told(
            &[reversed],
            &ledger,
            &BTreeMap::new(),
            &[told("till 1", "pooul", "J2", Told::Paid)],
        );
        assert_eq!(
            kinds(&r),
            [
                DiscrepancyKind::ToldPaidButNotHeld,
                DiscrepancyKind::JournalNotAsTold
            ],
            "{r}"
        );
        assert!(
            r.to_string().contains(
                "DISCREPANCY told-paid-but-not-held: pooul J2 — merchant: till 1 told paid"
            ),
            "{r}"
        );
        handle.shutdown().await.unwrap();
    });
}

/// The merchant's notification rig over `journal`, and its forger with `plan`.
async fn rig(
    handle: &sandbox::SandboxHandle,
    journal: Arc<dyn Journal>,
    plan: FaultPlan,
) -> (
    chaos::notifications::Rig,
    chaos::notifications::Forger,
    Arc<Faults>,
) {
    let faults = Arc::new(Faults::new(plan));
    let rig = chaos::notifications::Rig::start(
        MODULES,
        handle,
        journal,
        Arc::clone(&faults),
        Duration::from_millis(200),
    )
    .await
    .unwrap();
    let transport = Arc::new(HttpTransport::new(TransportConfig::default()).unwrap());
    let forger = rig.forger(MODULES, handle, Arc::clone(&faults), transport);
    (rig, forger, faults)
}

/// Every answer the merchant's journal gave to the notifications of `key`.
fn answers(rig: &chaos::notifications::Rig, provider: &str, order_id: &str) -> usize {
    rig.applied()
        .get(&(provider.to_owned(), order_id.to_owned()))
        .map_or(0, |a| {
            a.applied + a.duplicate + a.conflict + a.unknown_trade
        })
}

#[test]
fn another_providers_notification_is_delivered_signed_and_caught_if_applied() {
    runtime().block_on(async {
        let (handle, _) = sandbox_with(FaultPlan::none(4)).await;
        let journal: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        journal
            .open(&record("bjrcb", "W1", 1234, None))
            .await
            .unwrap();
        let plan = FaultPlan {
            wrong_provider_notification: 1.0,
            ..FaultPlan::none(4)
        };
        let (rig, forger, faults) = rig(&handle, Arc::clone(&journal), plan).await;
        // Pooul notifies BJRCB's open payment W1 paid, signed with Pooul's key.
        assert!(forger.wrong_provider("bjrcb", "W1", Money::fen(1234)).await);
        assert_eq!(
            faults.injected()[MoneyFault::WrongProvider.as_str()],
            1,
            "{:?}",
            faults.injected()
        );
        // It passed the handler's signature check and reached the journal.
        assert_eq!(answers(&rig, "pooul", "W1"), 1, "{:?}", rig.applied());
        // Applied to BJRCB's payment (no protection), it is a discrepancy, the ledger aside.
        let records = [record("bjrcb", "W1", 1234, Some(OutcomeKind::Paid))];
        let applied = BTreeMap::from([(("pooul".to_owned(), "W1".to_owned()), 1)]);
        let ledger = [chaos::LedgerEntry {
            provider: "bjrcb".into(),
            order_id: "W1".into(),
            status: "success".into(),
            amount_minor: Some(1234),
            currency: Some("CNY".into()),
            holds_money: true,
            reversed: false,
            charged: true,
        }];
        let r = chaos::reconcile(&records, &ledger, &applied);
        assert_eq!(
            kinds(&r),
            [DiscrepancyKind::NotificationOtherProvider],
            "{r}"
        );
        // No provider notifies for itself through this fault.
        assert!(!forger.wrong_provider("pooul", "W2", Money::fen(1)).await || MODULES.len() > 1);
        handle.shutdown().await.unwrap();
    });
}

#[test]
fn a_second_trade_id_for_a_paid_order_is_delivered_and_caught_if_applied() {
    runtime().block_on(async {
        let (handle, _) = sandbox_with(FaultPlan::none(5)).await;
        let journal: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        journal
            .open(&record("pooul", "T1", 1234, None))
            .await
            .unwrap();
        journal
            .close("T1", OutcomeKind::Paid, Some("first trade"), 2)
            .await
            .unwrap();
        let plan = FaultPlan {
            second_trade_id: 1.0,
            ..FaultPlan::none(5)
        };
        let (rig, forger, faults) = rig(&handle, Arc::clone(&journal), plan).await;
        assert!(
            forger
                .second_trade_id("pooul", "T1", Money::fen(1234))
                .await
        );
        assert_eq!(faults.injected()[MoneyFault::SecondTradeId.as_str()], 1);
        assert_eq!(answers(&rig, "pooul", "T1"), 1, "{:?}", rig.applied());
        // A provider without notifications sends none.
        assert!(
            !forger
                .second_trade_id("bjrcb", "T1", Money::fen(1234))
                .await
        );
        // The first notification and this one both applied: a double charge nobody saw.
        let records = [record("pooul", "T1", 1234, Some(OutcomeKind::Paid))];
        let twice = BTreeMap::from([(("pooul".to_owned(), "T1".to_owned()), 2)]);
        let r = chaos::reconcile(&records, &[], &twice);
        assert!(
            kinds(&r).contains(&DiscrepancyKind::NotificationAppliedTwice),
            "{r}"
        );
        handle.shutdown().await.unwrap();
    });
}

#[test]
fn another_amount_is_charged_stated_signed_and_caught() {
    runtime().block_on(async {
        let plan = FaultPlan {
            other_amount: 1.0,
            ..FaultPlan::none(6)
        };
        let (handle, log) = sandbox_with(plan).await;
        let gw = gateway(&handle, pooul());
        // The reply verifies (signed by the spec's rule) and states what was charged.
        let answer = gw.pay(&intent("A1", Scenario::Success)).await;
        let trade = handle.ledger().trade("pooul", "A1").expect("charged");
        let charged = trade.amount.as_ref().and_then(|a| a.money).expect("amount");
        assert_ne!(charged, Money::fen(1234), "another amount");
        assert!(
            charged.minor() == 123_400 || charged.minor() == -1,
            "{charged:?}"
        );
        if let Ok(view) = &answer {
            assert_eq!(view.amount, Some(charged), "{view:?}");
        }
        assert_eq!(log.injected()[MoneyFault::OtherAmountReply.as_str()], 1);
        // Told and journaled paid for the amount asked: both comparisons catch it.
        let ledger = chaos::fetch_ledger(handle.addr()).await.unwrap();
        let r = chaos::reconcile_told(
            &[record("pooul", "A1", 1234, Some(OutcomeKind::Paid))],
            &ledger,
            &BTreeMap::new(),
            &[told("till 1", "pooul", "A1", Told::Paid)],
        );
        assert_eq!(
            kinds(&r),
            [
                DiscrepancyKind::AmountMismatch,
                DiscrepancyKind::ToldPaidOtherAmount
            ],
            "{r}"
        );
        // Needs attention (the protection) is no discrepancy.
        let r = chaos::reconcile_told(
            &[record(
                "pooul",
                "A1",
                1234,
                Some(OutcomeKind::NeedsAttention),
            )],
            &ledger,
            &BTreeMap::new(),
            &[told("till 1", "pooul", "A1", Told::NeedsAttention)],
        );
        assert_eq!(r.discrepancy_count(), 0, "{r}");
        handle.shutdown().await.unwrap();
    });
}

#[test]
fn the_same_order_paid_from_two_journals_is_caught_if_told_failed() {
    runtime().block_on(async {
        let (handle, _) = sandbox_with(FaultPlan::none(7)).await;
        let module = pooul();
        let gw: Arc<dyn Gateway> = Arc::new(gateway(&handle, module));
        let policy = fast_policy(module);
        let till = |journal: SqliteJournal| Arc::new(journal) as Arc<dyn Journal>;
        let first = pay_journaled(
            Arc::clone(&gw),
            till(SqliteJournal::open_in_memory().unwrap()),
            &intent("D1", Scenario::Success),
            &policy,
            &mut |_| {},
        )
        .await
        .unwrap();
        assert_eq!(first.outcome.as_str(), "paid");
        // The second till has its own journal: nothing stops it sending the pay again.
        let second = pay_journaled(
            gw,
            till(SqliteJournal::open_in_memory().unwrap()),
            &intent("D1", Scenario::Success),
            &policy,
            &mut |_| {},
        )
        .await
        .expect("sent");
        let trade = handle.ledger().trade("pooul", "D1").unwrap();
        assert!(trade.holds_money(), "charged once: {trade:?}");
        let second = match second.outcome.as_str() {
            "paid" => Told::Paid,
            "failed" => Told::Failed,
            "reversed" => Told::Reversed,
            _ => Told::NeedsAttention,
        };
        let ledger = chaos::fetch_ledger(handle.addr()).await.unwrap();
        let reports = [
            told("till 1", "pooul", "D1", Told::Paid),
            told("till 2", "pooul", "D1", second),
        ];
        let r = chaos::reconcile_told(&[], &ledger, &BTreeMap::new(), &reports);
        // Whatever the second till said, a "failed" for money held (finding 8) or a reverse of
        // the first's sale is caught; "paid" or "needs attention" with the money held is not
        // wrong.
        let caught = kinds(&r);
        match second {
            Told::Failed | Told::Reversed if trade.holds_money() => {
                assert!(
                    caught.contains(&DiscrepancyKind::ToldFailedButCharged),
                    "{r}"
                )
            }
            _ => assert!(
                !caught.contains(&DiscrepancyKind::ToldPaidButNotHeld),
                "{r}"
            ),
        }
        // The checker itself: the second till told failed while the money is held.
        let r = chaos::reconcile_told(
            &[],
            &ledger,
            &BTreeMap::new(),
            &[told("till 2", "pooul", "D1", Told::Failed)],
        );
        assert!(
            kinds(&r).contains(&DiscrepancyKind::ToldFailedButCharged),
            "{r}"
        );
        handle.shutdown().await.unwrap();
    });
}

#[test]
fn the_checker_compares_what_was_told_with_the_ledger() {
    let entry = |order_id: &str, status: &str, holds: bool, charged: bool| chaos::LedgerEntry {
        provider: "pooul".into(),
        order_id: order_id.into(),
        status: status.into(),
        amount_minor: Some(1234),
        currency: Some("CNY".into()),
        holds_money: holds,
        reversed: status == "reversed",
        charged,
    };
    let ledger = [
        entry("P1", "reversed", false, true),
        entry("P2", "success", true, true),
        entry("F1", "success", true, true),
        entry("F2", "failed", false, false),
        entry("N1", "success", true, true),
    ];
    // The journal agrees with the ledger everywhere: only the drivers' reports disagree.
    let journal = [
        record("pooul", "P1", 1234, Some(OutcomeKind::Reversed)),
        record("pooul", "P2", 1234, Some(OutcomeKind::Paid)),
        record("pooul", "F1", 1234, Some(OutcomeKind::Paid)),
        record("pooul", "F2", 1234, Some(OutcomeKind::Failed)),
        record("pooul", "N1", 1234, Some(OutcomeKind::Paid)),
    ];
    let reports = [
        told("till 1", "pooul", "P1", Told::Paid),
        told("till 1", "pooul", "P2", Told::Paid),
        told("till 1", "pooul", "F1", Told::Failed),
        told("till 1", "pooul", "F2", Told::Failed),
        told("till 1", "pooul", "N1", Told::NeedsAttention),
        told("till 1", "pooul", "X1", Told::NotSent),
    ];
    let r = chaos::reconcile(&journal, &ledger, &BTreeMap::new());
    assert_eq!(r.discrepancy_count(), 0, "journal and ledger agree:\n{r}");
    let r = chaos::reconcile_told(&journal, &ledger, &BTreeMap::new(), &reports);
    let found: Vec<(DiscrepancyKind, &str)> = r
        .discrepancies
        .iter()
        .map(|d| (d.kind, d.order_id.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (DiscrepancyKind::ToldPaidButNotHeld, "P1"),
            (DiscrepancyKind::JournalNotAsTold, "P1"),
            (DiscrepancyKind::ToldFailedButCharged, "F1"),
            (DiscrepancyKind::JournalNotAsTold, "F1"),
        ],
        "{r}"
    );
    assert_eq!(r.told.get("paid"), Some(&2));
    assert!(r.to_string().ends_with("discrepancies: 4"), "{r}");
    // A recovery that does not reach what the caller was told is caught even when no money is
    // wrong (told paid, the money held, the journal closed needs attention); a second till's
    // report is not held against the first till's journal.
    let journal = [record(
        "pooul",
        "P2",
        1234,
        Some(OutcomeKind::NeedsAttention),
    )];
    let mut second = told("till 2", "pooul", "P2", Told::Failed);
    second.journaled = false;
    let reports = [told("till 1", "pooul", "P2", Told::Paid), second];
    let p2 = &ledger[1..2];
    let r = chaos::reconcile_told(&journal, p2, &BTreeMap::new(), &reports);
    assert_eq!(
        kinds(&r),
        [
            DiscrepancyKind::JournalNotAsTold,
            DiscrepancyKind::ToldFailedButCharged
        ],
        "{r}"
    );
    assert!(
        r.to_string().contains(
            "DISCREPANCY journal-not-as-told: pooul P2 — merchant: till 1 told paid, the journal \
             says needs_attention"
        ),
        "{r}"
    );
}

#[test]
fn the_same_seed_strikes_the_same_money_faults() {
    let decide = |seed: u64| {
        let faults = Faults::new(FaultPlan::chaos(seed));
        let mut picks = Vec::new();
        for order in 0..500 {
            let order_id = format!("O{order}");
            for fault in MoneyFault::ALL {
                picks.push(faults.strikes(fault, &["pooul", &order_id]));
            }
            // A key asked again gets a decision of its own (a second write of the same kind).
            picks.push(faults.strikes(MoneyFault::JournalWrite, &["pooul", &order_id]));
        }
        (picks, faults.injected())
    };
    let (a, counted) = decide(7);
    assert_eq!(a, decide(7).0);
    assert_ne!(a, decide(8).0);
    // Every strike is counted under its kind.
    let strikes = a.iter().filter(|s| **s).count() as u64;
    assert_eq!(counted.values().sum::<u64>(), strikes, "{counted:?}");
    // FaultPlan::chaos: 2 % of 1000 journal writes, 3 % of 500 payments for most kinds.
    let journal = counted
        .get(MoneyFault::JournalWrite.as_str())
        .copied()
        .unwrap_or(0);
    assert!((5..=45).contains(&journal), "{counted:?}");
    // Without money faults nothing strikes.
    let none = Faults::new(FaultPlan::chaos(7).without_money_faults());
    assert!(MoneyFault::ALL
        .iter()
        .all(|f| !none.strikes(*f, &["pooul", "O1"])));
    assert!(none.injected().is_empty());
}

#[test]
fn a_notification_of_another_amount_is_delivered_signed_and_caught_if_applied() {
    runtime().block_on(async {
        let plan = FaultPlan {
            other_amount_notification: 1.0,
            ..FaultPlan::none(8)
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sandbox = Sandbox::new(MODULES)
            .faults(plan)
            .notifications(Notifications::default().compressed(Duration::from_millis(20)));
        let log = sandbox.fault_log().unwrap();
        let handle = sandbox::spawn(listener, sandbox).unwrap();
        let journal: Arc<dyn Journal> = Arc::new(SqliteJournal::open_in_memory().unwrap());
        let (rig, _, _) = rig(&handle, Arc::clone(&journal), FaultPlan::none(8)).await;
        let module = pooul();
        let mut order = intent("N1", Scenario::Success);
        order.notify_url = rig.notify_url(module, "N1");
        let creds = handle.credentials("pooul").cloned().unwrap();
        let transport = HttpTransport::new(TransportConfig::default()).unwrap();
        let base_url = handle.base_url("pooul");
        chaos::notifications::place_order(module, &creds, &base_url, &transport, &*journal, &order)
            .await
            .expect("ordered");
        assert_eq!(
            log.injected()[MoneyFault::OtherAmountNotification.as_str()],
            1
        );
        // The customer pays another amount; the signed notification says so and reaches the
        // journal (whatever the journal answers).
        for _ in 0..400 {
            if answers(&rig, "pooul", "N1") > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        assert!(
            answers(&rig, "pooul", "N1") > 0,
            "{:?}",
            handle.deliveries().all()
        );
        let trade = handle.ledger().trade("pooul", "N1").unwrap();
        let paid = trade.amount.as_ref().and_then(|a| a.money).unwrap();
        assert!(paid.minor() == 123_400 || paid.minor() == -1, "{paid:?}");
        // Closed paid for the amount asked (no protection), the books say so.
        let ledger = chaos::fetch_ledger(handle.addr()).await.unwrap();
        let paid_record = record("pooul", "N1", 1234, Some(OutcomeKind::Paid));
        let r = chaos::reconcile(&[paid_record], &ledger, &BTreeMap::new());
        assert_eq!(kinds(&r), [DiscrepancyKind::AmountMismatch], "{r}");
        // What the journal did with it: never paid for 12.34.
        let (now, _) = journal.get("N1").await.unwrap().unwrap();
        assert_ne!(now.outcome, Some(OutcomeKind::Paid), "{now:?}");
        handle.shutdown().await.unwrap();
    });
}

//! Chaos: with faults everywhere, the money must add up.
//!
//! - The chaos engine, in-process, for a few seeds: randomized payments through the journaled
//!   saga against a simulator that loses, delays, breaks and refuses replies; drivers abandoned
//!   mid-flight; recovery; then the journal reconciled against the ledger: no discrepancy.
//! - The reconciliation is real: a journal record closed `failed` for a trade that was charged
//!   is reported.
//! - The faults mean what they say: before processing nothing is charged, after processing the
//!   call took effect, and the same seed picks the same calls.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use payspec::chaos::{self, ChaosConfig, DiscrepancyKind};
use payspec::providers::MODULES;
use payspec::sandbox::{self, FaultKind, FaultPlan, Faults, Sandbox, Scenario};
use payspec_runtime::descriptor::{OperationRole, ProviderModule};
use payspec_runtime::journal::sqlite::SqliteJournal;
use payspec_runtime::journal::{Journal, OutcomeKind, PaymentRecord};
use payspec_runtime::transport::{ReqwestTransport, TransportConfig};
use payspec_runtime::{
    Classification, Error, ErrorKind, Gateway, Money, PayIntent, Redacted, SpecGateway, TradeStatus,
};

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
            let report = chaos::run(MODULES, &ChaosConfig::new(100, seed))
                .await
                .expect("chaos run");
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
    let transport = ReqwestTransport::new(TransportConfig {
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
struct Capture(Arc<std::sync::Mutex<Option<payspec_runtime::HttpCall>>>);

impl payspec_runtime::Transport for Capture {
    fn send<'a>(
        &'a self,
        call: payspec_runtime::HttpCall,
    ) -> payspec_runtime::BoxFuture<
        'a,
        Result<payspec_runtime::Message, payspec_runtime::TransportError>,
    > {
        *self.0.lock().unwrap() = Some(call);
        Box::pin(async { Err(payspec_runtime::TransportError::Timeout) })
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

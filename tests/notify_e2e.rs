//! Asynchronous notifications over real loopback HTTP: the merchant's handler
//! (`payspec::notify::router`) on the SQLite journal, fed by hand-made notifications and by the
//! sandbox (a unified order the simulated customer pays, its notification delivered on the
//! provider's schedule, compressed). Every server binds 127.0.0.1:0 and stops at the end of its
//! test.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::Router;
use payspec::notify::{self, NotifySettings, SharedCredentials};
use payspec::providers::MODULES;
use payspec::sandbox::notify::{
    encode_notification, encode_notification_with_status, notify_operation,
};
use payspec::sandbox::{self, Notifications, Sandbox};
use payspec_client::transport::{
    HttpCall, HttpTransport, Transport, TransportConfig, TransportError,
};
use payspec_core::codec::{self, EncodeContext, EnvelopeStatus, Message};
use payspec_core::descriptor::{OperationRole, ProviderModule};
use payspec_core::json::{Json, Object};
use payspec_core::{Classification, TradeStatus};
use payspec_journal::intercept::{Intercepted, Interceptor, Write};
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{
    Journal, JournalError, Notification, NotificationApplied, OutcomeKind, PaymentRecord,
};
use serde_json::{json, Map, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

const KEY: &str = "notify-test-signing-key-0123456789";

fn module(name: &str) -> &'static ProviderModule {
    MODULES
        .iter()
        .copied()
        .find(|m| m.provider.name == name)
        .expect("provider compiled in")
}

fn pooul() -> &'static ProviderModule {
    module("pooul")
}

fn creds() -> BTreeMap<String, String> {
    let mut creds: BTreeMap<String, String> = pooul()
        .config
        .iter()
        .map(|c| (c.key.to_owned(), sandbox::default_credential(c.key)))
        .collect();
    creds.insert("key".into(), KEY.into());
    creds
}

fn creds_by_provider() -> BTreeMap<String, SharedCredentials> {
    let shared: SharedCredentials = Arc::new(creds());
    [("pooul".to_owned(), shared)].into()
}

fn now_ms() -> i64 {
    payspec_journal::recording::now_ms()
}

// ---- logs: one global subscriber, so the test can check what was written ----

#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logs() -> &'static Logs {
    static LOGS: OnceLock<Logs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Logs::default();
        let writer = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_max_level(tracing::Level::DEBUG)
            .with_writer(move || writer.clone())
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        logs
    })
}

fn log_text() -> String {
    String::from_utf8_lossy(&logs().0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
}

// ---- the journal, and wrappers that count or fail ----

/// The SQLite journal in memory, behind a [`Counter`].
type Tally = Intercepted<Counter>;

/// Keeps what every `apply_notification` answered; fails the first `fail_first` of them (a store
/// error) when asked to.
#[derive(Default)]
struct Counter {
    answers: Mutex<Vec<NotificationApplied>>,
    calls: AtomicUsize,
    fail_first: usize,
}

impl Interceptor for Counter {
    fn before(&self, write: Write<'_>) -> Result<(), JournalError> {
        if matches!(write, Write::Notification(_))
            && self.calls.fetch_add(1, Ordering::SeqCst) < self.fail_first
        {
            return Err(JournalError::Store("injected: disk unavailable".into()));
        }
        Ok(())
    }

    fn answered(&self, _: &Notification, answer: &Result<NotificationApplied, JournalError>) {
        if let Ok(applied) = answer {
            self.answers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(*applied);
        }
    }
}

fn tally() -> Arc<Tally> {
    tally_failing(0)
}

fn tally_failing(fail_first: usize) -> Arc<Tally> {
    let store: Arc<dyn Journal> =
        Arc::new(SqliteJournal::open_in_memory().expect("sqlite in memory"));
    Arc::new(Intercepted::new(
        store,
        Counter {
            fail_first,
            ..Counter::default()
        },
    ))
}

/// What the tests read off the counted journal.
trait Tallied {
    fn answers(&self) -> Vec<NotificationApplied>;
    fn count(&self, which: NotificationApplied) -> usize {
        self.answers().iter().filter(|a| **a == which).count()
    }
    fn calls(&self) -> usize;
}

impl Tallied for Tally {
    fn answers(&self) -> Vec<NotificationApplied> {
        self.interceptor()
            .answers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn calls(&self) -> usize {
        self.interceptor().calls.load(Ordering::SeqCst)
    }
}

async fn payment(journal: &Tally, order_id: &str) -> Option<PaymentRecord> {
    journal
        .get(order_id)
        .await
        .expect("journal get")
        .map(|(record, _)| record)
}

async fn open_payment(journal: &Tally, order_id: &str) -> PaymentRecord {
    open_payment_of(journal, order_id, "pooul").await
}

/// An open payment of 12.34 CNY with `provider`.
async fn open_payment_of(journal: &Tally, order_id: &str, provider: &str) -> PaymentRecord {
    let now = now_ms();
    let record = PaymentRecord {
        order_id: order_id.to_owned(),
        provider: provider.into(),
        amount_minor: 1234,
        currency: "CNY".into(),
        auth_code_hint: String::new(),
        started_at_ms: now,
        outcome: None,
        detail: None,
        updated_at_ms: now,
    };
    journal.open(&record).await.expect("journal open");
    payment(journal, order_id).await.expect("just opened")
}

// ---- servers ----

/// A server on 127.0.0.1:0 that stops when dropped.
struct Served {
    addr: SocketAddr,
    _stop: oneshot::Sender<()>,
}

async fn serve(router: Router) -> Served {
    let _ = logs();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        let _ = axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await;
    });
    Served { addr, _stop: stop }
}

fn handler(journal: Arc<Tally>, settings: NotifySettings) -> Router {
    notify::router(MODULES, creds_by_provider(), journal, settings)
}

fn notify_url(addr: SocketAddr) -> String {
    format!(
        "http://{addr}{}",
        notify::path_of(pooul()).expect("pooul has a notification")
    )
}

fn transport() -> HttpTransport {
    HttpTransport::new(TransportConfig {
        connect_timeout: Duration::from_secs(2),
        total_timeout: Duration::from_secs(5),
        max_body_bytes: 64 * 1024,
    })
    .expect("transport")
}

/// POSTs a message; the HTTP status and the body as text.
async fn post(transport: &HttpTransport, url: &str, message: Message) -> (u16, String) {
    let call = HttpCall {
        provider: "pooul",
        operation: "notify",
        method: "POST",
        url: url.to_owned(),
        message,
    };
    match transport.send(call).await {
        Ok(reply) => (200, String::from_utf8_lossy(&reply.body).into_owned()),
        Err(TransportError::Status { code, body }) => {
            (code, String::from_utf8_lossy(&body).into_owned())
        }
        Err(other) => panic!("no answer: {other}"),
    }
}

// ---- notifications made by hand ----

fn paid_content(order_id: &str, trade_id: Option<&str>) -> Object {
    let mut content = json!({
        "merchant_id": sandbox::default_credential("merchant_id"),
        "nonce_str": "a1b2c3d4e5f6",
        "pay_type": "alipay.jsapi",
        "mch_trade_id": order_id,
        "out_trade_id": "2088000000000001",
        "total_fee": 1234,
        "time_end": 1_700_000_000,
        "trade_state": 0,
    });
    if let Some(trade_id) = trade_id {
        content["trade_id"] = Value::String(trade_id.to_owned());
    }
    match Json::from(content) {
        Json::Object(map) => map,
        _ => unreachable!(),
    }
}

fn signed(content: &Object) -> Message {
    let op = notify_operation(pooul()).expect("pooul notify");
    encode_notification(pooul(), op, content, &creds()).expect("encode notification")
}

/// The same message with the first hex digit of its `sign` changed.
fn tampered(message: &Message) -> Message {
    let body = String::from_utf8(message.body.clone()).expect("utf-8");
    let doc: Value = serde_json::from_str(&body).expect("json");
    let sign = doc["sign"].as_str().expect("sign").to_owned();
    let first = if sign.starts_with('0') { "1" } else { "0" };
    let wrong = format!("{first}{}", &sign[1..]);
    Message {
        body: body
            .replacen(&format!("\"{sign}\""), &format!("\"{wrong}\""), 1)
            .into_bytes(),
        headers: message.headers.clone(),
    }
}

// ---- the handler ----

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_notification_closes_the_payment_once_and_a_repeat_changes_nothing() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nv1").await;

    let message = signed(&paid_content("nv1", Some("20240000000000000001")));
    assert_eq!(
        post(&transport, &url, message.clone()).await,
        (200, "success".into())
    );
    let paid = payment(&journal, "nv1").await.expect("payment");
    assert_eq!(paid.outcome, Some(OutcomeKind::Paid));
    assert_eq!(journal.answers(), [NotificationApplied::Applied]);

    assert_eq!(
        post(&transport, &url, message).await,
        (200, "success".into())
    );
    assert_eq!(
        journal.answers(),
        [NotificationApplied::Applied, NotificationApplied::Duplicate]
    );
    assert_eq!(
        payment(&journal, "nv1").await,
        Some(paid),
        "nothing changed"
    );

    let logs = log_text();
    assert!(logs.contains("nv1"), "the span names the order");
    assert!(!logs.contains(KEY), "a key was logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twenty_concurrent_copies_apply_exactly_once() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nc1").await;
    let message = signed(&paid_content("nc1", Some("20240000000000000002")));

    let mut copies = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (transport, url, message) = (transport.clone(), url.clone(), message.clone());
        copies.spawn(async move { post(&transport, &url, message).await });
    }
    while let Some(answer) = copies.join_next().await {
        assert_eq!(answer.expect("copy"), (200, "success".into()));
    }
    assert_eq!(journal.answers().len(), 20);
    assert_eq!(journal.count(NotificationApplied::Applied), 1);
    assert_eq!(journal.count(NotificationApplied::Duplicate), 19);
    let payment = payment(&journal, "nc1").await.expect("payment");
    assert_eq!(payment.outcome, Some(OutcomeKind::Paid));
}

#[tokio::test]
async fn a_bad_signature_or_a_malformed_body_is_400_without_ack_and_changes_nothing() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    let open = open_payment(&journal, "nb1").await;
    let message = signed(&paid_content("nb1", Some("20240000000000000003")));

    let (status, reason) = post(&transport, &url, tampered(&message)).await;
    assert_eq!(status, 400);
    assert!(reason.contains("signature"), "{reason}");
    assert_ne!(reason, "success");

    // Signed with another key.
    let mut other = creds();
    other.insert("key".into(), "someone-else".into());
    let op = notify_operation(pooul()).expect("notify");
    let forged =
        encode_notification(pooul(), op, &paid_content("nb1", Some("x")), &other).expect("encode");
    assert_eq!(post(&transport, &url, forged).await.0, 400);

    for body in [&b"{not json"[..], b"[]", b""] {
        let malformed = Message {
            body: body.to_vec(),
            headers: Vec::new(),
        };
        let (status, reason) = post(&transport, &url, malformed).await;
        assert_eq!(status, 400, "{reason}");
    }

    assert_eq!(journal.calls(), 0, "the journal was not called");
    assert_eq!(payment(&journal, "nb1").await, Some(open), "unchanged");
    // The genuine one still applies afterwards: nothing was consumed.
    assert_eq!(
        post(&transport, &url, message).await,
        (200, "success".into())
    );
    assert_eq!(journal.answers(), [NotificationApplied::Applied]);
}

#[tokio::test]
async fn an_unknown_order_is_404_fail_and_nothing_is_recorded() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    let message = signed(&paid_content("nu1", Some("20240000000000000004")));

    assert_eq!(
        post(&transport, &url, message.clone()).await,
        (404, "fail".into())
    );
    assert_eq!(journal.answers(), [NotificationApplied::UnknownTrade]);
    assert_eq!(payment(&journal, "nu1").await, None);
    assert!(journal.list(10).await.expect("list").is_empty());

    // The order lands later (the merchant's own write was slower): the provider's retry of the
    // same notification now applies, since nothing was kept the first time.
    open_payment(&journal, "nu1").await;
    assert_eq!(
        post(&transport, &url, message).await,
        (200, "success".into())
    );
    assert_eq!(
        journal.answers(),
        [
            NotificationApplied::UnknownTrade,
            NotificationApplied::Applied
        ]
    );
}

#[tokio::test]
async fn an_oversized_body_is_413_and_changes_nothing() {
    let journal = tally();
    let settings = NotifySettings {
        body_limit: 1024,
        ..NotifySettings::default()
    };
    let server = serve(handler(journal.clone(), settings)).await;
    let url = notify_url(server.addr);
    let transport = transport();
    let open = open_payment(&journal, "no1").await;

    let mut content = paid_content("no1", Some("20240000000000000005"));
    content.insert("attach".into(), Json::String("x".repeat(4096)));
    let (status, _) = post(&transport, &url, signed(&content)).await;
    assert_eq!(status, 413);
    assert_eq!(journal.calls(), 0);
    assert_eq!(payment(&journal, "no1").await, Some(open));
}

#[tokio::test]
async fn paid_after_reversed_is_acknowledged_as_a_conflict_and_the_outcome_is_kept() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nr1").await;
    journal
        .close(
            "nr1",
            OutcomeKind::Reversed,
            Some("reversed at the deadline"),
            now_ms(),
        )
        .await
        .expect("close");

    let message = signed(&paid_content("nr1", Some("20240000000000000006")));
    assert_eq!(
        post(&transport, &url, message).await,
        (200, "success".into())
    );
    assert_eq!(journal.answers(), [NotificationApplied::Conflict]);
    let payment = payment(&journal, "nr1").await.expect("payment");
    assert_eq!(payment.outcome, Some(OutcomeKind::Reversed), "outcome kept");
    let detail = payment.detail.unwrap_or_default();
    assert!(
        detail.contains("CONFLICT"),
        "flagged for a person: {detail}"
    );
}

/// issue 8, finding 2: a correctly signed Pooul notification for an order id that belongs to
/// another provider's open payment is not about that payment: 404 `fail`, nothing changed.
#[tokio::test]
async fn a_notification_for_another_providers_payment_changes_nothing() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    for provider in ["bjrcb", "fubei"] {
        let order_id = format!("nx-{provider}");
        let before = open_payment_of(&journal, &order_id, provider).await;
        let message = signed(&paid_content(&order_id, Some("20240000000000000020")));
        assert_eq!(
            post(&transport, &url, message).await,
            (404, "fail".into()),
            "{provider}"
        );
        assert_eq!(
            payment(&journal, &order_id).await,
            Some(before),
            "{provider}'s payment is untouched"
        );
    }
    assert_eq!(
        journal.answers(),
        [
            NotificationApplied::UnknownTrade,
            NotificationApplied::UnknownTrade
        ]
    );
}

/// issue 8, finding 3: a notification stating another amount than the payment's (100 fen, or
/// -1, for a 12.34 CNY order) never closes it paid: acknowledged (it is recorded, for a
/// person), the payment needs attention with a conflict note.
#[tokio::test]
async fn a_notification_with_another_amount_is_a_conflict_never_paid() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    for (i, fen) in [100, -1].into_iter().enumerate() {
        let order_id = format!("na{i}");
        open_payment(&journal, &order_id).await;
        let mut content = paid_content(&order_id, Some(&format!("2024000000000000003{i}")));
        content.insert("total_fee".into(), Json::from(fen));
        assert_eq!(
            post(&transport, &url, signed(&content)).await,
            (200, "success".into()),
            "{fen}"
        );
        let payment = payment(&journal, &order_id).await.expect("payment");
        assert_eq!(payment.outcome, Some(OutcomeKind::NeedsAttention), "{fen}");
        let detail = payment.detail.unwrap_or_default();
        assert!(
            detail.contains("CONFLICT") && detail.contains(&format!("{fen} CNY")),
            "{detail}"
        );
    }
    assert_eq!(
        journal.answers(),
        [NotificationApplied::Conflict, NotificationApplied::Conflict]
    );
}

/// issue 8, finding 3: an amount that is there but cannot be read is refused like a malformed
/// body (400, no ack, the journal is not called), never taken as "no amount".
#[tokio::test]
async fn a_notification_with_an_unreadable_amount_is_400_and_changes_nothing() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nu1").await;
    for bad in [json!("abc"), json!(12.5), json!("")] {
        let mut content = paid_content("nu1", Some("20240000000000000040"));
        content.insert("total_fee".into(), Json::from(bad.clone()));
        let (status, body) = post(&transport, &url, signed(&content)).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body.contains("amount"), "{bad}: {body}");
    }
    assert_eq!(journal.calls(), 0, "the journal was never called");
    assert_eq!(
        payment(&journal, "nu1").await.expect("payment").outcome,
        None
    );
}

/// issue 8, finding 4: a second paid notification under another provider trade id for a paid
/// order is a conflict a person sees (a double charge); the first one again is a duplicate.
#[tokio::test]
async fn paid_again_under_another_trade_id_is_a_conflict() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nt1").await;
    let first = signed(&paid_content("nt1", Some("20240000000000000050")));
    let second = signed(&paid_content("nt1", Some("20240000000000000051")));
    for message in [first.clone(), second, first] {
        assert_eq!(
            post(&transport, &url, message).await,
            (200, "success".into())
        );
    }
    assert_eq!(
        journal.answers(),
        [
            NotificationApplied::Applied,
            NotificationApplied::Conflict,
            NotificationApplied::Duplicate
        ]
    );
    let payment = payment(&journal, "nt1").await.expect("payment");
    assert_eq!(payment.outcome, Some(OutcomeKind::Paid));
    let detail = payment.detail.unwrap_or_default();
    assert!(
        detail.contains("CONFLICT") && detail.contains("20240000000000000051"),
        "{detail}"
    );
}

#[tokio::test]
async fn a_journal_error_is_500_fail_and_the_retry_applies() {
    let journal = tally_failing(1);
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "ne1").await;
    let message = signed(&paid_content("ne1", Some("20240000000000000007")));

    assert_eq!(
        post(&transport, &url, message.clone()).await,
        (500, "fail".into())
    );
    assert_eq!(
        payment(&journal, "ne1").await.expect("payment").outcome,
        None
    );
    assert_eq!(
        post(&transport, &url, message).await,
        (200, "success".into())
    );
    assert_eq!(journal.answers(), [NotificationApplied::Applied]);
}

#[tokio::test]
async fn without_a_trade_id_the_digest_of_the_body_dedupes() {
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "nd1").await;
    // issue 8, finding 5: Pooul's spec requires `trade_id`, so a notification without it is
    // refused (400, no ack, nothing applied) rather than applied with a member missing.
    let (status, why) = post(&transport, &url, signed(&paid_content("nd1", None))).await;
    assert_eq!(status, 400, "{why}");
    assert!(why.contains("`trade_id`"), "{why}");
    assert!(journal.answers().is_empty());
    // An empty one is there but names no trade: the digest of the body dedupes.
    let message = signed(&paid_content("nd1", Some("")));

    for _ in 0..2 {
        assert_eq!(
            post(&transport, &url, message.clone()).await,
            (200, "success".into())
        );
    }
    assert_eq!(
        journal.answers(),
        [NotificationApplied::Applied, NotificationApplied::Duplicate]
    );
    let detail = payment(&journal, "nd1").await.expect("payment").detail;
    assert!(detail.unwrap_or_default().contains("sha256:"));
}

#[tokio::test]
async fn a_notification_that_states_no_result_is_400_and_spends_no_dedupe_key() {
    // Pooul's rules read the trade state only with envelope code 0: code 1 says nothing, and
    // neither does a trade state the spec does not list.
    let journal = tally();
    let server = serve(handler(journal.clone(), NotifySettings::default())).await;
    let url = notify_url(server.addr);
    let transport = transport();
    open_payment(&journal, "ns1").await;
    let op = notify_operation(pooul()).expect("notify");
    let status = EnvelopeStatus {
        code: Some("1".into()),
        message: Some("SYSTEMERROR".into()),
        sub_code: None,
        business: None,
    };
    let content = paid_content("ns1", Some("20240000000000000008"));
    let message =
        encode_notification_with_status(pooul().provider, op, &status, &content, &creds())
            .expect("encode");
    let (code, reason) = post(&transport, &url, message).await;
    assert_eq!(code, 400);
    assert!(reason.contains("envelope code 1"), "{reason}");
    let mut unlisted = content.clone();
    unlisted.insert("trade_state".into(), Json::from(42));
    let (code, reason) = post(&transport, &url, signed(&unlisted)).await;
    assert_eq!(code, 400);
    assert!(reason.contains("trade state 42"), "{reason}");
    assert_eq!(journal.calls(), 0);

    // The readable notification for the same trade applies: its key was not spent.
    assert_eq!(
        post(&transport, &url, signed(&content)).await,
        (200, "success".into())
    );
    assert_eq!(journal.answers(), [NotificationApplied::Applied]);
    let payment = payment(&journal, "ns1").await.expect("payment");
    assert_eq!(payment.outcome, Some(OutcomeKind::Paid));
}

#[test]
fn providers_without_an_inbound_operation_have_no_route_and_send_nothing() {
    for name in ["scanforpay", "fubei", "bjrcb"] {
        if let Some(module) = MODULES.iter().find(|m| m.provider.name == name) {
            assert!(notify_operation(module).is_none(), "{name}");
            assert!(notify::path_of(module).is_none(), "{name}");
        }
    }
    assert_eq!(
        notify::path_of(pooul()).as_deref(),
        Some("/pooul/notify/pooul")
    );
}

// ---- the sandbox delivers ----

/// Answers HTTP 500 `fail` to the first `n` requests, then passes them on.
fn flaky(router: Router, n: usize) -> (Router, Arc<AtomicUsize>) {
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    let router = router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let counter = counter.clone();
        async move {
            if counter.fetch_add(1, Ordering::SeqCst) < n {
                (StatusCode::INTERNAL_SERVER_ERROR, "fail").into_response()
            } else {
                next.run(request).await
            }
        }
    }));
    (router, seen)
}

fn fast(duplicates: u32, concurrent: bool) -> Notifications {
    Notifications {
        duplicates,
        concurrent,
        answer_within: Some(Duration::from_secs(2)),
        ..Notifications::default().compressed(Duration::from_millis(20))
    }
}

/// Places a unified order with the sandbox (generically, from the descriptors).
async fn unified_order(handle: &sandbox::SandboxHandle, order_id: &str, notify_url: &str) {
    let module = pooul();
    let op = module
        .operation(OperationRole::UnifiedOrder)
        .expect("pooul unified order");
    let creds = handle.credentials("pooul").expect("credentials").clone();
    let content = json!({
        "mch_trade_id": order_id,
        "body": "notify e2e",
        "total_fee": 1234,
        "spbill_create_ip": "127.0.0.1",
        "notify_url": notify_url,
    });
    let message = codec::encode_request(
        module.provider,
        op,
        &content,
        &creds,
        &EncodeContext::fresh(),
    )
    .expect("encode");
    let call = HttpCall {
        provider: "pooul",
        operation: op.name,
        method: op.http_method,
        url: format!("{}{}", handle.base_url("pooul"), op.path),
        message,
    };
    let reply = transport()
        .send(call)
        .await
        .expect("unified order answered");
    let reply = codec::decode_response::<Map<String, Value>>(module.provider, op, &reply, &creds)
        .expect("verified");
    assert_eq!(reply.classification, Classification::Success);
}

async fn start_sandbox(settings: Notifications) -> sandbox::SandboxHandle {
    let _ = logs();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let sandbox = Sandbox::new(MODULES)
        .credential("pooul", "key", KEY)
        .notifications(settings);
    sandbox::spawn(listener, sandbox).expect("spawn")
}

async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    while !done() {
        assert!(tokio::time::Instant::now() < deadline, "timed out: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sandbox_unified_order_ends_paid_exactly_once_through_retries_and_duplicates() {
    const DUPLICATES: u32 = 2;
    let copies = 1 + DUPLICATES as usize;
    let journal = tally();
    // The first two deliveries (each with its duplicates) are answered 500 before the handler.
    let (router, seen) = flaky(
        handler(journal.clone(), NotifySettings::default()),
        2 * copies,
    );
    let merchant = serve(router).await;
    let handle = start_sandbox(fast(DUPLICATES, true)).await;
    open_payment(&journal, "ne2e1").await;

    unified_order(&handle, "ne2e1", &notify_url(merchant.addr)).await;
    let deliveries = handle.deliveries().clone();
    wait_until("a delivery is acknowledged", || {
        deliveries.acknowledged("pooul", "ne2e1")
    })
    .await;
    // Nothing more is sent once acknowledged.
    tokio::time::sleep(Duration::from_millis(150)).await;

    let sent = deliveries.of("pooul", "ne2e1");
    assert_eq!(sent.len(), 3 * copies, "{sent:#?}");
    assert_eq!(seen.load(Ordering::SeqCst), 3 * copies);
    for delivery in &sent {
        match delivery.attempt {
            1 | 2 => {
                assert_eq!(delivery.http_status, Some(500));
                assert!(!delivery.acknowledged);
            }
            3 => {
                assert_eq!(delivery.http_status, Some(200));
                assert_eq!(delivery.answer, "success");
                assert!(delivery.acknowledged);
            }
            other => panic!("attempt {other}"),
        }
    }
    assert_eq!(journal.count(NotificationApplied::Applied), 1);
    assert_eq!(journal.count(NotificationApplied::Duplicate), copies - 1);
    let payment = payment(&journal, "ne2e1").await.expect("payment");
    assert_eq!(payment.outcome, Some(OutcomeKind::Paid));
    let trade = handle.ledger().trade("pooul", "ne2e1").expect("trade");
    assert_eq!(trade.status, TradeStatus::Success);
    assert!(
        payment
            .detail
            .unwrap_or_default()
            .contains(&trade.provider_trade_id),
        "deduplicated on the provider trade id"
    );
}

#[tokio::test]
async fn sequential_duplicates_are_acknowledged_and_applied_once() {
    let journal = tally();
    let merchant = serve(handler(journal.clone(), NotifySettings::default())).await;
    let handle = start_sandbox(fast(3, false)).await;
    open_payment(&journal, "nsq1").await;

    unified_order(&handle, "nsq1", &notify_url(merchant.addr)).await;
    let deliveries = handle.deliveries().clone();
    wait_until("four copies are answered", || {
        deliveries.of("pooul", "nsq1").len() == 4
    })
    .await;
    let sent = deliveries.of("pooul", "nsq1");
    assert!(
        sent.iter().all(|d| d.attempt == 1 && d.acknowledged),
        "{sent:#?}"
    );
    assert_eq!(journal.answers().len(), 4);
    assert_eq!(journal.count(NotificationApplied::Applied), 1);
    assert_eq!(
        payment(&journal, "nsq1").await.expect("payment").outcome,
        Some(OutcomeKind::Paid)
    );
}

#[tokio::test]
async fn the_sandbox_retries_an_unknown_order_on_the_whole_schedule_then_gives_up() {
    let journal = tally();
    let merchant = serve(handler(journal.clone(), NotifySettings::default())).await;
    let settings = fast(0, false);
    let attempts = 1 + settings
        .redelivery_waits(&payspec_generated::pooul::notify::OPERATION)
        .len();
    let handle = start_sandbox(settings).await;

    unified_order(&handle, "nun1", &notify_url(merchant.addr)).await;
    let deliveries = handle.deliveries().clone();
    wait_until("every delivery is made", || {
        deliveries.of("pooul", "nun1").len() == attempts
    })
    .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let sent = deliveries.of("pooul", "nun1");
    assert_eq!(sent.len(), attempts, "no more than the schedule");
    assert!(sent
        .iter()
        .all(|d| d.http_status == Some(404) && d.answer == "fail" && !d.acknowledged));
    assert_eq!(journal.count(NotificationApplied::UnknownTrade), attempts);
    assert_eq!(payment(&journal, "nun1").await, None);
}

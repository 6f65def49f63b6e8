//! The sandbox over real loopback HTTP: every provider module × every scenario through the
//! runtime's `SpecGateway` and `saga::pay_and_wait`, a request with a bad signature, and a typed
//! client call per provider. Every server binds 127.0.0.1:0 and stops at the end of its test.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use payspec::providers::{self, MODULES};
use payspec::sandbox::{self, Sandbox, SandboxHandle, Scenario};
use payspec_client::gateway::{Gateway, PayIntent, SpecGateway};
use payspec_client::saga::{pay_and_wait, FinalOutcome};
use payspec_client::transport::{
    BoxFuture, ClientIdentity, HttpCall, HttpTransport, Transport, TransportConfig, TransportError,
};
use payspec_core::codec::{self, Message};
use payspec_core::descriptor::{
    Algorithm, Answer, OperationRole, PollPolicy, ProviderModule, ReplySigning, ReversePolicy,
    SandboxAnswers, UnifiedRole, ValueFormat,
};
use payspec_core::json::{Json, Object};
use payspec_core::{Classification, EncodeContext, ErrorKind, Money, Redacted, TradeStatus};
use tokio::net::TcpListener;

/// Provider schedules are divided by this, so a flow takes a few seconds, not a minute.
const SCALE: u32 = 10;
/// The client's whole-exchange timeout: well under the scaled deadlines (3 s and more), so a
/// timed-out pay still leaves time to query, and under the sandbox's slow reply.
const CLIENT_TIMEOUT: Duration = Duration::from_millis(800);
const SLOW_REPLY: Duration = Duration::from_millis(2500);

async fn start(sandbox: Sandbox) -> SandboxHandle {
    logs();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    sandbox::spawn(listener, sandbox).expect("spawn")
}

fn scaled(policy: &PollPolicy) -> PollPolicy {
    PollPolicy {
        first_query_after: policy.first_query_after / SCALE,
        query_interval: policy.query_interval / SCALE,
        max_queries: policy.max_queries,
        deadline: policy.deadline / SCALE,
        reverse: ReversePolicy {
            earliest_after_pay: policy.reverse.earliest_after_pay / SCALE,
            max_attempts: policy.reverse.max_attempts,
            retry_interval: policy.reverse.retry_interval / SCALE,
        },
    }
}

/// A transport trusting the simulator's test CA (a provider with an operation over mutual TLS
/// is served over HTTPS).
fn transport(handle: &SandboxHandle) -> Arc<HttpTransport> {
    Arc::new(
        HttpTransport::with_tls(
            TransportConfig {
                connect_timeout: Duration::from_millis(500),
                total_timeout: CLIENT_TIMEOUT,
                max_body_bytes: 64 * 1024,
            },
            handle.tls_config(),
        )
        .expect("transport"),
    )
}

/// The module's sandbox answers (this package turns on the generated crate's `sandbox`).
fn answers(module: &ProviderModule) -> &'static SandboxAnswers {
    sandbox::answers(module).expect("sandbox answers")
}

fn creds(handle: &SandboxHandle, module: &ProviderModule) -> BTreeMap<String, String> {
    handle
        .credentials(module.provider.name)
        .expect("credentials")
        .clone()
}

fn gateway(
    handle: &SandboxHandle,
    module: &'static ProviderModule,
    creds: BTreeMap<String, String>,
    transport: Arc<dyn Transport>,
) -> SpecGateway {
    SpecGateway::new(
        module,
        Arc::new(creds),
        handle.base_url(module.provider.name),
        transport,
    )
}

/// 15 characters at most (the shortest order-id limit), unique per test, provider and scenario.
fn order_id(test: &str, provider: usize, scenario: Scenario) -> String {
    format!("{test}{provider:02}x{}", scenario.code())
}

fn intent(order_id: String, scenario: Scenario) -> PayIntent {
    PayIntent {
        order_id,
        amount: Money::fen(1234),
        auth_code: Redacted::new(scenario.auth_code()),
        subject: "sandbox".into(),
        description: Some("sandbox order".into()),
        device_id: Some("POS01".into()),
        notify_url: Some("http://127.0.0.1:9/notify".into()),
    }
}

#[tokio::test]
async fn every_provider_every_scenario_ends_as_the_table_says() {
    assert!(!MODULES.is_empty());
    let handle = start(Sandbox::new(MODULES).slow_reply(SLOW_REPLY)).await;
    let transport = transport(&handle);
    let mut flows = tokio::task::JoinSet::new();
    for (index, module) in MODULES.iter().copied().enumerate() {
        // Whether the provider's "failed" pay answer is itself a definite failure by its spec's
        // rules (a failed state under the success code, Alipay's 40004 with a buyer's
        // sub_code), asked once with a pay of another order: one under a code that documents no
        // failure (Fubei's 400) is unknown, and the flow must query (issue 8, finding 8).
        let funds = Scenario::InsufficientFunds;
        let failure_clear = gateway(&handle, module, creds(&handle, module), transport.clone())
            .pay(&intent(order_id("p", index, funds), funds))
            .await
            .is_ok_and(|view| view.classification == Classification::Failed);
        for scenario in Scenario::ALL {
            let gateway = gateway(&handle, module, creds(&handle, module), transport.clone());
            let policy = scaled(&module.provider.poll);
            let intent = intent(order_id("f", index, scenario), scenario);
            flows.spawn(async move {
                let outcome = pay_and_wait(&gateway, &intent, &policy, &mut |_| {}).await;
                let again = sandbox::scenario::has_call_again(answers(module));
                let signed = module.provider.signing.replies == ReplySigning::Signed;
                (
                    module.provider.name,
                    scenario,
                    intent.order_id,
                    outcome,
                    again,
                    signed,
                    failure_clear,
                )
            });
        }
    }
    let mut failures = Vec::new();
    while let Some(done) = flows.join_next().await {
        let (provider, scenario, order_id, outcome, call_again, signed, failure_clear) =
            done.expect("flow task");
        // Queries the flow must have made: none when the pay answer was clear, some when it
        // was paying, unknown, late, malformed or (where replies are signed) badly signed.
        let min_queries = match scenario {
            Scenario::Success => 0,
            Scenario::InsufficientFunds if failure_clear => 0,
            Scenario::PayingThenSuccess { queries } => queries,
            Scenario::BadSignatureCharged if !signed => 0,
            _ => 1,
        };
        let clear = scenario == Scenario::Success
            || (scenario == Scenario::InsufficientFunds && failure_clear)
            || (scenario == Scenario::BadSignatureCharged && !signed);
        let expected = scenario.expected_outcome();
        let trade = handle.ledger().trade(provider, &order_id);
        let outcome_ok = matches!(
            (&outcome, expected),
            (FinalOutcome::Paid(_), TradeStatus::Success)
                | (FinalOutcome::Failed { .. }, TradeStatus::Failed)
                | (FinalOutcome::Reversed { .. }, TradeStatus::Reversed)
        );
        let ledger_ok = trade.as_ref().is_some_and(|t| {
            t.status == expected
                && t.scenario == scenario
                && t.holds_money() == (expected == TradeStatus::Success)
                && t.queries >= min_queries
                && (!clear || t.queries == 0)
                && (scenario != Scenario::ReverseCallsAgain
                    || t.reverse_calls == if call_again { 2 } else { 1 })
        });
        if !outcome_ok || !ledger_ok {
            failures.push(format!(
                "{provider} {}: outcome {outcome:?}, ledger {trade:?}",
                scenario.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A paid trade's amount is kept exactly as the request sent it.
    for trade in handle.ledger().trades() {
        let amount = trade.amount.expect("amount");
        assert_eq!(amount.money, Some(Money::fen(1234)), "{}", trade.provider);
    }
    // Provider trade ids are unique.
    let mut ids: Vec<String> = handle
        .ledger()
        .trades()
        .into_iter()
        .map(|t| t.provider_trade_id)
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count);
    handle.shutdown().await.expect("shutdown");
}

/// Forwards to a real transport and keeps every raw reply.
struct Recording {
    inner: Arc<HttpTransport>,
    replies: Mutex<Vec<Message>>,
}

impl Transport for Recording {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        Box::pin(async move {
            let reply = self.inner.send(call).await?;
            self.replies.lock().unwrap().push(reply.clone());
            Ok(reply)
        })
    }

    // Forwarded too: an operation over mutual TLS presents the merchant's certificate.
    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        identity: Arc<ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        Box::pin(async move {
            let reply = self.inner.send_with_identity(call, identity).await?;
            self.replies.lock().unwrap().push(reply.clone());
            Ok(reply)
        })
    }
}

/// The reply's envelope status is exactly the spec's answer (code, message, sub code).
fn assert_answer(reply: &payspec_core::Reply<Object>, answer: &Answer, what: &str) {
    assert_eq!(reply.status.code.as_deref(), answer.code, "{what}: code");
    assert_eq!(
        reply.status.message.as_deref(),
        answer.message,
        "{what}: message"
    );
    assert_eq!(
        reply.status.sub_code.as_deref(),
        answer.sub_code,
        "{what}: sub code"
    );
}

/// A refused pay request is never a definite failure: an answer classifies unknown (the flow
/// queries), an error is not `Definite`.
fn assert_refusal_is_unknown<T>(
    answer: Result<payspec_core::Reply<T>, payspec_core::Error>,
    what: &str,
) {
    match answer {
        Ok(reply) => assert_eq!(reply.classification, Classification::Unknown, "{what}"),
        Err(error) => assert_ne!(error.kind(), ErrorKind::Definite, "{what}: {error}"),
    }
}

fn decode_pay_reply(
    module: &ProviderModule,
    reply: &Message,
    creds: &BTreeMap<String, String>,
) -> Result<payspec_core::Reply<Object>, payspec_core::Error> {
    let pay = module.operation(OperationRole::Pay).expect("pay");
    codec::decode_response::<Object>(module.provider, pay, reply, creds)
}

// issue 8, finding 8: a bad signature gets the provider's own signature-error answer (the spec's
// `sandbox.bad_signature`), which a client reads as unknown, never as failed; nothing is charged.
#[tokio::test]
async fn a_bad_signature_gets_the_providers_signature_error_and_changes_nothing() {
    let handle = start(Sandbox::new(MODULES)).await;
    for (index, module) in MODULES.iter().copied().enumerate() {
        let good = creds(&handle, module);
        let mut bad = good.clone();
        // A key the provider does not know: for an RSA provider a valid private key (the
        // simulator's own), so that the request is signed and sent, and refused there.
        let wrong_key = match module.provider.signing.algorithm {
            Algorithm::Asymmetric(_) => sandbox::test_keys::PROVIDER_PRIVATE_PEM,
            _ => "not-the-merchant-key",
        };
        bad.insert(
            module.provider.signing.key_config.to_owned(),
            wrong_key.into(),
        );
        let recording = Arc::new(Recording {
            inner: transport(&handle),
            replies: Mutex::new(Vec::new()),
        });
        let gateway = gateway(&handle, module, bad, recording.clone());
        let intent = intent(order_id("s", index, Scenario::Success), Scenario::Success);
        let name = module.provider.name;
        // The refusal is never a success (read with the wrong key it may not even verify).
        match Gateway::pay(&gateway, &intent).await {
            Ok(view) => assert_ne!(view.classification, Classification::Success, "{name}"),
            Err(error) => assert!(
                !matches!(error, payspec_core::Error::Transport(_)),
                "{name}: {error}"
            ),
        }
        assert!(
            handle.ledger().trade(name, &intent.order_id).is_none(),
            "{name}"
        );

        // The raw reply, read with the right key, is the provider's own signature-error answer.
        let replies = recording.replies.lock().unwrap().clone();
        assert_eq!(replies.len(), 1, "{name}");
        let reply = decode_pay_reply(module, &replies[0], &good);
        let reply = reply.unwrap_or_else(|e| panic!("{name}: the answer does not verify: {e}"));
        assert_answer(&reply, &answers(module).bad_signature, name);
        assert_refusal_is_unknown(Ok(reply), name);
    }
    assert!(handle.ledger().is_empty());
    handle.shutdown().await.expect("shutdown");
}

/// The pay request a gateway sends for `intent`, as signed content (the request is captured on
/// its way out and read back with the merchant's key).
async fn pay_content(
    handle: &SandboxHandle,
    module: &'static ProviderModule,
    intent: &PayIntent,
) -> Object {
    let recording = Arc::new(Recording {
        inner: transport(handle),
        replies: Mutex::new(Vec::new()),
    });
    let capture = Arc::new(Capture {
        inner: recording,
        requests: Mutex::new(Vec::new()),
    });
    let gateway = gateway(handle, module, creds(handle, module), capture.clone());
    Gateway::pay(&gateway, intent).await.expect("pay answers");
    let sent = capture.requests.lock().unwrap().pop().expect("a request");
    let pay = module.operation(OperationRole::Pay).expect("pay");
    // Read as the provider reads it (an RSA provider verifies with the merchant's public key).
    let provider_creds = handle
        .provider_credentials(module.provider.name)
        .expect("the simulator's credentials");
    codec::decode_request::<Object>(module.provider, pay, &sent, provider_creds)
        .expect("the request verifies")
        .content
}

/// Forwards to another transport and keeps every request sent.
struct Capture {
    inner: Arc<Recording>,
    requests: Mutex<Vec<Message>>,
}

impl Transport for Capture {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.requests.lock().unwrap().push(call.message.clone());
        self.inner.send(call)
    }

    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        identity: Arc<ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.requests.lock().unwrap().push(call.message.clone());
        self.inner.send_with_identity(call, identity)
    }
}

/// Signs `content` as operation `op`'s request with the merchant's key (no validation: this is
/// what a client that skipped it would send) and posts it.
async fn post_signed(
    handle: &SandboxHandle,
    module: &'static ProviderModule,
    role: OperationRole,
    content: &Object,
) -> Message {
    let op = module.operation(role).expect("operation");
    let creds = creds(handle, module);
    let ctx = EncodeContext::try_fresh().expect("context");
    let message =
        codec::encode_request(module.provider, op, content, &creds, &ctx).expect("encodes");
    transport(handle)
        .send(HttpCall {
            provider: "test",
            operation: op.name,
            method: op.http_method,
            url: format!("{}{}", handle.base_url(module.provider.name), op.path),
            message,
        })
        .await
        .expect("answers")
}

/// The amount member of a pay request set to `minor` smallest units, in the member's own wire
/// form (`0`, `0.00` or `"0.00"`).
fn with_amount(module: &ProviderModule, content: &Object, minor: i64) -> Object {
    let pay = module.operation(OperationRole::Pay).expect("pay");
    let amount = pay
        .request_unified
        .iter()
        .find(|f| f.role == UnifiedRole::Amount)
        .expect("an amount field");
    let value = match amount.format {
        ValueFormat::YuanNumber => {
            Json::parse(&Money::fen(minor).render_major()).expect("a number")
        }
        ValueFormat::YuanString => Json::String(Money::fen(minor).render_major()),
        _ => Json::from(minor),
    };
    let mut content = content.clone();
    content.insert(amount.wire.to_owned(), value);
    content
}

// issue 8, finding 6: a signed pay request with an amount of 0 or -100 (from a client that
// skipped validation) gets the provider's parameter-error answer, and nothing is charged.
#[tokio::test]
async fn a_pay_of_zero_or_less_gets_the_providers_parameter_error_and_charges_nothing() {
    let handle = start(Sandbox::new(MODULES)).await;
    for (index, module) in MODULES.iter().copied().enumerate() {
        let name = module.provider.name;
        let template = intent(order_id("z", index, Scenario::Success), Scenario::Success);
        let content = pay_content(&handle, module, &template).await;
        for (n, minor) in [0, -100].into_iter().enumerate() {
            let mut content = with_amount(module, &content, minor);
            let order = format!("z{index:02}n{n}");
            let order_wire = module
                .operation(OperationRole::Pay)
                .and_then(|op| {
                    op.request_unified
                        .iter()
                        .find(|f| f.role == UnifiedRole::OrderId)
                })
                .expect("order id field")
                .wire;
            content.insert(order_wire.to_owned(), Json::String(order.clone()));
            let reply = post_signed(&handle, module, OperationRole::Pay, &content).await;
            let reply = decode_pay_reply(module, &reply, &creds(&handle, module))
                .unwrap_or_else(|e| panic!("{name} {minor}: {e}"));
            assert_answer(&reply, &answers(module).invalid, &format!("{name} {minor}"));
            assert_refusal_is_unknown(Ok(reply), &format!("{name} {minor}"));
            assert!(
                handle.ledger().trade(name, &order).is_none(),
                "{name} {minor}: charged"
            );
        }
    }
    handle.shutdown().await.expect("shutdown");
}

// issue 8, finding 8: a second pay with an order id the provider already has (another till,
// another journal) gets the provider's duplicate-order answer, read as unknown, and charges
// nothing again: the first trade stays as it was and a query finds it.
#[tokio::test]
async fn a_second_pay_of_an_order_gets_the_duplicate_answer_and_changes_nothing() {
    let handle = start(Sandbox::new(MODULES)).await;
    for (index, module) in MODULES.iter().copied().enumerate() {
        let name = module.provider.name;
        let good = creds(&handle, module);
        let order = order_id("d", index, Scenario::Success);
        let first = gateway(&handle, module, good.clone(), transport(&handle));
        let paid = Gateway::pay(&first, &intent(order.clone(), Scenario::Success))
            .await
            .expect("first pay");
        assert_eq!(paid.classification, Classification::Success, "{name}");
        let before = handle
            .ledger()
            .trade(name, &order)
            .expect("the first trade");

        // Another till, another auth code (one that would fail if it were charged).
        let recording = Arc::new(Recording {
            inner: transport(&handle),
            replies: Mutex::new(Vec::new()),
        });
        let second = gateway(&handle, module, good.clone(), recording.clone());
        let answer =
            Gateway::pay(&second, &intent(order.clone(), Scenario::InsufficientFunds)).await;
        match answer {
            Ok(view) => assert_eq!(view.classification, Classification::Unknown, "{name}"),
            Err(error) => assert_ne!(error.kind(), ErrorKind::Definite, "{name}: {error}"),
        }
        let raw = recording.replies.lock().unwrap().pop().expect("a reply");
        let reply = decode_pay_reply(module, &raw, &good).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_answer(&reply, &answers(module).duplicate_order, name);

        assert_eq!(
            handle.ledger().trade(name, &order),
            Some(before),
            "{name}: trade changed"
        );
        let query = Gateway::query(&second, &order).await.expect("query");
        assert_eq!(
            query.classification,
            Classification::Success,
            "{name}: the first trade"
        );
    }
    assert_eq!(handle.ledger().len(), MODULES.len());
    handle.shutdown().await.expect("shutdown");
}

// issue 8, finding 8: through the saga, a second pay of an already paid order (another journal,
// another till) ends paid (it queries and finds the first trade), never "not paid: failed"
// while the provider holds the money.
#[tokio::test]
async fn a_second_pay_of_a_paid_order_ends_paid_through_the_saga() {
    let handle = start(Sandbox::new(MODULES)).await;
    let mut flows = tokio::task::JoinSet::new();
    for (index, module) in MODULES.iter().copied().enumerate() {
        let order = order_id("t", index, Scenario::Success);
        let till_one = gateway(&handle, module, creds(&handle, module), transport(&handle));
        let till_two = gateway(&handle, module, creds(&handle, module), transport(&handle));
        let policy = scaled(&module.provider.poll);
        let ledger = handle.ledger().clone();
        flows.spawn(async move {
            let name = module.provider.name;
            let first = pay_and_wait(
                &till_one,
                &intent(order.clone(), Scenario::Success),
                &policy,
                &mut |_| {},
            )
            .await;
            assert!(matches!(first, FinalOutcome::Paid(_)), "{name}: {first:?}");
            let again = intent(order.clone(), Scenario::InsufficientFunds);
            let second = pay_and_wait(&till_two, &again, &policy, &mut |_| {}).await;
            assert!(
                matches!(second, FinalOutcome::Paid(_)),
                "{name}: second pay {second:?}"
            );
            let trade = ledger.trade(name, &order).expect("one trade");
            assert!(trade.holds_money(), "{name}");
            assert_eq!(trade.scenario, Scenario::Success, "{name}: charged again");
            assert!(trade.queries >= 1, "{name}: the second pay queried");
        });
    }
    while let Some(done) = flows.join_next().await {
        done.expect("flow");
    }
    assert_eq!(handle.ledger().len(), MODULES.len());
    handle.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn query_and_reverse_of_an_unknown_order_answer_not_found() {
    let handle = start(Sandbox::new(MODULES)).await;
    for module in MODULES.iter().copied() {
        let good = creds(&handle, module);
        let recording = Arc::new(Recording {
            inner: transport(&handle),
            replies: Mutex::new(Vec::new()),
        });
        let gateway = gateway(&handle, module, good.clone(), recording.clone());
        let name = module.provider.name;
        for role in [OperationRole::Query, OperationRole::Reverse] {
            let answer = if role == OperationRole::Query {
                Gateway::query(&gateway, "nosuchorder").await
            } else {
                Gateway::reverse(&gateway, "nosuchorder").await
            };
            let op = module.operation(role).expect("operation");
            let not_found = answers(module).not_found.for_operation(op.name);
            // A provider that answers the cancel of an order it never saw as done (Alipay:
            // 10000 without `action`, "未查询到交易") says nothing is held: "reversed" is true.
            let done_when_absent =
                role == OperationRole::Reverse && not_found.code == answers(module).ok.code;
            // Otherwise never "paid", "paying", "reversed" or "call again".
            if let Ok(view) = answer {
                if !done_when_absent {
                    assert_ne!(
                        view.classification,
                        Classification::Success,
                        "{name} {role:?}"
                    );
                }
                assert_ne!(
                    view.classification,
                    Classification::Pending,
                    "{name} {role:?}"
                );
            }
            let raw = recording.replies.lock().unwrap().pop().expect("a reply");
            let reply = codec::decode_response::<Object>(module.provider, op, &raw, &good)
                .unwrap_or_else(|e| panic!("{name} {role:?}: {e}"));
            assert_eq!(
                reply.status.code.as_deref(),
                not_found.code,
                "{name} {role:?}"
            );
            assert_eq!(
                reply.status.message.as_deref(),
                not_found.message,
                "{name} {role:?}"
            );
        }
    }
    assert!(handle.ledger().is_empty());
    handle.shutdown().await.expect("shutdown");
}

/// A `fmt` writer into a shared buffer.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Logs {
    type Writer = Logs;

    fn make_writer(&'a self) -> Logs {
        self.clone()
    }
}

/// Every test's logs, server and client, in one buffer: a global subscriber set before any
/// test makes a request (a per-test scoped one can miss events of callsites another test's
/// thread registered first).
fn logs() -> &'static Logs {
    static LOGS: OnceLock<Logs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Logs::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(logs.clone())
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        logs
    })
}

#[tokio::test]
async fn logs_name_the_request_but_never_an_auth_code_or_a_key() {
    let handle = start(Sandbox::new(MODULES)).await;
    let transport = transport(&handle);
    let scenario = Scenario::PayingThenSuccess { queries: 1 };
    // Every test's auth codes and keys (the bad-signature test's wrong key too).
    let mut secrets: Vec<String> = Scenario::ALL.iter().map(|s| s.auth_code()).collect();
    secrets.push("not-the-merchant-key".into());
    for (index, module) in MODULES.iter().copied().enumerate() {
        let c = creds(&handle, module);
        secrets.extend(
            module
                .config
                .iter()
                .filter(|k| k.sensitive)
                .map(|k| c[k.key].clone()),
        );
        let gateway = gateway(&handle, module, c, transport.clone());
        let intent = intent(order_id("l", index, scenario), scenario);
        let policy = scaled(&module.provider.poll);
        let outcome = pay_and_wait(&gateway, &intent, &policy, &mut |_| {}).await;
        assert!(matches!(outcome, FinalOutcome::Paid(_)), "{outcome:?}");
    }
    handle.shutdown().await.expect("shutdown");
    let text = String::from_utf8(logs().0.lock().unwrap().clone()).expect("utf-8 logs");
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()), "{secret} is in the logs");
    }
    // One span per request, naming provider, operation and order id; the code's last digits.
    for module in MODULES {
        let provider = module.provider.name;
        let query = module.operation(OperationRole::Query).expect("query").name;
        let request = format!("sandbox{{provider=\"{provider}\" operation=\"{query}\"");
        assert!(text.contains(&request), "no {request} in the logs");
    }
    let pay = "order_id=\"l00x0101\"}: payspec::sandbox::server: pay auth_code_tail=0101";
    assert!(text.contains(pay), "no {pay} in the logs");
}

#[tokio::test]
async fn a_second_pay_with_the_same_order_id_is_refused_and_changes_nothing() {
    let handle = start(Sandbox::new(MODULES)).await;
    let transport = transport(&handle);
    for (index, module) in MODULES.iter().copied().enumerate() {
        let gateway = gateway(&handle, module, creds(&handle, module), transport.clone());
        let name = module.provider.name;
        let first = intent(order_id("d", index, Scenario::Success), Scenario::Success);
        let view = Gateway::pay(&gateway, &first)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(view.classification, Classification::Success, "{name}");
        let before = handle.ledger().trade(name, &first.order_id).expect("trade");
        let again = intent(first.order_id.clone(), Scenario::InsufficientFunds);
        if let Ok(view) = Gateway::pay(&gateway, &again).await {
            assert_ne!(view.classification, Classification::Success, "{name}");
        }
        assert_eq!(
            handle.ledger().trade(name, &first.order_id),
            Some(before),
            "{name}"
        );
    }
    handle.shutdown().await.expect("shutdown");
}

/// Posts a typed client's message and returns the raw reply.
async fn post(handle: &SandboxHandle, provider: &str, path: &str, message: Message) -> Message {
    transport(handle)
        .send(HttpCall {
            provider: "typed",
            operation: "pay",
            method: "POST",
            url: format!("{}{path}", handle.base_url(provider)),
            message,
        })
        .await
        .expect("reply")
}

fn value<'a>(creds: &'a BTreeMap<String, String>, key: &str) -> &'a str {
    creds.get(key).map(String::as_str).expect("config key")
}

#[tokio::test]
async fn typed_clients_pay_in_scenario_00() {
    use payspec_core::MinorAmount;
    let handle = start(Sandbox::new(MODULES)).await;
    let ctx = || EncodeContext::try_fresh().expect("context");
    let code = || Scenario::Success.auth_code();

    // Pooul.
    let c = creds(&handle, &providers::pooul::MODULE);
    let config = providers::pooul::Config {
        merchant_id: value(&c, "merchant_id").into(),
        key: Redacted::new(value(&c, "key").into()),
    };
    use providers::pooul::micropay::{MicropayRequest, MicropayResponse, OPERATION};
    let request = MicropayRequest::new(
        "typed_pooul_1",
        "POS01",
        "typed",
        "typed client",
        Money::fen(1),
        code(),
    )
    .with_attach("kept")
    .with_scene(providers::pooul::Scene::BarCode);
    let message = request.encode(&config, &ctx()).expect("encode");
    let reply = MicropayResponse::decode(
        &post(&handle, "pooul", OPERATION.path, message).await,
        &config,
    )
    .expect("decode");
    assert_eq!(reply.classification, Classification::Success);
    let body = reply.body.expect("body");
    assert_eq!(body.mch_trade_id, "typed_pooul_1");
    assert_eq!(body.total_fee, Money::fen(1));
    assert_eq!(body.attach.as_deref(), Some("kept"));
    assert_eq!(body.merchant_id, config.merchant_id);

    // Fubei.
    let c = creds(&handle, &providers::fubei::MODULE);
    let config = providers::fubei::Config {
        app_id: value(&c, "app_id").into(),
        app_secret: Redacted::new(value(&c, "app_secret").into()),
    };
    use providers::fubei::swipe::{SwipeRequest, SwipeResponse, OPERATION as SWIPE};
    let request = SwipeRequest::new("typed_fubei_1", code(), Money::fen(80_00))
        .with_device_no("POS01")
        .with_body("typed client");
    let message = request.encode(&config, &ctx()).expect("encode");
    let reply = SwipeResponse::decode(&post(&handle, "fubei", SWIPE.path, message).await, &config)
        .expect("decode");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.body.expect("body").merchant_order_sn, "typed_fubei_1");

    // BJRCB.
    let c = creds(&handle, &providers::bjrcb::MODULE);
    let config = providers::bjrcb::Config {
        merchant_id: value(&c, "merchant_id").into(),
        key: Redacted::new(value(&c, "key").into()),
    };
    use providers::bjrcb::micropay::{
        MicropayRequest as BjrcbRequest, MicropayResponse as BjrcbResponse, OPERATION as BJRCB_PAY,
    };
    // `scene` is required, with the spec default `bar_code`.
    let request = BjrcbRequest::new(
        "typed_bjrcb_1",
        code(),
        Money::fen(1),
        "typed",
        "typed client",
        "POS01",
    );
    assert_eq!(request.scene, providers::bjrcb::Scene::BarCode);
    let message = request.encode(&config, &ctx()).expect("encode");
    let reply = BjrcbResponse::decode(
        &post(&handle, "bjrcb", BJRCB_PAY.path, message).await,
        &config,
    )
    .expect("decode");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.body.expect("body").out_trade_no, "typed_bjrcb_1");

    // ScanForPay.
    let c = creds(&handle, &providers::scanforpay::MODULE);
    let config = providers::scanforpay::Config {
        partner_no: value(&c, "partner_no").into(),
        store_no: value(&c, "store_no").into(),
        key: Redacted::new(value(&c, "key").into()),
        currency: value(&c, "currency").into(),
    };
    use providers::scanforpay::pay::{PayRequest, PayResponse, OPERATION as SFP_PAY};
    let request =
        PayRequest::new("typed_sfp_1", code(), MinorAmount(2100)).with_order_title("typed");
    let message = request.encode(&config, &ctx()).expect("encode");
    let reply = PayResponse::decode(
        &post(&handle, "scanforpay", SFP_PAY.path, message).await,
        &config,
    )
    .expect("decode");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.body.expect("body").partner_order_no, "typed_sfp_1");

    assert_eq!(handle.ledger().len(), 4);
    handle.shutdown().await.expect("shutdown");
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let handle = start(Sandbox::new(MODULES).body_limit(1024)).await;
    let module = MODULES[0];
    let pay = module.operation(OperationRole::Pay).expect("pay");
    let answer = transport(&handle)
        .send(HttpCall {
            provider: "test",
            operation: "pay",
            method: "POST",
            url: format!("{}{}", handle.base_url(module.provider.name), pay.path),
            message: Message {
                body: vec![b' '; 4096],
                headers: Vec::new(),
            },
        })
        .await;
    assert!(
        matches!(answer, Err(TransportError::Status { code: 413, .. })),
        "{answer:?}"
    );
    assert!(handle.ledger().is_empty());
    handle.shutdown().await.expect("shutdown");
}

/// A form provider's official SDKs send the common parameters in the URL's query string and the
/// rest in the body: the simulator reads both as one request, and a name given in both places
/// is the provider's parameter error (two readers could take different values).
#[tokio::test]
async fn a_form_request_split_between_query_string_and_body_is_one_request() {
    let handle = start(Sandbox::new(MODULES)).await;
    let transport = transport(&handle);
    for module in MODULES.iter().copied() {
        let op = module.operation(OperationRole::Query).expect("query");
        if op.request.format != payspec_core::descriptor::BodyFormat::Form {
            continue;
        }
        let name = module.provider.name;
        let merchant = creds(&handle, module);
        let sent = codec::encode_request(
            module.provider,
            op,
            &serde_json::json!({"out_trade_no": "nosuchorder"}),
            &merchant,
            &EncodeContext::fresh(),
        )
        .expect("encodes");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&sent.body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let form = |pairs: &[&(String, String)]| {
            form_urlencoded::Serializer::new(String::new())
                .extend_pairs(pairs.iter().copied())
                .finish()
        };
        let (content, common): (Vec<_>, Vec<_>) =
            pairs.iter().partition(|(k, _)| k == "biz_content");
        let ask = |body: String| {
            let url = format!(
                "{}?{}",
                payspec_client::exchange::join_url(&handle.base_url(name), op.path),
                form(&common)
            );
            let message = Message {
                body: body.into_bytes(),
                headers: sent.headers.clone(),
            };
            let transport = transport.clone();
            async move {
                let call = HttpCall {
                    provider: module.provider.name,
                    operation: op.name,
                    method: op.http_method,
                    url,
                    message,
                };
                transport.send(call).await.expect("an answer")
            }
        };
        let business = |reply: &payspec_core::Reply<Object>| {
            reply.status.business.as_ref().and_then(|b| b.code.clone())
        };
        // Read as one request: an order it never saw.
        let raw = ask(form(&content)).await;
        let split = codec::decode_response::<Object>(module.provider, op, &raw, &merchant)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let not_found = answers(module).not_found.for_operation(op.name);
        assert_eq!(
            business(&split).as_deref(),
            not_found.business.and_then(|b| b.code),
            "{name}"
        );
        // `app_id` in the body too: refused as a malformed request.
        let mut twice = content.clone();
        let app_id = common.iter().find(|(k, _)| k == "app_id").expect("app_id");
        twice.push(app_id);
        // (A body no operation can read is answered in the path's first operation's layout:
        // which operation it meant cannot be read either.)
        let refused = String::from_utf8(ask(form(&twice)).await.body).expect("utf-8");
        let invalid = answers(module).invalid.business.and_then(|b| b.code);
        let invalid = invalid.expect("the parameter error's business code");
        assert!(refused.contains(invalid), "{name}: {refused}");
    }
    handle.shutdown().await.expect("shutdown");
}

//! The `payspec` binary as a user runs it: bad configuration and bad input are refused with a
//! clear message and exit code 2 before anything is sent; a payment against the simulator exits
//! 0 when paid and 1 when not; the journal is read back by `payspec journal list | show`; and
//! payments interrupted mid-saga are finished by `recover` (through the binary and in-process,
//! against the simulator).

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use payspec::sandbox::{self, Sandbox, Scenario};
use payspec_client::transport::{
    BoxFuture, HttpCall, HttpTransport, Transport, TransportConfig, TransportError,
};
use payspec_client::{Gateway, PayIntent, SpecGateway};
use payspec_core::{Classification, Error, Message, Money, Redacted, TradeStatus};
use payspec_journal::recording::now_ms;
use payspec_journal::recover::recover;
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, OutcomeKind, PaymentRecord, Phase, StepKind, StepRecord};

mod support;

use support::{start_sandbox, Scratch, BIN};

/// The working directory of every `payspec` run here.
fn workdir() -> &'static Path {
    static DIR: OnceLock<Scratch> = OnceLock::new();
    &DIR.get_or_init(|| Scratch::new("cli-workdir")).0
}

fn payspec(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(workdir());
    for (k, _) in std::env::vars() {
        if k.starts_with("PAYSPEC_") {
            cmd.env_remove(k);
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("runs payspec");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn missing_configuration_names_every_missing_key_and_exits_2() {
    let (code, _, err) = payspec(
        &[
            "pay",
            "--provider",
            "pooul",
            "--amount",
            "0.01",
            "--auth-code",
            "280000000000000000",
        ],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    for needle in [
        "PAYSPEC_POOUL_BASE_URL",
        "PAYSPEC_POOUL_MERCHANT_ID",
        "PAYSPEC_POOUL_KEY",
    ] {
        assert!(err.contains(needle), "{needle} missing from: {err}");
    }
}

#[test]
fn bad_arguments_exit_2_with_the_reason() {
    let (code, _, err) = payspec(
        &[
            "pay",
            "--provider",
            "nope",
            "--amount",
            "0.01",
            "--auth-code",
            "1",
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("no provider `nope`") && err.contains("pooul"),
        "{err}"
    );

    let (code, _, err) = payspec(
        &[
            "pay",
            "--provider",
            "pooul",
            "--amount",
            "1.005",
            "--auth-code",
            "1",
        ],
        &[],
    );
    assert_eq!(code, 2);
    assert!(err.contains("--amount") && err.contains("1.005"), "{err}");

    let (code, _, _) = payspec(&["pay", "--provider", "pooul"], &[]);
    assert_eq!(code, 2, "clap usage errors exit 2 as well");
}

// issue 8, finding 10: a base URL nothing can be sent to is a configuration error (exit 2, no
// journal opened, nothing sent) — not a 40-second saga ending "may hold money".
#[test]
fn a_base_url_without_http_or_a_host_exits_2_before_anything_starts() {
    let dir = Scratch::new("cli-base-url");
    let journal = dir.path("journal.sqlite");
    for url in ["gw.example.com/pay", "ftp://gw.example.com/pay"] {
        let (code, out, err) = payspec(
            &[
                "pay",
                "--provider",
                "pooul",
                "--amount",
                "0.01",
                "--auth-code",
                "280000000000000000",
                "--journal",
                &journal,
            ],
            &[
                ("PAYSPEC_POOUL_BASE_URL", url),
                ("PAYSPEC_POOUL_MERCHANT_ID", "M1"),
                ("PAYSPEC_POOUL_KEY", "K"),
            ],
        );
        assert_eq!(code, 2, "{url}: {out}{err}");
        assert!(
            err.contains("PAYSPEC_POOUL_BASE_URL") && err.contains("`base_url`"),
            "{url}: {err}"
        );
        assert!(!err.contains("K\n"), "no secret printed: {err}");
        assert!(
            !Path::new(&journal).exists(),
            "nothing was started, not even the journal"
        );
    }

    let config = dir.path("pooul.toml");
    std::fs::write(
        &config,
        "base_url = \"ftp://gw.example.com\"\nmerchant_id = \"M1\"\nkey = \"K\"\n",
    )
    .unwrap();
    let (code, _, err) = payspec(
        &[
            "query",
            "--provider",
            "pooul",
            "--config",
            &config,
            "--order-id",
            "X",
        ],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains(&config) && err.contains("`ftp`"), "{err}");
}

// issue 8, finding 1: the exit codes, including the journal-behind ones, are in `--help`.
#[test]
fn help_documents_every_exit_code() {
    let (code, out, _) = payspec(&["--help"], &[]);
    assert_eq!(code, 0);
    for needle in [
        "0 paid",
        "1 not paid or reversed",
        "2 usage or configuration error",
        "3 needs attention",
        "4 paid, but the journal could not record it",
        "5 not paid or reversed, but the journal could not record it",
    ] {
        assert!(out.contains(needle), "{needle} missing from:\n{out}");
    }
}

/// A transport that counts calls and answers nothing.
struct Counting(AtomicUsize);

impl Transport for Counting {
    fn send<'a>(&'a self, _call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Err(TransportError::Connect("test transport".into())) })
    }

    // Counted the same: an operation over mutual TLS is a call too.
    fn send_with_identity<'a>(
        &'a self,
        call: HttpCall,
        _identity: Arc<payspec_client::transport::ClientIdentity>,
    ) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.send(call)
    }
}

#[tokio::test]
async fn a_request_refused_by_validation_is_never_sent() {
    let transport = Arc::new(Counting(AtomicUsize::new(0)));
    let module = &payspec_generated::bjrcb::MODULE;
    let creds: std::collections::BTreeMap<String, String> = module
        .config
        .iter()
        .map(|k| (k.key.to_string(), "x".to_string()))
        .collect();
    let gateway = SpecGateway::new(
        module,
        Arc::new(creds),
        "http://127.0.0.1:9",
        transport.clone(),
    );
    let intent = PayIntent {
        order_id: "ORDER-1".into(),
        amount: Money::fen(0),
        auth_code: Redacted::new("12345".into()),
        subject: "s".into(),
        description: Some("d".into()),
        device_id: Some("POS".into()),
        notify_url: None,
    };
    let err = gateway.pay(&intent).await.expect_err("refused");
    let Error::Invalid(violations) = &err else {
        panic!("expected Invalid, got {err}");
    };
    let fields: Vec<&str> = violations.0.iter().map(|v| v.field.as_str()).collect();
    assert!(
        fields.contains(&"auth_code") && fields.contains(&"total_fee"),
        "{err}"
    );
    assert!(
        !err.to_string().contains("12345"),
        "the payment code is not echoed: {err}"
    );
    assert_eq!(transport.0.load(Ordering::SeqCst), 0, "nothing was sent");
}

#[test]
fn pay_against_the_sandbox_exits_0_when_paid_and_1_when_not() {
    let (_sandbox, addr) = start_sandbox();
    let base = format!("http://{addr}");
    let base_url = format!("{}/pooul", base);
    let env = [
        ("PAYSPEC_POOUL_BASE_URL", base_url.as_str()),
        ("PAYSPEC_POOUL_MERCHANT_ID", "sandbox-merchant_id"),
        ("PAYSPEC_POOUL_KEY", "sandbox-key"),
    ];
    let pay = |code: &str| {
        payspec(
            &[
                "pay",
                "--provider",
                "pooul",
                "--amount",
                "0.01",
                "--auth-code",
                code,
            ],
            &env,
        )
    };
    let (code, out, err) = pay("280000000000000000");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("paid: order PS"), "{out}");

    let (code, out, err) = pay("280000000000000300");
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.starts_with("not paid:"), "{out}");

    // The order id printed by pay finds the trade again.
    let order = err
        .lines()
        .find_map(|l| l.strip_prefix("order "))
        .and_then(|l| l.split_whitespace().next())
        .expect("pay prints the order id")
        .to_string();
    let (code, out, _) = payspec(
        &["query", "--provider", "pooul", "--order-id", &order],
        &env,
    );
    assert_eq!(code, 0);
    assert!(out.contains(&order), "{out}");
}

fn pooul_env(base: &str) -> [(&'static str, String); 3] {
    [
        ("PAYSPEC_POOUL_BASE_URL", format!("{base}/pooul")),
        ("PAYSPEC_POOUL_MERCHANT_ID", "sandbox-merchant_id".into()),
        ("PAYSPEC_POOUL_KEY", "sandbox-key".into()),
    ]
}

fn with_env<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[test]
fn journal_list_and_show_read_back_what_pay_recorded() {
    let (_sandbox, addr) = start_sandbox();
    let base = format!("http://{addr}");
    let env = pooul_env(&base);
    let env = with_env(&env);
    let dir = Scratch::new("cli-journal");
    let journal = dir.path("journal.sqlite");
    let paid = format!("CLIPAID{}", std::process::id());
    let failed = format!("CLIFAIL{}", std::process::id());
    let pay = |order: &str, code: &str| {
        payspec(
            &[
                "pay",
                "--provider",
                "pooul",
                "--amount",
                "0.01",
                "--auth-code",
                code,
                "--order-id",
                order,
                "--journal",
                &journal,
            ],
            &env,
        )
    };
    let (code, out, err) = pay(&paid, "280000000000000000");
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = pay(&failed, "280000000000000300");
    assert_eq!(code, 1, "{out}{err}");

    let (code, out, err) = payspec(&["journal", "list", "--journal", &journal], &[]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("started"), "{out}");
    assert!(
        lines[1].contains(&failed) && lines[1].ends_with("failed"),
        "newest first: {out}"
    );
    assert!(
        lines[2].contains(&paid) && lines[2].ends_with("paid"),
        "{out}"
    );
    assert!(
        lines[2].contains("0.01 CNY") && lines[2].contains("…0000"),
        "{out}"
    );
    let (_, out, _) = payspec(
        &["journal", "list", "--journal", &journal, "--limit", "1"],
        &[],
    );
    assert_eq!(out.lines().count(), 2, "{out}");

    let (code, out, err) = payspec(&["journal", "show", &paid, "--journal", &journal], &[]);
    assert_eq!(code, 0, "{err}");
    for needle in [
        format!("order    {paid}"),
        "outcome  paid".to_string(),
        "steps    2".to_string(),
        "pay     sent".to_string(),
        "pay     answered success   state".to_string(),
    ] {
        assert!(out.contains(&needle), "{needle} missing from:\n{out}");
    }
    assert!(
        !out.contains("280000000000000000"),
        "no payment code: {out}"
    );

    // The same order id again: refused before anything is sent, the record unchanged.
    let (code, _, err) = pay(&paid, "280000000000000000");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already in the journal"), "{err}");
    let (_, out, _) = payspec(&["journal", "show", &paid, "--journal", &journal], &[]);
    assert!(out.contains("steps    2"), "{out}");

    let (code, _, err) = payspec(&["journal", "show", "NOPE", "--journal", &journal], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("no payment `NOPE`"), "{err}");
    let missing = dir.path("missing.sqlite");
    let (code, _, err) = payspec(&["journal", "list", "--journal", &missing], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("no journal at"), "{err}");
    assert!(!Path::new(&missing).exists(), "reading creates no journal");
    let (code, _, err) = payspec(
        &[
            "journal",
            "list",
            "--journal",
            "postgres://cashier:s3cret@127.0.0.1:1/x",
        ],
        &[],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--journal (PostgreSQL)") && !err.contains("s3cret"),
        "an unreachable PostgreSQL journal, the password never shown: {err}"
    );
}

fn pay_intent(order_id: &str, scenario: Scenario) -> PayIntent {
    PayIntent {
        order_id: order_id.into(),
        amount: Money::fen(1),
        auth_code: Redacted::new(scenario.auth_code()),
        subject: "recover test".into(),
        description: Some("recover test".into()),
        device_id: Some("POS".into()),
        notify_url: None,
    }
}

/// What a process leaves when it dies right after sending a pay call: the payment and its pay
/// intent, no result, nobody holding it.
async fn interrupted(journal: &dyn Journal, order_id: &str, started_at_ms: i64) {
    journal
        .open(&PaymentRecord {
            order_id: order_id.into(),
            provider: "pooul".into(),
            amount_minor: 1,
            currency: "CNY".into(),
            auth_code_hint: "…0000".into(),
            started_at_ms,
            outcome: None,
            detail: None,
            updated_at_ms: started_at_ms,
        })
        .await
        .expect("open");
    journal
        .step(&StepRecord {
            order_id: order_id.into(),
            step: StepKind::Pay,
            phase: Phase::Intent,
            classification: None,
            detail: None,
            provider_trade_id: None,
            at_ms: started_at_ms,
        })
        .await
        .expect("pay intent");
}

fn pooul_gateway(base_url: String) -> Arc<dyn Gateway> {
    let module = &payspec_generated::pooul::MODULE;
    let creds: std::collections::BTreeMap<String, String> = module
        .config
        .iter()
        .map(|k| (k.key.to_string(), sandbox::default_credential(k.key)))
        .collect();
    let transport = HttpTransport::new(TransportConfig::default()).expect("transport");
    Arc::new(SpecGateway::new(
        module,
        Arc::new(creds),
        base_url,
        Arc::new(transport),
    ))
}

#[tokio::test]
async fn recover_finishes_interrupted_payments_against_the_sandbox() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let handle = sandbox::spawn(listener, Sandbox::new(payspec_generated::MODULES)).unwrap();
    let gateway = pooul_gateway(handle.base_url("pooul"));
    let dir = Scratch::new("recover-inproc");
    let journal: Arc<dyn Journal> =
        Arc::new(SqliteJournal::open(dir.0.join("journal.sqlite")).unwrap());
    let now = now_ms();
    let cases = [
        ("RECPAID", Scenario::PayingThenSuccess { queries: 1 }),
        ("RECCHARGED", Scenario::SystemErrorCharged),
        ("RECNEVER", Scenario::PayingNeverConfirmed),
    ];
    for (order, scenario) in cases {
        interrupted(&*journal, order, now).await;
        // The pay went out; its answer died with the process.
        let _ = gateway.pay(&pay_intent(order, scenario)).await;
    }
    let policy = payspec_generated::pooul::MODULE
        .provider
        .poll
        .compressed(50);
    let g = gateway.clone();
    let gateways = move |provider: &str| (provider == "pooul").then(|| g.clone());
    let report = recover(journal.clone(), &gateways, "test", now_ms(), &|_| policy)
        .await
        .unwrap();
    assert_eq!(
        (report.paid, report.reversed, report.total()),
        (2, 1, 3),
        "{report:?}"
    );
    for (order, expected) in [
        ("RECPAID", OutcomeKind::Paid),
        ("RECCHARGED", OutcomeKind::Paid),
        ("RECNEVER", OutcomeKind::Reversed),
    ] {
        let (payment, steps) = journal.get(order).await.unwrap().unwrap();
        assert_eq!(payment.outcome, Some(expected), "{order}");
        assert!(
            steps[1..].iter().all(|s| s.step != StepKind::Pay),
            "{order}: the pay is never sent again: {steps:?}"
        );
        let last = steps.last().unwrap();
        assert_eq!(
            (last.phase, last.classification),
            (Phase::Result, Some(Classification::Success)),
            "{order}"
        );
    }
    let never = handle.ledger().trade("pooul", "RECNEVER").unwrap();
    assert_eq!(never.status, TradeStatus::Reversed);
    assert_eq!(
        handle.ledger().len(),
        3,
        "one trade per order: nothing paid twice"
    );

    let again = recover(journal.clone(), &gateways, "test-2", now_ms(), &|_| policy)
        .await
        .unwrap();
    assert_eq!(again.total(), 0, "{again:?}");
    handle.shutdown().await.unwrap();
}

#[test]
fn recover_through_the_binary_then_nothing_is_left() {
    let (_sandbox, addr) = start_sandbox();
    let base = format!("http://{addr}");
    let env = pooul_env(&base);
    let env = with_env(&env);
    let dir = Scratch::new("cli-recover");
    let path = dir.path("journal.sqlite");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let journal = SqliteJournal::open(&path).unwrap();
        // Started an hour ago: long past the deadline, so recovery reverses at once.
        interrupted(&journal, "CLIREC1", now_ms() - 3_600_000).await;
        let gateway = pooul_gateway(format!("{}/pooul", base));
        let _ = gateway
            .pay(&pay_intent("CLIREC1", Scenario::PayingNeverConfirmed))
            .await;
    });
    let (code, out, err) = payspec(&["recover", "--journal", &path], &env);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("recovered CLIREC1: reversed"), "{out}");
    assert!(
        out.contains("1 recovered: 0 paid, 0 failed, 1 reversed"),
        "{out}"
    );

    let (code, out, _) = payspec(&["recover", "--journal", &path], &env);
    assert_eq!(code, 0);
    assert!(out.starts_with("0 recovered"), "{out}");

    let (_, out, _) = payspec(&["journal", "show", "CLIREC1", "--journal", &path], &[]);
    assert!(out.contains("outcome  reversed"), "{out}");
    assert!(out.contains("reverse answered success"), "{out}");
}

//! The `payspec` binary as a user runs it: bad configuration and bad input are refused with a
//! clear message and exit code 2 before anything is sent; a payment against the simulator exits
//! 0 when paid and 1 when not.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use payspec_runtime::transport::{BoxFuture, HttpCall, Transport, TransportError};
use payspec_runtime::{Error, Gateway, Message, Money, PayIntent, Redacted, SpecGateway};

const BIN: &str = env!("CARGO_BIN_EXE_payspec");

fn payspec(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args);
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

/// A transport that counts calls and answers nothing.
struct Counting(AtomicUsize);

impl Transport for Counting {
    fn send<'a>(&'a self, _call: HttpCall) -> BoxFuture<'a, Result<Message, TransportError>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Err(TransportError::Connect("test transport".into())) })
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

/// `payspec sandbox --port 0` in a child process; killed when dropped.
struct SandboxProcess {
    child: Child,
    base: String,
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_sandbox() -> SandboxProcess {
    let mut child = Command::new(BIN)
        .args(["sandbox", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts the sandbox");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("reads the address line");
    let base = first
        .trim()
        .strip_prefix("payspec sandbox on ")
        .unwrap_or_else(|| panic!("unexpected first line: {first}"))
        .to_string();
    SandboxProcess { child, base }
}

#[test]
fn pay_against_the_sandbox_exits_0_when_paid_and_1_when_not() {
    let sandbox = start_sandbox();
    let base_url = format!("{}/pooul", sandbox.base);
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

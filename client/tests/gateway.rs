//! The spec-driven gateway against a scripted provider that verifies every request's signature
//! and answers with signed replies.

use payspec_core::testing as common;

use std::sync::{Arc, Mutex};

use common::micro::{self, MODULE, NO_REVERSE, PROVIDER};
use payspec_client::gateway::{Gateway, PayIntent, SpecGateway};
use payspec_client::transport::{BoxFuture, HttpCall, Transport, TransportError};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::descriptor::ProviderModule;
use payspec_core::{Classification, Currency, Error, ErrorKind, Money, MoneyError, TradeStatus};
use serde_json::{json, Map, Value};

type Answer = Result<Message, TransportError>;
type Responder = dyn Fn(&str, &Map<String, Value>) -> Answer + Send + Sync;

/// What the provider received.
#[derive(Debug, Clone)]
struct Seen {
    url: String,
    operation: &'static str,
    /// The request's content members (envelope members excluded).
    content: Map<String, Value>,
}

struct FakeProvider {
    responder: Box<Responder>,
    seen: Mutex<Vec<Seen>>,
}

impl Transport for FakeProvider {
    fn send<'a>(&'a self, call: HttpCall) -> BoxFuture<'a, Answer> {
        Box::pin(async move {
            let op = MODULE
                .operations
                .iter()
                .find(|op| op.name == call.operation)
                .expect("a known operation");
            let inbound = codec::decode_request::<Map<String, Value>>(
                &PROVIDER,
                op,
                &call.message,
                &micro::creds(),
            )
            .expect("the merchant's request verifies");
            let mut content = inbound.content;
            // The test's own view is a `Value` (its members are texts and integers, exact there).
            content.extend(inbound.extra.into_iter().map(|(name, value)| {
                let value: Value = serde_json::from_str(&value.to_string()).unwrap();
                (name, value)
            }));
            self.seen.lock().unwrap().push(Seen {
                url: call.url.clone(),
                operation: call.operation,
                content: content.clone(),
            });
            (self.responder)(op.name, &content)
        })
    }
}

/// A signed reply to `operation`.
fn reply(operation: &str, code: &str, sub_code: Option<&str>, msg: &str, data: Value) -> Answer {
    let op = MODULE
        .operations
        .iter()
        .find(|op| op.name == operation)
        .unwrap();
    let status = EnvelopeStatus {
        code: Some(code.into()),
        message: Some(msg.into()),
        sub_code: sub_code.map(Into::into),
        business: None,
    };
    let data = data.as_object().cloned();
    Ok(codec::encode_response(
        &PROVIDER,
        op,
        &status,
        data.as_ref(),
        &micro::creds(),
        &common::ctx(),
    )
    .unwrap())
}

fn trade(order_id: &str, state: &str) -> Value {
    json!({"out_trade_no": order_id, "transaction_id": "42000001", "total_fee": 1, "trade_state": state})
}

fn setup(
    module: &'static ProviderModule,
    responder: impl Fn(&str, &Map<String, Value>) -> Answer + Send + Sync + 'static,
) -> (SpecGateway, Arc<FakeProvider>) {
    let provider = Arc::new(FakeProvider {
        responder: Box::new(responder),
        seen: Mutex::new(Vec::new()),
    });
    let gateway = SpecGateway::new(
        module,
        Arc::new(micro::creds()),
        "https://provider.test/api/",
        provider.clone(),
    );
    (gateway, provider)
}

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

fn seen(provider: &FakeProvider) -> Vec<Seen> {
    provider.seen.lock().unwrap().clone()
}

#[tokio::test]
async fn pay_builds_the_request_from_unified_fields_and_defaults() {
    let (gateway, provider) = setup(&MODULE, |_, _| {
        reply("micropay", "0", None, "OK", trade("T1", "SUCCESS"))
    });
    let view = gateway.pay(&intent()).await.unwrap();
    let calls = seen(&provider);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].url, "https://provider.test/api/pay/micro");
    assert_eq!(calls[0].operation, "micropay");
    let content = &calls[0].content;
    assert_eq!(content["out_trade_no"], json!("T1"));
    // Fen: a JSON integer, never `1.0` or `"1"`.
    assert_eq!(content["total_fee"].to_string(), "1");
    assert_eq!(content["auth_code"], json!("134567890123456789"));
    assert_eq!(content["body"], json!("coffee"));
    assert_eq!(content["device_info"], json!("POS"));
    assert_eq!(content["scene"], json!("bar_code"));
    for member in [
        "out_trade_no",
        "total_fee",
        "auth_code",
        "body",
        "device_info",
        "scene",
    ] {
        assert!(calls[0].content.contains_key(member), "{member} sent");
    }
    assert!(!calls[0].content.contains_key("attach"));
    assert_eq!(view.order_id, "T1");
    assert_eq!(view.classification, Classification::Success);
    assert_eq!(view.status, Some(TradeStatus::Success));
    assert_eq!(view.raw_state.as_deref(), Some("SUCCESS"));
    assert_eq!(view.provider_trade_id.as_deref(), Some("42000001"));
    assert_eq!(view.amount, Some(Money::fen(1)));
    assert_eq!(view.message.as_deref(), Some("OK"));
}

#[tokio::test]
async fn intent_values_override_defaults() {
    let (gateway, provider) = setup(&MODULE, |_, _| {
        reply("micropay", "0", None, "OK", trade("T1", "SUCCESS"))
    });
    let intent = PayIntent {
        description: Some("flat white".into()),
        device_id: Some("till-7".into()),
        ..intent()
    };
    gateway.pay(&intent).await.unwrap();
    let content = &seen(&provider)[0].content;
    assert_eq!(content["device_info"], json!("till-7"));
    assert_eq!(content["attach"], json!("flat white"));
}

#[tokio::test]
async fn a_paying_answer_is_pending_with_its_message() {
    let (gateway, _) = setup(&MODULE, |_, _| {
        reply(
            "micropay",
            "1",
            Some("USERPAYING"),
            "需要用户输入支付密码",
            json!({}),
        )
    });
    let view = gateway.pay(&intent()).await.unwrap();
    assert_eq!(view.classification, Classification::Pending);
    assert_eq!(view.status, None);
    assert_eq!(
        view.message.as_deref(),
        Some("USERPAYING: 需要用户输入支付密码")
    );
}

#[tokio::test]
async fn an_invalid_request_is_refused_before_sending() {
    let (gateway, provider) = setup(&MODULE, |_, _| unreachable!("nothing is sent"));
    let bad = PayIntent {
        auth_code: "12".into(),
        subject: String::new(),
        ..intent()
    };
    let error = gateway.pay(&bad).await.unwrap_err();
    let Error::Invalid(violations) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(violations.0.len(), 2);
    assert_eq!(error.kind(), ErrorKind::Definite);
    assert!(seen(&provider).is_empty());
}

#[tokio::test]
async fn a_currency_the_format_cannot_carry_is_refused_before_sending() {
    let (gateway, provider) = setup(&MODULE, |_, _| unreachable!("nothing is sent"));
    let yen = PayIntent {
        amount: Money::from_minor(100, Currency::JPY),
        ..intent()
    };
    let error = gateway.pay(&yen).await.unwrap_err();
    assert!(
        matches!(error, Error::Money(MoneyError::CurrencyMismatch { .. })),
        "{error:?}"
    );
    assert_eq!(error.kind(), ErrorKind::Definite);
    assert!(seen(&provider).is_empty());
}

#[tokio::test]
async fn query_sends_the_order_id_and_reads_the_state() {
    let (gateway, provider) = setup(&MODULE, |_, content| {
        assert_eq!(content["out_trade_no"], json!("T1"));
        reply("query", "0", None, "OK", trade("T1", "USERPAYING"))
    });
    let view = gateway.query("T1").await.unwrap();
    assert_eq!(
        seen(&provider)[0].url,
        "https://provider.test/api/pay/query"
    );
    assert_eq!(view.classification, Classification::Pending);
    assert_eq!(view.status, Some(TradeStatus::Paying));
    assert_eq!(view.raw_state.as_deref(), Some("USERPAYING"));
}

#[tokio::test]
async fn a_reply_about_another_order_is_malformed() {
    let (gateway, _) = setup(&MODULE, |_, _| {
        reply("query", "0", None, "OK", trade("T2", "SUCCESS"))
    });
    let error = gateway.query("T1").await.unwrap_err();
    assert!(matches!(error, Error::Malformed(_)), "{error:?}");
    assert_eq!(error.kind(), ErrorKind::Unknown);
}

#[tokio::test]
async fn reverse_reads_call_again_and_done() {
    let (gateway, provider) = setup(&MODULE, |_, _| {
        reply(
            "reverse",
            "0",
            None,
            "OK",
            json!({"out_trade_no": "T1", "recall": "Y"}),
        )
    });
    let view = gateway.reverse("T1").await.unwrap();
    assert_eq!(view.classification, Classification::Pending);
    assert_eq!(
        seen(&provider)[0].url,
        "https://provider.test/api/pay/reverse"
    );

    let (gateway, _) = setup(&MODULE, |_, _| {
        reply(
            "reverse",
            "0",
            None,
            "OK",
            json!({"out_trade_no": "T1", "recall": "N"}),
        )
    });
    assert_eq!(
        gateway.reverse("T1").await.unwrap().classification,
        Classification::Success
    );

    let (gateway, _) = setup(&MODULE, |_, _| {
        reply(
            "reverse",
            "1",
            Some("REVERSE_EXPIRE"),
            "too late",
            json!({}),
        )
    });
    let refused = gateway.reverse("T1").await.unwrap();
    assert_eq!(refused.classification, Classification::Failed);
    assert_eq!(refused.message.as_deref(), Some("REVERSE_EXPIRE: too late"));
}

#[tokio::test]
async fn a_provider_without_reverse_says_so_without_sending() {
    let (gateway, provider) = setup(&NO_REVERSE, |_, _| unreachable!("nothing is sent"));
    let error = gateway.reverse("T1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Unsupported {
                provider: "micro",
                step: "reverse"
            }
        ),
        "{error:?}"
    );
    assert!(seen(&provider).is_empty());
}

#[tokio::test]
async fn transport_failures_keep_their_meaning() {
    let (gateway, _) = setup(&MODULE, |_, _| Err(TransportError::Timeout));
    let error = gateway.pay(&intent()).await.unwrap_err();
    assert!(matches!(error, Error::Transport(TransportError::Timeout)));
    assert_eq!(error.kind(), ErrorKind::Unknown);

    let (gateway, _) = setup(&MODULE, |_, _| {
        Err(TransportError::Connect("refused".into()))
    });
    assert_eq!(
        gateway.pay(&intent()).await.unwrap_err().kind(),
        ErrorKind::Definite
    );
}

#[tokio::test]
async fn a_tampered_reply_does_not_verify() {
    let (gateway, _) = setup(&MODULE, |_, _| {
        let mut message = reply("micropay", "0", None, "OK", trade("T1", "SUCCESS"))?;
        let body = String::from_utf8(message.body).unwrap();
        message.body = body
            .replace("\"total_fee\":1", "\"total_fee\":2")
            .into_bytes();
        Ok(message)
    });
    let error = gateway.pay(&intent()).await.unwrap_err();
    assert!(matches!(error, Error::SignatureMismatch), "{error:?}");
    assert_eq!(error.kind(), ErrorKind::Unknown);
}

#[tokio::test]
async fn debug_never_shows_the_code_or_keys() {
    let (gateway, _) = setup(&MODULE, |_, _| unreachable!());
    let printed = format!("{gateway:?} {:?}", intent());
    assert!(!printed.contains("134567890123456789"));
    assert!(!printed.contains("\"K\""));
    assert!(printed.contains("<redacted>"));
}

/// A reply to `operation` whose `data` is `data_text` exactly as given (repeated names and all),
/// correctly signed over those bytes.
fn raw_reply(operation: &str, data_text: &str) -> Answer {
    let op = MODULE
        .operations
        .iter()
        .find(|op| op.name == operation)
        .unwrap();
    let unsigned = format!(r#"{{"code":0,"msg":"OK","data":{data_text}}}"#);
    let layout = op.response.unwrap();
    let sign = codec::signature_for(&PROVIDER, layout, unsigned.as_bytes(), &micro::creds())
        .expect("signable");
    let body = format!(r#"{{"code":0,"msg":"OK","data":{data_text},"sign":"{sign}"}}"#);
    Ok(Message {
        body: body.into_bytes(),
        headers: Vec::new(),
    })
}

// issue 8, finding 3: a correctly signed answer that states another amount is read as it is
// (the saga's binding check turns it into "needs attention"), never dropped or replaced by the
// intent's amount.
#[tokio::test]
async fn a_signed_success_with_another_amount_shows_that_amount() {
    for (step, amount) in [
        ("micropay", json!(100)),
        ("query", json!("100")),
        ("micropay", json!(-1)),
    ] {
        let answer = amount.clone();
        let (gateway, _) = setup(&MODULE, move |op, _| {
            let mut data = trade("T1", "SUCCESS");
            data["total_fee"] = answer.clone();
            reply(op, "0", None, "OK", data)
        });
        let view = if step == "micropay" {
            gateway.pay(&intent()).await
        } else {
            gateway.query("T1").await
        }
        .unwrap();
        assert_eq!(view.classification, Classification::Success, "{step}");
        let stated = Money::fen(amount.to_string().trim_matches('"').parse().unwrap());
        assert_eq!(view.amount, Some(stated), "{step} {amount}");
        assert_ne!(view.amount, Some(intent().amount), "{step} {amount}");
    }
}

// issue 8, finding 3: an amount that is there but unreadable on an answer that says the money
// moved (or may yet) makes the answer unknown (the saga queries), never a view without amount.
#[tokio::test]
async fn an_unreadable_amount_on_a_success_or_pending_is_malformed() {
    for (state, amount) in [
        ("SUCCESS", json!("0.01")),
        ("SUCCESS", json!("1e2")),
        ("SUCCESS", json!({"fen": 1})),
        ("USERPAYING", json!(true)),
    ] {
        let answer = amount.clone();
        let (gateway, _) = setup(&MODULE, move |op, _| {
            let mut data = trade("T1", state);
            data["total_fee"] = answer.clone();
            reply(op, "0", None, "OK", data)
        });
        for result in [gateway.pay(&intent()).await, gateway.query("T1").await] {
            let error = result.unwrap_err();
            assert!(
                matches!(&error, Error::Malformed(m) if m.contains("amount")),
                "{state} {amount}: {error:?}"
            );
            assert_eq!(error.kind(), ErrorKind::Unknown);
        }
    }
    // A definite failure stays one: its amount decides nothing.
    let (gateway, _) = setup(&MODULE, |op, _| {
        let mut data = trade("T1", "PAYERROR");
        data["total_fee"] = json!("0.01");
        reply(op, "0", None, "OK", data)
    });
    let view = gateway.pay(&intent()).await.unwrap();
    assert_eq!(view.classification, Classification::Failed);
    assert_eq!(view.amount, None);
}

// issue 8, finding 5: a success that does not name the order cannot be bound to it: unknown,
// never paid (today's check ran only when the order id was there).
#[tokio::test]
async fn a_success_without_the_order_id_is_malformed() {
    // Absent, null, empty.
    for missing in [None, Some(Value::Null), Some(json!(""))] {
        let absent = missing.clone();
        let (gateway, _) = setup(&MODULE, move |op, _| {
            let mut data = trade("T1", "SUCCESS");
            let members = data.as_object_mut().unwrap();
            match &absent {
                None => members.remove("out_trade_no"),
                Some(value) => members.insert("out_trade_no".into(), value.clone()),
            };
            reply(op, "0", None, "OK", data)
        });
        let error = gateway.pay(&intent()).await.unwrap_err();
        assert!(
            matches!(&error, Error::Malformed(m) if m.contains("out_trade_no")),
            "{missing:?}: {error:?}"
        );
        assert_eq!(error.kind(), ErrorKind::Unknown);
        let error = gateway.query("T1").await.unwrap_err();
        assert!(matches!(error, Error::Malformed(_)), "{error:?}");
    }
}

// issue 8, finding 5: the unified path (a map body) holds a success or pending answer to the
// members the spec requires, as the typed path does; a failure answer need not carry them.
#[tokio::test]
async fn required_reply_members_are_enforced_on_the_unified_path() {
    for state in ["SUCCESS", "USERPAYING"] {
        let (gateway, _) = setup(&MODULE, move |op, _| {
            let mut data = trade("T1", state);
            data.as_object_mut().unwrap().remove("transaction_id");
            reply(op, "0", None, "OK", data)
        });
        let error = gateway.query("T1").await.unwrap_err();
        assert!(
            matches!(&error, Error::Malformed(m) if m.contains("`transaction_id`")),
            "{state}: {error:?}"
        );
        assert_eq!(error.kind(), ErrorKind::Unknown);
    }
    // An error reply with no data is still a definite answer.
    let (gateway, _) = setup(&MODULE, |op, _| {
        reply(op, "1", Some("ORDERNOTEXIST"), "no such order", json!({}))
    });
    let view = gateway.query("T1").await.unwrap();
    assert_eq!(view.classification, Classification::Failed);
    assert_eq!(
        view.message.as_deref(),
        Some("ORDERNOTEXIST: no such order")
    );
}

// issue 8, finding 7: a signed reply whose content names `total_fee` twice is refused, not read
// as its last value.
#[tokio::test]
async fn a_reply_with_a_repeated_member_is_refused() {
    for data in [
        r#"{"out_trade_no":"T1","transaction_id":"4200","total_fee":1,"total_fee":100,"trade_state":"SUCCESS"}"#,
        r#"{"out_trade_no":"T1","transaction_id":"4200","total_fee":1,"trade_state":"PAYERROR","trade_state":"SUCCESS"}"#,
        r#"{"out_trade_no":"T1","transaction_id":"4200","total_fee":1,"trade_state":"SUCCESS","x":{"a":1,"a":2}}"#,
    ] {
        let (gateway, _) = setup(&MODULE, move |op, _| raw_reply(op, data));
        let error = gateway.pay(&intent()).await.unwrap_err();
        assert!(
            matches!(&error, Error::Malformed(m) if m.contains("appears twice")),
            "{data}: {error:?}"
        );
        assert_eq!(error.kind(), ErrorKind::Unknown);
    }
    // The same bytes without the repeat are a good reply: the refusal is about the repeat.
    let (gateway, _) = setup(&MODULE, |op, _| {
        raw_reply(
            op,
            r#"{"out_trade_no":"T1","transaction_id":"4200","total_fee":1,"trade_state":"SUCCESS"}"#,
        )
    });
    let view = gateway.pay(&intent()).await.unwrap();
    assert_eq!(view.classification, Classification::Success);
    assert_eq!(view.amount, Some(Money::fen(1)));
}

//! Replies of the real providers read for binding (issue 8): every pay and query answer that
//! states an amount is read into the unified view, and a Fubei `biz_content` naming a member
//! twice is refused by the simulator as the codec decodes it, charging nothing. The sandbox
//! runs over loopback HTTP and stops at the end of each test.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use payspec::providers::MODULES;
use payspec::sandbox::{self, Sandbox, SandboxHandle, Scenario};
use payspec_client::gateway::{Gateway, PayIntent, SpecGateway};
use payspec_client::transport::{HttpCall, HttpTransport, Transport, TransportConfig};
use payspec_core::codec::{self, Message};
use payspec_core::descriptor::{OperationRole, ProviderModule, UnifiedRole};
use payspec_core::{Classification, EncodeContext, Error, Money, Redacted};
use serde_json::{json, Map, Value};
use tokio::net::TcpListener;

async fn start() -> SandboxHandle {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    sandbox::spawn(listener, Sandbox::new(MODULES)).expect("spawn")
}

/// A transport trusting the simulator's test CA (a provider with an operation over mutual TLS
/// is served over HTTPS).
fn transport(handle: &SandboxHandle) -> Arc<HttpTransport> {
    Arc::new(
        HttpTransport::with_tls(
            TransportConfig {
                connect_timeout: Duration::from_secs(2),
                total_timeout: Duration::from_secs(5),
                max_body_bytes: 64 * 1024,
            },
            handle.tls_config(),
        )
        .expect("transport"),
    )
}

fn creds(handle: &SandboxHandle, module: &ProviderModule) -> BTreeMap<String, String> {
    handle
        .credentials(module.provider.name)
        .expect("credentials")
        .clone()
}

fn module(name: &str) -> &'static ProviderModule {
    MODULES
        .iter()
        .copied()
        .find(|m| m.provider.name == name)
        .expect("provider")
}

// issue 8, finding 3: the saga binds a "paid" by the amount the answer states, so every
// provider whose pay or query reply has an amount must have it read into the view, exactly
// (fen, yuan numbers, minor units in the reply's currency).
#[tokio::test]
async fn every_pay_and_query_answer_states_its_amount() {
    let handle = start().await;
    let transport = transport(&handle);
    for (index, module) in MODULES.iter().copied().enumerate() {
        let name = module.provider.name;
        for role in [OperationRole::Pay, OperationRole::Query] {
            let op = module.operation(role).expect("operation");
            assert!(
                op.response_unified
                    .iter()
                    .any(|f| f.role == UnifiedRole::Amount),
                "{name} {role:?}: the spec's reply has no amount to bind by"
            );
        }
        let gateway = SpecGateway::new(
            module,
            Arc::new(creds(&handle, module)),
            handle.base_url(name),
            transport.clone(),
        );
        let intent = PayIntent {
            order_id: format!("rb{index:02}x{}", Scenario::Success.code()),
            amount: Money::fen(1234),
            auth_code: Redacted::new(Scenario::Success.auth_code()),
            subject: "binding".into(),
            description: Some("binding order".into()),
            device_id: Some("POS01".into()),
            notify_url: Some("http://127.0.0.1:9/notify".into()),
        };
        let paid = gateway.pay(&intent).await.expect("pay answer");
        assert_eq!(paid.classification, Classification::Success, "{name}");
        assert_eq!(paid.amount, Some(intent.amount), "{name} pay");
        let queried = gateway.query(&intent.order_id).await.expect("query answer");
        assert_eq!(queried.classification, Classification::Success, "{name}");
        assert_eq!(queried.amount, Some(intent.amount), "{name} query");
    }
    handle.shutdown().await.expect("shutdown");
}

// issue 8, finding 7: Fubei's swipe with `total_fee` 0.01 then 1.00 inside `biz_content`,
// correctly signed over that text: the codec refuses it with a clear error and the simulator
// answers it as a rejected request, charging nothing.
#[tokio::test]
async fn a_fubei_biz_content_with_a_repeated_total_fee_is_refused() {
    let handle = start().await;
    let fubei = module("fubei");
    let swipe = fubei.operation(OperationRole::Pay).expect("swipe");
    let creds = creds(&handle, fubei);
    let content = json!({
        "merchant_order_sn": format!("rbdup{}", Scenario::Success.code()),
        "auth_code": Scenario::Success.auth_code(),
        "total_fee": 0.01,
        "body": "binding",
    });
    let ctx = EncodeContext::fresh();
    let sent = codec::encode_request(fubei.provider, swipe, &content, &creds, &ctx).unwrap();
    let text = String::from_utf8(sent.body).unwrap();
    let once = r#"\"total_fee\":0.01"#;
    assert!(text.contains(once), "{text}");
    let doubled = text.replace(once, r#"\"total_fee\":0.01,\"total_fee\":1.00"#);
    // Signed again over the new bytes: the signature is good, only the repeat is wrong.
    let unsigned: Map<String, Value> = serde_json::from_str(&doubled).unwrap();
    let old_sign = unsigned["sign"].as_str().unwrap().to_owned();
    let sign =
        codec::signature_for(fubei.provider, swipe.request, doubled.as_bytes(), &creds).unwrap();
    let message = Message {
        body: doubled.replace(&old_sign, &sign).into_bytes(),
        headers: vec![("Content-Type".into(), "application/json".into())],
    };

    // As the simulator (and the notification handler) decode it.
    let decoded =
        codec::decode_request::<Map<String, Value>>(fubei.provider, swipe, &message, &creds);
    match decoded {
        Err(Error::Malformed(why)) => {
            assert!(why.contains("`total_fee` appears twice"), "{why}");
            assert!(why.contains("biz_content"), "{why}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }

    // Over HTTP: the simulator refuses it and records no trade.
    let reply = transport(&handle)
        .send(HttpCall {
            provider: fubei.provider.name,
            operation: swipe.name,
            method: swipe.http_method,
            url: payspec_client::exchange::join_url(&handle.base_url("fubei"), swipe.path),
            message,
        })
        .await
        .expect("an answer");
    let reply = codec::decode_response::<Map<String, Value>>(fubei.provider, swipe, &reply, &creds)
        .expect("the simulator's answer decodes");
    assert_ne!(reply.classification, Classification::Success);
    assert_ne!(reply.classification, Classification::Pending);
    assert!(handle.ledger().is_empty(), "{:?}", handle.ledger().trades());
    handle.shutdown().await.expect("shutdown");
}

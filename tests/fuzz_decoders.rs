//! Fuzzing (proptest) of every generated decoder: random bytes and mutations of valid signed
//! messages give an error or a value, never a panic — in both directions, for every provider.

use payspec_generated::MODULES;
use payspec_runtime::codec::{decode_request, decode_response, encode_response};
use payspec_runtime::descriptor::{Direction, OperationDescriptor, ProviderModule};
use payspec_runtime::{EncodeContext, EnvelopeStatus, Message};
use proptest::prelude::*;
use serde_json::{Map, Value};

type Content = Map<String, Value>;

fn creds(module: &ProviderModule) -> std::collections::BTreeMap<String, String> {
    module
        .config
        .iter()
        .map(|k| {
            (
                k.key.to_string(),
                if k.key.contains("currency") {
                    "CNY".into()
                } else {
                    "k".into()
                },
            )
        })
        .collect()
}

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_700_000_000,
        nonce: "abcdefghijklmnopqrstuvwxyz012345".into(),
        message_id: "3b241101-e2bb-4255-8caf-4136c566a962".into(),
    }
}

/// Every (module, operation) pair.
fn operations() -> Vec<(&'static ProviderModule, &'static OperationDescriptor)> {
    MODULES
        .iter()
        .flat_map(|m| m.operations.iter().map(move |op| (*m, *op)))
        .collect()
}

/// A validly signed reply (or notification) to mutate.
fn valid(module: &'static ProviderModule, op: &'static OperationDescriptor) -> Vec<u8> {
    let mut content = Content::new();
    for f in op.response_unified.iter().chain(op.request_unified) {
        content.insert(f.wire.to_string(), Value::String("1".into()));
    }
    let status = EnvelopeStatus {
        code: module.sandbox.ok.code.map(str::to_string),
        message: module.sandbox.ok.message.map(str::to_string),
        sub_code: None,
    };
    encode_response(
        module.provider,
        op,
        &status,
        Some(&content),
        &creds(module),
        &ctx(),
    )
    .map(|m| m.body)
    .unwrap_or_else(|_| b"{}".to_vec())
}

/// Runs every decoder of `op` on `body`; only a panic fails.
fn decode_all(module: &'static ProviderModule, op: &'static OperationDescriptor, body: Vec<u8>) {
    let message = Message {
        body,
        headers: vec![("Authorization".into(), "k 00".into())],
    };
    let creds = creds(module);
    let _ = decode_request::<Content>(module.provider, op, &message, &creds);
    if op.direction == Direction::Outbound && op.response.is_some() {
        let _ = decode_response::<Content>(module.provider, op, &message, &creds);
    }
    if let Ok(text) = std::str::from_utf8(&message.body) {
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            let _ = (module.check_request)(op.name, &value);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        for (module, op) in operations() {
            decode_all(module, op, bytes.clone());
        }
    }

    #[test]
    fn mutated_signed_messages_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6), cut in any::<usize>()) {
        for (module, op) in operations() {
            let mut body = valid(module, op);
            for (at, byte) in &flips {
                if !body.is_empty() {
                    let i = at % body.len();
                    body[i] = *byte;
                }
            }
            decode_all(module, op, body.clone());
            if !body.is_empty() {
                body.truncate(cut % body.len());
            }
            decode_all(module, op, body);
        }
    }

    #[test]
    fn json_shaped_noise_never_panics(doc in json_value(3)) {
        let body = serde_json::to_vec(&doc).unwrap_or_default();
        for (module, op) in operations() {
            decode_all(module, op, body.clone());
        }
    }
}

/// Arbitrary JSON, biased towards the members the layouts use.
fn json_value(depth: u32) -> impl Strategy<Value = Value> {
    let names = prop_oneof![
        Just("sign".to_string()),
        Just("data".to_string()),
        Just("code".to_string()),
        Just("response".to_string()),
        Just("biz_content".to_string()),
        Just("trade_state".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::String),
        Just(Value::String("0.01".into())),
    ];
    leaf.prop_recursive(depth, 24, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(names.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

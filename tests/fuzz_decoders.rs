//! Fuzzing (proptest) of every generated decoder: random bytes and mutations of valid signed
//! messages give an error or a value, never a panic — in both directions, for every provider.

use payspec_core::codec::{decode_request, decode_response, encode_response};
use payspec_core::descriptor::{Direction, OperationDescriptor, ProviderModule, UnifiedRole};
use payspec_core::{Classification, EncodeContext, EnvelopeStatus, Message, TradeStatus};
use payspec_generated::MODULES;
use proptest::prelude::*;
use serde_json::{Map, Value};

type Content = Map<String, Value>;

fn creds(module: &ProviderModule) -> std::collections::BTreeMap<String, String> {
    let mut creds = module
        .config
        .iter()
        // An optional key left out: its default (the signing algorithm's).
        .filter(|k| !k.optional)
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
        .collect();
    // A public-key recipe: keys that read, and sign and verify each other (the test encodes
    // what it decodes).
    let keys = payspec::sandbox::test_keys::loopback_keys(&module.provider.signing);
    payspec::sandbox::test_keys::insert(&mut creds, &keys);
    creds
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
    // A paid trade with every required member, so that mutations of it reach the checks made
    // on a success (and removing one member is a likely mutation).
    for name in op.response_required.iter().chain(op.request_required) {
        content
            .entry(name.to_string())
            .or_insert_with(|| Value::String("1".into()));
    }
    let paid = module
        .provider
        .states
        .iter()
        .find(|s| s.status == TradeStatus::Success);
    let state = op
        .response_unified
        .iter()
        .chain(op.request_unified)
        .find(|f| f.role == UnifiedRole::TradeState);
    if let (Some(paid), Some(state)) = (paid, state) {
        content.insert(state.wire.to_string(), Value::String(paid.wire.into()));
    }
    let ok = &module.sandbox.expect("sandbox answers").ok;
    let status = EnvelopeStatus {
        code: ok.code.map(Into::into),
        message: ok.message.map(Into::into),
        sub_code: None,
        business: ok.business.map(|level| payspec_core::StatusLevel {
            code: level.code.map(Into::into),
            message: level.message.map(Into::into),
            sub_code: level.sub_code.map(Into::into),
        }),
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
    let present = |content: &Content, name: &str| content.get(name).is_some_and(|v| !v.is_null());
    // issue 8, finding 5: whatever the bytes, a decoded request carries every member the spec
    // requires, and so does a decoded reply that says the money moved (or may yet).
    if let Ok(inbound) = decode_request::<Content>(module.provider, op, &message, &creds) {
        for name in op.request_required {
            assert!(
                present(&inbound.content, name),
                "{} {}: {name}",
                module.provider.name,
                op.name
            );
        }
    }
    if op.direction == Direction::Outbound && op.response.is_some() {
        let reply = decode_response::<Content>(module.provider, op, &message, &creds);
        if let Ok(reply) = reply {
            if matches!(
                reply.classification,
                Classification::Success | Classification::Pending
            ) {
                let body = reply.body.expect("a success or pending reply has a body");
                for name in op.response_required {
                    assert!(
                        present(&body, name),
                        "{} {}: {name}",
                        module.provider.name,
                        op.name
                    );
                }
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(&message.body) {
        if let Ok(value) = payspec_core::Json::parse(text) {
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

/// `body` with the first `"<wire>":` member (or its escaped form inside a JSON string, or its
/// `<wire>` element in a flat XML body) preceded by a second one holding another value; `None`
/// when the member is not in the body.
fn with_repeat(body: &str, wire: &str) -> Option<String> {
    let element = format!("<{wire}>");
    if !body.starts_with('{') && !body.starts_with('<') {
        return form_with_repeat(body, wire);
    }
    if !body.starts_with('{') {
        let at = body.find(&element)?;
        let mut out = body.to_owned();
        out.insert_str(at, &format!("<{wire}>2</{wire}>"));
        return Some(out);
    }
    let plain = format!("\"{wire}\":");
    let escaped = format!("\\\"{wire}\\\":");
    let (at, repeat) = match (body.find(&plain), body.find(&escaped)) {
        (Some(at), _) => (at, format!("\"{wire}\":\"2\",")),
        (None, Some(at)) => (at, format!("\\\"{wire}\\\":\\\"2\\\",")),
        (None, None) => return None,
    };
    let mut out = body.to_owned();
    out.insert_str(at, &repeat);
    Some(out)
}

/// A form body with `wire` named twice: as a second pair, or inside the JSON text of the pair
/// that carries the content (Alipay's `biz_content`).
fn form_with_repeat(body: &str, wire: &str) -> Option<String> {
    let mut pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let member = format!("\"{wire}\":");
    if let Some(at) = pairs.iter().position(|(k, _)| k == wire) {
        let repeat = (wire.to_owned(), "2".to_owned());
        pairs.insert(at, repeat);
    } else {
        let (_, json) = pairs.iter_mut().find(|(_, v)| v.contains(&member))?;
        let at = json.find(&member)?;
        json.insert_str(at, &format!("\"{wire}\":\"2\","));
    }
    Some(
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&pairs)
            .finish(),
    )
}

/// `body` signed again over its new bytes, as a sender holding the key would: the repeat is
/// then the only thing wrong with it.
fn resigned(
    module: &ProviderModule,
    layout: &payspec_core::descriptor::Layout,
    body: String,
) -> String {
    let Some(field) = (match module.provider.signing.placement {
        payspec_core::descriptor::Placement::Field(name) => Some(name),
        payspec_core::descriptor::Placement::Header { .. } => None,
    }) else {
        return body;
    };
    // The body as its layout reads it; a repeated XML element cannot be read (it is refused
    // before any signature is checked), so the signature is found in the body as sent.
    let old = match payspec_core::codec::document(layout, body.as_bytes()) {
        Ok(doc) => doc.get(field).and_then(|v| v.as_str()).map(str::to_owned),
        Err(_) if layout.format.is_flat() => {
            let (open, close) = (format!("<{field}><![CDATA["), format!("]]></{field}>"));
            body.split_once(&open)
                .and_then(|(_, rest)| rest.split_once(&close))
                .map(|(sig, _)| sig.to_owned())
        }
        // A name repeated among the top-level members: found in the body as sent.
        Err(_) => {
            let quoted = format!("\"{field}\":\"");
            body.split_once(&quoted)
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(sig, _)| sig.to_owned())
        }
    };
    let Some(old) = old else {
        return body; // unsigned (Fubei's replies)
    };
    // A repeat among the top-level members cannot even be split to be signed: it is refused
    // before any signature is checked, so the body is left as it is.
    match payspec_core::codec::signature_for(
        module.provider,
        layout,
        body.as_bytes(),
        &creds(module),
    ) {
        // A form carries the signature percent-encoded: put the new one in its pair.
        Ok(new) if !body.starts_with(['{', '<']) => form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form_urlencoded::parse(body.as_bytes()).map(|(k, v)| {
                let v = if k == field {
                    new.clone()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            }))
            .finish(),
        Ok(new) => body.replace(&old, &new),
        Err(_) => body,
    }
}

// issue 8, finding 7: in every provider's messages, requests (as a simulator decodes them),
// notifications and replies, a content member named twice with two values is refused, wherever
// the layout puts the content (top level, `data`, a JSON string, a raw-signed object).
#[test]
fn a_repeated_content_member_is_refused_in_every_message() {
    let mut checked = 0;
    for (module, op) in operations() {
        let creds = creds(module);
        let mut content = Content::new();
        for f in op.request_unified {
            content.insert(f.wire.to_string(), Value::String("1".into()));
        }
        let wire = op.request_unified.first().map(|f| f.wire);
        if let (Some(wire), Ok(sent)) = (
            wire,
            payspec_core::codec::encode_request(module.provider, op, &content, &creds, &ctx()),
        ) {
            let body = String::from_utf8(sent.body).unwrap();
            let repeated = with_repeat(&body, wire).expect("the member is in the request");
            let message = Message {
                body: resigned(module, op.request, repeated).into_bytes(),
                headers: sent.headers,
            };
            let decoded = decode_request::<Content>(module.provider, op, &message, &creds);
            assert!(
                matches!(&decoded, Err(payspec_core::Error::Malformed(m)) if m.contains("appears twice")),
                "{} {} request: {decoded:?}",
                module.provider.name,
                op.name
            );
            checked += 1;
        }
        let (Some(layout), Some(field)) = (op.response, op.response_unified.first()) else {
            continue;
        };
        let body = String::from_utf8(valid(module, op)).unwrap();
        let repeated = with_repeat(&body, field.wire).expect("the member is in the reply");
        let message = Message {
            body: resigned(module, layout, repeated).into_bytes(),
            headers: Vec::new(),
        };
        let decoded = decode_response::<Content>(module.provider, op, &message, &creds);
        assert!(
            matches!(&decoded, Err(payspec_core::Error::Malformed(m)) if m.contains("appears twice")),
            "{} {} reply: {decoded:?}",
            module.provider.name,
            op.name
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} messages checked");
}

/// The messages the fuzzing starts from are good paid replies: their mutations reach the
/// checks a success gets (required members, content parsing), not only the first parse.
#[test]
fn the_seed_replies_are_paid() {
    for module in MODULES {
        let op = module
            .operation(payspec_core::descriptor::OperationRole::Pay)
            .expect("pay");
        let message = Message {
            body: valid(module, op),
            headers: Vec::new(),
        };
        let reply = decode_response::<Content>(module.provider, op, &message, &creds(module))
            .unwrap_or_else(|e| panic!("{}: {e}", module.provider.name));
        assert_eq!(
            reply.classification,
            Classification::Success,
            "{}",
            module.provider.name
        );
    }
}

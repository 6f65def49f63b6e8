//! Every generated reply `decode` (one pass, rules compiled in) against the interpreter
//! (`payspec_core::codec::decode_response`) on random, signed, mutated and noisy replies of every
//! operation: the same `Reply` (classification, status, trade state, typed body, body error,
//! extras) or the same error, always.

use std::collections::BTreeMap;
use std::fmt::Debug;

use payspec_core::codec::{decode_response, encode_response, read};
use payspec_core::descriptor::{OperationDescriptor, ProviderModule};
use payspec_core::{Credentials, EncodeContext, EnvelopeStatus, Error, Json, Message, Reply};
use payspec_generated::{bjrcb, fubei, pooul, scanforpay};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

type Creds = BTreeMap<String, String>;

fn creds(module: &ProviderModule) -> Creds {
    let mut creds: Creds = module
        .config
        .iter()
        .map(|k| {
            let value = if k.key.contains("currency") {
                "CNY"
            } else {
                "k"
            };
            (k.key.to_string(), value.to_string())
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

/// One generated operation's typed decode, run beside the interpreter on the same message.
struct Case {
    module: &'static ProviderModule,
    op: &'static OperationDescriptor,
    check: fn(&Message, &Creds),
}

fn compare<T, C>(
    op: &OperationDescriptor,
    module: &ProviderModule,
    message: &Message,
    creds: &Creds,
    typed: fn(&Message, &dyn Credentials) -> Result<Reply<T>, Error>,
) where
    T: DeserializeOwned + PartialEq + Debug,
    C: DeserializeOwned + Credentials,
{
    let config: C = serde_json::from_value(serde_json::to_value(creds).unwrap()).unwrap();
    let generated = typed(message, &config);
    let interpreted = decode_response::<T>(module.provider, op, message, creds);
    let what = || {
        format!(
            "{} {}: {}",
            module.provider.name,
            op.name,
            String::from_utf8_lossy(&message.body)
        )
    };
    match (generated, interpreted) {
        (Ok(g), Ok(i)) => {
            assert_eq!(g.classification, i.classification, "{}", what());
            assert_eq!(g.status, i.status, "{}", what());
            assert_eq!(g.trade_state, i.trade_state, "{}", what());
            assert_eq!(g.body, i.body, "{}", what());
            assert_eq!(g.body_error, i.body_error, "{}", what());
            assert_eq!(g.extra, i.extra, "{}", what());
        }
        (Err(g), Err(i)) => {
            assert_eq!(g.kind(), i.kind(), "{}", what());
            assert_eq!(g.to_string(), i.to_string(), "{}", what());
        }
        (g, i) => panic!(
            "{}: generated {:?} but interpreter {:?}",
            what(),
            g.map(|r| r.classification),
            i.map(|r| r.classification)
        ),
    }
}

macro_rules! cases {
    ($($provider:ident :: $op:ident :: $ty:ident),* $(,)?) => {
        vec![$(Case {
            module: &$provider::MODULE,
            op: &$provider::$op::OPERATION,
            check: |message, creds| {
                compare::<$provider::$op::$ty, $provider::Config>(
                    &$provider::$op::OPERATION,
                    &$provider::MODULE,
                    message,
                    creds,
                    $provider::$op::$ty::decode,
                )
            },
        }),*]
    };
}

fn cases() -> Vec<Case> {
    cases![
        bjrcb::micropay::MicropayResponse,
        bjrcb::query::QueryResponse,
        bjrcb::reverse::ReverseResponse,
        fubei::swipe::SwipeResponse,
        fubei::query::QueryResponse,
        fubei::reverse::ReverseResponse,
        pooul::micropay::MicropayResponse,
        pooul::query::QueryResponse,
        pooul::reverse::ReverseResponse,
        pooul::unified_order::UnifiedOrderResponse,
        scanforpay::pay::PayResponse,
        scanforpay::query::QueryResponse,
        scanforpay::reverse::ReverseResponse,
    ]
}

/// Values a member may take: texts, amounts, numbers, escapes, nesting, nothing.
fn member_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(Value::Null)),
        Just(Some(Value::String("1".into()))),
        Just(Some(Value::String(String::new()))),
        Just(Some(Value::String("0.01".into()))),
        Just(Some(Value::String("80.00".into()))),
        Just(Some(Value::String("Y".into()))),
        Just(Some(Value::String("N".into()))),
        Just(Some(Value::String("07".into()))),
        Just(Some(Value::String("a\"b\\c\né 😀".into()))),
        Just(Some(Value::String("2026-11-26T10:00:00+08:00".into()))),
        Just(Some(Value::String("20261126100000".into()))),
        Just(Some(Value::from(1))),
        Just(Some(Value::from(100))),
        Just(Some(Value::from(-3))),
        Just(Some(Value::from(1_700_000_000))),
        Just(Some(Value::from(1.0))),
        Just(Some(Value::from(0.01))),
        Just(Some(Value::Bool(true))),
        Just(Some(serde_json::json!({"a": 1, "b": [1, "x"]}))),
        Just(Some(serde_json::json!([{"amount": "0.01"}]))),
    ]
}

/// A reply built from random members (every listed one, the trade state from the provider's
/// table or not, some the spec does not list) and a random envelope status, signed.
fn signed_reply(
    case: &Case,
    values: &[Option<Value>],
    state: usize,
    answer: usize,
    extras: usize,
) -> Option<Vec<u8>> {
    let mut content = Map::new();
    for (name, value) in case.op.response_fields.iter().zip(values.iter().cycle()) {
        if let Some(v) = value {
            content.insert(name.to_string(), v.clone());
        }
    }
    let states = case.module.provider.states;
    if let Some(wire) = states.get(state % (states.len() + 2)).map(|s| s.wire) {
        for f in case.op.response_unified {
            if f.role == payspec_core::descriptor::UnifiedRole::TradeState {
                let value = match wire.parse::<i64>() {
                    Ok(n) if state.is_multiple_of(2) => Value::from(n),
                    _ => Value::String(wire.into()),
                };
                content.insert(f.wire.to_string(), value);
            }
        }
    }
    for i in 0..extras % 3 {
        content.insert(format!("zz_extra{i}"), values[i % values.len()].clone()?);
    }
    let sandbox = case.module.sandbox.expect("sandbox answers");
    let answers = [
        &sandbox.ok,
        &sandbox.failed,
        &sandbox.system_error,
        &sandbox.paying,
        &sandbox.not_found,
        &sandbox.invalid,
    ];
    let no_content = answer % 7 == 6;
    let answer = answers[answer % answers.len()];
    let status = EnvelopeStatus {
        code: answer.code.map(Into::into),
        message: answer.message.map(Into::into),
        sub_code: answer.sub_code.map(Into::into),
        business: None,
    };
    let content = (!no_content).then_some(&content);
    encode_response(
        case.module.provider,
        case.op,
        &status,
        content,
        &creds(case.module),
        &ctx(),
    )
    .ok()
    .map(|m| m.body)
}

fn run(case: &Case, body: Vec<u8>) {
    let message = Message {
        body,
        headers: vec![("Authorization".into(), "k 00".into())],
    };
    (case.check)(&message, &creds(case.module));
    compare_map(case, &message, &creds(case.module));
}

/// The gateway's untyped path (`read::reply_object`: the one pass with the content as a map,
/// the interpreter for what it leaves) reads every reply as the interpreter reads it.
fn compare_map(case: &Case, message: &Message, creds: &Creds) {
    type Object = BTreeMap<String, Json>;
    let (provider, op) = (case.module.provider, case.op);
    let fast = read::reply_object(provider, op, message, creds);
    let slow = decode_response::<Object>(provider, op, message, creds);
    let what = describe(case, "map", message);
    if let Some((f, s)) = same_reading(&what, fast, slow) {
        assert_eq!(f.body, s.body, "{what}");
        assert_eq!(f.extra, s.extra, "{what}");
    }
    compare_kept(case, message, creds);
}

/// The gateway's path (`read::reply_members`: the map holds only the members its caller reads)
/// answers as `read::reply_object` does: the same classification, status, trade state or
/// error, and every member it keeps with the same value.
fn compare_kept(case: &Case, message: &Message, creds: &Creds) {
    let (provider, op) = (case.module.provider, case.op);
    let kept = |name: &str| op.response_unified.iter().any(|f| f.wire == name);
    let few = read::reply_members(provider, op, message, creds, &kept);
    let all = read::reply_object(provider, op, message, creds);
    let what = describe(case, "kept", message);
    if let Some((f, a)) = same_reading(&what, few, all) {
        let all_members = a.body.unwrap_or_default();
        let kept_members = f.body.unwrap_or_default();
        for (name, value) in &kept_members {
            let expected = all_members.get(name).or_else(|| a.extra.get(name));
            assert_eq!(Some(value), expected, "{what} member {name}");
        }
        // Nothing the caller reads is left out.
        for field in op.response_unified {
            if let Some(value) = all_members.get(field.wire) {
                assert_eq!(kept_members.get(field.wire), Some(value), "{what}");
            }
        }
    }
}

fn describe(case: &Case, path: &str, message: &Message) -> String {
    format!(
        "{} {} ({path}): {}",
        case.module.provider.name,
        case.op.name,
        String::from_utf8_lossy(&message.body)
    )
}

/// Both readings fail alike, or both succeed with the same classification, status, trade state
/// and body error (then both are returned for the rest to be compared).
fn same_reading<T, U>(
    what: &str,
    one: Result<Reply<T>, Error>,
    other: Result<Reply<U>, Error>,
) -> Option<(Reply<T>, Reply<U>)> {
    match (one, other) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.classification, b.classification, "{what}");
            assert_eq!(a.status, b.status, "{what}");
            assert_eq!(a.trade_state, b.trade_state, "{what}");
            assert_eq!(a.body_error, b.body_error, "{what}");
            Some((a, b))
        }
        (Err(a), Err(b)) => {
            assert_eq!(a.to_string(), b.to_string(), "{what}");
            None
        }
        (a, b) => panic!(
            "{what}: one reads {:?} but the other {:?}",
            a.map(|r| r.classification),
            b.map(|r| r.classification)
        ),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn signed_replies_read_the_same(
        values in proptest::collection::vec(member_value(), 1..40),
        state in any::<usize>(),
        answer in any::<usize>(),
        extras in any::<usize>(),
    ) {
        for case in cases() {
            if let Some(body) = signed_reply(&case, &values, state, answer, extras) {
                run(&case, body);
            }
        }
    }

    #[test]
    fn mutated_replies_read_the_same(
        values in proptest::collection::vec(member_value(), 1..40),
        state in any::<usize>(),
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..4),
        cut in any::<usize>(),
    ) {
        for case in cases() {
            let Some(mut body) = signed_reply(&case, &values, state, 0, 0) else { continue };
            for (at, byte) in &flips {
                let i = at % body.len();
                body[i] = *byte;
            }
            run(&case, body.clone());
            body.truncate(cut % body.len());
            run(&case, body);
        }
    }

    #[test]
    fn json_noise_reads_the_same(doc in json_value(3)) {
        let body = serde_json::to_vec(&doc).unwrap_or_default();
        for case in cases() {
            run(&case, body.clone());
        }
    }
}

/// Repeated members, escaped names, lone surrogates, deep nesting: refused (or read) the same.
#[test]
fn edge_shapes_read_the_same() {
    for case in cases() {
        let values = [Some(Value::String("1".into()))];
        let Some(body) = signed_reply(&case, &values, 0, 0, 0) else {
            continue;
        };
        let text = String::from_utf8(body).unwrap();
        let mut variants = vec![text.clone()];
        for (from, to) in [
            ("\":", "\":1,\"dup\":{\"x\":1,\"x\":2},\"z\":"),
            ("\":\"", "\":\"\\ud800"),
            ("\":\"", "\":\"\\u00e9"),
            ("{\"", "{\"\\u0061\":1,\""),
            ("\":", "\":[[[[[[[[[[1]]]]]]]]]],\"deep\":"),
            // An escaped text where a flag, a state or an id is read.
            ("\":\"", "\":\"\\u0059"),
            ("\":\"", "\":\"\\u0030\\\""),
        ] {
            variants.push(text.replacen(from, to, 1));
            if let Some(at) = text.rfind(from) {
                let mut v = text.clone();
                v.replace_range(at..at + from.len(), to);
                variants.push(v);
            }
        }
        // Whitespace around every member (the raw texts are read without it).
        variants.push(
            text.replace("\":", "\" :\n ")
                .replace(",\"", " ,\t\"")
                .replace('}', " }"),
        );
        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        variants.push(text.replacen("\":", &format!("\":{deep},\"deep\":"), 1));
        for v in variants {
            run(&case, v.into_bytes());
        }
    }
}

fn json_value(depth: u32) -> impl Strategy<Value = Value> {
    let names = prop_oneof![
        Just("sign".to_string()),
        Just("signature".to_string()),
        Just("data".to_string()),
        Just("code".to_string()),
        Just("msg".to_string()),
        Just("response".to_string()),
        Just("body".to_string()),
        Just("header".to_string()),
        Just("trade_state".to_string()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::String),
        Just(Value::String("0.01".into())),
        Just(Value::String("0".into())),
    ];
    leaf.prop_recursive(depth, 24, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(names.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A signed Pooul micropay success reply: "1" for every member, "Y" for the flags, unless
/// `value_of` names another text; and the configuration it verifies with.
fn pooul_micropay_reply(
    value_of: impl Fn(&str) -> Option<&'static str>,
) -> (Message, pooul::Config) {
    let case = cases()
        .into_iter()
        .find(|c| std::ptr::eq(c.op, &pooul::micropay::OPERATION))
        .unwrap();
    let values: Vec<Option<Value>> = case
        .op
        .response_fields
        .iter()
        .map(|name| {
            let flag = ["need_query", "is_subscribe", "sub_is_subscribe"].contains(name);
            let text = value_of(name).unwrap_or(if flag { "Y" } else { "1" });
            Some(Value::String(text.into()))
        })
        .collect();
    let body = signed_reply(&case, &values, 0, 0, 0).expect("a signed reply");
    let message = Message {
        body,
        headers: Vec::new(),
    };
    let config: pooul::Config =
        serde_json::from_value(serde_json::to_value(creds(case.module)).unwrap()).unwrap();
    (message, config)
}

/// A plain reply's texts (typed members, status, trade state) hold no allocation of their own:
/// the one-pass reader copies the body once and makes no `String` per member (a text is a
/// slice of that copy or, when short, kept inline).
#[test]
fn a_plain_replys_texts_allocate_nothing_of_their_own() {
    let (message, config) = pooul_micropay_reply(|_| None);
    let reply = pooul::micropay::MicropayResponse::decode(&message, &config).unwrap();
    let body = reply.body.expect("typed content");
    for text in [&body.merchant_id, &body.trade_id, &body.mch_trade_id] {
        assert!(!text.owns_allocation(), "{text}");
        assert_eq!(text, "1");
    }
    let code = reply.status.code.expect("a status code");
    assert!(!code.owns_allocation(), "{code}");
    assert!(!reply.trade_state.expect("a trade state").owns_allocation());
}

/// A success reply with a member that does not fit its type is an error naming that member
/// (the fast path leaves it to the interpreter, which says which one).
#[test]
fn a_member_that_does_not_fit_is_named_in_the_error() {
    let (message, config) =
        pooul_micropay_reply(|name| (name == "time_end").then_some("yesterday"));
    let error = pooul::micropay::MicropayResponse::decode(&message, &config).unwrap_err();
    assert!(
        matches!(&error, Error::Malformed(why) if why.contains("`time_end`: ")),
        "{error}"
    );
}

/// Any content: its members' names and raw texts, as the reader hands them over.
struct AnyContent(#[allow(dead_code)] Vec<(String, String)>);

impl payspec_core::codec::read::Content for AnyContent {
    fn read(content: &payspec_core::codec::read::Members<'_>) -> Option<Self> {
        Some(AnyContent(
            content
                .iter()
                .map(|(name, raw)| (name.to_owned(), raw.to_owned()))
                .collect(),
        ))
    }
}

/// The one-pass reader answers a plain signed reply of every operation itself (the interpreter
/// is its fallback, not its path).
#[test]
fn the_one_pass_reader_reads_plain_replies_itself() {
    for case in cases() {
        let values = [Some(Value::String("1".into()))];
        let body = signed_reply(&case, &values, 0, 0, 1).expect("a signed reply");
        let message = Message {
            body,
            headers: vec![("Authorization".into(), "k 00".into())],
        };
        let read = payspec_core::codec::read::reply::<AnyContent>(
            case.module.provider,
            case.op,
            &message,
            &creds(case.module),
            |_| payspec_core::Classification::Unknown,
        );
        let reply = read.unwrap_or_else(|| {
            panic!(
                "{} {}: left to the interpreter: {}",
                case.module.provider.name,
                case.op.name,
                String::from_utf8_lossy(&message.body)
            )
        });
        assert!(reply.body.is_some());
        assert!(!reply.extra.is_empty(), "{}", case.op.name);
    }
}

//! issue 9: numbers are exact without serde_json's `arbitrary_precision`. A reply whose signed
//! members are JSON numbers (`"total_fee": 80.00`) is verified over the literal text received
//! (`total_fee=80.00`), read from that text (`Money::parse_major`, never an `f64`) and written
//! back byte for byte.

use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::descriptor::*;
use payspec_core::json::{Json, Object};
use payspec_core::signing::{digest_hex, string_to_sign, WireMember};
use payspec_core::testing::{creds, ctx, POLL};
use payspec_core::{unified, wire, Classification, Error, Money, TradeStatus};
use serde::{Deserialize, Serialize};

/// `{code, <content members inline>, sign}`: every top-level member is signed as `name=text`.
static RESPONSE: Layout = Layout {
    name: "response",
    nodes: &[
        EnvelopeNode {
            wire: "code",
            kind: NodeKind::Status(StatusPart::Code { integer: true }),
        },
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

static REQUEST: Layout = Layout {
    name: "request",
    nodes: &[
        EnvelopeNode {
            wire: "",
            kind: NodeKind::Content(ContentPlacement::Inline),
        },
        EnvelopeNode {
            wire: "sign",
            kind: NodeKind::Signature,
        },
    ],
    coverage: Coverage::TopLevelExcept(&[]),
    format: payspec_core::descriptor::BodyFormat::Json,
    content_type: None,
};

static PROVIDER: ProviderDescriptor = ProviderDescriptor {
    name: "exact",
    signing: payspec_core::testing::MD5_SORTED_PAIRS,
    states: &[
        StateEntry {
            wire: "SUCCESS",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "1.0",
            status: TradeStatus::Paying,
        },
    ],
    poll: POLL,
    utc_offset_minutes: 480,
    rotating_config: &[],
};

static TOTAL_FEE: UnifiedField = UnifiedField {
    role: UnifiedRole::Amount,
    wire: "total_fee",
    format: ValueFormat::YuanNumber,
};

static QUERY: OperationDescriptor = OperationDescriptor {
    name: "query",
    role: OperationRole::Query,
    direction: Direction::Outbound,
    path: "/query",
    http_method: "POST",
    method_constant: None,
    constants: &[],
    request: &REQUEST,
    response: Some(&RESPONSE),
    ack: None,
    delivery: None,
    client_certificate: None,
    request_fields: &["out_trade_no"],
    response_fields: &["out_trade_no", "trade_state", "total_fee", "settled_fen"],
    request_required: &[],
    response_required: &[],
    request_unified: &[],
    response_unified: &[],
    request_defaults: &[],
    updates_config: &[],
    response_defaults: &[],
    outcome: OutcomeRules {
        signals: &[
            Signal {
                name: "code",
                path: &["code"],
            },
            Signal {
                name: "trade_state",
                path: &["trade_state"],
            },
        ],
        rules: &[Rule {
            when: &[Condition {
                signal: "code",
                test: Test::OneOf(&["0"]),
            }],
            then: RuleResult::FromState,
        }],
        otherwise: Classification::Unknown,
    },
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct QueryResponse {
    out_trade_no: String,
    trade_state: String,
    #[serde(with = "wire::yuan_number")]
    total_fee: Money,
    #[serde(
        with = "wire::fen_opt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    settled_fen: Option<Money>,
}

fn keys() -> std::collections::BTreeMap<String, String> {
    creds(&[("key", "K")])
}

/// The provider's signature over `members` as texts (`name=raw` pairs, sorted, `&key=K`), and
/// the body carrying it.
fn signed_body(members: &[(&str, &str)]) -> String {
    let wire: Vec<WireMember<'_>> = members
        .iter()
        .map(|&(name, raw_json)| WireMember { name, raw_json })
        .collect();
    let to_sign = string_to_sign(&PROVIDER.signing, &wire, "K").unwrap();
    let sign = digest_hex(&PROVIDER.signing, &to_sign, "K").expect("a digest");
    body_with(members, &sign)
}

fn body_with(members: &[(&str, &str)], sign: &str) -> String {
    let mut body: Vec<String> = members
        .iter()
        .map(|(n, raw)| format!("\"{n}\":{raw}"))
        .collect();
    body.push(format!("\"sign\":\"{sign}\""));
    format!("{{{}}}", body.join(","))
}

fn members(total_fee: &str) -> Vec<(&'static str, String)> {
    vec![
        ("code", "0".to_owned()),
        ("out_trade_no", r#""T1""#.to_owned()),
        ("trade_state", r#""SUCCESS""#.to_owned()),
        ("total_fee", total_fee.to_owned()),
    ]
}

fn signed(total_fee: &str) -> Message {
    let members = members(total_fee);
    let texts: Vec<(&str, &str)> = members.iter().map(|(n, t)| (*n, t.as_str())).collect();
    message(signed_body(&texts))
}

fn message(body: String) -> Message {
    Message {
        body: body.into_bytes(),
        headers: vec![],
    }
}

fn decode(message: &Message) -> Result<codec::Reply<QueryResponse>, Error> {
    codec::decode_response(&PROVIDER, &QUERY, message, &keys())
}

#[test]
fn a_signed_number_amount_verifies_over_its_literal_and_decodes_exactly() {
    for (literal, fen) in [("80.00", 8000), ("0.10", 10), ("0.01", 1), ("80", 8000)] {
        let message = signed(literal);
        // The provider signed `total_fee=80.00`, the text it sent.
        let reply = decode(&message).unwrap_or_else(|e| panic!("{literal}: {e}"));
        assert_eq!(reply.classification, Classification::Success);
        assert_eq!(reply.body.unwrap().total_fee, Money::fen(fen), "{literal}");
        // The untyped view (the gateway's and the notification handler's) keeps the literal
        // and reads the same money from it.
        let map: codec::Reply<Object> =
            codec::decode_response(&PROVIDER, &QUERY, &message, &keys()).unwrap();
        let content = map.body.unwrap();
        assert_eq!(content["total_fee"].to_string(), literal);
        assert_eq!(
            unified::read_money(&content, &TOTAL_FEE, &keys()).unwrap(),
            Some(Money::fen(fen))
        );
    }
}

#[test]
fn a_signature_over_the_float_rendering_does_not_verify() {
    // What a reader through `f64` would have checked: `total_fee=80.0` for the received `80.00`.
    let float_rendered = signed("80.0");
    let signature = {
        let text = String::from_utf8(float_rendered.body).unwrap();
        let at = text.find("\"sign\":\"").unwrap() + 8;
        text[at..at + 32].to_owned()
    };
    let members = members("80.00");
    let texts: Vec<(&str, &str)> = members.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let received = message(body_with(&texts, &signature));
    assert!(matches!(decode(&received), Err(Error::SignatureMismatch)));
    // And the other way: signed over `0.10`, a `0.1` on the wire is a changed byte.
    let signed_010 = String::from_utf8(signed("0.10").body).unwrap();
    let altered = message(signed_010.replace("0.10", "0.1"));
    assert!(matches!(decode(&altered), Err(Error::SignatureMismatch)));
}

#[test]
fn an_exponent_is_refused_as_money_even_when_signed() {
    // `1e2` verifies (it is the text signed) but is no amount: through an f64 it would have
    // been 100.0, then 100 yuan. A success whose amount cannot be read is malformed (unknown).
    for literal in ["1e2", "1E2", "8.0e1"] {
        let error = decode(&signed(literal)).unwrap_err();
        assert!(
            matches!(&error, Error::Malformed(why) if why.contains(literal)),
            "{literal}: {error}"
        );
    }
    let map: codec::Reply<Object> =
        codec::decode_response(&PROVIDER, &QUERY, &signed("1e2"), &keys()).unwrap();
    let error = unified::read_money(&map.body.unwrap(), &TOTAL_FEE, &keys()).unwrap_err();
    assert!(matches!(error, Error::Malformed(_)), "{error}");
}

#[test]
fn integers_past_f64_are_exact_or_refused_never_rounded() {
    // 2^53 + 1: an f64 holds 9007199254740992.
    let members = members_with_settled("9007199254740993");
    let texts: Vec<(&str, &str)> = members.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let reply = decode(&message(signed_body(&texts))).unwrap();
    assert_eq!(
        reply.body.unwrap().settled_fen,
        Some(Money::fen(9_007_199_254_740_993))
    );
    // Past i64 (and past u64): refused, by name.
    for huge in ["9223372036854775808", "123456789012345678901234567890"] {
        let members = members_with_settled(huge);
        let texts: Vec<(&str, &str)> = members.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let error = decode(&message(signed_body(&texts))).unwrap_err();
        assert!(
            matches!(&error, Error::Malformed(why) if why.contains("out of range")),
            "{huge}: {error}"
        );
    }
}

fn members_with_settled(settled: &str) -> Vec<(&'static str, String)> {
    let mut members = members("80.00");
    members.push(("settled_fen", settled.to_owned()));
    members
}

#[test]
fn states_and_codes_are_their_literal_text() {
    // A state written as the number `1.0` is the listed state "1.0" (paying), not `1`.
    let members = [
        ("code", "0"),
        ("out_trade_no", r#""T1""#),
        ("trade_state", "1.0"),
        ("total_fee", "0.01"),
    ];
    let map: codec::Reply<Object> =
        codec::decode_response(&PROVIDER, &QUERY, &message(signed_body(&members)), &keys())
            .unwrap();
    assert_eq!(map.classification, Classification::Pending);
    assert_eq!(map.trade_state.as_deref(), Some("1.0"));
}

#[test]
fn unlisted_members_keep_their_literals() {
    let members = [
        ("code", "0"),
        ("out_trade_no", r#""T1""#),
        ("trade_state", r#""SUCCESS""#),
        ("total_fee", "80.00"),
        ("coupon_fee", "0.10"),
        ("detail", r#"{"price":1.50,"n":[1e2,2.0]}"#),
    ];
    let reply = decode(&message(signed_body(&members))).unwrap();
    assert_eq!(reply.extra["coupon_fee"].to_string(), "0.10");
    assert_eq!(
        reply.extra["detail"].to_string(),
        r#"{"n":[1e2,2.0],"price":1.50}"#
    );
}

#[test]
fn encoding_writes_and_signs_the_exact_literal() {
    let content = QueryResponse {
        out_trade_no: "T1".into(),
        trade_state: "SUCCESS".into(),
        total_fee: Money::fen(8000),
        settled_fen: Some(Money::fen(9_007_199_254_740_993)),
    };
    let status = EnvelopeStatus {
        code: Some("0".into()),
        ..EnvelopeStatus::default()
    };
    let sent = codec::encode_response(&PROVIDER, &QUERY, &status, Some(&content), &keys(), &ctx())
        .unwrap();
    let expected = signed_body(&[
        ("code", "0"),
        ("out_trade_no", r#""T1""#),
        ("settled_fen", "9007199254740993"),
        ("total_fee", "80.00"),
        ("trade_state", r#""SUCCESS""#),
    ]);
    assert_eq!(String::from_utf8(sent.body.clone()).unwrap(), expected);
    assert_eq!(decode(&sent).unwrap().body.unwrap(), content);

    // Untyped content received and sent on (a simulator echoing a request) stays as received.
    let received: Object =
        serde_json::from_str(r#"{"out_trade_no":"T1","trade_state":"SUCCESS","total_fee":0.10}"#)
            .unwrap();
    let sent = codec::encode_response(
        &PROVIDER,
        &QUERY,
        &status,
        Some(&Json::Object(received)),
        &keys(),
        &ctx(),
    )
    .unwrap();
    assert!(String::from_utf8(sent.body)
        .unwrap()
        .contains(r#""total_fee":0.10,"#));
}

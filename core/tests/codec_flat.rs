//! Codec against a flat sorted-parameters MD5 provider with a `{code, msg, data, sign}` reply.

mod common;

use common::flat::{self, PayRequest, PayResponse, MICROPAY, PROVIDER};
use common::{ctx, text};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::{Classification, Error, ErrorKind, Money};

fn ok_status() -> EnvelopeStatus {
    EnvelopeStatus {
        code: Some("0".into()),
        message: Some("ok".into()),
        sub_code: None,
        business: None,
    }
}

fn signed_reply(status: &EnvelopeStatus, content: Option<&PayResponse>) -> Message {
    codec::encode_response(
        &PROVIDER,
        &MICROPAY,
        status,
        content,
        &flat::creds(),
        &ctx(),
    )
    .unwrap()
}

fn decode(message: &Message) -> Result<codec::Reply<PayResponse>, Error> {
    codec::decode_response(&PROVIDER, &MICROPAY, message, &flat::creds())
}

/// Re-signs a hand-written body the way the provider would, using the signing primitives
/// (whose vectors are checked independently in tests/signing.rs).
fn sign_body(members: &[(&str, &str)]) -> String {
    use payspec_core::signing::{digest_hex, string_to_sign, WireMember};
    let wire: Vec<WireMember<'_>> = members
        .iter()
        .map(|&(name, raw_json)| WireMember { name, raw_json })
        .collect();
    let to_sign = string_to_sign(&PROVIDER.signing, &wire, "K").unwrap();
    let sign = digest_hex(&PROVIDER.signing, &to_sign, "K").expect("a digest");
    let mut body: Vec<String> = members
        .iter()
        .map(|(n, raw)| format!("\"{n}\":{raw}"))
        .collect();
    body.push(format!("\"sign\":\"{sign}\""));
    format!("{{{}}}", body.join(","))
}

#[test]
fn request_bytes_and_signature_are_exact() {
    let message = codec::encode_request(
        &PROVIDER,
        &MICROPAY,
        &flat::request(),
        &flat::creds(),
        &ctx(),
    )
    .unwrap();
    // String to sign: auth_code=134567890123456789&merchant_id=M100&nonce_str=ibuaiVcKdpRxkhJA&out_trade_no=T1&pay_type=micro&total_fee=1&key=K
    // python3 -c "import hashlib; print(hashlib.md5(b'auth_code=134567890123456789&merchant_id=M100&nonce_str=ibuaiVcKdpRxkhJA&out_trade_no=T1&pay_type=micro&total_fee=1&key=K').hexdigest().upper())"
    assert_eq!(
        text(&message.body),
        r#"{"merchant_id":"M100","nonce_str":"ibuaiVcKdpRxkhJA","auth_code":"134567890123456789","out_trade_no":"T1","pay_type":"micro","total_fee":1,"sign":"DEC2D6E2CAA14EA12C0206F82D0A3EC3"}"#
    );
    assert!(message.headers.is_empty());
}

#[test]
fn request_round_trip() {
    let message = codec::encode_request(
        &PROVIDER,
        &MICROPAY,
        &flat::request(),
        &flat::creds(),
        &ctx(),
    )
    .unwrap();
    let inbound: codec::Inbound<PayRequest> =
        codec::decode_request(&PROVIDER, &MICROPAY, &message, &flat::creds()).unwrap();
    assert_eq!(inbound.content, flat::request());
    // `pay_type` is a listed constant; the envelope's own members are not extra.
    assert!(inbound.extra.is_empty(), "{:?}", inbound.extra);
}

#[test]
fn response_round_trip() {
    let reply = decode(&signed_reply(&ok_status(), Some(&flat::response()))).unwrap();
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.status, ok_status());
    assert_eq!(reply.trade_state.as_deref(), Some("0"));
    assert_eq!(reply.body, Some(flat::response()));
    assert_eq!(reply.body_error, None);
    assert!(reply.extra.is_empty());
}

#[test]
fn changed_byte_or_field_is_a_mismatch() {
    let message = signed_reply(&ok_status(), Some(&flat::response()));
    let body = text(&message.body);
    assert!(body.contains(r#""total_fee":1"#), "{body}");
    let tampered = Message {
        body: body
            .replacen(r#""total_fee":1"#, r#""total_fee":2"#, 1)
            .into_bytes(),
        ..message.clone()
    };
    assert!(matches!(decode(&tampered), Err(Error::SignatureMismatch)));
    let tampered = Message {
        body: body
            .replacen(r#""msg":"ok""#, r#""msg":"ok!""#, 1)
            .into_bytes(),
        ..message.clone()
    };
    assert!(matches!(decode(&tampered), Err(Error::SignatureMismatch)));
    let added = Message {
        body: body.replacen('{', r#"{"injected":"x","#, 1).into_bytes(),
        ..message.clone()
    };
    assert!(matches!(decode(&added), Err(Error::SignatureMismatch)));
    let err = decode(&tampered).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unknown);

    let request = codec::encode_request(
        &PROVIDER,
        &MICROPAY,
        &flat::request(),
        &flat::creds(),
        &ctx(),
    )
    .unwrap();
    let tampered = Message {
        body: text(&request.body).replacen("T1", "T2", 1).into_bytes(),
        ..request
    };
    let decoded: Result<codec::Inbound<PayRequest>, _> =
        codec::decode_request(&PROVIDER, &MICROPAY, &tampered, &flat::creds());
    assert!(matches!(decoded, Err(Error::SignatureMismatch)));
}

#[test]
fn wrong_key_is_a_mismatch() {
    let message = signed_reply(&ok_status(), Some(&flat::response()));
    let other = common::creds(&[("merchant_id", "M100"), ("key", "NOT-K")]);
    let decoded: Result<codec::Reply<PayResponse>, _> =
        codec::decode_response(&PROVIDER, &MICROPAY, &message, &other);
    assert!(matches!(decoded, Err(Error::SignatureMismatch)));
}

#[test]
fn removed_signature_is_missing() {
    let body =
        r#"{"code":0,"msg":"ok","data":{"out_trade_no":"T1","trade_state":"0","total_fee":1}}"#;
    assert!(matches!(
        decode(&Message {
            body: body.into(),
            headers: vec![]
        }),
        Err(Error::SignatureMissing)
    ));
    for sign in ["null", r#""""#] {
        let body = format!(r#"{{"code":0,"msg":"ok","sign":{sign}}}"#);
        assert!(matches!(
            decode(&Message {
                body: body.into(),
                headers: vec![]
            }),
            Err(Error::SignatureMissing)
        ));
    }
    let body = r#"{"code":0,"msg":"ok","sign":12}"#;
    assert!(matches!(
        decode(&Message {
            body: body.into(),
            headers: vec![]
        }),
        Err(Error::Malformed(_))
    ));
}

#[test]
fn failure_reply_without_data() {
    let status = EnvelopeStatus {
        code: Some("40004".into()),
        message: Some("余额不足".into()),
        sub_code: None,
        business: None,
    };
    let message = signed_reply(&status, None);
    assert!(!text(&message.body).contains("data"));
    let reply = decode(&message).unwrap();
    assert_eq!(reply.classification, Classification::Failed);
    assert_eq!(reply.status, status);
    assert!(reply.body.is_none());
    assert!(reply.body_error.is_some());
    assert_eq!(reply.trade_state, None);
}

#[test]
fn failure_reply_with_unreadable_data_keeps_the_classification() {
    let body = sign_body(&[("code", "500"), ("data", r#"{"trade_state":"7"}"#)]);
    let reply = decode(&Message {
        body: body.into(),
        headers: vec![],
    })
    .unwrap();
    assert_eq!(reply.classification, Classification::Failed);
    assert!(reply.body.is_none());
    assert!(reply.body_error.unwrap().contains("out_trade_no"));
}

#[test]
fn success_reply_whose_body_does_not_parse_is_malformed() {
    // trade_state 0 = success, but total_fee is a decimal: money moved, the caller must know.
    let body = sign_body(&[
        ("code", "0"),
        (
            "data",
            r#"{"out_trade_no":"T1","trade_state":"0","total_fee":"0.01"}"#,
        ),
    ]);
    match decode(&Message {
        body: body.into(),
        headers: vec![],
    }) {
        Err(Error::Malformed(text)) => assert!(text.contains("success"), "{text}"),
        other => panic!("expected Malformed, got {other:?}"),
    }
    // Pending (state 6) with content that lacks required members is just as serious.
    let body = sign_body(&[("code", "0"), ("data", r#"{"trade_state":"6"}"#)]);
    assert!(matches!(
        decode(&Message {
            body: body.into(),
            headers: vec![]
        }),
        Err(Error::Malformed(_))
    ));
    // No trade state at all: the rules say unknown, so the missing content is not an error.
    let body = sign_body(&[("code", "0")]);
    let reply = decode(&Message {
        body: body.into(),
        headers: vec![],
    })
    .unwrap();
    assert_eq!(reply.classification, Classification::Unknown);
    assert!(reply.body.is_none());
}

#[test]
fn extra_members_land_in_extra() {
    let body = sign_body(&[
        ("code", "0"),
        ("msg", r#""ok""#),
        (
            "data",
            r#"{"out_trade_no":"T1","trade_state":"6","total_fee":"12","paid":80.00,"coupon":{"id":7},"bank_type":"CMB"}"#,
        ),
    ]);
    let reply = decode(&Message {
        body: body.into(),
        headers: vec![],
    })
    .unwrap();
    assert_eq!(reply.classification, Classification::Pending);
    let body = reply.body.unwrap();
    assert_eq!(body.total_fee, Money::fen(12));
    assert_eq!(body.paid, Some(Money::fen(8000)));
    assert_eq!(
        reply.extra.keys().collect::<Vec<_>>(),
        ["bank_type", "coupon"]
    );
    assert_eq!(reply.extra["coupon"].to_string(), r#"{"id":7}"#);
}

#[test]
fn non_json_is_malformed() {
    for body in [
        &b""[..],
        b"<xml/>",
        b"null",
        b"[]",
        b"{\"code\":0",
        b"\xff\xfe",
        b"{\"a\":1,\"a\":1}",
    ] {
        let message = Message {
            body: body.to_vec(),
            headers: vec![],
        };
        assert!(
            matches!(decode(&message), Err(Error::Malformed(_))),
            "{body:?}"
        );
    }
}

#[test]
fn missing_config_is_reported_by_key() {
    let creds = common::creds(&[("key", "K")]);
    let err =
        codec::encode_request(&PROVIDER, &MICROPAY, &flat::request(), &creds, &ctx()).unwrap_err();
    assert!(
        matches!(&err, Error::MissingConfig(k) if k == "merchant_id"),
        "{err}"
    );
}

#[test]
fn contradicting_a_constant_is_an_error() {
    #[derive(serde::Serialize)]
    struct WithPayType {
        out_trade_no: &'static str,
        pay_type: &'static str,
    }
    let content = WithPayType {
        out_trade_no: "T1",
        pay_type: "jsapi",
    };
    let err =
        codec::encode_request(&PROVIDER, &MICROPAY, &content, &flat::creds(), &ctx()).unwrap_err();
    assert!(err.to_string().contains("pay_type"), "{err}");
}

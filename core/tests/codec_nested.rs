//! Codec against a ScanForPay-like `{request: {header, body}, signature}` provider: SHA-256 over
//! the raw bytes of the signed object, verified exactly as received.

mod common;

use common::nested::{self, OrderStatus, PayRequest, PayResponse, PAY, PROVIDER};
use common::{ctx, text};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::{Classification, Error, MinorAmount};

fn decode(message: &Message) -> Result<codec::Reply<PayResponse>, Error> {
    codec::decode_response(&PROVIDER, &PAY, message, &nested::creds())
}

#[test]
fn request_bytes_and_signature_are_exact() {
    let message = codec::encode_request(
        &PROVIDER,
        &PAY,
        &nested::request(),
        &nested::creds(),
        &ctx(),
    )
    .unwrap();
    let request = r#"{"body":{"barcode":"284447106610060508","currency":"JPY","orderAmount":2100,"partnerOrderNo":"P-1"},"header":{"partnerNo":"PN1","reqMsgId":"7f1c2a4e-8b3d-4c5e-9f60-123456789abc","requestTime":"2018-07-25T19:06:05+09:00","signType":"SHA256"}}"#;
    // python3 -c "import hashlib; print(hashlib.sha256(b'<the request object above>' + b'KEY').hexdigest())"
    assert_eq!(
        text(&message.body),
        format!(
            r#"{{"request":{request},"signature":"d49e6dd45bdbe33719721f3c122afffdcd4def0500e4acf5cc663d7a6840570b"}}"#
        )
    );
}

#[test]
fn request_round_trip() {
    let message = codec::encode_request(
        &PROVIDER,
        &PAY,
        &nested::request(),
        &nested::creds(),
        &ctx(),
    )
    .unwrap();
    let inbound: codec::Inbound<PayRequest> =
        codec::decode_request(&PROVIDER, &PAY, &message, &nested::creds()).unwrap();
    assert_eq!(inbound.content, nested::request());
    assert!(inbound.extra.is_empty());
}

#[test]
fn response_round_trip() {
    let message = codec::encode_response(
        &PROVIDER,
        &PAY,
        &EnvelopeStatus::default(),
        Some(&nested::response()),
        &nested::creds(),
        &ctx(),
    )
    .unwrap();
    let reply = decode(&message).unwrap();
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.trade_state.as_deref(), Some("1"));
    assert_eq!(reply.body, Some(nested::response()));
    assert_eq!(reply.status, EnvelopeStatus::default());
}

/// The provider's own serialization: keys in its order, whitespace, `\u` escapes, the signature
/// first. Verification must use these bytes, not a re-serialization.
const RESPONSE_AS_SENT: &str = r#"{ "header" : {"reqMsgId":"m-1","respTime":"2018-07-25T19:06:05+09:00"},"body":{"status":1,"orderAmount":2100,"currency":"JPY","code":1,"memo":"\u4f60\u597d"} }"#;
// python3 -c "import hashlib; print(hashlib.sha256(RESPONSE_AS_SENT.encode() + b'KEY').hexdigest())"
const RESPONSE_SIGNATURE: &str = "678e00ec9e98a080d94f52b0647ce5ad737beee785efe2786c89a8df2c1cf840";

fn as_sent(response: &str, signature: &str) -> Message {
    let body = format!("{{\"signature\":\"{signature}\",\n  \"response\": {response}\n}}");
    Message {
        body: body.into_bytes(),
        headers: vec![],
    }
}

#[test]
fn verifies_the_raw_bytes_as_received() {
    let reply = decode(&as_sent(RESPONSE_AS_SENT, RESPONSE_SIGNATURE)).unwrap();
    assert_eq!(reply.classification, Classification::Success);
    let body = reply.body.unwrap();
    assert_eq!(body.order_amount, MinorAmount(2100));
    assert_eq!(body.status, OrderStatus::Paid);
    assert_eq!(reply.extra["memo"].as_str(), Some("你好"));
    // Upper-case hex is the same signature.
    assert!(decode(&as_sent(
        RESPONSE_AS_SENT,
        &RESPONSE_SIGNATURE.to_uppercase()
    ))
    .is_ok());
}

#[test]
fn any_change_to_the_signed_bytes_is_a_mismatch() {
    let variants = [
        RESPONSE_AS_SENT.replace("2100", "2101"),
        // The same JSON value, re-serialized differently: still not what was signed.
        RESPONSE_AS_SENT.replace("{ \"header\" :", "{\"header\":"),
        RESPONSE_AS_SENT.replace("\\u4f60\\u597d", "你好"),
        RESPONSE_AS_SENT.replace("\"orderAmount\":2100", "\"orderAmount\":2100.0"),
    ];
    for changed in variants {
        assert_ne!(changed, RESPONSE_AS_SENT);
        assert!(
            matches!(
                decode(&as_sent(&changed, RESPONSE_SIGNATURE)),
                Err(Error::SignatureMismatch)
            ),
            "{changed}"
        );
    }
    // Members outside the signed object are not covered, but the signature itself is checked.
    let mut wrong = RESPONSE_SIGNATURE.to_owned();
    wrong.replace_range(0..1, "7");
    assert!(matches!(
        decode(&as_sent(RESPONSE_AS_SENT, &wrong)),
        Err(Error::SignatureMismatch)
    ));
}

#[test]
fn removed_signature_or_signed_object() {
    let body = format!("{{\"response\": {RESPONSE_AS_SENT}}}");
    assert!(matches!(
        decode(&Message {
            body: body.into(),
            headers: vec![]
        }),
        Err(Error::SignatureMissing)
    ));
    let body = format!("{{\"signature\":\"{RESPONSE_SIGNATURE}\"}}");
    assert!(matches!(
        decode(&Message {
            body: body.into(),
            headers: vec![]
        }),
        Err(Error::Malformed(_))
    ));
}

#[test]
fn content_that_is_not_an_object_is_reported() {
    use payspec_core::signing::{digest_hex, raw_to_sign};
    let response = r#"{"header":{},"body":"oops"}"#;
    let sign = digest_hex(
        &PROVIDER.signing,
        &raw_to_sign(&PROVIDER.signing, response.as_bytes(), "KEY"),
        "KEY",
    )
    .expect("a digest");
    // No code signal → unknown: the reply is kept, with the reason.
    let reply = decode(&as_sent(response, &sign)).unwrap();
    assert_eq!(reply.classification, Classification::Unknown);
    assert!(reply.body_error.unwrap().contains("response.body"));
}

//! Codec against a provider that signs the raw body with HMAC-SHA256 and carries the signature
//! in an `Authorization: <key id> <signature>` header.

mod common;

use common::header::{self, PayRequest, PayResponse, PAY, PROVIDER};
use common::{ctx, text};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::{Classification, Error, Money};

#[test]
fn request_bytes_header_and_signature_are_exact() {
    let message = codec::encode_request(
        &PROVIDER,
        &PAY,
        &header::request(),
        &header::creds(),
        &ctx(),
    )
    .unwrap();
    let body = r#"{"mch_id":"MCH","timestamp":1532513165,"local_time":"20180725180605","version":2,"amount":"80.00","expires":"20180725181105","order_id":"O-1"}"#;
    assert_eq!(text(&message.body), body);
    // python3 -c "import hashlib,hmac; print(hmac.new(b'S3CR3T', b'<the body above>', hashlib.sha256).hexdigest())"
    assert_eq!(
        message.headers,
        [(
            "Authorization".to_owned(),
            "kid-1 895827669f9319737db61313844718b41edf833393504917eb520442e94a0fc7".to_owned()
        )]
    );
}

#[test]
fn request_round_trip_and_tampering() {
    let message = codec::encode_request(
        &PROVIDER,
        &PAY,
        &header::request(),
        &header::creds(),
        &ctx(),
    )
    .unwrap();
    let inbound: codec::Inbound<PayRequest> =
        codec::decode_request(&PROVIDER, &PAY, &message, &header::creds()).unwrap();
    assert_eq!(inbound.content, header::request());

    let mut body = message.body.clone();
    let last = body.len() - 3;
    body[last] ^= 1; // one byte of `O-1` → `O-0`
    let tampered = Message {
        body,
        headers: message.headers.clone(),
    };
    let decoded: Result<codec::Inbound<PayRequest>, _> =
        codec::decode_request(&PROVIDER, &PAY, &tampered, &header::creds());
    assert!(matches!(decoded, Err(Error::SignatureMismatch)));

    let no_header = Message {
        body: message.body.clone(),
        headers: vec![("Content-Type".into(), "application/json".into())],
    };
    let decoded: Result<codec::Inbound<PayRequest>, _> =
        codec::decode_request(&PROVIDER, &PAY, &no_header, &header::creds());
    assert!(matches!(decoded, Err(Error::SignatureMissing)));

    // HTTP header names are case-insensitive.
    let lower = Message {
        body: message.body.clone(),
        headers: vec![("authorization".into(), message.headers[0].1.clone())],
    };
    let decoded: Result<codec::Inbound<PayRequest>, _> =
        codec::decode_request(&PROVIDER, &PAY, &lower, &header::creds());
    assert!(decoded.is_ok());
}

#[test]
fn response_round_trip_with_inline_content() {
    let content = PayResponse {
        order_id: "O-1".into(),
        state: "PAID".into(),
        amount: Money::fen(8000),
    };
    let status = EnvelopeStatus {
        code: Some("OK".into()),
        message: None,
        sub_code: None,
        business: None,
    };
    let message = codec::encode_response(
        &PROVIDER,
        &PAY,
        &status,
        Some(&content),
        &header::creds(),
        &ctx(),
    )
    .unwrap();
    assert_eq!(
        text(&message.body),
        r#"{"code":"OK","amount":"80.00","order_id":"O-1","state":"PAID"}"#
    );
    let reply: codec::Reply<PayResponse> =
        codec::decode_response(&PROVIDER, &PAY, &message, &header::creds()).unwrap();
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.status, status);
    assert_eq!(reply.body, Some(content));
    assert!(reply.extra.is_empty());
}

#[test]
fn inline_failure_reply_without_content() {
    let status = EnvelopeStatus {
        code: Some("DENIED".into()),
        message: Some("no".into()),
        sub_code: None,
        business: None,
    };
    let message = codec::encode_response(
        &PROVIDER,
        &PAY,
        &status,
        None::<&PayResponse>,
        &header::creds(),
        &ctx(),
    )
    .unwrap();
    let reply: codec::Reply<PayResponse> =
        codec::decode_response(&PROVIDER, &PAY, &message, &header::creds()).unwrap();
    assert_eq!(reply.classification, Classification::Failed);
    assert!(reply.body.is_none());
    assert!(reply.extra.is_empty());
}

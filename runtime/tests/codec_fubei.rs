//! Codec against a Fubei-like provider: content as a JSON string in `biz_content`, MD5 over
//! named fields plus the secret, replies explicitly unsigned.

mod common;

use common::fubei::{self, SwipeRequest, SwipeResponse, NOTIFY, PROVIDER, SWIPE};
use common::{ctx, text};
use payspec_runtime::codec::{self, EnvelopeStatus, Message};
use payspec_runtime::{Classification, Error, Money};

fn decode(body: &str) -> Result<codec::Reply<SwipeResponse>, Error> {
    codec::decode_response(
        &PROVIDER,
        &SWIPE,
        &Message {
            body: body.into(),
            headers: vec![],
        },
        &fubei::creds(),
    )
}

#[test]
fn request_bytes_and_signature_are_exact() {
    let message = codec::encode_request(
        &PROVIDER,
        &SWIPE,
        &fubei::request(),
        &fubei::creds(),
        &ctx(),
    )
    .unwrap();
    // String to sign: app_id=20180101&biz_content={"auth_code":"134567890123456789","merchant_order_sn":"M1","total_amount":0.01}&format=json&method=openapi.payment.order.swipe&nonce=ibuaiVcK&sign_method=md5&version=1.0SECRET
    // python3 -c "import hashlib; print(hashlib.md5(b'<the string above>').hexdigest().upper())"
    assert_eq!(
        text(&message.body),
        r#"{"app_id":"20180101","method":"openapi.payment.order.swipe","format":"json","sign_method":"md5","nonce":"ibuaiVcK","version":"1.0","biz_content":"{\"auth_code\":\"134567890123456789\",\"merchant_order_sn\":\"M1\",\"total_amount\":0.01}","sign":"A197AB5FC0ED4FB8FA1AE9ABB0D52708"}"#
    );
}

#[test]
fn request_round_trip_and_tampering() {
    let message = codec::encode_request(
        &PROVIDER,
        &SWIPE,
        &fubei::request(),
        &fubei::creds(),
        &ctx(),
    )
    .unwrap();
    let inbound: codec::Inbound<SwipeRequest> =
        codec::decode_request(&PROVIDER, &SWIPE, &message, &fubei::creds()).unwrap();
    assert_eq!(inbound.content, fubei::request());
    // The merchant's request is always verified, whatever the provider does with its replies.
    let tampered = Message {
        body: text(&message.body).replace("0.01", "0.02").into_bytes(),
        headers: vec![],
    };
    let decoded: Result<codec::Inbound<SwipeRequest>, _> =
        codec::decode_request(&PROVIDER, &SWIPE, &tampered, &fubei::creds());
    assert!(matches!(decoded, Err(Error::SignatureMismatch)));
    let unsigned = Message {
        body: text(&message.body)
            .replace(r#","sign":"A197AB5FC0ED4FB8FA1AE9ABB0D52708""#, "")
            .into_bytes(),
        headers: vec![],
    };
    let decoded: Result<codec::Inbound<SwipeRequest>, _> =
        codec::decode_request(&PROVIDER, &SWIPE, &unsigned, &fubei::creds());
    assert!(matches!(decoded, Err(Error::SignatureMissing)));
}

#[test]
fn unsigned_replies_decode_without_a_signature() {
    let reply = decode(
        r#"{"result_code":200,"result_message":"成功","data":{"merchant_order_sn":"M1","order_status":"SUCCESS","total_amount":0.01,"fee":0}}"#,
    )
    .unwrap();
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(
        reply.status,
        EnvelopeStatus {
            code: Some("200".into()),
            message: Some("成功".into()),
            sub_code: None
        }
    );
    assert_eq!(reply.body.unwrap().total_amount, Money::fen(1));
    assert_eq!(reply.extra.keys().collect::<Vec<_>>(), ["fee"]);
}

#[test]
fn response_round_trip_is_unsigned() {
    let content = SwipeResponse {
        merchant_order_sn: "M1".into(),
        order_status: "USERPAYING".into(),
        total_amount: Money::fen(8000),
    };
    let status = EnvelopeStatus {
        code: Some("200".into()),
        message: Some("ok".into()),
        sub_code: Some("WAIT".into()),
    };
    let message = codec::encode_response(
        &PROVIDER,
        &SWIPE,
        &status,
        Some(&content),
        &fubei::creds(),
        &ctx(),
    )
    .unwrap();
    assert_eq!(
        text(&message.body),
        r#"{"result_code":200,"result_message":"ok","sub_code":"WAIT","data":{"merchant_order_sn":"M1","order_status":"USERPAYING","total_amount":80.00}}"#
    );
    let reply = decode(&text(&message.body)).unwrap();
    assert_eq!(reply.classification, Classification::Pending);
    assert_eq!(reply.status, status);
    assert_eq!(reply.body, Some(content));
}

#[test]
fn failure_reply_without_data_is_classified_by_rules() {
    let reply =
        decode(r#"{"result_code":400,"result_message":"参数错误","sub_code":"INVALID"}"#).unwrap();
    assert_eq!(reply.classification, Classification::Failed);
    assert_eq!(reply.status.sub_code.as_deref(), Some("INVALID"));
    assert!(reply.body.is_none());
}

#[test]
fn notification_with_json_string_content() {
    // Notifications come from the provider, whose messages are unsigned: verified by TLS only.
    let body = r#"{"data":"{\"merchant_order_sn\":\"M1\",\"order_status\":\"SUCCESS\",\"total_amount\":\"0.01\",\"extra_info\":\"x\"}","sign":"whatever"}"#;
    let inbound: codec::Inbound<SwipeResponse> = codec::decode_request(
        &PROVIDER,
        &NOTIFY,
        &Message {
            body: body.into(),
            headers: vec![],
        },
        &fubei::creds(),
    )
    .unwrap();
    assert_eq!(inbound.content.total_amount, Money::fen(1));
    assert_eq!(inbound.extra["extra_info"], serde_json::json!("x"));

    let bad = r#"{"data":"{not json"}"#;
    let decoded: Result<codec::Inbound<SwipeResponse>, _> = codec::decode_request(
        &PROVIDER,
        &NOTIFY,
        &Message {
            body: bad.into(),
            headers: vec![],
        },
        &fubei::creds(),
    );
    match decoded {
        Err(Error::Malformed(text)) => assert!(text.contains("`data`"), "{text}"),
        other => panic!("expected Malformed, got {other:?}"),
    }
    // An inbound operation has no response layout.
    let err = codec::encode_response(
        &PROVIDER,
        &NOTIFY,
        &EnvelopeStatus::default(),
        None::<&SwipeResponse>,
        &fubei::creds(),
        &ctx(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::Descriptor(_)), "{err}");
}

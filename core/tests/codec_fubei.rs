//! Codec against a Fubei-like provider: content as a JSON string in `biz_content`, MD5 over
//! named fields plus the secret, replies explicitly unsigned.

mod common;

use common::fubei::{self, SwipeRequest, SwipeResponse, NOTIFY, PROVIDER, SWIPE};
use common::{ctx, text};
use payspec_core::codec::{self, EnvelopeStatus, Message};
use payspec_core::{Classification, Error, Money};

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
            sub_code: None,
            business: None,
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
        business: None,
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
    assert_eq!(inbound.extra["extra_info"].as_str(), Some("x"));

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

type Content = payspec_core::json::Object;

fn message(body: &str) -> Message {
    Message {
        body: body.into(),
        headers: vec![],
    }
}

/// The merchant's signed swipe request with `biz_content` rewritten by `edit`, then signed again
/// over the new text: what an attacker holding the key, or a buggy client, could send.
fn resigned_request(edit: impl Fn(&str) -> String) -> Message {
    let sent = codec::encode_request(
        &PROVIDER,
        &SWIPE,
        &fubei::request(),
        &fubei::creds(),
        &ctx(),
    )
    .unwrap();
    let body = edit(&text(&sent.body));
    let old = "A197AB5FC0ED4FB8FA1AE9ABB0D52708";
    assert!(body.contains(old));
    let sign =
        codec::signature_for(&PROVIDER, &fubei::REQUEST, body.as_bytes(), &fubei::creds()).unwrap();
    message(&body.replace(old, &sign))
}

// issue 8, finding 7: a biz_content whose JSON string names total_amount twice (0.01, then
// 1.00) verifies (the signature covers the string) but is refused, not charged as 1.00.
#[test]
fn a_repeated_member_inside_biz_content_is_refused() {
    let doubled = resigned_request(|body| {
        body.replace(
            r#"\"total_amount\":0.01}"#,
            r#"\"total_amount\":0.01,\"total_amount\":1.00}"#,
        )
    });
    let as_map = codec::decode_request::<Content>(&PROVIDER, &SWIPE, &doubled, &fubei::creds());
    let typed = codec::decode_request::<SwipeRequest>(&PROVIDER, &SWIPE, &doubled, &fubei::creds());
    for error in [as_map.map(|_| ()), typed.map(|_| ())] {
        match error {
            Err(Error::Malformed(why)) => {
                assert!(why.contains("`total_amount` appears twice"), "{why}");
                assert!(why.contains("biz_content"), "{why}");
            }
            other => panic!("expected Malformed, got {other:?}"),
        }
    }
    // Resigning alone is fine: the same edit without the repeat decodes.
    let changed = resigned_request(|body| body.replace("0.01}", "1.00}"));
    let inbound =
        codec::decode_request::<SwipeRequest>(&PROVIDER, &SWIPE, &changed, &fubei::creds())
            .unwrap();
    assert_eq!(inbound.content.total_amount, Money::fen(100));
    // Nested deeper inside the string too.
    let nested = resigned_request(|body| {
        body.replace(
            r#"\"total_amount\":0.01}"#,
            r#"\"total_amount\":0.01,\"detail\":{\"price\":1,\"price\":2}}"#,
        )
    });
    let decoded = codec::decode_request::<Content>(&PROVIDER, &SWIPE, &nested, &fubei::creds());
    assert!(
        matches!(&decoded, Err(Error::Malformed(why)) if why.contains("`price` appears twice")),
        "{decoded:?}"
    );
}

// issue 8, finding 7: the same in a notification's JSON-string content and in a reply's data,
// whatever the reply's classification.
#[test]
fn a_repeated_member_in_a_notification_or_reply_is_refused() {
    let body = r#"{"data":"{\"merchant_order_sn\":\"M1\",\"order_status\":\"SUCCESS\",\"total_amount\":\"0.01\",\"total_amount\":\"1.00\"}"}"#;
    let decoded =
        codec::decode_request::<Content>(&PROVIDER, &NOTIFY, &message(body), &fubei::creds());
    assert!(
        matches!(&decoded, Err(Error::Malformed(why)) if why.contains("appears twice")),
        "{decoded:?}"
    );
    for code in ["200", "400"] {
        let reply = format!(
            r#"{{"result_code":{code},"result_message":"x","data":{{"merchant_order_sn":"M1","order_status":"SUCCESS","total_amount":0.01,"total_amount":1.00}}}}"#
        );
        let decoded =
            codec::decode_response::<Content>(&PROVIDER, &SWIPE, &message(&reply), &fubei::creds());
        assert!(
            matches!(&decoded, Err(Error::Malformed(why)) if why.contains("appears twice")),
            "{code}: {decoded:?}"
        );
    }
}

// issue 8, finding 5: required members hold on the map path (the notification handler's and the
// unified gateway's), not only on the typed one.
#[test]
fn required_members_are_enforced_when_decoding_into_a_map() {
    // A notification without the amount is refused, not applied with it missing.
    let body = r#"{"data":"{\"merchant_order_sn\":\"M1\",\"order_status\":\"SUCCESS\"}"}"#;
    let decoded =
        codec::decode_request::<Content>(&PROVIDER, &NOTIFY, &message(body), &fubei::creds());
    assert!(
        matches!(&decoded, Err(Error::Malformed(why)) if why.contains("`total_amount`")),
        "{decoded:?}"
    );
    let null = r#"{"data":"{\"merchant_order_sn\":null,\"order_status\":\"SUCCESS\",\"total_amount\":\"0.01\"}"}"#;
    let decoded =
        codec::decode_request::<Content>(&PROVIDER, &NOTIFY, &message(null), &fubei::creds());
    assert!(
        matches!(&decoded, Err(Error::Malformed(why)) if why.contains("`merchant_order_sn`")),
        "{decoded:?}"
    );
    // A success or pending reply without the order id is malformed (unknown), never paid.
    for state in ["SUCCESS", "USERPAYING"] {
        let reply = format!(
            r#"{{"result_code":200,"result_message":"成功","data":{{"order_status":"{state}","total_amount":0.01}}}}"#
        );
        let decoded =
            codec::decode_response::<Content>(&PROVIDER, &SWIPE, &message(&reply), &fubei::creds());
        match decoded {
            Err(error @ Error::Malformed(_)) => {
                assert!(error.to_string().contains("`merchant_order_sn`"), "{error}");
                assert_eq!(error.kind(), payspec_core::ErrorKind::Unknown);
            }
            other => panic!("{state}: expected Malformed, got {other:?}"),
        }
    }
    // Content that cannot be read at all says so, rather than naming a missing member.
    let unreadable = codec::decode_response::<Content>(
        &PROVIDER,
        &SWIPE,
        &message(
            r#"{"result_code":200,"result_message":"成功","data":"{\"order_status\":\"SUCCESS\"}"}"#,
        ),
        &fubei::creds(),
    );
    assert!(
        matches!(&unreadable, Err(Error::Malformed(why)) if why.contains("is not an object")),
        "{unreadable:?}"
    );
    // A failure reply may carry part of the data, or none: still a definite failure.
    let failed = decode_map(
        r#"{"result_code":400,"result_message":"失败","data":{"merchant_order_sn":"M1"}}"#,
    );
    assert_eq!(failed.classification, Classification::Failed);
    assert_eq!(failed.body.unwrap()["merchant_order_sn"], "M1");
    let failed =
        decode_map(r#"{"result_code":400,"result_message":"失败","sub_code":"NOTENOUGH"}"#);
    assert_eq!(failed.classification, Classification::Failed);
    assert!(failed.body.is_none());
}

fn decode_map(body: &str) -> codec::Reply<Content> {
    codec::decode_response::<Content>(&PROVIDER, &SWIPE, &message(body), &fubei::creds()).unwrap()
}

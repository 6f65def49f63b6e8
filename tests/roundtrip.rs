//! Property: what the generated code encodes, the generated code decodes back unchanged — in both
//! directions, with the signature verified each time — for any valid content, including text that
//! needs escaping and amounts anywhere in range.

use payspec_core::{Classification, EncodeContext, EnvelopeStatus, Money, Redacted};
use payspec_generated::{fubei, pooul, scanforpay, wechatpay};
use proptest::prelude::*;
use serde_json::json;

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_700_000_000,
        nonce: "Zx81pQ0aB2cD3eF4gH5iJ6kL7mN8oP9q".into(),
        message_id: "3b241101-e2bb-4255-8caf-4136c566a962".into(),
    }
}

/// Text that needs JSON escaping and is not ASCII.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Z0-9_ .\"\\\\/中文€-]{{1,{max}}}"))
        .expect("regex")
}

fn order_id() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[A-Za-z0-9_]{5,32}").expect("regex")
}

fn pooul_config() -> pooul::Config {
    pooul::Config {
        merchant_id: "m1".into(),
        key: Redacted::new("k\"ey".into()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn pooul_micropay_request(order in order_id(), body in text(40), fen in 1i64..10_000_000_000, attach in proptest::option::of(text(20))) {
        let mut value = json!({
            "mch_trade_id": order, "device_info": "POS-1", "subject": body, "body": body,
            "total_fee": fen, "spbill_create_ip": "127.0.0.1", "auth_code": "284447106610060508",
        });
        if let Some(a) = attach { value["attach"] = json!(a); }
        let request: pooul::micropay::MicropayRequest = serde_json::from_value(value).expect("valid");
        let message = request.encode(&pooul_config(), &ctx()).expect("encodes");
        let back = pooul::micropay::MicropayRequest::decode(&message, &pooul_config()).expect("verifies");
        prop_assert_eq!(back.content, request);
        prop_assert!(back.extra.is_empty());
    }

    #[test]
    fn pooul_micropay_response(state in 0i64..8, fen in 0i64..10_000_000_000, paid in 0i64..1_000_000, id in text(30)) {
        let response: pooul::micropay::MicropayResponse = serde_json::from_value(json!({
            "merchant_id": "m1", "pay_type": "alipay.micro", "mch_trade_id": id, "trade_id": "t1",
            "total_fee": fen, "trade_state": state,
            "buyer_pay_amount": Money::fen(paid).render_major(),
        })).expect("valid");
        let status = EnvelopeStatus { code: Some("0".into()), ..EnvelopeStatus::default() };
        let message = pooul::micropay::MicropayResponse::encode(Some(&response), &status, &pooul_config(), &ctx()).expect("encodes");
        let reply = pooul::micropay::MicropayResponse::decode(&message, &pooul_config()).expect("verifies");
        if state == 0 {
            prop_assert_eq!(reply.classification, Classification::Success);
        }
        prop_assert_eq!(reply.body.as_ref(), Some(&response));
    }

    #[test]
    fn fubei_swipe_request_and_response_in_yuan(order in order_id(), fen in 1i64..10_000_000_000, note in text(60)) {
        let config = fubei::Config { app_id: "a1".into(), app_secret: Redacted::new("s".into()) };
        let request: fubei::swipe::SwipeRequest = serde_json::from_value(json!({
            "merchant_order_sn": order, "auth_code": "134567890123456789",
            "total_fee": Money::fen(fen).render_major(), "attach": note,
        })).expect("valid");
        let message = request.encode(&config, &ctx()).expect("encodes");
        let back = fubei::swipe::SwipeRequest::decode(&message, &config).expect("verifies");
        prop_assert_eq!(&back.content, &request);
        prop_assert_eq!(back.content.total_fee, Money::fen(fen));

        let response: fubei::swipe::SwipeResponse = serde_json::from_value(json!({
            "merchant_order_sn": order, "order_sn": "o1", "trade_no": "t1", "trade_state": "SUCCESS",
            "total_fee": Money::fen(fen).render_major(), "store_id": 1,
        })).expect("valid");
        let status = EnvelopeStatus { code: Some("200".into()), message: Some("成功".into()), sub_code: None, business: None };
        let message = fubei::swipe::SwipeResponse::encode(Some(&response), &status, &config, &ctx()).expect("encodes");
        let reply = fubei::swipe::SwipeResponse::decode(&message, &config).expect("decodes");
        prop_assert_eq!(reply.classification, Classification::Success);
        prop_assert_eq!(reply.body.as_ref(), Some(&response));
    }

    #[test]
    fn scanforpay_pay_request(order in order_id(), minor in 1i64..1_000_000_000, title in proptest::option::of(text(100))) {
        let config = scanforpay::Config { partner_no: "10001".into(), store_no: "S1".into(), key: Redacted::new("k".into()), currency: "JPY".into() };
        let mut value = json!({
            "partnerOrderNo": order, "barcode": "284447106610060508",
            "orderAmount": minor,
        });
        if let Some(t) = title { value["orderTitle"] = json!(t); }
        let request: scanforpay::pay::PayRequest = serde_json::from_value(value).expect("valid");
        let message = request.encode(&config, &ctx()).expect("encodes");
        let back = scanforpay::pay::PayRequest::decode(&message, &config).expect("verifies");
        prop_assert_eq!(back.content, request);
    }
}

fn wechatpay_config(sign_type: Option<&str>) -> wechatpay::Config {
    wechatpay::Config {
        appid: "wx1".into(),
        mch_id: "m1".into(),
        key: Redacted::new("k&ey=".into()),
        sign_type: sign_type.map(str::to_owned),
        client_cert: "unused".into(),
        client_key: Redacted::new("unused".into()),
    }
}

/// Text a flat XML body must carry exactly: markup characters, a CDATA end, a carriage return.
fn xml_text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[a-zA-Z0-9_ .<>&\\]\r\n\"'中文€-]{{1,{max}}}"))
        .expect("regex")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn wechatpay_micropay_request(order in "[A-Za-z0-9_|*-]{1,32}", body in xml_text(40), fen in 1i64..10_000_000_000, attach in proptest::option::of(xml_text(20)), hmac in any::<bool>()) {
        let config = wechatpay_config(hmac.then_some("HMAC-SHA256"));
        let mut request = wechatpay::micropay::MicropayRequest::new(body, order, Money::fen(fen), "134567890123456789");
        if let Some(a) = attach { request = request.with_attach(a); }
        let message = request.encode(&config, &ctx()).expect("encodes");
        // The server verifies with the algorithm the request names, whatever its own setting.
        let back = wechatpay::micropay::MicropayRequest::decode(&message, &wechatpay_config(None)).expect("verifies");
        prop_assert_eq!(back.content, request);
        prop_assert!(back.extra.is_empty());
    }

    #[test]
    fn wechatpay_micropay_response(fen in 1i64..10_000_000_000, coupon in 0i64..100, id in xml_text(30), hmac in any::<bool>()) {
        let config = wechatpay_config(hmac.then_some("HMAC-SHA256"));
        let response = wechatpay::micropay::MicropayResponse::new()
            .with_total_fee(Money::fen(fen))
            .with_coupon_fee(Money::fen(coupon))
            .with_transaction_id(id);
        let status = EnvelopeStatus {
            code: Some("SUCCESS".into()),
            business: Some(payspec_core::StatusLevel { code: Some("SUCCESS".into()), ..Default::default() }),
            ..EnvelopeStatus::default()
        };
        let message = wechatpay::micropay::MicropayResponse::encode(Some(&response), &status, &config, &ctx()).expect("encodes");
        let reply = wechatpay::micropay::MicropayResponse::decode(&message, &config).expect("decodes");
        prop_assert_eq!(reply.classification, Classification::Success);
        prop_assert_eq!(reply.status, status);
        prop_assert_eq!(reply.body, Some(response));
    }
}

//! Issue 8, finding 6: money fields are positive unless the spec says otherwise, in every
//! generated type (requests, responses, notifications and nested structs, all providers), and a
//! request's `encode()` refuses what its `validate()` refuses, so nothing invalid is ever sent.

use payspec::sandbox::{default_credential, merchant_credentials};
use payspec_core::descriptor::ProviderModule;
use payspec_core::{EncodeContext, Error, MinorAmount, Money, Validate};
use payspec_generated::{bjrcb, fubei, pooul, scanforpay};
use serde_json::{json, Map, Value};

/// The fields `validate()` names, or an empty list when it passes.
fn refused<T: Validate>(value: &T) -> Vec<String> {
    match value.validate() {
        Ok(()) => Vec::new(),
        Err(violations) => violations.0.into_iter().map(|v| v.field).collect(),
    }
}

/// A provider's `Config`, filled the way the simulator fills its credentials.
fn config<T: serde::de::DeserializeOwned>(module: &ProviderModule) -> T {
    let creds = merchant_credentials(module);
    let values: Map<String, Value> = module
        .config
        .iter()
        .map(|c| {
            let value = creds.get(c.key).cloned();
            (
                c.key.to_owned(),
                Value::String(value.unwrap_or_else(|| default_credential(c.key))),
            )
        })
        .collect();
    serde_json::from_value(Value::Object(values)).expect("config")
}

fn ctx() -> EncodeContext {
    EncodeContext::try_fresh().expect("context")
}

/// `encode()` refused the request as invalid, naming `wire`.
fn assert_invalid(result: Result<payspec_core::Message, Error>, wire: &str) {
    match result {
        Err(Error::Invalid(violations)) => assert!(
            violations.0.iter().any(|v| v.field.ends_with(wire)),
            "{violations}"
        ),
        Err(other) => panic!("refused, but not as invalid: {other}"),
        Ok(_) => panic!("`{wire}`: an invalid request was encoded"),
    }
}

#[test]
fn bjrcb_pay_request_refuses_zero_and_negative_amounts() {
    let config: bjrcb::Config = config(&bjrcb::MODULE);
    let mut request: bjrcb::micropay::MicropayRequest = serde_json::from_value(json!({
        "out_trade_no": "m1", "auth_code": "280000000000000000", "total_fee": 1,
        "subject": "s", "body": "b", "device_info": "POS", "scene": "bar_code",
    }))
    .expect("request");
    assert_eq!(refused(&request), Vec::<String>::new());
    for fen in [0, -100] {
        request.total_fee = Money::fen(fen);
        assert_eq!(refused(&request), ["total_fee"], "{fen}");
        assert_invalid(request.encode(&config, &ctx()), "total_fee");
    }
}

#[test]
fn pooul_pay_and_order_requests_refuse_zero_and_negative_amounts() {
    let config: pooul::Config = config(&pooul::MODULE);
    let mut request: pooul::micropay::MicropayRequest = serde_json::from_value(json!({
        "mch_trade_id": "m1", "device_info": "POS", "subject": "s", "body": "b",
        "total_fee": 1, "spbill_create_ip": "127.0.0.1", "auth_code": "280000000000000000",
    }))
    .expect("request");
    assert_eq!(refused(&request), Vec::<String>::new());
    let mut order: pooul::unified_order::UnifiedOrderRequest = serde_json::from_value(json!({
        "mch_trade_id": "m2", "subject": "s", "body": "b", "total_fee": 1,
        "spbill_create_ip": "127.0.0.1", "notify_url": "http://127.0.0.1/n",
    }))
    .expect("order");
    assert_eq!(refused(&order), Vec::<String>::new());
    for fen in [0, -100] {
        request.total_fee = Money::fen(fen);
        assert_eq!(refused(&request), ["total_fee"], "{fen}");
        assert_invalid(request.encode(&config, &ctx()), "total_fee");
        order.total_fee = Money::fen(fen);
        assert_eq!(refused(&order), ["total_fee"], "{fen}");
        assert_invalid(order.encode(&config, &ctx()), "total_fee");
    }
}

#[test]
fn fubei_swipe_request_refuses_zero_and_negative_amounts_nested_ones_too() {
    let config: fubei::Config = config(&fubei::MODULE);
    let mut request: fubei::swipe::SwipeRequest = serde_json::from_value(json!({
        "merchant_order_sn": "m1", "auth_code": "280000000000000000", "total_fee": "0.01",
        "detail": serde_json::to_string(&json!({
            "goods_detail": [{"goods_id": "g1", "goods_name": "tea", "quantity": 1, "price": 1}],
        })).expect("detail"),
    }))
    .expect("request");
    assert_eq!(refused(&request), Vec::<String>::new());
    for fen in [0, -100] {
        request.total_fee = Money::fen(fen);
        assert_eq!(refused(&request), ["total_fee"], "{fen}");
        assert_invalid(request.encode(&config, &ctx()), "total_fee");
    }
    request.total_fee = Money::fen(1);
    let detail = request.detail.as_mut().expect("detail");
    detail.goods_detail[0].price = Money::fen(0);
    assert_eq!(refused(&request), ["detail.goods_detail[0].price"]);
    assert_invalid(request.encode(&config, &ctx()), "price");
}

#[test]
fn scanforpay_pay_request_refuses_zero_and_negative_amounts() {
    let config: scanforpay::Config = config(&scanforpay::MODULE);
    let mut request: scanforpay::pay::PayRequest = serde_json::from_value(json!({
        "partnerOrderNo": "m1", "barcode": "280000000000000000", "orderAmount": 2100,
    }))
    .expect("request");
    assert_eq!(refused(&request), Vec::<String>::new());
    request
        .encode(&config, &ctx())
        .expect("a valid request encodes");
    for minor in [0, -100] {
        request.order_amount = MinorAmount(minor);
        assert_eq!(refused(&request), ["orderAmount"], "{minor}");
        assert_invalid(request.encode(&config, &ctx()), "orderAmount");
    }
}

#[test]
fn responses_and_notifications_check_the_sign_of_every_amount() {
    // ScanForPay: a paid amount of 0 in a reply is refused by the reply's validation.
    let mut sfp: scanforpay::pay::PayResponse = serde_json::from_value(json!({
        "orderNo": "o1", "partnerOrderNo": "m1", "orderAmount": 2100, "wallet": "Alipay",
        "status": 1, "currency": "JPY",
    }))
    .expect("reply");
    assert_eq!(refused(&sfp), Vec::<String>::new());
    sfp.order_amount = Some(MinorAmount(0));
    assert_eq!(refused(&sfp), ["orderAmount"]);

    // BJRCB.
    let mut bjrcb: bjrcb::micropay::MicropayResponse = serde_json::from_value(json!({
        "mch_id": "m", "result_code": "SUCCESS", "trade_state": "SUCCESS", "out_trade_no": "m1",
        "total_fee": 1, "transaction_id": "t1", "nonce_str": "n",
    }))
    .expect("reply");
    assert_eq!(refused(&bjrcb), Vec::<String>::new());
    bjrcb.total_fee = Money::fen(-1);
    assert_eq!(refused(&bjrcb), ["total_fee"]);

    // Fubei: a fee, a discount or a coupon may be zero (`allow_zero`), never negative; the
    // amounts charged may not be zero.
    let mut fubei: fubei::swipe::SwipeResponse = serde_json::from_value(json!({
        "merchant_order_sn": "m1", "order_sn": "o1", "trade_no": "t1", "trade_state": "SUCCESS",
        "total_fee": 80.00, "store_id": 1, "fee": 0.00, "discount_money": 0.00,
        "cash_coupon_fee": 0.00, "no_cash_coupon_fee": 0.00,
    }))
    .expect("reply");
    assert_eq!(refused(&fubei), Vec::<String>::new());
    fubei.fee = Some(Money::fen(-4));
    fubei.net_money = Some(Money::fen(0));
    fubei.total_fee = Money::fen(0);
    assert_eq!(refused(&fubei), ["total_fee", "net_money", "fee"]);

    // Pooul: coupons and points may be zero ("0.00" in the document's example), the rest not.
    let mut pooul: pooul::micropay::MicropayResponse = serde_json::from_value(json!({
        "merchant_id": "m", "nonce_str": "n", "mch_trade_id": "m1", "trade_id": "t1",
        "total_fee": 12, "trade_state": 0, "pay_type": "alipay.micro", "coupon_fee": 0,
        "point_amount": "0.00",
    }))
    .expect("reply");
    assert_eq!(refused(&pooul), Vec::<String>::new());
    pooul.receipt_amount = Some(Money::fen(0));
    pooul.coupon_fee = Some(Money::fen(-1));
    assert_eq!(refused(&pooul), ["coupon_fee", "receipt_amount"]);

    // A Pooul notification's nested message.
    let mut notified: pooul::notify::NotifyMessage = serde_json::from_value(json!({
        "merchant_id": "m", "nonce_str": "n", "pay_type": "alipay.jsapi", "mch_trade_id": "m1",
        "trade_id": "t1", "out_trade_id": "x1", "total_fee": 1, "trade_state": 0,
        "time_end": 1_478_574_762,
    }))
    .expect("notification");
    assert_eq!(refused(&notified), Vec::<String>::new());
    notified.total_fee = Money::fen(0);
    assert_eq!(refused(&notified), ["total_fee"]);
}

//! Every JSON example of the provider documents (`tests/fixtures/`, syntax fixed as listed in
//! tests/fixtures/README.md) decodes through the generated types and gives the documented values.
//!
//! The documents' signatures are masked (`72ED16F9AD20********A7EB5`) or made with keys nobody
//! has, so each signed example is re-signed with a test key by the provider's own rule
//! (`codec::signature_for`, which verification also uses) before it is decoded through the normal,
//! verifying path. Nothing here skips verification.

use payspec_core::codec::signature_for;
use payspec_core::descriptor::{Layout, ProviderDescriptor};
use payspec_core::json::Json;
use payspec_core::{
    Classification, Currency, Error, Flag, Message, MinorAmount, Money, Redacted, TradeStatus,
};
use payspec_generated::{fubei, pooul, scanforpay};

const TEST_KEY: &str = "payspec-test-key";

fn fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Replaces the example's signature value (which appears once) by the one the provider's rule
/// gives under the test key.
fn resign(
    provider: &ProviderDescriptor,
    layout: &Layout,
    body: &str,
    old: &str,
    creds: &dyn payspec_core::Credentials,
) -> Message {
    assert_eq!(
        body.matches(old).count(),
        1,
        "signature {old} must appear once"
    );
    let new = signature_for(provider, layout, body.as_bytes(), creds).expect("computes");
    Message {
        body: body.replacen(old, &new, 1).into_bytes(),
        headers: Vec::new(),
    }
}

fn pooul_config() -> pooul::Config {
    pooul::Config {
        merchant_id: "59382e3c********d0cfc3e".into(),
        key: Redacted::new(TEST_KEY.into()),
    }
}

fn pooul_reply(path: &str) -> Message {
    let body = fixture(path);
    let old = serde_json::from_str::<serde_json::Value>(&body).expect("json")["sign"]
        .as_str()
        .expect("sign")
        .to_string();
    resign(
        &pooul::PROVIDER,
        &pooul::LAYOUT_RESPONSE,
        &body,
        &old,
        &pooul_config(),
    )
}

#[test]
fn pooul_micropay_success_example() {
    let reply = pooul::micropay::MicropayResponse::decode(
        &pooul_reply("pooul/micropay_response.json"),
        &pooul_config(),
    )
    .expect("verifies and decodes");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.status.code.as_deref(), Some("0"));
    let body = reply.body.expect("content");
    assert_eq!(body.trade_state, pooul::TradeState::Success);
    assert_eq!(body.trade_status(), Some(TradeStatus::Success));
    assert_eq!(body.total_fee, Money::fen(1));
    assert_eq!(body.buyer_pay_amount, Some(Money::fen(1)));
    assert_eq!(body.point_amount, Some(Money::fen(0)));
    assert_eq!(body.mch_trade_id, "alex.alipay.148");
    assert_eq!(body.pay_type, "alipay.micro");
}

#[test]
fn pooul_trade_state_6_is_paying_and_must_be_queried() {
    let body =
        fixture("pooul/micropay_response.json").replace("\"trade_state\": 0", "\"trade_state\": 6");
    let old = "C0AE7AC********67B65E576";
    let message = resign(
        &pooul::PROVIDER,
        &pooul::LAYOUT_RESPONSE,
        &body,
        old,
        &pooul_config(),
    );
    let reply =
        pooul::micropay::MicropayResponse::decode(&message, &pooul_config()).expect("decodes");
    let content = reply.body.expect("content");
    assert_eq!(content.trade_state, pooul::TradeState::Paying);
    assert_eq!(content.trade_status(), Some(TradeStatus::Paying));
    assert_eq!(reply.classification, Classification::Pending);
}

#[test]
fn pooul_need_query_n_with_a_failed_state_is_a_definite_failure() {
    let body = fixture("pooul/micropay_response.json").replace(
        "\"trade_state\": 0,",
        "\"trade_state\": 7, \"need_query\": \"N\",",
    );
    let message = resign(
        &pooul::PROVIDER,
        &pooul::LAYOUT_RESPONSE,
        &body,
        "C0AE7AC********67B65E576",
        &pooul_config(),
    );
    let reply =
        pooul::micropay::MicropayResponse::decode(&message, &pooul_config()).expect("decodes");
    assert_eq!(reply.body.expect("content").need_query, Some(Flag::No));
    assert_eq!(reply.classification, Classification::Failed);
}

#[test]
fn pooul_reply_with_a_changed_value_or_no_signature_is_refused() {
    let message = pooul_reply("pooul/micropay_response.json");
    let text = String::from_utf8(message.body.clone()).expect("utf-8");
    let tampered = Message {
        body: text
            .replace("\"total_fee\": 1,", "\"total_fee\": 100,")
            .into_bytes(),
        headers: Vec::new(),
    };
    assert!(matches!(
        pooul::micropay::MicropayResponse::decode(&tampered, &pooul_config()),
        Err(Error::SignatureMismatch)
    ));
    let mut doc: serde_json::Value = serde_json::from_slice(&message.body).expect("json");
    doc.as_object_mut().expect("object").remove("sign");
    let unsigned = Message {
        body: serde_json::to_vec(&doc).expect("json"),
        headers: Vec::new(),
    };
    assert!(matches!(
        pooul::micropay::MicropayResponse::decode(&unsigned, &pooul_config()),
        Err(Error::SignatureMissing)
    ));
}

#[test]
fn pooul_query_examples() {
    let reply = pooul::query::QueryResponse::decode(
        &pooul_reply("pooul/query_response.json"),
        &pooul_config(),
    )
    .expect("decodes");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.body.expect("content").total_fee, Some(Money::fen(1)));

    // The jsapi query example sends the amount as the string "12".
    let reply = pooul::query::QueryResponse::decode(
        &pooul_reply("pooul/jsapi_query_response.json"),
        &pooul_config(),
    )
    .expect("decodes");
    let body = reply.body.expect("content");
    assert_eq!(body.total_fee, Some(Money::fen(12)));
    assert_eq!(body.buyer_pay_amount, Some(Money::fen(12)));
    assert_eq!(body.trade_status(), Some(TradeStatus::Success));
}

#[test]
fn pooul_unified_order_example() {
    let reply = pooul::unified_order::UnifiedOrderResponse::decode(
        &pooul_reply("pooul/unified_order_response.json"),
        &pooul_config(),
    )
    .expect("decodes");
    assert_eq!(reply.classification, Classification::Success);
    let body = reply.body.expect("content");
    assert_eq!(
        body.token_id.as_deref(),
        Some("1376322f9abcaf31a192eaaffbfe48610")
    );
    assert_eq!(body.mch_trade_id, "alex.alipay.***********");
}

#[test]
fn pooul_notification_example() {
    let body = fixture("pooul/notify.json");
    let message = resign(
        &pooul::PROVIDER,
        &pooul::LAYOUT_NOTIFICATION,
        &body,
        "BAA131C*********B6EF70",
        &pooul_config(),
    );
    let inbound = pooul::notify::NotifyMessage::decode(&message, &pooul_config()).expect("decodes");
    assert_eq!(inbound.content.trade_state, pooul::TradeState::Success);
    assert_eq!(inbound.content.total_fee, Money::fen(1));
    assert_eq!(inbound.content.pay_type, "alipay.jsapi");
    assert_eq!(pooul::notify::NotifyMessage::ACK, "success");
}

#[test]
fn pooul_request_example_decodes_in_the_server_direction() {
    // The example masks time_start ("149********28"): a real one is a 10-digit integer.
    let body = fixture("pooul/micropay_request.json")
        .replace("\"149********28\"", "1496909734")
        .replace(
            "\"time_start\"",
            "\"device_info\":\"T1\",\"subject\":\"S\",\"time_start\"",
        );
    let message = resign(
        &pooul::PROVIDER,
        &pooul::LAYOUT_REQUEST,
        &body,
        "72ED16F9AD20********A7EB5",
        &pooul_config(),
    );
    let inbound =
        pooul::micropay::MicropayRequest::decode(&message, &pooul_config()).expect("verifies");
    let request = inbound.content;
    assert_eq!(request.total_fee, Money::fen(3));
    assert_eq!(request.auth_code.expose(), "28294********899");
    assert_eq!(request.time_start.map(|t| t.unix()), Some(1_496_909_734));
    assert_eq!(request.body, "天虹龙华店-食品");
}

fn fubei_config() -> fubei::Config {
    fubei::Config {
        app_id: "20161219113441561987".into(),
        app_secret: Redacted::new(TEST_KEY.into()),
    }
}

fn plain(path: &str) -> Message {
    Message {
        body: fixture(path).into_bytes(),
        headers: Vec::new(),
    }
}

#[test]
fn fubei_swipe_success_example_in_yuan() {
    // Fubei does not sign replies (stated in specs/fubei.yaml): nothing to re-sign.
    let reply = fubei::swipe::SwipeResponse::decode(
        &plain("fubei/swipe_response_success.json"),
        &fubei_config(),
    )
    .expect("decodes");
    assert_eq!(reply.classification, Classification::Success);
    let body = reply.body.expect("content");
    assert_eq!(body.total_fee, Money::fen(8000));
    assert_eq!(body.discount_money, Some(Money::fen(2000)));
    assert_eq!(body.buyer_pay_amount, Some(Money::fen(7990)));
    assert_eq!(body.cash_coupon_fee, Some(Money::fen(10)));
    assert_eq!(body.fee, Some(Money::fen(4)));
    assert_eq!(body.pay_time.map(|t| t.unix()), Some(1_478_574_762));
    assert_eq!(body.trade_status(), Some(TradeStatus::Success));
}

#[test]
fn fubei_total_fee_0_01_is_one_fen() {
    let text = fixture("fubei/swipe_response_success.json").replace("80.00", "0.01");
    let reply = fubei::swipe::SwipeResponse::decode(
        &Message {
            body: text.into_bytes(),
            headers: Vec::new(),
        },
        &fubei_config(),
    )
    .expect("decodes");
    assert_eq!(reply.body.expect("content").total_fee, Money::fen(1));
}

// issue 9: without serde_json's arbitrary_precision the amounts are still read from their
// literals: past f64's exact range, and an exponent refused (as a float it would be 100.0).
#[test]
fn fubei_yuan_numbers_are_read_from_their_literals() {
    let decode = |total_fee: &str| {
        let text = fixture("fubei/swipe_response_success.json").replace("80.00", total_fee);
        fubei::swipe::SwipeResponse::decode(
            &Message {
                body: text.into_bytes(),
                headers: Vec::new(),
            },
            &fubei_config(),
        )
    };
    // 9007199254740993 fen: an f64 holds ...992 (or ...994 in yuan).
    let reply = decode("90071992547409.93").expect("decodes");
    assert_eq!(
        reply.body.expect("content").total_fee,
        Money::fen(9_007_199_254_740_993)
    );
    assert_eq!(
        decode("0.10")
            .expect("decodes")
            .body
            .expect("content")
            .total_fee,
        Money::fen(10)
    );
    for refused in ["1e2", "80.001", "92233720368547758.08"] {
        let error = decode(refused).expect_err(refused);
        assert!(
            matches!(&error, Error::Malformed(why) if why.contains(refused)),
            "{refused}: {error}"
        );
    }
}

// issue 8, finding 8: the document's failure answer (400 "失败", an unlisted sub_code) does not
// say that no money moved (a merchant_order_sn already paid by another till answers 400 too), so
// it is unknown and the flow queries; it used to read as a definite failure.
#[test]
fn fubei_failure_example_is_unknown_not_failed() {
    let reply = fubei::swipe::SwipeResponse::decode(
        &plain("fubei/swipe_response_failure.json"),
        &fubei_config(),
    )
    .expect("decodes");
    assert_eq!(reply.classification, Classification::Unknown);
    assert_eq!(reply.status.code.as_deref(), Some("400"));
    assert_eq!(reply.status.sub_code.as_deref(), Some("ERROR_CODE"));
    assert!(reply.body.is_none());
}

#[test]
fn fubei_request_example_decodes_in_the_server_direction() {
    let body = fixture("fubei/swipe_request.json");
    let message = resign(
        &fubei::PROVIDER,
        &fubei::LAYOUT_REQUEST,
        &body,
        "5F0EA68A1278C0F7A524073D2B498C43",
        &fubei_config(),
    );
    let request = fubei::swipe::SwipeRequest::decode(&message, &fubei_config())
        .expect("verifies")
        .content;
    assert_eq!(request.merchant_order_sn, "201704191492587335309");
    assert_eq!(request.total_fee, Money::fen(10_000));
    assert_eq!(request.auth_code.expose(), "130784921069830971");
    assert_eq!(request.attach.as_deref(), Some("订单:123456"));
    assert_eq!(request.store_id, Some(25249));
}

fn scanforpay_config() -> scanforpay::Config {
    scanforpay::Config {
        partner_no: "10001".into(),
        // The document's example store: the merchant's own, in this test's configuration.
        store_no: "100010000000002".into(),
        key: Redacted::new(TEST_KEY.into()),
        currency: "JPY".into(),
    }
}

#[test]
fn scanforpay_success_example_in_yen() {
    let body = fixture("scanforpay/pay_response_success.json");
    let message = resign(
        &scanforpay::PROVIDER,
        &scanforpay::LAYOUT_RESPONSE,
        &body,
        "0710b2630b467c14b3d54295def7f89be61097c21472547823b43c58f3466b08",
        &scanforpay_config(),
    );
    let reply =
        scanforpay::pay::PayResponse::decode(&message, &scanforpay_config()).expect("decodes");
    assert_eq!(reply.classification, Classification::Success);
    let body = reply.body.expect("content");
    assert_eq!(body.status, scanforpay::TradeState::Success);
    assert_eq!(body.wallet, scanforpay::Wallet::Alipay);
    assert_eq!(body.currency, "JPY");
    assert_eq!(body.pay_time.map(|t| t.unix()), Some(1_532_513_172));
}

// issue 8, finding 8: the document's failure example is code 30 订单不存在, which says nothing
// about a payment; "其他为交易失败" is no evidence that a refused request moved no money, so it is
// unknown (the flow queries). It used to read as a definite failure.
#[test]
fn scanforpay_failure_example_is_unknown_not_failed() {
    let body = fixture("scanforpay/pay_response_failure.json");
    let message = resign(
        &scanforpay::PROVIDER,
        &scanforpay::LAYOUT_RESPONSE,
        &body,
        "5719065ecea463366cbf39b728b9b8cba940365c0c053dd96effde57f7edc1f8",
        &scanforpay_config(),
    );
    let reply =
        scanforpay::pay::PayResponse::decode(&message, &scanforpay_config()).expect("decodes");
    assert_eq!(reply.classification, Classification::Unknown);
    assert_eq!(reply.status.code.as_deref(), Some("30"));
}

#[test]
fn scanforpay_request_example_in_the_server_direction() {
    let body = fixture("scanforpay/pay_request.json");
    let message = resign(
        &scanforpay::PROVIDER,
        &scanforpay::LAYOUT_REQUEST,
        &body,
        "2d2d5c66a67a24b5e13705cc38f34d93c395a7d9e0e4ff9425c9ce07b806a1cc",
        &scanforpay_config(),
    );
    let request = scanforpay::pay::PayRequest::decode(&message, &scanforpay_config())
        .expect("verifies")
        .content;
    assert_eq!(request.order_amount, MinorAmount(2100));
    assert_eq!(
        request.order_amount.in_currency(Currency::JPY),
        Money::from_minor(2100, Currency::JPY)
    );
    assert_eq!(request.barcode.expose(), "284447106610060508");
    assert_eq!(request.partner_order_no, "p20180725180605466813");
}

#[test]
fn a_server_does_not_read_one_operation_as_another() {
    // Fubei's operations share one path and differ by `method`; Pooul's by `pay_type`.
    let body = fixture("fubei/swipe_request.json");
    let message = resign(
        &fubei::PROVIDER,
        &fubei::LAYOUT_REQUEST,
        &body,
        "5F0EA68A1278C0F7A524073D2B498C43",
        &fubei_config(),
    );
    let err =
        fubei::query::QueryRequest::decode(&message, &fubei_config()).expect_err("not a query");
    assert_eq!(
        err.to_string(),
        "malformed message: not operation `query`: `method` is `openapi.payment.order.swipe`, expected `openapi.payment.order.query`"
    );
}

/// Every scalar of a document example as text, and whether it is a JSON string; a string
/// holding JSON (`biz_content`) is read too.
fn example_values(value: &Json, out: &mut Vec<(bool, String)>) {
    match value {
        Json::String(s) => {
            if let Ok(inner @ (Json::Object(_) | Json::Array(_))) = Json::parse(s) {
                example_values(&inner, out);
            }
            out.push((true, s.clone()));
        }
        // The literal as the document writes it (`80.00`, not `80.0`).
        Json::Number(n) => out.push((false, n.to_string())),
        Json::Array(items) => items.iter().for_each(|v| example_values(v, out)),
        Json::Object(members) => members.values().for_each(|v| example_values(v, out)),
        Json::Bool(_) | Json::Null => {}
    }
}

// issue 8, finding 9: no spec default copies a value of the provider's document examples (a
// merchant's store, trade or merchant number would then be sent, or answered, for everybody).
// Enum and state codes are closed lists the document defines, so they are not compared, nor are
// numbers under 100 (counts and flags like `type: 1`, `cashier_id: 0`, not identities); a value
// that is an operation's own constant is the API's, not an example's.
#[test]
fn no_spec_default_copies_a_document_example_value() {
    use payspec_codegen::spec::model::{ScalarSpec, TypeSpec};
    // Kept on purpose, with the reason (and each says so in its field's doc).
    let kept: &[(&str, &str, &str)] = &[(
        "pooul",
        "spbill_create_ip",
        "loopback: a gateway building a request from a payment intent knows no terminal IP",
    )];
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(root.join("specs"))
        .expect("specs/")
        .filter_map(|e| e.ok())
        .map(|e| format!("specs/{}", e.file_name().to_string_lossy()))
        .filter(|f| f.ends_with(".yaml"))
        .collect();
    files.sort();
    let specs = payspec_codegen::pipeline::load_and_validate(&root, &files)
        .unwrap_or_else(|d| panic!("{} diagnostics", d.len()));
    let mut copies = Vec::new();
    for loaded in &specs {
        let spec = &loaded.spec;
        let mut examples = Vec::new();
        if let Ok(dir) = std::fs::read_dir(root.join("tests/fixtures").join(&spec.provider)) {
            for entry in dir.filter_map(|e| e.ok()) {
                let path = entry.path();
                let text = std::fs::read_to_string(&path).expect("fixture");
                match path.extension().and_then(|e| e.to_str()) {
                    Some("json") => {
                        let json = Json::parse(&text).expect("fixture JSON");
                        example_values(&json, &mut examples);
                    }
                    // Flat XML bodies (WeChat Pay v2): every member's text is an example value.
                    Some("xml") => {
                        let fields = payspec_core::format::xml::XmlFormat::with_root("xml")
                            .decode(text.as_bytes())
                            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                        examples.extend(fields.iter().map(|(_, v)| (true, v.to_owned())));
                    }
                    // Notes and signing vectors, not message bodies.
                    _ => {}
                }
            }
        }
        let constants: Vec<&String> = spec
            .operations
            .iter()
            .flat_map(|op| op.constants.values())
            .collect();
        for op in &spec.operations {
            for field in op.request.iter().chain(op.response.iter()) {
                let (Some(wire), Some(default)) = (&field.wire, &field.default) else {
                    continue;
                };
                if matches!(field.ty, TypeSpec::Enum | TypeSpec::State) {
                    continue;
                }
                let text = default.as_text();
                let copied = match default {
                    ScalarSpec::Text(t) => examples.contains(&(true, t.clone())),
                    ScalarSpec::Int(n) => {
                        n.abs() >= 100 && examples.contains(&(false, text.clone()))
                    }
                    ScalarSpec::Bool(_) => false,
                };
                let kept_here = kept
                    .iter()
                    .any(|(p, w, _)| *p == spec.provider && w == wire);
                if copied && !constants.contains(&&text) && !kept_here {
                    copies.push(format!(
                        "{}: {} `{wire}` defaults to the document's example value {text}",
                        spec.provider, op.name
                    ));
                }
            }
        }
    }
    assert!(
        specs.len() >= 4,
        "every spec was read ({} of them)",
        specs.len()
    );
    assert!(copies.is_empty(), "{}", copies.join("\n"));
}

// issue 8, finding 9: ScanForPay's store number is the merchant's (config `store_no`), sent in
// the body of every request; it used to be the document's example store, which nothing could
// change.
#[test]
fn scanforpay_store_number_comes_from_the_merchants_config() {
    let mut config = scanforpay_config();
    config.store_no = "100010000000777".into();
    let ctx = payspec_core::EncodeContext::try_fresh().expect("context");
    let pay: scanforpay::pay::PayRequest = serde_json::from_value(serde_json::json!({
        "partnerOrderNo": "p1", "barcode": "284447106610060508", "orderAmount": 2100,
    }))
    .expect("request");
    let query: scanforpay::query::QueryRequest =
        serde_json::from_value(serde_json::json!({ "partnerOrderNo": "p1" })).expect("query");
    let reverse: scanforpay::reverse::ReverseRequest =
        serde_json::from_value(serde_json::json!({ "partnerOrderNo": "p1" })).expect("reverse");
    let bodies = [
        pay.encode(&config, &ctx).expect("pay"),
        query.encode(&config, &ctx).expect("query"),
        reverse.encode(&config, &ctx).expect("reverse"),
    ];
    for message in bodies {
        let sent: serde_json::Value = serde_json::from_slice(&message.body).expect("JSON");
        assert_eq!(
            sent["request"]["body"]["storeNo"], "100010000000777",
            "{sent}"
        );
        assert_eq!(sent["request"]["body"]["partnerOrderNo"], "p1", "{sent}");
    }
    // And a server reads it back as the envelope's, not as content.
    let message = pay.encode(&config, &ctx).expect("pay");
    let back = scanforpay::pay::PayRequest::decode(&message, &config).expect("verifies");
    assert_eq!(back.content, pay);
}

//! Every golden output compiles against the runtime, and its API is the one users call.
//! (Like typify's trybuild pass over its goldens: a golden that does not build is no golden.)
#![deny(warnings)]
// The fixtures are whole provider APIs; these tests call only part of each.
#![allow(dead_code)]
// Goldens are formatted by prettyplease, as generated/ is; rustfmt must not touch them.

#[path = "golden/flat_md5/expected/mod.rs"]
#[rustfmt::skip]
mod flat_md5;
#[path = "golden/flat_xml/expected/mod.rs"]
#[rustfmt::skip]
mod flat_xml;
#[path = "golden/form_rsa/expected/mod.rs"]
#[rustfmt::skip]
mod form_rsa;
#[path = "golden/hostile_names/expected/mod.rs"]
#[rustfmt::skip]
mod hostile_names;
#[path = "golden/json_string_envelope/expected/mod.rs"]
#[rustfmt::skip]
mod json_string_envelope;
#[path = "golden/nested_envelope/expected/mod.rs"]
#[rustfmt::skip]
mod nested_envelope;

use payspec_core::{EncodeContext, Flag, Money, Redacted, Validate};

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_532_513_165,
        nonce: "0123456789abcdefghijABCDEFGHIJ01".into(),
        message_id: "fd03f269-3180-4575-8af0-8f6cf324fb0f".into(),
    }
}

fn flat_config() -> flat_md5::Config {
    flat_md5::Config {
        merchant_id: "M100".into(),
        key: Redacted::new("secret".into()),
    }
}

fn flat_request() -> flat_md5::micropay::MicropayRequest {
    let goods = flat_md5::Goods::new("g1", Money::fen(1));
    flat_md5::micropay::MicropayRequest::new("order_0001", Money::fen(1), "284447106610060508")
        .with_type(2)
        .with_detail(flat_md5::Detail::new(vec![goods]))
}

#[test]
fn constructors_take_the_required_fields_and_start_from_the_defaults() {
    let request = flat_request();
    assert_eq!(request.out_trade_no, "order_0001");
    assert_eq!(request.auth_code.expose(), "284447106610060508");
    // `scene` is optional with a spec default: it starts there, as a gateway would send it.
    assert_eq!(request.scene, Some(flat_md5::Scene::BarCode));
    assert_eq!(request.time_start, None);
    let waved = request.clone().with_scene(flat_md5::Scene::WaveCode);
    assert_eq!(waved.scene, Some(flat_md5::Scene::WaveCode));
    assert_eq!(
        waved.detail.as_ref().map(|d| d.goods.len()),
        Some(1),
        "setters keep what was set before"
    );

    let defaults = hostile_names::pay::PayRequest::new("t");
    assert_eq!(defaults._2fa, Some(2));
    assert_eq!(defaults.token_id.as_deref(), Some("a \"quoted\" \\ value"));
    assert_eq!(defaults.loop_, Some(hostile_names::Match::SelfValue));
    assert_eq!(defaults.fn_, Some(true));
    // A reply without required fields has a `Default` too.
    assert_eq!(
        flat_md5::reverse::ReverseResponse::default(),
        flat_md5::reverse::ReverseResponse::new()
    );
}

#[test]
fn a_generated_request_round_trips_through_the_server_direction() {
    let request = flat_request();
    let message = request.encode(&flat_config(), &ctx()).expect("encodes");
    let body = String::from_utf8(message.body.clone()).expect("utf-8");
    assert!(body.contains("\"pay_type\":\"micro\""), "{body}");
    assert!(body.contains("\"merchant_id\":\"M100\""), "{body}");
    let back =
        flat_md5::micropay::MicropayRequest::decode(&message, &flat_config()).expect("verifies");
    assert_eq!(back.content, request);
}

#[test]
fn debug_redacts_the_auth_code_and_the_key() {
    let shown = format!("{:?} {:?}", flat_request(), flat_config());
    assert!(!shown.contains("284447106610060508"), "{shown}");
    assert!(!shown.contains("secret"), "{shown}");
}

#[test]
fn validate_reports_every_violation_by_wire_name() {
    let mut request = flat_request();
    request.out_trade_no = "bad id!".into();
    request.total_fee = Money::fen(0);
    request.auth_code = Redacted::new("28x".into());
    request.type_ = Some(9);
    let violations = request.validate().expect_err("invalid");
    let fields: Vec<&str> = violations.0.iter().map(|v| v.field.as_str()).collect();
    assert_eq!(fields, ["out_trade_no", "total_fee", "auth_code", "type"]);
    let refused = request
        .encode(&flat_config(), &ctx())
        .expect_err("refused before encoding");
    assert!(matches!(refused, payspec_core::Error::Invalid(_)));
}

#[test]
fn hostile_names_still_make_a_usable_api() {
    let request = hostile_names::pay::PayRequest::new("t")
        .with_loop(hostile_names::Match::Type)
        .with_in(Money::fen(5));
    let config = hostile_names::Config {
        key_id: "kid".into(),
        secret: Redacted::new("s".into()),
    };
    let message = request.encode(&config, &ctx()).expect("encodes");
    assert!(message
        .headers
        .iter()
        .any(|(name, value)| name == "Authorization" && value.starts_with("kid ")));
    let body = String::from_utf8(message.body.clone()).expect("utf-8");
    assert!(
        body.contains("\"2fa\":2") && body.contains("\"loop\":2"),
        "{body}"
    );
    let back = hostile_names::pay::PayRequest::decode(&message, &config).expect("verifies");
    assert_eq!(back.content, request);
    let _ = (Flag::Yes, hostile_names::TradeState::WaitForIt.status());
}

#[test]
fn enums_read_and_write_their_wire_text() {
    use json_string_envelope::TradeState;
    // Variant names from the spec (`variant: UserPaying`), not from the code (`Userpaying`).
    let paying: TradeState = "USERPAYING".parse().expect("infallible");
    assert_eq!(paying, TradeState::UserPaying);
    assert_eq!(paying.as_str(), "USERPAYING");
    assert_eq!(paying.to_string(), "USERPAYING");
    assert_eq!(paying.status(), Some(payspec_core::TradeStatus::Paying));
    assert_eq!(TradeState::from("SUCCESS"), TradeState::Success);
    // Integer codes: the text of the number.
    assert_eq!(nested_envelope::TradeState::Refunded.as_str(), "3");
    assert_eq!(
        nested_envelope::TradeState::from("1"),
        nested_envelope::TradeState::Paid
    );
}

#[test]
fn unlisted_enum_values_are_kept_and_never_stand_for_listed_ones() {
    use nested_envelope::TradeState;
    let state = TradeState::from("9");
    let TradeState::Unknown(raw) = &state else {
        panic!("9 is not listed: {state:?}");
    };
    assert_eq!(raw.as_str(), "9");
    assert_eq!(state.as_str(), "9");
    assert_eq!(state.to_string(), "9");
    assert_eq!(state.status(), None);
    assert_eq!(serde_json::to_string(&state).expect("an integer"), "9");
    // Every way to a value maps a listed text to its variant: there is no `Unknown("1")`.
    let paid: TradeState = serde_json::from_str("\"1\"").expect("decodes");
    assert_eq!(paid, TradeState::Paid);
    assert!(!matches!(TradeState::from("1"), TradeState::Unknown(_)));
}

#[test]
fn a_notification_decodes_without_the_server_half_and_encodes_with_it() {
    let config = json_string_envelope::Config {
        app_id: "a1".into(),
        app_secret: Redacted::new("s".into()),
    };
    let sent = json_string_envelope::paid::PaidMessage::new(
        "order_0001",
        json_string_envelope::TradeState::Success,
    );
    let message = sent
        .encode(&config, &ctx())
        .expect("encodes (feature `server`)");
    let received =
        json_string_envelope::paid::PaidMessage::decode(&message, &config).expect("verifies");
    assert_eq!(received.content, sent);
    assert_eq!(json_string_envelope::paid::PaidMessage::ACK, "success");
}

#[test]
fn datetime_and_millisecond_timestamps_are_written_and_read_exactly() {
    use payspec_core::codec::Message;
    use payspec_core::{LocalTimestamp, Timestamp};
    let config = json_string_envelope::Config {
        app_id: "a1".into(),
        app_secret: Redacted::new("s".into()),
    };
    let expire = Timestamp::from_unix_millis(1_532_513_165_250).expect("in range");
    let request = json_string_envelope::swipe::SwipeRequest::new(
        "order_0001",
        "284447106610060508",
        Money::fen(1),
    )
    .with_expire_ms(expire);
    let message = request.encode(&config, &ctx()).expect("encodes");
    let body = std::str::from_utf8(&message.body).expect("utf-8");
    // The request time in `utc_offset` (+08:00), and the field's milliseconds as sent.
    assert!(
        body.contains(r#""timestamp":"2018-07-25 18:06:05""#),
        "{body}"
    );
    assert!(body.contains(r#"\"expire_ms\":1532513165250"#), "{body}");

    let reply = br#"{"result_code":200,"result_message":"ok","data":{"merchant_order_sn":"order_0001","trade_state":"SUCCESS","paid_ms":"1532513165007","gmt_payment":"2018-07-25 18:06:05"}}"#;
    let message = Message {
        body: reply.to_vec(),
        headers: Vec::new(),
    };
    let decoded =
        json_string_envelope::swipe::SwipeResponse::decode(&message, &config).expect("decodes");
    let content = decoded.body.expect("content");
    assert_eq!(
        content.paid_ms.map(|t| t.unix_millis()),
        Some(1_532_513_165_007)
    );
    assert_eq!(
        content.gmt_payment,
        Some(LocalTimestamp::new(2018, 7, 25, 18, 6, 5).expect("a date"))
    );
    // Another shape is refused, never read as some other time.
    let bad = br#"{"result_code":200,"result_message":"ok","data":{"merchant_order_sn":"order_0001","trade_state":"SUCCESS","gmt_payment":"2018-07-25T18:06:05"}}"#;
    let message = Message {
        body: bad.to_vec(),
        headers: Vec::new(),
    };
    match json_string_envelope::swipe::SwipeResponse::decode(&message, &config) {
        Err(e) => assert!(e.to_string().contains("yyyy-MM-dd HH:mm:ss"), "{e}"),
        Ok(reply) => panic!("a success with a malformed member decoded: {reply:?}"),
    }
}

#[test]
fn the_sandbox_answers_are_part_of_the_module() {
    for (module, answers) in [
        (&flat_md5::MODULE, &flat_md5::SANDBOX),
        (&flat_xml::MODULE, &flat_xml::SANDBOX),
        (&hostile_names::MODULE, &hostile_names::SANDBOX),
        (
            &json_string_envelope::MODULE,
            &json_string_envelope::SANDBOX,
        ),
        (&nested_envelope::MODULE, &nested_envelope::SANDBOX),
    ] {
        let carried = module.sandbox.expect("feature `sandbox`");
        assert!(std::ptr::eq(carried, answers), "{}", module.provider.name);
    }
}

#[test]
fn at_least_one_of_a_group_is_required_before_sending() {
    let request = flat_md5::reverse::ReverseRequest::new("order_0001");
    let refused = request
        .encode(&flat_config(), &ctx())
        .expect_err("neither given");
    let message = refused.to_string();
    assert!(
        message.contains("op_user_id") && message.contains("at least one of"),
        "{message}"
    );
    // An empty text is not given either: providers treat `""` as absent.
    let empty = flat_md5::reverse::ReverseRequest::new("order_0001").with_op_user_id("");
    assert!(empty.validate().is_err());
    for given in [
        flat_md5::reverse::ReverseRequest::new("order_0001").with_op_user_id("cashier-7"),
        flat_md5::reverse::ReverseRequest::new("order_0001").with_op_device_id("till-2"),
    ] {
        given.validate().expect("one of the group is given");
        given.encode(&flat_config(), &ctx()).expect("encodes");
    }
}

#[test]
fn a_flat_xml_request_and_reply_go_through_the_interpreter_exactly() {
    let config = flat_xml::Config {
        mch_id: "M100".into(),
        key: Redacted::new("secret".into()),
        sign_type: Some("HMAC-SHA256".into()),
    };
    let request =
        flat_xml::micropay::MicropayRequest::new("order_0001", Money::fen(1), "134567890123456789")
            .with_receipt(Flag::Yes);
    let message = request.encode(&config, &ctx()).expect("encodes");
    let text = String::from_utf8(message.body.clone()).expect("utf-8");
    assert!(
        text.starts_with("<xml><mch_id><![CDATA[M100]]></mch_id>"),
        "{text}"
    );
    assert!(
        text.contains("<total_fee><![CDATA[1]]></total_fee>"),
        "{text}"
    );
    assert!(
        text.contains("<sign_type><![CDATA[HMAC-SHA256]]></sign_type>"),
        "{text}"
    );
    assert_eq!(
        message.header("content-type"),
        Some("text/xml; charset=utf-8")
    );
    let back = flat_xml::micropay::MicropayRequest::decode(&message, &config).expect("verifies");
    assert_eq!(back.content, request);

    let status = payspec_core::EnvelopeStatus {
        code: Some("SUCCESS".into()),
        business: Some(payspec_core::StatusLevel {
            code: Some("SUCCESS".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let content = flat_xml::micropay::MicropayResponse::new().with_total_fee(Money::fen(1));
    let reply =
        flat_xml::micropay::MicropayResponse::encode(Some(&content), &status, &config, &ctx())
            .expect("encodes");
    let read = flat_xml::micropay::MicropayResponse::decode(&reply, &config).expect("verifies");
    assert_eq!(read.classification, payspec_core::Classification::Success);
    assert_eq!(read.body, Some(content));
    assert_eq!(read.status, status);
    assert_eq!(
        flat_xml::TradeState::from("USERPAYING"),
        flat_xml::TradeState::UserPaying
    );
}

/// The form/RSA fixture, each side holding its own private key and the other's public key.
fn rsa_config(own_private: &str, peer_public: &str) -> form_rsa::Config {
    form_rsa::Config {
        app_id: "2014072300007148".into(),
        app_private_key: Redacted::new(own_private.into()),
        peer_public_key: peer_public.into(),
    }
}

#[test]
fn the_rsa_fixture_signs_with_one_side_and_verifies_with_the_other() {
    use payspec::sandbox::test_keys::*;
    use payspec_core::{Classification, EnvelopeStatus, StatusLevel};
    let merchant = rsa_config(MERCHANT_PRIVATE_PEM, PROVIDER_PUBLIC_PEM);
    let provider = rsa_config(PROVIDER_PRIVATE_PEM, MERCHANT_PUBLIC_PEM);

    let request = form_rsa::cancel::CancelRequest::new("o1");
    let sent = request.encode(&merchant, &ctx()).expect("signs");
    let body = String::from_utf8(sent.body.clone()).expect("utf-8");
    assert!(body.contains("method=trade.cancel"), "{body}");
    assert!(form_rsa::cancel::CancelRequest::decode(&sent, &provider).is_ok());
    // The merchant's own configuration holds the provider's public key: the request is not
    // the provider's, so it does not verify there.
    assert!(form_rsa::cancel::CancelRequest::decode(&sent, &merchant).is_err());

    // A cancel refused for good asks a person.
    let status = EnvelopeStatus {
        code: Some("40004".into()),
        message: Some("Business Failed".into()),
        sub_code: None,
        business: Some(StatusLevel {
            code: Some("CANCEL_TIME_OUT".into()),
            message: Some("too late".into()),
            sub_code: None,
        }),
    };
    let content = form_rsa::cancel::CancelResponse::new("o1", Flag::No);
    let reply =
        form_rsa::cancel::CancelResponse::encode(Some(&content), &status, &provider, &ctx())
            .expect("the provider signs");
    let read = form_rsa::cancel::CancelResponse::decode(&reply, &merchant).expect("verifies");
    assert_eq!(read.classification, Classification::Attention);
    assert_eq!(form_rsa::TradeState::Frozen.as_str(), "TRADE_FROZEN");
    assert_eq!(form_rsa::SANDBOX.ok.code, Some("10000"));
    // Read with the merchant's key pair reversed, the provider's signature does not verify.
    assert!(form_rsa::cancel::CancelResponse::decode(&reply, &provider).is_err());
}

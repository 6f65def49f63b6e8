//! WeChat Pay v2 (`specs/wechatpay.yaml`) through the generated types: the documents' own example
//! replies (`tests/fixtures/wechatpay/`) decode with their documented values, and the two status
//! levels, the algorithm chosen by configuration and the replies signed only on SUCCESS behave
//! as the spec says.
//!
//! The examples' `sign` values are placeholders: none verifies with the signing page's example
//! key (checked below), so each example is signed again over its own bytes with that key, as a
//! provider holding it would; only the `sign` text changes.

use payspec_core::codec::{self, Message};
use payspec_core::signing::{digest_hex_with, pairs_to_sign};
use payspec_core::{Classification, EncodeContext, Error, Flag, Money, TradeStatus};
use payspec_generated::wechatpay;

/// The signing page's example key (签名算法, `sign_example_vectors.txt`).
const DOC_KEY: &str = "192006250b4c09247ec02edce69f6a2d";

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/wechatpay/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn config(sign_type: Option<&str>) -> wechatpay::Config {
    serde_json::from_value(serde_json::json!({
        "appid": "wx2421b1c4370ec43b",
        "mch_id": "10000100",
        "key": DOC_KEY,
        "sign_type": sign_type,
        "client_cert": "unused here",
        "client_key": "unused here",
    }))
    .expect("config")
}

fn ctx() -> EncodeContext {
    EncodeContext {
        unix_time: 1_700_000_000,
        nonce: "Zx81pQ0aB2cD3eF4gH5iJ6kL7mN8oP9q".into(),
        message_id: "3b241101-e2bb-4255-8caf-4136c566a962".into(),
    }
}

/// The `<sign>` text of an XML body.
fn sign_of(body: &str) -> &str {
    let start = body.find("<sign><![CDATA[").expect("sign") + "<sign><![CDATA[".len();
    let end = start + body[start..].find("]]>").expect("end of sign");
    &body[start..end]
}

/// `body` with its `sign` replaced by the one its own bytes carry under `config`.
fn resigned(body: &str, config: &wechatpay::Config) -> Message {
    let sign = codec::signature_for(
        &wechatpay::PROVIDER,
        &wechatpay::LAYOUT_RESPONSE,
        body.as_bytes(),
        config,
    )
    .expect("signature");
    Message {
        body: body.replace(sign_of(body), &sign).into_bytes(),
        headers: Vec::new(),
    }
}

#[test]
fn the_examples_signs_are_placeholders() {
    for name in [
        "micropay_response.xml",
        "orderquery_response.xml",
        "reverse_response.xml",
    ] {
        let message = Message {
            body: fixture(name).into_bytes(),
            headers: Vec::new(),
        };
        let decoded =
            wechatpay::micropay::MicropayResponse::decode(&message, &config(None)).unwrap_err();
        assert!(matches!(decoded, Error::SignatureMismatch), "{name}");
    }
}

#[test]
fn the_micropay_example_decodes_with_its_documented_values() {
    let reply = wechatpay::micropay::MicropayResponse::decode(
        &resigned(&fixture("micropay_response.xml"), &config(None)),
        &config(None),
    )
    .expect("verifies and decodes");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.status.code.as_deref(), Some("SUCCESS"));
    assert_eq!(reply.status.message.as_deref(), Some("OK"));
    let business = reply.status.business.as_ref().expect("business level");
    assert_eq!(business.code.as_deref(), Some("SUCCESS"));
    assert_eq!(business.sub_code, None);
    let body = reply.body.expect("content");
    // `<total_fee>1</total_fee>`: 1 fen, read from the text exactly; `<coupon_fee>0`: zero.
    assert_eq!(body.total_fee, Some(Money::fen(1)));
    assert_eq!(body.coupon_fee, Some(Money::fen(0)));
    assert_eq!(body.cash_fee, None);
    assert_eq!(
        body.transaction_id.as_deref(),
        Some("1008450740201411110005820873")
    );
    assert_eq!(body.out_trade_no.as_deref(), Some("1415757673"));
    assert_eq!(body.attach.as_deref(), Some("订单额外描述"));
    assert_eq!(body.is_subscribe, Some(Flag::Yes));
    assert_eq!(body.trade_type.as_deref(), Some("MICROPAY"));
    assert_eq!(body.bank_type.as_deref(), Some("CCB_DEBIT"));
    assert_eq!(body.device_info.as_deref(), Some("1000"));
    let paid = body.time_end.expect("time_end");
    assert_eq!(paid.to_compact().expect("compact"), "20141111170043");
    assert!(reply.extra.is_empty(), "{:?}", reply.extra);
}

#[test]
fn the_orderquery_example_decodes_paid() {
    let reply = wechatpay::orderquery::OrderqueryResponse::decode(
        &resigned(&fixture("orderquery_response.xml"), &config(None)),
        &config(None),
    )
    .expect("verifies and decodes");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.trade_state.as_deref(), Some("SUCCESS"));
    let body = reply.body.expect("content");
    assert_eq!(body.trade_state, wechatpay::TradeState::Success);
    assert_eq!(body.trade_status(), Some(TradeStatus::Success));
    assert_eq!(body.total_fee, Some(Money::fen(1)));
    assert_eq!(body.out_trade_no.as_deref(), Some("1415757673"));
}

#[test]
fn the_reverse_example_decodes_reversed() {
    let reply = wechatpay::reverse::ReverseResponse::decode(
        &resigned(&fixture("reverse_response.xml"), &config(None)),
        &config(None),
    )
    .expect("verifies and decodes");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(reply.body.expect("content").recall, Some(Flag::No));
    // `recall=Y`: call again.
    let again = fixture("reverse_response.xml").replace("[N]", "[Y]");
    let reply = wechatpay::reverse::ReverseResponse::decode(
        &resigned(&again, &config(None)),
        &config(None),
    )
    .expect("decodes");
    assert_eq!(reply.classification, Classification::Pending);
}

/// A micropay reply with this business result, signed with the example key.
fn micropay_reply(result_code: &str, err_code: Option<&str>) -> Message {
    let err = err_code
        .map(|c| format!("<err_code><![CDATA[{c}]]></err_code>"))
        .unwrap_or_default();
    let body = format!(
        "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg>\
         <appid><![CDATA[wx2421b1c4370ec43b]]></appid><mch_id><![CDATA[10000100]]></mch_id>\
         <nonce_str><![CDATA[GOp3TRyMXzbMlkun]]></nonce_str><sign><![CDATA[PLACEHOLDERSIGN]]></sign>\
         <result_code><![CDATA[{result_code}]]></result_code>{err}</xml>"
    );
    resigned(&body, &config(None))
}

#[test]
fn business_results_classify_as_the_error_table_says() {
    for (err_code, expected) in [
        ("USERPAYING", Classification::Pending),
        ("NOTENOUGH", Classification::Failed),
        ("AUTHCODEEXPIRE", Classification::Failed),
        ("TRADE_ERROR", Classification::Failed),
        // 支付结果未知, and refusals of the request that do not prove nothing was charged.
        ("SYSTEMERROR", Classification::Unknown),
        ("BANKERROR", Classification::Unknown),
        ("ORDERPAID", Classification::Unknown),
        ("OUT_TRADE_NO_USED", Classification::Unknown),
        ("SIGNERROR", Classification::Unknown),
        ("A_CODE_NOT_IN_THE_TABLE", Classification::Unknown),
    ] {
        let reply = wechatpay::micropay::MicropayResponse::decode(
            &micropay_reply("FAIL", Some(err_code)),
            &config(None),
        )
        .expect("decodes");
        assert_eq!(reply.classification, expected, "{err_code}");
        let business = reply.status.business.expect("business level");
        assert_eq!(business.sub_code.as_deref(), Some(err_code));
    }
}

#[test]
fn a_return_code_fail_reply_is_read_unsigned_and_is_unknown() {
    let message = Message {
        body: "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[签名失败]]></return_msg></xml>"
            .as_bytes()
            .to_vec(),
        headers: Vec::new(),
    };
    let reply =
        wechatpay::micropay::MicropayResponse::decode(&message, &config(None)).expect("decodes");
    assert_eq!(reply.classification, Classification::Unknown);
    assert_eq!(reply.status.code.as_deref(), Some("FAIL"));
    assert_eq!(reply.status.message.as_deref(), Some("签名失败"));
    // Nothing vouches for an unsigned reply: whatever else it says, it stays unknown.
    let forged = Message {
        body: "<xml><return_code>FAIL</return_code><result_code>SUCCESS</result_code><total_fee>1</total_fee></xml>"
            .as_bytes()
            .to_vec(),
        headers: Vec::new(),
    };
    let reply =
        wechatpay::micropay::MicropayResponse::decode(&forged, &config(None)).expect("decodes");
    assert_eq!(reply.classification, Classification::Unknown);
    // A SUCCESS reply without a signature is refused.
    let unsigned =
        "<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code></xml>";
    let refused = wechatpay::micropay::MicropayResponse::decode(
        &Message {
            body: unsigned.as_bytes().to_vec(),
            headers: Vec::new(),
        },
        &config(None),
    )
    .unwrap_err();
    assert!(matches!(refused, Error::SignatureMissing), "{refused}");
}

fn request() -> wechatpay::micropay::MicropayRequest {
    wechatpay::micropay::MicropayRequest::new(
        "付款码支付测试",
        "1415757673",
        Money::fen(1),
        "120269300684844649",
    )
    .with_attach("订单额外描述")
}

#[test]
fn the_configured_algorithm_signs_the_request_and_verifies_the_reply() {
    let md5 = request().encode(&config(None), &ctx()).expect("encodes");
    let text = String::from_utf8(md5.body.clone()).expect("utf-8");
    assert!(
        text.contains("<sign_type><![CDATA[MD5]]></sign_type>"),
        "{text}"
    );
    assert_eq!(sign_of(&text).len(), 32);
    assert_eq!(
        md5.header("content-type"),
        Some("text/xml; charset=utf-8"),
        "the spec's Content-Type"
    );

    let hmac_config = config(Some("HMAC-SHA256"));
    let hmac = request().encode(&hmac_config, &ctx()).expect("encodes");
    let text = String::from_utf8(hmac.body.clone()).expect("utf-8");
    assert!(
        text.contains("<sign_type><![CDATA[HMAC-SHA256]]></sign_type>"),
        "{text}"
    );
    let sign = sign_of(&text);
    assert_eq!(sign.len(), 64);
    // The signing page's rule, applied to the members as sent: sorted pairs, `&key=KEY`, the
    // HMAC keyed with KEY, uppercase.
    let fields = payspec_core::format::xml::XmlFormat::with_root("xml")
        .decode(&hmac.body)
        .expect("reads");
    let pairs: Vec<(&str, &str)> = fields.iter().filter(|(n, _)| *n != "sign").collect();
    let to_sign = pairs_to_sign(&wechatpay::PROVIDER.signing, pairs, DOC_KEY);
    assert!(String::from_utf8_lossy(&to_sign).ends_with(&format!("&key={DOC_KEY}")));
    assert_eq!(
        digest_hex_with(
            &wechatpay::PROVIDER.signing,
            payspec_core::descriptor::Algorithm::HmacSha256,
            &to_sign,
            DOC_KEY
        )
        .expect("a digest"),
        sign
    );
    // A server verifies each with the algorithm the request names, whatever it is configured
    // with itself.
    for message in [&md5, &hmac] {
        let inbound =
            wechatpay::micropay::MicropayRequest::decode(message, &config(None)).expect("verifies");
        assert_eq!(inbound.content, request());
    }

    // A reply to an HMAC merchant is verified with HMAC: an MD5-signed one is refused.
    let body = fixture("micropay_response.xml");
    assert!(wechatpay::micropay::MicropayResponse::decode(
        &resigned(&body, &hmac_config),
        &hmac_config
    )
    .is_ok());
    let refused = wechatpay::micropay::MicropayResponse::decode(
        &resigned(&body, &config(None)),
        &hmac_config,
    )
    .unwrap_err();
    assert!(matches!(refused, Error::SignatureMismatch), "{refused}");

    // A name the spec does not list is refused before anything is signed.
    let refused = request().encode(&config(Some("SHA1")), &ctx()).unwrap_err();
    assert!(matches!(refused, Error::Encode(_)), "{refused}");
}

#[test]
fn the_documents_request_example_reads_as_the_typed_request() {
    // Signed again with the example key (its own `sign` is a placeholder); its empty elements
    // (`goods_tag`, `time_expire`) are read as absent and take no part in the signature.
    let body = fixture("micropay_request.xml");
    let sign = codec::signature_for(
        &wechatpay::PROVIDER,
        &wechatpay::LAYOUT_REQUEST,
        body.as_bytes(),
        &config(None),
    )
    .expect("signature");
    let message = Message {
        body: body
            .replace("C29DB7DB1FD4136B84AE35604756362C", &sign)
            .into_bytes(),
        headers: Vec::new(),
    };
    let inbound =
        wechatpay::micropay::MicropayRequest::decode(&message, &config(None)).expect("verifies");
    let request = inbound.content;
    assert_eq!(request.total_fee, Money::fen(1));
    assert_eq!(request.out_trade_no, "1415757673");
    assert_eq!(request.body, "付款码支付测试");
    assert_eq!(request.spbill_create_ip, "14.17.22.52");
    assert_eq!(request.goods_tag, None);
    assert_eq!(request.time_expire, None);
}

#[test]
fn members_the_spec_does_not_list_are_signed_over_and_kept() {
    // 查询订单 returns indexed coupon members (coupon_type_$n, coupon_id_$n, coupon_fee_$n), and
    // 签名算法: "验证签名时必须支持增加的扩展字段".
    let body = fixture("orderquery_response.xml").replace(
        "<trade_state>",
        "<coupon_id_0><![CDATA[10000]]></coupon_id_0><coupon_fee_0>1</coupon_fee_0><trade_state>",
    );
    let message = resigned(&body, &config(None));
    let reply = wechatpay::orderquery::OrderqueryResponse::decode(&message, &config(None))
        .expect("verifies over what was received");
    assert_eq!(reply.classification, Classification::Success);
    assert_eq!(
        reply.extra.get("coupon_id_0"),
        Some(&payspec_core::Json::String("10000".into()))
    );
    assert_eq!(
        reply.extra.get("coupon_fee_0"),
        Some(&payspec_core::Json::String("1".into()))
    );
    // Signed without them, the reply does not verify with them.
    let without = resigned(&fixture("orderquery_response.xml"), &config(None));
    let sign = sign_of(std::str::from_utf8(&without.body).unwrap()).to_owned();
    let forged = Message {
        body: body.replace(sign_of(&body), &sign).into_bytes(),
        headers: Vec::new(),
    };
    let refused =
        wechatpay::orderquery::OrderqueryResponse::decode(&forged, &config(None)).unwrap_err();
    assert!(matches!(refused, Error::SignatureMismatch), "{refused}");
}

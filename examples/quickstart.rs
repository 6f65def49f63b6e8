//! The smallest use of a generated provider: build a Pooul micropay request, see it refused when
//! invalid, encode it (validated and signed), then decode and classify a signed reply.
//!
//! Run: `cargo run --example quickstart`. Nothing is sent: issue #4 adds the transport.

use payspec::providers::pooul;
use payspec_core::{EncodeContext, EnvelopeStatus, Money, Redacted, Validate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = pooul::Config {
        merchant_id: "59382e3cffe0000000d0cfc3e".into(),
        key: Redacted::new("a-merchant-key".into()),
    };
    let mut request = pooul::micropay::MicropayRequest {
        mch_trade_id: "order_20261125_0001".into(),
        device_info: "POS-01".into(),
        subject: "天虹龙华店".into(),
        body: "天虹龙华店-食品".into(),
        attach: None,
        total_fee: Money::fen(0),
        spbill_create_ip: "127.0.0.1".into(),
        auth_code: Redacted::new("284447106610060508".into()),
        time_start: None,
        time_expire: None,
        op_user_id: None,
        store_id: None,
        op_device_id: None,
        goods_tag: None,
        scene: Some(pooul::Scene::BarCode),
        settle_type: None,
    };
    println!("request (Debug redacts the payment code and the key):\n  {request:?}\n  {config:?}");

    // An invalid request is refused before anything is encoded, with every violation.
    match request.validate() {
        Err(violations) => println!("refused: {violations}"),
        Ok(()) => println!("valid"),
    }

    request.total_fee = Money::parse_major("0.01", payspec_core::Currency::CNY)?;
    let ctx = EncodeContext::try_fresh()?;
    let message = request.encode(&config, &ctx)?;
    println!(
        "signed wire body:\n  {}",
        String::from_utf8_lossy(&message.body)
    );

    // What the provider would answer: a signed "paying" reply (trade_state 6, need_query Y).
    let reply_content: pooul::micropay::MicropayResponse =
        serde_json::from_value(serde_json::json!({
            "merchant_id": config.merchant_id, "pay_type": "alipay.micro",
            "mch_trade_id": request.mch_trade_id, "trade_id": "5970715e491",
            "total_fee": 1, "trade_state": 6, "need_query": "Y",
        }))?;
    let status = EnvelopeStatus {
        code: Some("0".into()),
        ..EnvelopeStatus::default()
    };
    let answer =
        pooul::micropay::MicropayResponse::encode(Some(&reply_content), &status, &config, &ctx)?;
    let reply = pooul::micropay::MicropayResponse::decode(&answer, &config)?;
    println!(
        "reply verified: classification {:?}, trade state {:?} → {:?}; the pay → query → reverse flow queries next",
        reply.classification,
        reply.body.as_ref().map(|b| &b.trade_state),
        reply.body.as_ref().and_then(|b| b.trade_status()),
    );
    Ok(())
}

//! The smallest use of a generated provider: build a Pooul micropay request, see it refused when
//! invalid, encode it (validated and signed), then decode and classify a signed reply.
//!
//! Run: `cargo run --example quickstart`. Nothing is sent: the typed `Client` (feature `client`)
//! and the unified gateway send for you; here the typed messages alone (`payspec-core`), as a
//! merchant with its own HTTP stack would use them.

use payspec::providers::pooul;
use payspec_core::{EncodeContext, EnvelopeStatus, Flag, Money, Redacted, Validate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let config = pooul::Config {
        merchant_id: "59382e3cffe0000000d0cfc3e".into(),
        key: Redacted::new("a-merchant-key".into()),
    };
    // The required fields in the spec's order (`spbill_create_ip` starts at its spec default),
    // then any optional ones.
    let mut request = pooul::micropay::MicropayRequest::new(
        "order_20261125_0001",
        "POS-01",
        "天虹龙华店",
        "天虹龙华店-食品",
        Money::fen(0),
        "284447106610060508",
    )
    .with_scene(pooul::Scene::BarCode);
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
    let reply_content = pooul::micropay::MicropayResponse::new(
        config.merchant_id.as_str(),
        request.mch_trade_id.as_str(),
        "5970715e491",
        Money::fen(1),
        pooul::TradeState::Paying,
    )
    .with_need_query(Flag::Yes);
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

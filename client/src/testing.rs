//! Fixtures for the tests of the saga and of the crates built on it (feature `test-support`).
//! Never part of a default build.

use payspec_core::{Classification, Money, TradeStatus};

use crate::TradeView;

/// A gateway's answer about order `T1` (1 fen, provider trade `42`) with `classification`, and
/// the trade state a provider gives with it (`SUCCESS`, `USERPAYING`, `PAYERROR`, `FROZEN`;
/// none when unknown).
pub fn trade_view(classification: Classification) -> TradeView {
    let (raw, status) = match classification {
        Classification::Success => (Some("SUCCESS"), Some(TradeStatus::Success)),
        Classification::Pending => (Some("USERPAYING"), Some(TradeStatus::Paying)),
        Classification::Failed => (Some("PAYERROR"), Some(TradeStatus::Failed)),
        Classification::Unknown => (None, None),
        Classification::Attention => (Some("FROZEN"), Some(TradeStatus::Attention)),
    };
    TradeView {
        order_id: "T1".into(),
        classification,
        status,
        raw_state: raw.map(Into::into),
        provider_trade_id: Some("42".into()),
        amount: Some(Money::fen(1)),
        message: None,
    }
}

//! One interface to every provider's pay, query and reverse, in unified types.
//!
//! The payment flow ([`crate::saga`]) is written once against [`Gateway`]; [`SpecGateway`]
//! implements it for any provider from its generated descriptors alone, and tests implement it
//! with scripted answers.

use crate::transport::BoxFuture;
use payspec_core::descriptor::ProviderModule;
use payspec_core::error::Error;
use payspec_core::money::Money;
use payspec_core::redact::Redacted;
use payspec_core::status::{Classification, TradeStatus};

mod spec;

pub use spec::SpecGateway;

/// What the merchant asks for when the cashier scans a customer's payment code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayIntent {
    /// The merchant's own order id, generated and kept *before* the first call: query and
    /// reverse find the trade by it, even when the pay answer never arrived.
    pub order_id: String,
    pub amount: Money,
    /// The customer's payment code; never printed (`Debug` shows `<redacted>`).
    pub auth_code: Redacted<String>,
    pub subject: String,
    pub description: Option<String>,
    pub device_id: Option<String>,
    pub notify_url: Option<String>,
}

/// A provider's answer about one trade, in unified terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeView {
    /// The merchant order id the call was about.
    pub order_id: String,
    /// What the answer means for this step (for reverse: Success = reversed, Pending = call
    /// again, Failed = refused, Unknown = cannot tell).
    pub classification: Classification,
    /// The unified trade status, when the reply carries a state the spec's table lists.
    pub status: Option<TradeStatus>,
    /// The provider's own state text, as received.
    pub raw_state: Option<String>,
    pub provider_trade_id: Option<String>,
    /// The amount the answer states, read exactly in the spec's format and currency; `None`
    /// when it states none. On a success or pending pay or query answer it is never dropped:
    /// an amount that is there but unreadable makes the call an [`Error::Malformed`] instead,
    /// so the saga can bind every "paid" it acts on ([`payspec_core::binding`]).
    pub amount: Option<Money>,
    /// For humans: the envelope's sub-code and message (`SYSTEMERROR: 系统超时`).
    pub message: Option<String>,
}

/// Pay, query and reverse at one provider. Object safe: the saga takes `&dyn Gateway`.
///
/// An `Err` says the call produced no reliable answer; its [`Error::kind`] tells whether the
/// provider may have acted. A definite answer, including a refusal, is an `Ok` view with its
/// classification.
pub trait Gateway: Send + Sync {
    /// The provider this gateway talks to.
    fn module(&self) -> &'static ProviderModule;
    /// Charge the payment code. Never retried by the caller: a second pay could charge twice.
    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>>;
    /// The trade's state by merchant order id. Idempotent.
    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>>;
    /// Reverse (撤销) the trade by merchant order id: returns any money taken.
    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>>;
}

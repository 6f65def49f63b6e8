//! What the simulated providers remember: one trade per provider and merchant order id.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use payspec_core::descriptor::ValueFormat;
use payspec_core::json::{Json, Object};
use payspec_core::{Money, TradeStatus};

use super::scenario::Scenario;

/// An amount exactly as the pay request carried it.
#[derive(Debug, Clone, PartialEq)]
pub struct WireAmount {
    /// The member's JSON value as received (`1`, `"0.01"`, `80.00`).
    pub value: Json,
    /// How the request's spec writes it.
    pub format: ValueFormat,
    /// The amount as money, when its currency is known (from the format, a content member or
    /// the merchant's config).
    pub money: Option<Money>,
}

/// One trade the sandbox knows.
#[derive(Debug, Clone, PartialEq)]
pub struct Trade {
    pub provider: &'static str,
    /// The merchant's order id, as received.
    pub order_id: String,
    /// The id the sandbox gave the trade (unique within the sandbox).
    pub provider_trade_id: String,
    pub amount: Option<WireAmount>,
    /// Chosen by the pay request's auth code (which is never kept).
    pub scenario: Scenario,
    pub status: TradeStatus,
    /// Query calls answered for this trade.
    pub queries: u32,
    /// Reverse calls answered for this trade.
    pub reverse_calls: u32,
    /// When the money was taken (Unix seconds), if it was.
    pub paid_at: Option<i64>,
    /// The pay request's content, auth code removed: echoed in later replies that list the same
    /// members.
    pub(crate) request: Object,
}

impl Trade {
    /// Whether the merchant holds the customer's money for this trade.
    pub fn holds_money(&self) -> bool {
        matches!(self.status, TradeStatus::Success | TradeStatus::Refunded)
    }
}

/// The sandbox's trades, shared by the server and whoever inspects it. Cloning shares.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    inner: Arc<Mutex<Inner>>,
}

#[derive(Debug, Default)]
pub(crate) struct Inner {
    trades: BTreeMap<(&'static str, String), Trade>,
    issued: u64,
}

impl Ledger {
    /// The trade for this provider and order id.
    pub fn trade(&self, provider: &str, order_id: &str) -> Option<Trade> {
        self.lock()
            .trades
            .iter()
            .find(|((p, o), _)| *p == provider && o == order_id)
            .map(|(_, t)| t.clone())
    }

    /// Every trade, by provider then order id.
    pub fn trades(&self) -> Vec<Trade> {
        self.lock().trades.values().cloned().collect()
    }

    pub fn len(&self) -> usize {
        self.lock().trades.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves the map consistent (every change is one insert
        // or one field update), so a poisoned lock is still usable.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Inner {
    /// The trade a request names: by order id, or else by provider trade id.
    pub(crate) fn find(
        &self,
        provider: &str,
        order_id: Option<&str>,
        trade_id: Option<&str>,
    ) -> Option<&Trade> {
        self.trades
            .values()
            .filter(|t| t.provider == provider)
            .find(|t| Some(t.order_id.as_str()) == order_id)
            .or_else(|| {
                let trade_id = trade_id?;
                self.trades
                    .values()
                    .find(|t| t.provider == provider && t.provider_trade_id == trade_id)
            })
    }

    pub(crate) fn find_mut(
        &mut self,
        provider: &str,
        order_id: Option<&str>,
        trade_id: Option<&str>,
    ) -> Option<&mut Trade> {
        let key = self
            .find(provider, order_id, trade_id)
            .map(|t| (t.provider, t.order_id.clone()))?;
        self.trades.get_mut(&key)
    }

    pub(crate) fn contains(&self, provider: &'static str, order_id: &str) -> bool {
        self.trades.contains_key(&(provider, order_id.to_owned()))
    }

    pub(crate) fn insert(&mut self, trade: Trade) -> &mut Trade {
        let key = (trade.provider, trade.order_id.clone());
        self.trades.entry(key).or_insert(trade)
    }

    /// A fresh provider trade id: 20 digits, the current Unix second then a counter, so ids are
    /// unique within the sandbox and look like a provider's (digits only, fit every spec's
    /// length limit).
    pub(crate) fn next_trade_id(&mut self, unix_time: i64) -> String {
        self.issued += 1;
        format!(
            "{:010}{:010}",
            unix_time.rem_euclid(10_000_000_000),
            self.issued
        )
    }
}

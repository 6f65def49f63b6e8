//! The sandbox's own endpoints, beside the providers': `GET /_admin/ledger` answers the ledger as
//! JSON, so that another process (a crash test, a reconciliation) can compare it with a journal.
//!
//! ```json
//! {"trades": [{"provider": "pooul", "order_id": "…", "provider_trade_id": "…",
//!   "status": "success", "amount": 1, "amount_minor": 1, "currency": "CNY",
//!   "holds_money": true, "reversed": false, "charged": true, "scenario": "0000",
//!   "queries": 0, "reverse_calls": 0}]}
//! ```
//!
//! `amount` is the pay request's amount exactly as received; `amount_minor` and `currency` are
//! it as money, when the currency is known. `charged` says the money was taken at some point
//! (it may have been returned since: `reversed`); `holds_money` says the merchant holds it now.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use payspec_core::json::Json;
use serde_json::json;

use super::ledger::{Ledger, Trade};
use payspec_core::TradeStatus;

/// The path of the ledger's JSON.
pub const LEDGER_PATH: &str = "/_admin/ledger";

/// `GET /_admin/ledger`.
pub(crate) fn router(ledger: Ledger) -> Router {
    Router::new().route(
        LEDGER_PATH,
        get(move || {
            let ledger = ledger.clone();
            async move { ledger_response(&ledger) }
        }),
    )
}

fn ledger_response(ledger: &Ledger) -> Response {
    let body = ledger_json(ledger).to_string();
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The ledger as the admin endpoint answers it (amounts exactly as received: `80.00` stays).
pub fn ledger_json(ledger: &Ledger) -> Json {
    let trades: Vec<Json> = ledger.trades().iter().map(trade_json).collect();
    let mut doc = payspec_core::json::Object::new();
    doc.insert("trades".to_owned(), Json::Array(trades));
    Json::Object(doc)
}

fn trade_json(trade: &Trade) -> Json {
    let money = trade.amount.as_ref().and_then(|a| a.money);
    // Texts, flags and integers only: exact through a `serde_json::Value`.
    let mut json = Json::from(json!({
        "provider": trade.provider,
        "order_id": trade.order_id,
        "provider_trade_id": trade.provider_trade_id,
        "status": trade.status.as_str(),
        "amount_minor": money.map(|m| m.minor()),
        "currency": money.map(|m| m.currency().code().to_owned()),
        "holds_money": trade.holds_money(),
        "reversed": trade.status == TradeStatus::Reversed,
        "charged": trade.paid_at.is_some(),
        "scenario": trade.scenario.code(),
        "queries": trade.queries,
        "reverse_calls": trade.reverse_calls,
    }));
    // The amount as the pay request carried it, literal and all.
    let amount = trade
        .amount
        .as_ref()
        .map_or(Json::Null, |a| a.value.clone());
    if let Some(object) = json.as_object_mut() {
        object.insert("amount".to_owned(), amount);
    }
    json
}

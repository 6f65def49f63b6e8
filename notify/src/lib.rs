//! payspec-notify: //! The merchant's side of asynchronous payment notifications, for every provider module at once,
//! driven by the specs alone.
//!
//! [`router`] serves `POST /{provider}{path}` for every inbound operation (`direction: inbound`,
//! e.g. Pooul's `notify` at `/pooul/notify/pooul`); the `notify_url` a merchant sends in its
//! unified order is that route's public address. Each notification is handled the same way,
//! whatever the provider:
//!
//! 1. the body is read up to [`NotifySettings::body_limit`] (larger: 413, nothing changed);
//! 2. it is verified and decoded over the raw bytes *as received*
//!    ([`codec::decode_request`]: the provider's signature, unless its spec says its replies are
//!    unsigned); a bad signature or a malformed body is answered 400 with a plain-text reason and
//!    **no acknowledgement**, so a genuine provider retries (and a forger learns nothing);
//! 3. the order id, the provider trade id, the amount and the trade state are read from the
//!    operation's unified members; the dedupe key is the provider trade id, or, when the
//!    notification carries none, the SHA-256 of the verified raw body. An amount that is there
//!    but cannot be read (`""`, `1.5` fen, text) refuses the notification: the journal compares
//!    it with the payment's, and an amount that cannot be compared must not be taken as "none";
//! 4. [`Journal::apply_notification`] records it exactly once, in one transaction;
//! 5. the operation's acknowledgement (`ack`, Pooul's `success`) is answered **only after** the
//!    journal returned `Ok`, i.e. after the change committed.
//!
//! | case | HTTP | body | journal |
//! |---|---|---|---|
//! | first valid notification | 200 | ack | `Applied`: recorded; an open payment closes paid |
//! | the same again (a retry, a concurrent copy) | 200 | ack | `Duplicate`: nothing changed |
//! | paid after the payment was closed otherwise (reversed) | 200 | ack | `Conflict`: recorded, outcome kept, flagged for a person |
//! | another amount or currency than the payment's | 200 | ack | `Conflict`: recorded; an open payment needs attention (never paid), a closed one keeps its outcome; flagged |
//! | paid again under another provider trade id | 200 | ack | `Conflict`: recorded, flagged for a person (a second charge?) |
//! | order id unknown to the journal, or a payment of another provider | 404 | `fail` | `UnknownTrade`: nothing changed |
//! | journal error | 500 | `fail` | nothing committed |
//! | bad or missing signature, malformed body, no order id, an unreadable amount | 400 | the reason | not called |
//! | no result by the spec's rules (Pooul: `code` ≠ 0, or a trade state the spec does not list) | 400 | the reason | not called |
//! | body over the limit | 413 | `request body too large` | not called |
//! | body not received in time | 408 | `request timeout` | not called |
//! | no credentials configured for the provider | 500 | `fail` | not called |
//!
//! Why an unknown order is 404 `fail` rather than an acknowledgement: acknowledging would tell
//! the provider the result is recorded when nothing was, and it would never send it again. The
//! order may simply not be in this journal *yet* (a notification can overtake the merchant's
//! own write of the order), so the provider's retries give it the chance to land; a notification
//! for an order this merchant never made is answered `fail` until the provider gives up, which
//! costs a few requests and loses nothing.
//!
//! Every notification is handled in a `notification` tracing span with the provider, the
//! operation and (once verified) the order id; never a key, a signature or the body.

pub mod routes;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use payspec_core::codec::{self, Message};
use payspec_core::descriptor::{
    Direction, OperationDescriptor, ProviderModule, UnifiedField, UnifiedRole,
};
use payspec_core::json::{Json, Object};
use payspec_core::{classify, unified, Classification, Credentials};
use payspec_journal::{Journal, Notification, NotificationApplied, StatedAmount};
use sha2::{Digest, Sha256};
use tracing::field::Empty;
use tracing::Instrument;

/// The credentials of one provider (its signing key among them), shared by every request.
pub type SharedCredentials = Arc<dyn Credentials + Send + Sync>;

/// Limits of the notification endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifySettings {
    /// The largest body accepted; larger ones are answered 413 (a notification is a few KiB).
    pub body_limit: usize,
    /// The time allowed to receive a body; slower ones are answered 408.
    pub body_timeout: Duration,
}

impl Default for NotifySettings {
    /// 64 KiB, 10 s.
    fn default() -> Self {
        NotifySettings {
            body_limit: 64 * 1024,
            body_timeout: Duration::from_secs(10),
        }
    }
}

/// What every handler shares.
struct Shared {
    journal: Arc<dyn Journal>,
    settings: NotifySettings,
}

/// One route: the inbound operations of one provider that share a path and method.
struct Endpoint {
    module: &'static ProviderModule,
    candidates: Vec<&'static OperationDescriptor>,
    creds: Option<SharedCredentials>,
}

/// `POST /{provider}{path}` (the operation's method) for every inbound operation of every
/// module, each verified with `creds[provider]` and applied to `journal`.
///
/// A module with inbound operations but no entry in `creds` still gets its routes, which answer
/// 500 `fail` (logged as an error, here and on every request): the provider keeps retrying, so
/// nothing is lost once the credentials are configured. Modules without inbound operations (the
/// ScanForPay, Fubei and BJRCB specs have none) get no route.
pub fn router(
    modules: &[&'static ProviderModule],
    creds: BTreeMap<String, SharedCredentials>,
    journal: Arc<dyn Journal>,
    settings: NotifySettings,
) -> Router {
    let shared = Arc::new(Shared { journal, settings });
    let mut endpoints: BTreeMap<(String, &'static str), Endpoint> = BTreeMap::new();
    for module in modules {
        let name = module.provider.name;
        for op in module.operations.iter().copied() {
            if op.direction != Direction::Inbound {
                continue;
            }
            let path = format!("/{name}{}", op.path);
            let endpoint = endpoints
                .entry((path.clone(), op.http_method))
                .or_insert_with(|| Endpoint {
                    module,
                    candidates: Vec::new(),
                    creds: creds.get(name).cloned(),
                });
            if endpoint.creds.is_none() && endpoint.candidates.is_empty() {
                tracing::error!(
                    provider = name,
                    %path,
                    "no credentials for this provider: its notifications will be answered 500"
                );
            }
            endpoint.candidates.push(op);
        }
    }
    crate::routes::router(endpoints, move |endpoint, request| {
        handle(Arc::clone(&shared), endpoint, request)
    })
}

/// The path a provider's notifications are served at (`/pooul/notify/pooul`), for building the
/// `notify_url` sent with an order: `None` when the module has no inbound operation.
pub fn path_of(module: &ProviderModule) -> Option<String> {
    module
        .operations
        .iter()
        .find(|op| op.direction == Direction::Inbound)
        .map(|op| format!("/{}{}", module.provider.name, op.path))
}

async fn handle(shared: Arc<Shared>, endpoint: Arc<Endpoint>, request: Request) -> Response {
    let span = tracing::info_span!(
        "notification",
        provider = endpoint.module.provider.name,
        operation = Empty,
        order_id = Empty,
    );
    process(&shared, &endpoint, request).instrument(span).await
}

async fn process(shared: &Shared, endpoint: &Endpoint, request: Request) -> Response {
    let limit = shared.settings.body_limit;
    let (parts, body) = request.into_parts();
    if declared_length(&parts.headers).is_some_and(|len| len > limit) {
        tracing::warn!(limit, "notification rejected: body larger than the limit");
        return too_large();
    }
    let body = match tokio::time::timeout(shared.settings.body_timeout, to_bytes(body, limit)).await
    {
        Err(_) => {
            tracing::warn!("notification rejected: body not received in time");
            return plain(StatusCode::REQUEST_TIMEOUT, "request timeout");
        }
        Ok(Err(_)) => {
            tracing::warn!(limit, "notification rejected: body too large or broken");
            return too_large();
        }
        Ok(Ok(body)) => body,
    };
    let Some(creds) = endpoint.creds.as_deref() else {
        tracing::error!("no credentials configured for this provider: answered 500, no ack");
        return plain(StatusCode::INTERNAL_SERVER_ERROR, "fail");
    };
    let message = Message {
        body: body.to_vec(),
        headers: headers_of(&parts.headers),
    };
    let notification = match read(endpoint, &message, creds) {
        Ok(notification) => notification,
        Err(reason) => {
            // No ack: a genuine notification is sent again; the provider's retries are the cure
            // for a transient fault, and a forged one earns nothing.
            tracing::warn!(%reason, "notification rejected");
            return plain(StatusCode::BAD_REQUEST, &reason);
        }
    };
    let Read {
        op,
        notification,
        classification,
    } = notification;
    tracing::Span::current().record("operation", op.name);
    tracing::Span::current().record("order_id", notification.order_id.as_str());
    let ack = op.ack.unwrap_or("success");
    match shared.journal.apply_notification(&notification).await {
        Ok(applied) => {
            tracing::info!(
                applied = applied_str(applied),
                state = notification.raw_state.as_deref().unwrap_or(""),
                status = notification.status.map_or("", |s| s.as_str()),
                classification = classification.as_str(),
                "notification handled"
            );
            if applied == NotificationApplied::Conflict {
                tracing::warn!(
                    "the notification contradicts the payment (paid after another outcome, \
                     another amount, or a second trade id): never made paid, flagged for a \
                     person"
                );
            }
            match applied {
                NotificationApplied::Applied
                | NotificationApplied::Duplicate
                | NotificationApplied::Conflict => plain(StatusCode::OK, ack),
                NotificationApplied::UnknownTrade => plain(StatusCode::NOT_FOUND, "fail"),
            }
        }
        Err(error) => {
            tracing::error!(%error, "notification not recorded: answered 500, no ack");
            plain(StatusCode::INTERNAL_SERVER_ERROR, "fail")
        }
    }
}

/// A verified notification, reduced to what the journal applies.
struct Read {
    op: &'static OperationDescriptor,
    notification: Notification,
    classification: Classification,
}

/// Verify and decode (the first candidate operation that accepts the message), then read the
/// unified members. `Err` is the plain-text reason answered with 400.
fn read(endpoint: &Endpoint, message: &Message, creds: &dyn Credentials) -> Result<Read, String> {
    let provider = endpoint.module.provider;
    let mut last_error = None;
    let decoded = endpoint.candidates.iter().find_map(|op| {
        match codec::decode_request::<Object>(provider, op, message, creds) {
            Ok(inbound) => Some((*op, inbound.content)),
            Err(error) => {
                last_error = Some(error);
                None
            }
        }
    });
    let Some((op, content)) = decoded else {
        return Err(last_error.map_or_else(|| "no operation".to_owned(), |e| e.to_string()));
    };
    let text = |role| unified_text(op.request_unified, role, &content);
    let order_id = text(UnifiedRole::OrderId)
        .ok_or_else(|| format!("the notification carries no order id (`{}`)", op.name))?;
    let provider_trade_id = text(UnifiedRole::ProviderTradeId);
    let dedupe_key = provider_trade_id
        .clone()
        .unwrap_or_else(|| sha256_hex(&message.body));
    let amount = stated_amount(op, &content, creds)?;
    let raw_state = text(UnifiedRole::TradeState);
    // The spec's own rules for the notification decide whether it states a result (for Pooul:
    // envelope `code` 0 and a listed trade state). One that does not is refused, not recorded:
    // recording it would spend its dedupe key (the trade id) on a message that says nothing,
    // and the provider's next, readable, copy would then be a "duplicate".
    // Read exactly, by the codec's own reader (numbers as their literals).
    let body = std::str::from_utf8(&message.body).map_err(|e| format!("malformed message: {e}"))?;
    let doc = Json::parse(body).map_err(|e| format!("malformed message: {e}"))?;
    let classification = classify::classify(&op.outcome, provider.states, &doc);
    let status = raw_state
        .as_deref()
        .and_then(|raw| classify::status_of(provider.states, raw));
    if classification == Classification::Unknown || status.is_none() {
        return Err(format!(
            "the notification states no result the spec can read (envelope code {}, trade state {})",
            classify::signal(&op.outcome, "code", &doc).as_deref().unwrap_or("absent"),
            raw_state.as_deref().unwrap_or("absent"),
        ));
    }
    Ok(Read {
        op,
        notification: Notification {
            provider: provider.name.to_owned(),
            dedupe_key,
            order_id,
            provider_trade_id,
            amount,
            status,
            raw_state,
            received_at_ms: now_ms(),
        },
        classification,
    })
}

/// The amount the notification states, read exactly per the spec's format (`None` when the
/// operation has no amount member or the notification leaves it out). `Err` (answered 400, no
/// ack, nothing applied) when it is there but unreadable: the journal compares it with the
/// payment's, so an unreadable amount must not pass as an absent one.
fn stated_amount(
    op: &OperationDescriptor,
    content: &Object,
    creds: &dyn Credentials,
) -> Result<Option<StatedAmount>, String> {
    let Some(field) = op
        .request_unified
        .iter()
        .find(|f| f.role == UnifiedRole::Amount)
    else {
        return Ok(None);
    };
    let money = unified::read_money(content, field, creds)
        .map_err(|e| format!("the notification's amount cannot be read: {e}"))?;
    Ok(money.map(|money| StatedAmount {
        minor: money.minor(),
        currency: money.currency().code().to_owned(),
    }))
}

/// A unified member's text, if the operation has the role and the content the member.
fn unified_text(fields: &[UnifiedField], role: UnifiedRole, content: &Object) -> Option<String> {
    let field = fields.iter().find(|f| f.role == role)?;
    unified::read_text(content, field.wire)
}

fn sha256_hex(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

fn applied_str(applied: NotificationApplied) -> &'static str {
    match applied {
        NotificationApplied::Applied => "applied",
        NotificationApplied::Duplicate => "duplicate",
        NotificationApplied::UnknownTrade => "unknown_trade",
        NotificationApplied::Conflict => "conflict",
    }
}

fn declared_length(headers: &HeaderMap) -> Option<usize> {
    headers
        .get(header::CONTENT_LENGTH)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// The request's headers go into the message too (a signature may travel in one).
fn headers_of(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter_map(|(name, value)| {
            Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
        })
        .collect()
}

fn too_large() -> Response {
    plain(StatusCode::PAYLOAD_TOO_LARGE, "request body too large")
}

fn plain(status: StatusCode, text: &str) -> Response {
    let mut response = (status, Body::from(text.to_owned())).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::sha256_hex;

    #[test]
    fn dedupe_key_is_lowercase_sha256_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

//! The HTTP side: one route per provider and operation path, request → operation → ledger →
//! reply, and the scenario's faults (delay, truncation, a wrong signature).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use payspec_core::codec::{self, Message};
use payspec_core::descriptor::{
    Direction, OperationDescriptor, OperationRole, Placement, ProviderModule, ReplySigning,
    UnifiedField, UnifiedRole,
};
use payspec_core::json::{Json, Object};
use payspec_core::{Error, Timestamp, TradeStatus};
use tracing::field::Empty;
use tracing::Instrument;

use super::ledger::{Ledger, Trade, WireAmount};
use super::notify::Notifier;
use super::reply::{self, ReplyInput, Situation};
use super::scenario::{has_call_again, Scenario};
use super::tls::Peer;

/// What every request handler shares.
pub(crate) struct App {
    pub ledger: Ledger,
    pub credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
    pub slow_reply: Duration,
    pub request_timeout: Duration,
    pub body_limit: usize,
    /// Injected faults (see `faults`), if the run has a plan.
    pub faults: Option<Arc<super::faults::Faults>>,
    /// Pays unified orders and delivers their notifications.
    pub notifier: Arc<Notifier>,
    /// The merchant certificate (DER) issued to each provider with an operation that requires
    /// one: the certificate such an operation's request must come with.
    pub merchant_certificates: BTreeMap<&'static str, Vec<u8>>,
}

/// One route: the operations of one provider that share a path.
struct Endpoint {
    module: &'static ProviderModule,
    candidates: Vec<&'static OperationDescriptor>,
}

/// `POST /{provider}{path}` (the operation's HTTP method) for every outbound operation of every
/// module; operations that share a path and method share a route.
pub(crate) fn router(modules: &[&'static ProviderModule], app: Arc<App>) -> Router {
    let mut endpoints: BTreeMap<(String, &'static str), Endpoint> = BTreeMap::new();
    for module in modules {
        for op in module.operations.iter().copied() {
            if op.direction != Direction::Outbound || op.response.is_none() {
                continue;
            }
            let path = format!("/{}{}", module.provider.name, op.path);
            endpoints
                .entry((path, op.http_method))
                .or_insert_with(|| Endpoint {
                    module,
                    candidates: Vec::new(),
                })
                .candidates
                .push(op);
        }
    }
    payspec_notify::routes::router(endpoints, move |endpoint, request| {
        handle(Arc::clone(&app), endpoint, request)
    })
}

/// What a handled request answers, and how.
struct Answered {
    message: Message,
    fault: Fault,
}

/// How the scenario spoils a reply that is otherwise correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    Delay,
    Truncate,
    WrongSignature,
    /// Injected: the connection closes without a reply (before or after processing).
    Drop,
    /// Injected: HTTP 503 before processing.
    ServerError,
    /// Not a fault: the operation requires the merchant's client certificate and the request
    /// came without it (or with another's). Refused before processing with HTTP 403 and this
    /// text (see [`refuse_without_certificate`]).
    CertificateRequired(&'static str),
}

/// The reply fault an injected fault makes.
fn injected(kind: super::faults::FaultKind) -> Fault {
    use super::faults::FaultKind as K;
    match kind {
        K::ReplyLost | K::Reset => Fault::Drop,
        K::SlowReply => Fault::Delay,
        K::ServerError => Fault::ServerError,
        K::Malformed => Fault::Truncate,
        K::BadSignature => Fault::WrongSignature,
    }
}

async fn handle(app: Arc<App>, endpoint: Arc<Endpoint>, request: Request) -> Response {
    let span = tracing::info_span!(
        "sandbox",
        provider = endpoint.module.provider.name,
        operation = Empty,
        order_id = Empty,
    );
    async move {
        let (parts, body) = request.into_parts();
        // The client certificate of the connection, verified in the handshake (plain HTTP, or
        // a server without TLS, has none).
        let presented = parts
            .extensions
            .get::<ConnectInfo<Peer>>()
            .and_then(|info| info.0.client_certificate.clone());
        // A path whose every operation requires the merchant's certificate is refused before
        // its body is read; where operations that do and do not share a path, the operation
        // decoded decides (in `process`).
        let refusals = endpoint
            .candidates
            .iter()
            .map(|op| refuse_without_certificate(&app, endpoint.module, op, presented.as_deref()));
        if let Some(why) = refusals.reduce(|a, b| a.and(b)).flatten() {
            tracing::warn!(why, "request refused: client certificate");
            return (StatusCode::FORBIDDEN, why).into_response();
        }
        let read = to_bytes(body, app.body_limit);
        let body = match tokio::time::timeout(app.request_timeout, read).await {
            Err(_) => {
                tracing::warn!("request body not received in time");
                return (StatusCode::REQUEST_TIMEOUT, "request timeout").into_response();
            }
            Ok(Err(_)) => {
                tracing::warn!(limit = app.body_limit, "request body too large or broken");
                return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response();
            }
            Ok(Ok(body)) => body,
        };
        let body = with_query_parameters(&endpoint, parts.uri.query(), &body);
        let message = Message {
            body,
            headers: headers_of(&parts.headers),
        };
        let answered = match process(&app, &endpoint, message, presented.as_deref()) {
            Ok(answered) => answered,
            Err(error) => {
                tracing::error!(%error, "the sandbox cannot build its reply");
                return (StatusCode::INTERNAL_SERVER_ERROR, "sandbox error").into_response();
            }
        };
        match answered.fault {
            Fault::Delay => tokio::time::sleep(app.slow_reply).await,
            Fault::Drop => return super::faults::dropped_connection(),
            Fault::ServerError => return super::faults::server_error(),
            Fault::CertificateRequired(why) => {
                return (StatusCode::FORBIDDEN, why).into_response();
            }
            Fault::None | Fault::Truncate | Fault::WrongSignature => {}
        }
        respond(answered.message)
    }
    .instrument(span)
    .await
}

/// A form-encoded provider reads its parameters from the URL's query string and the body as one
/// list: its official SDKs send the common parameters (and the signature) in the query string and
/// the rest in the body, a plain client sends everything in the body. Both reach the operation as
/// one form body, the query's members first. A name given twice (in both places, or twice in
/// one) is refused by the operation's own form reader, like any malformed form: the provider's
/// parameter error. Other formats, and a request without a query string, are left as received.
fn with_query_parameters(endpoint: &Endpoint, query: Option<&str>, body: &[u8]) -> Vec<u8> {
    let form = endpoint
        .candidates
        .iter()
        .all(|op| op.request.format == payspec_core::descriptor::BodyFormat::Form);
    let Some(query) = query.filter(|q| form && !q.is_empty()) else {
        return body.to_vec();
    };
    let mut joined = Vec::with_capacity(query.len() + 1 + body.len());
    joined.extend_from_slice(query.as_bytes());
    if !body.is_empty() {
        joined.push(b'&');
        joined.extend_from_slice(body);
    }
    joined
}

/// The request's headers go into the message too (a signature may travel in one).
fn headers_of(headers: &axum::http::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter_map(|(name, value)| {
            Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
        })
        .collect()
}

fn respond(message: Message) -> Response {
    let mut response = Response::new(Body::from(message.body));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=utf-8"),
    );
    for (name, value) in message.headers {
        if let (Ok(name), Ok(value)) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.insert(name, value);
        }
    }
    response
}

/// Decode → check → act on the ledger → reply. `presented`: the client certificate (DER) the
/// connection presented, verified in the handshake.
fn process(
    app: &App,
    endpoint: &Endpoint,
    message: Message,
    presented: Option<&[u8]>,
) -> Result<Answered, Error> {
    let module = endpoint.module;
    let provider = module.provider;
    let creds = app
        .credentials
        .get(provider.name)
        .ok_or_else(|| Error::MissingConfig(format!("credentials of `{}`", provider.name)))?;
    let first = endpoint.candidates[0];

    // Several operations may share the path: the first whose method and constants the request
    // names, and whose signature verifies, is the one.
    let mut last_error = None;
    let mut signature_refused = false;
    let decoded = endpoint.candidates.iter().find_map(|op| {
        match codec::decode_request::<Object>(provider, op, &message, creds) {
            Ok(inbound) => Some((*op, inbound.content)),
            Err(e) => {
                signature_refused |=
                    matches!(e, Error::SignatureMismatch | Error::SignatureMissing);
                last_error = Some(e);
                None
            }
        }
    });
    let span = tracing::Span::current();
    let envelope = codec::document(first.request, &message.body).ok();
    // Where the merchant chooses the signing algorithm, the reply is signed with the one the
    // request names (as the provider does): the merchant's configuration, seen from here.
    let named = provider.signing.algorithm_choice.and_then(|choice| {
        let name = codec::signing_algorithm_named(first.request, envelope.as_ref()?)?;
        Some((choice.config, name.to_owned()))
    });
    let overlaid;
    let creds = match named {
        Some((key, name)) => {
            let mut with = creds.clone();
            with.insert(key.to_owned(), name);
            overlaid = with;
            &overlaid
        }
        None => creds,
    };
    let ctx = Ctx {
        module,
        creds,
        envelope,
    };
    let Some((op, content)) = decoded else {
        // A signature that does not verify is the provider's signature error; a body that no
        // operation of the path can read (not JSON, another method) is a parameter error.
        let situation = if signature_refused {
            Situation::BadSignature
        } else {
            Situation::Invalid
        };
        let why = last_error.map_or_else(|| "no operation".to_owned(), |e| e.to_string());
        span.record("operation", first.name);
        tracing::warn!(why, answer = situation.as_str(), "request rejected");
        return ctx.answer(first, situation, None, None);
    };
    span.record("operation", op.name);
    if let Some(why) = refuse_without_certificate(app, module, op, presented) {
        tracing::warn!(why, "request refused: client certificate");
        return Ok(Answered {
            message: Message {
                body: Vec::new(),
                headers: Vec::new(),
            },
            fault: Fault::CertificateRequired(why),
        });
    }
    if let Err(violations) = (module.check_request)(op.name, &Json::Object(content.clone())) {
        // Field names only: a violation's text may quote the value, and values include codes.
        let fields: Vec<&str> = violations.0.iter().map(|v| v.field.as_str()).collect();
        tracing::warn!(?fields, "request rejected: invalid fields");
        return ctx.answer(op, Situation::Invalid, None, Some(&content));
    }
    let order_id = unified_text(op.request_unified, UnifiedRole::OrderId, &content);
    if let Some(order_id) = &order_id {
        span.record("order_id", order_id.as_str());
    }
    let fault = (app.faults.as_ref())
        .and_then(|f| f.decide(provider.name, op.role, order_id.as_deref()))
        .inspect(|kind| tracing::info!(fault = kind.as_str(), "injected fault"));
    if let Some(kind) = fault.filter(|k| k.before_processing()) {
        let message = Message {
            body: Vec::new(),
            headers: Vec::new(),
        };
        return Ok(Answered {
            message,
            fault: injected(kind),
        });
    }
    let answered = match op.role {
        OperationRole::Pay | OperationRole::UnifiedOrder => pay(app, &ctx, op, &content, order_id),
        OperationRole::Query => query(app, &ctx, op, &content, order_id),
        OperationRole::Reverse => reverse(app, &ctx, op, &content, order_id),
        OperationRole::Notify | OperationRole::Other => {
            let trade = app
                .ledger
                .lock()
                .find(provider.name, order_id.as_deref(), None)
                .cloned();
            ctx.answer(op, Situation::Ok, trade.as_ref(), Some(&content))
        }
    }?;
    match fault.map(injected) {
        Some(fault) => Ok(Answered {
            message: spoil(&ctx, op, answered.message, fault)?,
            fault,
        }),
        None => Ok(answered),
    }
}

/// The per-request context replies are built in.
struct Ctx<'a> {
    module: &'static ProviderModule,
    creds: &'a BTreeMap<String, String>,
    envelope: Option<Json>,
}

impl Ctx<'_> {
    fn reply(
        &self,
        op: &'static OperationDescriptor,
        situation: Situation,
        trade: Option<&Trade>,
        request: Option<&Object>,
    ) -> Result<Message, Error> {
        tracing::info!(answer = situation.as_str(), "reply");
        reply::encode(&ReplyInput {
            module: self.module,
            op,
            situation,
            trade,
            request,
            envelope: self.envelope.as_ref(),
            creds: self.creds,
        })
    }

    fn answer(
        &self,
        op: &'static OperationDescriptor,
        situation: Situation,
        trade: Option<&Trade>,
        request: Option<&Object>,
    ) -> Result<Answered, Error> {
        Ok(Answered {
            message: self.reply(op, situation, trade, request)?,
            fault: Fault::None,
        })
    }
}

fn pay(
    app: &App,
    ctx: &Ctx<'_>,
    op: &'static OperationDescriptor,
    content: &Object,
    order_id: Option<String>,
) -> Result<Answered, Error> {
    let provider = ctx.module.provider.name;
    let Some(order_id) = order_id else {
        tracing::warn!("request rejected: no order id");
        return ctx.answer(op, Situation::Invalid, None, Some(content));
    };
    let auth_code = unified_text(op.request_unified, UnifiedRole::AuthCode, content);
    let scenario = auth_code
        .as_deref()
        .map_or(Scenario::Success, Scenario::from_auth_code);
    // Never more of an auth code than its last four digits in a log.
    let tail: String = auth_code
        .as_deref()
        .map(|c| {
            c.chars()
                .skip(c.chars().count().saturating_sub(4))
                .collect()
        })
        .unwrap_or_default();
    let mut ledger = app.ledger.lock();
    if ledger.contains(provider, &order_id) {
        // A second pay with an order id the provider already knows gets the provider's
        // duplicate-order answer, never a failed payment: the first call may have taken the
        // money. Nothing is charged again and the existing trade is left as it was; a query
        // tells the truth.
        tracing::warn!(auth_code_tail = %tail, "request rejected: duplicate order id");
        drop(ledger);
        return ctx.answer(op, Situation::DuplicateOrder, None, Some(content));
    }
    let now = now();
    let (status, situation, fault) = if op.role == OperationRole::UnifiedOrder {
        (TradeStatus::NotPaid, Situation::Ok, Fault::None)
    } else {
        match scenario {
            Scenario::Success => (TradeStatus::Success, Situation::Ok, Fault::None),
            Scenario::PayingThenSuccess { .. }
            | Scenario::PayingNeverConfirmed
            | Scenario::ReverseCallsAgain => (TradeStatus::Paying, Situation::Paying, Fault::None),
            Scenario::InsufficientFunds => (TradeStatus::Failed, Situation::Failed, Fault::None),
            Scenario::SystemErrorCharged => {
                (TradeStatus::Success, Situation::SystemError, Fault::None)
            }
            Scenario::SlowReplyCharged => (TradeStatus::Success, Situation::Ok, Fault::Delay),
            Scenario::MalformedReplyCharged => {
                (TradeStatus::Success, Situation::Ok, Fault::Truncate)
            }
            Scenario::BadSignatureCharged => {
                (TradeStatus::Success, Situation::Ok, Fault::WrongSignature)
            }
        }
    };
    let amount = op
        .request_unified
        .iter()
        .find(|f| f.role == UnifiedRole::Amount)
        .and_then(|f| {
            let value = content.get(f.wire)?.clone();
            let money = reply::money_of(&value, f.format, content, ctx.creds);
            Some(WireAmount {
                value,
                format: f.format,
                money,
            })
        });
    // Chaos hook: a charge of another amount (see `faults::charged_amount`).
    let amount = super::faults::charged_amount(
        app.faults.as_deref(),
        ctx.module,
        op,
        &order_id,
        amount,
        ctx.creds,
    );
    let mut request = content.clone();
    for field in op.request_unified {
        if field.role == UnifiedRole::AuthCode {
            request.remove(field.wire);
        }
    }
    let provider_trade_id = ledger.next_trade_id(now);
    let trade = ledger
        .insert(Trade {
            provider,
            order_id,
            provider_trade_id,
            amount,
            scenario,
            status,
            queries: 0,
            reverse_calls: 0,
            paid_at: (status == TradeStatus::Success && scenario.charged_at_once()).then_some(now),
            request,
        })
        .clone();
    drop(ledger);
    tracing::info!(
        auth_code_tail = %tail,
        scenario = %scenario.code(),
        status = status.as_str(),
        "pay"
    );
    let message = ctx.reply(op, situation, Some(&trade), Some(content))?;
    let message = spoil(ctx, op, message, fault)?;
    if op.role == OperationRole::UnifiedOrder {
        app.notifier.start(ctx.module, &trade);
    }
    Ok(Answered { message, fault })
}

fn query(
    app: &App,
    ctx: &Ctx<'_>,
    op: &'static OperationDescriptor,
    content: &Object,
    order_id: Option<String>,
) -> Result<Answered, Error> {
    let provider = ctx.module.provider.name;
    let trade_id = unified_text(op.request_unified, UnifiedRole::ProviderTradeId, content);
    let mut ledger = app.ledger.lock();
    let Some(trade) = ledger.find_mut(provider, order_id.as_deref(), trade_id.as_deref()) else {
        drop(ledger);
        return ctx.answer(op, Situation::NotFound, None, Some(content));
    };
    trade.queries += 1;
    if let Scenario::PayingThenSuccess { queries } = trade.scenario {
        if trade.status == TradeStatus::Paying && trade.queries >= queries {
            trade.status = TradeStatus::Success;
            trade.paid_at = Some(now());
        }
    }
    let trade = trade.clone();
    drop(ledger);
    tracing::info!(
        status = trade.status.as_str(),
        queries = trade.queries,
        "query"
    );
    // A query is answered `ok` whatever the trade's state, which the reply's trade state
    // carries: `paying`'s members (`need_query: Y`, a USERPAYING error code) are the pay call's
    // own answer, and providers answer a query of a paying trade as a processed call.
    ctx.answer(op, Situation::Ok, Some(&trade), Some(content))
}

fn reverse(
    app: &App,
    ctx: &Ctx<'_>,
    op: &'static OperationDescriptor,
    content: &Object,
    order_id: Option<String>,
) -> Result<Answered, Error> {
    let provider = ctx.module.provider.name;
    let trade_id = unified_text(op.request_unified, UnifiedRole::ProviderTradeId, content);
    let mut ledger = app.ledger.lock();
    let Some(trade) = ledger.find_mut(provider, order_id.as_deref(), trade_id.as_deref()) else {
        drop(ledger);
        return ctx.answer(op, Situation::NotFound, None, Some(content));
    };
    trade.reverse_calls += 1;
    // Scenario 08: the first reverse is not done yet ("call again"), where the provider can say
    // so; any later one is. Every other trade is reversed at once, a paid one too (撤销 within
    // the day returns the money).
    let call_again = trade.scenario == Scenario::ReverseCallsAgain
        && trade.reverse_calls == 1
        && ctx.module.sandbox.is_some_and(has_call_again);
    let situation = if call_again {
        Situation::CallAgain
    } else {
        trade.status = TradeStatus::Reversed;
        Situation::Reversed
    };
    let trade = trade.clone();
    drop(ledger);
    tracing::info!(
        status = trade.status.as_str(),
        calls = trade.reverse_calls,
        "reverse"
    );
    ctx.answer(op, situation, Some(&trade), Some(content))
}

/// Why a request for `op` is refused for its client certificate, if it is: `op` requires the
/// merchant's certificate and the connection presented none, or one that is not the certificate
/// issued to this provider's merchant (another provider's, from the same test CA; a certificate
/// from another CA never gets this far: the handshake refuses it).
///
/// The refusal is an HTTP 403, not a TLS alert, because the handshake cannot require a
/// certificate: it happens before the path is known, and the provider's other operations share
/// the connection without one (rustls has no post-handshake client authentication to ask for it
/// later). It comes before any processing, the injected faults' decisions included, so the
/// ledger is untouched. A client reads a 403 as an HTTP status error, never a reply: not a
/// success, and never a failed payment (`ErrorKind::Unknown`, as for any status, since a client
/// cannot tell who answered it). The payspec client itself never sends such an operation
/// without its certificate: it refuses before sending when the certificate is not configured or
/// its transport cannot present one (`ErrorKind::Definite`, nothing sent).
fn refuse_without_certificate(
    app: &App,
    module: &ProviderModule,
    op: &OperationDescriptor,
    presented: Option<&[u8]>,
) -> Option<&'static str> {
    op.client_certificate?;
    let expected = app.merchant_certificates.get(module.provider.name);
    match (presented, expected) {
        (Some(presented), Some(expected)) if presented == expected.as_slice() => None,
        (None, _) => Some(
            "this operation requires the merchant's client certificate (mutual TLS); none was \
             presented",
        ),
        (Some(_), _) => Some(
            "this operation requires the merchant's client certificate (mutual TLS); the one \
             presented is not this merchant's",
        ),
    }
}

/// A unified member's text (a string, or a number's literal); empty counts as absent.
fn unified_text(fields: &[UnifiedField], role: UnifiedRole, content: &Object) -> Option<String> {
    let field = fields.iter().find(|f| f.role == role)?;
    match content.get(field.wire)? {
        Json::String(s) if !s.is_empty() => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Applies the scenario's fault to a correct reply.
fn spoil(
    ctx: &Ctx<'_>,
    op: &OperationDescriptor,
    mut message: Message,
    fault: Fault,
) -> Result<Message, Error> {
    match fault {
        Fault::None
        | Fault::Delay
        | Fault::Drop
        | Fault::ServerError
        | Fault::CertificateRequired(_) => {}
        Fault::Truncate => {
            let keep = message.body.len() / 2;
            message.body.truncate(keep);
        }
        Fault::WrongSignature => {
            let provider = ctx.module.provider;
            let Some(layout) = op.response else {
                return Ok(message);
            };
            if provider.signing.replies == ReplySigning::Unsigned {
                // Nothing signed, nothing to spoil: the reply is sent as it is.
                return Ok(message);
            }
            let signature = codec::signature_for(provider, layout, &message.body, ctx.creds)?;
            let wrong = flip_first_hex_digit(&signature);
            match provider.signing.placement {
                Placement::Field(_) => {
                    let body = String::from_utf8_lossy(&message.body).into_owned();
                    // A JSON member's value is quoted; a flat body's (XML, form) is the text.
                    let (from, to) = if layout.format.is_flat() {
                        (signature.clone(), wrong)
                    } else {
                        (format!("\"{signature}\""), format!("\"{wrong}\""))
                    };
                    message.body = body.replacen(&from, &to, 1).into_bytes();
                }
                Placement::Header { name, .. } => {
                    for (header, value) in &mut message.headers {
                        if header.eq_ignore_ascii_case(name) {
                            *value = value.replace(&signature, &wrong);
                        }
                    }
                }
            }
        }
    }
    Ok(message)
}

/// The same text with its first hex digit changed (`0` ↔ `1`, which have no case).
fn flip_first_hex_digit(signature: &str) -> String {
    let mut done = false;
    signature
        .chars()
        .map(|c| {
            if done || !c.is_ascii_hexdigit() {
                return c;
            }
            done = true;
            if c == '0' {
                '1'
            } else {
                '0'
            }
        })
        .collect()
}

fn now() -> i64 {
    Timestamp::now().unix()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flipping_changes_exactly_one_digit() {
        assert_eq!(flip_first_hex_digit("A0F3"), "00F3");
        assert_eq!(flip_first_hex_digit("0af3"), "1af3");
        assert_ne!(flip_first_hex_digit("abc"), "abc");
    }
}

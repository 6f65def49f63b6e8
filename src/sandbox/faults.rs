//! Injected faults: the network and the provider misbehaving on purpose, per run and by seed.
//!
//! A [`FaultPlan`] gives each kind of fault a rate. Whether a call gets a fault, and which, is a
//! pure function of the seed, the provider, the merchant order id, the operation (pay, query or
//! reverse) and how many calls of that operation the order has had before: the same seed makes
//! the same faults however the calls of many payments interleave. (A seeded splitmix64 hash; no
//! random-number crate.)
//!
//! | fault | when | what the client sees | money |
//! |---|---|---|---|
//! | [`FaultKind::ReplyLost`] | after processing | the connection closes, no byte of a reply | the call took effect |
//! | [`FaultKind::SlowReply`] | after processing | the reply only after the sandbox's `slow_reply` (set it above the client's timeout) | the call took effect |
//! | [`FaultKind::ServerError`] | **before** processing | HTTP 503 | nothing done, nothing charged |
//! | [`FaultKind::Reset`] | **before** processing | the connection closes, no byte of a reply | nothing done, nothing charged |
//! | [`FaultKind::Malformed`] | after processing | the reply truncated to half | the call took effect |
//! | [`FaultKind::BadSignature`] | after processing | the reply with one hex digit of its signature flipped (a provider whose replies are unsigned: a correct reply) | the call took effect |
//!
//! Faults apply to pay, query and reverse alike, and override the scenario's own reply fault
//! for that call (scenario `05`'s delay, say). Requests that are refused before an operation and
//! an order id are known (bad signature, no route) never get one.
//!
//! Notifications have two more rates: [`FaultPlan::duplicate_notification`] (a delivery
//! reaches the merchant twice, concurrently) and [`FaultPlan::reorder_notification`] (a
//! delivery is held back, so that the provider's redelivery and other trades' notifications
//! overtake it, and it arrives late), decided the same way by [`Faults::notification_fault`].
//! They happen on the network between the provider and the merchant: [`notification_relay`] is
//! that hop (the notify url points at it), so the provider's own sender is left as it is.
//!
//! The **money faults** ([`MoneyFault`], decided by [`Faults::strikes`] on the same seed) are
//! answers that are correctly signed but wrong for the payment, and a journal that cannot write:
//!
//! | fault | where | what happens |
//! |---|---|---|
//! | `journal_write_failed` | the chaos engine's `FailingJournal` around the real journal | a step or the close is not written (`JournalError::Store`); the driver still tells its caller the outcome, recovery must reach the same |
//! | `notification_wrong_provider` | the chaos engine's forger | another provider's paid notification for a payment, signed by that provider |
//! | `reply_other_amount` | here, on pay (`charged_amount`) | the trade is charged 100× the amount (or -1), and the pay and query replies state it |
//! | `notification_other_amount` | here, on a unified order | the customer pays 100× (or -1), and the notification states it |
//! | `notification_second_trade_id` | the chaos engine's forger | a paid order is notified paid again under another provider trade id |
//! | `same_order_two_journals` | the chaos engine | a second driver with its own journal pays an order id the first already paid |

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use std::time::Duration;

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Path, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use payspec_client::transport::{HttpCall, HttpTransport, Transport, TransportError};
use payspec_client::TransportConfig;
use payspec_core::descriptor::{
    OperationDescriptor, OperationRole, ProviderModule, UnifiedField, UnifiedRole,
};
use payspec_core::unified::{self, UnifiedValue};
use payspec_core::{Credentials, Message, Money};

use super::ledger::WireAmount;
use super::notify::notify_operation;
use super::Sandbox;

/// The rates of each fault, in `0.0..=1.0` per call, and the seed that picks the calls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaultPlan {
    pub seed: u64,
    /// Processed, then the connection is dropped without a reply.
    pub reply_lost: f64,
    /// Processed, then the reply is held for the sandbox's `slow_reply` (past the client's
    /// timeout).
    pub slow_reply: f64,
    /// HTTP 503 before processing: nothing done.
    pub server_error: f64,
    /// The connection dropped before processing: nothing done.
    pub reset: f64,
    /// Processed, then the reply is truncated (malformed JSON).
    pub malformed: f64,
    /// Processed, then the reply's signature is spoiled.
    pub bad_signature: f64,
    /// A notification is delivered twice, concurrently.
    pub duplicate_notification: f64,
    /// A notification is held back and delivered after later ones.
    pub reorder_notification: f64,
    /// Money faults ([`MoneyFault`]): a journal write (a step or a close) fails.
    pub journal_write_failure: f64,
    /// A payment gets a paid notification from another provider, signed by that provider.
    pub wrong_provider_notification: f64,
    /// The provider charges another amount than asked, and its pay and query replies say so.
    pub other_amount: f64,
    /// A customer pays a unified order another amount, and the notification says so. Its own
    /// rate: unified orders are few (about one payment in eighteen), so at the reply rate a
    /// 1000-payment run would meet it once or not at all.
    pub other_amount_notification: f64,
    /// A paid order gets a second paid notification with another provider trade id.
    pub second_trade_id: f64,
    /// A paid order id is paid again by a second driver with its own journal.
    pub same_order_two_journals: f64,
}

impl FaultPlan {
    /// No faults at all (every rate zero).
    pub fn none(seed: u64) -> FaultPlan {
        FaultPlan {
            seed,
            reply_lost: 0.0,
            slow_reply: 0.0,
            server_error: 0.0,
            reset: 0.0,
            malformed: 0.0,
            bad_signature: 0.0,
            duplicate_notification: 0.0,
            reorder_notification: 0.0,
            journal_write_failure: 0.0,
            wrong_provider_notification: 0.0,
            other_amount: 0.0,
            other_amount_notification: 0.0,
            second_trade_id: 0.0,
            same_order_two_journals: 0.0,
        }
    }

    /// The plan of `payspec chaos`: every call fault at a rate between 2 % and 5 %, drawn from
    /// the seed (about one call in five spoiled in all), notifications duplicated and
    /// reordered one time in five, and the money faults: 2 % of journal writes fail, 3 % of
    /// payments get another provider's notification, 3 % of charges are of another amount,
    /// one paid order in five is notified again with another trade id, and 3 % of paid
    /// payments are paid again from a second journal.
    pub fn chaos(seed: u64) -> FaultPlan {
        let mut rng = SplitMix64::new(seed ^ 0x5eed_fa17_0000_0001);
        let mut rate = || 0.02 + 0.03 * rng.unit();
        FaultPlan {
            seed,
            reply_lost: rate(),
            slow_reply: rate(),
            server_error: rate(),
            reset: rate(),
            malformed: rate(),
            bad_signature: rate(),
            duplicate_notification: 0.2,
            reorder_notification: 0.2,
            journal_write_failure: 0.02,
            wrong_provider_notification: 0.03,
            other_amount: 0.03,
            other_amount_notification: 0.15,
            second_trade_id: 0.2,
            same_order_two_journals: 0.03,
        }
    }

    /// The same plan without its money faults (every [`MoneyFault`] rate zero): the faults
    /// of the network and the replies alone.
    pub fn without_money_faults(self) -> FaultPlan {
        FaultPlan {
            journal_write_failure: 0.0,
            wrong_provider_notification: 0.0,
            other_amount: 0.0,
            other_amount_notification: 0.0,
            second_trade_id: 0.0,
            same_order_two_journals: 0.0,
            ..self
        }
    }

    /// The chance that one pay, query or reverse call gets some fault.
    pub fn call_fault_rate(&self) -> f64 {
        self.rates().iter().map(|(_, r)| r.max(0.0)).sum()
    }

    /// The rate of a money fault.
    pub fn money_rate(&self, fault: MoneyFault) -> f64 {
        match fault {
            MoneyFault::JournalWrite => self.journal_write_failure,
            MoneyFault::WrongProvider => self.wrong_provider_notification,
            MoneyFault::OtherAmountReply => self.other_amount,
            MoneyFault::OtherAmountNotification => self.other_amount_notification,
            MoneyFault::SecondTradeId => self.second_trade_id,
            MoneyFault::TwoJournals => self.same_order_two_journals,
        }
    }

    fn rates(&self) -> [(FaultKind, f64); 6] {
        [
            (FaultKind::ReplyLost, self.reply_lost),
            (FaultKind::SlowReply, self.slow_reply),
            (FaultKind::ServerError, self.server_error),
            (FaultKind::Reset, self.reset),
            (FaultKind::Malformed, self.malformed),
            (FaultKind::BadSignature, self.bad_signature),
        ]
    }
}

impl fmt::Display for FaultPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |r: f64| r * 100.0;
        write!(
            f,
            "seed {}: reply lost {:.1}%, slow reply {:.1}%, 5xx {:.1}%, reset {:.1}%, \
             malformed {:.1}%, bad signature {:.1}% (a call faulted {:.1}%); \
             notifications duplicated {:.1}%, reordered {:.1}%; journal writes failed {:.1}%, \
             another provider's notification {:.1}%, another amount {:.1}% (notified {:.1}%), \
             second trade id {:.1}%, same order from two journals {:.1}%",
            self.seed,
            pct(self.reply_lost),
            pct(self.slow_reply),
            pct(self.server_error),
            pct(self.reset),
            pct(self.malformed),
            pct(self.bad_signature),
            pct(self.call_fault_rate()),
            pct(self.duplicate_notification),
            pct(self.reorder_notification),
            pct(self.journal_write_failure),
            pct(self.wrong_provider_notification),
            pct(self.other_amount),
            pct(self.other_amount_notification),
            pct(self.second_trade_id),
            pct(self.same_order_two_journals),
        )
    }
}

/// One injected fault of a pay, query or reverse call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaultKind {
    ReplyLost,
    SlowReply,
    ServerError,
    Reset,
    Malformed,
    BadSignature,
}

impl FaultKind {
    pub const ALL: [FaultKind; 6] = [
        FaultKind::ReplyLost,
        FaultKind::SlowReply,
        FaultKind::ServerError,
        FaultKind::Reset,
        FaultKind::Malformed,
        FaultKind::BadSignature,
    ];

    /// Whether the fault strikes before the request is processed (nothing is done).
    pub fn before_processing(self) -> bool {
        matches!(self, FaultKind::ServerError | FaultKind::Reset)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FaultKind::ReplyLost => "reply_lost",
            FaultKind::SlowReply => "slow_reply",
            FaultKind::ServerError => "server_error",
            FaultKind::Reset => "reset",
            FaultKind::Malformed => "malformed",
            FaultKind::BadSignature => "bad_signature",
        }
    }
}

/// What happens to one notification delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotificationFault {
    /// Delivered twice, at once.
    Duplicate,
    /// Held back: later notifications overtake it.
    Reorder,
}

impl NotificationFault {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationFault::Duplicate => "notification_duplicate",
            NotificationFault::Reorder => "notification_reorder",
        }
    }
}

/// A fault about money rather than one call's reply: the journal, or an answer that is
/// correctly signed but not about the payment it reaches (or not about what was asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MoneyFault {
    /// A journal write (a step or a close) fails with a store error: the driver's outcome is
    /// told to its caller while the journal lags behind.
    JournalWrite,
    /// A paid notification for another provider's payment, signed by the provider that sends it.
    WrongProvider,
    /// A pay charged another amount than asked (100×, or -1): its replies say so, signed.
    OtherAmountReply,
    /// A unified order paid with another amount: its notification says so, signed.
    OtherAmountNotification,
    /// A second paid notification with another provider trade id for an already paid order.
    SecondTradeId,
    /// A second driver with its own journal pays an order id already paid through the first.
    TwoJournals,
}

impl MoneyFault {
    pub const ALL: [MoneyFault; 6] = [
        MoneyFault::JournalWrite,
        MoneyFault::WrongProvider,
        MoneyFault::OtherAmountReply,
        MoneyFault::OtherAmountNotification,
        MoneyFault::SecondTradeId,
        MoneyFault::TwoJournals,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MoneyFault::JournalWrite => "journal_write_failed",
            MoneyFault::WrongProvider => "notification_wrong_provider",
            MoneyFault::OtherAmountReply => "reply_other_amount",
            MoneyFault::OtherAmountNotification => "notification_other_amount",
            MoneyFault::SecondTradeId => "notification_second_trade_id",
            MoneyFault::TwoJournals => "same_order_two_journals",
        }
    }

    /// The operation number its decisions are keyed on (apart from the calls' 1..=3 and the
    /// notifications' 4).
    fn op(self) -> u64 {
        10 + MoneyFault::ALL.iter().position(|f| *f == self).unwrap_or(0) as u64
    }
}

/// Every fault kind's name, in the order a report lists them.
pub fn fault_kinds() -> Vec<&'static str> {
    let mut kinds: Vec<&'static str> = FaultKind::ALL.iter().map(|k| k.as_str()).collect();
    kinds.extend([
        NotificationFault::Duplicate.as_str(),
        NotificationFault::Reorder.as_str(),
    ]);
    kinds.extend(MoneyFault::ALL.iter().map(|f| f.as_str()));
    kinds
}

/// A running plan: the decisions and a count of the faults injected. Shared by the server and
/// whoever reads the counts ([`Sandbox::fault_log`]).
#[derive(Debug)]
pub struct Faults {
    plan: FaultPlan,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Calls so far per (provider, order id, operation).
    calls: HashMap<(String, String, u8), u32>,
    notifications: HashMap<(String, String), u32>,
    /// Decisions so far per (money fault, key).
    money: HashMap<(u64, String), u32>,
    injected: BTreeMap<&'static str, u64>,
}

impl Faults {
    pub fn new(plan: FaultPlan) -> Faults {
        Faults {
            plan,
            state: Mutex::new(State::default()),
        }
    }

    pub fn plan(&self) -> &FaultPlan {
        &self.plan
    }

    /// The fault of this call, if any: pay, query and reverse calls that name an order id.
    /// Counts the call (and the fault) either way.
    pub fn decide(
        &self,
        provider: &str,
        role: OperationRole,
        order_id: Option<&str>,
    ) -> Option<FaultKind> {
        let op = match role {
            OperationRole::Pay => 1,
            OperationRole::Query => 2,
            OperationRole::Reverse => 3,
            _ => return None,
        };
        let order_id = order_id?;
        let mut state = self.lock();
        let n = {
            let calls = state
                .calls
                .entry((provider.to_owned(), order_id.to_owned(), op))
                .or_insert(0);
            *calls += 1;
            *calls
        };
        let u = unit_of(self.plan.seed, &[provider, order_id], u64::from(op), n);
        let mut threshold = 0.0;
        let fault = self.plan.rates().into_iter().find_map(|(kind, rate)| {
            threshold += rate.max(0.0);
            (u < threshold).then_some(kind)
        })?;
        *state.injected.entry(fault.as_str()).or_insert(0) += 1;
        Some(fault)
    }

    /// The fault of the next notification of this trade, if any (for the notification sender).
    pub fn notification_fault(&self, provider: &str, order_id: &str) -> Option<NotificationFault> {
        let mut state = self.lock();
        let n = {
            let count = state
                .notifications
                .entry((provider.to_owned(), order_id.to_owned()))
                .or_insert(0);
            *count += 1;
            *count
        };
        let u = unit_of(self.plan.seed, &[provider, order_id], 4, n);
        let duplicate = self.plan.duplicate_notification.max(0.0);
        let fault = if u < duplicate {
            NotificationFault::Duplicate
        } else if u < duplicate + self.plan.reorder_notification.max(0.0) {
            NotificationFault::Reorder
        } else {
            return None;
        };
        *state.injected.entry(fault.as_str()).or_insert(0) += 1;
        Some(fault)
    }

    /// Whether `fault` strikes this time for `key` (the provider and order id, and what is
    /// written): a pure function of the seed, the key and how many times it was asked for that
    /// key before. A strike is counted as injected.
    pub fn strikes(&self, fault: MoneyFault, key: &[&str]) -> bool {
        let rate = self.plan.money_rate(fault).max(0.0);
        if rate == 0.0 {
            return false;
        }
        let mut state = self.lock();
        let n = {
            let count = state
                .money
                .entry((fault.op(), key.join("\u{1f}")))
                .or_insert(0);
            *count += 1;
            *count
        };
        let strikes = unit_of(self.plan.seed, key, fault.op(), n) < rate;
        if strikes {
            *state.injected.entry(fault.as_str()).or_insert(0) += 1;
        }
        strikes
    }

    /// A number in `0.0..1.0` for `key`, from the seed alone (no count, nothing injected): the
    /// free choices of a fault (which amount, which trade id).
    pub fn pick(&self, fault: MoneyFault, key: &[&str]) -> f64 {
        unit_of(self.plan.seed, key, fault.op() + 100, 0)
    }

    /// How many faults of each kind were injected so far, by [`FaultKind::as_str`] (and
    /// [`NotificationFault::as_str`]).
    pub fn injected(&self) -> BTreeMap<&'static str, u64> {
        self.lock().injected.clone()
    }

    /// Every fault injected so far.
    pub fn total_injected(&self) -> u64 {
        self.lock().injected.values().sum()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Sandbox {
    /// Injects faults by `plan` into every pay, query and reverse call (and notification) of
    /// this sandbox. The same seed gives the same faults.
    pub fn faults(mut self, plan: FaultPlan) -> Sandbox {
        self.faults = Some(Arc::new(Faults::new(plan)));
        self
    }

    /// The running plan and its counts, when [`Sandbox::faults`] set one; shared with the
    /// server once it is spawned.
    pub fn fault_log(&self) -> Option<Arc<Faults>> {
        self.faults.clone()
    }
}

/// The path prefix of the relay: `POST /relay/{provider}/{order_id}/{path…}`.
pub const RELAY_PREFIX: &str = "/relay";

/// The notify url of one order through the relay at `relay` (`host:port`): the merchant's path
/// (`/pooul/notify/pooul`) behind the provider and order id the fault decision is keyed on.
pub fn relay_url(
    relay: std::net::SocketAddr,
    provider: &str,
    order_id: &str,
    path: &str,
) -> String {
    format!("http://{relay}{RELAY_PREFIX}/{provider}/{order_id}{path}")
}

/// The network between a provider's notification sender and the merchant, with the plan's
/// notification faults: `POST /relay/{provider}/{order_id}/{path…}` is forwarded to
/// `{merchant}/{path…}` (body and headers as received) and the merchant's answer is relayed
/// back. A [`NotificationFault::Duplicate`] delivery is forwarded twice at once (the sender gets
/// the first answer that is a 200); a [`NotificationFault::Reorder`] one is held for `hold`
/// first (set it above the sender's delivery timeout: the sender gives up on it and redelivers,
/// and the held copy arrives after). Without an answer from the merchant: 502.
pub fn notification_relay(faults: Arc<Faults>, merchant: String, hold: Duration) -> Router {
    let transport = HttpTransport::new(TransportConfig {
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(10),
        max_body_bytes: 64 * 1024,
    })
    .map(Arc::new);
    let relay = move |Path((provider, order_id, rest)): Path<(String, String, String)>,
                      request: Request| {
        let faults = Arc::clone(&faults);
        let transport = transport.clone();
        let url = format!("{merchant}/{rest}");
        async move {
            let Ok(transport) = transport else {
                return (StatusCode::BAD_GATEWAY, "relay: no HTTP client").into_response();
            };
            let (parts, body) = request.into_parts();
            let Ok(body) = to_bytes(body, 64 * 1024).await else {
                return (StatusCode::BAD_GATEWAY, "relay: body not read").into_response();
            };
            let headers = parts
                .headers
                .iter()
                .filter(|(name, _)| {
                    !matches!(name.as_str(), "host" | "content-length" | "connection")
                })
                .filter_map(|(n, v)| Some((n.as_str().to_owned(), v.to_str().ok()?.to_owned())))
                .collect();
            let call = HttpCall {
                provider: "relay",
                operation: "notification",
                method: "POST",
                url,
                message: Message {
                    body: body.to_vec(),
                    headers,
                },
            };
            // Forwarded in tasks of their own: a copy on its way arrives even when the sender
            // has given up waiting for the answer (and dropped this handler).
            let send = |call: HttpCall, after: Duration| {
                let transport = Arc::clone(&transport);
                tokio::spawn(async move {
                    tokio::time::sleep(after).await;
                    transport.send(call).await
                })
            };
            let answer = match faults.notification_fault(&provider, &order_id) {
                None => send(call, Duration::ZERO).await,
                Some(NotificationFault::Duplicate) => {
                    let (a, b) = tokio::join!(
                        send(call.clone(), Duration::ZERO),
                        send(call, Duration::ZERO)
                    );
                    match a {
                        Ok(Ok(reply)) => Ok(Ok(reply)),
                        _ => b,
                    }
                }
                Some(NotificationFault::Reorder) => send(call, hold).await,
            };
            match answer {
                Ok(answer) => relayed(answer),
                Err(_) => (StatusCode::BAD_GATEWAY, "relay: forwarding failed").into_response(),
            }
        }
    };
    Router::new().route(
        &format!("{RELAY_PREFIX}/{{provider}}/{{order_id}}/{{*rest}}"),
        post(relay),
    )
}

/// The merchant's answer, as the relay passes it back.
fn relayed(answer: Result<Message, TransportError>) -> Response {
    let (status, body, headers) = match answer {
        Ok(message) => (StatusCode::OK, message.body, message.headers),
        Err(TransportError::Status { code, body }) => (
            StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY),
            body,
            Vec::new(),
        ),
        Err(error) => (
            StatusCode::BAD_GATEWAY,
            format!("relay: {error}").into_bytes(),
            Vec::new(),
        ),
    };
    let mut response = (status, body).into_response();
    for (name, value) in headers {
        if name.eq_ignore_ascii_case("content-type") {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(header::CONTENT_TYPE, value);
            }
        }
    }
    response
}

/// A reply that never comes: the response's body fails before its first byte, so the server
/// closes the connection without writing anything (not even a status line).
pub(crate) fn dropped_connection() -> Response {
    Response::new(Body::new(Broken))
}

/// HTTP 503, before anything was processed.
pub(crate) fn server_error() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "injected fault: server error before processing; nothing was done",
    )
        .into_response()
}

/// A body whose first frame is an error.
struct Broken;

impl http_body::Body for Broken {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        std::task::Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "injected fault: connection dropped",
        ))))
    }
}

/// The amount a pay or unified order is charged: the one asked, unless
/// [`MoneyFault::OtherAmountReply`] (a pay) or [`MoneyFault::OtherAmountNotification`] (a unified
/// order) strikes: then 100 times it, or one time in five -1 minor unit. The ledger keeps what
/// was charged, so the pay and query replies and the notification state it, signed by the
/// spec's rule. Only where such an answer states the amount (otherwise nobody could notice).
pub(crate) fn charged_amount(
    faults: Option<&Faults>,
    module: &ProviderModule,
    op: &OperationDescriptor,
    order_id: &str,
    asked: Option<WireAmount>,
    creds: &dyn Credentials,
) -> Option<WireAmount> {
    let (Some(faults), Some(money)) = (faults, asked.as_ref().and_then(|a| a.money)) else {
        return asked;
    };
    let states_amount =
        |fields: &[UnifiedField]| fields.iter().any(|f| f.role == UnifiedRole::Amount);
    let fault = match op.role {
        OperationRole::Pay if states_amount(op.response_unified) => MoneyFault::OtherAmountReply,
        OperationRole::UnifiedOrder
            if notify_operation(module).is_some_and(|n| states_amount(n.request_unified)) =>
        {
            MoneyFault::OtherAmountNotification
        }
        _ => return asked,
    };
    let key = [module.provider.name, order_id];
    let minor = if faults.pick(fault, &key) < 0.2 {
        -1
    } else {
        money.minor().saturating_mul(100)
    };
    let field = op
        .request_unified
        .iter()
        .find(|f| f.role == UnifiedRole::Amount);
    let other =
        field.and_then(|f| wire_amount(f, Money::from_minor(minor, money.currency()), creds));
    match other {
        Some(other) if faults.strikes(fault, &key) => {
            tracing::info!(
                fault = fault.as_str(),
                minor,
                "injected fault: charged another amount"
            );
            Some(other)
        }
        _ => asked,
    }
}

/// `money` as the member `field` carries it.
pub(crate) fn wire_amount(
    field: &UnifiedField,
    money: Money,
    creds: &dyn Credentials,
) -> Option<WireAmount> {
    let mut scratch = payspec_core::json::Object::new();
    unified::write(&mut scratch, field, UnifiedValue::Money(money), creds).ok()?;
    Some(WireAmount {
        value: scratch.remove(field.wire)?,
        format: field.format,
        money: Some(money),
    })
}

/// splitmix64: a tiny, well-mixed generator (one 64-bit state), enough for test plans.
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.state)
    }

    /// Uniform in `0.0..1.0`.
    pub fn unit(&mut self) -> f64 {
        // The top 53 bits: every value exactly representable.
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (`0` when `n` is zero).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            // Multiply-shift: no modulo bias worth speaking of for test plans.
            ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
        }
    }

    /// `true` with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A uniform number in `0.0..1.0` from the seed and the call's identity.
fn unit_of(seed: u64, texts: &[&str], op: u64, n: u32) -> f64 {
    // FNV-1a over the texts (each followed by a separator), then mixed with the rest.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        for byte in text.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(byte);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let mut rng = SplitMix64::new(seed ^ mix(h ^ (op << 32) ^ u64::from(n)));
    rng.unit()
}

//! The simulated provider's asynchronous notifications, built from the specs alone.
//!
//! A provider's `UnifiedOrder` operation (Pooul's `unified_order`, alipay.jsapi) creates a
//! `NotPaid` trade carrying the request's notify url (its `NotifyUrl` unified member). After
//! [`Notifications::pay_after`] the simulated customer pays: the trade becomes `Success`, and
//! the sandbox POSTs the provider's notification (its inbound `Notify` operation) to the notify
//! url, again on the spec's redelivery schedule ([`Notifications::redelivery_waits`]) until a delivery is answered the operation's
//! `ack` (Pooul: plain text `success`). [`Notifications::duplicates`] sends every delivery that
//! many extra times, one after the other or all at once ([`Notifications::concurrent`]), as
//! real providers do.
//!
//! The notification is built generically from the inbound operation: the trade's unified members
//! (order id, provider trade id, amount, trade state, paid time) in the notification's wire
//! formats, the spec's `ok` answer fields, members echoed from the unified order's request (by
//! wire name, or by unified role where the names differ), the merchant's non-secret config, the
//! operation's request defaults; a member the typed notification requires that nothing supplies
//! is made up (a nonce where a layout of the provider fills that member with a nonce, else the
//! provider trade id: Pooul's `nonce_str` and `out_trade_id`). Only members the operation lists
//! are sent. It is encoded with [`codec::encode_request`] over the notification layout, which
//! signs an inbound operation's message as the *provider's* (so `decode_request` verifies it
//! with the same rule, and sends it unsigned for a spec whose replies are unsigned); the
//! envelope status (`code` 0 for Pooul) is the spec's `ok` answer, added to the envelope, and
//! the message is signed again over the final bytes.
//!
//! Providers without an inbound operation send no notification: the ScanForPay, Fubei and BJRCB
//! specs describe none (ScanForPay and Fubei take a `notify_url` on pay, but their documents
//! give no notification format), so their trades are never notified, whatever the request says.
//! Only trades made by a `UnifiedOrder` operation are paid by the simulated customer and
//! notified; a micropay trade is final in its own reply or queries.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use payspec_client::transport::{HttpCall, HttpTransport, Transport, TransportError};
use payspec_client::TransportConfig;
use payspec_core::codec::{self, EncodeContext, EnvelopeStatus, Message};
use payspec_core::descriptor::{
    Direction, EnvelopeNode, Fill, Layout, NodeKind, OperationDescriptor, OperationRole, Placement,
    ProviderDescriptor, ProviderModule, ReplySigning, StatusPart, UnifiedField, UnifiedRole,
    ValueFormat,
};
use payspec_core::json::{Json, Object};
use payspec_core::unified::{self, UnifiedValue};
use payspec_core::{Credentials, Error, Money, Timestamp, TradeStatus};
use tokio::sync::watch;
use tracing::Instrument;

use super::faults::wire_amount;
use super::ledger::{Ledger, Trade};
use super::reply::state_entry;
use super::scenario::Scenario;

/// When the simulated customer pays a unified order, and how its notification is delivered.
/// The provider's facts — the time it allows for an answer and its redelivery schedule — come
/// from the inbound operation's spec (`delivery`); these settings can only compress them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notifications {
    /// The customer pays this long after the unified order (then the first delivery is made).
    pub pay_after: Duration,
    /// `None`: the spec's redelivery waits. `Some(step)`: as many deliveries, every wait `step`
    /// (tests and demos against a local merchant).
    pub compressed_to: Option<Duration>,
    /// Every delivery is sent this many extra times (duplicates), acknowledged or not.
    pub duplicates: u32,
    /// Send a delivery's copies all at once rather than one after the other.
    pub concurrent: bool,
    /// `None`: the time the spec allows for an answer (`delivery.answer_within`). `Some`: this
    /// instead (a test whose merchant is meant to time out sooner).
    pub answer_within: Option<Duration>,
}

impl Notifications {
    /// The same number of deliveries with every wait (the customer's too) replaced by `step`.
    pub fn compressed(mut self, step: Duration) -> Notifications {
        self.pay_after = step;
        self.compressed_to = Some(step);
        self
    }

    /// The waits before each redelivery of `op`: the spec's, or `step` each when compressed.
    pub fn redelivery_waits(&self, op: &OperationDescriptor) -> Vec<Duration> {
        let spec = op.delivery.map(|d| d.redelivery).unwrap_or(&[]);
        match self.compressed_to {
            Some(step) => vec![step; spec.len()],
            None => spec.to_vec(),
        }
    }

    /// The time one delivery of `op` may take before it counts as unanswered.
    pub fn answer_within(&self, op: &OperationDescriptor) -> Option<Duration> {
        self.answer_within
            .or_else(|| op.delivery.map(|d| d.answer_within))
    }
}

impl Default for Notifications {
    /// Paid after 2 s; the spec's schedule and answer time; no duplicates.
    fn default() -> Self {
        Notifications {
            pay_after: Duration::from_secs(2),
            compressed_to: None,
            duplicates: 0,
            concurrent: false,
            answer_within: None,
        }
    }
}

/// One copy of one notification, as sent and answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub provider: &'static str,
    pub order_id: String,
    /// 1 for the first delivery, 2 for the first redelivery…
    pub attempt: u32,
    /// 0 for the delivery itself, 1.. for its duplicates.
    pub copy: u32,
    /// The HTTP status answered, if any.
    pub http_status: Option<u16>,
    /// The answer's body (its first 200 characters), or the transport error.
    pub answer: String,
    /// Whether the answer was the operation's `ack`.
    pub acknowledged: bool,
}

/// Every delivery the sandbox made, oldest first. Cloning shares.
#[derive(Debug, Clone, Default)]
pub struct Deliveries {
    inner: Arc<Mutex<Vec<Delivery>>>,
}

impl Deliveries {
    pub fn all(&self) -> Vec<Delivery> {
        self.lock().clone()
    }

    /// The deliveries of one trade, oldest first.
    pub fn of(&self, provider: &str, order_id: &str) -> Vec<Delivery> {
        self.lock()
            .iter()
            .filter(|d| d.provider == provider && d.order_id == order_id)
            .cloned()
            .collect()
    }

    /// Whether a delivery of this trade's notification was acknowledged.
    pub fn acknowledged(&self, provider: &str, order_id: &str) -> bool {
        self.lock()
            .iter()
            .any(|d| d.provider == provider && d.order_id == order_id && d.acknowledged)
    }

    fn push(&self, delivery: Delivery) {
        self.lock().push(delivery);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Delivery>> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The provider's inbound notification operation, if its spec has one.
pub fn notify_operation(module: &ProviderModule) -> Option<&'static OperationDescriptor> {
    module
        .operations
        .iter()
        .copied()
        .find(|op| op.direction == Direction::Inbound && op.role == OperationRole::Notify)
}

/// A notification message with the spec's `ok` envelope status (what the sandbox sends).
pub fn encode_notification(
    module: &ProviderModule,
    op: &OperationDescriptor,
    content: &Object,
    creds: &dyn Credentials,
) -> Result<Message, Error> {
    let ok = &super::answers(module)?.ok;
    let status = EnvelopeStatus {
        code: ok.code.map(payspec_core::Text::from),
        message: ok.message.map(payspec_core::Text::from),
        sub_code: ok.sub_code.map(payspec_core::Text::from),
        business: None,
    };
    encode_notification_with_status(module.provider, op, &status, content, creds)
}

/// A notification message of inbound operation `op` with `content` and the envelope `status`,
/// signed as the provider signs it (nothing signed when its spec says replies are unsigned).
pub fn encode_notification_with_status(
    provider: &ProviderDescriptor,
    op: &OperationDescriptor,
    status: &EnvelopeStatus,
    content: &Object,
    creds: &dyn Credentials,
) -> Result<Message, Error> {
    if op.direction != Direction::Inbound {
        return Err(Error::Descriptor(format!(
            "operation `{}` is not an inbound (notification) operation",
            op.name
        )));
    }
    let ctx = EncodeContext::try_fresh()?;
    let message = codec::encode_request(provider, op, content, creds, &ctx)?;
    with_status(provider, op.request, message, status, creds)
}

/// A paid notification of `module` for a trade it may not have: order `order_id`, provider
/// trade id `trade_id`, `amount`, built like the sandbox's own notifications ([`content`]) and
/// signed with `creds` by the spec's rule. What a provider sends when it notifies a trade
/// twice, or one that is not its own (the chaos engine's money faults deliver it). `None`: the
/// provider has no notification, or its amount cannot be written.
pub fn paid_notification(
    module: &'static ProviderModule,
    order_id: &str,
    trade_id: &str,
    amount: Money,
    creds: &dyn Credentials,
) -> Result<Option<Message>, Error> {
    let Some(op) = notify_operation(module) else {
        return Ok(None);
    };
    let field = op
        .request_unified
        .iter()
        .find(|f| f.role == UnifiedRole::Amount);
    let Some(amount) = field.and_then(|f| wire_amount(f, amount, creds)) else {
        return Ok(None);
    };
    let trade = Trade {
        provider: module.provider.name,
        order_id: order_id.to_owned(),
        provider_trade_id: trade_id.to_owned(),
        amount: Some(amount),
        scenario: Scenario::Success,
        status: TradeStatus::Success,
        queries: 0,
        reverse_calls: 0,
        paid_at: Some(Timestamp::now().unix()),
        request: Object::new(),
    };
    let ctx = EncodeContext::try_fresh()?;
    let content = content(module, op, &trade, creds, &ctx.nonce);
    encode_notification(module, op, &content, creds).map(Some)
}

/// Adds the envelope status to an encoded message (whose encoder has no status for requests) and
/// signs the result again over its final bytes.
fn with_status(
    provider: &ProviderDescriptor,
    layout: &Layout,
    message: Message,
    status: &EnvelopeStatus,
    creds: &dyn Credentials,
) -> Result<Message, Error> {
    let mut doc = match serde_json::from_slice::<Json>(&message.body) {
        Ok(Json::Object(doc)) => doc,
        _ => {
            return Err(Error::Encode(format!(
                "layout `{}` does not encode to a JSON object",
                layout.name
            )))
        }
    };
    let mut added = false;
    insert_status(layout.nodes, &mut doc, status, &mut added)?;
    if !added {
        return Ok(message);
    }
    let recipe = &provider.signing;
    if let Placement::Field(name) = recipe.placement {
        doc.remove(name);
    }
    let to_body = |doc: &Object| {
        serde_json::to_vec(doc).map_err(|e| Error::Encode(format!("notification: {e}")))
    };
    let body = to_body(&doc)?;
    let mut headers = message.headers;
    if recipe.replies == ReplySigning::Unsigned {
        return Ok(Message { body, headers });
    }
    let signature = codec::signature_for(provider, layout, &body, creds)?;
    match recipe.placement {
        Placement::Field(name) => {
            doc.insert(name.to_owned(), Json::String(signature));
            Ok(Message {
                body: to_body(&doc)?,
                headers,
            })
        }
        Placement::Header {
            name,
            prefix_config,
        } => {
            for (header, value) in &mut headers {
                if header.eq_ignore_ascii_case(name) {
                    *value = match (prefix_config, value.rsplit_once(' ')) {
                        (Some(_), Some((prefix, _))) => format!("{prefix} {signature}"),
                        _ => signature.clone(),
                    };
                }
            }
            Ok(Message { body, headers })
        }
    }
}

fn insert_status(
    nodes: &[EnvelopeNode],
    object: &mut Object,
    status: &EnvelopeStatus,
    added: &mut bool,
) -> Result<(), Error> {
    for node in nodes {
        match &node.kind {
            NodeKind::Status(part) | NodeKind::BusinessStatus(part) => {
                let business = matches!(node.kind, NodeKind::BusinessStatus(_));
                let (code, message, sub_code) = match (&status.business, business) {
                    (_, false) => (&status.code, &status.message, &status.sub_code),
                    (Some(level), true) => (&level.code, &level.message, &level.sub_code),
                    (None, true) => continue,
                };
                let text = match part {
                    StatusPart::Code { .. } => code.as_deref(),
                    StatusPart::Message => message.as_deref(),
                    StatusPart::SubCode => sub_code.as_deref(),
                };
                let Some(text) = text else { continue };
                let value = match part {
                    StatusPart::Code { integer: true } => Json::Number(
                        payspec_core::json::Number::from_literal(text).map_err(|_| {
                            Error::Encode(format!(
                                "status member `{}` must be a number, got `{text}`",
                                node.wire
                            ))
                        })?,
                    ),
                    _ => Json::String(text.to_owned()),
                };
                if !object.contains_key(node.wire) {
                    object.insert(node.wire.to_owned(), value);
                    *added = true;
                }
            }
            NodeKind::Object(children) => {
                if let Some(Json::Object(inner)) = object.get_mut(node.wire) {
                    insert_status(children, inner, status, added)?;
                }
            }
            NodeKind::Content(_) | NodeKind::Fill(_) | NodeKind::Signature => {}
        }
    }
    Ok(())
}

/// The notification's content for a paid trade (see the module doc for the precedence).
fn content(
    module: &ProviderModule,
    op: &OperationDescriptor,
    trade: &Trade,
    creds: &dyn Credentials,
    nonce: &str,
) -> Object {
    let listed = |wire: &str| op.request_fields.contains(&wire);
    let mut out = Object::new();
    let put = |out: &mut Object, wire: &str, value: Json| {
        if listed(wire) && !out.contains_key(wire) {
            out.insert(wire.to_owned(), value);
        }
    };
    for field in op.request_unified {
        if let Some(value) = unified_value(module.provider, trade, field, creds) {
            put(&mut out, field.wire, value);
        }
    }
    let ok_fields = module.sandbox.map_or(&[][..], |answers| answers.ok.fields);
    for (wire, json) in ok_fields {
        if let Ok(value) = Json::parse(json) {
            put(&mut out, wire, value);
        }
    }
    let order_unified = module
        .operation(OperationRole::UnifiedOrder)
        .map_or(&[][..], |o| o.request_unified);
    let secret = |wire: &str| {
        order_unified
            .iter()
            .any(|f| f.role == UnifiedRole::AuthCode && f.wire == wire)
    };
    for (wire, value) in &trade.request {
        if !secret(wire) {
            put(&mut out, wire, value.clone());
        }
    }
    for field in op.request_unified {
        let same_role = order_unified
            .iter()
            .find(|f| f.role == field.role && f.role != UnifiedRole::AuthCode);
        if let Some(value) = same_role.and_then(|f| trade.request.get(f.wire)) {
            put(&mut out, field.wire, value.clone());
        }
    }
    for key in module.config.iter().filter(|k| !k.sensitive) {
        if let Some(value) = creds.value(key.key) {
            put(&mut out, key.key, Json::String(value.to_owned()));
        }
    }
    for default in op.request_defaults {
        if let Ok(value) = Json::parse(default.json) {
            put(&mut out, default.wire, value);
        }
    }
    fill_required(module, op, &mut out, trade, nonce);
    out
}

/// Members the typed notification requires that nothing supplied: a nonce where a layout of the
/// provider fills the member with one, else the provider trade id (the simulated third-party
/// trade number). One missing member at a time, as the typed check reports them.
fn fill_required(
    module: &ProviderModule,
    op: &OperationDescriptor,
    out: &mut Object,
    trade: &Trade,
    nonce: &str,
) {
    for _ in 0..=op.request_fields.len() {
        let Err(violations) = (module.check_request)(op.name, &Json::Object(out.clone())) else {
            return;
        };
        let missing = violations
            .0
            .iter()
            .find_map(|v| missing_member(&v.message))
            .and_then(|name| op.request_fields.iter().copied().find(|f| *f == name));
        let Some(name) = missing.filter(|name| !out.contains_key(*name)) else {
            return;
        };
        let value = match nonce_length(module, name) {
            Some(len) => nonce.chars().take(len).collect(),
            None => trade.provider_trade_id.clone(),
        };
        out.insert(name.to_owned(), Json::String(value));
    }
}

/// The member a serde "missing field `x`" message names.
fn missing_member(message: &str) -> Option<&str> {
    let rest = message.split("missing field `").nth(1)?;
    rest.split('`').next()
}

/// The length of the nonce some layout of the provider fills member `wire` with.
fn nonce_length(module: &ProviderModule, wire: &str) -> Option<usize> {
    fn find(nodes: &[EnvelopeNode], wire: &str) -> Option<usize> {
        nodes.iter().find_map(|node| match &node.kind {
            NodeKind::Fill(Fill::Nonce(len)) if node.wire == wire => Some(*len),
            NodeKind::Object(children) => find(children, wire),
            _ => None,
        })
    }
    module.operations.iter().find_map(|op| {
        find(op.request.nodes, wire).or_else(|| op.response.and_then(|l| find(l.nodes, wire)))
    })
}

/// A unified member from the ledger, in the notification's wire format.
fn unified_value(
    provider: &ProviderDescriptor,
    trade: &Trade,
    field: &UnifiedField,
    creds: &dyn Credentials,
) -> Option<Json> {
    let written = |value: UnifiedValue<'_>| {
        let mut scratch = Object::new();
        unified::write(&mut scratch, field, value, creds).ok()?;
        scratch.remove(field.wire)
    };
    match field.role {
        UnifiedRole::OrderId => written(UnifiedValue::Text(&trade.order_id)),
        UnifiedRole::ProviderTradeId => written(UnifiedValue::Text(&trade.provider_trade_id)),
        UnifiedRole::Amount => {
            let amount = trade.amount.as_ref()?;
            let same = match (amount.format, field.format) {
                (ValueFormat::Minor { .. }, ValueFormat::Minor { .. }) => true,
                (a, b) => a == b,
            };
            if same {
                Some(amount.value.clone())
            } else {
                written(UnifiedValue::Money(amount.money?))
            }
        }
        UnifiedRole::TradeState => {
            let entry = state_entry(provider, trade.status)?;
            written(UnifiedValue::Text(entry.wire))
        }
        UnifiedRole::PaidAt => {
            super::reply::time_value(trade.paid_at?, field.format, provider.utc_offset_minutes)
        }
        _ => None,
    }
}

/// One delivery, counted as unanswered (`Timeout`) once the provider's answer time is up.
async fn send_within(
    transport: &HttpTransport,
    call: HttpCall,
    limit: Option<Duration>,
) -> Result<Message, TransportError> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, transport.send(call))
            .await
            .unwrap_or(Err(TransportError::Timeout)),
        None => transport.send(call).await,
    }
}

/// The longest any one delivery may take, whatever a spec or a setting says.
const DELIVERY_CEILING: Duration = Duration::from_secs(60);

/// Pays unified orders after a while and delivers their notifications; shared by the server.
#[derive(Debug)]
pub(crate) struct Notifier {
    ledger: Ledger,
    credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
    settings: Notifications,
    deliveries: Deliveries,
    transport: HttpTransport,
    /// `true` (or the sender gone) once the sandbox shuts down: pending deliveries stop.
    stop: watch::Receiver<bool>,
}

impl Notifier {
    pub(crate) fn new(
        ledger: Ledger,
        credentials: BTreeMap<&'static str, BTreeMap<String, String>>,
        settings: Notifications,
        deliveries: Deliveries,
        stop: watch::Receiver<bool>,
    ) -> Result<Notifier, TransportError> {
        // Each delivery is bounded by its operation's answer time (`Notifier::attempt`); the
        // transport's own limits only stop a connection that hangs past any provider's.
        let transport = HttpTransport::new(TransportConfig {
            connect_timeout: DELIVERY_CEILING,
            total_timeout: DELIVERY_CEILING,
            max_body_bytes: 64 * 1024,
        })?;
        Ok(Notifier {
            ledger,
            credentials,
            settings,
            deliveries,
            transport,
            stop,
        })
    }

    /// Called once a unified order created `trade`: the customer pays it after a while, then
    /// its notification is delivered. Nothing happens for a provider without an inbound
    /// notification operation, or a request without a notify url.
    pub(crate) fn start(self: &Arc<Self>, module: &'static ProviderModule, trade: &Trade) {
        let provider = module.provider.name;
        let Some(op) = notify_operation(module) else {
            tracing::debug!("the spec describes no notification: none is sent");
            return;
        };
        let url = module
            .operation(OperationRole::UnifiedOrder)
            .and_then(|o| {
                o.request_unified
                    .iter()
                    .find(|f| f.role == UnifiedRole::NotifyUrl)
            })
            .and_then(|f| unified::read_text(&trade.request, f.wire));
        let Some(url) = url else {
            tracing::warn!("the unified order carries no notify url: no notification is sent");
            return;
        };
        // A root span: the deliveries outlive the request that made the order.
        let span = tracing::info_span!(
            parent: None,
            "sandbox_notify",
            provider,
            operation = op.name,
            order_id = %trade.order_id,
        );
        let notifier = Arc::clone(self);
        let order_id = trade.order_id.clone();
        tokio::spawn(async move { notifier.run(module, op, order_id, url).await }.instrument(span));
    }

    async fn run(
        &self,
        module: &'static ProviderModule,
        op: &'static OperationDescriptor,
        order_id: String,
        url: String,
    ) {
        let provider = module.provider.name;
        if !self.pause(self.settings.pay_after).await {
            return;
        }
        let trade = {
            let mut ledger = self.ledger.lock();
            let Some(trade) = ledger.find_mut(provider, Some(&order_id), None) else {
                return;
            };
            if !matches!(trade.status, TradeStatus::NotPaid | TradeStatus::Paying) {
                tracing::info!(
                    status = trade.status.as_str(),
                    "the order is no longer payable: no notification"
                );
                return;
            }
            trade.status = TradeStatus::Success;
            trade.paid_at = Some(Timestamp::now().unix());
            trade.clone()
        };
        tracing::info!("the customer paid");
        let Some(creds) = self.credentials.get(provider) else {
            tracing::error!("no credentials: the notification cannot be signed");
            return;
        };
        let message = EncodeContext::try_fresh().and_then(|ctx| {
            let content = content(module, op, &trade, creds, &ctx.nonce);
            if let Err(violations) = (module.check_request)(op.name, &Json::Object(content.clone()))
            {
                let fields: Vec<&str> = violations.0.iter().map(|v| v.field.as_str()).collect();
                tracing::warn!(?fields, "the notification does not pass the typed check");
            }
            encode_notification(module, op, &content, creds)
        });
        let message = match message {
            Ok(message) => message,
            Err(error) => {
                tracing::error!(%error, "the notification cannot be built");
                return;
            }
        };
        let Some(ack) = op.ack else {
            tracing::error!("the spec gives no acknowledgement text: no notification is sent");
            return;
        };
        let answer_within = self.settings.answer_within(op);
        let waits = std::iter::once(Duration::ZERO).chain(self.settings.redelivery_waits(op));
        for (attempt, wait) in (1u32..).zip(waits) {
            if attempt > 1 && !self.pause(wait).await {
                return;
            }
            if self.stopped() {
                return;
            }
            let call = HttpCall {
                provider,
                operation: op.name,
                method: op.http_method,
                url: url.clone(),
                message: message.clone(),
            };
            if self
                .attempt(&order_id, attempt, call, ack, answer_within)
                .await
            {
                tracing::info!(attempt, "notification acknowledged");
                return;
            }
            tracing::info!(attempt, "notification not acknowledged");
        }
        tracing::warn!("no delivery was acknowledged: the provider gives up");
    }

    /// One delivery and its duplicates; `true` if any copy was acknowledged.
    async fn attempt(
        &self,
        order_id: &str,
        attempt: u32,
        call: HttpCall,
        ack: &str,
        answer_within: Option<Duration>,
    ) -> bool {
        let copies = 1 + self.settings.duplicates;
        let mut results = Vec::new();
        if self.settings.concurrent && copies > 1 {
            let mut set = tokio::task::JoinSet::new();
            for copy in 0..copies {
                let transport = self.transport.clone();
                let call = call.clone();
                set.spawn(
                    async move { (copy, send_within(&transport, call, answer_within).await) },
                );
            }
            while let Some(joined) = set.join_next().await {
                if let Ok(result) = joined {
                    results.push(result);
                }
            }
            results.sort_by_key(|(copy, _)| *copy);
        } else {
            for copy in 0..copies {
                let sent = send_within(&self.transport, call.clone(), answer_within).await;
                results.push((copy, sent));
            }
        }
        let mut acknowledged = false;
        for (copy, result) in results {
            let (http_status, answer, acked) = match result {
                Ok(reply) => {
                    let text = String::from_utf8_lossy(&reply.body).into_owned();
                    let acked = text.trim() == ack;
                    (Some(200), text, acked)
                }
                Err(TransportError::Status { code, body }) => (
                    Some(code),
                    String::from_utf8_lossy(&body).into_owned(),
                    false,
                ),
                Err(error) => (None, error.to_string(), false),
            };
            acknowledged |= acked;
            self.deliveries.push(Delivery {
                provider: call.provider,
                order_id: order_id.to_owned(),
                attempt,
                copy,
                http_status,
                answer: answer.chars().take(200).collect(),
                acknowledged: acked,
            });
        }
        acknowledged
    }

    fn stopped(&self) -> bool {
        *self.stop.borrow() || self.stop.has_changed().is_err()
    }

    /// Waits `duration`; `false` if the sandbox shut down meanwhile.
    async fn pause(&self, duration: Duration) -> bool {
        if self.stopped() {
            return false;
        }
        let mut stop = self.stop.clone();
        tokio::select! {
            () = tokio::time::sleep(duration) => !self.stopped(),
            _ = stop.wait_for(|stopped| *stopped) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_missing_member_is_read_from_serde_text() {
        assert_eq!(
            missing_member("does not fit the operation's fields: missing field `nonce_str`"),
            Some("nonce_str")
        );
        assert_eq!(missing_member("invalid type: string"), None);
    }

    #[test]
    fn the_schedule_is_the_specs_and_compressing_keeps_the_number_of_deliveries() {
        let op = &payspec_generated::pooul::notify::OPERATION;
        let spec = op
            .delivery
            .expect("pooul's notify says how it is delivered");
        let published = Notifications::default().redelivery_waits(op);
        assert_eq!(published, spec.redelivery);
        assert_eq!(published.len() + 1, 10, "ten deliveries in all");
        let total: Duration = published.iter().sum();
        assert_eq!(total, Duration::from_secs(11_040), "about three hours");
        assert_eq!(
            Notifications::default().answer_within(op),
            Some(Duration::from_secs(5))
        );
        let fast = Notifications::default().compressed(Duration::from_millis(20));
        let waits = fast.redelivery_waits(op);
        assert_eq!(waits.len(), published.len());
        assert!(waits.iter().all(|d| *d == Duration::from_millis(20)));
    }
}

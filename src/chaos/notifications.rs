//! The notification side of a chaos run: unified orders (for providers whose spec has one and a
//! notification), paid by the sandbox's simulated customer and notified through the fault
//! relay (duplicated, held back) to the merchant's notification handler ([`crate::notify`]),
//! which applies them to the run's journal. A counting journal wrapper records what each
//! `apply_notification` answered, so that a notification applied twice is seen.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use payspec_runtime::codec::{self, EncodeContext};
use payspec_runtime::descriptor::{OperationRole, ProviderModule, UnifiedRole};
use payspec_runtime::journal::recording::{auth_code_hint, now_ms};
use payspec_runtime::journal::{
    Journal, JournalError, Notification, NotificationApplied, OutcomeKind, PaymentRecord,
    StepRecord,
};
use payspec_runtime::transport::{BoxFuture, HttpCall, Transport};
use payspec_runtime::unified::{self, UnifiedValue};
use payspec_runtime::{Classification, Error, PayIntent, ReqwestTransport};
use serde_json::{Map, Value};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::notify::{self, NotifySettings, SharedCredentials};
use crate::sandbox::faults::{notification_relay, relay_url, Faults};
use crate::sandbox::SandboxHandle;

/// Whether `module` can take a unified order that is notified: a unified-order operation and an
/// inbound notification the merchant can serve.
pub fn notifies(module: &ProviderModule) -> bool {
    module.operation(OperationRole::UnifiedOrder).is_some() && notify::path_of(module).is_some()
}

/// What `apply_notification` answered, per `(provider, order id)`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub applied: usize,
    pub duplicate: usize,
    pub unknown_trade: usize,
    pub conflict: usize,
}

type Tally = Arc<Mutex<BTreeMap<(String, String), Applied>>>;

/// A [`Journal`] that forwards everything and counts the answers to `apply_notification`.
struct Counting {
    inner: Arc<dyn Journal>,
    tally: Tally,
}

impl Journal for Counting {
    fn open<'a>(&'a self, record: &'a PaymentRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.open(record)
    }
    fn open_leased<'a>(
        &'a self,
        record: &'a PaymentRecord,
        owner: &'a str,
        lease_until_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.open_leased(record, owner, lease_until_ms)
    }
    fn step<'a>(&'a self, step: &'a StepRecord) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.step(step)
    }
    fn close<'a>(
        &'a self,
        order_id: &'a str,
        outcome: OutcomeKind,
        detail: Option<&'a str>,
        at_ms: i64,
    ) -> BoxFuture<'a, Result<(), JournalError>> {
        self.inner.close(order_id, outcome, detail, at_ms)
    }
    fn get<'a>(
        &'a self,
        order_id: &'a str,
    ) -> BoxFuture<'a, Result<Option<(PaymentRecord, Vec<StepRecord>)>, JournalError>> {
        self.inner.get(order_id)
    }
    fn list<'a>(&'a self, limit: usize) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        self.inner.list(limit)
    }
    fn claim_open<'a>(
        &'a self,
        owner: &'a str,
        now_ms: i64,
        lease_ms: i64,
        limit: usize,
    ) -> BoxFuture<'a, Result<Vec<PaymentRecord>, JournalError>> {
        self.inner.claim_open(owner, now_ms, lease_ms, limit)
    }
    fn apply_notification<'a>(
        &'a self,
        notification: &'a Notification,
    ) -> BoxFuture<'a, Result<NotificationApplied, JournalError>> {
        Box::pin(async move {
            let answer = self.inner.apply_notification(notification).await;
            if let Ok(applied) = &answer {
                let key = (notification.provider.clone(), notification.order_id.clone());
                let mut tally = self.tally.lock().unwrap_or_else(PoisonError::into_inner);
                let entry = tally.entry(key).or_default();
                match applied {
                    NotificationApplied::Applied => entry.applied += 1,
                    NotificationApplied::Duplicate => entry.duplicate += 1,
                    NotificationApplied::UnknownTrade => entry.unknown_trade += 1,
                    NotificationApplied::Conflict => entry.conflict += 1,
                }
            }
            answer
        })
    }
}

/// The merchant's notification endpoint and the faulty hop in front of it, both on loopback.
pub struct Rig {
    relay: SocketAddr,
    tally: Tally,
    tasks: Vec<JoinHandle<()>>,
}

impl Rig {
    /// Serves the merchant's handler (applying to `journal`, verified with the sandbox's
    /// credentials) and the relay in front of it (holding reordered deliveries for `hold`).
    pub async fn start(
        modules: &[&'static ProviderModule],
        sandbox: &SandboxHandle,
        journal: Arc<dyn Journal>,
        faults: Arc<Faults>,
        hold: Duration,
    ) -> std::io::Result<Rig> {
        let tally: Tally = Arc::default();
        let counting: Arc<dyn Journal> = Arc::new(Counting {
            inner: journal,
            tally: Arc::clone(&tally),
        });
        let creds: BTreeMap<String, SharedCredentials> = modules
            .iter()
            .filter_map(|m| {
                let creds = sandbox.credentials(m.provider.name)?.clone();
                Some((
                    m.provider.name.to_owned(),
                    Arc::new(creds) as SharedCredentials,
                ))
            })
            .collect();
        let merchant = notify::router(modules, creds, counting, NotifySettings::default());
        let (merchant_addr, merchant_task) = serve(merchant).await?;
        let relay = notification_relay(faults, format!("http://{merchant_addr}"), hold);
        let (relay, relay_task) = serve(relay).await?;
        Ok(Rig {
            relay,
            tally,
            tasks: vec![merchant_task, relay_task],
        })
    }

    /// The notify url of `order_id`: through the relay to the merchant's handler.
    pub fn notify_url(&self, module: &ProviderModule, order_id: &str) -> Option<String> {
        let path = notify::path_of(module)?;
        Some(relay_url(self.relay, module.provider.name, order_id, &path))
    }

    /// What `apply_notification` answered so far, per `(provider, order id)`.
    pub fn applied(&self) -> BTreeMap<(String, String), Applied> {
        self.tally
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

async fn serve(router: axum::Router) -> std::io::Result<(SocketAddr, JoinHandle<()>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            tracing::error!(%error, "chaos: a loopback server stopped");
        }
    });
    Ok((addr, task))
}

/// Records the order in the journal (open, no pay step: the order is paid by the customer, and
/// the notification closes it), then places the unified order with the provider. `Err`: the
/// journal refused it (nothing sent) or the order was not accepted.
pub async fn place_order(
    module: &'static ProviderModule,
    creds: &BTreeMap<String, String>,
    base_url: &str,
    transport: &ReqwestTransport,
    journal: &dyn Journal,
    intent: &PayIntent,
) -> Result<(), String> {
    let started = now_ms();
    journal
        .open(&PaymentRecord {
            order_id: intent.order_id.clone(),
            provider: module.provider.name.to_owned(),
            amount_minor: intent.amount.minor(),
            currency: intent.amount.currency().code().to_owned(),
            auth_code_hint: auth_code_hint(""),
            started_at_ms: started,
            outcome: None,
            detail: None,
            updated_at_ms: started,
        })
        .await
        .map_err(|e| e.to_string())?;
    let sent = send_order(module, creds, base_url, transport, intent).await;
    sent.map_err(|e| e.to_string())
}

/// The unified order, built from the operation's unified fields and defaults (as the gateway
/// builds a pay), signed, sent and verified.
async fn send_order(
    module: &'static ProviderModule,
    creds: &BTreeMap<String, String>,
    base_url: &str,
    transport: &ReqwestTransport,
    intent: &PayIntent,
) -> Result<(), Error> {
    let op = module
        .operation(OperationRole::UnifiedOrder)
        .ok_or(Error::Unsupported {
            provider: module.provider.name,
            step: "unified order",
        })?;
    let mut content = Map::new();
    for field in op.request_unified {
        let value = match field.role {
            UnifiedRole::OrderId => UnifiedValue::Text(&intent.order_id),
            UnifiedRole::Amount => UnifiedValue::Money(intent.amount),
            UnifiedRole::Subject => UnifiedValue::Text(&intent.subject),
            UnifiedRole::Description => match &intent.description {
                Some(d) => UnifiedValue::Text(d),
                None => continue,
            },
            UnifiedRole::DeviceId => match &intent.device_id {
                Some(d) => UnifiedValue::Text(d),
                None => continue,
            },
            UnifiedRole::NotifyUrl => match &intent.notify_url {
                Some(url) => UnifiedValue::Text(url),
                None => continue,
            },
            _ => continue,
        };
        unified::write(&mut content, field, value, creds)?;
    }
    for default in op.request_defaults {
        if !content.contains_key(default.wire) {
            let value: Value = serde_json::from_str(default.json)
                .map_err(|e| Error::Encode(format!("default of `{}`: {e}", default.wire)))?;
            content.insert(default.wire.to_owned(), value);
        }
    }
    let content = Value::Object(content);
    (module.check_request)(op.name, &content).map_err(Error::Invalid)?;
    let message = codec::encode_request(
        module.provider,
        op,
        &content,
        creds,
        &EncodeContext::try_fresh()?,
    )?;
    let reply = transport
        .send(HttpCall {
            provider: module.provider.name,
            operation: op.name,
            method: op.http_method,
            url: format!("{base_url}{}", op.path),
            message,
        })
        .await?;
    let reply = codec::decode_response::<Map<String, Value>>(module.provider, op, &reply, creds)?;
    match reply.classification {
        Classification::Success | Classification::Pending => Ok(()),
        other => Err(Error::Malformed(format!(
            "unified order answered {}",
            other.as_str()
        ))),
    }
}

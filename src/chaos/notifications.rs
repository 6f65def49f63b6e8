//! The notification side of a chaos run: unified orders (for providers whose spec has one and a
//! notification), paid by the sandbox's simulated customer and notified through the fault
//! relay (duplicated, held back) to the merchant's notification handler ([`crate::notify`]),
//! which applies them to the run's journal. A counting hook in front of that journal records
//! what each `apply_notification` answered, so that a notification applied twice is seen.
//!
//! The [`Forger`] delivers the money faults' notifications straight to that handler: each
//! correctly signed by the provider that sends it, and each wrong for the payment it names — a
//! paid notification from another provider ([`MoneyFault::WrongProvider`], delivered through
//! [`Forging`], the gateway that sends it as its payment's pay call goes out), and a second paid
//! notification with another provider trade id for an order already paid
//! ([`MoneyFault::SecondTradeId`]).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use payspec_client::exchange::exchange;
use payspec_client::transport::{BoxFuture, HttpCall, Transport};
use payspec_client::{Gateway, HttpTransport, PayIntent, TradeView};
use payspec_core::codec::Reply;
use payspec_core::descriptor::{OperationRole, ProviderModule, UnifiedRole};
use payspec_core::json::{Json, Object};
use payspec_core::unified::{self, UnifiedValue};
use payspec_core::{Classification, Error, Money};
use payspec_journal::intercept::{Intercepted, Interceptor};
use payspec_journal::recording::{auth_code_hint, now_ms};
use payspec_journal::{Journal, JournalError, Notification, NotificationApplied, PaymentRecord};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::notify::{self, NotifySettings, SharedCredentials};
use crate::sandbox::faults::{notification_relay, relay_url, Faults, MoneyFault};
use crate::sandbox::notify::{notify_operation, paid_notification};
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

/// The hook in front of the merchant's journal that counts what `apply_notification` answered.
struct Counting {
    tally: Tally,
}

impl Interceptor for Counting {
    fn answered(
        &self,
        notification: &Notification,
        answer: &Result<NotificationApplied, JournalError>,
    ) {
        let Ok(applied) = answer else { return };
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
}

/// The merchant's notification endpoint and the faulty hop in front of it, both on loopback.
pub struct Rig {
    relay: SocketAddr,
    merchant: SocketAddr,
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
        let counting: Arc<dyn Journal> = Arc::new(Intercepted::new(
            journal,
            Counting {
                tally: Arc::clone(&tally),
            },
        ));
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
            merchant: merchant_addr,
            tally,
            tasks: vec![merchant_task, relay_task],
        })
    }

    /// The notify url of `order_id`: through the relay to the merchant's handler.
    pub fn notify_url(&self, module: &ProviderModule, order_id: &str) -> Option<String> {
        let path = notify::path_of(module)?;
        Some(relay_url(self.relay, module.provider.name, order_id, &path))
    }

    /// The forger of this rig's money-fault notifications: signed with the simulated provider's
    /// credentials of each module in `modules` that notifies, delivered to the merchant.
    pub fn forger(
        &self,
        modules: &[&'static ProviderModule],
        sandbox: &SandboxHandle,
        faults: Arc<Faults>,
        transport: Arc<HttpTransport>,
    ) -> Forger {
        let senders = modules
            .iter()
            .copied()
            .filter(|m| notifies(m))
            .filter_map(|m| {
                let creds = sandbox.provider_credentials(m.provider.name)?;
                Some((m, creds.clone()))
            })
            .collect();
        Forger {
            merchant: self.merchant,
            senders,
            faults,
            transport,
        }
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

/// Delivers correctly signed paid notifications that are wrong for the payment they name (see
/// the module doc). Every delivery is counted as an injected fault.
pub struct Forger {
    merchant: SocketAddr,
    /// The providers that notify, with the credentials they sign with.
    senders: Vec<(&'static ProviderModule, BTreeMap<String, String>)>,
    faults: Arc<Faults>,
    transport: Arc<HttpTransport>,
}

impl Forger {
    /// [`MoneyFault::WrongProvider`]: when it strikes for this payment, another provider that
    /// notifies sends a paid notification for it (its order id and amount, a trade id of its
    /// own). Returns whether one was delivered.
    pub async fn wrong_provider(&self, provider: &str, order_id: &str, amount: Money) -> bool {
        let Some((sender, creds)) = self
            .senders
            .iter()
            .find(|(m, _)| m.provider.name != provider)
        else {
            return false;
        };
        let key = [provider, order_id];
        let trade_id = self.trade_id(MoneyFault::WrongProvider, &key);
        self.deliver(
            sender,
            creds,
            MoneyFault::WrongProvider,
            &key,
            &trade_id,
            amount,
        )
        .await
    }

    /// [`MoneyFault::SecondTradeId`]: when it strikes for this paid order, its provider notifies
    /// it paid again, under another provider trade id. Returns whether one was delivered.
    pub async fn second_trade_id(&self, provider: &str, order_id: &str, amount: Money) -> bool {
        let Some((sender, creds)) = self
            .senders
            .iter()
            .find(|(m, _)| m.provider.name == provider)
        else {
            return false;
        };
        let key = [provider, order_id];
        let trade_id = self.trade_id(MoneyFault::SecondTradeId, &key);
        self.deliver(
            sender,
            creds,
            MoneyFault::SecondTradeId,
            &key,
            &trade_id,
            amount,
        )
        .await
    }

    /// A provider trade id no sandbox trade has: `9` then 19 digits picked by the seed (the
    /// sandbox's start with the current Unix second).
    fn trade_id(&self, fault: MoneyFault, key: &[&str]) -> String {
        let digits = (self.faults.pick(fault, key) * 1e18) as u64;
        format!("9{digits:019}")
    }

    /// Builds the notification, then, when `fault` strikes for `key`, posts it to the
    /// merchant's path of `sender`. The merchant's answer does not matter here: what the journal
    /// did with it is counted by the rig's journal, and reconciled.
    async fn deliver(
        &self,
        sender: &'static ProviderModule,
        creds: &BTreeMap<String, String>,
        fault: MoneyFault,
        key: &[&str],
        trade_id: &str,
        amount: Money,
    ) -> bool {
        let order_id = key[1];
        let message = match paid_notification(sender, order_id, trade_id, amount, creds) {
            Ok(Some(message)) => message,
            Ok(None) => return false,
            Err(error) => {
                tracing::warn!(%error, fault = fault.as_str(), "a forged notification cannot be built");
                return false;
            }
        };
        let (Some(path), Some(op)) = (notify::path_of(sender), notify_operation(sender)) else {
            return false;
        };
        if !self.faults.strikes(fault, key) {
            return false;
        }
        let call = HttpCall {
            provider: sender.provider.name,
            operation: op.name,
            method: op.http_method,
            url: format!("http://{}{path}", self.merchant),
            message,
        };
        if let Err(error) = self.transport.send(call).await {
            tracing::info!(%error, fault = fault.as_str(), "a forged notification was refused");
        }
        true
    }
}

/// A [`Gateway`] that, as its payment's pay call goes out (the payment is open in the journal
/// by then), has the [`Forger`] deliver another provider's notification for it when
/// [`MoneyFault::WrongProvider`] strikes; everything else is the inner gateway's.
pub struct Forging {
    pub inner: Arc<dyn Gateway>,
    pub forger: Arc<Forger>,
}

impl Gateway for Forging {
    fn module(&self) -> &'static ProviderModule {
        self.inner.module()
    }

    fn pay<'a>(&'a self, intent: &'a PayIntent) -> BoxFuture<'a, Result<TradeView, Error>> {
        Box::pin(async move {
            let provider = self.inner.module().provider.name;
            self.forger
                .wrong_provider(provider, &intent.order_id, intent.amount)
                .await;
            self.inner.pay(intent).await
        })
    }

    fn query<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.inner.query(order_id)
    }

    fn reverse<'a>(&'a self, order_id: &'a str) -> BoxFuture<'a, Result<TradeView, Error>> {
        self.inner.reverse(order_id)
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
    transport: &HttpTransport,
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
    transport: &HttpTransport,
    intent: &PayIntent,
) -> Result<(), Error> {
    let op = module
        .operation(OperationRole::UnifiedOrder)
        .ok_or(Error::Unsupported {
            provider: module.provider.name,
            step: "unified order",
        })?;
    let mut content = Object::new();
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
            let value = Json::parse(default.json)
                .map_err(|e| Error::Encode(format!("default of `{}`: {e}", default.wire)))?;
            content.insert(default.wire.to_owned(), value);
        }
    }
    let content = Json::Object(content);
    (module.check_request)(op.name, &content).map_err(Error::Invalid)?;
    // Through the client's one exchange, which also presents the merchant's client certificate
    // where the spec requires one.
    let reply: Reply<Object> = exchange(
        module.provider,
        op,
        base_url,
        &content,
        creds,
        None,
        transport,
    )
    .await?;
    match reply.classification {
        Classification::Success | Classification::Pending => Ok(()),
        other => Err(Error::Malformed(format!(
            "unified order answered {}",
            other.as_str()
        ))),
    }
}

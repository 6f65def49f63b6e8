//! `payspec chaos`: many payments through the journaled saga against a simulator that
//! misbehaves on purpose, drivers that die mid-flight, a recovery, and then the books: the
//! journal reconciled against the simulator's ledger. With faults everywhere, the money must
//! add up.
//!
//! One run, all decided by the seed:
//! 1. the simulator starts in-process with [`FaultPlan::chaos`]`(seed)` (replies lost after the
//!    charge, delayed past the client's timeout, 5xx and resets before processing, malformed and
//!    badly signed replies, on pay, query and reverse alike);
//! 2. `payments` payments — provider, scenario, amount — run through [`pay_journaled`],
//!    `concurrency` at a time, with every provider's poll policy compressed `divisor` times and
//!    a short client timeout;
//! 3. some drivers are abandoned (their future dropped) at a random point: the crash of that
//!    payment's driver, which leaves the payment open in the journal, still leased to it;
//! 4. [`recover`] runs — as a process started once those leases have run out — until no payment
//!    is open;
//! 5. the journal, and what every driver told its caller, are
//!    [reconciled](reconcile::reconcile_told) against the ledger; the summary ends with
//!    `discrepancies: K`.
//!
//! The money faults of the plan ([`MoneyFault`]) come on top: the drivers write through a
//! [`FailingJournal`](journal::FailingJournal) (seeded step and close writes fail; recovery
//! writes to the real journal), pay through [`Forging`] (another provider notifies the payment paid, signed, while it is
//! open), the simulator charges some payments another amount and says so in its signed replies
//! and notifications, a second till with its own journal pays some paid order ids again, and
//! some paid orders are notified again under another trade id. The journal and the ledger can
//! agree and both contradict what the cashier was told: that is why the drivers' answers are
//! reconciled too.
//!
//! Beside the barcode payments, a share of the payments of providers that have a unified order
//! and a notification (Pooul) are unified orders: recorded in the journal, placed, paid by the
//! sandbox's simulated customer and notified through a relay that duplicates and holds back
//! deliveries ([`notifications`]); the merchant's handler applies them to the same journal.
//! Each must be applied exactly once.

pub mod journal;
pub mod notifications;
pub mod reconcile;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use payspec_client::transport::{HttpTransport, TransportConfig};
use payspec_client::{FinalOutcome, Gateway, PayIntent, SpecGateway};
use payspec_core::descriptor::{PollPolicy, ProviderModule};
use payspec_core::{Currency, Money, Redacted};
use payspec_journal::postgres::PostgresJournal;
use payspec_journal::recording::{now_ms, owner_id, pay_journaled, saga_lease};
use payspec_journal::recover::{recover, RECOVERY_LEASE};
use payspec_journal::sqlite::SqliteJournal;
use payspec_journal::{Journal, JournalError, OutcomeKind, PaymentRecord};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

pub use reconcile::{
    fetch_ledger, ledger_entries, reconcile, reconcile_told, Attention, Discrepancy,
    DiscrepancyKind, DriverReport, LedgerEntry, Reconciliation, Told,
};

use crate::sandbox::faults::{fault_kinds, Faults, MoneyFault, SplitMix64};
use crate::sandbox::{self, FaultPlan, Notifications, Sandbox, SandboxHandle, Scenario};
use notifications::{Forger, Forging};

/// What a chaos run does. [`ChaosConfig::new`] gives the defaults of `payspec chaos`.
#[derive(Debug, Clone)]
pub struct ChaosConfig {
    pub payments: usize,
    pub seed: u64,
    /// A SQLite file (created if absent) or a `postgres://` URL; `None`: a temporary SQLite
    /// file, removed after a run without discrepancies.
    pub journal: Option<String>,
    /// Payments driven at once.
    pub concurrency: usize,
    /// Every poll-policy duration is divided by this.
    pub divisor: u32,
    /// The HTTP client's timeout (connect and whole exchange); a delayed reply is held twice as
    /// long.
    pub client_timeout: Duration,
    /// The share of drivers abandoned mid-flight.
    pub abandon_rate: f64,
    /// The share of payments that are unified orders (paid by the customer, notified), among
    /// those of providers that have both.
    pub unified_order_rate: f64,
    /// The sandbox's notification schedule step (the customer's delay and every redelivery).
    pub notification_step: Duration,
    pub faults: FaultPlan,
}

impl ChaosConfig {
    /// `payments` payments by `seed`: 64 at a time, policies 20× faster, a 300 ms client
    /// timeout, one driver in ten abandoned, [`FaultPlan::chaos`].
    pub fn new(payments: usize, seed: u64) -> ChaosConfig {
        ChaosConfig {
            payments,
            seed,
            journal: None,
            concurrency: 64,
            divisor: 20,
            client_timeout: Duration::from_millis(300),
            abandon_rate: 0.1,
            unified_order_rate: 0.3,
            notification_step: Duration::from_millis(100),
            faults: FaultPlan::chaos(seed),
        }
    }
}

/// Why a chaos run could not run (not a discrepancy: nothing was reconciled).
#[derive(Debug)]
pub struct ChaosError(pub String);

impl fmt::Display for ChaosError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ChaosError {}

fn error(context: &str) -> impl Fn(&dyn fmt::Display) -> ChaosError + '_ {
    move |e| ChaosError(format!("{context}: {e}"))
}

/// What a run did, and the books at the end.
#[derive(Debug, Clone)]
pub struct ChaosReport {
    pub payments: usize,
    pub seed: u64,
    pub providers: usize,
    pub concurrency: usize,
    pub divisor: u32,
    pub client_timeout: Duration,
    pub plan: FaultPlan,
    /// Where the journal was (and whether it was removed afterwards).
    pub journal: String,
    /// Faults injected, by kind.
    pub injected: BTreeMap<&'static str, u64>,
    /// How the drivers ended: `paid`, `failed`, `reversed`, `needs_attention`, `abandoned`,
    /// `refused` (the journal refused the payment: nothing sent), `ordered` (a unified order
    /// placed), `order_failed`; and `second_till`: payments paid again from a second journal.
    pub driven: BTreeMap<&'static str, usize>,
    /// Notifications: unified orders, deliveries made and acknowledged, and what the journal
    /// answered (`applied`, `duplicate`, `conflict`, `unknown_trade`).
    pub notifications: BTreeMap<&'static str, usize>,
    pub recovery_rounds: u32,
    /// What recovery finished, by outcome.
    pub recovered: BTreeMap<&'static str, usize>,
    pub reconciliation: Reconciliation,
    pub elapsed: Duration,
}

impl ChaosReport {
    pub fn discrepancies(&self) -> usize {
        self.reconciliation.discrepancy_count()
    }
}

fn counts(m: &BTreeMap<&'static str, usize>, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("{k} {}", m.get(k).copied().unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for ChaosReport {
    /// The summary; its LAST line is `discrepancies: K`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "chaos: {} payments over {} providers, seed {}, {} at a time, policies {}× faster, \
             client timeout {} ms, {:.1} s",
            self.payments,
            self.providers,
            self.seed,
            self.concurrency,
            self.divisor,
            self.client_timeout.as_millis(),
            self.elapsed.as_secs_f64()
        )?;
        writeln!(f, "fault plan: {}", self.plan)?;
        let total: u64 = self.injected.values().sum();
        let known = fault_kinds();
        let others = (self.injected.keys()).filter(|k| !known.contains(k));
        let kinds: Vec<&str> = known.iter().chain(others).copied().collect();
        let kinds = (kinds.iter())
            .map(|k| format!("{k} {}", self.injected.get(k).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "faults injected: {total} ({kinds})")?;
        writeln!(
            f,
            "drivers: {}",
            counts(
                &self.driven,
                &[
                    "paid",
                    "failed",
                    "reversed",
                    "needs_attention",
                    "abandoned",
                    "refused",
                    "ordered",
                    "order_failed",
                    "second_till"
                ]
            )
        )?;
        writeln!(
            f,
            "notifications: {}",
            counts(
                &self.notifications,
                &[
                    "unified_orders",
                    "deliveries",
                    "acknowledged",
                    "applied",
                    "duplicate",
                    "conflict",
                    "unknown_trade"
                ]
            )
        )?;
        let resumed: usize = self.recovered.values().sum();
        writeln!(
            f,
            "recovery: {} round(s), {resumed} payments resumed — {}",
            self.recovery_rounds,
            counts(
                &self.recovered,
                &["paid", "failed", "reversed", "needs_attention"]
            )
        )?;
        writeln!(f, "journal store: {}", self.journal)?;
        write!(f, "{}", self.reconciliation)
    }
}

/// One payment of the run, decided up-front from the seed.
#[derive(Clone)]
struct Planned {
    module: &'static ProviderModule,
    intent: PayIntent,
    /// When the driver is abandoned (its future dropped), if it is.
    abandon_after: Option<Duration>,
    /// A unified order (notified) rather than a barcode payment.
    order: bool,
}

/// How one driver ended.
enum Driven {
    Finished(FinalOutcome),
    Refused(JournalError),
    Abandoned,
    Ordered,
    OrderFailed(String),
}

impl Driven {
    /// Its key in the report's `drivers` line.
    fn key(&self) -> &'static str {
        match self {
            Driven::Finished(outcome) => outcome.as_str(),
            Driven::Refused(e) => {
                tracing::warn!(error = %e, "the journal refused a payment");
                "refused"
            }
            Driven::Abandoned => "abandoned",
            Driven::Ordered => "ordered",
            Driven::OrderFailed(why) => {
                tracing::warn!(%why, "a unified order was not placed");
                "order_failed"
            }
        }
    }

    /// What the caller was told, if anything (an abandoned driver told nothing; a unified
    /// order is told by its notification).
    fn told(&self) -> Option<Told> {
        match self {
            Driven::Finished(FinalOutcome::Paid(_)) => Some(Told::Paid),
            Driven::Finished(FinalOutcome::Failed { .. }) => Some(Told::Failed),
            Driven::Finished(FinalOutcome::Reversed { .. }) => Some(Told::Reversed),
            Driven::Finished(FinalOutcome::NeedsAttention { .. }) => Some(Told::NeedsAttention),
            Driven::Refused(_) => Some(Told::NotSent),
            Driven::Abandoned | Driven::Ordered | Driven::OrderFailed(_) => None,
        }
    }
}

/// A driver's report of `planned`.
fn report(driver: &'static str, planned: &Planned, told: Told) -> DriverReport {
    DriverReport {
        driver,
        journaled: driver == TILL_1,
        provider: planned.module.provider.name.to_owned(),
        order_id: planned.intent.order_id.clone(),
        amount_minor: planned.intent.amount.minor(),
        currency: planned.intent.amount.currency().code().to_owned(),
        told,
    }
}

/// The first till: the run's drivers. The second till: a driver with its own journal that pays
/// an order id the first already paid ([`MoneyFault::TwoJournals`]).
const TILL_1: &str = "till 1";
const TILL_2: &str = "till 2";

/// Everything a run drives through: the sandbox, the journal, the notification rig, and one
/// gateway and poll policy per provider.
struct Env {
    handle: SandboxHandle,
    fault_log: Arc<Faults>,
    /// The real journal (the drivers write through a [`journal::FailingJournal`] over it).
    journal: Arc<dyn Journal>,
    location: String,
    temporary: bool,
    rig: notifications::Rig,
    forger: Arc<Forger>,
    transport: Arc<HttpTransport>,
    gateways: BTreeMap<&'static str, Arc<dyn Gateway>>,
    creds: BTreeMap<&'static str, Arc<BTreeMap<String, String>>>,
    currencies: BTreeMap<&'static str, Currency>,
    policies: BTreeMap<&'static str, PollPolicy>,
}

impl Env {
    async fn start(
        modules: &[&'static ProviderModule],
        config: &ChaosConfig,
    ) -> Result<Env, ChaosError> {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| error("cannot listen on 127.0.0.1")(&e))?;
        let sandbox = Sandbox::new(modules)
            .slow_reply(config.client_timeout * 2)
            .faults(config.faults)
            .notifications(Notifications {
                answer_within: Some(config.client_timeout),
                ..Notifications::default().compressed(config.notification_step)
            });
        let fault_log = sandbox
            .fault_log()
            .unwrap_or_else(|| Arc::new(Faults::new(config.faults)));
        let handle = sandbox::spawn(listener, sandbox).map_err(|e| error("sandbox")(&e))?;
        let (journal, location, temporary) = open_journal(config).await?;
        // A held-back notification outlasts the sender's delivery timeout: it is redelivered, and
        // the held copy arrives after.
        let rig = notifications::Rig::start(
            modules,
            &handle,
            Arc::clone(&journal),
            Arc::clone(&fault_log),
            config.client_timeout * 2,
        )
        .await
        .map_err(|e| error("notification endpoint")(&e))?;
        // Trusting the simulator's test CA: a provider with an operation that requires the
        // merchant's client certificate is served over HTTPS (its credentials carry it).
        let transport = Arc::new(
            HttpTransport::with_tls(
                TransportConfig {
                    connect_timeout: config.client_timeout,
                    total_timeout: config.client_timeout,
                    ..TransportConfig::default()
                },
                handle.tls_config(),
            )
            .map_err(|e| error("HTTP client")(&e))?,
        );
        // The forger waits for the merchant's answer as a provider does (seconds, not the
        // client's timeout): a delivery given up on could be cut off mid-apply.
        let patient =
            HttpTransport::new(TransportConfig::default()).map_err(|e| error("HTTP client")(&e))?;
        let forger = rig.forger(modules, &handle, Arc::clone(&fault_log), Arc::new(patient));
        let mut env = Env {
            handle,
            fault_log,
            journal,
            location,
            temporary,
            rig,
            forger: Arc::new(forger),
            transport,
            gateways: BTreeMap::new(),
            creds: BTreeMap::new(),
            currencies: BTreeMap::new(),
            policies: BTreeMap::new(),
        };
        for &module in modules {
            env.add_provider(module, config.divisor);
        }
        Ok(env)
    }

    fn add_provider(&mut self, module: &'static ProviderModule, divisor: u32) {
        let name = module.provider.name;
        let creds: BTreeMap<String, String> =
            self.handle.credentials(name).cloned().unwrap_or_default();
        let currency = creds
            .iter()
            .find(|(k, _)| k.contains("currency"))
            .and_then(|(_, v)| Currency::from_code(v).ok())
            .unwrap_or(Currency::CNY);
        let creds = Arc::new(creds);
        self.currencies.insert(name, currency);
        self.creds.insert(name, Arc::clone(&creds));
        self.policies
            .insert(name, module.provider.poll.compressed(divisor));
        let gateway = SpecGateway::new(
            module,
            creds,
            self.handle.base_url(name),
            self.transport.clone(),
        );
        self.gateways.insert(name, Arc::new(gateway));
    }

    /// Drives one planned payment to its end (or its abandonment), as the first till: its
    /// journal writes may fail, and another provider may notify it while it is open.
    async fn drive(&self, planned: &Planned) -> Driven {
        let name = planned.module.provider.name;
        if planned.order {
            let base_url = self.handle.base_url(name);
            let placed = notifications::place_order(
                planned.module,
                &self.creds[name],
                &base_url,
                &self.transport,
                &*self.journal,
                &planned.intent,
            )
            .await;
            return match placed {
                Ok(()) => Driven::Ordered,
                Err(why) => Driven::OrderFailed(why),
            };
        }
        let gateway: Arc<dyn Gateway> = Arc::new(Forging {
            inner: Arc::clone(&self.gateways[name]),
            forger: Arc::clone(&self.forger),
        });
        let journal: Arc<dyn Journal> = Arc::new(journal::failing(
            Arc::clone(&self.journal),
            Arc::clone(&self.fault_log),
        ));
        let policy = self.policies[name];
        let mut quiet = |_: &payspec_client::Progress| {};
        let saga = pay_journaled(gateway, journal, &planned.intent, &policy, &mut quiet);
        let result = match planned.abandon_after {
            Some(after) => match tokio::time::timeout(after, saga).await {
                Ok(result) => result,
                // The future is dropped here: that payment's driver crashed.
                Err(_) => return Driven::Abandoned,
            },
            None => saga.await,
        };
        match result {
            Ok(journaled) => Driven::Finished(journaled.outcome),
            Err(e) => Driven::Refused(e),
        }
    }

    /// Pays `planned` again, as the second till with its own (faultless) journal.
    async fn drive_again(&self, second: Arc<dyn Journal>, planned: &Planned) -> Driven {
        let name = planned.module.provider.name;
        let mut intent = planned.intent.clone();
        intent.auth_code = Redacted::new(Scenario::Success.auth_code());
        let gateway = Arc::clone(&self.gateways[name]);
        let mut quiet = |_: &payspec_client::Progress| {};
        match pay_journaled(gateway, second, &intent, &self.policies[name], &mut quiet).await {
            Ok(journaled) => Driven::Finished(journaled.outcome),
            Err(e) => Driven::Refused(e),
        }
    }
}

/// Runs the whole thing against `modules` and returns the report (its reconciliation says
/// whether the money adds up). `Err` only when the run could not be set up or the journal could
/// not be read back.
pub async fn run(
    modules: &[&'static ProviderModule],
    config: &ChaosConfig,
) -> Result<ChaosReport, ChaosError> {
    let started = Instant::now();
    if modules.is_empty() {
        return Err(ChaosError("no providers".into()));
    }
    let env = Arc::new(Env::start(modules, config).await?);
    let prefix = order_prefix(&*env.journal, config.seed).await?;
    let mut plan = plan_payments(modules, config, &prefix, &env.currencies);
    for planned in plan.iter_mut().filter(|p| p.order) {
        planned.intent.notify_url = env.rig.notify_url(planned.module, &planned.intent.order_id);
    }
    let mut drove = drive_all(&env, &plan, config).await?;
    let second = pay_twice(&env, &plan, &drove.reports, config).await?;
    drove.driven.insert("second_till", second.len());
    drove.reports.extend(second);
    let orders: Vec<(String, &'static str)> = (plan.iter().filter(|p| p.order))
        .map(|p| (p.intent.order_id.clone(), p.module.provider.name))
        .collect();
    drove.orders = orders.len();
    wait_for_notifications(&env, &orders, config).await?;
    let order_ids: Vec<(String, &'static str)> = (plan.iter())
        .map(|p| (p.intent.order_id.clone(), p.module.provider.name))
        .collect();
    let mut recovery = recover_all(&env, modules, &order_ids, config).await?;
    // Once every order is settled (by its notification or the recovery), some paid ones are
    // notified again under another trade id; the books read the journal after that.
    notify_twice(&env, &orders).await?;
    recovery.records = read_back(&*env.journal, &order_ids).await?;
    Ok(books(env, config, modules.len(), drove, recovery, started).await)
}

/// What the drivers did.
struct Drove {
    /// How they ended, by [`Driven::key`].
    driven: BTreeMap<&'static str, usize>,
    /// What each told its caller, by order id (the first till's, then the second's).
    reports: Vec<DriverReport>,
    /// Unified orders among the payments.
    orders: usize,
}

/// Drives every planned payment, `concurrency` at a time; some are abandoned mid-flight.
async fn drive_all(
    env: &Arc<Env>,
    plan: &[Planned],
    config: &ChaosConfig,
) -> Result<Drove, ChaosError> {
    let permits = Arc::new(Semaphore::new(config.concurrency.max(1)));
    let mut drivers = JoinSet::new();
    for planned in plan.iter().cloned() {
        let permits = Arc::clone(&permits);
        let env = Arc::clone(env);
        drivers.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let driven = env.drive(&planned).await;
            (planned, driven)
        });
    }
    let mut driven: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut reports = Vec::new();
    while let Some(done) = drivers.join_next().await {
        let (planned, ended) = done.map_err(|e| error("a driver panicked")(&e))?;
        *driven.entry(ended.key()).or_insert(0) += 1;
        if let Some(told) = ended.told() {
            reports.push(report(TILL_1, &planned, told));
        }
    }
    reports.sort_by(|a, b| a.order_id.cmp(&b.order_id));
    Ok(Drove {
        driven,
        reports,
        orders: 0,
    })
}

/// [`MoneyFault::TwoJournals`]: some payments the first till told paid are paid again by a second
/// till with its own journal (another customer's code, the same order id and amount). Returns
/// what the second till told.
async fn pay_twice(
    env: &Arc<Env>,
    plan: &[Planned],
    reports: &[DriverReport],
    config: &ChaosConfig,
) -> Result<Vec<DriverReport>, ChaosError> {
    let second: Arc<dyn Journal> =
        Arc::new(SqliteJournal::open_in_memory().map_err(|e| error("second journal")(&e))?);
    let by_order: BTreeMap<&str, &Planned> = plan
        .iter()
        .map(|p| (p.intent.order_id.as_str(), p))
        .collect();
    let permits = Arc::new(Semaphore::new(config.concurrency.max(1)));
    let mut drivers = JoinSet::new();
    for paid in reports.iter().filter(|r| r.told == Told::Paid) {
        let Some(&planned) = by_order.get(paid.order_id.as_str()) else {
            continue;
        };
        let key = [paid.provider.as_str(), paid.order_id.as_str()];
        if !env.fault_log.strikes(MoneyFault::TwoJournals, &key) {
            continue;
        }
        let (env, second, planned) = (Arc::clone(env), Arc::clone(&second), planned.clone());
        let permits = Arc::clone(&permits);
        drivers.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let driven = env.drive_again(second, &planned).await;
            (planned, driven)
        });
    }
    let mut told = Vec::new();
    while let Some(done) = drivers.join_next().await {
        let (planned, ended) = done.map_err(|e| error("a second driver panicked")(&e))?;
        if let Some(said) = ended.told() {
            told.push(report(TILL_2, &planned, said));
        }
    }
    told.sort_by(|a, b| a.order_id.cmp(&b.order_id));
    Ok(told)
}

/// The customers pay their unified orders and the notifications arrive (duplicated, late): waits
/// until every order is closed, or the sender's schedule is surely over.
async fn wait_for_notifications(
    env: &Env,
    orders: &[(String, &'static str)],
    config: &ChaosConfig,
) -> Result<(), ChaosError> {
    let schedule = (config.notification_step + config.client_timeout * 3) * 12;
    let waited = Instant::now();
    while waited.elapsed() < schedule {
        let records = read_back(&*env.journal, orders).await?;
        if records.iter().all(|r| r.outcome.is_some()) {
            break;
        }
        tokio::time::sleep(config.notification_step).await;
    }
    Ok(())
}

/// [`MoneyFault::SecondTradeId`]: some orders the journal holds paid are notified paid again by
/// their provider, under another provider trade id.
async fn notify_twice(env: &Env, orders: &[(String, &'static str)]) -> Result<(), ChaosError> {
    for record in read_back(&*env.journal, orders).await? {
        if record.outcome != Some(OutcomeKind::Paid) {
            continue;
        }
        let Ok(currency) = Currency::from_code(&record.currency) else {
            continue;
        };
        let amount = Money::from_minor(record.amount_minor, currency);
        env.forger
            .second_trade_id(&record.provider, &record.order_id, amount)
            .await;
    }
    Ok(())
}

/// What the recovery did, and the journal's records after it.
struct Recovery {
    rounds: u32,
    recovered: BTreeMap<&'static str, usize>,
    records: Vec<PaymentRecord>,
}

/// Recovery, as a process that starts once the dead drivers' leases have run out (the sandbox
/// keeps no clock, so the recovery's clock is simply set that far ahead), on the real journal
/// (the disk is back). A round that could not close some payment leaves it held by the
/// recovery's own lease: the next round starts after that one too.
async fn recover_all(
    env: &Env,
    modules: &[&'static ProviderModule],
    order_ids: &[(String, &'static str)],
    config: &ChaosConfig,
) -> Result<Recovery, ChaosError> {
    let pay_lease = env
        .policies
        .values()
        .map(saga_lease)
        .max()
        .unwrap_or_default();
    let gateway_of = |provider: &str| env.gateways.get(provider).cloned();
    let policy_of = |provider: &str| {
        env.policies
            .get(provider)
            .copied()
            .unwrap_or_else(|| modules[0].provider.poll.compressed(config.divisor))
    };
    let owner = owner_id("chaos-recover");
    let mut recovered: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut rounds = 0;
    let mut records = read_back(&*env.journal, order_ids).await?;
    while records.iter().any(|r| r.outcome.is_none()) && rounds < MAX_RECOVERY_ROUNDS {
        let ahead = pay_lease + Duration::from_secs(1) + (RECOVERY_LEASE * rounds);
        let now = now_ms().saturating_add(i64::try_from(ahead.as_millis()).unwrap_or(i64::MAX));
        rounds += 1;
        let journal = Arc::clone(&env.journal);
        let report = recover(journal, &gateway_of, &owner, now, &policy_of)
            .await
            .map_err(|e| error("recover")(&e))?;
        for (_, kind) in &report.finished {
            *recovered.entry(kind.as_str()).or_insert(0) += 1;
        }
        records = read_back(&*env.journal, order_ids).await?;
    }
    Ok(Recovery {
        rounds,
        recovered,
        records,
    })
}

/// The books at the end: the reconciliation, the counts, and the journal removed when it was
/// temporary and nothing is wrong.
async fn books(
    env: Arc<Env>,
    config: &ChaosConfig,
    providers: usize,
    drove: Drove,
    recovery: Recovery,
    started: Instant,
) -> ChaosReport {
    let ledger = ledger_entries(env.handle.ledger());
    let applied = env.rig.applied();
    let applied_counts = (applied.iter())
        .map(|(key, a)| (key.clone(), a.applied))
        .collect();
    let reconciliation =
        reconcile_told(&recovery.records, &ledger, &applied_counts, &drove.reports);
    let deliveries = env.handle.deliveries().all();
    let mut notified: BTreeMap<&'static str, usize> = BTreeMap::new();
    notified.insert("unified_orders", drove.orders);
    notified.insert("deliveries", deliveries.len());
    notified.insert(
        "acknowledged",
        deliveries.iter().filter(|d| d.acknowledged).count(),
    );
    for a in applied.values() {
        *notified.entry("applied").or_insert(0) += a.applied;
        *notified.entry("duplicate").or_insert(0) += a.duplicate;
        *notified.entry("conflict").or_insert(0) += a.conflict;
        *notified.entry("unknown_trade").or_insert(0) += a.unknown_trade;
    }
    let injected = env.fault_log.injected();
    let journal = journal_note(env, reconciliation.discrepancy_count() == 0).await;
    ChaosReport {
        payments: config.payments,
        seed: config.seed,
        providers,
        concurrency: config.concurrency,
        divisor: config.divisor,
        client_timeout: config.client_timeout,
        plan: config.faults,
        journal,
        injected,
        driven: drove.driven,
        notifications: notified,
        recovery_rounds: recovery.rounds,
        recovered: recovery.recovered,
        reconciliation,
        elapsed: started.elapsed(),
    }
}

/// Shuts the sandbox down and says where the journal is (removed when temporary and clean).
async fn journal_note(env: Arc<Env>, clean: bool) -> String {
    let Ok(env) = Arc::try_unwrap(env) else {
        return "(journal still in use)".into();
    };
    let Env {
        handle,
        journal,
        location,
        temporary,
        rig,
        gateways,
        forger,
        ..
    } = env;
    drop((rig, gateways, forger));
    let _ = handle.shutdown().await;
    if temporary && clean {
        drop(journal);
        remove_sqlite(&location);
        format!("{location} (temporary, removed)")
    } else if temporary {
        format!("{location} (temporary, kept for inspection)")
    } else {
        location
    }
}

/// Recovery rounds before giving up (each round's leftovers are reported as open).
const MAX_RECOVERY_ROUNDS: u32 = 5;

/// The journal the run writes: `config.journal`, or a new temporary SQLite file. Returns it,
/// where it is, and whether it is temporary.
pub async fn open_journal(
    config: &ChaosConfig,
) -> Result<(Arc<dyn Journal>, String, bool), ChaosError> {
    match config.journal.as_deref() {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            open_postgres(url).await
        }
        Some(path) => {
            let path = PathBuf::from(path);
            let journal = open_sqlite(path.clone()).await?;
            Ok((journal, path.display().to_string(), false))
        }
        None => {
            let path = std::env::temp_dir().join(format!(
                "payspec-chaos-{}-{}-{}.sqlite",
                config.seed,
                std::process::id(),
                now_ms()
            ));
            let journal = open_sqlite(path.clone()).await?;
            Ok((journal, path.display().to_string(), true))
        }
    }
}

async fn open_sqlite(path: PathBuf) -> Result<Arc<dyn Journal>, ChaosError> {
    let shown = path.display().to_string();
    let journal = tokio::task::spawn_blocking(move || SqliteJournal::open(&path))
        .await
        .map_err(|e| error("journal")(&e))?
        .map_err(|e| ChaosError(format!("journal {shown}: {e}")))?;
    Ok(Arc::new(journal))
}

async fn open_postgres(url: &str) -> Result<(Arc<dyn Journal>, String, bool), ChaosError> {
    let journal = PostgresJournal::connect(url)
        .await
        .map_err(|e| error("journal (PostgreSQL)")(&e))?;
    // Never the URL itself: it may carry a password.
    Ok((Arc::new(journal), "PostgreSQL".to_owned(), false))
}

/// Removes a SQLite file and its WAL companions.
fn remove_sqlite(location: &str) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{location}{suffix}"));
    }
}

/// `CH` + the seed in hex: the order ids of a run are the same for the same seed (and so are
/// its faults, which are picked by order id). A journal that already holds them (a reused file)
/// gets a run suffix `R1`, `R2`, … instead.
async fn order_prefix(journal: &dyn Journal, seed: u64) -> Result<String, ChaosError> {
    for run in 0u32.. {
        let prefix = if run == 0 {
            format!("CH{seed:016x}")
        } else {
            format!("CH{seed:016x}R{run}")
        };
        let first = format!("{prefix}{:06}", 0);
        if journal
            .get(&first)
            .await
            .map_err(|e| error("journal")(&e))?
            .is_none()
        {
            return Ok(prefix);
        }
    }
    Err(ChaosError("no free order-id prefix".into()))
}

/// The payments of the run, from the seed alone.
fn plan_payments(
    modules: &[&'static ProviderModule],
    config: &ChaosConfig,
    prefix: &str,
    currencies: &BTreeMap<&'static str, Currency>,
) -> Vec<Planned> {
    let mut rng = SplitMix64::new(config.seed);
    // The longest a compressed saga can run, roughly: abandonments fall anywhere in it.
    let horizon = modules
        .iter()
        .map(|m| {
            let p = m.provider.poll.compressed(config.divisor);
            p.deadline.max(p.reverse.earliest_after_pay)
                + p.reverse.retry_interval * p.reverse.max_attempts
        })
        .max()
        .unwrap_or(Duration::from_secs(2));
    let horizon_ms = u64::try_from(horizon.as_millis())
        .unwrap_or(u64::MAX)
        .max(1);
    (0..config.payments)
        .map(|i| {
            let module = modules[rng.below(modules.len() as u64) as usize];
            let scenario = match Scenario::ALL[rng.below(Scenario::ALL.len() as u64) as usize] {
                // 1..=8 queries: some confirm within the schedule, some only after it.
                Scenario::PayingThenSuccess { .. } => Scenario::PayingThenSuccess {
                    queries: 1 + rng.below(8) as u32,
                },
                other => other,
            };
            let amount = 1 + rng.below(20_000) as i64;
            let order = notifications::notifies(module) && rng.chance(config.unified_order_rate);
            let abandon_after = rng
                .chance(config.abandon_rate)
                .then(|| Duration::from_millis(rng.below(horizon_ms)))
                .filter(|_| !order);
            let currency = currencies
                .get(module.provider.name)
                .copied()
                .unwrap_or(Currency::CNY);
            Planned {
                module,
                intent: PayIntent {
                    order_id: format!("{prefix}{i:06}"),
                    amount: Money::from_minor(amount, currency),
                    auth_code: Redacted::new(scenario.auth_code()),
                    subject: "payspec chaos".into(),
                    description: Some("payspec chaos".into()),
                    device_id: Some("CHAOS-POS".into()),
                    notify_url: None,
                },
                abandon_after,
                order,
            }
        })
        .collect()
}

/// The journal's records of these payments (those it has).
async fn read_back(
    journal: &dyn Journal,
    order_ids: &[(String, &'static str)],
) -> Result<Vec<PaymentRecord>, ChaosError> {
    let mut records = Vec::with_capacity(order_ids.len());
    for (order_id, _) in order_ids {
        if let Some((record, _steps)) = journal
            .get(order_id)
            .await
            .map_err(|e| error("journal")(&e))?
        {
            records.push(record);
        }
    }
    Ok(records)
}

//! Reconciliation: what the merchant was told and what it recorded, against the provider's
//! ledger, payment by payment.
//!
//! The drivers' reports say what each cashier was told (paid, failed, reversed, needs
//! attention); the journal says what the merchant believes (the same, or still open); the
//! sandbox's ledger says what the provider did (charged, holds the money, reversed). The journal
//! and the ledger can agree with each other and both contradict the cashier (a sale reported
//! paid, its close lost, then reversed by a recovery): both comparisons are made. A
//! **discrepancy** is any way they disagree about money:
//!
//! | kind | told / journal | ledger |
//! |---|---|---|
//! | `told-paid-but-not-held` | a driver told its caller *paid* | no trade, or holds no money |
//! | `told-paid-other-amount` | a driver told *paid* for amount A | holds amount B ≠ A |
//! | `told-failed-but-charged` | a driver told *failed* / *reversed* / *not sent* | holds the money |
//! | `journal-not-as-told` | a driver told *paid*, or *failed*/*reversed*; its journal (after recovery) says otherwise (failed and reversed count as one) | — |
//! | `held-but-not-paid` | failed or reversed | holds the money |
//! | `paid-but-not-held` | paid | no trade, or holds no money |
//! | `failed-while-charged` | failed | charged (the money was taken, even if returned since) |
//! | `amount-mismatch` | paid, amount A | holds amount B ≠ A |
//! | `held-without-record` | no payment | holds the money |
//! | `notification-applied-twice` | one trade's notification applied more than once (a second trade id too) | — |
//! | `notification-other-provider` | a provider's notification applied to another provider's payment | — |
//! | `open-after-recovery` | still open | — |
//!
//! A payment closed as *needs attention* is not a discrepancy: the journal does not claim an
//! outcome, it asks a person to look. Those are listed separately, with whether the ledger holds
//! their money.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::net::SocketAddr;

use payspec_core::json::Json;
use payspec_core::{Currency, Money};
use payspec_journal::{OutcomeKind, PaymentRecord};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::sandbox::admin::{ledger_json, LEDGER_PATH};
use crate::sandbox::Ledger;

/// One trade of the provider's ledger, as `GET /_admin/ledger` answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    pub provider: String,
    pub order_id: String,
    /// The unified status (`success`, `paying`, `reversed`, …).
    pub status: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    /// The merchant holds the customer's money now.
    pub holds_money: bool,
    pub reversed: bool,
    /// The money was taken at some point (it may have been returned since).
    pub charged: bool,
}

impl LedgerEntry {
    /// The entries of the admin endpoint's JSON (`{"trades": [...]}`).
    pub fn from_json(doc: &Json) -> Result<Vec<LedgerEntry>, String> {
        let trades = doc
            .get("trades")
            .and_then(Json::as_array)
            .ok_or("no `trades` array")?;
        trades.iter().map(LedgerEntry::from_trade).collect()
    }

    fn from_trade(trade: &Json) -> Result<LedgerEntry, String> {
        let text = |key: &str| {
            trade
                .get(key)
                .and_then(Json::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("trade without `{key}`: {trade}"))
        };
        let flag = |key: &str| {
            trade
                .get(key)
                .and_then(Json::as_bool)
                .ok_or_else(|| format!("trade without `{key}`: {trade}"))
        };
        Ok(LedgerEntry {
            provider: text("provider")?,
            order_id: text("order_id")?,
            status: text("status")?,
            amount_minor: trade.get("amount_minor").and_then(Json::as_i64),
            currency: trade
                .get("currency")
                .and_then(Json::as_str)
                .map(str::to_owned),
            holds_money: flag("holds_money")?,
            reversed: flag("reversed")?,
            charged: flag("charged")?,
        })
    }

    fn describe(&self) -> String {
        let money = if self.holds_money {
            "holds the money"
        } else if self.charged {
            "charged, money returned"
        } else {
            "never charged"
        };
        match (self.amount_minor, &self.currency) {
            (Some(minor), Some(currency)) => {
                format!("{} {} ({money})", self.status, self::money(minor, currency))
            }
            _ => format!("{} ({money})", self.status),
        }
    }
}

/// The entries of an in-process sandbox's ledger (through the same JSON the endpoint serves).
pub fn ledger_entries(ledger: &Ledger) -> Vec<LedgerEntry> {
    LedgerEntry::from_json(&ledger_json(ledger)).unwrap_or_default()
}

/// `GET /_admin/ledger` of the sandbox at `addr` (plain HTTP/1.1, one connection).
pub async fn fetch_ledger(addr: SocketAddr) -> std::io::Result<Vec<LedgerEntry>> {
    let invalid = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidData, why);
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let request =
        format!("GET {LEDGER_PATH} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| invalid("no HTTP header end".into()))?;
    let head = String::from_utf8_lossy(&raw[..split]);
    if !head.starts_with("HTTP/1.1 200") {
        return Err(invalid(format!(
            "ledger: {}",
            head.lines().next().unwrap_or("")
        )));
    }
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body).ok_or_else(|| invalid("bad chunked body".into()))?;
    }
    let doc: Json = serde_json::from_slice(&body).map_err(|e| invalid(e.to_string()))?;
    LedgerEntry::from_json(&doc).map_err(invalid)
}

fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size + 2..)?;
    }
}

/// What a driver told its caller (the cashier) a payment ended as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Told {
    Paid,
    Failed,
    Reversed,
    /// Refused before anything was sent (the journal could not record the payment).
    NotSent,
    NeedsAttention,
}

impl Told {
    pub fn as_str(self) -> &'static str {
        match self {
            Told::Paid => "paid",
            Told::Failed => "failed",
            Told::Reversed => "reversed",
            Told::NotSent => "not sent",
            Told::NeedsAttention => "needs attention",
        }
    }

    /// The caller was told that no money was taken.
    fn not_paid(self) -> bool {
        matches!(self, Told::Failed | Told::Reversed | Told::NotSent)
    }
}

/// One driver's answer to its caller: which payment, for how much, and what it said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverReport {
    /// Which driver (`till 1`, `till 2` for a second journal).
    pub driver: &'static str,
    pub provider: String,
    pub order_id: String,
    pub amount_minor: i64,
    pub currency: String,
    pub told: Told,
    /// The driver wrote to the journal being reconciled (a second till's journal is its own):
    /// the journal must end as the driver told.
    pub journaled: bool,
}

/// How the journal and the ledger disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscrepancyKind {
    ToldPaidButNotHeld,
    ToldPaidOtherAmount,
    ToldFailedButCharged,
    JournalNotAsTold,
    HeldButNotPaid,
    PaidButNotHeld,
    FailedWhileCharged,
    AmountMismatch,
    HeldWithoutRecord,
    NotificationAppliedTwice,
    NotificationOtherProvider,
    OpenAfterRecovery,
}

impl DiscrepancyKind {
    pub const ALL: [DiscrepancyKind; 12] = [
        DiscrepancyKind::ToldPaidButNotHeld,
        DiscrepancyKind::ToldPaidOtherAmount,
        DiscrepancyKind::ToldFailedButCharged,
        DiscrepancyKind::JournalNotAsTold,
        DiscrepancyKind::HeldButNotPaid,
        DiscrepancyKind::PaidButNotHeld,
        DiscrepancyKind::FailedWhileCharged,
        DiscrepancyKind::AmountMismatch,
        DiscrepancyKind::HeldWithoutRecord,
        DiscrepancyKind::NotificationAppliedTwice,
        DiscrepancyKind::NotificationOtherProvider,
        DiscrepancyKind::OpenAfterRecovery,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DiscrepancyKind::ToldPaidButNotHeld => "told-paid-but-not-held",
            DiscrepancyKind::ToldPaidOtherAmount => "told-paid-other-amount",
            DiscrepancyKind::ToldFailedButCharged => "told-failed-but-charged",
            DiscrepancyKind::JournalNotAsTold => "journal-not-as-told",
            DiscrepancyKind::HeldButNotPaid => "held-but-not-paid",
            DiscrepancyKind::PaidButNotHeld => "paid-but-not-held",
            DiscrepancyKind::FailedWhileCharged => "failed-while-charged",
            DiscrepancyKind::AmountMismatch => "amount-mismatch",
            DiscrepancyKind::HeldWithoutRecord => "held-without-record",
            DiscrepancyKind::NotificationAppliedTwice => "notification-applied-twice",
            DiscrepancyKind::NotificationOtherProvider => "notification-other-provider",
            DiscrepancyKind::OpenAfterRecovery => "open-after-recovery",
        }
    }
}

/// One disagreement, with what each side says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discrepancy {
    pub kind: DiscrepancyKind,
    pub provider: String,
    pub order_id: String,
    /// What the merchant's side says: the journal's record, or what a driver told its caller.
    pub journal: String,
    pub ledger: String,
}

impl fmt::Display for Discrepancy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "DISCREPANCY {}: {} {} — merchant: {}; ledger: {}",
            self.kind.as_str(),
            self.provider,
            self.order_id,
            self.journal,
            self.ledger
        )
    }
}

/// A payment closed as needs-attention: for a person, not a discrepancy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    pub provider: String,
    pub order_id: String,
    /// Whether the ledger holds its money (a person must reverse or confirm it).
    pub holds_money: bool,
    /// The trade's status in the ledger; `None`: the provider never received the pay call.
    pub ledger_status: Option<String>,
    pub detail: String,
}

/// The outcome of a reconciliation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reconciliation {
    /// Payments in the journal, by outcome (`paid`, `failed`, `reversed`, `needs_attention`,
    /// `open`).
    pub journal: BTreeMap<&'static str, usize>,
    /// Trades in the ledger, by status, and how many hold money.
    pub ledger: BTreeMap<String, usize>,
    pub ledger_holding: usize,
    /// Money the journal says was paid, by currency (minor units).
    pub journal_paid: BTreeMap<String, i64>,
    /// Money the ledger holds, by currency (minor units).
    pub ledger_held: BTreeMap<String, i64>,
    /// Of which held for payments that need attention.
    pub held_for_attention: BTreeMap<String, i64>,
    pub needs_attention: Vec<Attention>,
    /// What the drivers told their callers, by [`Told::as_str`].
    pub told: BTreeMap<&'static str, usize>,
    pub discrepancies: Vec<Discrepancy>,
}

impl Reconciliation {
    pub fn discrepancy_count(&self) -> usize {
        self.discrepancies.len()
    }

    /// Discrepancies of one kind.
    pub fn count_of(&self, kind: DiscrepancyKind) -> usize {
        self.discrepancies.iter().filter(|d| d.kind == kind).count()
    }

    /// Open payments in the journal.
    pub fn open(&self) -> usize {
        self.journal.get("open").copied().unwrap_or(0)
    }
}

/// [`reconcile_told`] without drivers' reports: the journal against the ledger alone.
pub fn reconcile(
    payments: &[PaymentRecord],
    ledger: &[LedgerEntry],
    notifications_applied: &BTreeMap<(String, String), usize>,
) -> Reconciliation {
    reconcile_told(payments, ledger, notifications_applied, &[])
}

/// Compares `payments` (the journal) and `reports` (what each driver told its caller) with
/// `ledger` (the provider). `notifications_applied` counts, per `(provider, order id)` of the
/// notification, the notifications the merchant applied: a count above one is a discrepancy,
/// and so is one applied to an order id whose payment is another provider's. Trades and
/// payments are matched by provider and order id.
pub fn reconcile_told(
    payments: &[PaymentRecord],
    ledger: &[LedgerEntry],
    notifications_applied: &BTreeMap<(String, String), usize>,
    reports: &[DriverReport],
) -> Reconciliation {
    let mut out = Reconciliation::default();
    let trades: BTreeMap<(&str, &str), &LedgerEntry> = ledger
        .iter()
        .map(|t| ((t.provider.as_str(), t.order_id.as_str()), t))
        .collect();
    out.tally_ledger(ledger);
    for payment in payments {
        let trade = trades
            .get(&(payment.provider.as_str(), payment.order_id.as_str()))
            .copied();
        out.check_payment(payment, trade);
    }
    let records: BTreeMap<(&str, &str), &PaymentRecord> = payments
        .iter()
        .map(|p| ((p.provider.as_str(), p.order_id.as_str()), p))
        .collect();
    for report in reports {
        let key = (report.provider.as_str(), report.order_id.as_str());
        let trade = trades.get(&key).copied();
        out.check_report(report, trade);
        if report.journaled {
            out.check_journal_as_told(report, records.get(&key).copied(), trade);
        }
    }
    let recorded: BTreeSet<(&str, &str)> = payments
        .iter()
        .map(|p| (p.provider.as_str(), p.order_id.as_str()))
        .collect();
    for trade in ledger {
        if trade.holds_money
            && !recorded.contains(&(trade.provider.as_str(), trade.order_id.as_str()))
        {
            out.flag(
                DiscrepancyKind::HeldWithoutRecord,
                (&trade.provider, &trade.order_id),
                "no payment".into(),
                trade.describe(),
            );
        }
    }
    out.check_notifications(payments, &trades, notifications_applied);
    out
}

/// What the ledger says of a trade, for a discrepancy line.
fn ledger_says(trade: Option<&LedgerEntry>) -> String {
    trade.map_or_else(|| "no trade".to_owned(), LedgerEntry::describe)
}

/// Whether the ledger states another amount or currency than `minor` `currency` (an amount or
/// currency the ledger cannot tell is not a mismatch).
fn other_amount(trade: &LedgerEntry, minor: i64, currency: &str) -> bool {
    matches!(trade.amount_minor, Some(m) if m != minor)
        || matches!(trade.currency.as_deref(), Some(c) if c != currency)
}

impl Reconciliation {
    fn flag(&mut self, kind: DiscrepancyKind, who: (&str, &str), said: String, ledger: String) {
        self.discrepancies.push(Discrepancy {
            kind,
            provider: who.0.to_owned(),
            order_id: who.1.to_owned(),
            journal: said,
            ledger,
        });
    }

    fn tally_ledger(&mut self, ledger: &[LedgerEntry]) {
        for trade in ledger {
            *self.ledger.entry(trade.status.clone()).or_insert(0) += 1;
            if trade.holds_money {
                self.ledger_holding += 1;
                if let (Some(minor), Some(currency)) = (trade.amount_minor, &trade.currency) {
                    *self.ledger_held.entry(currency.clone()).or_insert(0) += minor;
                }
            }
        }
    }

    /// The journal's record of one payment against its trade.
    fn check_payment(&mut self, payment: &PaymentRecord, trade: Option<&LedgerEntry>) {
        let label = payment.outcome.map_or("open", OutcomeKind::as_str);
        *self.journal.entry(label).or_insert(0) += 1;
        let who = (payment.provider.as_str(), payment.order_id.as_str());
        let holds = trade.is_some_and(|t| t.holds_money);
        let charged = trade.is_some_and(|t| t.charged);
        match payment.outcome {
            None => self.flag(
                DiscrepancyKind::OpenAfterRecovery,
                who,
                "open".into(),
                ledger_says(trade),
            ),
            Some(OutcomeKind::Paid) => {
                *self
                    .journal_paid
                    .entry(payment.currency.clone())
                    .or_insert(0) += payment.amount_minor;
                let paid = || format!("paid {}", money(payment.amount_minor, &payment.currency));
                if !holds {
                    self.flag(
                        DiscrepancyKind::PaidButNotHeld,
                        who,
                        "paid".into(),
                        ledger_says(trade),
                    );
                } else if trade
                    .is_some_and(|t| other_amount(t, payment.amount_minor, &payment.currency))
                {
                    self.flag(
                        DiscrepancyKind::AmountMismatch,
                        who,
                        paid(),
                        ledger_says(trade),
                    );
                }
            }
            Some(kind @ (OutcomeKind::Failed | OutcomeKind::Reversed)) => {
                let said = payment.detail.as_deref().map_or_else(
                    || kind.as_str().to_owned(),
                    |d| format!("{} ({d})", kind.as_str()),
                );
                if holds {
                    self.flag(
                        DiscrepancyKind::HeldButNotPaid,
                        who,
                        said,
                        ledger_says(trade),
                    );
                } else if kind == OutcomeKind::Failed && charged {
                    self.flag(
                        DiscrepancyKind::FailedWhileCharged,
                        who,
                        said,
                        ledger_says(trade),
                    );
                }
            }
            Some(OutcomeKind::NeedsAttention) => self.attention(payment, trade),
        }
    }

    fn attention(&mut self, payment: &PaymentRecord, trade: Option<&LedgerEntry>) {
        let holds = trade.is_some_and(|t| t.holds_money);
        if let Some((Some(minor), Some(currency))) = trade
            .filter(|_| holds)
            .map(|t| (t.amount_minor, &t.currency))
        {
            *self.held_for_attention.entry(currency.clone()).or_insert(0) += minor;
        }
        self.needs_attention.push(Attention {
            provider: payment.provider.clone(),
            order_id: payment.order_id.clone(),
            holds_money: holds,
            ledger_status: trade.map(|t| t.status.clone()),
            detail: payment.detail.clone().unwrap_or_default(),
        });
    }

    /// What a driver told its caller against the trade.
    fn check_report(&mut self, report: &DriverReport, trade: Option<&LedgerEntry>) {
        *self.told.entry(report.told.as_str()).or_insert(0) += 1;
        let who = (report.provider.as_str(), report.order_id.as_str());
        let said = format!(
            "{} told {} for {}",
            report.driver,
            report.told.as_str(),
            money(report.amount_minor, &report.currency)
        );
        let holds = trade.is_some_and(|t| t.holds_money);
        if report.told == Told::Paid && !holds {
            self.flag(
                DiscrepancyKind::ToldPaidButNotHeld,
                who,
                said,
                ledger_says(trade),
            );
        } else if report.told == Told::Paid
            && trade.is_some_and(|t| other_amount(t, report.amount_minor, &report.currency))
        {
            self.flag(
                DiscrepancyKind::ToldPaidOtherAmount,
                who,
                said,
                ledger_says(trade),
            );
        } else if report.told.not_paid() && holds {
            self.flag(
                DiscrepancyKind::ToldFailedButCharged,
                who,
                said,
                ledger_says(trade),
            );
        }
    }

    /// The journal ends as the driver told its caller (recovery reaches the same outcome when
    /// the driver's own writes were lost): *paid* as paid, *failed* or *reversed* as either (both
    /// say nothing is held; a recovery that finds a trade never charged may close a *reversed*
    /// one failed). A caller told *needs attention* or *not sent* was promised no outcome.
    fn check_journal_as_told(
        &mut self,
        report: &DriverReport,
        payment: Option<&PaymentRecord>,
        trade: Option<&LedgerEntry>,
    ) {
        use OutcomeKind::{Failed, Paid, Reversed};
        let outcome = payment.and_then(|p| p.outcome);
        let as_told = match report.told {
            Told::Paid => outcome == Some(Paid),
            Told::Failed | Told::Reversed => matches!(outcome, Some(Failed | Reversed)),
            Told::NotSent | Told::NeedsAttention => true,
        };
        if !as_told {
            let journal = outcome.map_or("open or absent", OutcomeKind::as_str);
            let said = format!(
                "{} told {}, the journal says {journal}",
                report.driver,
                report.told.as_str()
            );
            let who = (report.provider.as_str(), report.order_id.as_str());
            self.flag(
                DiscrepancyKind::JournalNotAsTold,
                who,
                said,
                ledger_says(trade),
            );
        }
    }

    /// Notifications applied more than once, or to another provider's payment.
    fn check_notifications(
        &mut self,
        payments: &[PaymentRecord],
        trades: &BTreeMap<(&str, &str), &LedgerEntry>,
        applied: &BTreeMap<(String, String), usize>,
    ) {
        for ((provider, order_id), &count) in applied {
            let trade = trades.get(&(provider.as_str(), order_id.as_str())).copied();
            let who = (provider.as_str(), order_id.as_str());
            if count > 1 {
                let said = format!("notification applied {count} times");
                self.flag(
                    DiscrepancyKind::NotificationAppliedTwice,
                    who,
                    said,
                    ledger_says(trade),
                );
            }
            let owners: Vec<&str> = payments
                .iter()
                .filter(|p| &p.order_id == order_id && &p.provider != provider)
                .map(|p| p.provider.as_str())
                .collect();
            if count > 0 && !owners.is_empty() {
                let said = format!(
                    "a `{provider}` notification applied to the `{}` payment",
                    owners.join("`, `")
                );
                let theirs = trades.get(&(owners[0], order_id.as_str())).copied();
                self.flag(
                    DiscrepancyKind::NotificationOtherProvider,
                    who,
                    said,
                    ledger_says(theirs),
                );
            }
        }
    }
}

/// `12.34 CNY` (or `1234 minor XXX` for a currency the runtime does not know).
pub fn money(minor: i64, currency: &str) -> String {
    match Currency::from_code(currency) {
        Ok(c) => Money::from_minor(minor, c).to_string(),
        Err(_) => format!("{minor} minor {currency}"),
    }
}

fn amounts(by_currency: &BTreeMap<String, i64>) -> String {
    if by_currency.is_empty() {
        return "0".into();
    }
    by_currency
        .iter()
        .map(|(c, m)| money(*m, c))
        .collect::<Vec<_>>()
        .join(" + ")
}

impl fmt::Display for Reconciliation {
    /// The summary, each needs-attention payment and discrepancy, and LAST the line
    /// `discrepancies: K`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let counts = |m: &BTreeMap<&'static str, usize>| {
            ["paid", "failed", "reversed", "needs_attention", "open"]
                .iter()
                .map(|k| format!("{k} {}", m.get(k).copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let total: usize = self.journal.values().sum();
        writeln!(f, "journal: {total} payments — {}", counts(&self.journal))?;
        let trades: usize = self.ledger.values().sum();
        let statuses = self
            .ledger
            .iter()
            .map(|(s, n)| format!("{s} {n}"))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            f,
            "ledger: {trades} trades — {statuses}; {} hold money",
            self.ledger_holding
        )?;
        writeln!(
            f,
            "money: journal paid {}; ledger holds {} (of which {} for needs-attention payments)",
            amounts(&self.journal_paid),
            amounts(&self.ledger_held),
            amounts(&self.held_for_attention)
        )?;
        let held = self
            .needs_attention
            .iter()
            .filter(|a| a.holds_money)
            .count();
        let unknown = (self.needs_attention.iter())
            .filter(|a| a.ledger_status.is_none())
            .count();
        writeln!(
            f,
            "needs attention: {} — money held in {held}; {unknown} never reached the provider \
             (for a person, not a discrepancy)",
            self.needs_attention.len()
        )?;
        for a in &self.needs_attention {
            writeln!(
                f,
                "  attention: {} {} — ledger: {}; {}",
                a.provider,
                a.order_id,
                match (&a.ledger_status, a.holds_money) {
                    (None, _) => "no trade".to_owned(),
                    (Some(s), true) => format!("{s}, holds the money"),
                    (Some(s), false) => format!("{s}, holds no money"),
                },
                a.detail
            )?;
        }
        let told: usize = self.told.values().sum();
        let told_counts = ["paid", "failed", "reversed", "not sent", "needs attention"]
            .iter()
            .map(|k| format!("{k} {}", self.told.get(k).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "told: {told} driver answers — {told_counts}")?;
        let by_kind = DiscrepancyKind::ALL
            .iter()
            .map(|k| format!("{} {}", k.as_str(), self.count_of(*k)))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(f, "reconciliation: {by_kind}")?;
        for d in &self.discrepancies {
            writeln!(f, "{d}")?;
        }
        write!(f, "discrepancies: {}", self.discrepancies.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment(order_id: &str, outcome: Option<OutcomeKind>) -> PaymentRecord {
        PaymentRecord {
            order_id: order_id.into(),
            provider: "pooul".into(),
            amount_minor: 100,
            currency: "CNY".into(),
            auth_code_hint: "…0000".into(),
            started_at_ms: 0,
            outcome,
            detail: None,
            updated_at_ms: 0,
        }
    }

    fn trade(order_id: &str, status: &str, holds: bool, charged: bool) -> LedgerEntry {
        LedgerEntry {
            provider: "pooul".into(),
            order_id: order_id.into(),
            status: status.into(),
            amount_minor: Some(100),
            currency: Some("CNY".into()),
            holds_money: holds,
            reversed: status == "reversed",
            charged,
        }
    }

    fn kinds(r: &Reconciliation) -> Vec<(DiscrepancyKind, String)> {
        r.discrepancies
            .iter()
            .map(|d| (d.kind, d.order_id.clone()))
            .collect()
    }

    #[test]
    fn agreeing_sides_have_no_discrepancy() {
        let payments = [
            payment("A", Some(OutcomeKind::Paid)),
            payment("B", Some(OutcomeKind::Failed)),
            payment("C", Some(OutcomeKind::Reversed)),
            payment("D", Some(OutcomeKind::Failed)),
            payment("E", Some(OutcomeKind::NeedsAttention)),
        ];
        let ledger = [
            trade("A", "success", true, true),
            trade("B", "failed", false, false),
            trade("C", "reversed", false, true),
            trade("E", "success", true, true),
        ];
        let r = reconcile(&payments, &ledger, &BTreeMap::new());
        assert_eq!(kinds(&r), vec![]);
        assert_eq!(r.needs_attention.len(), 1);
        assert_eq!(r.journal_paid.get("CNY"), Some(&100));
        assert_eq!(r.ledger_held.get("CNY"), Some(&200));
        assert!(r.to_string().ends_with("discrepancies: 0"), "{r}");
    }

    #[test]
    fn every_kind_is_found() {
        let mut short = trade("F", "success", true, true);
        short.amount_minor = Some(99);
        let payments = [
            payment("A", Some(OutcomeKind::Failed)),
            payment("B", Some(OutcomeKind::Paid)),
            payment("C", Some(OutcomeKind::Failed)),
            payment("D", None),
            payment("F", Some(OutcomeKind::Paid)),
            payment("G", Some(OutcomeKind::Reversed)),
        ];
        let ledger = [
            trade("A", "success", true, true),
            trade("B", "paying", false, false),
            trade("C", "reversed", false, true),
            short,
            trade("G", "success", true, true),
            trade("H", "success", true, true),
        ];
        let twice = BTreeMap::from([(("pooul".to_owned(), "A".to_owned()), 2)]);
        let r = reconcile(&payments, &ledger, &twice);
        use DiscrepancyKind::*;
        assert_eq!(
            kinds(&r),
            vec![
                (HeldButNotPaid, "A".into()),
                (PaidButNotHeld, "B".into()),
                (FailedWhileCharged, "C".into()),
                (OpenAfterRecovery, "D".into()),
                (AmountMismatch, "F".into()),
                (HeldButNotPaid, "G".into()),
                (HeldWithoutRecord, "H".into()),
                (NotificationAppliedTwice, "A".into()),
            ]
        );
        assert!(r.to_string().ends_with("discrepancies: 8"));
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n").as_deref(),
            Some(&b"abcde"[..])
        );
    }
}

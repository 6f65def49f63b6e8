//! The contract of [`Journal`], as an executable suite every backend runs: SQLite in
//! `runtime/tests/journal_sqlite.rs`, PostgreSQL in its own test. One suite, so the backends
//! cannot drift apart on what a duplicate, a claim or a conflicting notification means.
//!
//! These are test functions: they **panic** (assert) at the first violation, naming it. They are
//! compiled into the library so that any backend's tests, in any crate, can call them.
//!
//! Conventions the suite pins down beyond the trait's types:
//! - `step` and `close` on an unknown order id answer [`JournalError::NotFound`].
//! - A contradiction (a second `close` with another outcome, a paid notification for a payment
//!   closed otherwise) keeps the first outcome and appends a note containing `CONFLICT` to the
//!   payment's detail.
//! - A notification whose status is not success records itself and changes no payment.
//! - Closing (by `close` or by a paid notification) releases the payment's lease.
//! - A notification touches only a payment of its own provider; one that states another amount
//!   or currency, or paid under a second trade id, is a conflict and never makes a payment paid
//!   (the decisions are `journal::policy`'s; these cases check each store carries them out).
//! - `held_by_others` lists exactly the open payments whose live lease another owner holds.

use std::collections::BTreeSet;

use futures_util::future::join_all;

use super::{
    Journal, JournalError, Notification, NotificationApplied, OutcomeKind, PaymentRecord, Phase,
    StatedAmount, StepKind, StepRecord,
};
use crate::recording::{now_ms, owner_id};
use payspec_core::status::{Classification, TradeStatus};

/// Runs every check on `journal`, which must hold no open payment when it starts (a fresh
/// database or schema). Everything the suite opens it closes, and its order ids are unique per
/// run, so it can run again on the same store.
pub async fn run_all(journal: &dyn Journal) {
    let run = Run::new();
    open_and_duplicate(journal, &run).await;
    steps_keep_their_order(journal, &run).await;
    close_is_idempotent_and_flags_contradictions(journal, &run).await;
    list_is_newest_first(journal, &run).await;
    claims_are_exclusive_and_leases_expire(journal, &run).await;
    notifications_apply_once(journal, &run).await;
    concurrent_duplicate_notifications_apply_once(journal, &run).await;
    notifications_touch_only_their_providers_payment(journal, &run).await;
    notifications_stating_another_amount_are_conflicts(journal, &run).await;
    paid_under_a_second_trade_id_is_a_conflict(journal, &run).await;
    held_payments_are_listed_with_their_lease(journal, &run).await;
}

/// Two handles on the same store (two connections, as two processes or instances have): claims
/// made at once never overlap, and a notification delivered through both at once applies once.
/// The store must hold no open payment other than the suite's own.
pub async fn run_across(a: &dyn Journal, b: &dyn Journal) {
    let run = Run::new();
    let now = now_ms();
    let ids: Vec<String> = (0..12).map(|i| run.id(&format!("across-{i}"))).collect();
    for (i, id) in ids.iter().enumerate() {
        a.open(&record(id, now - 1000 + i as i64)).await.unwrap();
    }
    let (owner_a, owner_b) = (owner_id("conf-a"), owner_id("conf-b"));
    let claims = join_all(vec![
        a.claim_open(&owner_a, now, 60_000, 100),
        b.claim_open(&owner_b, now, 60_000, 100),
    ])
    .await;
    let mut seen = BTreeSet::new();
    for claimed in claims {
        for p in claimed.unwrap() {
            assert!(
                seen.insert(p.order_id.clone()),
                "{} claimed twice",
                p.order_id
            );
        }
    }
    let expected: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(
        seen, expected,
        "the two claims together take every open payment once"
    );

    let target = &ids[0];
    let n = notification(&run, "across-dup", target, TradeStatus::Success);
    let mut calls = Vec::new();
    for i in 0..20 {
        let handle = if i % 2 == 0 { a } else { b };
        calls.push(handle.apply_notification(&n));
    }
    let applied = join_all(calls).await;
    let once = applied
        .iter()
        .filter(|r| matches!(r, Ok(NotificationApplied::Applied)))
        .count();
    let dups = applied
        .iter()
        .filter(|r| matches!(r, Ok(NotificationApplied::Duplicate)))
        .count();
    assert_eq!((once, dups), (1, 19), "{applied:?}");
    let (p, _) = a.get(target).await.unwrap().unwrap();
    assert_eq!(p.outcome, Some(OutcomeKind::Paid));
    close_all(a, &ids[1..]).await;
}

/// Order ids and notification keys unique to one run of the suite.
struct Run {
    prefix: String,
}

impl Run {
    fn new() -> Run {
        Run {
            prefix: owner_id("cf").replace('-', ""),
        }
    }

    fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }
}

fn record(order_id: &str, started_at_ms: i64) -> PaymentRecord {
    PaymentRecord {
        order_id: order_id.to_owned(),
        provider: "pooul".into(),
        amount_minor: 1,
        currency: "CNY".into(),
        auth_code_hint: "…0102".into(),
        started_at_ms,
        outcome: None,
        detail: None,
        updated_at_ms: started_at_ms,
    }
}

fn step(order_id: &str, kind: StepKind, phase: Phase, at_ms: i64) -> StepRecord {
    let result = phase == Phase::Result;
    StepRecord {
        order_id: order_id.to_owned(),
        step: kind,
        phase,
        classification: result.then_some(Classification::Pending),
        detail: result.then(|| format!("state USERPAYING at {at_ms}")),
        provider_trade_id: result.then(|| format!("T{at_ms}")),
        at_ms,
    }
}

fn notification(run: &Run, key: &str, order_id: &str, status: TradeStatus) -> Notification {
    // The dedupe key is the provider trade id, as the notification handler makes it.
    Notification {
        provider: "pooul".into(),
        dedupe_key: run.id(key),
        order_id: order_id.to_owned(),
        provider_trade_id: Some(run.id(key)),
        amount: Some(StatedAmount {
            minor: 1,
            currency: "CNY".into(),
        }),
        status: Some(status),
        raw_state: Some(status.as_str().to_owned()),
        received_at_ms: now_ms(),
    }
}

async fn close_all(journal: &dyn Journal, ids: &[String]) {
    for id in ids {
        journal
            .close(
                id,
                OutcomeKind::Failed,
                Some("conformance cleanup"),
                now_ms(),
            )
            .await
            .unwrap();
    }
}

async fn open_and_duplicate(journal: &dyn Journal, run: &Run) {
    let id = run.id("open");
    let r = record(&id, now_ms());
    journal.open(&r).await.expect("open a new payment");
    assert!(
        matches!(journal.open(&r).await, Err(JournalError::Duplicate(d)) if d == id),
        "a second open of the same order id is Duplicate"
    );
    assert!(
        matches!(
            journal.open_leased(&r, "someone", now_ms() + 1000).await,
            Err(JournalError::Duplicate(_))
        ),
        "open_leased of an existing order id is Duplicate"
    );
    let (got, steps) = journal.get(&id).await.unwrap().expect("opened payment");
    assert_eq!(got, r, "the record reads back as written");
    assert!(steps.is_empty());
    assert!(journal.get(&run.id("never")).await.unwrap().is_none());
    close_all(journal, &[id]).await;
}

async fn steps_keep_their_order(journal: &dyn Journal, run: &Run) {
    let id = run.id("steps");
    let t = now_ms();
    journal.open(&record(&id, t)).await.unwrap();
    // Same timestamps on purpose: the order is the order written, not the clock's.
    let written = vec![
        step(&id, StepKind::Pay, Phase::Intent, t),
        step(&id, StepKind::Pay, Phase::Result, t),
        step(&id, StepKind::Query, Phase::Intent, t),
        step(&id, StepKind::Query, Phase::Result, t),
        step(&id, StepKind::Reverse, Phase::Intent, t + 1),
        step(&id, StepKind::Reverse, Phase::Result, t + 1),
    ];
    for s in &written {
        journal.step(s).await.unwrap();
    }
    let (_, steps) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(steps, written, "steps read back in the order written");
    let stray = step(&run.id("no-such-order"), StepKind::Pay, Phase::Intent, t);
    assert!(
        matches!(journal.step(&stray).await, Err(JournalError::NotFound(_))),
        "a step of an unknown order is NotFound"
    );
    close_all(journal, &[id]).await;
}

async fn close_is_idempotent_and_flags_contradictions(journal: &dyn Journal, run: &Run) {
    let id = run.id("close");
    let t = now_ms();
    journal.open(&record(&id, t)).await.unwrap();
    journal
        .close(&id, OutcomeKind::Paid, Some("trade 42"), t + 5)
        .await
        .unwrap();
    journal
        .close(&id, OutcomeKind::Paid, Some("trade 42"), t + 6)
        .await
        .expect("closing again with the same outcome is fine");
    let (p, _) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(p.outcome, Some(OutcomeKind::Paid));
    assert_eq!(p.detail.as_deref(), Some("trade 42"));
    assert_eq!(
        p.updated_at_ms,
        t + 5,
        "an idempotent close changes nothing"
    );

    journal
        .close(&id, OutcomeKind::Reversed, None, t + 7)
        .await
        .expect("a contradicting close is recorded, not refused");
    let (p, _) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(
        p.outcome,
        Some(OutcomeKind::Paid),
        "the first outcome stays"
    );
    let detail = p.detail.unwrap_or_default();
    assert!(
        detail.contains("trade 42") && detail.contains("CONFLICT"),
        "{detail}"
    );
    assert!(matches!(
        journal
            .close(&run.id("nobody"), OutcomeKind::Paid, None, t)
            .await,
        Err(JournalError::NotFound(_))
    ));
}

async fn list_is_newest_first(journal: &dyn Journal, run: &Run) {
    // Far in the future, so that they are the newest whatever the store already holds.
    let base = now_ms() + 100 * 365 * 24 * 3600 * 1000;
    let ids: Vec<String> = (0..3).map(|i| run.id(&format!("list-{i}"))).collect();
    for (i, id) in ids.iter().enumerate() {
        journal.open(&record(id, base + i as i64)).await.unwrap();
    }
    let listed = journal.list(2).await.unwrap();
    let got: Vec<&str> = listed.iter().map(|p| p.order_id.as_str()).collect();
    assert_eq!(
        got,
        vec![ids[2].as_str(), ids[1].as_str()],
        "newest first, limited"
    );
    close_all(journal, &ids).await;
    let listed = journal.list(1).await.unwrap();
    assert_eq!(
        listed[0].outcome,
        Some(OutcomeKind::Failed),
        "closed ones are listed too"
    );
}

async fn claims_are_exclusive_and_leases_expire(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    let free: Vec<String> = (0..3).map(|i| run.id(&format!("claim-{i}"))).collect();
    for (i, id) in free.iter().enumerate() {
        journal.open(&record(id, t - 100 + i as i64)).await.unwrap();
    }
    let held = run.id("claim-held");
    journal
        .open_leased(&record(&held, t), "opener", t + 10_000)
        .await
        .unwrap();
    let closed = run.id("claim-closed");
    journal.open(&record(&closed, t - 200)).await.unwrap();
    journal
        .close(&closed, OutcomeKind::Paid, None, t)
        .await
        .unwrap();

    let ids =
        |ps: Vec<PaymentRecord>| -> Vec<String> { ps.into_iter().map(|p| p.order_id).collect() };
    let a = ids(journal.claim_open("owner-a", t, 1000, 2).await.unwrap());
    assert_eq!(a, free[..2].to_vec(), "oldest first, at most `limit`");
    let a2 = ids(journal.claim_open("owner-a", t, 1000, 10).await.unwrap());
    assert_eq!(
        a2,
        free[2..].to_vec(),
        "the rest; never the held or closed ones"
    );
    let b = journal
        .claim_open("owner-b", t + 500, 1000, 10)
        .await
        .unwrap();
    assert!(b.is_empty(), "nothing while A's leases run: {b:?}");
    let b = ids(journal
        .claim_open("owner-b", t + 1001, 1000, 10)
        .await
        .unwrap());
    assert_eq!(b, free, "A's leases ran out: B takes them");
    let c = ids(journal
        .claim_open("owner-c", t + 10_001, 1000, 10)
        .await
        .unwrap());
    assert!(c.contains(&held), "the opener's lease ran out too: {c:?}");
    assert!(!c.contains(&closed), "a closed payment is never claimed");

    let mut all = free.clone();
    all.push(held);
    close_all(journal, &all).await;
    let after = journal
        .claim_open("owner-d", t + 1_000_000, 1000, 10)
        .await
        .unwrap();
    assert!(
        after.is_empty(),
        "closed payments are never claimed: {after:?}"
    );
}

async fn notifications_apply_once(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    let paid = run.id("notify-paid");
    journal.open(&record(&paid, t)).await.unwrap();

    let paying = notification(run, "n-paying", &paid, TradeStatus::Paying);
    assert_eq!(
        journal.apply_notification(&paying).await.unwrap(),
        NotificationApplied::Applied
    );
    let (p, _) = journal.get(&paid).await.unwrap().unwrap();
    assert_eq!(p.outcome, None, "a paying notification closes nothing");

    let n = notification(run, "n1", &paid, TradeStatus::Success);
    assert_eq!(
        journal.apply_notification(&n).await.unwrap(),
        NotificationApplied::Applied
    );
    let (p, _) = journal.get(&paid).await.unwrap().unwrap();
    assert_eq!(
        p.outcome,
        Some(OutcomeKind::Paid),
        "a paid notification closes"
    );
    assert_eq!(
        journal.apply_notification(&n).await.unwrap(),
        NotificationApplied::Duplicate
    );
    let mut again = notification(run, "n1-digest", &paid, TradeStatus::Success);
    again.provider_trade_id = None;
    assert_eq!(
        journal.apply_notification(&again).await.unwrap(),
        NotificationApplied::Applied,
        "paid again, by another key and no trade id to compare: applied, nothing to change"
    );
    let (p2, _) = journal.get(&paid).await.unwrap().unwrap();
    assert_eq!(p2, p, "nothing changed");
    assert!(journal
        .claim_open("x", t + 1, 1, 10)
        .await
        .unwrap()
        .is_empty());

    let later = run.id("notify-later");
    let early = notification(run, "n-early", &later, TradeStatus::Success);
    assert_eq!(
        journal.apply_notification(&early).await.unwrap(),
        NotificationApplied::UnknownTrade
    );
    journal.open(&record(&later, t)).await.unwrap();
    assert_eq!(
        journal.apply_notification(&early).await.unwrap(),
        NotificationApplied::Applied,
        "an unknown trade's notification is not kept: once the payment exists it applies"
    );

    for kind in [
        OutcomeKind::Reversed,
        OutcomeKind::Failed,
        OutcomeKind::NeedsAttention,
    ] {
        let id = run.id(&format!("notify-{}", kind.as_str()));
        journal.open(&record(&id, t)).await.unwrap();
        journal
            .close(&id, kind, Some("closed first"), t + 1)
            .await
            .unwrap();
        let n = notification(
            run,
            &format!("n-{}", kind.as_str()),
            &id,
            TradeStatus::Success,
        );
        assert_eq!(
            journal.apply_notification(&n).await.unwrap(),
            NotificationApplied::Conflict,
            "paid after {}",
            kind.as_str()
        );
        let (p, _) = journal.get(&id).await.unwrap().unwrap();
        assert_eq!(p.outcome, Some(kind), "the outcome is kept");
        let detail = p.detail.unwrap_or_default();
        assert!(
            detail.contains("closed first") && detail.contains("CONFLICT"),
            "{detail}"
        );
        assert_eq!(
            journal.apply_notification(&n).await.unwrap(),
            NotificationApplied::Duplicate
        );
    }
}

async fn concurrent_duplicate_notifications_apply_once(journal: &dyn Journal, run: &Run) {
    let id = run.id("notify-burst");
    journal.open(&record(&id, now_ms())).await.unwrap();
    let n = notification(run, "n-burst", &id, TradeStatus::Success);
    let results = join_all((0..20).map(|_| journal.apply_notification(&n))).await;
    let applied = results
        .iter()
        .filter(|r| matches!(r, Ok(NotificationApplied::Applied)))
        .count();
    let duplicate = results
        .iter()
        .filter(|r| matches!(r, Ok(NotificationApplied::Duplicate)))
        .count();
    assert_eq!((applied, duplicate), (1, 19), "{results:?}");
    let (p, _) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(p.outcome, Some(OutcomeKind::Paid));
}

/// issue 8, finding 2: a notification from one provider for an order id that belongs to
/// another provider's payment changes nothing and is not kept.
async fn notifications_touch_only_their_providers_payment(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    for closed in [None, Some(OutcomeKind::Reversed)] {
        let id = run.id(&format!(
            "foreign-{}",
            closed.map_or("open", |o| o.as_str())
        ));
        journal.open(&record(&id, t)).await.unwrap();
        if let Some(kind) = closed {
            journal.close(&id, kind, Some("mine"), t).await.unwrap();
        }
        let (before, _) = journal.get(&id).await.unwrap().unwrap();
        let mut foreign = notification(run, &format!("foreign-n-{id}"), &id, TradeStatus::Success);
        foreign.provider = "bjrcb".into();
        for _ in 0..2 {
            assert_eq!(
                journal.apply_notification(&foreign).await.unwrap(),
                NotificationApplied::UnknownTrade,
                "another provider's notification is not about this payment (nor kept: again is \
                 not a duplicate)"
            );
        }
        let (after, _) = journal.get(&id).await.unwrap().unwrap();
        assert_eq!(after, before, "the payment is untouched");
        // Its own provider's notification still applies.
        let own = notification(run, &format!("own-n-{id}"), &id, TradeStatus::Success);
        let applied = journal.apply_notification(&own).await.unwrap();
        if closed.is_none() {
            assert_eq!(applied, NotificationApplied::Applied);
        } else {
            assert_eq!(applied, NotificationApplied::Conflict);
        }
    }
}

/// issue 8, finding 3: a notification stating another amount or currency than the payment's
/// never makes it paid: an open one needs attention, a closed one keeps its outcome; both get
/// a conflict note.
async fn notifications_stating_another_amount_are_conflicts(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    for (case, minor, currency) in [("more", 100, "CNY"), ("neg", -1, "CNY"), ("usd", 1, "USD")] {
        let id = run.id(&format!("amount-{case}"));
        journal.open(&record(&id, t)).await.unwrap();
        let mut n = notification(run, &format!("amount-n-{case}"), &id, TradeStatus::Success);
        n.amount = Some(StatedAmount {
            minor,
            currency: currency.into(),
        });
        assert_eq!(
            journal.apply_notification(&n).await.unwrap(),
            NotificationApplied::Conflict,
            "{case}"
        );
        let (p, _) = journal.get(&id).await.unwrap().unwrap();
        assert_eq!(
            p.outcome,
            Some(OutcomeKind::NeedsAttention),
            "{case}: never paid"
        );
        let detail = p.detail.unwrap_or_default();
        assert!(
            detail.contains("CONFLICT") && detail.contains(&format!("{minor} {currency}")),
            "{case}: {detail}"
        );
        assert_eq!(
            journal.apply_notification(&n).await.unwrap(),
            NotificationApplied::Duplicate,
            "{case}: a retry of the same notification is a duplicate"
        );
        // A later close by the saga keeps the needs-attention outcome.
        journal
            .close(&id, OutcomeKind::Paid, Some("T-saga"), t + 1)
            .await
            .unwrap();
        let (p, _) = journal.get(&id).await.unwrap().unwrap();
        assert_eq!(p.outcome, Some(OutcomeKind::NeedsAttention), "{case}");
    }
    // A closed payment keeps its outcome and gets the note.
    let id = run.id("amount-closed");
    journal.open(&record(&id, t)).await.unwrap();
    journal
        .close(&id, OutcomeKind::Paid, Some("T-closed"), t)
        .await
        .unwrap();
    let mut n = notification(run, "amount-n-closed", &id, TradeStatus::Success);
    n.provider_trade_id = Some("T-closed".into());
    n.amount = Some(StatedAmount {
        minor: 2,
        currency: "CNY".into(),
    });
    assert_eq!(
        journal.apply_notification(&n).await.unwrap(),
        NotificationApplied::Conflict
    );
    let (p, _) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(p.outcome, Some(OutcomeKind::Paid));
    let detail = p.detail.unwrap_or_default();
    assert!(detail.starts_with("T-closed; CONFLICT: "), "{detail}");
    // Not stated: nothing to contradict.
    let id = run.id("amount-none");
    journal.open(&record(&id, t)).await.unwrap();
    let mut n = notification(run, "amount-n-none", &id, TradeStatus::Success);
    n.amount = None;
    assert_eq!(
        journal.apply_notification(&n).await.unwrap(),
        NotificationApplied::Applied
    );
}

/// issue 8, finding 4: paid again under another provider trade id is a conflict (a second
/// charge a person must see); the same trade id again stays a duplicate.
async fn paid_under_a_second_trade_id_is_a_conflict(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    let id = run.id("second-trade");
    journal.open(&record(&id, t)).await.unwrap();
    let first = notification(run, "trade-1", &id, TradeStatus::Success);
    assert_eq!(
        journal.apply_notification(&first).await.unwrap(),
        NotificationApplied::Applied
    );
    let second = notification(run, "trade-2", &id, TradeStatus::Success);
    assert_eq!(
        journal.apply_notification(&second).await.unwrap(),
        NotificationApplied::Conflict
    );
    let (p, _) = journal.get(&id).await.unwrap().unwrap();
    assert_eq!(p.outcome, Some(OutcomeKind::Paid));
    let detail = p.detail.unwrap_or_default();
    assert!(
        detail.contains("CONFLICT") && detail.contains(&run.id("trade-2")),
        "{detail}"
    );
    for again in [&first, &second] {
        assert_eq!(
            journal.apply_notification(again).await.unwrap(),
            NotificationApplied::Duplicate
        );
    }
    // Paid by the saga under one trade id, notified under another.
    let id = run.id("second-trade-saga");
    journal.open(&record(&id, t)).await.unwrap();
    journal
        .close(&id, OutcomeKind::Paid, Some("T-saga-1"), t)
        .await
        .unwrap();
    let other = notification(run, "trade-saga-2", &id, TradeStatus::Success);
    assert_eq!(
        journal.apply_notification(&other).await.unwrap(),
        NotificationApplied::Conflict
    );
    let mut same = notification(run, "trade-saga-1", &id, TradeStatus::Success);
    same.provider_trade_id = Some("T-saga-1".into());
    assert_eq!(
        journal.apply_notification(&same).await.unwrap(),
        NotificationApplied::Applied,
        "the trade id the saga recorded: paid already, nothing to flag"
    );
}

/// issue 8, finding 12: the open payments another owner holds, with their lease, are listed;
/// free, expired, own and closed ones are not.
async fn held_payments_are_listed_with_their_lease(journal: &dyn Journal, run: &Run) {
    let t = now_ms();
    let held = run.id("held-other");
    let mine = run.id("held-mine");
    let expired = run.id("held-expired");
    let free = run.id("held-free");
    let closed = run.id("held-closed");
    journal
        .open_leased(&record(&held, t), "other-process", t + 60_000)
        .await
        .unwrap();
    journal
        .open_leased(&record(&mine, t), "me", t + 60_000)
        .await
        .unwrap();
    journal
        .open_leased(&record(&expired, t), "other-process", t - 1)
        .await
        .unwrap();
    journal.open(&record(&free, t)).await.unwrap();
    journal
        .open_leased(&record(&closed, t), "other-process", t + 60_000)
        .await
        .unwrap();
    journal
        .close(&closed, OutcomeKind::Paid, None, t)
        .await
        .unwrap();
    let ours = [&held, &mine, &expired, &free, &closed];
    let listed: Vec<_> = journal
        .held_by_others("me", t)
        .await
        .expect("held_by_others")
        .into_iter()
        .filter(|h| ours.contains(&&h.payment.order_id))
        .collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].payment.order_id, held);
    assert_eq!(listed[0].owner, "other-process");
    assert_eq!(listed[0].lease_until_ms, t + 60_000);
    assert_eq!(listed[0].payment.provider, "pooul");
    // The holder itself sees nothing held by others among these.
    let by_holder = journal.held_by_others("other-process", t).await.unwrap();
    assert!(by_holder
        .iter()
        .all(|h| !ours.contains(&&h.payment.order_id) || h.payment.order_id == mine));
    close_all(journal, &[held, mine, expired, free]).await;
}

/// What every journal-backed [`CredentialStore`] does: nothing until a value is stored; the
/// latest update wins; providers and keys are kept apart; a value survives as given (Unicode,
/// long keys).
pub async fn credential_store(store: &dyn payspec_core::CredentialStore) {
    use payspec_core::Redacted;
    let provider = format!("conformance-{}", crate::recording::owner_id("creds"));
    let read = |key: &'static str| {
        let provider = provider.clone();
        async move {
            store
                .current(&provider, key)
                .await
                .expect("read")
                .map(|v| v.expose().clone())
        }
    };
    assert_eq!(read("device_key").await, None);
    store
        .update(&provider, "device_key", Redacted::new("k1".into()))
        .await
        .expect("write");
    store
        .update(&provider, "device_key", Redacted::new("钥匙-2".into()))
        .await
        .expect("rewrite");
    let long = "x".repeat(4096);
    store
        .update(&provider, "serial", Redacted::new(long.clone()))
        .await
        .expect("write another key");
    assert_eq!(read("device_key").await.as_deref(), Some("钥匙-2"));
    assert_eq!(read("serial").await, Some(long));
    assert_eq!(
        store
            .current("another-provider", "device_key")
            .await
            .expect("read"),
        None
    );
}

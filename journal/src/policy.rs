//! The journal's decisions, once, for every store: closing a payment, applying a notification,
//! and the conflict notes a person reads. Pure functions over what a store read under its lock;
//! the stores (SQLite, PostgreSQL) only lock, read, call these, and write what they answer.
//!
//! Why one module: the SQLite and PostgreSQL journals each had their own copy of these rules
//! and the copies drifted (SQLite read an unknown stored outcome as "open"). A rule written
//! once cannot drift, and is tested once here; `journal::conformance` checks that each store
//! carries the answers out the same way.
//!
//! The rules:
//! - **Close**: an open payment takes the outcome; the same outcome again changes nothing; a
//!   different one keeps the first (both were facts once) and appends a `CONFLICT: …` note.
//! - **Notification** (see [`notification`]): only a payment of the notification's provider is
//!   touched; the same key again is a duplicate; a stated amount or currency other than the
//!   payment's is a conflict (an open payment becomes needs-attention, never paid); paid closes
//!   an open payment; paid after another outcome, or paid under a second provider trade id, is
//!   a conflict.

use super::{Notification, NotificationApplied, OutcomeKind};
use payspec_core::binding::{self, Claimed, Expected, Mismatch};
use payspec_core::status::TradeStatus;

/// A payment as a store read it (inside the transaction that will write the answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub order_id: String,
    pub provider: String,
    pub amount_minor: i64,
    pub currency: String,
    /// `None` while open.
    pub outcome: Option<OutcomeKind>,
    pub detail: Option<String>,
    /// The provider trade id the payment was paid under, once known.
    pub trade_id: Option<String>,
    pub updated_at_ms: i64,
}

/// What to write to the payment's row: the new values of these columns, all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub outcome: Option<OutcomeKind>,
    pub detail: Option<String>,
    pub trade_id: Option<String>,
    pub updated_at_ms: i64,
    /// Clear the lease (`owner`, `lease_until_ms`): a closed payment is nobody's to drive.
    pub release_lease: bool,
}

/// `previous` with a conflict note appended: the first outcome stays, a person reads both.
pub fn with_conflict(previous: Option<&str>, note: &str) -> String {
    match previous {
        Some(p) if !p.is_empty() => format!("{p}; CONFLICT: {note}"),
        _ => format!("CONFLICT: {note}"),
    }
}

/// Closing `current` with `outcome`: `None` when nothing changes (the same outcome again).
///
/// For a paid close, `detail` is the provider trade id (the saga records it so): it becomes the
/// payment's trade id, against which later paid notifications are checked.
pub fn close(
    current: &Current,
    outcome: OutcomeKind,
    detail: Option<&str>,
    at_ms: i64,
) -> Option<Update> {
    match current.outcome {
        None => Some(Update {
            outcome: Some(outcome),
            detail: detail.map(str::to_owned),
            trade_id: if outcome == OutcomeKind::Paid {
                detail
                    .map(str::to_owned)
                    .or_else(|| current.trade_id.clone())
            } else {
                current.trade_id.clone()
            },
            updated_at_ms: at_ms,
            release_lease: true,
        }),
        // Idempotent: the same outcome again changes nothing.
        Some(previous) if previous == outcome => None,
        // Both were facts once: keep the first outcome, note the second for a person.
        Some(previous) => {
            let note = format!(
                "closed as {}, then as {}{} at {at_ms}",
                previous.as_str(),
                outcome.as_str(),
                detail.map(|d| format!(" ({d})")).unwrap_or_default()
            );
            Some(Update {
                outcome: Some(previous),
                detail: Some(with_conflict(current.detail.as_deref(), &note)),
                trade_id: current.trade_id.clone(),
                updated_at_ms: at_ms,
                release_lease: false,
            })
        }
    }
}

/// What a store does with a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotificationPlan {
    /// Keep nothing, change nothing: answer [`NotificationApplied::UnknownTrade`]. (Not kept,
    /// so a later copy, once the payment exists, is not a "duplicate".)
    Ignore,
    /// Record the notification under its unique (provider, key). If it was recorded before,
    /// answer [`NotificationApplied::Duplicate`] and write nothing; otherwise write `update`
    /// (when there is one) in the same transaction and answer `applied`.
    Record {
        applied: NotificationApplied,
        update: Option<Update>,
    },
}

/// The plan for notification `n` and the payment its order id names (`None`: no such payment).
pub fn notification(current: Option<&Current>, n: &Notification) -> NotificationPlan {
    let Some(current) = current else {
        return NotificationPlan::Ignore;
    };
    let expected = Expected {
        provider: &current.provider,
        order_id: &current.order_id,
        amount_minor: current.amount_minor,
        currency: &current.currency,
    };
    let claimed = Claimed {
        provider: &n.provider,
        order_id: Some(&n.order_id),
        amount: n.amount.as_ref().map(|a| (a.minor, a.currency.as_str())),
    };
    let at = n.received_at_ms;
    match binding::check(&expected, &claimed) {
        Ok(()) => {}
        // Another provider's payment (or, defensively, another order): not this notification's
        // to touch, and nothing this provider holds. Nothing is kept.
        Err(Mismatch::Provider { .. } | Mismatch::OrderId { .. }) => {
            return NotificationPlan::Ignore;
        }
        Err(mismatch @ Mismatch::Amount { .. }) => {
            let note = format!("notification {}{}: {mismatch}", n.dedupe_key, state_text(n));
            let update = match current.outcome {
                // Never paid on an amount nobody asked for: a person decides.
                None => Update {
                    outcome: Some(OutcomeKind::NeedsAttention),
                    detail: Some(with_conflict(current.detail.as_deref(), &note)),
                    trade_id: current.trade_id.clone(),
                    updated_at_ms: at,
                    release_lease: true,
                },
                Some(kept) => Update {
                    outcome: Some(kept),
                    detail: Some(with_conflict(current.detail.as_deref(), &note)),
                    trade_id: current.trade_id.clone(),
                    updated_at_ms: at,
                    release_lease: false,
                },
            };
            return NotificationPlan::Record {
                applied: NotificationApplied::Conflict,
                update: Some(update),
            };
        }
    }
    if n.status != Some(TradeStatus::Success) {
        // A status that closes nothing: recorded; the saga's queries decide those.
        return NotificationPlan::Record {
            applied: NotificationApplied::Applied,
            update: None,
        };
    }
    match current.outcome {
        None => NotificationPlan::Record {
            applied: NotificationApplied::Applied,
            update: Some(Update {
                outcome: Some(OutcomeKind::Paid),
                detail: Some(format!("notification {}", n.dedupe_key)),
                trade_id: n
                    .provider_trade_id
                    .clone()
                    .or_else(|| current.trade_id.clone()),
                updated_at_ms: at,
                release_lease: true,
            }),
        },
        Some(OutcomeKind::Paid) => match (&current.trade_id, &n.provider_trade_id) {
            // Paid twice, under two trade ids: a second charge nobody would see otherwise.
            (Some(known), Some(other)) if known != other => NotificationPlan::Record {
                applied: NotificationApplied::Conflict,
                update: Some(Update {
                    outcome: Some(OutcomeKind::Paid),
                    detail: Some(with_conflict(
                        current.detail.as_deref(),
                        &format!(
                            "notification {} says paid under trade id {other}, the payment was \
                             paid under trade id {known}: charged twice?",
                            n.dedupe_key
                        ),
                    )),
                    trade_id: Some(known.clone()),
                    updated_at_ms: at,
                    release_lease: false,
                }),
            },
            // Paid without a known trade id: this one is it, so a third can be checked.
            (None, Some(first)) => NotificationPlan::Record {
                applied: NotificationApplied::Applied,
                update: Some(Update {
                    outcome: Some(OutcomeKind::Paid),
                    detail: current.detail.clone(),
                    trade_id: Some(first.clone()),
                    updated_at_ms: current.updated_at_ms,
                    release_lease: false,
                }),
            },
            // The same trade id under another key, or no trade id to compare: paid already.
            _ => NotificationPlan::Record {
                applied: NotificationApplied::Applied,
                update: None,
            },
        },
        Some(kind) => NotificationPlan::Record {
            applied: NotificationApplied::Conflict,
            update: Some(Update {
                outcome: Some(kind),
                detail: Some(with_conflict(
                    current.detail.as_deref(),
                    &format!(
                        "notification {} says paid{} after the payment was closed as {}",
                        n.dedupe_key,
                        state_text(n),
                        kind.as_str()
                    ),
                )),
                trade_id: current.trade_id.clone(),
                updated_at_ms: at,
                release_lease: false,
            }),
        },
    }
}

fn state_text(n: &Notification) -> String {
    n.raw_state
        .as_deref()
        .map(|s| format!(" (state {s})"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::StatedAmount;

    fn open() -> Current {
        Current {
            order_id: "o-1".into(),
            provider: "pooul".into(),
            amount_minor: 1,
            currency: "CNY".into(),
            outcome: None,
            detail: None,
            trade_id: None,
            updated_at_ms: 100,
        }
    }

    fn closed(outcome: OutcomeKind, detail: &str, trade_id: Option<&str>) -> Current {
        Current {
            outcome: Some(outcome),
            detail: Some(detail.into()),
            trade_id: trade_id.map(str::to_owned),
            ..open()
        }
    }

    fn paid_notification(key: &str, trade_id: Option<&str>) -> Notification {
        Notification {
            provider: "pooul".into(),
            dedupe_key: key.into(),
            order_id: "o-1".into(),
            provider_trade_id: trade_id.map(str::to_owned),
            amount: Some(StatedAmount {
                minor: 1,
                currency: "CNY".into(),
            }),
            status: Some(TradeStatus::Success),
            raw_state: Some("0".into()),
            received_at_ms: 500,
        }
    }

    fn record(plan: NotificationPlan) -> (NotificationApplied, Option<Update>) {
        match plan {
            NotificationPlan::Record { applied, update } => (applied, update),
            NotificationPlan::Ignore => panic!("ignored"),
        }
    }

    #[test]
    fn close_first_outcome_stays_same_is_idempotent_other_is_noted() {
        let update = close(&open(), OutcomeKind::Paid, Some("T1"), 7).expect("closes");
        assert_eq!(update.outcome, Some(OutcomeKind::Paid));
        assert_eq!(
            update.trade_id.as_deref(),
            Some("T1"),
            "a paid close's detail"
        );
        assert!(update.release_lease);
        let paid = closed(OutcomeKind::Paid, "T1", Some("T1"));
        assert_eq!(close(&paid, OutcomeKind::Paid, Some("T1"), 8), None);
        let update = close(&paid, OutcomeKind::Reversed, Some("gave up"), 9).expect("noted");
        assert_eq!(update.outcome, Some(OutcomeKind::Paid), "the first stays");
        assert_eq!(
            update.detail.as_deref(),
            Some("T1; CONFLICT: closed as paid, then as reversed (gave up) at 9")
        );
        assert!(!update.release_lease);
        let failed = close(&open(), OutcomeKind::Failed, Some("refused"), 7).unwrap();
        assert_eq!(failed.trade_id, None, "only a paid close names a trade id");
    }

    #[test]
    fn the_conflict_note_keeps_what_was_there() {
        assert_eq!(with_conflict(None, "x"), "CONFLICT: x");
        assert_eq!(with_conflict(Some(""), "x"), "CONFLICT: x");
        assert_eq!(with_conflict(Some("a"), "x"), "a; CONFLICT: x");
    }

    #[test]
    fn an_unknown_order_is_ignored() {
        assert_eq!(
            notification(None, &paid_notification("T1", Some("T1"))),
            NotificationPlan::Ignore
        );
    }

    #[test]
    fn another_providers_notification_never_touches_the_payment() {
        // issue 8, finding 2
        let mut n = paid_notification("T1", Some("T1"));
        n.provider = "bjrcb".into();
        assert_eq!(notification(Some(&open()), &n), NotificationPlan::Ignore);
        let paid = closed(OutcomeKind::Reversed, "r", None);
        assert_eq!(notification(Some(&paid), &n), NotificationPlan::Ignore);
    }

    #[test]
    fn a_paid_notification_closes_an_open_payment_with_its_trade_id() {
        let (applied, update) = record(notification(
            Some(&open()),
            &paid_notification("T1", Some("T1")),
        ));
        assert_eq!(applied, NotificationApplied::Applied);
        let update = update.expect("closes");
        assert_eq!(update.outcome, Some(OutcomeKind::Paid));
        assert_eq!(update.detail.as_deref(), Some("notification T1"));
        assert_eq!(update.trade_id.as_deref(), Some("T1"));
        assert_eq!(update.updated_at_ms, 500);
        assert!(update.release_lease);
    }

    #[test]
    fn another_amount_or_currency_is_a_conflict_never_paid() {
        // issue 8, finding 3
        for (minor, currency) in [(100, "CNY"), (-1, "CNY"), (1, "USD")] {
            let mut n = paid_notification("T1", Some("T1"));
            n.amount = Some(StatedAmount {
                minor,
                currency: currency.into(),
            });
            let (applied, update) = record(notification(Some(&open()), &n));
            assert_eq!(applied, NotificationApplied::Conflict);
            let update = update.expect("flagged");
            assert_eq!(update.outcome, Some(OutcomeKind::NeedsAttention));
            let detail = update.detail.unwrap();
            assert!(detail.starts_with("CONFLICT: notification T1"), "{detail}");
            assert!(detail.contains(&format!("{minor} {currency}")), "{detail}");
            // A closed payment keeps its outcome and gets the note.
            let paid = closed(OutcomeKind::Paid, "T0", Some("T0"));
            let (applied, update) = record(notification(Some(&paid), &n));
            assert_eq!(applied, NotificationApplied::Conflict);
            let update = update.unwrap();
            assert_eq!(update.outcome, Some(OutcomeKind::Paid));
            assert!(update.detail.unwrap().starts_with("T0; CONFLICT: "));
        }
        // No amount stated: nothing to contradict.
        let mut n = paid_notification("T1", Some("T1"));
        n.amount = None;
        let (applied, _) = record(notification(Some(&open()), &n));
        assert_eq!(applied, NotificationApplied::Applied);
    }

    #[test]
    fn paid_again_under_another_trade_id_is_a_conflict() {
        // issue 8, finding 4
        let paid = closed(OutcomeKind::Paid, "notification T1", Some("T1"));
        let (applied, update) = record(notification(
            Some(&paid),
            &paid_notification("T2", Some("T2")),
        ));
        assert_eq!(applied, NotificationApplied::Conflict);
        let update = update.unwrap();
        assert_eq!(update.outcome, Some(OutcomeKind::Paid));
        assert_eq!(update.trade_id.as_deref(), Some("T1"));
        assert!(update.detail.unwrap().contains("trade id T2"));
        // The same trade id under another key: paid already, nothing to write.
        let (applied, update) = record(notification(
            Some(&paid),
            &paid_notification("digest", Some("T1")),
        ));
        assert_eq!((applied, update), (NotificationApplied::Applied, None));
        // Paid without a known trade id: the first one stated becomes it.
        let unknown = closed(OutcomeKind::Paid, "", None);
        let (applied, update) = record(notification(
            Some(&unknown),
            &paid_notification("T3", Some("T3")),
        ));
        assert_eq!(applied, NotificationApplied::Applied);
        let update = update.unwrap();
        assert_eq!(update.trade_id.as_deref(), Some("T3"));
        assert_eq!(update.updated_at_ms, unknown.updated_at_ms);
    }

    #[test]
    fn paid_after_another_outcome_is_a_conflict_and_the_outcome_stays() {
        for kind in [
            OutcomeKind::Reversed,
            OutcomeKind::Failed,
            OutcomeKind::NeedsAttention,
        ] {
            let current = closed(kind, "closed first", None);
            let (applied, update) = record(notification(
                Some(&current),
                &paid_notification("T1", Some("T1")),
            ));
            assert_eq!(applied, NotificationApplied::Conflict);
            let update = update.unwrap();
            assert_eq!(update.outcome, Some(kind));
            assert_eq!(
                update.detail.unwrap(),
                format!(
                    "closed first; CONFLICT: notification T1 says paid (state 0) after the \
                     payment was closed as {}",
                    kind.as_str()
                )
            );
        }
    }

    #[test]
    fn a_status_that_is_not_paid_changes_nothing() {
        let mut n = paid_notification("T1", Some("T1"));
        n.status = Some(TradeStatus::Paying);
        assert_eq!(
            record(notification(Some(&open()), &n)),
            (NotificationApplied::Applied, None)
        );
    }
}

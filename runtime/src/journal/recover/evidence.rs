//! What a payment's recorded steps already settle, before recovery calls anyone.
//!
//! A process can get a definite answer, tell the cashier, and then fail to write the close (a
//! full disk, a lock held too long, a dropped connection). Its recorded answers are then the
//! only trace of what the cashier was told, and recovery must end the payment the same way: a
//! recorded "paid" closes paid (never reversed: the goods have left), a recorded "reversed"
//! closes reversed. Only when nothing definite was recorded does recovery ask the provider.
//!
//! One pure function, [`decide`], so the rule is written once and tested without a journal.

use crate::journal::recording::UNBOUND;
use crate::journal::{Phase, StepKind, StepRecord};
use crate::status::Classification;

/// What the recorded steps settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// A pay or query answered success: the trade is paid. The provider trade id, when the
    /// recorded detail names one, and that detail.
    Paid {
        provider_trade_id: Option<String>,
        detail: String,
    },
    /// A reverse answered success: any money taken has been returned.
    Reversed { detail: String },
    /// The records contradict themselves, or an answer was not about this payment: a person
    /// must look (the saga that heard it said so too).
    Conflict { reason: String },
    /// Nothing definite recorded: ask the provider (query before any reverse).
    Undecided,
}

/// Decides from a payment's steps (any order; only results count). A recorded failure is not
/// decisive on its own: recovery queries, so that "failed" still rests on the provider's word.
pub fn decide(steps: &[StepRecord]) -> Evidence {
    let results = || steps.iter().filter(|s| s.phase == Phase::Result);
    if let Some(unbound) = results().find(|s| detail(s).starts_with(UNBOUND)) {
        return Evidence::Conflict {
            reason: format!(
                "a recorded {:?} answer was not about this payment: {}",
                unbound.step,
                detail(unbound)
            ),
        };
    }
    let success = |s: &&StepRecord| s.classification == Some(Classification::Success);
    let paid = results()
        .filter(|s| matches!(s.step, StepKind::Pay | StepKind::Query))
        .find(success);
    let reversed = results()
        .filter(|s| s.step == StepKind::Reverse)
        .find(success);
    match (paid, reversed) {
        (Some(paid), Some(reversed)) => Evidence::Conflict {
            reason: format!(
                "recorded both paid ({}) and reversed ({})",
                detail(paid),
                detail(reversed)
            ),
        },
        (Some(paid), None) => Evidence::Paid {
            provider_trade_id: trade_id(detail(paid)),
            detail: detail(paid).to_owned(),
        },
        (None, Some(reversed)) => Evidence::Reversed {
            detail: detail(reversed).to_owned(),
        },
        (None, None) => Evidence::Undecided,
    }
}

fn detail(step: &StepRecord) -> &str {
    step.detail.as_deref().unwrap_or("")
}

/// The provider trade id from a result detail as the recorder writes it
/// (`state SUCCESS (success); trade 42; message`).
fn trade_id(detail: &str) -> Option<String> {
    detail
        .split("; ")
        .find_map(|part| part.strip_prefix("trade "))
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(step: StepKind, classification: Option<Classification>, detail: &str) -> StepRecord {
        StepRecord {
            order_id: "T1".into(),
            step,
            phase: Phase::Result,
            classification,
            detail: Some(detail.into()),
            at_ms: 0,
        }
    }

    fn intent(step: StepKind) -> StepRecord {
        StepRecord {
            phase: Phase::Intent,
            classification: None,
            detail: None,
            ..result(step, None, "")
        }
    }

    const OK: Option<Classification> = Some(Classification::Success);
    const PENDING: Option<Classification> = Some(Classification::Pending);

    // issue 8, finding 1: "pay answered success" in the journal closes paid, never reversed.
    #[test]
    fn a_recorded_pay_success_is_paid_with_its_trade_id() {
        let steps = [
            intent(StepKind::Pay),
            result(StepKind::Pay, OK, "state SUCCESS (success); trade 4200; ok"),
        ];
        assert_eq!(
            decide(&steps),
            Evidence::Paid {
                provider_trade_id: Some("4200".into()),
                detail: "state SUCCESS (success); trade 4200; ok".into(),
            }
        );
    }

    // issue 8, finding 1: a query that said paid is as good as a pay that did.
    #[test]
    fn a_recorded_query_success_after_pending_is_paid() {
        let steps = [
            intent(StepKind::Pay),
            result(StepKind::Pay, PENDING, "state USERPAYING (paying)"),
            intent(StepKind::Query),
            result(StepKind::Query, None, "error: timed out"),
            intent(StepKind::Query),
            result(StepKind::Query, OK, "state SUCCESS (success)"),
        ];
        assert!(matches!(
            decide(&steps),
            Evidence::Paid {
                provider_trade_id: None,
                ..
            }
        ));
    }

    #[test]
    fn a_recorded_reverse_success_is_reversed() {
        let steps = [
            intent(StepKind::Pay),
            result(StepKind::Reverse, OK, "state REVOKED (reversed)"),
        ];
        assert!(matches!(decide(&steps), Evidence::Reversed { .. }));
    }

    #[test]
    fn nothing_definite_is_undecided() {
        assert_eq!(decide(&[]), Evidence::Undecided);
        let steps = [
            intent(StepKind::Pay),
            result(StepKind::Pay, PENDING, "state USERPAYING (paying)"),
            intent(StepKind::Query),
            // An intent is not an answer, and a failure alone is not decisive.
            result(
                StepKind::Query,
                Some(Classification::Failed),
                "state PAYERROR",
            ),
            intent(StepKind::Reverse),
        ];
        assert_eq!(decide(&steps), Evidence::Undecided);
    }

    // issue 8, finding 3: a recorded "success" about another amount is not evidence of payment.
    #[test]
    fn an_unbound_answer_is_a_conflict_not_paid() {
        let detail = format!("{UNBOUND}answer states 100 CNY; state SUCCESS (success)");
        let steps = [intent(StepKind::Pay), result(StepKind::Pay, OK, &detail)];
        assert!(matches!(decide(&steps), Evidence::Conflict { .. }));
    }

    #[test]
    fn paid_and_reversed_together_is_a_conflict() {
        let steps = [
            result(StepKind::Pay, OK, "state SUCCESS (success)"),
            result(StepKind::Reverse, OK, "state REVOKED (reversed)"),
        ];
        assert!(matches!(decide(&steps), Evidence::Conflict { .. }));
    }
}

//! What a payment's recorded steps already settle, before recovery calls anyone.
//!
//! A process can get a definite answer, tell the cashier, and then fail to write the close (a
//! full disk, a lock held too long, a dropped connection). Its recorded answers are then the
//! only trace of what the cashier was told, and recovery must end the payment the same way: a
//! recorded "paid" closes paid (never reversed: the goods have left), a recorded definite
//! failure closes failed (the saga stopped there too, and the cashier was told "not paid"), a
//! recorded "reversed" closes reversed. Only when nothing definite was recorded does recovery
//! ask the provider.
//!
//! One pure function, [`decide`], so the rule is written once and tested without a journal.

use crate::recording::UNBOUND;
use crate::{Phase, StepKind, StepRecord};
use payspec_core::status::Classification;

/// What the recorded steps settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// A pay or query answered success: the trade is paid. The provider trade id, when the
    /// recorded detail names one, and that detail.
    Paid {
        provider_trade_id: Option<String>,
        detail: String,
    },
    /// A pay or query answered a definite failure (the spec's positive evidence that the trade
    /// did not happen) before any reverse was sent: nothing was taken.
    Failed { detail: String },
    /// A reverse answered success, or a failure was heard after a reverse had been sent: any
    /// money taken has been returned.
    Reversed { detail: String },
    /// The records contradict themselves, or an answer was not about this payment: a person
    /// must look (the saga that heard it said so too).
    Conflict { reason: String },
    /// Nothing definite recorded: ask the provider (query before any reverse).
    Undecided,
}

/// Decides from a payment's steps (any order; only results count). Two different definite
/// answers (paid and failed, paid and reversed) are a conflict for a person.
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
    let answered = |calls: &[StepKind], class: Classification| {
        results().find(|s| calls.contains(&s.step) && s.classification == Some(class))
    };
    let (pay, query, reverse) = (StepKind::Pay, StepKind::Query, StepKind::Reverse);
    // The provider said a person must check: no query or reverse of recovery's may act first.
    if let Some(step) = answered(&[pay, query, reverse], Classification::Attention) {
        return Evidence::Conflict {
            reason: format!(
                "the recorded {:?} answer asks a person to check: {}",
                step.step,
                detail(step)
            ),
        };
    }
    let paid = answered(&[pay, query], Classification::Success);
    let failed = answered(&[pay, query], Classification::Failed);
    let reversed = answered(&[reverse], Classification::Success);
    match (paid, failed, reversed) {
        (None, None, None) => Evidence::Undecided,
        (Some(step), None, None) => Evidence::Paid {
            provider_trade_id: trade_id(step),
            detail: detail(step).to_owned(),
        },
        // A reverse was sent before the failure was heard (its answer lost): "failed" then
        // cannot tell "never charged" from "charged and reversed" (a provider with no state of
        // its own for a reversed trade reports it failed), so it proves only that nothing is
        // held — which is what "reversed" claims.
        (None, Some(step), None) if reverse_sent(steps, step.at_ms) => Evidence::Reversed {
            detail: format!("after a reverse was sent: {}", detail(step)),
        },
        (None, Some(step), None) => Evidence::Failed {
            detail: detail(step).to_owned(),
        },
        (None, None, Some(step)) => Evidence::Reversed {
            detail: detail(step).to_owned(),
        },
        (paid, failed, reversed) => Evidence::Conflict {
            reason: conflict(&[("paid", paid), ("failed", failed), ("reversed", reversed)]),
        },
    }
}

/// Whether a reverse was sent (its intent recorded) at or before `at_ms`: after that, a
/// "failed" answer proves only that nothing is held (see [`decide`]).
pub(crate) fn reverse_sent(steps: &[StepRecord], at_ms: i64) -> bool {
    steps
        .iter()
        .any(|s| s.step == StepKind::Reverse && s.phase == Phase::Intent && s.at_ms <= at_ms)
}

/// `paid (…) and failed (…) recorded for one payment`.
fn conflict(answers: &[(&str, Option<&StepRecord>)]) -> String {
    let found: Vec<String> = answers
        .iter()
        .filter_map(|(what, step)| Some(format!("{what} ({})", detail((*step)?))))
        .collect();
    format!("{} recorded for one payment", found.join(" and "))
}

fn detail(step: &StepRecord) -> &str {
    step.detail.as_deref().unwrap_or("")
}

/// The provider trade id a result step named: its own column; for a step written before
/// schema v4 (which had none), read back from the detail as the recorder wrote it then
/// (`state SUCCESS (success); trade 42; message`).
fn trade_id(step: &StepRecord) -> Option<String> {
    if let Some(id) = &step.provider_trade_id {
        return Some(id.clone());
    }
    detail(step)
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
            provider_trade_id: None,
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

    // issue 11: an answer that asks a person to check closes as a conflict for a person:
    // recovery neither queries nor reverses behind the saga that stopped there.
    #[test]
    fn a_recorded_attention_answer_is_for_a_person() {
        let attention = Some(Classification::Attention);
        for step in [StepKind::Pay, StepKind::Query, StepKind::Reverse] {
            let steps = [
                intent(StepKind::Pay),
                result(StepKind::Pay, PENDING, "answer pending"),
                result(step, attention, "state FROZEN (attention)"),
            ];
            match decide(&steps) {
                Evidence::Conflict { reason } => {
                    assert!(reason.contains("FROZEN"), "{reason}")
                }
                other => panic!("{step:?}: {other:?}"),
            }
        }
    }

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

    // The step's own trade id column is taken as recorded: a trade id the detail text cannot
    // carry unambiguously (it contains the detail's separator) survives whole.
    #[test]
    fn the_recorded_trade_id_column_is_taken_over_the_detail_text() {
        let mut paid = result(
            StepKind::Pay,
            OK,
            "state SUCCESS (success); trade 42; 7; ok",
        );
        paid.provider_trade_id = Some("42; 7".into());
        let steps = [intent(StepKind::Pay), paid];
        assert!(matches!(
            decide(&steps),
            Evidence::Paid { provider_trade_id: Some(id), .. } if id == "42; 7"
        ));
    }

    // A step written before schema v4 has no column: the id is read back from its detail.
    #[test]
    fn a_step_from_before_the_column_gives_its_trade_id_from_the_detail() {
        let steps = [result(
            StepKind::Query,
            OK,
            "state SUCCESS (success); trade 9; ok",
        )];
        assert!(matches!(
            decide(&steps),
            Evidence::Paid { provider_trade_id: Some(id), .. } if id == "9"
        ));
    }

    // Chaos, seed 11 with five providers: a reverse whose answer was lost, then a query that
    // reads the (reversed) trade as failed — the provider has no reversed state. "Failed" would
    // claim nothing was ever taken; the money was taken and returned.
    #[test]
    fn a_failure_heard_after_a_reverse_was_sent_is_reversed() {
        let at = |mut step: StepRecord, at_ms: i64| {
            step.at_ms = at_ms;
            step
        };
        let steps = [
            at(intent(StepKind::Pay), 1),
            at(result(StepKind::Pay, None, "error: no answer in time"), 2),
            at(intent(StepKind::Reverse), 3),
            at(
                result(StepKind::Reverse, None, "error: no answer in time"),
                4,
            ),
            at(intent(StepKind::Query), 5),
            at(
                result(
                    StepKind::Query,
                    Some(Classification::Failed),
                    "state 2 (failed)",
                ),
                6,
            ),
        ];
        assert!(
            matches!(decide(&steps), Evidence::Reversed { .. }),
            "{:?}",
            decide(&steps)
        );
        // The same failure heard before any reverse is a definite failure.
        assert!(matches!(
            decide(
                &steps[..2]
                    .iter()
                    .chain(&steps[4..])
                    .cloned()
                    .collect::<Vec<_>>()
            ),
            Evidence::Failed { .. }
        ));
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
            // An intent is not an answer, nor is an error or a reverse the provider refused.
            result(StepKind::Query, None, "error: timed out"),
            intent(StepKind::Reverse),
            result(StepKind::Reverse, Some(Classification::Failed), "refused"),
        ];
        assert_eq!(decide(&steps), Evidence::Undecided);
    }

    // issue 8, finding 1 (the other half): told "not paid", the close lost: closes failed.
    #[test]
    fn a_recorded_definite_failure_is_failed() {
        let steps = [
            intent(StepKind::Pay),
            result(
                StepKind::Pay,
                Some(Classification::Failed),
                "state PAYERROR",
            ),
        ];
        assert_eq!(
            decide(&steps),
            Evidence::Failed {
                detail: "state PAYERROR".into()
            }
        );
    }

    #[test]
    fn paid_and_failed_together_is_a_conflict() {
        let steps = [
            result(
                StepKind::Pay,
                Some(Classification::Failed),
                "state PAYERROR",
            ),
            result(StepKind::Query, OK, "state SUCCESS (success)"),
        ];
        let Evidence::Conflict { reason } = decide(&steps) else {
            panic!("a conflict");
        };
        assert_eq!(
            reason,
            "paid (state SUCCESS (success)) and failed (state PAYERROR) recorded for one payment"
        );
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

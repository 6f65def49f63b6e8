//! The `payspec` command line: list providers, run the simulator, take a payment (journaled),
//! query, reverse, recover unfinished payments, read the journal, and a demo of every provider
//! and scenario. `src/main.rs` only parses and dispatches.

pub mod demo;
pub mod journal;
pub mod pay;
pub mod progress;
pub mod providers;
pub mod recover;
pub mod sandbox;

use std::process::ExitCode;

use payspec_client::FinalOutcome;

/// Exit codes, as the README and `payspec --help` document them. What the cashier is told comes
/// first: a payment the journal could not record still exits by its outcome, with its own code
/// so that a till or a script knows the journal is behind and `payspec recover` must run.
pub mod exit {
    /// Paid.
    pub const PAID: u8 = 0;
    /// Not paid, or reversed.
    pub const NOT_PAID: u8 = 1;
    /// Usage or configuration error (clap uses 2 for usage errors too).
    pub const USAGE: u8 = 2;
    /// Needs attention: the money may be held and the trade could not be reversed (also when
    /// the journal could not record it: stderr says so).
    pub const NEEDS_ATTENTION: u8 = 3;
    /// Paid, but the journal could not record it: the sale stands (hand over the goods); run
    /// `payspec recover`, which closes it paid.
    pub const PAID_JOURNAL_BEHIND: u8 = 4;
    /// Not paid or reversed, but the journal could not record it: run `payspec recover`.
    pub const NOT_PAID_JOURNAL_BEHIND: u8 = 5;
}

/// The exit codes as `payspec --help` prints them.
pub const EXIT_CODES_HELP: &str = "Exit codes: 0 paid; 1 not paid or reversed; 2 usage or \
configuration error (nothing sent); 3 needs attention (money may be held and the trade could not \
be reversed); 4 paid, but the journal could not record it (the sale stands; run `payspec \
recover`); 5 not paid or reversed, but the journal could not record it (run `payspec recover`).";

/// The exit code for a payment's final outcome.
pub fn exit_for(outcome: &FinalOutcome) -> ExitCode {
    ExitCode::from(exit_code(outcome, false))
}

/// The exit code for an outcome, `journal_behind` when the journal could not record all of it.
pub fn exit_code(outcome: &FinalOutcome, journal_behind: bool) -> u8 {
    match (outcome, journal_behind) {
        (FinalOutcome::Paid(_), false) => exit::PAID,
        (FinalOutcome::Paid(_), true) => exit::PAID_JOURNAL_BEHIND,
        (FinalOutcome::Failed { .. } | FinalOutcome::Reversed { .. }, false) => exit::NOT_PAID,
        (FinalOutcome::Failed { .. } | FinalOutcome::Reversed { .. }, true) => {
            exit::NOT_PAID_JOURNAL_BEHIND
        }
        (FinalOutcome::NeedsAttention { .. }, _) => exit::NEEDS_ATTENTION,
    }
}

/// What stderr says when the journal is behind: the outcome printed stands, and how the record
/// catches up. `held_for`: `None` when the outcome itself is recorded (only the history has
/// gaps); else how long after the pay started this process's hold on the still open payment
/// lasts — `recover` leaves it alone until then.
pub fn journal_behind_note(why: &str, held_for: Option<std::time::Duration>) -> String {
    let Some(held_for) = held_for else {
        return format!(
            "warning: the journal is behind: {why}.\n\
             The outcome above is recorded; only this payment's history has gaps."
        );
    };
    format!(
        "warning: the journal is behind: {why}.\n\
         The outcome above is what the provider answered. `payspec recover` with the same \
         `--journal` finishes the record once this payment's hold ends ({} s after the pay \
         started): it decides from what was recorded and asks the provider before any reverse; \
         it never pays again.",
        held_for.as_secs()
    )
}

/// One line for a final outcome.
pub fn describe(outcome: &FinalOutcome) -> String {
    match outcome {
        FinalOutcome::Paid(view) => format!(
            "paid: order {} (provider trade {})",
            view.order_id,
            view.provider_trade_id.as_deref().unwrap_or("-")
        ),
        FinalOutcome::Failed { reason } => format!("not paid: {reason}"),
        FinalOutcome::Reversed { order_id } => {
            format!("reversed: order {order_id} was not confirmed in time; any money taken was returned")
        }
        FinalOutcome::NeedsAttention { order_id, reason } => format!(
            "NEEDS ATTENTION: order {order_id} may hold the customer's money and could not be reversed: {reason}"
        ),
    }
}

#[cfg(test)]
mod tests {
    use payspec_client::TradeView;
    use payspec_core::Classification;

    use super::*;

    fn paid() -> FinalOutcome {
        FinalOutcome::Paid(TradeView {
            order_id: "T1".into(),
            classification: Classification::Success,
            status: None,
            raw_state: None,
            provider_trade_id: None,
            amount: None,
            message: None,
        })
    }

    // issue 8, finding 1: an outcome the journal could not record has its own exit code;
    // needs attention stays 3 whatever the journal did.
    #[test]
    fn exit_codes_say_whether_the_journal_recorded_the_outcome() {
        let failed = FinalOutcome::Failed { reason: "x".into() };
        let reversed = FinalOutcome::Reversed {
            order_id: "T1".into(),
        };
        let attention = FinalOutcome::NeedsAttention {
            order_id: "T1".into(),
            reason: "x".into(),
        };
        let table = [
            (&paid(), false, 0),
            (&paid(), true, 4),
            (&failed, false, 1),
            (&failed, true, 5),
            (&reversed, false, 1),
            (&reversed, true, 5),
            (&attention, false, 3),
            (&attention, true, 3),
        ];
        for (outcome, behind, code) in table {
            assert_eq!(exit_code(outcome, behind), code, "{outcome:?} {behind}");
        }
    }

    #[test]
    fn the_journal_behind_note_points_to_recover_only_when_the_payment_is_open() {
        let open = journal_behind_note("x", Some(std::time::Duration::from_secs(155)));
        assert!(
            open.contains("payspec recover") && open.contains("155 s"),
            "{open}"
        );
        assert!(!journal_behind_note("x", None).contains("payspec recover"));
    }
}

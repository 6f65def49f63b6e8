//! The `payspec` command line: list providers, run the simulator, take a payment (journaled),
//! query, reverse, recover unfinished payments, read the journal, and a demo of every provider
//! and scenario. `src/main.rs` only parses and dispatches.

pub mod demo;
pub mod journal;
pub mod pay;
pub mod progress;
pub mod providers;
pub mod recover;

use std::process::ExitCode;

use payspec_runtime::FinalOutcome;

/// Exit codes, as the README documents them.
pub mod exit {
    /// Paid.
    pub const PAID: u8 = 0;
    /// Not paid, or reversed.
    pub const NOT_PAID: u8 = 1;
    /// Usage or configuration error (clap uses 2 for usage errors too).
    pub const USAGE: u8 = 2;
    /// Needs attention: the money may be held and the trade could not be reversed.
    pub const NEEDS_ATTENTION: u8 = 3;
}

/// The exit code for a payment's final outcome.
pub fn exit_for(outcome: &FinalOutcome) -> ExitCode {
    ExitCode::from(match outcome {
        FinalOutcome::Paid(_) => exit::PAID,
        FinalOutcome::Failed { .. } | FinalOutcome::Reversed { .. } => exit::NOT_PAID,
        FinalOutcome::NeedsAttention { .. } => exit::NEEDS_ATTENTION,
    })
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

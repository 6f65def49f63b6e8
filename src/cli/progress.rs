//! Progress of a payment on the terminal (indicatif): what the cashier sees while waiting.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use payspec_client::Progress;

/// A spinner that shows the saga's current step; hidden when stderr is not a terminal.
pub struct PaymentProgress {
    bar: ProgressBar,
}

impl PaymentProgress {
    pub fn new() -> PaymentProgress {
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(120));
        PaymentProgress { bar }
    }

    /// Removes the spinner (idempotent).
    pub fn clear(&self) {
        self.bar.finish_and_clear();
    }

    /// Shows one step.
    pub fn show(&self, step: &Progress) {
        match step {
            Progress::Finished(_) => self.bar.finish_and_clear(),
            other => self.bar.set_message(message(other)),
        }
    }
}

impl Default for PaymentProgress {
    fn default() -> Self {
        PaymentProgress::new()
    }
}

/// The words for a step.
pub fn message(step: &Progress) -> String {
    match step {
        Progress::Paying => "charging the payment code".into(),
        Progress::WaitingForCustomer { query, of } => {
            format!("waiting for the customer to confirm — query {query}/{of}")
        }
        Progress::QueryFailed { query, error } => {
            format!("query {query} got no answer ({error}); trying again on schedule")
        }
        Progress::Reversing { attempt, of } => {
            format!("not confirmed in time — reversing, attempt {attempt}/{of}")
        }
        Progress::Finished(_) => "done".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_a_cashier_reads() {
        assert_eq!(
            message(&Progress::WaitingForCustomer { query: 2, of: 6 }),
            "waiting for the customer to confirm — query 2/6"
        );
        assert_eq!(
            message(&Progress::Reversing { attempt: 1, of: 3 }),
            "not confirmed in time — reversing, attempt 1/3"
        );
    }
}

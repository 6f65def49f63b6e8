//! The sandbox's scenarios, chosen by the payment code (auth code) of the pay request: the one
//! table the simulator, its tests, the README and the CLI all read.
//!
//! A scenario code is 18 digits starting `28` (so it passes every spec's auth-code checks: the
//! strictest is `^28\d{16}$`), whose last four digits `SSNN` select the scenario `SS`; `NN` is the
//! scenario's parameter (only `01` reads it). Any other code pays at once.

use payspec_core::descriptor::SandboxAnswers;
use payspec_core::TradeStatus;

/// How the simulated provider treats one payment, chosen by its auth code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scenario {
    /// `00` (and any code that selects nothing else): paid at once.
    Success,
    /// `01NN`: the customer is paying; the `NN`-th query finds the trade paid (`0100` and `0101`:
    /// the first query).
    PayingThenSuccess { queries: u32 },
    /// `02`: the customer is paying and never confirms; a reverse then succeeds.
    PayingNeverConfirmed,
    /// `03`: insufficient funds — a definite failure, nothing charged.
    InsufficientFunds,
    /// `04`: the pay call answers a system error, but the money was taken (queries say paid).
    SystemErrorCharged,
    /// `05`: charged, but the reply comes only after the sandbox's `slow_reply` delay, past the
    /// client's timeout.
    SlowReplyCharged,
    /// `06`: charged, but the reply is malformed (truncated JSON).
    MalformedReplyCharged,
    /// `07`: charged, but the reply's signature is wrong (the body is right; one hex digit of the
    /// signature is flipped). A provider whose replies are unsigned sends a correct reply.
    BadSignatureCharged,
    /// `08`: the customer is paying and never confirms; the first reverse answers "call again",
    /// the second reverses. A provider whose spec has no call-again answer cannot ask for a
    /// second call, so there the first reverse reverses (as in `02`).
    ReverseCallsAgain,
}

/// The first fourteen digits of every scenario code the sandbox hands out.
const PREFIX: &str = "28000000000000";

impl Scenario {
    /// Every scenario once (`01` with two queries), in table order.
    pub const ALL: [Scenario; 9] = [
        Scenario::Success,
        Scenario::PayingThenSuccess { queries: 2 },
        Scenario::PayingNeverConfirmed,
        Scenario::InsufficientFunds,
        Scenario::SystemErrorCharged,
        Scenario::SlowReplyCharged,
        Scenario::MalformedReplyCharged,
        Scenario::BadSignatureCharged,
        Scenario::ReverseCallsAgain,
    ];

    /// The scenario an auth code selects: 18 digits starting `28`, by the last four digits.
    /// Anything else is [`Scenario::Success`].
    pub fn from_auth_code(code: &str) -> Scenario {
        let bytes = code.as_bytes();
        if bytes.len() != 18 || !code.starts_with("28") || !bytes.iter().all(u8::is_ascii_digit) {
            return Scenario::Success;
        }
        let digit = |i: usize| u32::from(bytes[i] - b'0');
        let nn = digit(16) * 10 + digit(17);
        match (digit(14), digit(15)) {
            (0, 1) => Scenario::PayingThenSuccess { queries: nn },
            (0, 2) => Scenario::PayingNeverConfirmed,
            (0, 3) => Scenario::InsufficientFunds,
            (0, 4) => Scenario::SystemErrorCharged,
            (0, 5) => Scenario::SlowReplyCharged,
            (0, 6) => Scenario::MalformedReplyCharged,
            (0, 7) => Scenario::BadSignatureCharged,
            (0, 8) => Scenario::ReverseCallsAgain,
            _ => Scenario::Success,
        }
    }

    /// The last four digits that select this scenario (`"0000"`, `"0102"`).
    pub fn code(self) -> String {
        let (ss, nn) = match self {
            Scenario::Success => (0, 0),
            Scenario::PayingThenSuccess { queries } => (1, queries.min(99)),
            Scenario::PayingNeverConfirmed => (2, 0),
            Scenario::InsufficientFunds => (3, 0),
            Scenario::SystemErrorCharged => (4, 0),
            Scenario::SlowReplyCharged => (5, 0),
            Scenario::MalformedReplyCharged => (6, 0),
            Scenario::BadSignatureCharged => (7, 0),
            Scenario::ReverseCallsAgain => (8, 0),
        };
        format!("{ss:02}{nn:02}")
    }

    /// An 18-digit auth code that selects this scenario (`280000000000000102`).
    pub fn auth_code(self) -> String {
        format!("{PREFIX}{}", self.code())
    }

    /// The state a correct client ends in: paid, failed (nothing charged) or reversed (money
    /// returned).
    pub fn expected_outcome(self) -> TradeStatus {
        match self {
            Scenario::InsufficientFunds => TradeStatus::Failed,
            Scenario::PayingNeverConfirmed | Scenario::ReverseCallsAgain => TradeStatus::Reversed,
            _ => TradeStatus::Success,
        }
    }

    /// Whether the pay call takes the money at once.
    pub(crate) fn charged_at_once(self) -> bool {
        matches!(
            self,
            Scenario::Success
                | Scenario::SystemErrorCharged
                | Scenario::SlowReplyCharged
                | Scenario::MalformedReplyCharged
                | Scenario::BadSignatureCharged
        )
    }
}

/// Whether a provider can answer "call reverse again": its spec gives a `call_again` answer.
/// Without one, scenario `08` reverses on the first call.
pub fn has_call_again(answers: &SandboxAnswers) -> bool {
    let a = &answers.call_again;
    a.code.is_some() || a.message.is_some() || a.sub_code.is_some() || !a.fields.is_empty()
}

/// The scenario table: the code's last digits and what the sandbox does, for the README and the
/// CLI.
pub fn describe() -> Vec<(&'static str, &'static str)> {
    vec![
        ("00", "paid at once (also any code that selects nothing else)"),
        (
            "01NN",
            "paying; the NN-th query finds it paid (0100 and 0101: the first query)",
        ),
        ("02", "paying, never confirmed; a reverse then succeeds"),
        ("03", "insufficient funds: definite failure, nothing charged"),
        ("04", "pay answers a system error, but the money is taken (queries say paid)"),
        ("05", "charged, but the reply is delayed past the client's timeout (slow_reply, default 10 s)"),
        ("06", "charged, but the reply is malformed (truncated JSON)"),
        ("07", "charged, but the reply's signature is wrong (one hex digit flipped)"),
        (
            "08",
            "paying, never confirmed; the first reverse answers call-again, the second reverses \
             (where the spec has no call-again answer, the first reverses)",
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for scenario in Scenario::ALL {
            let code = scenario.auth_code();
            assert_eq!(code.len(), 18);
            assert_eq!(Scenario::from_auth_code(&code), scenario, "{code}");
        }
    }

    #[test]
    fn anything_else_pays_at_once() {
        for code in [
            "",
            "280000000000000999",
            "130000000000000102",
            "2800000000000001020",
            "28000000000000010x",
        ] {
            assert_eq!(Scenario::from_auth_code(code), Scenario::Success, "{code}");
        }
        assert_eq!(
            Scenario::from_auth_code("289999999999990107"),
            Scenario::PayingThenSuccess { queries: 7 }
        );
    }

    #[test]
    fn the_table_lists_every_scenario_once() {
        let table = describe();
        assert_eq!(table.len(), Scenario::ALL.len());
        for scenario in Scenario::ALL {
            let code = scenario.code();
            assert!(
                table.iter().any(|(c, _)| code.starts_with(&c[..2])),
                "{code}"
            );
        }
    }
}

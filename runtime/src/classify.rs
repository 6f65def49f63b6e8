//! Classification of a decoded document by an operation's [`OutcomeRules`].
//! CONTRACT — to implement.

use crate::descriptor::{OutcomeRules, StateEntry};
use crate::status::{Classification, TradeStatus};

/// The text of the value at `path` in `doc`: a string's text, a number's literal, `true`/`false`;
/// `None` for absent or null.
pub fn signal_text(doc: &serde_json::Value, path: &[&str]) -> Option<String> {
    let _ = (doc, path);
    unimplemented!()
}

/// First matching rule wins, else `rules.otherwise`. `FromState` looks the `trade_state` signal up
/// in `states`; an unlisted or absent state is `Unknown`.
pub fn classify(
    rules: &OutcomeRules,
    states: &[StateEntry],
    doc: &serde_json::Value,
) -> Classification {
    let _ = (rules, states, doc);
    unimplemented!()
}

/// The unified status of a raw state text, if the table lists it.
pub fn status_of(states: &[StateEntry], raw: &str) -> Option<TradeStatus> {
    states.iter().find(|s| s.wire == raw).map(|s| s.status)
}

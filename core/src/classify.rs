//! Classification of a decoded document by an operation's [`OutcomeRules`].
//!
//! Providers say "paid", "still paying" and "failed" in many ways (envelope codes, sub-codes,
//! trade states, retry flags). The spec turns each into ordered rules over named signals; this
//! module only evaluates them, so every provider is read the same way.

use std::borrow::Cow;

use crate::descriptor::{Condition, OutcomeRules, RuleResult, StateEntry, Test};
use crate::json::Json;
use crate::status::{Classification, TradeStatus};

/// The signal whose text [`RuleResult::FromState`] looks up in the state table.
pub const TRADE_STATE: &str = "trade_state";

/// The text of the value at `path` in `doc`: a string's text, a number's literal, `true`/`false`;
/// `None` for absent or null.
///
/// A string met before the end of the path is read as the JSON it holds, so a signal can reach
/// into content carried as a JSON string (`biz_content.trade_state`). An object or array at the
/// end gives its compact JSON text, which is enough for `Present` tests.
pub fn signal_text(doc: &Json, path: &[&str]) -> Option<String> {
    let mut current = Cow::Borrowed(doc);
    for segment in path {
        current = match current {
            Cow::Borrowed(value) => match value {
                Json::Object(map) => Cow::Borrowed(map.get(*segment)?),
                Json::String(text) => Cow::Owned(member_of_json_text(text, segment)?),
                _ => return None,
            },
            Cow::Owned(value) => Cow::Owned(member_of_owned(value, segment)?),
        };
    }
    match current.as_ref() {
        Json::Null => None,
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.as_str().to_owned()),
        Json::Bool(b) => Some(b.to_string()),
        other @ (Json::Array(_) | Json::Object(_)) => Some(other.to_string()),
    }
}

/// `value[segment]` for a value already owned, reading a string as the JSON object it holds.
fn member_of_owned(value: Json, segment: &str) -> Option<Json> {
    match value {
        Json::Object(mut map) => map.remove(segment),
        Json::String(text) => member_of_json_text(&text, segment),
        _ => None,
    }
}

/// The member of the JSON object a string holds, read by the same strict, exact reader as the
/// rest of a message.
fn member_of_json_text(text: &str, segment: &str) -> Option<Json> {
    match Json::parse(text) {
        Ok(Json::Object(mut map)) => map.remove(segment),
        _ => None,
    }
}

/// The text of the signal named `name`, if the rules define it and the document has it.
pub fn signal(rules: &OutcomeRules, name: &str, doc: &Json) -> Option<String> {
    rules
        .signals
        .iter()
        .find(|s| s.name == name)
        .and_then(|s| signal_text(doc, s.path))
}

/// First matching rule wins, else `rules.otherwise`. `FromState` looks the `trade_state` signal up
/// in `states`; an unlisted or absent state is `Unknown`.
pub fn classify(rules: &OutcomeRules, states: &[StateEntry], doc: &Json) -> Classification {
    classify_by(rules, states, |name| {
        signal(rules, name, doc).map(Cow::Owned)
    })
}

/// [`classify`] over signals already read (by a one-pass reader such as
/// [`crate::codec::read::reply`]), in the order of `rules.signals`: `None` for one absent or
/// null. The same rules, so the same answer as [`classify`] over the document they were read from.
pub fn classify_signals(
    rules: &OutcomeRules,
    states: &[StateEntry],
    signals: &[Option<Cow<'_, str>>],
) -> Classification {
    classify_by(rules, states, |name| {
        let at = rules.signals.iter().position(|s| s.name == name)?;
        signals.get(at)?.as_deref().map(Cow::Borrowed)
    })
}

/// The rules evaluated with `signal` giving each named signal's text.
fn classify_by<'s>(
    rules: &OutcomeRules,
    states: &[StateEntry],
    signal: impl Fn(&str) -> Option<Cow<'s, str>>,
) -> Classification {
    let matched = rules
        .rules
        .iter()
        .find(|rule| rule.when.iter().all(|c| holds(c, signal(c.signal))));
    match matched.map(|rule| rule.then) {
        Some(RuleResult::Is(classification)) => classification,
        Some(RuleResult::FromState) => signal(TRADE_STATE)
            .and_then(|raw| status_of(states, &raw))
            .map_or(Classification::Unknown, TradeStatus::classification),
        None => rules.otherwise,
    }
}

/// The unified status of a raw state text, if the table lists it.
pub fn status_of(states: &[StateEntry], raw: &str) -> Option<TradeStatus> {
    states.iter().find(|s| s.wire == raw).map(|s| s.status)
}

fn holds(condition: &Condition, value: Option<Cow<'_, str>>) -> bool {
    match condition.test {
        Test::OneOf(texts) => value.is_some_and(|v| texts.contains(&v.as_ref())),
        Test::NoneOf(texts) => !matches!(value, Some(v) if texts.contains(&v.as_ref())),
        Test::Present => value.is_some(),
        Test::Absent => value.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::descriptor::{Rule, Signal};
    use serde_json::{json, Value};

    static STATES: &[StateEntry] = &[
        StateEntry {
            wire: "0",
            status: TradeStatus::Success,
        },
        StateEntry {
            wire: "6",
            status: TradeStatus::Paying,
        },
        StateEntry {
            wire: "7",
            status: TradeStatus::Failed,
        },
    ];

    static RULES: OutcomeRules = OutcomeRules {
        signals: &[
            Signal {
                name: "code",
                path: &["code"],
            },
            Signal {
                name: "trade_state",
                path: &["data", "trade_state"],
            },
            Signal {
                name: "need_query",
                path: &["data", "need_query"],
            },
        ],
        rules: &[
            Rule {
                when: &[Condition {
                    signal: "code",
                    test: Test::NoneOf(&["0"]),
                }],
                then: RuleResult::Is(Classification::Unknown),
            },
            Rule {
                when: &[Condition {
                    signal: "trade_state",
                    test: Test::OneOf(&["0"]),
                }],
                then: RuleResult::Is(Classification::Success),
            },
            Rule {
                when: &[Condition {
                    signal: "need_query",
                    test: Test::OneOf(&["N"]),
                }],
                then: RuleResult::Is(Classification::Failed),
            },
            Rule {
                when: &[Condition {
                    signal: "trade_state",
                    test: Test::Present,
                }],
                then: RuleResult::FromState,
            },
        ],
        otherwise: Classification::Pending,
    };

    /// The class by the document, checked to be the class by its signals read beforehand (the
    /// one-pass reader's way).
    fn class(doc: Value) -> Classification {
        let doc = Json::from(doc);
        let by_doc = classify(&RULES, STATES, &doc);
        let signals: Vec<Option<Cow<'_, str>>> = RULES
            .signals
            .iter()
            .map(|s| signal_text(&doc, s.path).map(Cow::Owned))
            .collect();
        assert_eq!(classify_signals(&RULES, STATES, &signals), by_doc, "{doc}");
        by_doc
    }

    #[test]
    fn first_rule_wins() {
        // Both rule 2 (state 0) and rule 4 (state present) match; rule 2 comes first.
        assert_eq!(
            class(json!({"code": 0, "data": {"trade_state": 0, "need_query": "N"}})),
            Classification::Success
        );
        // Rule 3 before rule 4, although the state table would say paying.
        assert_eq!(
            class(json!({"code": 0, "data": {"trade_state": 6, "need_query": "N"}})),
            Classification::Failed
        );
        assert_eq!(
            class(json!({"code": 0, "data": {"trade_state": 6}})),
            Classification::Pending
        );
    }

    #[test]
    fn none_of_matches_absent() {
        assert_eq!(
            class(json!({"data": {"trade_state": 0}})),
            Classification::Unknown
        );
        assert_eq!(
            class(json!({"code": null, "data": {"trade_state": 0}})),
            Classification::Unknown
        );
        assert_eq!(
            class(json!({"code": "500", "data": {"trade_state": 0}})),
            Classification::Unknown
        );
        // `"0"` and `0` are the same text.
        assert_eq!(
            class(json!({"code": "0", "data": {"trade_state": "0"}})),
            Classification::Success
        );
    }

    #[test]
    fn from_state_with_unlisted_state_is_unknown() {
        assert_eq!(
            class(json!({"code": 0, "data": {"trade_state": 9}})),
            Classification::Unknown
        );
        assert_eq!(
            class(json!({"code": 0, "data": {"trade_state": 7}})),
            Classification::Failed
        );
    }

    #[test]
    fn otherwise_when_nothing_matches() {
        assert_eq!(
            class(json!({"code": 0, "data": {}})),
            Classification::Pending
        );
        assert_eq!(class(json!({"code": 0})), Classification::Pending);
    }

    #[test]
    fn absent_test_and_undefined_signal() {
        static ABSENT: OutcomeRules = OutcomeRules {
            signals: &[Signal {
                name: "data",
                path: &["data"],
            }],
            rules: &[
                Rule {
                    when: &[Condition {
                        signal: "data",
                        test: Test::Absent,
                    }],
                    then: RuleResult::Is(Classification::Failed),
                },
                Rule {
                    when: &[Condition {
                        signal: "nowhere",
                        test: Test::Present,
                    }],
                    then: RuleResult::Is(Classification::Success),
                },
            ],
            otherwise: Classification::Unknown,
        };
        assert_eq!(
            classify(&ABSENT, &[], &Json::from(json!({}))),
            Classification::Failed
        );
        assert_eq!(
            classify(&ABSENT, &[], &Json::from(json!({"data": {"x": 1}}))),
            Classification::Unknown
        );
        // FromState with no trade_state signal defined at all.
        static NO_STATE: OutcomeRules = OutcomeRules {
            signals: &[],
            rules: &[Rule {
                when: &[],
                then: RuleResult::FromState,
            }],
            otherwise: Classification::Success,
        };
        assert_eq!(
            classify(&NO_STATE, STATES, &Json::from(json!({"trade_state": 0}))),
            Classification::Unknown
        );
    }

    #[test]
    fn signal_text_forms() {
        let doc = Json::parse(
            r#"{"a": {"n": 80.00, "b": true, "s": "x", "z": null, "o": {"k": 1}},
                "biz": "{\"trade_state\":\"SUCCESS\"}"}"#,
        )
        .unwrap();
        assert_eq!(signal_text(&doc, &["a", "n"]).as_deref(), Some("80.00"));
        assert_eq!(signal_text(&doc, &["a", "b"]).as_deref(), Some("true"));
        assert_eq!(signal_text(&doc, &["a", "s"]).as_deref(), Some("x"));
        assert_eq!(signal_text(&doc, &["a", "z"]), None);
        assert_eq!(
            signal_text(&doc, &["a", "o"]).as_deref(),
            Some(r#"{"k":1}"#)
        );
        assert_eq!(signal_text(&doc, &["a", "missing"]), None);
        assert_eq!(signal_text(&doc, &["a", "s", "deeper"]), None);
        assert_eq!(
            signal_text(&doc, &["biz", "trade_state"]).as_deref(),
            Some("SUCCESS")
        );
    }
}
